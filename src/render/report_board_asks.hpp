#pragma once
// What the co-production group asks the board to do (the plan's
// 'asks_of_the_board'), which page 1 of the evidence pack opens with, as a
// board paper does ("The board is asked to: note...; agree..."). Printed, the
// asks take at most k_board_asks_room of page 1 (less when the web, the
// scores, the lists' headings under them and the row that differs most need
// more), so that those stay on it: asks beyond that are listed in full in the
// plan's part, and page 1 says how many and where. Nothing at all when there are none.

#include <cstddef>
#include <string>
#include <string_view>

#include "render/abbreviations.hpp"
#include "render/report.hpp"

namespace coprod::render {

inline constexpr std::string_view k_board_asks_heading = "What we ask the board to do";

// The most of page 1's printed height the asks take, in CSS px (a fifth of the page: about 12 lines).
inline constexpr double k_board_asks_room = 200;

// The room page 1 has for its asks, in CSS px: k_board_asks_room, or less where the web, the section scores
// and the least of the lists under them would not fit page 1 with that much (report_summary_html.cpp). The
// least of the lists holds the row that differs most (and any tied with it): it comes before any ask, unless
// that leaves less room than least_board_asks_height(); then the asks' box comes first, and the row only if
// it fits after it.
double page_one_asks_room(const Report& report);

// How tall page 1's asks print at the least: the box, its heading and the line that says where they all are
// (none listed); 0 when the pack has no plan or the plan asks nothing.
double least_board_asks_height(const Report& report);

// Page 1's block of asks (empty when the pack has no plan or the plan asks
// nothing) and how tall it prints, in CSS px (see page_one_room.hpp).
struct BoardAsksBlock {
  std::string html;
  double height = 0;
};
BoardAsksBlock summary_board_asks_html(const Report& report, Abbreviations& abbreviations);

// How many of the asks, from the first, page 1 prints whole in page_one_asks_room(),
// measured as it prints them: each with the abbreviations it is the first to
// use spelled out, those of page 1's header (page_one_header_text()) already
// spelled out there.
std::size_t board_asks_on_page_one(const Report& report);

// The plan's part: every ask, numbered, under k_board_asks_heading, when page 1
// could not print them all; else empty (they are on page 1 already).
std::string board_asks_in_full_html(const Report& report);

}  // namespace coprod::render
