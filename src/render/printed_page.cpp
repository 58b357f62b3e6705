#include "render/printed_page.hpp"

#include <fmt/format.h>

#include "render/report_html_parts.hpp"
#include "render/text_metrics.hpp"
#include "util/escape.hpp"

namespace coprod::render {

namespace {

// A4's 210 mm less the 14 mm margins either side, less the 32 mm that "Page N
// of M" keeps to itself and a gap between them; in CSS px (96 to the inch).
constexpr double k_footer_left_px = (210.0 - 2 * 14 - 32 - 6) * 96 / 25.4;
constexpr double k_footer_font_px = 8.0 * 96 / 72;  // 8 pt

// `text` shortened with "…" to the footer's room; what follows its last ", "
// (the period, in "Northbridge and Eastmoor, 2026-Q4") is kept whole when it
// takes at most a third of the room, and the words before it are shortened.
std::string footer_text(std::string_view text) {
  const Font font{k_footer_font_px, false};
  if (text_width(text, font) <= k_footer_left_px) return std::string(text);
  const auto last_comma = text.rfind(", ");
  if (last_comma == std::string_view::npos) return shorten_to_width(text, k_footer_left_px, font);
  const std::string_view tail = text.substr(last_comma);
  const double tail_width = text_width(tail, font);
  if (tail_width > k_footer_left_px / 3) return shorten_to_width(text, k_footer_left_px, font);
  return shorten_to_width(text.substr(0, last_comma), k_footer_left_px - tail_width, font) + std::string(tail);
}

}  // namespace

// Chromium neither clips nor ends with an ellipsis what overflows a page's
// margin box, so a long area's name (or two areas') is shortened here to fit
// beside "Page N of M", which keeps to one line.
std::string print_footer_style(std::string_view left) {
  const std::string shown = footer_text(left);
  return fmt::format(
      "@media print {{ @page {{\n"
      "  @bottom-left {{ content: {}; font-size: 8pt; color: #444; white-space: nowrap; }}\n"
      "  @bottom-right {{ content: \"Page \" counter(page) \" of \" counter(pages); font-size: 8pt; color: #444;\n"
      "    white-space: nowrap; width: 32mm; }}\n"
      "}} }}\n",
      css_string(shown));
}

std::string printed_sheet_head(std::string_view title, std::string_view style) {
  std::string out = "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  // Nothing may be fetched: the page is self-contained and safe to open offline.
  out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n";
  out += fmt::format("<title>{}</title>\n<style>{}{}</style>\n</head>\n", util::xml_text(title), style,
                     print_footer_style(title));
  return out;
}

}  // namespace coprod::render
