#include "render/page_one_room.hpp"

#include <algorithm>
#include <array>

#include "render/text_metrics.hpp"
#include "util/text.hpp"

namespace coprod::render {

namespace {

// text_width() allows 12% for fonts an SVG cannot choose; the pack asks for DejaVu Sans, then Verdana, whose
// advance widths ran at most 2% wider than DejaVu Sans's over the lines of the example pack's page 1 (compared
// 2026-12-06), so page 1's text is measured with a margin of 2% instead, which holds for either (Chromium's
// kerning only narrows DejaVu Sans). 3% took a line more than Chromium printed for each line between 97% and 98%
// of full, as several of a framework's long titles and page 1's lines on the largest differences are, and page 1
// said it had no room for the row that differs most while 2 cm of it stayed empty (4% did so more often still).
constexpr double k_font_margin = 1.02 / 1.12;

// Typographic marks page 1 uses often, which text_width() takes as a full em each (as wide as "M"), and the
// ASCII characters at least as wide in DejaVu Sans, regular and bold, to measure them by: curly quotes, the
// en dash, the dagger (a change of different rows). A soft hyphen shows nothing unless a word breaks there.
struct StandIn {
  std::string_view mark;
  std::string_view measured_as;
};
constexpr std::array<StandIn, 8> k_stand_ins{{{"\u2018", ","},  // 318, bold 380: as ","
                                              {"\u2019", ","},
                                              {"\u201c", "n"},  // 518, bold 657: as "n", 634 and 712
                                              {"\u201d", "n"},
                                              {"\u2013", "_"},  // 500: as "_"
                                              {"\u2020", "_"},
                                              {"\u00a0", ","},  // a space that never breaks: as wide, unbroken
                                              {"\u00ad", ""}}};

// The text with its typographic marks as their stand-ins, to measure.
std::string measured_text(std::string_view text) {
  std::string out(text);
  for (const auto& [mark, measured_as] : k_stand_ins) {
    for (std::size_t at = out.find(mark); at != std::string::npos; at = out.find(mark, at + measured_as.size()))
      out.replace(at, mark.size(), measured_as);
  }
  return out;
}

}  // namespace

double printed_text_height(std::string_view text, double width, double size, double line, bool bold) {
  double height = 0;
  const std::string measured = measured_text(text);
  for (const auto& piece : util::split_lines(measured)) {  // each line break (<br>) starts a line
    if (piece.find_first_not_of(' ') == std::string::npos) continue;
    height += static_cast<double>(wrap_whole_to_width(piece, width, Font{size * k_font_margin, bold}).size()) * line;
  }
  return height;
}

double printed_widest_word(std::string_view text, double size, bool bold) {
  constexpr std::string_view soft_hyphen = "\u00ad";
  const Font font{size * k_font_margin, bold};
  double widest = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t space = std::min(text.find(' ', start), text.size());
    const std::size_t hyphen = std::min(text.find(soft_hyphen, start), text.size());
    const std::size_t end = std::min(space, hyphen);
    const std::string word(text.substr(start, end - start));
    widest = std::max(widest, text_width(end == hyphen && end < text.size() ? word + "-" : word, font));
    start = end + (end == hyphen && end < text.size() ? soft_hyphen.size() : 1);
  }
  return widest;
}

double printed_heading_height(std::string_view heading, double width) {
  return k_page_one_heading_over +
         printed_text_height(heading, width, k_page_one_heading_text, k_page_one_heading_line, true) +
         k_page_one_heading_under;
}

double printed_score_column_width(const std::vector<std::string>& scores, const std::vector<std::string>& changes,
                                  bool changes_under, std::string_view name) {
  constexpr double partial_box = 0.6 * k_page_one_text;
  constexpr double change_size = 0.85 * k_page_one_text;
  constexpr double change_least = 3.4 * change_size;
  const double space = text_width(" ", Font{k_page_one_text * k_font_margin, false});
  double widest = printed_widest_word(name, k_page_one_text, true);
  for (std::size_t s = 0; s < scores.size(); ++s) {
    const double score =
        text_width(measured_text(scores[s]), Font{k_page_one_text * k_font_margin, false}) + partial_box;
    if (s >= changes.size()) {
      widest = std::max(widest, score);
      continue;
    }
    const double change =
        std::max(change_least, text_width(measured_text(changes[s]), Font{change_size * k_font_margin, false}));
    widest = std::max(widest, changes_under ? std::max(score, change) : score + space + change);
  }
  return widest;
}

double two_columns_height(const std::vector<double>& heights) {
  double total = 0;
  for (const double height : heights) total += height;
  // The first column ends after item `split`: the taller column's height, the least over every split.
  double least = total;
  double first = 0;
  for (const double height : heights) {
    first += height;
    least = std::min(least, std::max(first, total - first));
  }
  return least;
}

std::string shown_text(std::string_view html) {
  std::string text;
  for (std::size_t i = 0; i < html.size(); ++i) {
    if (html[i] == '<') {
      const std::size_t end = html.find('>', i);
      if (end == std::string_view::npos) break;
      if (html.substr(i, 4) == "<br>") text += '\n';
      i = end;
    } else if (html[i] == '&' && html.find(';', i) != std::string_view::npos) {
      text += 'x';
      i = html.find(';', i);
    } else {
      text += html[i];
    }
  }
  return text;
}

}  // namespace coprod::render
