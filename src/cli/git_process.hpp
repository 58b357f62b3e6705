#pragma once
// Running the `git` command: once for a whole answer (rev-parse, log,
// config), or as one long-lived `git cat-file --batch-command` that answers
// object look-ups and reads, sent to it several at a time.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <sys/types.h>
#include <vector>

namespace coprod::cli {

struct GitOutput {
  int status = 0;     // git's exit status; -1 if it could not be started
  std::string out;    // standard output (at most the limit asked for)
  std::string error;  // standard error, the first few lines
  bool cut = false;   // true when output went past the limit and reading stopped
};

// Runs `git ARGS...` in `directory` and waits for it. Stops reading (and ends
// git) once standard output passes `max_output` bytes.
GitOutput run_git(const std::string& directory, const std::vector<std::string>& arguments, std::size_t max_output);

// Where the commands `verb` + name for names[first...] are cut, so that each
// send is at most one page (the least a pipe holds) and never waits for git
// while git waits for its answers to be read: the index after the last name
// of the send, always past `first`.
std::size_t end_of_send(const std::vector<std::string>& names, std::size_t first, std::string_view verb);

// `git cat-file --batch-command`, started on first use and restarted after
// git ends (as it does on a corrupt object) or is stopped.
class GitCatFile {
 public:
  explicit GitCatFile(std::string directory) : m_directory(std::move(directory)) {}
  ~GitCatFile();
  GitCatFile(const GitCatFile&) = delete;
  GitCatFile& operator=(const GitCatFile&) = delete;

  // Starts git now, if it is not running, so that it is ready by the first
  // command; false if it cannot be started (the first command says why).
  bool start_early() { return m_pid >= 0 || start(); }
  // Sends commands ("info NAME", "contents ID"), each ending in a line
  // break, without waiting for their answers: git works through them while
  // coprod reads the answers with next_line() and read_body(). Keep each
  // send small (git stops reading while its answers wait); false if git ended.
  bool send(const std::string& commands);
  // The next answer's header line; nullopt if git ended.
  std::optional<std::string> next_line();
  // After a "contents" header: the object's `size` bytes and the newline
  // after them; nullopt if git ended first.
  std::optional<std::string> read_body(std::size_t size);
  // What git said on standard error when it last ended.
  const std::string& last_error() const { return m_error; }
  // Ends git, with any answers not yet read; the next command starts it again.
  void stop();

 private:
  bool start();
  bool fill();
  std::string m_directory;
  pid_t m_pid = -1;
  int m_in = -1;   // to git
  int m_out = -1;  // from git
  int m_err = -1;  // git's standard error
  std::string m_buffer;
  std::string m_error;
};

}  // namespace coprod::cli
