#pragma once
// Starting another program with pipes for its standard streams, and waiting
// for it: what running `git` (git_process.cpp) and the workbook writer
// (workbook_file.cpp) share.

#include <cstddef>
#include <string>
#include <string_view>
#include <sys/types.h>
#include <vector>

namespace coprod::cli {

// Both ends of a pipe, closed on exec.
struct Pipe {
  int read = -1;
  int write = -1;
  bool open();
};

void close_fd(int& fd);

// Starts `command[0]` (looked up on PATH unless it holds a slash) with the
// given environment ("NAME=value") and its standard input, output and error
// on `in`, `out` and `err`. The process id, or -1 and errno set.
pid_t spawn_program(std::vector<std::string> command, std::vector<std::string> environment, int in, int out, int err);

// coprod's own environment, as "NAME=value" strings.
std::vector<std::string> current_environment();

// Waits for the process; its status as waitpid gives it, or -1.
int wait_for_status(pid_t pid);

// The exit code, or 128 plus the signal that ended the process (as shells say); -1 stays -1.
int exit_code_of(int status);

// Writes all of `text` to a pipe whose reader may have ended, without the
// SIGPIPE that would end coprod; false if the reader ended first.
bool write_to_pipe(int fd, std::string_view text);

// Appends what a program said on standard error, up to k_max_error_bytes in all.
inline constexpr std::size_t k_max_error_bytes = 4096;
void append_error(std::string& error, const char* data, std::size_t size);

// How a program run to completion by run_with_input() ended.
struct ProgramOutcome {
  bool started = false;  // false: it could not be started (errno_value says why)
  int errno_value = 0;   // why it could not be started
  int exit_code = -1;    // its exit code, when it exited
  int signal = 0;        // the signal that ended it, when one did
  std::string error;     // standard error, the first k_max_error_bytes
};

// Runs `command` with `input` on its standard input (closed once written),
// standard output discarded, and waits for it. The program must read all its
// input before it writes much to standard error, as a filter does.
ProgramOutcome run_with_input(const std::vector<std::string>& command, std::string_view input);

}  // namespace coprod::cli
