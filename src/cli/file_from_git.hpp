#pragma once
// Reading an input named "REVISION:path" (HEAD:area/org.yaml) as the file was
// in a git commit, with what to write instead when the name misses: the
// branch fetched from a remote, the path from the current folder, or the
// closest file name at that commit.

#include <cstddef>
#include <string>

#include "cli/files.hpp"
#include "util/result.hpp"

namespace coprod::cli {

// The file `path` ("REVISION:path", when no file has that name) as it was in
// the commit REVISION names, with where it was read from. The problems name
// `path` and say what to write instead: the remote's copy of a branch, the
// path from the current folder, the closest file name at that commit, or
// 'coprod history' to list what was committed.
util::Result<InputText> read_from_git(const std::string& path, std::size_t max_bytes);

}  // namespace coprod::cli
