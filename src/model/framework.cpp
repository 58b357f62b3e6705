#include "model/framework.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace coprod::model {

std::string RichText::flattened() const {
  std::string out = text;
  for (std::size_t i = 0; i < bullets.size(); ++i) {
    // "; " between bullets, unless the one before ends a sentence of its own.
    const bool ends_sentence = !out.empty() && std::string_view(".!?:;").find(out.back()) != std::string_view::npos;
    out += i == 0 || ends_sentence ? " " : "; ";
    out += bullets[i];
  }
  return out;
}

std::string FrameworkSection::label() const { return number ? fmt::format("{}. {}", *number, title) : title; }

const FrameworkRow* FrameworkSection::find_row(const std::string& row_id) const {
  for (const auto& row : rows) {
    if (row.id == row_id) return &row;
  }
  return nullptr;
}

std::string FrameworkSection::row_number(const std::string& row_id) const {
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (rows[i].id != row_id) continue;
    if (!key.empty()) return fmt::format("{}.{}", key, i + 1);
    if (number) return fmt::format("{}.{}", *number, i + 1);
    const char first = title.empty() ? '\0' : title.front();
    const bool letter = (first >= 'A' && first <= 'Z') || (first >= 'a' && first <= 'z');
    return letter ? fmt::format("{}.{}", first, i + 1) : std::to_string(i + 1);
  }
  return row_id;
}

const FrameworkSection* Framework::find_section(const std::string& section_id) const {
  for (const auto& section : sections) {
    if (section.id == section_id) return &section;
  }
  return nullptr;
}

std::size_t Framework::row_count() const {
  std::size_t count = 0;
  for (const auto& section : sections) count += section.rows.size();
  return count;
}

bool Framework::is_reflection_tool() const { return id == "ipc-coproduction"; }

bool Framework::has_warning_signs() const {
  return std::any_of(sections.begin(), sections.end(), [](const FrameworkSection& section) {
    return std::any_of(section.rows.begin(), section.rows.end(),
                       [](const FrameworkRow& row) { return row.warning.has_value(); });
  });
}

}  // namespace coprod::model
