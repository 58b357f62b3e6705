#pragma once
// How wide text will be in an SVG, without a font engine: the advance widths
// of DejaVu Sans (the first font the SVGs ask for) for printable ASCII, a
// full em for anything else, and a safety margin on top, so a box laid out
// from these numbers holds the text in DejaVu Sans, Verdana or Arial.

#include <string>
#include <string_view>
#include <vector>

namespace coprod::render {

struct Font {
  double size = 14;  // in px
  bool bold = false;
};

// The width of one line of text in px, with the safety margin included.
double text_width(std::string_view text, const Font& font);

// Lines of at most max_width px, broken at spaces; a word wider than that is
// cut with "…" (the caller keeps the full text in a <title>).
std::vector<std::string> wrap_to_width(std::string_view text, double max_width, const Font& font);

// As wrap_to_width, but nothing is left out: a word wider than a line is
// broken across as many lines as it needs (between code points).
std::vector<std::string> wrap_whole_to_width(std::string_view text, double max_width, const Font& font);

// The text, cut with "…" so that it is at most max_width px wide.
std::string shorten_to_width(std::string_view text, double max_width, const Font& font);

// A file path in at most max_lines lines of at most max_width px, broken after
// a '/'. The end of the path (the file's name) is kept: when it needs more
// lines, its start is left out and the first line begins "…/"; a part too wide
// for a line is cut with "…" (the caller keeps the full path in a <title>).
std::vector<std::string> wrap_path_to_width(std::string_view path, double max_width, const Font& font,
                                            std::size_t max_lines);

}  // namespace coprod::render
