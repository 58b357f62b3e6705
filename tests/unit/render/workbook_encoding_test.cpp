#include "render/workbook_encoding.hpp"

#include <cmath>
#include <limits>
#include <string>

#include <doctest/doctest.h>

#include "render/workbook.hpp"

using namespace coprod;
using render::Cell;
using render::CellStyle;

namespace {

Cell text_cell(std::string text, CellStyle style) {
  Cell cell;
  cell.kind = Cell::Kind::text;
  cell.text = std::move(text);
  cell.style = style;
  return cell;
}

// Every cell kind and style, awkward text and numbers, a chart, an empty sheet.
render::Workbook full_workbook() {
  render::Workbook workbook;
  workbook.title = "Northbridge — 2026-Q4 \xF0\x9F\x8C\x8D";
  workbook.subject = "scores\nwith a line break and a colon: 5:x\n";
  workbook.page_header = "Health & Care: &P";
  workbook.created_seconds = -86400;
  render::Sheet summary;
  summary.name = "Summary";
  summary.widths = {12.5, 0.1, 1e300, 8.43};
  summary.heights = {15, 21, 409, 4.9e-324};
  summary.frozen_rows = 2;
  summary.frozen_columns = 1;
  summary.landscape = true;
  summary.print_scale = 90;
  summary.page_breaks = {2, 3};
  summary.row_page_breaks = {4};
  summary.heading_on_every_page = false;
  summary.spans = {{0, 0, 3}, {1, 2, 2}};
  summary.rows.push_back({text_cell("Title", CellStyle::title), Cell::blank(), text_cell("", CellStyle::note)});
  summary.rows.push_back({text_cell("=HYPERLINK(\"x\") _x0041_", CellStyle::header),
                          text_cell(std::string("nul\0tab\tbell\a\x7f end", 18), CellStyle::plain),
                          text_cell("not scored", CellStyle::missing)});
  summary.rows.push_back({Cell::of_number(3.25, CellStyle::score), Cell::of_number(-0.0, CellStyle::difference),
                          Cell::of_number(0.1 + 0.2, CellStyle::marked_difference),
                          Cell::of_number(17, CellStyle::count), Cell::of_number(46000, CellStyle::date),
                          Cell::of_number(-1e-310, CellStyle::plain),
                          Cell::of_number(std::numeric_limits<double>::infinity(), CellStyle::score)});
  summary.rows.push_back({});
  render::RadarChart chart;
  chart.title = "The web: ünïcödé";
  chart.data_sheet = "Web data";
  chart.first_row = 1;
  chart.last_row = 8;
  chart.category_column = 0;
  chart.series = {{"Organisation", 1, 11}, {"", 2, 8}, {"People\r\nwho use services", 3, 5}};
  chart.anchor_row = 5;
  chart.anchor_column = 2;
  summary.chart = chart;
  workbook.sheets.push_back(summary);
  workbook.sheets.push_back(render::Sheet{});
  render::Sheet web_data;
  web_data.name = "Web data";
  web_data.rows = {{Cell::blank()}, {Cell::blank(), Cell::blank()}};
  workbook.sheets.push_back(web_data);
  return workbook;
}

std::string problem(const util::Result<render::Workbook>& decoded) {
  REQUIRE_FALSE(decoded.ok());
  REQUIRE(decoded.problems().size() == 1);
  return decoded.problems().front().message;
}

}  // namespace

TEST_CASE("encode_workbook and decode_workbook") {
  SUBCASE("a workbook with every kind of cell and style, a chart and an empty sheet reads back the same") {
    const render::Workbook workbook = full_workbook();
    const auto decoded = render::decode_workbook(render::encode_workbook(workbook));
    REQUIRE(decoded.ok());
    CHECK(*decoded == workbook);
    CHECK(std::signbit(decoded->sheets[0].rows[2][1].number));
    CHECK(decoded->sheets[0].rows[1][1].text == std::string("nul\0tab\tbell\a\x7f end", 18));
    CHECK(decoded->sheets[0].rows[2][2].number == 0.1 + 0.2);
  }
  SUBCASE("a workbook with no sheets") {
    const render::Workbook workbook;
    const std::string encoded = render::encode_workbook(workbook);
    CHECK(encoded == "17:coprod-workbook/3\n0:\n0:\n0:\n1:0\n1:0\n");
    const auto decoded = render::decode_workbook(encoded);
    REQUIRE(decoded.ok());
    CHECK(*decoded == workbook);
  }
  SUBCASE("fields are lengths, a colon, the bytes and a line break") {
    render::Workbook workbook;
    workbook.title = "a\nb";
    workbook.sheets.push_back(render::Sheet{});
    workbook.sheets[0].name = "S";
    workbook.sheets[0].rows = {{text_cell("x", CellStyle::plain), Cell::of_number(2.5, CellStyle::score)}};
    CHECK(render::encode_workbook(workbook) ==
          "17:coprod-workbook/3\n3:a\nb\n0:\n0:\n1:0\n1:1\n"
          "1:S\n1:0\n1:0\n1:0\n1:0\n1:0\n1:1\n1:0\n1:0\n1:0\n1:0\n1:1\n1:2\n4:text\n5:plain\n1:x\n6:number\n5:score\n3:"
          "2.5\n4:none\n");
  }
}

TEST_CASE("decode_workbook refuses malformed input") {
  const std::string good = render::encode_workbook(full_workbook());

  SUBCASE("every cut-short prefix is an error, not a crash") {
    for (std::size_t length = 0; length < good.size(); ++length) {
      const auto decoded = render::decode_workbook(std::string_view(good).substr(0, length));
      CHECK_FALSE(decoded.ok());
    }
  }
  SUBCASE("every byte changed in turn gives a workbook or an error, never a crash") {
    for (std::size_t i = 0; i < good.size(); ++i) {
      for (const char replacement : {'\0', '9', ':', '\n', '\xff'}) {
        std::string damaged = good;
        damaged[i] = replacement;
        (void)render::decode_workbook(damaged);
      }
    }
  }
  SUBCASE("the problems say what is wrong") {
    CHECK(problem(render::decode_workbook("")) ==
          "malformed workbook data: the format at byte 0: a field's length is missing or not a number");
    CHECK(problem(render::decode_workbook("17:coprod-workbook/1\n")) ==
          "malformed workbook data: the format at byte 0: not coprod-workbook/3");
    CHECK(problem(render::decode_workbook("99999999999999999999999:x\n")).find("the format at byte 0") !=
          std::string::npos);
    CHECK(problem(render::decode_workbook("5:ab\n")) ==
          "malformed workbook data: the format at byte 0: the field is cut short or does not end with a line break");
    CHECK(problem(render::decode_workbook("-1:\n")).find("not a number") != std::string::npos);
  }
  SUBCASE("a count larger than the input could hold is refused before anything is allocated") {
    CHECK(problem(render::decode_workbook("17:coprod-workbook/3\n0:\n0:\n0:\n1:0\n20:18446744073709551615\n")) ==
          "malformed workbook data: the number of sheets at byte 34: the count is larger than the rest of the data "
          "could hold");
  }
  SUBCASE("unknown kinds, styles and charts, bad numbers and trailing data") {
    const std::string start =
        "17:coprod-workbook/3\n0:\n0:\n0:\n1:0\n1:1\n1:S\n1:0\n1:0\n1:0\n1:0\n1:0\n1:1\n1:0\n1:0\n1:0\n1:0\n1:1\n1:1\n";
    CHECK(problem(render::decode_workbook(start + "4:word\n5:plain\n4:none\n")).find("not blank, text or number") !=
          std::string::npos);
    CHECK(problem(render::decode_workbook(start + "5:blank\n4:bold\n4:none\n")).find("not a style coprod knows") !=
          std::string::npos);
    CHECK(problem(render::decode_workbook(start + "6:number\n5:score\n3:1,5\n4:none\n")).find("not a number") !=
          std::string::npos);
    CHECK(problem(render::decode_workbook(start + "5:blank\n5:plain\n3:pie\n")).find("neither none nor radar") !=
          std::string::npos);
    CHECK(problem(render::decode_workbook(start + "5:blank\n5:plain\n4:none\n1:x\n"))
              .find("more data follows the last sheet") != std::string::npos);
    CHECK(render::decode_workbook(start + "5:blank\n5:plain\n4:none\n").ok());
    const std::string sideways = "17:coprod-workbook/3\n0:\n0:\n0:\n1:0\n1:1\n1:S\n1:0\n1:0\n1:0\n1:0\n1:2\n";
    CHECK(problem(render::decode_workbook(sideways)).find("neither 0 (portrait) nor 1 (landscape)") !=
          std::string::npos);
    const std::string tiny = "17:coprod-workbook/3\n0:\n0:\n0:\n1:0\n1:1\n1:S\n1:0\n1:0\n1:0\n1:0\n1:1\n1:1\n1:5\n";
    CHECK(problem(render::decode_workbook(tiny)).find("neither 0 (one page wide) nor from 10 to 400 per cent") !=
          std::string::npos);
  }
}
