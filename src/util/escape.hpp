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
// are escaped, line breaks become <br> and control characters (C0, DEL and C1)
// U+FFFD, so user
// text can neither break a table nor inject markup.
std::string markdown_text(std::string_view text);

// Text for XML/HTML element content and attribute values. Characters XML 1.0
// forbids (control characters other than tab and line breaks, U+FFFE,
// U+FFFF), C1 controls and bytes that are not UTF-8 become U+FFFD.
std::string xml_text(std::string_view text);

}  // namespace coprod::util

namespace coprod::util {

// Text safe to print on a terminal: control characters (C0, DEL and C1, which
// could move the cursor or change colours) and bytes that are not UTF-8 become
// '?'; bidirectional overrides
// and isolates and zero-width characters are shown as "<U+202E>" and so on,
// so text cannot read differently from what it is ("Trojan Source"); tabs
// and line breaks become spaces (line breaks kept when `keep_newlines`).
// Every piece of a user's file printed on a terminal goes through this.
std::string terminal_text(std::string_view text, bool keep_newlines = false);

}  // namespace coprod::util
