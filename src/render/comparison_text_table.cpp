// The tables of compare's text report, their columns headed by the inputs' short names.

#include "render/comparison_text_table.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "util/escape.hpp"
#include "util/text.hpp"

namespace coprod::render {

namespace {

constexpr std::size_t k_heading_width = 12;  // "Organisation", "Peer network"
constexpr std::size_t k_last_width = 12;     // the last column, "  Difference"

void trim_end(std::string& text) {
  while (!text.empty() && text.back() == ' ') text.pop_back();
}

}  // namespace

CompareTextTable::CompareTextTable(const std::vector<std::string>& names, std::string last_title, std::size_t width,
                                   bool bold)
    : m_last_title(std::move(last_title)), m_width(width), m_bold(bold) {
  for (const auto& name : names) {
    auto lines = util::wrap_lines(util::terminal_text(util::capitalised(name)), k_heading_width);
    if (lines.empty()) lines.emplace_back();
    // A column: its widest heading line and a space before it, at least 7 (a letter's).
    for (const auto& line : lines) m_column_width = std::max(m_column_width, util::display_width(line) + 1);
    m_headings.push_back(std::move(lines));
  }
}

// The label column beside `columns` inputs' columns and the last column: what they leave, from 20 to 42.
std::size_t CompareTextTable::label_width(std::size_t columns) const {
  const std::size_t used = m_column_width * columns + k_last_width;
  return m_width > used + 20 ? std::min<std::size_t>(m_width - used, 42) : 20;
}

std::size_t CompareTextTable::heading_lines() const {
  std::size_t most = 1;
  for (const auto& lines : m_headings) most = std::max(most, lines.size());
  return most;
}

std::string CompareTextTable::render(std::string_view title, const std::vector<CompareTableLine>& lines, bool marked,
                                     bool last_marked) const {
  const auto parts = table_parts(m_headings.size(), m_width, 20 + k_last_width, m_column_width);
  const std::size_t label = label_width(parts.front().size());  // the same in every part
  std::string out;
  for (const auto& part : parts) {
    out += '\n' + heading(title, part, label, marked, last_marked);
    for (const auto& table_line : lines) out += line(table_line, part, label);
  }
  return out;
}

// The heading of a part: the inputs' names right-aligned over their columns,
// a name of several lines ending on the last line, where the title and the
// last column's title stand.
std::string CompareTextTable::heading(std::string_view title, const TablePart& part, std::size_t label, bool marked,
                                      bool last_marked) const {
  const std::size_t lines = heading_lines();
  std::string out;
  for (std::size_t l = 0; l < lines; ++l) {
    const bool last_line = l + 1 == lines;
    std::string header = fmt::format("{:<{}}", last_line ? title : "", label);
    for (std::size_t i = part.first; i < part.end; ++i) {
      const auto& name = m_headings[i];
      const std::size_t skip = lines - name.size();  // the lines above a shorter name
      const std::string text = l < skip ? "" : name[l - skip] + (marked ? " " : "");
      header += std::string(m_column_width - std::min(m_column_width, util::display_width(text)), ' ') + text;
    }
    if (part.last && last_line) header += fmt::format("{:>{}}", m_last_title + (last_marked ? " " : ""), k_last_width);
    trim_end(header);
    out += (m_bold ? fmt::format("\x1b[1m{}\x1b[0m", header) : header) + '\n';
  }
  return out;
}

std::string CompareTextTable::line(const CompareTableLine& table_line, const TablePart& part, std::size_t label) const {
  std::string out = fmt::format("{:<{}}", util::truncate_to_width(table_line.label, label - 1), label);
  for (std::size_t i = part.first; i < part.end; ++i) out += fmt::format("{:>{}}", table_line.cells[i], m_column_width);
  if (part.last) out += fmt::format("{:>{}}", table_line.last, k_last_width);
  trim_end(out);
  return out + '\n';
}

}  // namespace coprod::render
