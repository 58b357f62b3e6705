#pragma once
// Dates and periods kept whole on a narrow screen: a browser may break a line
// after any hyphen, so on a phone a due date 2026-12-31 can end one line with
// "2026-" and start the next with "12-31". The pages mark each up, and their
// style keeps it on one line (k_whole_dates_style).

#include <string>
#include <string_view>

namespace coprod::render {

// `text` escaped for HTML (util::xml_text()), each date in it (2026-12-31) as
// <time datetime="2026-12-31">2026-12-31</time> and each period (2026-Q3,
// 2026-H2, 2026-09) in <span class="date">, where they stand as words of
// their own.
std::string html_text_with_whole_dates(std::string_view text);

// The rule that keeps them whole, for a page's style sheet.
inline constexpr const char* k_whole_dates_style = "time, .date { white-space: nowrap; }\n";

}  // namespace coprod::render
