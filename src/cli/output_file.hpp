#pragma once
// Writing outputs safely: atomic writes through a temporary file and a
// rename, never replacing a file unasked, streams written in place, devices
// and folders refused, and plain messages when the folder is the problem.

#include <string>
#include <string_view>
#include <sys/types.h>

#include "cli/console.hpp"
#include "cli/error.hpp"
#include "cli/temporary_files.hpp"

namespace coprod::cli {

// Writes `content` to `path` through a temporary file in the same directory
// and a rename, so readers see the old file or the new one, never half of
// one. Unless `overwrite`, an existing file is left alone and this throws
// Error(k_exit_not_written). "-" writes to the console's standard output; a
// stream (see output_kind) is written in place; a device is refused. A link
// named as `path` counts as an existing file (its target is replaced, the
// link kept). A replaced file keeps its permissions, never a setuid, setgid
// or sticky bit. A failed write throws WriteError (path and errno as values).
void write_output_file(Console& console, const std::string& path, std::string_view content, bool overwrite);

// The same, a piece at a time, for output too large to hold at once: write
// pieces, then commit(). Without commit() (an error, say) the temporary file
// is removed and the original file, if any, is untouched.
class OutputFile {
 public:
  OutputFile(Console& console, std::string path, bool overwrite);
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  void write(std::string_view piece);
  void commit();
  // The temporary file's path, for a library that writes a file by name
  // (libxlsxwriter); empty for "-" and for a terminal, pipe or device.
  const std::string& temporary_path() const { return m_temp; }

 private:
  Console& m_console;
  std::string m_path;    // as the user gave it, for messages
  std::string m_target;  // what is replaced: the file a symbolic link points to, else m_path
  bool m_overwrite;
  std::string m_temp;                 // empty when writing straight into a stream
  TemporaryPath m_temp_registration;  // removes m_temp on Ctrl-C
  int m_fd = -1;
};

// The error for a new file that cannot be made in `folder` (to write `path`),
// from the `error` (errno) of making it: a folder that does not exist, one the
// user may not write in, a file where a folder should be, or another cause (a
// full disk, say). `what` is written in a folder of the user's own instead.
Error file_creation_error(const std::string& path, const std::string& folder, int error,
                          std::string_view what = "the file");

// Where a write to `path` lands: the file a symbolic link named by `path`
// points to (the link is kept), else `path` itself.
std::string resolved_output_path(const std::string& path);

// What an existing output path is, from stat()'s mode and device number.
// Pipes, sockets, terminals and the sinks /dev/null, /dev/zero and /dev/full
// are streams, written in place; any other device (a disk, a partition, a
// watchdog) is refused, with or without --force.
enum class OutputKind { file, folder, stream, device };
OutputKind output_kind(mode_t mode, dev_t device);

// Throws, before a command does any work, what write_output_file(path,
// overwrite) would throw before writing: for a folder, a device, and (unless
// `overwrite`) a file already there. "-", pipes, terminals and /dev/null pass.
void check_output_writable(const std::string& path, bool overwrite);

// Throws (exit 4) when the file `path`, about to be changed in place (score
// --set, plan --edit), is read-only: someone made it so that it stays as it
// is. Root may write to any file, so the permissions themselves are looked at
// too.
void refuse_read_only_edit(const std::string& path);

// Whether writing `path` would replace a file already there (a regular file,
// or a symbolic link to one or to none); false for "-", streams and new files.
bool output_replaces_file(const std::string& path);

}  // namespace coprod::cli
