// A line whose text is taller than Excel's tallest row goes on in lines of its own, so none is cut off in print.

#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "render/workbook.hpp"

using namespace coprod;
using render::Cell;
using render::CellStyle;

namespace {

// "word1 word2 ... wordN": as many words as asked, each different, so a lost or doubled one shows.
std::string words(int count) {
  std::string text;
  for (int i = 1; i <= count; ++i) text += (i > 1 ? " word" : "word") + std::to_string(i);
  return text;
}

// A heading row (frozen), then one line: a short text and `notes` in a column 12 characters wide.
render::Sheet sheet_with_notes(const std::string& notes) {
  render::Sheet sheet;
  sheet.widths = {8, 12};
  sheet.frozen_rows = 1;
  sheet.rows.push_back({Cell::of_text("Action", CellStyle::header), Cell::of_text("Notes", CellStyle::header)});
  sheet.rows.push_back({Cell::of_text("1"), Cell::of_text(notes)});
  sheet.rows.push_back({Cell::of_text("The end, spread", CellStyle::plain)});
  sheet.spans.push_back({2, 0, 1});
  sheet.row_groups = {2};
  return sheet;
}

// The notes column's text over the lines from `first` to `end`, the words that say it goes on taken out.
std::string joined_notes(const render::Sheet& sheet, std::size_t first, std::size_t end) {
  std::string text;
  for (std::size_t row = first; row < end; ++row) {
    std::string part = sheet.rows[row][1].text;
    if (const auto at = part.find(" (continued below)"); at != std::string::npos) part.erase(at);
    if (part.rfind("(continued) ", 0) == 0) part.erase(0, std::string("(continued) ").size());
    text += (text.empty() ? "" : " ") + part;
  }
  return text;
}

}  // namespace

TEST_CASE("split_tall_rows") {
  const auto most_lines = static_cast<std::size_t>(render::k_tallest_row_points / 15);

  SUBCASE("a text taller than the tallest row goes on in lines under it, every word once, in order") {
    const std::string notes = words(120);  // about 100 lines in 12 characters: four rows' worth
    REQUIRE(render::line_count(notes, 12, false) > most_lines);
    render::Sheet sheet = sheet_with_notes(notes);
    render::split_tall_rows(sheet);
    REQUIRE(sheet.rows.size() > 4);
    const std::size_t end = sheet.rows.size() - 1;  // the spread line, moved down
    CHECK(joined_notes(sheet, 1, end) == notes);
    for (std::size_t row = 1; row < end; ++row) {
      CHECK(render::line_count(sheet.rows[row][1].text, 12, false) <= most_lines);
      const bool goes_on = sheet.rows[row][1].text.find("(continued below)") != std::string::npos;
      const bool went_on = sheet.rows[row][1].text.rfind("(continued) ", 0) == 0;
      CHECK(goes_on == (row + 1 < end));
      CHECK(went_on == (row > 1));
    }
    // The action's number on its first line only; the spread line and its group moved down with it.
    CHECK(sheet.rows[1][0].text == "1");
    CHECK(sheet.rows[2][0].kind == Cell::Kind::blank);
    CHECK(sheet.rows[end][0].text == "The end, spread");
    CHECK(sheet.spans.front().row == end);
    CHECK(sheet.row_groups == std::vector<std::size_t>{end});
  }

  SUBCASE("a text that fits the tallest row stays as it is") {
    render::Sheet sheet = sheet_with_notes(words(20));
    const render::Sheet before = sheet;
    render::split_tall_rows(sheet);
    CHECK(sheet == before);
  }

  SUBCASE("set_up_printing splits, so every row's height fits its text") {
    render::Sheet sheet = sheet_with_notes(words(120));
    render::set_up_printing(sheet);
    for (std::size_t row = 1; row + 1 < sheet.rows.size(); ++row)
      CHECK(15.0 * static_cast<double>(render::line_count(sheet.rows[row][1].text, 12, false)) <= sheet.heights[row]);
  }
}
