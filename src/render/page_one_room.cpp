#include "render/page_one_room.hpp"

#include "render/text_metrics.hpp"
#include "util/text.hpp"

namespace coprod::render {

namespace {

// text_width() allows 12% for fonts an SVG cannot choose; the pack asks for DejaVu Sans, then Verdana, which
// runs within 4% of it, so page 1's text is measured with that margin instead.
constexpr double k_font_margin = 1.04 / 1.12;

}  // namespace

double printed_text_height(std::string_view text, double width, double size, double line, bool bold) {
  double height = 0;
  for (const auto& piece : util::split_lines(text)) {  // each line break (<br>) starts a line
    if (piece.find_first_not_of(' ') == std::string::npos) continue;
    height += static_cast<double>(wrap_whole_to_width(piece, width, Font{size * k_font_margin, bold}).size()) * line;
  }
  return height;
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
