#pragma once
// Escaping for the formats user text is printed into.

#include <string>
#include <string_view>
#include <vector>

namespace coprod::util {

// One CSV field (RFC 4180): quoted when it holds a comma, quote or line break.
// Neutralised for spreadsheets (OWASP's advice on CSV injection): control
// characters are dropped first (see without_control_characters), then a field
// that starts with =, +, -, or @ after any spaces and line breaks (a tab is a
// space by then) is prefixed with ' so a spreadsheet shows it as text and never
// runs it as a formula, unless the field is a plain number such as -1.5, which
// stays a number.
std::string csv_field(std::string_view text);

// Text with C0 and C1 control characters, DEL and the non-characters U+FFFE
// and U+FFFF removed; a tab becomes a space and a carriage return a line break
// (CR LF one line break), and a byte that is not UTF-8 becomes U+FFFD. Line
// breaks stay. The bidirectional embeddings, overrides and isolates (U+202A
// to U+202E, U+2066 to U+2069) are removed too, here and in markdown_text()
// and xml_text(): they would make text show in another order than it is
// written, so that a reader sees words the file does not hold. For CSV and
// spreadsheet cells.
std::string without_control_characters(std::string_view text);

// Whether text is a plain decimal number: an optional sign, digits, and
// optionally a point and more digits ("-1.5", "3", "+0.5").
bool is_plain_number(std::string_view text);
// A whole CSV line: the fields escaped, joined by commas, ending with a line break.
std::string csv_record(const std::vector<std::string>& fields);

// Text for a Markdown paragraph or table cell: Markdown and HTML characters
// are escaped, line breaks become <br> (the spaces or tabs that indent the
// line after one each become &nbsp;, which Markdown keeps) but blank lines
// before or after the text are left out (a YAML "|" block ends with a line
// break, which would give a stray <br>), and control
// characters (C0, DEL and C1) and bytes that are not UTF-8 become U+FFFD, so
// user text can neither break a table nor inject markup; bidirectional
// controls are removed. An @name at the start of a word gets a zero-width
// space after its '@' ("@&#8203;name"), so that a code-hosting site shows it
// as written but does not take it for a mention and notify that account (a
// backslash would not stop it: the sites look for mentions in the text after
// Markdown is rendered); an e-mail address is left as it is. A ">" after a
// "-" stays as it is, so an arrow reads "->" in the raw file as rendered.
//
// The text may start a line, so a list marker or a thematic break at its
// start is escaped too: "1. " or "1) " ("1\. "), "- " or "+ " ("\- "), "--"
// ("\--"); "* " is escaped as "*" is everywhere. Use it after a list's
// "- ", a block quote's "> " or a line break.
std::string markdown_text(std::string_view text);
// As markdown_text(), for text that never starts a line: a table cell, a
// heading after its "#"s, or a list item's text after a word or a "**name**:".
// "1. Commitment" stays as it is there.
std::string markdown_inline_text(std::string_view text);

// Text for XML/HTML element content and attribute values. Characters XML 1.0
// forbids (control characters other than tab and line breaks, U+FFFE,
// U+FFFF), C1 controls and bytes that are not UTF-8 become U+FFFD;
// bidirectional controls are removed (see without_control_characters).
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
