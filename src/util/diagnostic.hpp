#pragma once
// A problem found in some input, with the place it was found.

#include <string>
#include <vector>

namespace coprod::util {

// 1-based line and column; 0 means "not known" (the whole file).
struct Position {
  int line = 0;
  int column = 0;
};

enum class Severity { error, warning };

struct Diagnostic {
  Severity severity = Severity::error;
  std::string source;  // the file name as the user gave it
  Position position;
  std::string message;  // what is wrong, and what to do about it

  // "file:line:column: error: message" (the form compilers use, so editors
  // and CI logs can jump to the place).
  std::string to_string() const;
};

using Diagnostics = std::vector<Diagnostic>;

bool has_errors(const Diagnostics& diagnostics);

// Orders diagnostics by file, then line, then column (stable otherwise), so a
// file's problems read from top to bottom.
void sort_by_position(Diagnostics& diagnostics);

}  // namespace coprod::util
