// The workbook writer (see xlsx_writer.hpp): everything that calls
// libxlsxwriter, built into the program coprod-xlsx.

#include "cli/xlsx_writer.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <list>
#include <map>
#include <string>
#include <string_view>
#include <xlsxwriter.h>

#include <fmt/format.h>

#include "cli/error.hpp"
#include "render/report.hpp"
#include "render/web_style.hpp"
#include "util/escape.hpp"

namespace coprod::cli {

namespace {

using render::CellStyle;

// Each input's line: the pack's web's colour for it (render/web_style.hpp:
// dark, so it prints near solid in black and white), and its own line pattern
// and marker, so the lines stay apart in greyscale too. Seven marker shapes:
// libxlsxwriter 1.1.4 writes its dash markers as "short_dash" and
// "long_dash", which Excel does not know (it calls the workbook broken), so
// the eighth look takes a diamond again, told apart by its colour and line.
struct SeriesLook {
  std::uint8_t dash;
  std::uint8_t marker;
};
constexpr std::array<SeriesLook, 8> k_series_looks = {{
    {LXW_CHART_LINE_DASH_SOLID, LXW_CHART_MARKER_CIRCLE},
    {LXW_CHART_LINE_DASH_DASH, LXW_CHART_MARKER_SQUARE},
    {LXW_CHART_LINE_DASH_ROUND_DOT, LXW_CHART_MARKER_TRIANGLE},  // the web's shapes, in its order
    {LXW_CHART_LINE_DASH_LONG_DASH, LXW_CHART_MARKER_DIAMOND},
    {LXW_CHART_LINE_DASH_DASH_DOT, LXW_CHART_MARKER_X},
    {LXW_CHART_LINE_DASH_LONG_DASH_DOT, LXW_CHART_MARKER_PLUS},
    {LXW_CHART_LINE_DASH_SQUARE_DOT, LXW_CHART_MARKER_STAR},
    {LXW_CHART_LINE_DASH_LONG_DASH_DOT_DOT, LXW_CHART_MARKER_DIAMOND},
}};

// Input i's colour as the web draws it ("#005A9C"), as libxlsxwriter takes it.
lxw_color_t series_colour(std::size_t input) {
  const std::string_view hex = render::series_style(input).colour.substr(1);
  const auto colour = static_cast<lxw_color_t>(std::stoul(std::string(hex), nullptr, 16));
  return colour == 0 ? static_cast<lxw_color_t>(LXW_COLOR_BLACK) : colour;  // 0x000000 would read as no colour
}

// Excel reads "_x0041_" in a cell's text as an escaped character (here "A");
// libxlsxwriter 1.1.4 writes such text as it is, so its underscore is escaped
// ("_x005F_") to keep the text as typed.
std::string with_literal_escapes(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool escape_like =
        text.compare(i, 2, "_x") == 0 && i + 6 < text.size() && text[i + 6] == '_' &&
        std::all_of(text.begin() + static_cast<long>(i) + 2, text.begin() + static_cast<long>(i) + 6,
                    [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; });
    out += escape_like ? "_x005F" : "";
    out += text[i];
  }
  return out;
}

// One libxlsxwriter workbook being filled; closed (written) by close().
class XlsxWriter {
 public:
  XlsxWriter(const std::string& path, const render::Workbook& workbook) : m_path(path) {
    lxw_workbook_options options{};
    m_book = workbook_new_opt(path.c_str(), &options);
    if (!m_book) throw Error(k_exit_not_written, fmt::format("cannot start the workbook {}", path));
    m_title = util::without_control_characters(workbook.title);
    m_subject = util::without_control_characters(workbook.subject);
    m_page_header = render::excel_page_header(workbook.page_header);
    add_formats();
  }
  ~XlsxWriter() {
    if (m_book) workbook_close(m_book);
  }
  XlsxWriter(const XlsxWriter&) = delete;
  XlsxWriter& operator=(const XlsxWriter&) = delete;

  void set_properties(long created_seconds) {
    lxw_doc_properties properties{};
    properties.title = m_title.data();
    properties.subject = m_subject.data();
    properties.comments = m_comments.data();
    properties.created = static_cast<time_t>(created_seconds);
    check(workbook_set_properties(m_book, &properties));
  }

  void add_sheet(const render::Sheet& sheet) {
    lxw_worksheet* worksheet = workbook_add_worksheet(m_book, sheet.name.c_str());
    if (!worksheet) throw Error(k_exit_internal, fmt::format("cannot add the sheet {}", sheet.name));
    for (std::size_t column = 0; column < sheet.widths.size(); ++column) {
      const auto index = static_cast<lxw_col_t>(column);
      check(worksheet_set_column(worksheet, index, index, sheet.widths[column], nullptr));
    }
    for (std::size_t row = 0; row < sheet.rows.size(); ++row) {
      if (row < sheet.heights.size())
        check(worksheet_set_row(worksheet, static_cast<lxw_row_t>(row), sheet.heights[row], nullptr));
      for (std::size_t column = 0; column < sheet.rows[row].size(); ++column) {
        write_cell(worksheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column), sheet.rows[row][column]);
      }
    }
    for (const auto& span : sheet.spans) spread_cell(worksheet, sheet, span);
    if (sheet.frozen_rows > 0 || sheet.frozen_columns > 0) {
      worksheet_freeze_panes(worksheet, static_cast<lxw_row_t>(sheet.frozen_rows),
                             static_cast<lxw_col_t>(sheet.frozen_columns));
    }
    set_up_printing(worksheet, sheet);
    m_sheets.emplace_back(worksheet, &sheet);
  }

  // Printed on A4, across the page when the sheet asks; one page wide and as
  // many tall as it takes, or at the sheet's printed size page by page across
  // (then down), its frozen columns on every page; its frozen rows (the
  // headings, and on the Plan sheet the statuses line above them) atop every
  // page, the page header (areas and periods, the sheet's name) above and
  // "Page N of M" below.
  void set_up_printing(lxw_worksheet* worksheet, const render::Sheet& sheet) {
    constexpr std::uint8_t k_a4_paper = 9;
    worksheet_set_paper(worksheet, k_a4_paper);
    if (sheet.landscape) worksheet_set_landscape(worksheet);
    else worksheet_set_portrait(worksheet);
    worksheet_set_margins(worksheet, render::k_side_margin_inches, render::k_side_margin_inches,
                          render::k_top_bottom_margin_inches, render::k_top_bottom_margin_inches);
    if (sheet.print_scale == 0) worksheet_fit_to_pages(worksheet, 1, 0);
    else set_page_breaks(worksheet, sheet);
    // Printed too, so a row is easy to follow on paper; not around the chart, where they would cross empty cells.
    if (!sheet.chart) worksheet_gridlines(worksheet, LXW_SHOW_ALL_GRIDLINES);
    if (sheet.frozen_rows > 0 && sheet.heading_on_every_page)
      check(worksheet_repeat_rows(worksheet, 0, static_cast<lxw_row_t>(sheet.frozen_rows - 1)));
    if (sheet.frozen_columns > 0)
      check(worksheet_repeat_columns(worksheet, 0, static_cast<lxw_col_t>(sheet.frozen_columns - 1)));
    auto& row_breaks = m_row_breaks.emplace_back(break_list<lxw_row_t>(sheet.row_page_breaks, LXW_ROW_MAX));
    if (!row_breaks.empty()) check(worksheet_set_h_pagebreaks(worksheet, row_breaks.data()));
    lxw_header_footer_options edge{};
    edge.margin = render::k_header_footer_margin_inches;
    check(worksheet_set_header_opt(worksheet, m_page_header.c_str(), &edge));
    check(worksheet_set_footer_opt(worksheet, render::k_excel_page_footer.data(), &edge));
  }

  void set_page_breaks(lxw_worksheet* worksheet, const render::Sheet& sheet) {
    worksheet_set_print_scale(worksheet, static_cast<std::uint16_t>(sheet.print_scale));
    worksheet_print_across(worksheet);
    auto& breaks = m_column_breaks.emplace_back(break_list<lxw_col_t>(sheet.page_breaks, LXW_COL_MAX));
    if (!breaks.empty()) check(worksheet_set_v_pagebreaks(worksheet, breaks.data()));
  }

  // libxlsxwriter reads breaks up to a 0, and Excel takes at most 1023.
  template <typename Index>
  static std::vector<Index> break_list(const std::vector<std::size_t>& breaks, std::size_t past_last) {
    constexpr std::size_t k_most_breaks = 1023;
    std::vector<Index> list;
    for (const std::size_t index : breaks)
      if (index > 0 && index < past_last && list.size() < k_most_breaks) list.push_back(static_cast<Index>(index));
    if (!list.empty()) list.push_back(0);
    return list;
  }

  // Charts refer to other sheets by name, so they are added once every sheet is.
  void add_charts() {
    for (const auto& [worksheet, sheet] : m_sheets) {
      if (sheet->chart) add_radar_chart(worksheet, *sheet->chart);
    }
  }

  void close() {
    const lxw_error error = workbook_close(m_book);
    m_book = nullptr;
    if (error != LXW_NO_ERROR) {
      throw Error(k_exit_not_written,
                  fmt::format("cannot write {}: {}; nothing was changed (a file already there is as "
                              "it was), so check the disk space and the folder",
                              m_path, lxw_strerror(error)));
    }
  }

 private:
  void add_formats() {
    const auto add = [&](CellStyle style) {
      lxw_format* format = workbook_add_format(m_book);
      format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
      m_formats[style] = format;
      return format;
    };
    format_set_text_wrap(add(CellStyle::plain));
    add(CellStyle::note);
    lxw_format* title = add(CellStyle::title);
    format_set_bold(title);
    format_set_font_size(title, 14);
    format_set_text_wrap(title);  // spread across its table, so it prints within the page
    lxw_format* header = add(CellStyle::header);
    format_set_bold(header);
    format_set_text_wrap(header);
    format_set_bg_color(header, 0xDDEBF7);
    format_set_bottom(header, LXW_BORDER_THIN);
    format_set_num_format(add(CellStyle::score), "0.0");
    format_set_num_format(add(CellStyle::difference), "+0.0;-0.0;0.0");
    // The mark in quotation marks: a number format's literal text.
    format_set_num_format(
        add(CellStyle::marked_difference),
        fmt::format("+0.0\"{0}\";-0.0\"{0}\";0.0\"{0}\"", render::k_change_of_different_rows_mark).c_str());
    format_set_num_format(add(CellStyle::marked_spread),
                          fmt::format("0.0\"{0}\"", render::k_change_of_different_rows_mark).c_str());
    format_set_num_format(add(CellStyle::count), "0");
    format_set_num_format(add(CellStyle::date), "yyyy-mm-dd");
    lxw_format* missing = add(CellStyle::missing);
    format_set_italic(missing);
    format_set_font_color(missing, 0x595959);
    format_set_align(missing, LXW_ALIGN_RIGHT);
    format_set_text_wrap(missing);
    lxw_format* missing_text = add(CellStyle::missing_text);
    format_set_italic(missing_text);
    format_set_font_color(missing_text, 0x595959);
    format_set_text_wrap(missing_text);
  }

  // Text is always written as a string (worksheet_write_string), never as a
  // formula, whatever it starts with.
  void write_cell(lxw_worksheet* worksheet, lxw_row_t row, lxw_col_t column, const render::Cell& cell) {
    lxw_format* format = m_formats.at(cell.style);
    switch (cell.kind) {
      case render::Cell::Kind::blank: return;
      case render::Cell::Kind::text:
        check(worksheet_write_string(worksheet, row, column, with_literal_escapes(cell.text).c_str(), format));
        return;
      case render::Cell::Kind::number:
        check(worksheet_write_number(worksheet, row, column, cell.number, format));
        return;
    }
  }

  void add_radar_chart(lxw_worksheet* worksheet, const render::RadarChart& spec) {
    lxw_chart* chart = workbook_add_chart(m_book, LXW_CHART_RADAR);
    const char* data = spec.data_sheet.c_str();
    const auto first = static_cast<lxw_row_t>(spec.first_row);
    const auto last = static_cast<lxw_row_t>(spec.last_row);
    const auto categories = static_cast<lxw_col_t>(spec.category_column);
    for (std::size_t i = 0; i < spec.series.size(); ++i) {
      const auto column = static_cast<lxw_col_t>(spec.series[i].column);
      lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
      chart_series_set_categories(series, data, first, categories, last, categories);
      chart_series_set_values(series, data, first, column, last, column);
      // The name from its heading cell: chart_series_set_name() would read text starting with = as a formula.
      chart_series_set_name_range(series, data, first - 1, column);
      style_series(series, series_colour(i), k_series_looks[i % k_series_looks.size()],
                   line_width(i, spec.series.size()), spec.series[i].marker_size, i > 0);
    }
    chart_title_set_name(chart, spec.title.c_str());
    lxw_chart_font title_font{};
    title_font.size = 12;  // the default 14 point took room from the web
    title_font.bold = LXW_EXPLICIT_FALSE;
    chart_title_set_name_font(chart, &title_font);
    chart_axis_set_min(chart->y_axis, 0);
    chart_axis_set_max(chart->y_axis, 5);
    chart_axis_set_major_unit(chart->y_axis, 1);
    // No scale numbers, which sat on the lines along the first spoke: the rings are 1 to 5 (the key says so).
    chart_axis_off(chart->y_axis);
    chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
    // The sections' names, the scale and the legend in 11 point, as the cells: the default 10, printed on a
    // page fitted one page wide, came out at 8.4 point.
    lxw_chart_font font{};
    font.size = render::k_font_points;
    chart_axis_set_num_font(chart->x_axis, &font);
    chart_axis_set_num_font(chart->y_axis, &font);
    chart_legend_set_font(chart, &font);
    chart_show_blanks_as(chart, LXW_CHART_BLANKS_AS_GAP);
    lxw_chart_options options{};
    options.x_scale = render::k_chart_x_scale;
    options.y_scale = render::k_chart_y_scale;
    // A few pixels down its row: a chart at the top of a printed page otherwise left its frame's top edge at
    // the foot of the page before.
    options.y_offset = 3;
    options.description = m_chart_description.data();
    check(worksheet_insert_chart_opt(worksheet, static_cast<lxw_row_t>(spec.anchor_row),
                                     static_cast<lxw_col_t>(spec.anchor_column), chart, &options));
  }

  // Each series' line thinner than the one before (drawn under it), so where two inputs score the same the
  // earlier shows either side of the later, its own pattern in the later's gaps, rather than hidden under it.
  static double line_width(std::size_t series, std::size_t count) {
    constexpr double k_thinnest = 2.25;
    const double step = count < 2 ? 0 : std::min(1.5, 4.0 / static_cast<double>(count - 1));
    return k_thinnest + step * static_cast<double>(count - 1 - series);
  }

  // Markers have a white edge, so a smaller one drawn on a larger one (an equal score) stands out: thin on the
  // first series' markers, and wider on each later one's (`over_another`), which at an equal score sits on a
  // marker before it, where two greys alone (printed in black and white) were hard to tell apart.
  static void style_series(lxw_chart_series* series, lxw_color_t colour, const SeriesLook& look, double width,
                           std::size_t marker_size, bool over_another) {
    lxw_chart_line line{};
    line.color = colour;
    line.width = static_cast<float>(width);
    line.dash_type = look.dash;
    chart_series_set_line(series, &line);
    chart_series_set_marker_type(series, look.marker);
    chart_series_set_marker_size(series, static_cast<std::uint8_t>(std::clamp<std::size_t>(marker_size, 2, 72)));
    lxw_chart_fill fill{};
    fill.color = colour;
    chart_series_set_marker_fill(series, &fill);
    lxw_chart_line edge{};
    edge.color = LXW_COLOR_WHITE;
    edge.width = over_another ? 1.5F : 0.75F;
    chart_series_set_marker_line(series, &edge);
  }

  // The span's first cell (already written) again, merged over the span's
  // columns, wrapped so it stays within them (the title in its own style).
  void spread_cell(lxw_worksheet* worksheet, const render::Sheet& sheet, const render::CellSpan& span) {
    if (span.row >= sheet.rows.size() || span.column >= sheet.rows[span.row].size()) return;
    const render::Cell& cell = sheet.rows[span.row][span.column];
    if (cell.kind != render::Cell::Kind::text || span.last_column <= span.column) return;
    check(worksheet_merge_range(worksheet, static_cast<lxw_row_t>(span.row), static_cast<lxw_col_t>(span.column),
                                static_cast<lxw_row_t>(span.row), static_cast<lxw_col_t>(span.last_column),
                                with_literal_escapes(cell.text).c_str(),
                                m_formats.at(cell.style == CellStyle::title ? CellStyle::title : CellStyle::plain)));
  }

  void check(lxw_error error) const {
    if (error != LXW_NO_ERROR) {
      throw Error(k_exit_internal, fmt::format("cannot build the workbook {}: {}", m_path, lxw_strerror(error)));
    }
  }

  std::string m_path;
  lxw_workbook* m_book = nullptr;
  std::string m_title;
  std::string m_subject;
  std::string m_page_header;
  std::string m_comments = "Made by coprod from the assessment files; every number is recomputed from them.";
  std::string m_chart_description =
      "Radar chart of each section's score, one line per assessment; the numbers are on the Web data sheet.";
  std::map<CellStyle, lxw_format*> m_formats;
  // Each sheet's page breaks, kept until the workbook is written: older libxlsxwriter keeps only a pointer to them.
  std::list<std::vector<lxw_col_t>> m_column_breaks;
  std::list<std::vector<lxw_row_t>> m_row_breaks;
  std::vector<std::pair<lxw_worksheet*, const render::Sheet*>> m_sheets;
};

}  // namespace

XlsxResult write_xlsx(const render::Workbook& workbook, const std::string& path) noexcept {
  try {
    XlsxWriter writer(path, workbook);
    writer.set_properties(workbook.created_seconds);
    for (const auto& sheet : workbook.sheets) writer.add_sheet(sheet);
    writer.add_charts();
    writer.close();
    return {};
  } catch (const Error& error) {
    return {error.code(), error.what()};
  } catch (const std::exception& error) {
    return {k_exit_internal, error.what()};
  } catch (...) {
    return {k_exit_internal, "the workbook writer failed"};
  }
}

}  // namespace coprod::cli
