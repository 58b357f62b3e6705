#pragma once
// The one exception type of the command-line layer. Thrown where a command
// cannot go on; caught once in run(), which prints it and returns its code.

#include <stdexcept>
#include <string>
#include <vector>

#include "cli/exit_codes.hpp"
#include "util/diagnostic.hpp"

namespace coprod::cli {

class Error : public std::runtime_error {
 public:
  Error(ExitCode code, std::string message)
      : std::runtime_error(message), m_code(code), m_messages{std::move(message)} {}
  // Several problems found together; each is printed as a message of its own.
  Error(ExitCode code, std::vector<std::string> messages)
      : std::runtime_error(messages.empty() ? std::string() : messages.front()),
        m_code(code),
        m_messages(std::move(messages)) {}
  Error(ExitCode code, util::Diagnostics diagnostics)
      : std::runtime_error(""), m_code(code), m_diagnostics(std::move(diagnostics)) {}

  ExitCode code() const { return m_code; }
  const util::Diagnostics& diagnostics() const { return m_diagnostics; }
  const std::vector<std::string>& messages() const { return m_messages; }

 private:
  ExitCode m_code;
  util::Diagnostics m_diagnostics;
  std::vector<std::string> m_messages;
};

}  // namespace coprod::cli
