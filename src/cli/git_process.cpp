#include "cli/git_process.hpp"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#include "cli/child_process.hpp"

namespace coprod::cli {

namespace {

// git with no pager, no prompt for passwords, and paths printed and read as
// they are ("a[1].yaml" is that file, not a pattern; ":x" is not magic).
std::vector<std::string> git_command(const std::string& directory, const std::vector<std::string>& arguments) {
  std::vector<std::string> command{"git",     "--no-pager", "--literal-pathspecs", "-C",
                                   directory, "-c",         "core.quotepath=off"};
  command.insert(command.end(), arguments.begin(), arguments.end());
  return command;
}

std::vector<std::string> git_environment() {
  std::vector<std::string> environment;
  // The user's own pathspec settings would clash with --literal-pathspecs.
  constexpr std::string_view k_replaced[] = {"GIT_TERMINAL_PROMPT=", "GIT_LITERAL_PATHSPECS=", "GIT_GLOB_PATHSPECS=",
                                             "GIT_NOGLOB_PATHSPECS=", "GIT_ICASE_PATHSPECS="};
  for (auto& entry : current_environment()) {
    const auto replaced = [&](std::string_view name) { return entry.starts_with(name); };
    if (std::none_of(std::begin(k_replaced), std::end(k_replaced), replaced)) environment.push_back(std::move(entry));
  }
  environment.emplace_back("GIT_TERMINAL_PROMPT=0");
  return environment;
}

// Starts git with its standard input, output and error on the given pipe ends.
pid_t spawn_git(std::vector<std::string> command, int in, int out, int err) {
  return spawn_program(std::move(command), git_environment(), in, out, err);
}

int wait_for(pid_t pid) { return exit_code_of(wait_for_status(pid)); }

}  // namespace

GitOutput run_git(const std::string& directory, const std::vector<std::string>& arguments, std::size_t max_output) {
  GitOutput result;
  Pipe out;
  Pipe err;
  const int null = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
  if (null < 0 || !out.open() || !err.open()) {
    result.status = -1;
    result.error = std::strerror(errno);
    return result;
  }
  const pid_t pid = spawn_git(git_command(directory, arguments), null, out.write, err.write);
  ::close(null);
  close_fd(out.write);
  close_fd(err.write);
  if (pid < 0) {
    close_fd(out.read);
    close_fd(err.read);
    result.status = -1;
    result.error = "the git command could not be started; install git";
    return result;
  }
  struct pollfd fds[2] = {{out.read, POLLIN, 0}, {err.read, POLLIN, 0}};
  char buffer[65536];
  int open_count = 2;
  while (open_count > 0 && !result.cut) {
    if (::poll(fds, 2, -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    for (auto& fd : fds) {
      if (fd.fd < 0 || !(fd.revents & (POLLIN | POLLHUP | POLLERR))) continue;
      const ssize_t count = ::read(fd.fd, buffer, sizeof buffer);
      if (count < 0 && errno == EINTR) continue;
      if (count <= 0) {
        ::close(fd.fd);
        fd.fd = -1;
        --open_count;
      } else if (fd.fd == out.read) {
        result.out.append(buffer, static_cast<std::size_t>(count));
        if (result.out.size() > max_output) result.cut = true;
      } else {
        append_error(result.error, buffer, static_cast<std::size_t>(count));
      }
    }
  }
  if (result.cut) ::kill(pid, SIGTERM);
  for (auto& fd : fds) close_fd(fd.fd);
  result.status = wait_for(pid);
  return result;
}

std::size_t end_of_send(const std::vector<std::string>& names, std::size_t first, std::string_view verb) {
  constexpr std::size_t k_page = 4096;
  std::size_t bytes = verb.size() + names.at(first).size() + 1;
  std::size_t end = first + 1;
  for (; end < names.size() && bytes + verb.size() + names[end].size() + 1 <= k_page; ++end) {
    bytes += verb.size() + names[end].size() + 1;
  }
  return end;
}

GitCatFile::~GitCatFile() { stop(); }

bool GitCatFile::start() {
  Pipe in;
  Pipe out;
  Pipe err;
  if (!in.open() || !out.open() || !err.open()) return false;
  m_pid = spawn_git(git_command(m_directory, {"cat-file", "--batch-command"}), in.read, out.write, err.write);
  ::close(in.read);
  ::close(out.write);
  ::close(err.write);
  m_in = in.write;
  m_out = out.read;
  m_err = err.read;
  m_buffer.clear();
  if (m_pid < 0) {
    m_error = "the git command could not be started; install git";
    stop();
    return false;
  }
  return true;
}

// Ends git (if still running) and keeps what it said on standard error.
void GitCatFile::stop() {
  close_fd(m_in);
  close_fd(m_out);
  if (m_pid > 0) {
    char buffer[1024];
    std::string error;
    ssize_t count = 0;
    while ((count = ::read(m_err, buffer, sizeof buffer)) > 0)
      append_error(error, buffer, static_cast<std::size_t>(count));
    wait_for(m_pid);
    if (!error.empty()) m_error = error;
  }
  close_fd(m_err);
  m_pid = -1;
}

bool GitCatFile::fill() {
  char buffer[65536];
  for (;;) {
    const ssize_t count = ::read(m_out, buffer, sizeof buffer);
    if (count < 0 && errno == EINTR) continue;
    if (count <= 0) return false;
    m_buffer.append(buffer, static_cast<std::size_t>(count));
    return true;
  }
}

bool GitCatFile::send(const std::string& commands) {
  if (m_pid < 0 && !start()) return false;
  if (write_to_pipe(m_in, commands)) return true;
  stop();
  return false;
}

std::optional<std::string> GitCatFile::next_line() {
  if (m_pid < 0) return std::nullopt;
  std::size_t end = 0;
  while ((end = m_buffer.find('\n')) == std::string::npos) {
    if (!fill()) {
      stop();
      return std::nullopt;
    }
  }
  std::string line = m_buffer.substr(0, end);
  m_buffer.erase(0, end + 1);
  return line;
}

std::optional<std::string> GitCatFile::read_body(std::size_t size) {
  while (m_buffer.size() < size + 1) {
    if (!fill()) {
      stop();
      return std::nullopt;
    }
  }
  std::string body = m_buffer.substr(0, size);
  m_buffer.erase(0, size + 1);
  return body;
}

}  // namespace coprod::cli
