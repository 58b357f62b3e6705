// How the workbook's sheets print: orientation, column widths that fit the
// page, and the page header in Excel's terms.

#include <algorithm>
#include <numeric>

#include "render/workbook.hpp"
#include "util/escape.hpp"

namespace coprod::render {

namespace {

// Excel refuses a header longer than this (libxlsxwriter counts bytes).
constexpr std::size_t k_max_header = 255;
constexpr std::string_view k_header_right = "&R&A";  // the sheet's name

}  // namespace

void set_up_printing(Sheet& sheet) {
  const double width = std::accumulate(sheet.widths.begin(), sheet.widths.end(), 0.0);
  sheet.landscape = width > k_portrait_print_width || sheet.chart.has_value();
}

std::vector<double> share_widths(const std::vector<std::optional<double>>& fixed, double print_width, double narrowest,
                                 double widest) {
  double used = 0;
  std::size_t shared = 0;
  for (const auto& width : fixed) {
    used += width.value_or(0);
    shared += width ? 0 : 1;
  }
  const double share =
      shared == 0 ? 0 : std::clamp((print_width - used) / static_cast<double>(shared), narrowest, widest);
  std::vector<double> widths;
  for (const auto& width : fixed) widths.push_back(width.value_or(static_cast<double>(static_cast<int>(share))));
  return widths;
}

// Line breaks become spaces: the header is one line.
std::string excel_page_header(std::string_view text) {
  std::string header = "&L";
  for (const char c : util::without_control_characters(text)) {
    const std::size_t length = c == '&' ? 2 : 1;
    // Never cut inside a UTF-8 character: stop before a lead byte that would not fit with its sequence.
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      const auto lead = static_cast<unsigned char>(c);
      const std::size_t sequence = lead < 0x80 ? length : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
      if (header.size() + sequence + k_header_right.size() > k_max_header) break;
    }
    header += c == '\n' ? ' ' : c;
    if (c == '&') header += '&';
  }
  return header + std::string(k_header_right);
}

}  // namespace coprod::render
