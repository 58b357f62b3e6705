#pragma once
// The tables of compare's text report: a label column, one column per input
// headed by its short name ("Organisation", "Peer network"; a longer name
// over lines of 12 columns; or a letter), and a last column (the difference
// or the spread), shown in parts, one under the other, when the inputs'
// columns do not all fit the width.

#include <string>
#include <string_view>
#include <vector>

#include "render/table_parts.hpp"

namespace coprod::render {

// A line of a table: its label, a cell per input and the last column.
struct CompareTableLine {
  std::string label;
  std::vector<std::string> cells;
  std::string last;
};

class CompareTextTable {
 public:
  // `names`: each input's short name as the report gives it; `last_title`:
  // "Difference", "B minus A" or "Spread"; `bold`: the headings in bold (ANSI).
  CompareTextTable(const std::vector<std::string>& names, std::string last_title, std::size_t width, bool bold);

  // The table headed by `title` ("Section", "Row"), each part with the labels
  // again, the last part with the last column too. `marked`: the score cells
  // end with a partial-coverage mark or a space, so the names do too;
  // `last_marked`: the same for the last column's not-like-for-like mark.
  std::string render(std::string_view title, const std::vector<CompareTableLine>& lines, bool marked,
                     bool last_marked) const;

 private:
  std::size_t label_width(std::size_t columns) const;
  std::size_t heading_lines() const;
  std::string heading(std::string_view title, const TablePart& part, std::size_t label, bool marked,
                      bool last_marked) const;
  std::string line(const CompareTableLine& table_line, const TablePart& part, std::size_t label) const;

  std::vector<std::vector<std::string>> m_headings;  // each input's column heading, as lines
  std::string m_last_title;
  std::size_t m_width;
  bool m_bold;
  std::size_t m_column_width = 7;
};

}  // namespace coprod::render
