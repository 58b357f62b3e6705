#include "render/comparison_html_moved.hpp"

#include <fmt/format.h>

#include "render/comparison.hpp"
#include "render/no_differences.hpp"
#include "render/report.hpp"
#include "render/report_html_parts.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"

namespace coprod::render {

namespace {

using util::xml_text;

std::string moved_item(const analysis::Comparison& comparison, const analysis::RowMovement& movement,
                       Abbreviations& abbreviations) {
  const auto& row = comparison.rows[movement.row];
  const std::string heading = section_and_row_heading(*comparison.framework, *row.section, *row.row);
  return fmt::format("<li>{}<strong>{}</strong>\n<span class=\"move\">{}</span>{}</li>\n",
                     row_ref_html(comparison, row), xml_text(heading),
                     xml_text(movement_in_words(comparison, movement)), spelled_out_html(abbreviations, heading));
}

}  // namespace

std::string row_ref_html(const analysis::Comparison& comparison, const analysis::RowComparison& row) {
  if (names_sections(comparison)) return "";
  return fmt::format("<span class=\"ref\">{}:</span> ", xml_text(row_name(comparison, row)));
}

std::string what_moved_html(const analysis::Comparison& comparison, Abbreviations& abbreviations) {
  std::string items;
  std::size_t count = 0;
  for (const auto& movement : comparison.row_movements) {
    if (movement_words(movement).empty()) continue;
    items += moved_item(comparison, movement, abbreviations);
    ++count;
  }
  std::string out = "<section aria-labelledby=\"moved\">\n<h2 id=\"moved\">What moved</h2>\n";
  if (count == 0) return out + fmt::format("<p>{}</p>\n</section>\n", xml_text(nothing_moved_words(comparison)));
  out += fmt::format("<p>{} of {} changed from {} to {}, in the order of the framework.</p>\n",
                     rows_counted(comparison, count), comparison.rows.size(),
                     comparison.inputs[comparison.earliest]->assessment->period.to_string(),
                     comparison.inputs[comparison.latest]->assessment->period.to_string());
  out += "<ul class=\"moved\">\n" + items + "</ul>\n";
  return out + comparison_notes_box(comparison, 4) + "</section>\n";
}

std::string moved_below_words(const analysis::Comparison& comparison) {
  const std::string earliest = comparison.inputs[comparison.earliest]->assessment->period.to_string();
  const bool sections = names_sections(comparison);
  const std::string what_moved = fmt::format(
      "every {} whose score or evidence changed from {} to {}, however little, is under \u201cWhat moved\u201d",
      sections ? "section" : "row", earliest, comparison.inputs[comparison.latest]->assessment->period.to_string());
  if (!only_what_moved(comparison)) {
    return fmt::format(
        "Below are the {} whose scores moved by {:.1f} or more since {}, the largest move first; then {}.",
        sections ? "sections" : "sections and rows", comparison.threshold, earliest, what_moved);
  }
  if (const auto nothing = nothing_to_compare_words(comparison)) return *nothing;
  return fmt::format("No {} moved by {:.1f} or more since {}: {}.", sections ? "section" : "section or row",
                     comparison.threshold, earliest, what_moved);
}

bool only_what_moved(const analysis::Comparison& comparison) {
  return compares_periods(comparison) && comparison.section_prompts.empty() && comparison.row_prompts.empty();
}

std::string comparison_notes_box(const analysis::Comparison& comparison, std::size_t lines) {
  std::string out = fmt::format("<div class=\"notes\">\n<p>Notes: why the scores {}, what you agree</p>\n",
                                compares_periods(comparison) ? "moved" : "differ");
  for (std::size_t i = 0; i < lines; ++i) out += "<div class=\"line\"></div>";
  return out + "\n</div>\n";
}

}  // namespace coprod::render
