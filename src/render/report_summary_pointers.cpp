// Page 1's lines above its lists that point further into the pack: how many
// scored rows have no supporting evidence (whenever there are any), and which
// rows moved since the earlier period (only where the lists are whole with
// that line: the lists come first).

#include <functional>
#include <limits>

#include <fmt/format.h>

#include "render/page_one_room.hpp"
#include "render/report_html_parts.hpp"
#include "render/report_no_evidence.hpp"
#include "render/report_parts.hpp"
#include "render/report_row_changes.hpp"
#include "util/escape.hpp"

namespace coprod::render {

namespace {

using util::xml_text;

// Printed, the margin above the lines (.3rem; see k_report_style), setting them apart from the web's legend.
constexpr double k_pointers_margin = 4.8;

// "…: see “Part 4: Scored rows with no evidence”." with a link to it: the part's heading as printed.
std::string pointer_html(const Report& report, std::string_view text, std::string_view id, ReportPart part) {
  return fmt::format("{}: see “<a href=\"#{}\">{}</a>”.", xml_text(text), id, xml_text(part_heading(report, part)));
}

// Across the printed page.
double line_height(const std::string& html, bool bold) {
  return printed_text_height(shown_text(html), k_page_one_width, k_page_one_text, k_page_one_line, bold) +
         k_page_one_paragraph_margin;
}

}  // namespace

SummaryLines summary_pointer_lines(const Report& report, const std::function<std::string(double)>& lists, double room) {
  SummaryLines lines;
  if (const auto text = no_evidence_summary_text(report)) {
    // Its first words in bold, for the board to see them. Measured as bold whole, to be safe.
    const std::string html = fmt::format(
        "<p><strong>{}</strong>{}</p>\n", k_no_evidence_lead,
        pointer_html(report, text->substr(k_no_evidence_lead.size()), k_no_evidence_id, ReportPart::no_evidence));
    lines.html += html;
    lines.height += line_height(html, true);
  }
  if (const auto text = row_changes_summary_text(report)) {
    const std::string html = "<p>" + pointer_html(report, *text, k_row_changes_id, ReportPart::row_changes) + "</p>\n";
    const double height = line_height(html, false);
    // Only when the lists are whole with it: nothing they hold is left out for it, and they fit.
    if (lists(room - lines.height - height - k_pointers_margin) == lists(std::numeric_limits<double>::infinity())) {
      lines.html += html;
      lines.height += height;
    }
  }
  if (lines.html.empty()) return lines;
  lines.html = "<div class=\"summary-pointers\">\n" + lines.html + "</div>\n";
  lines.height += k_pointers_margin;
  return lines;
}

}  // namespace coprod::render
