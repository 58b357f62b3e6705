// The scores workbook's "About these scores" and "Reflections" sheets (workbook_about.hpp).

#include "render/workbook_about.hpp"

#include <string>
#include <vector>

#include "model/sections_as_rows.hpp"
#include "render/reflection_points.hpp"
#include "render/workbook_pack_view.hpp"

namespace coprod::render {

namespace {

using Row = std::vector<Cell>;

Row heading_row(std::initializer_list<std::string_view> headings) {
  Row row;
  for (const auto heading : headings) row.push_back(Cell::of_text(heading, CellStyle::header));
  return row;
}

// A reflection in a cell, as the pack lists it: each point on a line of its
// own after a bullet, under the line naming its view ("Organisation:") where
// it has one; a single point as written.
std::string reflection_cell_text(std::string_view text) {
  const auto views = reflection_points(text);
  if (is_single_point(views)) return views.front().points.front();
  std::string out;
  for (const auto& view : views) {
    if (!view.view.empty()) out += (out.empty() ? "" : "\n") + view.view + ":";
    for (const auto& point : view.points) out += (out.empty() ? "" : "\n") + std::string("• ") + point;
  }
  return out;
}

// A section's notes, then what the pack says of them ("(the same words as in 2026-Q4)") on a line of its own.
std::string notes_with_words(const SectionNotes& notes) {
  return notes.same_as_before.empty() ? notes.text : notes.text + "\n" + notes.same_as_before;
}

}  // namespace

std::optional<Sheet> about_scores_sheet(const Report& report) {
  if (report.scores_only) return std::nullopt;
  Sheet sheet;
  sheet.name = k_about_scores_sheet;
  sheet.rows.push_back(heading_row({"Section", "Perspective", "Score, who completed it and when", "Notes"}));
  const auto& framework = *report.inputs.front()->framework;
  const bool sections_are_rows = model::every_section_is_its_row(framework);
  for (std::size_t s = 0; s < framework.sections.size(); ++s) {
    for (std::size_t i = 0; i < report.inputs.size(); ++i) {
      const auto& input = *report.inputs[i];
      const auto notes = section_notes(report, i, s);
      // A section that is its row is named by its whole wording (model::every_section_is_its_row()), a sentence or two:
      // once, on its first line, not again for each perspective.
      const bool named = i == 0 || !sections_are_rows;
      sheet.rows.push_back({named ? Cell::of_text(framework.sections[s].label()) : Cell::blank(),
                            Cell::of_text(report_input_key(report, i)),
                            Cell::of_text(section_status_text(report, input, s)),
                            notes ? Cell::of_text(notes_with_words(*notes)) : Cell::blank()});
    }
  }
  // Page 1's lines on the evidence and the rows changed, a blank row under the table: on the Summary they
  // pushed the web on to a second printed page, under what the board is asked to do.
  const auto pointers = evidence_and_row_change_lines(report);
  if (!pointers.empty()) sheet.rows.emplace_back();
  for (const auto& line : pointers) {
    sheet.spans.push_back({sheet.rows.size(), 0, 3});  // across the table, so the line wraps as a sentence
    sheet.rows.push_back({Cell::of_text(line)});
  }
  sheet.widths = share_widths({24, 18, std::nullopt, std::nullopt}, k_landscape_print_width - 8, 30, 50);
  sheet.frozen_rows = 1;
  sheet.frozen_columns = 1;
  return sheet;
}

std::optional<Sheet> reflections_sheet(const Report& report) {
  if (report.scores_only) return std::nullopt;
  Sheet sheet;
  sheet.name = k_reflections_sheet;
  sheet.rows.push_back(heading_row({"Perspective", "Question", "Reflection"}));
  const Cell none = Cell::of_text(k_no_reflections_words, CellStyle::missing_text);
  if (!any_reflections(report)) sheet.rows.push_back({Cell::blank(), Cell::blank(), none});
  for (std::size_t i = 0; i < report.inputs.size() && any_reflections(report); ++i) {
    const Cell input = Cell::of_text(report_input_key(report, i));
    const auto& reflections = report.inputs[i]->assessment->reflections;
    if (!has_reflections(reflections)) sheet.rows.push_back({input, Cell::blank(), none});
    for (const auto& [title, text] : titled_reflections(reflections)) {
      if (*text && !(*text)->empty())
        sheet.rows.push_back({input, Cell::of_text(title), Cell::of_text(reflection_cell_text(**text))});
    }
  }
  sheet.widths = share_widths({24, 22, std::nullopt}, k_landscape_print_width - 8, 40, 80);
  sheet.frozen_rows = 1;
  sheet.frozen_columns = 1;
  return sheet;
}

}  // namespace coprod::render
