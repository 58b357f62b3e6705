#pragma once
// A file that could not be written, with where and why kept as values: the
// path as the user named it, the errno of the step that failed and, for a
// file that could not be made, the folder it was to be made in. The message
// is built from them, and a caller that names the file differently (a
// report's file, written first into a temporary folder) builds its own from
// the same values rather than taking the message apart.

#include <string>

#include "cli/error.hpp"

namespace coprod::cli {

class WriteError : public Error {
 public:
  // `folder` is given when the file could not be made in it.
  WriteError(std::string path, int error_number, std::string folder = "");

  const std::string& path() const { return m_path; }
  int error_number() const { return m_error_number; }
  // Why, in words, from the errno alone: "No space left on device", or "it
  // appeared while coprod was writing; nothing was replaced" (EEXIST: a file
  // made meanwhile where none was to be replaced).
  std::string cause() const;
  // The folder the file could not be made in; empty when it was made.
  const std::string& folder() const { return m_folder; }

 private:
  std::string m_path;
  int m_error_number;
  std::string m_folder;
};

}  // namespace coprod::cli
