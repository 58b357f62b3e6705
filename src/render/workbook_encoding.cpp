#include "render/workbook_encoding.hpp"

#include <array>
#include <charconv>
#include <cstddef>
#include <optional>
#include <utility>

#include <fmt/format.h>

namespace coprod::render {

namespace {

constexpr std::string_view k_format = "coprod-workbook/3";
constexpr std::size_t k_smallest_field = 3;  // "0:" and a line break

constexpr std::array<std::pair<CellStyle, std::string_view>, 12> k_style_names = {{
    {CellStyle::plain, "plain"},
    {CellStyle::note, "note"},
    {CellStyle::title, "title"},
    {CellStyle::header, "header"},
    {CellStyle::score, "score"},
    {CellStyle::difference, "difference"},
    {CellStyle::marked_difference, "marked-difference"},
    {CellStyle::marked_spread, "marked-spread"},
    {CellStyle::count, "count"},
    {CellStyle::date, "date"},
    {CellStyle::missing, "missing"},
    {CellStyle::missing_text, "missing-text"},
}};

std::string_view style_name(CellStyle style) {
  for (const auto& [value, name] : k_style_names) {
    if (value == style) return name;
  }
  return "plain";
}

std::optional<CellStyle> style_named(std::string_view wanted) {
  for (const auto& [value, name] : k_style_names) {
    if (name == wanted) return value;
  }
  return std::nullopt;
}

std::string_view kind_name(Cell::Kind kind) {
  switch (kind) {
    case Cell::Kind::blank: return "blank";
    case Cell::Kind::text: return "text";
    case Cell::Kind::number: return "number";
  }
  return "blank";
}

// Appends fields to the encoding.
class FieldWriter {
 public:
  void text(std::string_view value) {
    m_out += fmt::format("{}:", value.size());
    m_out += value;
    m_out += '\n';
  }
  void whole(long long value) { text(fmt::format("{}", value)); }
  void count(std::size_t value) { text(fmt::format("{}", value)); }
  // fmt writes the shortest text that reads back as the same double.
  void number(double value) { text(fmt::format("{}", value)); }
  std::string take() { return std::move(m_out); }

 private:
  std::string m_out;
};

void write_chart(FieldWriter& out, const std::optional<RadarChart>& chart) {
  if (!chart) return out.text("none");
  out.text("radar");
  out.text(chart->title);
  out.text(chart->data_sheet);
  out.count(chart->first_row);
  out.count(chart->last_row);
  out.count(chart->category_column);
  out.count(chart->series.size());
  for (const auto& series : chart->series) {
    out.text(series.name);
    out.count(series.column);
    out.count(series.marker_size);
  }
  out.count(chart->anchor_row);
  out.count(chart->anchor_column);
}

void write_cell(FieldWriter& out, const Cell& cell) {
  out.text(kind_name(cell.kind));
  out.text(style_name(cell.style));
  if (cell.kind == Cell::Kind::text) out.text(cell.text);
  if (cell.kind == Cell::Kind::number) out.number(cell.number);
}

void write_sheet(FieldWriter& out, const Sheet& sheet) {
  out.text(sheet.name);
  out.count(sheet.widths.size());
  for (const double width : sheet.widths) out.number(width);
  out.count(sheet.heights.size());
  for (const double height : sheet.heights) out.number(height);
  out.count(sheet.frozen_rows);
  out.count(sheet.frozen_columns);
  out.count(sheet.landscape ? 1 : 0);
  out.count(sheet.heading_on_every_page ? 1 : 0);
  out.count(sheet.print_scale);
  out.count(sheet.page_breaks.size());
  for (const std::size_t column : sheet.page_breaks) out.count(column);
  out.count(sheet.row_page_breaks.size());
  for (const std::size_t row : sheet.row_page_breaks) out.count(row);
  out.count(sheet.spans.size());
  for (const auto& span : sheet.spans) {
    out.count(span.row);
    out.count(span.column);
    out.count(span.last_column);
  }
  out.count(sheet.rows.size());
  for (const auto& row : sheet.rows) {
    out.count(row.size());
    for (const auto& cell : row) write_cell(out, cell);
  }
  write_chart(out, sheet.chart);
}

// Reads fields in order. The first problem is kept and every later read
// gives an empty or zero value, so a caller checks once, at the end.
class FieldReader {
 public:
  explicit FieldReader(std::string_view input) : m_input(input) {}

  bool ok() const { return m_problem.empty(); }
  const std::string& problem() const { return m_problem; }
  void expect_end() {
    m_field_start = m_offset;
    if (m_offset != m_input.size()) fail("the end", "more data follows the last sheet");
  }

  std::string_view text(std::string_view what) {
    if (!ok()) return {};
    m_field_start = m_offset;
    const std::size_t colon = m_input.find(':', m_offset);
    std::size_t length = 0;
    if (colon == std::string_view::npos || !parse(m_input.substr(m_offset, colon - m_offset), length)) {
      fail(what, "a field's length is missing or not a number");
      return {};
    }
    // The value and its line break must fit in what follows the colon.
    if (length >= m_input.size() - colon - 1 || m_input[colon + 1 + length] != '\n') {
      fail(what, "the field is cut short or does not end with a line break");
      return {};
    }
    const std::string_view value = m_input.substr(colon + 1, length);
    m_offset = colon + 2 + length;
    return value;
  }

  // A count of items that each take at least `smallest_item` bytes: more
  // than the rest of the input could hold is refused.
  std::size_t count(std::string_view what, std::size_t smallest_item = k_smallest_field) {
    const std::size_t value = whole<std::size_t>(what);
    if (ok() && value > (m_input.size() - m_offset) / smallest_item) {
      fail(what, "the count is larger than the rest of the data could hold");
      return 0;
    }
    return value;
  }

  template <class Whole>
  Whole whole(std::string_view what) {
    Whole value{};
    const std::string_view field = text(what);
    if (ok() && !parse(field, value)) fail(what, "not a whole number");
    return value;
  }

  double number(std::string_view what) {
    double value = 0;
    const std::string_view field = text(what);
    if (ok() && !parse(field, value)) fail(what, "not a number");
    return value;
  }

  // Keeps the first problem, placed at the start of the field read last.
  void fail(std::string_view what, std::string_view why) {
    if (ok()) m_problem = fmt::format("{} at byte {}: {}", what, m_field_start, why);
  }

 private:
  template <class Value>
  static bool parse(std::string_view text, Value& value) {
    const char* end = text.data() + text.size();
    const auto [stop, error] = std::from_chars(text.data(), end, value);
    return !text.empty() && error == std::errc{} && stop == end;
  }

  std::string_view m_input;
  std::size_t m_offset = 0;       // where the next field starts
  std::size_t m_field_start = 0;  // where the field read last starts
  std::string m_problem;
};

Cell read_cell(FieldReader& in) {
  Cell cell;
  const std::string_view kind = in.text("a cell's kind");
  const std::optional<CellStyle> style = style_named(in.text("a cell's style"));
  if (style) cell.style = *style;
  if (!style) in.fail("a cell's style", "not a style coprod knows");
  if (kind == "text") {
    cell.kind = Cell::Kind::text;
    cell.text = in.text("a cell's text");
  } else if (kind == "number") {
    cell.kind = Cell::Kind::number;
    cell.number = in.number("a cell's number");
  } else if (kind != "blank") {
    in.fail("a cell's kind", "not blank, text or number");
  }
  return cell;
}

std::vector<double> read_numbers(FieldReader& in, std::string_view what) {
  std::vector<double> numbers(in.count(what));
  for (double& number : numbers) number = in.number(what);
  return numbers;
}

std::optional<RadarChart> read_chart(FieldReader& in) {
  const std::string_view kind = in.text("a sheet's chart");
  if (kind == "none" || !in.ok()) return std::nullopt;
  if (kind != "radar") {
    in.fail("a sheet's chart", "neither none nor radar");
    return std::nullopt;
  }
  RadarChart chart;
  chart.title = in.text("the chart's title");
  chart.data_sheet = in.text("the chart's data sheet");
  chart.first_row = in.whole<std::size_t>("the chart's first row");
  chart.last_row = in.whole<std::size_t>("the chart's last row");
  chart.category_column = in.whole<std::size_t>("the chart's category column");
  chart.series.resize(in.count("the chart's series", 3 * k_smallest_field));
  for (auto& series : chart.series) {
    series.name = in.text("a series' name");
    series.column = in.whole<std::size_t>("a series' column");
    series.marker_size = in.whole<std::size_t>("a series' marker size");
  }
  chart.anchor_row = in.whole<std::size_t>("the chart's anchor row");
  chart.anchor_column = in.whole<std::size_t>("the chart's anchor column");
  return chart;
}

Sheet read_sheet(FieldReader& in) {
  Sheet sheet;
  sheet.name = in.text("a sheet's name");
  sheet.widths = read_numbers(in, "a column width");
  sheet.heights = read_numbers(in, "a row height");
  sheet.frozen_rows = in.whole<std::size_t>("a sheet's frozen rows");
  sheet.frozen_columns = in.whole<std::size_t>("a sheet's frozen columns");
  const auto landscape = in.whole<int>("a sheet's orientation");
  if (landscape != 0 && landscape != 1) in.fail("a sheet's orientation", "neither 0 (portrait) nor 1 (landscape)");
  sheet.landscape = landscape == 1;
  const auto heading = in.whole<int>("whether a sheet's heading is on every page");
  if (heading != 0 && heading != 1) in.fail("whether a sheet's heading is on every page", "neither 0 nor 1");
  sheet.heading_on_every_page = heading == 1;
  sheet.print_scale = in.whole<unsigned>("a sheet's printed size");
  if (sheet.print_scale != 0 && (sheet.print_scale < 10 || sheet.print_scale > 400))
    in.fail("a sheet's printed size", "neither 0 (one page wide) nor from 10 to 400 per cent");
  sheet.page_breaks.resize(in.count("a sheet's page breaks"));
  for (auto& column : sheet.page_breaks) column = in.whole<std::size_t>("a page break");
  sheet.row_page_breaks.resize(in.count("a sheet's page breaks down"));
  for (auto& row : sheet.row_page_breaks) row = in.whole<std::size_t>("a page break down");
  sheet.spans.resize(in.count("a sheet's spread cells", 3 * k_smallest_field));
  for (auto& span : sheet.spans) {
    span.row = in.whole<std::size_t>("a spread cell's row");
    span.column = in.whole<std::size_t>("a spread cell's column");
    span.last_column = in.whole<std::size_t>("a spread cell's last column");
  }
  sheet.rows.resize(in.count("a sheet's rows"));
  for (auto& row : sheet.rows) {
    row.resize(in.count("a row's cells", 2 * k_smallest_field));
    for (auto& cell : row) cell = read_cell(in);
  }
  sheet.chart = read_chart(in);
  return sheet;
}

}  // namespace

std::string encode_workbook(const Workbook& workbook) {
  FieldWriter out;
  out.text(k_format);
  out.text(workbook.title);
  out.text(workbook.subject);
  out.text(workbook.page_header);
  out.whole(workbook.created_seconds);
  out.count(workbook.sheets.size());
  for (const auto& sheet : workbook.sheets) write_sheet(out, sheet);
  return out.take();
}

util::Result<Workbook> decode_workbook(std::string_view encoded) {
  FieldReader in(encoded);
  if (in.text("the format") != k_format) in.fail("the format", "not coprod-workbook/3");
  Workbook workbook;
  workbook.title = in.text("the title");
  workbook.subject = in.text("the subject");
  workbook.page_header = in.text("the page header");
  workbook.created_seconds = in.whole<long>("the creation time");
  workbook.sheets.resize(in.count("the number of sheets"));
  for (auto& sheet : workbook.sheets) sheet = read_sheet(in);
  in.expect_end();
  if (!in.ok()) {
    return util::Diagnostic{util::Severity::error, "workbook data", {}, "malformed workbook data: " + in.problem()};
  }
  return workbook;
}

}  // namespace coprod::render
