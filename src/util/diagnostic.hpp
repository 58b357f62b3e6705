#pragma once
// A problem found in some input, with the place it was found.

#include <algorithm>
#include <cstddef>
#include <map>
#include <string>
#include <tuple>
#include <vector>

namespace coprod::util {

// 1-based line and column; 0 means "not known" (the whole file). The column
// counts bytes, as the loaders find it; messages count characters (see
// util::character_column), which the command line works out from the file's text.
struct Position {
  int line = 0;
  int column = 0;

  friend bool operator==(const Position&, const Position&) = default;
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

// Orders items by file (in the order files first appear), then line, then
// column (stable otherwise), so a file's problems read from top to bottom;
// those about the whole file (no line) come last, after the ones they sum up
// ("and 4 more problems"). `diagnostic_of(item)` gives an item's Diagnostic.
template <class Item, class DiagnosticOf>
void sort_by_position(std::vector<Item>& items, DiagnosticOf diagnostic_of) {
  std::map<std::string, std::size_t> file_order;
  for (const auto& item : items) file_order.emplace(diagnostic_of(item).source, file_order.size());
  const auto key = [&](const Item& item) {
    const Diagnostic& diagnostic = diagnostic_of(item);
    const bool whole_file = diagnostic.position.line == 0;
    return std::tuple(file_order.at(diagnostic.source), whole_file, diagnostic.position.line,
                      diagnostic.position.column);
  };
  std::stable_sort(items.begin(), items.end(), [&](const Item& a, const Item& b) { return key(a) < key(b); });
}

inline void sort_by_position(Diagnostics& diagnostics) {
  sort_by_position(diagnostics, [](const Diagnostic& diagnostic) -> const Diagnostic& { return diagnostic; });
}

}  // namespace coprod::util
