// The scores workbook: Summary (with the web as a radar chart), Change, Rows, Plan,
// Web data and Abbreviations sheets, built as plain values (render/workbook.hpp).

#include <algorithm>
#include <cctype>
#include <cmath>
#include <memory>
#include <string_view>
#include <utility>

#include <fmt/format.h>

#include "analysis/comparison.hpp"
#include "analysis/held_back_scores.hpp"
#include "analysis/previous_period.hpp"
#include "model/perspective.hpp"
#include "render/carried_forward_words.hpp"
#include "render/comparison.hpp"
#include "render/default_title.hpp"
#include "render/missing_score.hpp"
#include "render/period_words.hpp"
#include "render/report.hpp"
#include "render/report_board_asks.hpp"
#include "render/web_chart.hpp"
#include "render/workbook.hpp"
#include "render/workbook_abbreviations.hpp"
#include "render/workbook_about.hpp"
#include "render/workbook_pack_view.hpp"
#include "render/workbook_plan.hpp"
#include "render/workbook_row_changes.hpp"
#include "render/workbook_rows.hpp"
#include "render/workbook_score_cells.hpp"

namespace coprod::render {

namespace {

// 1980-01-01, the earliest date a zip file can hold: the workbook's date when
// none is given, so the file does not change from one day to the next.
constexpr long k_default_created_seconds = 315532800;

using Row = std::vector<Cell>;

// Each input's name in column headings: its perspective when the inputs
// differ only by perspective, else "organisation, 2026-Q3" and so on.
std::vector<std::string> input_names(const analysis::Comparison& comparison) {
  std::vector<std::string> names;
  for (std::size_t i = 0; i < comparison.inputs.size(); ++i) {
    const auto perspective = comparison.inputs[i]->assessment->perspective;
    std::string name = comparison.kind == analysis::ComparisonKind::perspectives
                           ? std::string(model::perspective_title(perspective))
                           : analysis::input_title(comparison, i);
    if (!name.empty()) name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
    names.push_back(std::move(name));
  }
  return names;
}

// How its differences and changes are worked out, as page 1 of the evidence pack says it: a sentence of its own.
std::string shown_scores_sentence() {
  std::string sentence(k_shown_scores_words);
  sentence[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(sentence[0])));
  return sentence;
}

// Two inputs: the second's score minus the first's (from the scores as shown,
// to one decimal place); more: the spread. Said in words when it cannot be worked out.
Cell section_difference_cell(const analysis::SectionComparison& section) {
  if (section.results.size() == 2) {
    const auto first = section_tenths(*section.results[0]);
    const auto second = section_tenths(*section.results[1]);
    if (!first || !second) {
      if (analysis::is_held_back(*section.results[0]) || analysis::is_held_back(*section.results[1]))
        return Cell::of_text(k_no_difference_held_back_words, CellStyle::missing);
      return no_difference_of_two_cell(
          section.results[0]->is_not_applicable() || section.results[1]->is_not_applicable(),
          k_section_not_applicable_difference);
    }
    return Cell::of_number((*second - *first) / 10.0, CellStyle::difference);
  }
  int lowest = 0;
  int highest = 0;
  int count = 0;
  for (const auto& result : section.results) {
    const auto tenths = section_tenths(*result);
    if (!tenths) continue;
    lowest = count == 0 ? *tenths : std::min(lowest, *tenths);
    highest = count == 0 ? *tenths : std::max(highest, *tenths);
    ++count;
  }
  if (count < 2) return no_difference_cell(section.results.size());
  return Cell::of_number((highest - lowest) / 10.0, CellStyle::score);  // never negative
}

// The Summary's columns side by side: the section, each input's score, the
// difference, each input's rows scored, the rows in the section.
std::vector<double> summary_widths(std::size_t inputs) {
  std::vector<double> widths = {32};
  for (std::size_t i = 0; i < inputs; ++i) widths.push_back(13);   // "not scored yet" on one line
  if (inputs > 1) widths.push_back(26);                            // "none, as a score is missing" on one line
  for (std::size_t i = 0; i <= inputs; ++i) widths.push_back(13);  // "Organisation" and "Co-production" unbroken
  return widths;
}

// The Summary's Section column: wide enough that each section's name prints on one line as its row's height
// is estimated (a name on two lines left a blank line under a name that printed on one), up to 40 characters.
double section_width(const analysis::Comparison& comparison) {
  constexpr double k_narrowest = 32;
  constexpr double k_widest = 40;
  double width = k_narrowest;
  for (const auto& section : comparison.sections)
    width = std::max(width, std::ceil(printed_digits(section.section->label()) + k_cell_margin_digits));
  return std::min(width, k_widest);
}

// A table's heading row: the section, then the scores of inputs `first` to `end` (and the difference or
// spread after the last input), then their rows scored (and the rows in the section after the last input).
Row summary_header(const std::vector<std::string>& names, bool scores, bool counts, std::size_t first,
                   std::size_t end) {
  const bool last = end == names.size();
  Row header = {Cell::of_text("Section", CellStyle::header)};
  if (scores) {
    for (std::size_t i = first; i < end; ++i)
      header.push_back(Cell::of_text(fmt::format("Score: {}", names[i]), CellStyle::header));
    if (last && names.size() > 1) header.push_back(Cell::of_text(difference_heading(names), CellStyle::header));
  }
  if (counts) {
    for (std::size_t i = first; i < end; ++i)
      header.push_back(Cell::of_text(fmt::format("Rows scored: {}", names[i]), CellStyle::header));
    if (last) header.push_back(Cell::of_text("Rows in the section", CellStyle::header));
  }
  return header;
}

// A section's difference or spread, marked (its number kept) as compare and the evidence pack mark it where
// it is not like for like: a row of the section scored in some of the inputs only.
Cell marked_section_difference_cell(const analysis::SectionComparison& section) {
  Cell cell = section_difference_cell(section);
  if (cell.kind == Cell::Kind::number && !section.like_for_like())
    cell.style = section.results.size() == 2 ? CellStyle::marked_difference : CellStyle::marked_spread;
  return cell;
}

// A section's line of such a table.
Row summary_line(const analysis::SectionComparison& section, bool scores, bool counts, std::size_t first,
                 std::size_t end) {
  const auto& results = section.results;
  const bool last = end == results.size();
  Row line = {Cell::of_text(section.section->label())};
  if (scores) {
    for (std::size_t i = first; i < end; ++i) line.push_back(section_score_cell(*results[i]));
    if (last && results.size() > 1) line.push_back(marked_section_difference_cell(section));
  }
  if (counts) {
    for (std::size_t i = first; i < end; ++i)
      line.push_back(Cell::of_number(results[i]->scored_rows, CellStyle::count));
    if (last) line.push_back(Cell::of_number(results.front()->total_rows(), CellStyle::count));
  }
  return line;
}

// The Summary's widths in tables of `per_table` inputs: the section, each input's column, then the spread
// (or the rows in the section), "none, as a score is missing" on two lines.
std::vector<double> table_widths(double section, std::size_t per_table, double input_width) {
  std::vector<double> widths(per_table + 2, input_width);
  widths.front() = section;
  widths.back() = 16;
  return widths;
}

// How many inputs each table of the Summary holds, and their columns' width: all of them when that prints
// legibly one page across, else as few tables as do, the inputs shared evenly among them. Each input's
// column as wide as still prints legibly, from 16 to 14 characters, so a long heading such as
// "Score: AreaA, co-production peer network, 2026-Q4" wraps to four lines, not seven.
std::pair<std::size_t, double> table_layout(double section, std::size_t inputs) {
  constexpr double k_widest = 16;
  constexpr double k_narrowest = 14;
  std::size_t most = inputs;
  while (most > 1 && !fits_one_page_wide(table_widths(section, most, k_narrowest))) --most;
  const std::size_t tables = (inputs + most - 1) / most;
  const std::size_t per_table = (inputs + tables - 1) / tables;
  double width = k_widest;
  while (width > k_narrowest && !fits_one_page_wide(table_widths(section, per_table, width))) --width;
  return {per_table, width};
}

// A table of the scores (else the rows scored) of inputs `first` to `end`; after the first, under a blank
// row and kept whole on one printed page.
void add_summary_table(Sheet& sheet, const analysis::Comparison& comparison, const std::vector<std::string>& names,
                       bool scores, std::size_t first, std::size_t end) {
  if (sheet.rows.size() > 2) {
    sheet.rows.emplace_back();
    sheet.row_groups.push_back(sheet.rows.size());
  }
  sheet.rows.push_back(summary_header(names, scores, !scores, first, end));
  for (const auto& section : comparison.sections)
    sheet.rows.push_back(summary_line(section, scores, !scores, first, end));
}

// The Summary's note on rows held back as only 1 person scored them (analysis/held_back_scores.hpp).
constexpr std::string_view k_held_back_rows_note =
    "Rows held back, as only 1 person scored them, are left out of the section's score and its rows scored.";

bool any_held_back(const analysis::Comparison& comparison) {
  return std::any_of(comparison.sections.begin(), comparison.sections.end(), [](const auto& section) {
    return std::any_of(section.results.begin(), section.results.end(),
                       [](const auto& result) { return analysis::held_back_rows(*result) > 0; });
  });
}

bool any_not_like_for_like(const analysis::Comparison& comparison) {
  return std::any_of(comparison.sections.begin(), comparison.sections.end(),
                     [](const auto& section) { return !section.like_for_like(); });
}

// Under the scores, where a difference or spread is marked, the key to the mark, as compare says it; returns
// its row, to be spread across the table once the columns' widths are known.
std::optional<std::size_t> add_not_like_for_like_key(Sheet& sheet, const analysis::Comparison& comparison) {
  if (comparison.inputs.size() < 2 || !any_not_like_for_like(comparison)) return std::nullopt;
  sheet.rows.push_back({Cell::of_text(not_like_for_like_words(comparison))});
  return sheet.rows.size() - 1;
}

// One table when its columns print legibly one page wide (up to two inputs);
// else the scores in tables of as many inputs as print so, each with the
// sections down its side, and the rows scored in more such tables under them:
// the sheet prints one page wide, each table whole with its headings.
// Under the title, what the plan asks the board to do, numbered as the pack numbers them, and a blank row;
// nothing without asks. Returns the rows added.
std::size_t add_board_asks(Sheet& sheet, const std::vector<std::string>& asks) {
  if (asks.empty()) return 0;
  const std::size_t first = sheet.rows.size();
  sheet.rows.push_back({Cell::of_text(k_board_asks_heading, CellStyle::header)});
  for (std::size_t i = 0; i < asks.size(); ++i)
    sheet.rows.push_back({Cell::of_text(fmt::format("{}. {}", i + 1, asks[i]))});
  sheet.rows.emplace_back();
  return sheet.rows.size() - first;
}

Sheet summary_sheet(const analysis::Comparison& comparison, const std::vector<std::string>& names,
                    const std::string& title, const std::vector<std::string>& redacted_notes,
                    const std::vector<std::string>& asks) {
  Sheet sheet;
  sheet.name = "Summary";
  const std::size_t n = names.size();
  sheet.rows.push_back({Cell::of_text(title, CellStyle::title)});
  const std::size_t asks_rows = add_board_asks(sheet, asks);
  // Wrapped across the table, so it prints within the page; with differences or a spread, how they are worked out.
  std::string note =
      "A section's score is the average of its scored rows, from 0 to 5; rows not scored yet and rows marked n/a "
      "(not applicable) are left out, and a section whose every row is marked n/a reads n/a.";
  if (any_held_back(comparison)) note += " " + std::string(k_held_back_rows_note);
  if (n > 1) note += " " + shown_scores_sentence();
  for (const auto& redacted : redacted_notes) note += " " + redacted;
  sheet.rows.push_back({Cell::of_text(note)});
  const double section_column = section_width(comparison);
  std::optional<std::size_t> key;  // the row of the key to a marked difference, if any
  sheet.widths = summary_widths(n);
  sheet.widths.front() = section_column;
  if (fits_one_page_wide(sheet.widths)) {
    // One input's table is narrow: its score column widened so the note above it wraps in two lines, not three.
    constexpr double k_note_width = 84;
    double width = 0;
    for (const double column : sheet.widths) width += column;
    sheet.widths[1] += std::max(0.0, k_note_width - width);
    sheet.rows.push_back(summary_header(names, true, true, 0, n));
    for (const auto& section : comparison.sections) sheet.rows.push_back(summary_line(section, true, true, 0, n));
    key = add_not_like_for_like_key(sheet, comparison);
  } else {
    const auto [per_table, width] = table_layout(section_column, n);
    for (const bool scores : {true, false}) {
      for (std::size_t first = 0; first < n; first += per_table)
        add_summary_table(sheet, comparison, names, scores, first, std::min(n, first + per_table));
      if (scores) key = add_not_like_for_like_key(sheet, comparison);  // under the table with the spread
    }
    sheet.widths = table_widths(section_column, per_table, width);
  }
  sheet.spans.push_back({0, 0, sheet.widths.size() - 1});  // so a long title does not widen the printed page
  // Each ask wrapped across the table (its heading, in the section column, keeps its bold: a span is plain).
  for (std::size_t row = 2; row < asks_rows; ++row) sheet.spans.push_back({row, 0, sheet.widths.size() - 1});
  sheet.spans.push_back({1 + asks_rows, 0, sheet.widths.size() - 1});
  if (key) sheet.spans.push_back({*key, 0, sheet.widths.size() - 1});
  sheet.frozen_rows = 3 + asks_rows;
  sheet.frozen_columns = 1;
  sheet.heading_on_every_page = false;
  return sheet;
}

// The numbers the web is drawn from: a blank where a section has no score (not
// scored yet, or every row n/a), so the chart leaves a gap there rather than
// drawing a 0.
Sheet web_data_sheet(const analysis::Comparison& comparison, const std::vector<std::string>& names) {
  Sheet sheet;
  sheet.name = "Web data";
  Row header = {Cell::of_text("Section", CellStyle::header), Cell::of_text("On the web", CellStyle::header)};
  for (const auto& name : names) header.push_back(Cell::of_text(name, CellStyle::header));
  header.push_back(
      Cell::of_text("The numbers the web on the Summary sheet is drawn from; a blank is a section not "
                    "scored yet, or one whose rows are all n/a (not applicable)."));
  sheet.rows.push_back(std::move(header));
  for (const auto& section : comparison.sections) {
    Row line = {Cell::of_text(section.section->label()),
                Cell::of_text(axis_key(*section.section, sheet.rows.size() - 1))};
    for (const auto& result : section.results) {
      const auto tenths = section_tenths(*result);
      line.push_back(tenths ? Cell::of_number(*tenths / 10.0, CellStyle::score) : Cell::blank());
    }
    sheet.rows.push_back(std::move(line));
  }
  sheet.widths.push_back(40);
  sheet.widths.push_back(11);
  for (std::size_t i = 0; i < names.size(); ++i) sheet.widths.push_back(16);
  sheet.widths.push_back(40);  // the note, wrapped so it prints within the page
  sheet.frozen_rows = 1;
  sheet.frozen_columns = 1;
  return sheet;
}

// Each series' markers a size smaller than the one before, so where inputs
// have the same score the markers show nested rather than one hiding another;
// the first's bigger still (up to 14 points; two inputs' 11 and 5), as
// LibreOffice draws no marker edges and a marker only a little bigger than
// the one on it showed as a thin ring, hard to see in greyscale.
std::size_t marker_size(std::size_t series, std::size_t count) {
  constexpr std::size_t k_smallest = 5;
  constexpr std::size_t k_first_extra = 3;
  constexpr std::size_t k_largest_first = 14;
  const std::size_t step = count < 2 ? 0 : std::clamp<std::size_t>(12 / (count - 1), 1, 3);
  const std::size_t size = k_smallest + step * (count - 1 - series);
  if (series > 0 || count < 2) return size;
  return std::max(size, std::min(size + k_first_extra, k_largest_first));
}

// A section's line in the key to the web's numbered axes: its name when that starts with the axis's number
// ("1. Commitment and leadership"), else the key and the name ("F: Facilitate the process").
std::string web_key_line(const model::FrameworkSection& section, std::size_t place) {
  const std::string key = axis_key(section, place);
  const std::string label = section.label();
  return label.rfind(key + ".", 0) == 0 ? label : fmt::format("{}: {}", key, label);
}

// Under the Summary's tables, in the section column, the key to the web beside
// it: the chart's axes are numbered, as sections' names (a sentence or two in
// some frameworks) ran outside the chart and left the web tiny.
void add_web_key(Sheet& sheet, const analysis::Comparison& comparison) {
  sheet.rows.emplace_back();
  sheet.rows.push_back({Cell::of_text("The web's axes", CellStyle::header)});
  for (std::size_t place = 0; place < comparison.sections.size(); ++place)
    sheet.rows.push_back({Cell::of_text(web_key_line(*comparison.sections[place].section, place))});
  sheet.rows.push_back({Cell::of_text("Rings: scores 1 (inner) to 5")});
}

// The chart's categories are the Web data's keys (column 1), its lines the inputs' scores beside them.
RadarChart web_chart(const Sheet& data, const std::vector<std::string>& names, std::size_t anchor_row) {
  RadarChart chart;
  chart.title = "The co-production web (section scores, 0 to 5)";
  chart.data_sheet = data.name;
  chart.first_row = 1;
  chart.last_row = data.rows.size() - 1;
  chart.category_column = 1;
  for (std::size_t i = 0; i < names.size(); ++i)
    chart.series.push_back({names[i], i + 2, marker_size(i, names.size())});
  chart.anchor_row = anchor_row;
  chart.anchor_column = 1;  // beside its key
  return chart;
}

// The change since the earlier period, as the evidence pack shows it: a change
// part of which is a row scored in one period only is marked (its number kept).
Cell change_cell(const analysis::AssessmentResult& now, const analysis::AssessmentResult& then, std::size_t section,
                 bool& any_marked) {
  const auto change = analysis::section_change_tenths(now, then, section);
  if (!change) {
    const bool not_applicable = now.sections[section].is_not_applicable() ||
                                (section < then.sections.size() && then.sections[section].is_not_applicable());
    return no_difference_of_two_cell(not_applicable, k_section_not_applicable_difference);
  }
  const bool marked = analysis::averages_of_different_rows(now, then, section);
  any_marked = any_marked || marked;
  return Cell::of_number(*change / 10.0, marked ? CellStyle::marked_difference : CellStyle::difference);
}

// A line of text under a sheet's table, spread across its columns.
void add_note_across(Sheet& sheet, std::string_view note) {
  sheet.rows.push_back({Cell::of_text(note)});
  sheet.spans.push_back({sheet.rows.size() - 1, 0, sheet.widths.size() - 1});
}

// An input with an earlier period: its place among the inputs and its latest earlier period.
using EarlierPeriod = std::pair<std::size_t, std::shared_ptr<const analysis::AssessmentResult>>;

// A Change table's heading row: the section, then each input's score then, now and the change since.
Row change_header(const analysis::Comparison& comparison, const std::vector<std::string>& names,
                  const std::vector<EarlierPeriod>& earlier) {
  Row header = {Cell::of_text("Section", CellStyle::header)};
  for (const auto& [input, then] : earlier) {
    const auto then_period = then->assessment->period.to_string();
    const auto now_period = comparison.inputs[input]->assessment->period.to_string();
    header.push_back(Cell::of_text(fmt::format("{}: score in {}", names[input], then_period), CellStyle::header));
    header.push_back(Cell::of_text(fmt::format("{}: score in {}", names[input], now_period), CellStyle::header));
    header.push_back(Cell::of_text(fmt::format("{}: change since {}", names[input], then_period), CellStyle::header));
  }
  return header;
}

// A section's line of a Change table.
Row change_line(const analysis::Comparison& comparison, const std::vector<EarlierPeriod>& earlier, std::size_t s,
                bool& any_marked) {
  Row line = {Cell::of_text(comparison.sections[s].section->label())};
  for (const auto& [input, then] : earlier) {
    const auto& now = *comparison.inputs[input];
    line.push_back(s < then->sections.size() ? section_score_cell(then->sections[s]) : no_difference_cell(2));
    line.push_back(section_score_cell(now.sections[s]));
    line.push_back(change_cell(now, *then, s, any_marked));
  }
  return line;
}

// The Change sheet's widths for tables of `per_table` inputs: the section (as wide as the Summary's, so a long
// name takes as few lines), then each input's three columns.
std::vector<double> change_widths(std::size_t per_table, double section) {
  std::vector<double> widths = {section};
  for (std::size_t i = 0; i < per_table * 3; ++i) widths.push_back(i % 3 == 2 ? 26 : 16);
  return widths;
}

// Under the tables, a line for each section carried forward and not scored again, in page 1's words, so its
// change does not read as a fresh finding: "Organisation, 1. Commitment and leadership: carried forward rather
// than scored again (last completed before 2026-Q4 began), so its change is not a fresh finding."
void add_carried_forward_notes(Sheet& sheet, const analysis::Comparison& comparison,
                               const std::vector<std::string>& names, const std::vector<EarlierPeriod>& earlier) {
  for (const auto& [input, then] : earlier) {
    for (std::size_t s = 0; s < comparison.sections.size(); ++s) {
      const auto words = carried_forward_words(*comparison.inputs[input], then.get(), s);
      if (!words) continue;
      add_note_across(sheet, fmt::format("{}, {}: {}, so its change is not a fresh finding.", names[input],
                                         comparison.sections[s].section->label(), *words));
    }
  }
}

// Each input's section scores in its earlier period (the latest of
// `previous` of its area and perspective), now, and the change since, as the
// evidence pack shows them; inputs with no earlier period are left out. In
// one table when it prints legibly one page wide, else in tables of as many
// inputs as do, one under another, each kept whole on a printed page, so
// short tables share a page. Under them, when a change is marked, the pack's
// key line for the mark.
Sheet change_sheet(const analysis::Comparison& comparison, const std::vector<std::string>& names,
                   const analysis::AssessmentResults& previous) {
  Sheet sheet;
  sheet.name = "Change";
  std::vector<EarlierPeriod> earlier;
  for (std::size_t i = 0; i < comparison.inputs.size(); ++i)
    if (auto then = analysis::latest_earlier_view(previous, *comparison.inputs[i]->assessment))
      earlier.emplace_back(i, std::move(then));
  std::size_t per_table = std::max<std::size_t>(earlier.size(), 1);
  const double section_column = section_width(comparison);
  while (per_table > 1 && !fits_one_page_wide(change_widths(per_table, section_column))) --per_table;
  bool any_marked = false;
  // With no input with an earlier period, a table of the sections alone: the caller leaves the sheet out.
  for (std::size_t first = 0; first < earlier.size() || first == 0; first += per_table) {
    const std::vector<EarlierPeriod> table(
        earlier.begin() + static_cast<std::ptrdiff_t>(first),
        earlier.begin() + static_cast<std::ptrdiff_t>(std::min(earlier.size(), first + per_table)));
    if (first > 0) {
      sheet.rows.emplace_back();
      sheet.row_groups.push_back(sheet.rows.size());
    }
    sheet.rows.push_back(change_header(comparison, names, table));
    for (std::size_t s = 0; s < comparison.sections.size(); ++s)
      sheet.rows.push_back(change_line(comparison, table, s, any_marked));
  }
  sheet.widths = change_widths(per_table, section_column);
  // A blank row, then how the changes are worked out and the key to a marked change, each wrapped across the
  // table, so it prints within the page.
  sheet.rows.push_back({});
  add_note_across(sheet, shown_scores_sentence());
  if (any_marked) add_note_across(sheet, k_change_of_different_rows_words);
  add_carried_forward_notes(sheet, comparison, names, earlier);
  sheet.frozen_rows = 1;
  sheet.frozen_columns = 1;
  // The first table's heading atop a page of later tables would head the wrong inputs.
  sheet.heading_on_every_page = sheet.row_groups.empty();
  return sheet;
}

// Beside the chart, under the key to the web, a blank row apart: page 1's lines on the scored rows with no
// evidence and the rows that moved since the earlier period, in the section column (spread across the table, or
// under the note above it, they pushed the chart on to a second page).
// Under the key to the web, a blank row apart, beside the chart, the months of each quarter or half year the
// title names, one a line ("2026-Q4: October to December 2026"): an NHS board counting quarters from April would
// take Q4 for January to March.
void add_period_months(Sheet& summary, const std::vector<std::string>& periods) {
  if (periods.empty()) return;
  summary.rows.emplace_back();
  for (const auto& line : periods) summary.rows.push_back({Cell::of_text(line)});
}

}  // namespace

Workbook build_scores_workbook(const ScoresWorkbookInput& input) {
  const auto comparison = analysis::compare(input.inputs, 1.5);
  const auto names = input_names(comparison);
  Workbook workbook;
  workbook.title = input.title.empty() ? default_title(input.inputs) : input.title;
  workbook.subject = comparison.framework->title;
  workbook.created_seconds = input.date ? input.date->days_since_epoch() * 86400L : k_default_created_seconds;
  const Report pack = workbook_pack_view(input, comparison);
  Sheet summary = summary_sheet(comparison, names, workbook.title, input.redacted_notes,
                                input.plan ? input.plan->asks_of_the_board : std::vector<std::string>{});
  Sheet data = web_data_sheet(comparison, names);
  add_web_key(summary, comparison);
  summary.chart = web_chart(data, names, summary.rows.size() - comparison.sections.size() - 2);
  add_period_months(summary, period_months(input.inputs, input.previous));
  workbook.sheets.push_back(std::move(summary));
  Sheet change = change_sheet(comparison, names, input.previous);
  if (change.rows.front().size() > 1) workbook.sheets.push_back(std::move(change));
  if (auto row_changes = row_changes_sheet(pack)) workbook.sheets.push_back(std::move(*row_changes));
  workbook.sheets.push_back(rows_sheet(comparison, names, input.scores_only));
  for (auto sheet : {about_scores_sheet(pack), reflections_sheet(pack)})
    if (sheet) workbook.sheets.push_back(std::move(*sheet));
  if (input.plan)
    workbook.sheets.push_back(plan_sheet(*input.plan, *comparison.framework, input.review, input.inputs, names));
  workbook.sheets.push_back(std::move(data));
  workbook.page_header = default_title(input.inputs);
  if (auto abbreviations = abbreviations_sheet(workbook, comparison.framework->glossary)) {
    // Under the key to the web, a blank row apart, beside the chart (which is taller), so the Summary prints as
    // before.
    auto& summary_rows = workbook.sheets.front().rows;
    summary_rows.emplace_back();
    summary_rows.push_back({Cell::of_text("Abbreviations: see the last sheet")});
    workbook.sheets.push_back(std::move(*abbreviations));
  }
  for (auto& sheet : workbook.sheets) set_up_printing(sheet);
  return workbook;
}

}  // namespace coprod::render
