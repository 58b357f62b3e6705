#include "render/report_about.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "model/sections_as_rows.hpp"
#include "render/abbreviations.hpp"
#include "render/plain_words_glossary.hpp"
#include "util/small_letters.hpp"

namespace coprod::render {

namespace {

// What a section's rows hold: both signs (most of the national tool's), an
// early indicator alone (a framework of ingredients or points), or a mixture.
std::string rows_sentence(const model::Framework& framework) {
  std::size_t rows = 0;
  std::size_t with_both = 0;
  std::size_t with_warning = 0;
  for (const auto& section : framework.sections) {
    for (const auto& row : section.rows) {
      ++rows;
      if (row.warning) ++with_warning;
      if (row.warning && row.indicator) ++with_both;
    }
  }
  constexpr std::string_view pair =
      "Each section has rows that pair an early indicator that things are on the right track with a warning sign";
  const bool one_row_each = rows == framework.sections.size();
  if (with_warning == 0 && one_row_each)
    return "Each section is one early indicator that things are on the right track; there are no warning signs.";
  if (with_warning == 0)
    return "Each section has rows, each an early indicator that things are on the right track; there are no "
           "warning signs.";
  return fmt::format("{}{}.", pair, with_both == rows ? "" : ", though some rows have only one of the two");
}

// " (source: ...)", as the framework gives it, or nothing when it gives none.
std::string source_words(const model::Framework& framework) {
  std::string_view source = framework.source;
  while (!source.empty() && (source.back() == '.' || source.back() == ' ')) source.remove_suffix(1);
  return source.empty() ? "" : fmt::format(" (source: {})", source);
}

constexpr std::string_view k_peer_network = "Co-production peer network";

bool in_glossary(const std::vector<model::GlossaryEntry>& glossary, const std::string& term) {
  return std::any_of(glossary.begin(), glossary.end(), [&](const auto& entry) { return entry.term == term; });
}

// What the report uses, as its guide calls it: "the reflection tool “…”" where the guide calls its tool a
// reflection tool (the main guide's "Co-production reflection tool"), the tool by its name where the guide gives
// another, and "the framework “…”" where the guide names no tool.
std::string tool_words(const model::Framework& framework) {
  const std::string tool = util::in_small_letters(framework.tool_name);
  if (tool.empty()) return fmt::format("the framework “{}”", framework.title);
  if (tool.ends_with("reflection tool")) return fmt::format("the reflection tool “{}”", framework.title);
  if (tool == util::in_small_letters(framework.title)) return fmt::format("the {}", framework.tool_name);
  return fmt::format("the {}, “{}”", framework.tool_name, framework.title);
}

}  // namespace

std::string report_about_text(const model::Framework& framework) {
  // Every section its one row (model::every_section_is_its_row()): the section is scored, nothing is averaged.
  if (model::every_section_is_its_row(framework))
    return fmt::format(
        "This report uses {}{}. Each section is one early indicator that things are on the right track, scored from "
        "{} to {} with supporting evidence; there are no warning signs.{}",
        tool_words(framework), source_words(framework), framework.scale.min, framework.scale.max,
        framework.separate_views ? " The organisation and the co-production peer network complete it separately, and "
                                   "the differences start an open conversation."
                                 : "");
  return fmt::format(
      "This report uses {}{}. {} Each row is scored from {} to {} with supporting evidence, "
      "and a section's score is the average of its scored rows.{}",
      tool_words(framework), source_words(framework), rows_sentence(framework), framework.scale.min,
      framework.scale.max,
      framework.separate_views ? " The organisation and the co-production peer network complete it separately, and "
                                 "the differences start an open conversation."
                               : "");
}

std::vector<model::GlossaryEntry> report_glossary(const model::Framework& framework, std::string_view pack_text,
                                                  bool names_peer_network) {
  std::vector<model::GlossaryEntry> entries = framework.glossary;
  for (const auto& entry : Abbreviations(framework.glossary).first_used(pack_text))
    if (!in_glossary(entries, entry.term)) entries.push_back(entry);
  const bool peer_network = names_peer_network || framework.text_uses(k_peer_network);
  if (peer_network && !in_glossary(entries, std::string(k_peer_network))) entries.push_back(plain_word(k_peer_network));
  std::transform(entries.begin(), entries.end(), entries.begin(), explained);
  return entries;
}

}  // namespace coprod::render
