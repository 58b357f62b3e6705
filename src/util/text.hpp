#pragma once
// Text helpers that know nothing about co-production.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace coprod::util {

// Byte offset of the first byte that is not valid UTF-8, if any.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

// The text with each byte that is not part of valid UTF-8 replaced by U+FFFD,
// for output that must be UTF-8 (JSON, CSV, Markdown) when the text comes
// from outside a checked file, such as a file name.
std::string valid_utf8(std::string_view text);

// Number of code points: the width of text in a terminal for the Latin
// scripts the tool deals with (no East Asian wide characters are expected).
// A terminal's control sequence (ESC [ ... letter, as for colour) takes no room.
std::size_t display_width(std::string_view text);

// The 1-based column in characters (Unicode code points: "é", "–" and an
// emoji each count one, as does a tab) of the 1-based `byte_column` on
// `line`, one line of a file's text; a byte that is not UTF-8 counts one, as
// does each column past the end of the line.
int character_column(std::string_view line, int byte_column);

// The longest prefix of text that is at most `width` wide, with "..." (or the
// given ellipsis) appended when anything was cut.
std::string truncate_to_width(std::string_view text, std::size_t width, std::string_view ellipsis = "...");
// The text whole if it is at most `width` wide; else cut after its last
// whole word that leaves room for "..." (or the given ellipsis), any commas,
// colons, semicolons and spaces before the cut left out: "peer network
// meeting, 8 members" in 25 columns gives "peer network meeting...". A first
// word wider than that is cut inside, as truncate_to_width() cuts it.
std::string truncate_at_word(std::string_view text, std::size_t width, std::string_view ellipsis = "...");

// Wraps text at spaces so no line is wider than `width` (a single word wider
// than that stays whole). Runs of white space collapse to one space.
std::vector<std::string> wrap_words(std::string_view text, std::size_t width);
// The lines of wrap_words(), none wider than `width` (at least 1): a word
// wider than a line (a web address, a file path) is broken after a '/' where
// it can be, else inside it (wrap_path()), starting a line of its own; the
// words after it may follow its last piece.
std::vector<std::string> wrap_to_fit(std::string_view text, std::size_t width);
// Parts of a list ("no longer scored", "evidence updated") joined by ", " in
// lines of at most `width` columns, broken only between parts (after the
// comma) unless a part is wider than a line (wrap_to_fit()).
std::vector<std::string> wrap_list(const std::vector<std::string>& parts, std::size_t width);
// Each line of text wrapped as wrap_to_fit() wraps it, its line breaks kept: a
// line starts a line of its own, and an empty line between two with words
// stays, as free text written over several lines (a YAML | block) means them.
// Empty lines at the start and end go.
std::vector<std::string> wrap_lines(std::string_view text, std::size_t width);
// The text wrapped to `width` columns (wrap_to_fit()) as lines ending in
// '\n', the first indented by `first` spaces and the others by `later` (a
// hanging indent); never narrower than 20 columns of text. Every terminal
// report wraps its paragraphs with this.
std::string wrap_hanging(std::string_view text, std::size_t width, std::size_t first, std::size_t later);
// A file path in lines of at most `width` columns (at least 1), broken after
// a '/' where it can be, else inside a name too wide for a line. Nothing is
// left out or added: the lines joined give the path back, spaces and all.
std::vector<std::string> wrap_path(std::string_view path, std::size_t width);
// A file path on lines of its own ending in '\n', `indent` spaces in: whole
// when it fits `width` (so it can be copied), else broken after a '/' (wrap_path).
std::string path_lines(std::string_view path, std::size_t width, std::size_t indent);
// "label: path" as lines ending in '\n', `indent` spaces in: on one line when
// it fits `width`; else the label (wrapped at spaces) and then the path on
// lines of its own, `path_indent` spaces in (path_lines()).
std::string labelled_path(std::string_view label, std::string_view path, std::size_t width, std::size_t indent,
                          std::size_t path_indent);
// "location: text" for a place in a file and what is there ("file.yaml:12",
// "impact.trust: not scored yet"), as lines ending in '\n', `indent` spaces
// in: on one line when it fits `width`; else "location:" on lines of its own
// (path_lines(): whole when it fits, so an editor can jump there), then the
// text wrapped at spaces, `text_indent` spaces in.
std::string located_text(std::string_view location, std::string_view text, std::size_t width, std::size_t indent,
                         std::size_t text_indent);

std::string_view trim(std::string_view text);
std::vector<std::string_view> split_lines(std::string_view text);
std::string join(const std::vector<std::string>& parts, std::string_view separator);

// Parts joined as a sentence lists them: "a", "a and b", "a, b and c" (or
// with another last joiner, such as "or").
std::string join_in_words(const std::vector<std::string>& parts, std::string_view last_joiner = "and");
// The same, for a list that may be long (files, in a message): the first
// `most` parts and how many more ("a, b, c and 7 more"), so a message stays
// readable; all of them when only one would be left out.
std::string join_first_in_words(const std::vector<std::string>& parts, std::size_t most);

// An id written as words: "peer-network" as "peer network".
std::string id_as_words(std::string_view id);

// Text with its first letter a capital, as a sentence starts: "the
// organisation" as "The organisation"; a first character that is not a
// lower-case ASCII letter is left as it is.
std::string capitalised(std::string text);

// A count and its noun: "1 response", "3 responses".
std::string counted(std::size_t count, std::string_view one, std::string_view many);
bool starts_with_ignoring_case(std::string_view text, std::string_view prefix);

// Levenshtein distance, for "did you mean" suggestions.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word`, if it is close enough to be a likely typo.
std::optional<std::string> closest_match(std::string_view word, const std::vector<std::string>& candidates);

// The dotted names ("commitment.strategy") `reference` may mean: the closest
// one when it looks like a typo, else those it is the last part of
// ("strategy"), in the order given; empty when none.
std::vector<std::string> likely_references(std::string_view reference, const std::vector<std::string>& candidates);

}  // namespace coprod::util
