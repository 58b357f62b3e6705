#include "cli/child_process.hpp"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace coprod::cli {

namespace {

std::vector<char*> pointers(std::vector<std::string>& strings) {
  std::vector<char*> out;
  for (auto& text : strings) out.push_back(text.data());
  out.push_back(nullptr);
  return out;
}

// Standard error of a program, read to its end.
std::string read_all_errors(int fd) {
  std::string error;
  char buffer[4096];
  for (;;) {
    const ssize_t count = ::read(fd, buffer, sizeof buffer);
    if (count < 0 && errno == EINTR) continue;
    if (count <= 0) return error;
    append_error(error, buffer, static_cast<std::size_t>(count));
  }
}

}  // namespace

bool Pipe::open() {
  int ends[2];
  if (::pipe2(ends, O_CLOEXEC) != 0) return false;
  read = ends[0];
  write = ends[1];
  return true;
}

void close_fd(int& fd) {
  if (fd >= 0) ::close(fd);
  fd = -1;
}

pid_t spawn_program(std::vector<std::string> command, std::vector<std::string> environment, int in, int out, int err) {
  posix_spawn_file_actions_t actions;
  ::posix_spawn_file_actions_init(&actions);
  ::posix_spawn_file_actions_adddup2(&actions, in, STDIN_FILENO);
  ::posix_spawn_file_actions_adddup2(&actions, out, STDOUT_FILENO);
  ::posix_spawn_file_actions_adddup2(&actions, err, STDERR_FILENO);
  auto argv = pointers(command);
  auto envp = pointers(environment);
  pid_t pid = -1;
  const int error = ::posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
  ::posix_spawn_file_actions_destroy(&actions);
  if (error != 0) {
    errno = error;
    return -1;
  }
  return pid;
}

std::vector<std::string> current_environment() {
  std::vector<std::string> environment;
  for (char** entry = environ; *entry; ++entry) environment.emplace_back(*entry);
  return environment;
}

int wait_for_status(pid_t pid) {
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) return -1;
  }
  return status;
}

int exit_code_of(int status) {
  if (status < 0) return -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

void append_error(std::string& error, const char* data, std::size_t size) {
  if (error.size() < k_max_error_bytes) error.append(data, std::min(size, k_max_error_bytes - error.size()));
}

// SIGPIPE is blocked, and any pending one taken, around the write.
bool write_to_pipe(int fd, std::string_view text) {
  sigset_t pipe_signal;
  sigset_t old;
  sigemptyset(&pipe_signal);
  sigaddset(&pipe_signal, SIGPIPE);
  ::pthread_sigmask(SIG_BLOCK, &pipe_signal, &old);
  std::size_t done = 0;
  bool ok = true;
  while (done < text.size()) {
    const ssize_t count = ::write(fd, text.data() + done, text.size() - done);
    if (count < 0 && errno == EINTR) continue;
    if (count <= 0) {
      ok = false;
      break;
    }
    done += static_cast<std::size_t>(count);
  }
  if (!ok) {
    const struct timespec no_wait {};
    ::sigtimedwait(&pipe_signal, nullptr, &no_wait);
  }
  ::pthread_sigmask(SIG_SETMASK, &old, nullptr);
  return ok;
}

ProgramOutcome run_with_input(const std::vector<std::string>& command, std::string_view input) {
  ProgramOutcome outcome;
  Pipe in;
  Pipe err;
  const int null = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
  if (null < 0 || !in.open() || !err.open()) {
    outcome.errno_value = errno;
    for (int* fd : {&in.read, &in.write, &err.read, &err.write}) close_fd(*fd);
    if (null >= 0) ::close(null);
    return outcome;
  }
  const pid_t pid = spawn_program(command, current_environment(), in.read, null, err.write);
  outcome.errno_value = errno;
  ::close(null);
  close_fd(in.read);
  close_fd(err.write);
  if (pid >= 0) {
    outcome.started = true;
    write_to_pipe(in.write, input);  // a program that ended early says why below
    close_fd(in.write);
    outcome.error = read_all_errors(err.read);
    const int status = wait_for_status(pid);
    if (status >= 0 && WIFEXITED(status)) outcome.exit_code = WEXITSTATUS(status);
    if (status >= 0 && WIFSIGNALED(status)) outcome.signal = WTERMSIG(status);
  }
  close_fd(in.write);
  close_fd(err.read);
  return outcome;
}

}  // namespace coprod::cli
