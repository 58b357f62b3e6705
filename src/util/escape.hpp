#pragma once
// Escaping for the formats user text is printed into.

#include <string>
#include <string_view>
#include <vector>

namespace coprod::util {

// One CSV field (RFC 4180): quoted when it holds a comma, quote or line break.
// A field starting with =, +, - or @ is prefixed with ' so spreadsheets do not
// run it as a formula.
std::string csv_field(std::string_view text);
// A whole CSV line: the fields escaped, joined by commas, ending with a line break.
std::string csv_record(const std::vector<std::string>& fields);

// Text for a Markdown paragraph or table cell: Markdown and HTML characters
// are escaped, line breaks become <br> and control characters U+FFFD, so user
// text can neither break a table nor inject markup.
std::string markdown_text(std::string_view text);

// Text for XML/HTML element content and attribute values.
std::string xml_text(std::string_view text);

}  // namespace coprod::util

namespace coprod::util {

// Text safe to print on a terminal: control characters (which could move the
// cursor or change colours) become '?'; line breaks become spaces unless
// `keep_newlines`.
std::string terminal_text(std::string_view text, bool keep_newlines = false);

}  // namespace coprod::util
