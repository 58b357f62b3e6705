#pragma once
// The pieces of the evidence pack's HTML that live in their own files.

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/comparison.hpp"
#include "render/abbreviations.hpp"
#include "render/report.hpp"
#include "render/report_row_actions.hpp"

namespace coprod::render {

// Page 1: the web, each perspective's section scores (with the change since
// the previous period), the largest differences and the plan's status; each
// abbreviation `abbreviations` has not yet spelled out (the header may have)
// is spelled out where page 1 first uses it.
std::string render_report_summary_html(const Report& report, Abbreviations& abbreviations);

// The text page 1's header spells the abbreviations of out under it, before
// page 1 uses any: the pack's title and the framework's title.
std::string page_one_header_text(const Report& report);

// Page 1's lists under the web and the section scores, each `width` px wide
// printed (one of two columns, or the page's width alone), listing only as
// many rows as fit in `room` px (see page_one_room.hpp) and saying how many
// more there are and where: the largest differences (of a pack with a
// comparison) and the action plan's status (of a pack with a plan).
// Each with how tall it prints and how many rows or actions it lists.
struct SummaryList {
  std::string html;
  double height = 0;
  std::size_t shown = 0;
};
// `short_words`: each action beside a row by its number in the action plan's part and its status alone
// ("Action on this row: action 1 in Part 8 (done).").
SummaryList summary_differences_html(const Report& report, Abbreviations& abbreviations, double width, double room,
                                     bool short_words);
SummaryList summary_plan_html(const Report& report, Abbreviations& abbreviations, double width, double room);
// Both lists in `room` px: side by side, each in a column of its own, unless the
// largest differences, each with the actions beside it, would list fewer rows
// there than across the page; then one under the other, across the page, the
// plan's list of actions giving way to them (its status line always shown).
// Where neither lists more rows than the other with each action by its number
// in the action plan's part and its status, without its words, that gives way too.
std::string summary_lists_html(const Report& report, Abbreviations& abbreviations, double room);
// How tall page 1's lists print at the least: their headings, the plan's status and the lines that say where
// their items are, and, `with_top_rows` where rows differ, the row that differs most (with any tied with it), in
// the layout of summary_lists_html() that takes the least room for them. Page 1 keeps this much room for its
// lists before the asks of the board take theirs (page_one_asks_room()), so that the asks never leave it
// listing no row at all.
double summary_lists_least_height(const Report& report, const Abbreviations& abbreviations, bool with_top_rows);

// Page 1's lines between the web and the scores and the lists under them,
// across the printed page (`<div class="summary-pointers">`), each pointing
// further into the pack: how many scored rows have no supporting evidence
// (whenever there are any; see report_no_evidence.hpp) and which rows moved
// since the earlier period (report_row_changes.hpp), only where the lists
// are whole with that line too (nothing they would hold left out for it):
// `lists` lays them out in the room it is given, of `room` px in all. Empty
// when there is nothing to say.
struct SummaryLines {
  std::string html;
  double height = 0;
};
SummaryLines summary_pointer_lines(const Report& report, const std::function<std::string(double)>& lists, double room);

// The plan's `actions` beside `row` (row_actions()), each linked to its line of
// the action plan's part, with its status: by its words, or `by_number`, by its
// number there (row_actions_by_number()).
std::string row_actions_html(const Report& report, const analysis::RowComparison& row,
                             const std::vector<RowAction>& actions, bool by_number);

// Beside text a page shows, the abbreviations it is the first to use, spelled
// out on a line of their own (`<span class="abbreviations">`; the text itself
// is left as it is); empty when there are none.
std::string spelled_out_html(Abbreviations& abbreviations, std::string_view text);

// A CSS string literal ("...") holding text safely inside a <style> element;
// control characters and bidirectional controls are left out, as in the page
// (see util::without_control_characters).
std::string css_string(std::string_view text);

// How many lines text takes printed in an evidence column on A4, about.
std::size_t printed_lines(std::string_view text);
// Whether a block of so many printed lines may break across pages (more than
// half a page), rather than be kept whole.
bool breaks_when_printed(std::size_t lines);

}  // namespace coprod::render
