#include "cli/folder_lock.hpp"

#include <cerrno>
#include <fcntl.h>
#include <filesystem>
#include <sys/file.h>
#include <unistd.h>

namespace coprod::cli {

FolderLock::FolderLock(const std::string& file_path) {
  const std::filesystem::path path(file_path);
  const std::string folder = path.has_parent_path() ? path.parent_path().string() : ".";
  m_fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (m_fd < 0) return;
  int result = 0;
  do {
    result = ::flock(m_fd, LOCK_EX);
  } while (result != 0 && errno == EINTR);
  if (result != 0) {
    ::close(m_fd);
    m_fd = -1;
  }
}

FolderLock::~FolderLock() {
  if (m_fd >= 0) ::close(m_fd);  // closing the last descriptor releases the lock
}

}  // namespace coprod::cli
