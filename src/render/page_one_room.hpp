#pragma once
// Page 1 of the evidence pack as printed on A4 (k_report_style's print rules):
// how tall its blocks of text are, in CSS px, worked out from the widths of
// their words (text_metrics.hpp) rather than measured in a browser. The
// renderer lists only as many of the largest differences and of the plan's
// actions as the room under the web and the section scores holds, so that
// each list stays whole in its column and page 1 stays one page.

#include <string>
#include <string_view>
#include <vector>

namespace coprod::render {

// The printed page's room between its margins (A4 less 14 mm each side, 14 mm at the top and 18 mm under).
inline constexpr double k_page_one_width = 688;
inline constexpr double k_page_one_height = 1001;
// Kept free at page 1's foot: the .1rem margins under its last lines, and Chromium's rounding of each line's
// height (a page of the example's rows measured to within 1 px of full ran 1.6 px over, on to a blank page 2;
// with the font's margin 2%, a drafted plan's five rows measured 4 px short of full ran 2.3 px over).
inline constexpr double k_page_one_foot = 8;
// The gap between page 1's two columns (6 mm) and a list's indent (a <ul>'s 40 px).
inline constexpr double k_page_one_column_gap = 22.7;
inline constexpr double k_page_one_list_indent = 40;
// Page 1's text (8.5 pt) and its line (its line-height 1.25), and a paragraph's margins (.1rem each side).
inline constexpr double k_page_one_text = 8.5 * 4 / 3;
inline constexpr double k_page_one_line = k_page_one_text * 1.25;
inline constexpr double k_page_one_paragraph_margin = 3.2;
// Between two paragraphs, or two items of a list, one after the other: where their .1rem margins meet, the
// browser keeps the larger, not both (a list's .2rem margins, and a heading's, likewise take in those next to them).
inline constexpr double k_page_one_gap = 1.6;
// Page 1's headings (10 pt, bold, their line 1.25) with their margins: .5rem over, .2rem under.
inline constexpr double k_page_one_heading_text = 10 * 4.0 / 3;
inline constexpr double k_page_one_heading_line = k_page_one_heading_text * 1.25;
inline constexpr double k_page_one_heading_over = 8;
inline constexpr double k_page_one_heading_under = 3.2;
// Small print (.abbreviations, at .85 em): its line.
inline constexpr double k_page_one_small_line = k_page_one_line * 0.85;

// The height of `text` in a box `width` px wide, broken at spaces (a word
// wider than the box over as many lines as it needs): its number of lines
// times `line` px, the text set at `size` px. Empty text takes no room.
double printed_text_height(std::string_view text, double width, double size = k_page_one_text,
                           double line = k_page_one_line, bool bold = false);

// The widest word of `text` set at `size` px, in px: the least width a box
// needs for none of its words to break. A word may break at a soft hyphen
// (U+00AD), printing a hyphen there.
double printed_widest_word(std::string_view text, double size = k_page_one_text, bool bold = false);

// How tall a heading of page 1 prints `width` px wide, with its margins over and under it.
double printed_heading_height(std::string_view heading, double width);

// How wide page 1's section scores table prints a column of scores, inside its cells' padding, as Chromium's
// table layout sizes a column 1% wide: as its widest cell. A cell is its score or mark (`scores`, each as
// shown) with the box beside it for a "*" (.6 em) and, where the column gives changes (`changes`, one a section,
// "" where there is none), the change in its box at .85 em, at least 3.4 em of it wide: beside the score after a
// space, or, `changes_under`, on a line of its own under it. Never narrower than the widest word of the column's
// name (`name`, bold, which may break at a soft hyphen). Measured as printed_text_height() measures, with its
// margin for the font, so that the sections' labels beside it are never given more room than they print with.
double printed_score_column_width(const std::vector<std::string>& scores, const std::vector<std::string>& changes,
                                  bool changes_under, std::string_view name);

// How tall items of these heights print in two balanced columns (CSS `columns: 2`), each item whole in one
// column, in order, down the first and then the second: the least height that holds them so.
double two_columns_height(const std::vector<double>& heights);

// The text an HTML fragment shows, its tags left out and each character
// reference (&amp;) one character, to measure it.
std::string shown_text(std::string_view html);

}  // namespace coprod::render
