#include "model/framework.hpp"

#include <algorithm>
#include <string_view>

#include <fmt/format.h>

#include "model/list_mark.hpp"
#include "util/small_letters.hpp"

namespace coprod::model {

namespace {

void add_text(std::string& out, std::string_view text) {
  out += text;
  out += '\n';  // words of two texts never run together
}

void add_rich(std::string& out, const RichText& text) {
  add_text(out, text.text);
  for (const auto& bullet : text.bullets) add_text(out, bullet);
}

void add_section_text(std::string& out, const FrameworkSection& section) {
  add_text(out, section.title);
  add_rich(out, section.aim);
  add_text(out, section.what_will_be_different);
  for (const auto& row : section.rows) {
    if (row.indicator) add_rich(out, *row.indicator);
    if (row.warning) add_rich(out, *row.warning);
  }
  for (const auto& needs : section.needs)
    for (const auto& paragraph : needs.paragraphs) add_text(out, paragraph);
  for (const auto& text : section.bear_in_mind) add_rich(out, text);
  for (const auto& text : section.top_tips) add_rich(out, text);
}

// Every text of the framework people read, one after another.
std::string all_text(const Framework& framework) {
  std::string out;
  for (const auto text : {&framework.title, &framework.source, &framework.description, &framework.tool_name})
    add_text(out, *text);
  for (const auto& entry : framework.glossary) {
    add_text(out, entry.term);
    add_text(out, entry.meaning);
  }
  for (const auto& level : framework.levels) add_text(out, level.title);
  for (const auto& section : framework.sections) add_section_text(out, section);
  return out;
}

}  // namespace

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

// A title standing alone as a heading drops the ";", "," or ":" that joined it to the next item of a leaflet's
// list ("7. A point of contact with the system", not "...system;"); a full stop, ending a sentence, stays. Pack,
// workbook and compare all name a section by its label, so all say it so.
std::string FrameworkSection::label() const {
  const std::string_view heading = without_list_mark(title);
  return number ? fmt::format("{}. {}", *number, heading) : std::string(heading);
}

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

bool Framework::text_uses(std::string_view words) const {
  return util::in_small_letters(all_text(*this)).find(util::in_small_letters(words)) != std::string::npos;
}

bool Framework::has_warning_signs() const {
  return std::any_of(sections.begin(), sections.end(), [](const FrameworkSection& section) {
    return std::any_of(section.rows.begin(), section.rows.end(),
                       [](const FrameworkRow& row) { return row.warning.has_value(); });
  });
}

}  // namespace coprod::model
