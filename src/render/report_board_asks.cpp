// Page 1's "What we ask the board to do", and the asks in full where page 1 has no room for them.

#include "render/report_board_asks.hpp"

#include <fmt/format.h>

#include "render/page_one_room.hpp"
#include "render/report_html_parts.hpp"
#include "render/report_parts.hpp"
#include "util/escape.hpp"

namespace coprod::render {

namespace {

using util::xml_text;

// The heading, with no margin over it at the top of its box.
constexpr double k_heading_height = k_page_one_heading_line + k_page_one_heading_under;
// Printed, the box's padding, border and margin: across (.6rem each side and 2 px borders) and down (.3rem
// each side, the borders, and .3rem under it).
constexpr double k_box_across = 23.2;
constexpr double k_box_down = 18.4;
// The list's margin under it (.2rem) beyond the gap over each ask (ask_height()); the heading's over it takes in
// the list's own.
constexpr double k_list_margins = 1.6;

// An ask, with the abbreviations spelled out under it, and the gap between it and the ask before it.
double ask_height(const std::string& ask, const std::string& spelled) {
  const double inner = k_page_one_width - k_box_across - k_page_one_list_indent;
  return printed_text_height(ask, inner) +
         printed_text_height(shown_text(spelled), inner, k_page_one_text * 0.85, k_page_one_small_line) +
         k_page_one_gap;
}

// Where the asks page 1 leaves out are: "The other 2 asks are listed in full under “Part 9: …”."
std::string more_asks_text(const Report& report, std::size_t shown) {
  const std::size_t left = report.plan->asks_of_the_board.size() - shown;
  const std::string where = fmt::format("under “{}”", part_heading(report, ReportPart::plan));
  if (shown == 0)
    return fmt::format("The board is asked to do {} {}, listed in full {}.", left, left == 1 ? "thing" : "things",
                       where);
  if (left == 1) return fmt::format("The other ask is listed in full {}.", where);
  return fmt::format("The other {} asks are listed in full {}.", left, where);
}

double more_line_height(const Report& report, std::size_t shown) {
  if (shown == report.plan->asks_of_the_board.size()) return 0;
  return printed_text_height(more_asks_text(report, shown), k_page_one_width - k_box_across) + k_page_one_gap;
}

std::size_t asks_that_fit(const Report& report, Abbreviations abbreviations) {
  const auto& asks = report.plan->asks_of_the_board;
  const double room = page_one_asks_room(report);
  double height = k_box_down + k_heading_height + k_list_margins;
  std::size_t shown = 0;
  for (; shown < asks.size(); ++shown) {
    const double next = height + ask_height(asks[shown], spelled_out_html(abbreviations, asks[shown]));
    if (next + more_line_height(report, shown + 1) > room) break;
    height = next;
  }
  return shown;
}

// An ask in a numbered list, with the abbreviations spelled out beside it (`spelled`, HTML; may be empty).
std::string list_item(const std::string& ask, const std::string& spelled) {
  return fmt::format("<li>{}{}</li>\n", xml_text(ask), spelled);
}

}  // namespace

double least_board_asks_height(const Report& report) {
  if (!report.plan || report.plan->asks_of_the_board.empty()) return 0;
  return k_box_down + k_heading_height + more_line_height(report, 0);
}

std::size_t board_asks_on_page_one(const Report& report) {
  if (!report.plan) return 0;
  // Page 1's asks follow its header, whose abbreviations are spelled out already: not again beside an ask.
  Abbreviations after_header(report.inputs.front()->framework->glossary);
  after_header.first_uses(page_one_header_text(report));
  return asks_that_fit(report, after_header);
}

BoardAsksBlock summary_board_asks_html(const Report& report, Abbreviations& abbreviations) {
  if (!report.plan || report.plan->asks_of_the_board.empty()) return {};
  const auto& asks = report.plan->asks_of_the_board;
  const std::size_t shown = asks_that_fit(report, abbreviations);
  std::string out = fmt::format(
      "<section class=\"board-asks\" aria-labelledby=\"board-asks-title\">\n<h3 id=\"board-asks-title\">{}</h3>\n",
      k_board_asks_heading);
  double height = k_box_down + k_heading_height;
  if (shown > 0) {
    // Each ask measured with the very words printed beside it: an abbreviation an ask above spelled out is not.
    height += k_list_margins;
    out += "<ol>\n";
    for (std::size_t i = 0; i < shown; ++i) {
      const std::string spelled = spelled_out_html(abbreviations, asks[i]);
      height += ask_height(asks[i], spelled);
      out += list_item(asks[i], spelled);
    }
    out += "</ol>\n";
  }
  if (shown < asks.size()) {
    // Linked to the list in full, as page 1's other pointers are.
    out += fmt::format("<p><a href=\"#board-asks-in-full\">{}</a></p>\n", xml_text(more_asks_text(report, shown)));
    height += more_line_height(report, shown);
  }
  return {out + "</section>\n", height};
}

std::string board_asks_in_full_html(const Report& report) {
  if (!report.plan || board_asks_on_page_one(report) == report.plan->asks_of_the_board.size()) return "";
  std::string out = fmt::format("<h3 id=\"board-asks-in-full\">{}</h3>\n<ol>\n", k_board_asks_heading);
  for (const auto& ask : report.plan->asks_of_the_board) out += list_item(ask, "");
  return out + "</ol>\n";
}

}  // namespace coprod::render
