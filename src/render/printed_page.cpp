#include "render/printed_page.hpp"

#include <fmt/format.h>

#include "render/report_html_parts.hpp"
#include "util/escape.hpp"

namespace coprod::render {

std::string print_footer_style(std::string_view left) {
  return fmt::format(
      "@media print {{ @page {{\n"
      "  @bottom-left {{ content: {}; font-size: 8pt; color: #444; }}\n"
      "  @bottom-right {{ content: \"Page \" counter(page) \" of \" counter(pages); font-size: 8pt; color: #444; }}\n"
      "}} }}\n",
      css_string(left));
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
