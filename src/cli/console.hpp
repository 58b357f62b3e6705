#pragma once
// Where a command's output goes. The real console writes to stdout/stderr;
// tests use a console that keeps the text in strings.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace coprod::cli {

class Console {
 public:
  virtual ~Console() = default;
  // Results. The real console throws Error(k_exit_not_written) if they cannot
  // be written (a full disk, say), so a failed write never exits 0.
  virtual void out(std::string_view text) = 0;
  virtual void err(std::string_view text) = 0;  // messages
  virtual bool out_is_terminal() const = 0;
  virtual std::optional<std::string> env(const char* name) const = 0;
  // A line typed by the person at the keyboard (without its line break);
  // nullopt at the end of input.
  virtual std::optional<std::string> read_line() = 0;
};

class StandardConsole final : public Console {
 public:
  void out(std::string_view text) override;
  void err(std::string_view text) override;
  bool out_is_terminal() const override;
  std::optional<std::string> env(const char* name) const override;
  std::optional<std::string> read_line() override;
};

class CapturingConsole final : public Console {
 public:
  std::string stdout_text;
  std::string stderr_text;
  bool terminal = false;
  std::map<std::string, std::string> environment;
  void out(std::string_view text) override { stdout_text += text; }
  void err(std::string_view text) override { stderr_text += text; }
  bool out_is_terminal() const override { return terminal; }
  std::vector<std::string> input;  // lines read_line() returns, in order
  std::optional<std::string> env(const char* name) const override {
    const auto found = environment.find(name);
    if (found == environment.end()) return std::nullopt;
    return found->second;
  }
  std::optional<std::string> read_line() override {
    if (m_next_input >= input.size()) return std::nullopt;
    return input[m_next_input++];
  }

 private:
  std::size_t m_next_input = 0;
};

}  // namespace coprod::cli
