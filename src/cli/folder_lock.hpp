#pragma once
// An advisory lock (flock) on the folder holding a file, so that coprod
// processes changing files in that folder take turns at the
// read-check-replace step. The folder is locked rather than the file because
// every write replaces the file (a new inode), so a lock on the old file would
// not stop the next writer. Programs other than coprod (editors) do not take
// it; EditableAssessment's check of the file's content covers them.

#include <string>

namespace coprod::cli {

class FolderLock {
 public:
  // Waits until no other coprod holds the lock on the folder of `file_path`.
  // A folder that cannot be locked (some network file systems) is not an
  // error: the content check still applies.
  explicit FolderLock(const std::string& file_path);
  ~FolderLock();
  FolderLock(const FolderLock&) = delete;
  FolderLock& operator=(const FolderLock&) = delete;

  bool locked() const { return m_fd >= 0; }

 private:
  int m_fd = -1;
};

}  // namespace coprod::cli
