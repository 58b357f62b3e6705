#pragma once
// A spreadsheet workbook as plain values: sheets of typed cells, column widths,
// frozen header rows, how each sheet prints and a radar chart. The core builds one; cli/ hands it,
// encoded (workbook_encoding.hpp), to the workbook writer program coprod-xlsx,
// which writes the file with libxlsxwriter (the core does no I/O).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/plan_review.hpp"
#include "analysis/scoring.hpp"
#include "model/date.hpp"
#include "model/plan.hpp"

namespace coprod::render {

// How a cell looks; the writer maps each to one cell format.
enum class CellStyle {
  plain,              // text, wrapped
  note,               // text on one line, not wrapped (it may run into empty cells beside it)
  title,              // the sheet's title: bold, larger
  header,             // a column heading: bold, wrapped, shaded
  score,              // a number shown as 0.0
  difference,         // a number shown as +0.0 / -0.0 / 0.0
  marked_difference,  // a change or difference not like for like (a row scored in one period or input only): +0.3†
  marked_spread,      // a spread not like for like: 0.3† (still a number)
  count,              // a whole number
  date,               // a number of days, shown as yyyy-mm-dd
  missing,            // "not scored yet", "n/a", "none, as a score is missing": italic grey text, wrapped
  missing_text,       // "no evidence given" in a column of text: the same, set to the left as the text is
};

struct Cell {
  enum class Kind { blank, text, number };
  Kind kind = Kind::blank;
  std::string text;  // always written as a string, never as a formula
  double number = 0;
  CellStyle style = CellStyle::plain;

  static Cell blank() { return {}; }
  // Control characters are dropped and the text is cut to fit Excel's limit.
  static Cell of_text(std::string_view text, CellStyle style = CellStyle::plain);
  static Cell of_number(double number, CellStyle style);

  friend bool operator==(const Cell&, const Cell&) = default;
};

struct ChartSeries {
  std::string name;
  std::size_t column = 0;       // on the data sheet
  std::size_t marker_size = 5;  // in points; smaller for each later series, so equal points show nested

  friend bool operator==(const ChartSeries&, const ChartSeries&) = default;
};

// A radar chart (the co-production web): one spoke per row of the data range,
// one line per series. Drawn by the spreadsheet program itself.
struct RadarChart {
  std::string title;
  std::string data_sheet;     // sheet the categories and values are on
  std::size_t first_row = 0;  // data rows, inclusive
  std::size_t last_row = 0;
  std::size_t category_column = 0;
  std::vector<ChartSeries> series;
  std::size_t anchor_row = 0;  // where its top left corner sits on its own sheet
  std::size_t anchor_column = 0;

  friend bool operator==(const RadarChart&, const RadarChart&) = default;
};

// A text cell spread over the columns from `column` to `last_column` of its
// row (merged), so a long note wraps across the table instead of running off it.
struct CellSpan {
  std::size_t row = 0;
  std::size_t column = 0;
  std::size_t last_column = 0;

  friend bool operator==(const CellSpan&, const CellSpan&) = default;
};

// Every sheet prints on A4 (set_up_printing()): one page wide when its text
// stays legible at that size, else at k_spill_scale per cent with its columns running on
// to further pages across, the frozen columns (section, row) repeated at the
// left of each; its frozen rows (the column headings, and on the Plan sheet the
// line above them saying on what date the statuses hold) repeated atop every
// page, so a page read on its own reads as the first does, with the workbook's
// page header and "Page N of M" below.
struct Sheet {
  std::string name;
  std::vector<double> widths;  // column widths in characters
  std::vector<std::vector<Cell>> rows;
  std::vector<double> heights;  // row heights in points, set by fit_row_heights()
  std::size_t frozen_rows = 0;
  std::size_t frozen_columns = 0;
  // Its frozen rows printed atop every page; not on the Summary, whose chart would sit under the scores'
  // headings on its own, nor on a Change sheet of several tables. There a table that runs over a page has its
  // own heading row put in again at the top of the next (set_up_printing()).
  bool heading_on_every_page = true;
  bool landscape = false;  // printed across the page; set by set_up_printing()
  // The printed size in per cent, or 0 for scaled to one page wide; set by set_up_printing().
  unsigned print_scale = 0;
  // Columns that start a new printed page across (none when one page wide); set by set_up_printing().
  std::vector<std::size_t> page_breaks;
  // Rows that start a new printed page: a row group's or the chart's, when it
  // would not fit on the page above, or a table's heading row put in again; set by set_up_printing().
  std::vector<std::size_t> row_page_breaks;
  // The first row of each run of rows kept together on one printed page, such as a table under another.
  std::vector<std::size_t> row_groups;
  // The first column of each run of columns kept together on one printed
  // page, such as a score and its evidence; none: any column may start a page.
  std::vector<std::size_t> column_groups;
  std::vector<CellSpan> spans;
  std::optional<RadarChart> chart;

  friend bool operator==(const Sheet&, const Sheet&) = default;
};

struct Workbook {
  std::vector<Sheet> sheets;
  std::string title;
  std::string subject;
  std::string page_header;   // at the top of every printed page: the areas and periods, in words
  long created_seconds = 0;  // since 1970-01-01 UTC; fixed, so the file is the same every time

  friend bool operator==(const Workbook&, const Workbook&) = default;
};

// What the scores workbook is made from: passed straight to
// build_scores_workbook(), so `plan` and `review` may be views of the caller's.
struct ScoresWorkbookInput {
  analysis::AssessmentResults inputs;            // sharing one framework
  analysis::AssessmentResults previous;          // earlier periods (report --previous): adds a Change sheet
  const model::Plan* plan = nullptr;             // adds a Plan sheet
  const analysis::PlanReview* review = nullptr;  // action statuses on `date`, when known
  std::string title;                             // default: render::default_title()
  std::optional<model::Date> date;               // the workbook's date; else 1980-01-01
  // What --redact masked, in report's words ("2 pieces of likely personal
  // data were masked."), said on the Summary under its title.
  std::vector<std::string> redacted_notes;
  // A pack of scores only (report --scores-only): its files hold no evidence, notes or reflections, so the Rows
  // sheet says each piece of evidence is left out, and the sheets of who completed each section and of the
  // reflections are left out, as the pack leaves out its parts on them.
  bool scores_only = false;
};

// Sets every row's height to fit its wrapped text (spreadsheet programs do not
// always grow a row for wrapped text themselves, so long evidence and headings
// would be cut off): an estimate from the width each word prints in (in
// digits of the font, the wider of Calibri and DejaVu Sans, LibreOffice's
// stand-in for it: both wrap English text at about 1.25 characters a digit of
// the column's width) and 15 points a line, as Excel draws Calibri. A spread
// cell wraps in the width of all its columns. LibreOffice without Calibri or
// Carlito draws DejaVu Sans about 12.4 points a line, so there a row prints a
// fifth taller than its text; a row sized for that would cut off the last
// lines in Excel, and LibreOffice (headless, as tested) does not fit a row
// without a height. Counting characters at 1.15 a digit (before 2026-12-06)
// took a line of evidence 20 characters long for 18, so rows printed half as
// tall again as their text in LibreOffice (the Rows sheet's 24 rows took 10 pages).
void fit_row_heights(Sheet& sheet);

// Excel's tallest row, in points; a row's text that needs more is cut off in print.
inline constexpr double k_tallest_row_points = 409;
// Lines a wrapped text takes in a column `width` digits wide, less
// k_cell_margin_digits, its bold letters k_bold_widening wider, as fit_row_heights() estimates them.
std::size_t line_count(std::string_view text, double width, bool bold);

// Puts `row` in at row `at`, moving the rows from there on (their spans, row groups and the chart) down.
void insert_row(Sheet& sheet, std::size_t at, std::vector<Cell> row);

// Each line under the frozen rows whose wrapped text is taller than Excel's
// tallest row (k_tallest_row_points) goes on in lines of its own under it: the
// cut text ends "(continued below)" at a word's end and the next line's starts
// "(continued)", so the whole text prints and none is cut off.
void split_tall_rows(Sheet& sheet);

// A line of wrapped text holds its column's width in digits less this, for the
// cell's margins and for a word that prints a little wider than estimated; bold
// headings print about a twentieth wider than plain text ("Co-production" in
// DejaVu Sans Bold is 12.5 digits of its plain font; at a tenth, a heading
// LibreOffice prints in three lines was sized for four).
inline constexpr double k_cell_margin_digits = 0.5;
inline constexpr double k_bold_widening = 1.05;
// How wide `text` prints on one line, in digits of the cell's font, as fit_row_heights() estimates it.
double printed_digits(std::string_view text);

// The width the Rows sheet's columns share out (in characters): one page
// across A4 at 9 point or more (column_points()).
inline constexpr double k_landscape_print_width = 128;

// Printing on A4 with margins of half an inch at either side: the width left
// for the columns (in points), across the page and down it.
inline constexpr double k_side_margin_inches = 0.5;
inline constexpr double k_landscape_page_points = 842 - 72;
inline constexpr double k_portrait_page_points = 595 - 72;
// Cells are in 11 point; printed smaller than 9 point they are hard to read.
inline constexpr double k_font_points = 11;
inline constexpr double k_smallest_legible_points = 9;
// The printed size of a sheet too wide to fit one page across legibly (about 10 point).
inline constexpr unsigned k_spill_scale = 90;

// The chart's size: libxlsxwriter's 480 by 288 pixels, scaled; short enough to print, legend and all, on the
// first page under the Summary's table of one or two inputs (A4 across at full size leaves 516 points), and
// narrow enough to print beside its key in the section column.
inline constexpr double k_chart_x_scale = 1.3;
inline constexpr double k_chart_y_scale = 1.2;
inline constexpr double k_chart_height_points = 288 * 0.75 * k_chart_y_scale;
// The top and bottom margins, with the page header and footer a quarter of an inch from the paper's edge
// within them: narrower than Excel's three quarters of an inch (and 0.3 for the header), which left the Rows
// sheet's tall rows two a page (its 24 rows of the Northbridge pack took 10 pages in LibreOffice).
inline constexpr double k_top_bottom_margin_inches = 0.55;
inline constexpr double k_header_footer_margin_inches = 0.25;
// A4 less the top and bottom margins: the height left for rows.
inline constexpr double k_landscape_page_height_points = 595 - 2 * 72 * k_top_bottom_margin_inches;
inline constexpr double k_portrait_page_height_points = 842 - 2 * 72 * k_top_bottom_margin_inches;

// A column `width` characters wide, in points on the page at full size, as
// LibreOffice draws it without Calibri or Carlito (in DejaVu Sans, 7 points a
// digit), a third wider than Excel in Calibri: a sheet that fits a page so
// measured fits it in either program.
double column_points(double width);

// Fonts differ a little from the estimate (column_points()): a page is
// filled to this share of its width, so a column never spills onto a page of
// its own, and a sheet sized to fit a page legibly does not print smaller; and
// to this share of its height, so a run of rows kept together is not split.
inline constexpr double k_page_filled = 0.97;

// Whether columns of these widths fit one page across A4 (or `share_of_page`
// of its width) with their text at k_smallest_legible_points or more, the
// page scaled in whole per cent.
bool fits_one_page_wide(const std::vector<double>& widths, double share_of_page = 1);

// Prints the sheet down the page (portrait) when its columns fit A4 portrait
// at full size and it holds no chart (about 120 characters wide), else across.
// Fitted to one page wide when that prints its text at k_smallest_legible_points
// or more; else printed at k_spill_scale per cent, page by page across, a
// page breaking before a column group that would not fit whole (the frozen
// columns repeat on each page), and a spread cell cut to the first page.
// Then fits the rows' heights (fit_row_heights()) and starts a new page at a
// row group or the chart that would not fit whole on the page above; where
// the heading row is not printed atop every page, a table (a heading row of
// shaded headings, its lines under it down to a blank row) that would run
// over the foot of a page starts a new page there with its heading row copied in.
// Before any of that, a line too tall for one row goes on under it (split_tall_rows()).
void set_up_printing(Sheet& sheet);

// Column widths that add up to `print_width`: each fixed width as it is (a
// number), each long-text column (nullopt) an equal share of what is left,
// from `narrowest` to `widest` characters.
std::vector<double> share_widths(const std::vector<std::optional<double>>& fixed, double print_width, double narrowest,
                                 double widest);

// The page header as Excel reads it: `text` at the left with each '&' doubled
// (Excel reads &-codes in headers: &P is the page number) and cut to fit
// Excel's 255 characters, the sheet's name at the right.
std::string excel_page_header(std::string_view text);
inline constexpr std::string_view k_excel_page_footer = "&CPage &P of &N";

// Sheets: Summary (section scores, difference, coverage, the web as a radar
// chart; a difference or spread not like for like marked and keyed as compare
// marks it), Change (with earlier periods: each section's score then and now and
// the change, the numbers the evidence pack shows in brackets, marked and keyed
// as the pack marks a change of different rows), Rows, Plan
// (when a plan is given), Web data (the chart's numbers) and Abbreviations (each
// abbreviation the others use, spelled out; when they use any).
Workbook build_scores_workbook(const ScoresWorkbookInput& input);

// Excel's limit on the text in one cell, in UTF-16 code units.
inline constexpr std::size_t k_max_cell_text = 32767;

}  // namespace coprod::render
