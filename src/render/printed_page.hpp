#pragma once
// What the self-contained pages coprod makes to print share: the head of a
// sheet (nothing fetched, its title and style), and the printed footer that
// names what the page is about beside its page number. Used by the
// differences to discuss sheet (comparison_html), the action-planning sheet
// (plan_sheet_html) and the evidence pack (report_html).

#include <string>
#include <string_view>

namespace coprod::render {

// The printed footer as CSS page margin boxes (which Chromium prints): left on
// the left, shortened with "…" to fit on one line, and "Page 1 of 3" on the right.
std::string print_footer_style(std::string_view left);

// A sheet's head, "<!DOCTYPE html>" to "</head>": no request allowed by its
// Content-Security-Policy, the title (escaped), the style sheet and the printed
// footer naming the title.
std::string printed_sheet_head(std::string_view title, std::string_view style);

}  // namespace coprod::render
