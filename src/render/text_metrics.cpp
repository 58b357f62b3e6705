#include "render/text_metrics.hpp"

#include <algorithm>
#include <array>
#include <iterator>

#include "util/text.hpp"

namespace coprod::render {

namespace {

// Advance widths in 1/1000 em for U+0020 to U+007E, measured from
// DejaVuSans.ttf and DejaVuSans-Bold.ttf (Debian's fonts-dejavu-core).
constexpr std::array<short, 95> k_regular = {
    318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361,  318, 337, 636, 636, 636,
    636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632,
    575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635,  611, 732, 684, 989, 685,
    611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352,  635, 634, 278, 278, 579,
    278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592,  525, 636, 337, 636, 838};
constexpr std::array<short, 95> k_bold = {
    348, 456,  521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415,  380, 365, 696, 696,  696,
    696, 696,  696, 696, 696, 696,  696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830,  683,
    683, 821,  837, 372, 372, 775,  637, 995, 837, 850, 733, 850, 770, 720,  682, 812, 774, 1103, 771,
    724, 725,  457, 365, 457, 838,  500, 500, 675, 716, 593, 716, 678, 435,  716, 712, 343, 343,  665,
    343, 1042, 712, 687, 716, 716,  493, 595, 478, 712, 652, 924, 645, 652,  582, 712, 365, 712,  838};
// Verdana and fallback fonts run a little wider than DejaVu Sans.
constexpr double k_safety = 1.12;
constexpr double k_other_em = 1000;  // a code point outside ASCII: a full em

constexpr std::string_view k_ellipsis = "\u2026";
constexpr std::string_view k_path_ellipsis = "\u2026/";  // a path's start left out

double glyph_units(unsigned char lead, const Font& font) {
  if (lead >= 0x20 && lead < 0x7f) return (font.bold ? k_bold : k_regular)[lead - 0x20];
  return k_other_em;
}

bool starts_code_point(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

// The longest prefix (whole code points) that fits in max_width with "…" after it.
std::string prefix_with_ellipsis(std::string_view text, double max_width, const Font& font) {
  const double budget = max_width - text_width(k_ellipsis, font);
  std::size_t end = 0;
  double units = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!starts_code_point(text[i])) continue;
    units += glyph_units(static_cast<unsigned char>(text[i]), font);
    if (units * font.size / 1000 * k_safety > budget) break;
    end = i + 1;
    while (end < text.size() && !starts_code_point(text[end])) ++end;
  }
  return std::string(util::trim(text.substr(0, end))) + std::string(k_ellipsis);
}

// The word in pieces of whole code points, each at most max_width px wide
// (at least one code point a piece, however narrow the width).
std::vector<std::string> pieces_within(std::string_view word, double max_width, const Font& font) {
  std::vector<std::string> pieces(1);
  for (std::size_t i = 0; i < word.size();) {
    std::size_t end = i + 1;
    while (end < word.size() && !starts_code_point(word[end])) ++end;
    const std::string_view code_point = word.substr(i, end - i);
    if (!pieces.back().empty() && text_width(pieces.back() + std::string(code_point), font) > max_width)
      pieces.emplace_back();
    pieces.back() += code_point;
    i = end;
  }
  return pieces;
}

// The path in parts that each end in '/', but the last.
std::vector<std::string> path_parts(std::string_view path) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (std::size_t slash = path.find('/'); slash != std::string_view::npos; slash = path.find('/', start)) {
    parts.emplace_back(path.substr(start, slash + 1 - start));
    start = slash + 1;
  }
  if (start < path.size() || parts.empty()) parts.emplace_back(path.substr(start));
  return parts;
}

// The words of `text`, white space collapsed; a section's number ("5.")
// is one word with the word after it, so a line never ends with it.
std::vector<std::string> unbreakable_words(std::string_view text) {
  std::vector<std::string> words;
  for (auto& word : util::wrap_words(text, 1)) {  // one word a line
    const bool after_number =
        !words.empty() && words.back().size() >= 2 && words.back().size() <= 3 && words.back().ends_with('.') &&
        std::all_of(words.back().begin(), words.back().end() - 1, [](char c) { return c >= '0' && c <= '9'; });
    if (after_number) words.back() += " " + word;
    else words.push_back(std::move(word));
  }
  return words;
}

}  // namespace

double text_width(std::string_view text, const Font& font) {
  double units = 0;
  for (const char c : text) {
    if (starts_code_point(c)) units += glyph_units(static_cast<unsigned char>(c), font);
  }
  return units * font.size / 1000 * k_safety;
}

std::string shorten_to_width(std::string_view text, double max_width, const Font& font) {
  if (text_width(text, font) <= max_width) return std::string(text);
  return prefix_with_ellipsis(text, max_width, font);
}

namespace {

// The words on lines of at most max_width px; a word wider than that is cut with "…".
std::vector<std::string> fill_lines(const std::vector<std::string>& words, double max_width, const Font& font) {
  std::vector<std::string> lines;
  std::string line;
  for (const auto& word : words) {
    const std::string candidate = line.empty() ? word : line + " " + word;
    if (text_width(candidate, font) <= max_width || line.empty()) {
      line = candidate;
    } else {
      lines.push_back(line);
      line = word;
    }
    if (text_width(line, font) > max_width) line = prefix_with_ellipsis(line, max_width, font);
  }
  if (!line.empty() || lines.empty()) lines.push_back(line);
  return lines;
}

}  // namespace

std::vector<std::string> wrap_to_width(std::string_view text, double max_width, const Font& font) {
  return fill_lines(unbreakable_words(text), max_width, font);
}

std::vector<std::string> wrap_whole_to_width(std::string_view text, double max_width, const Font& font) {
  std::vector<std::string> words;
  for (const auto& word : unbreakable_words(text)) {
    for (auto& piece : pieces_within(word, max_width, font)) words.push_back(std::move(piece));
  }
  return fill_lines(words, max_width, font);
}

// Filled from the end, so that what is left out is the path's start; the
// first line allowed keeps room for the "…/" it may need.
std::vector<std::string> wrap_path_to_width(std::string_view path, double max_width, const Font& font,
                                            std::size_t max_lines) {
  const auto parts = path_parts(path);
  std::vector<std::string> lines(1);  // last line first
  bool cut = false;
  for (auto part = parts.rbegin(); part != parts.rend() && !cut; ++part) {
    const bool first_part = std::next(part) == parts.rend();
    const bool last_line = lines.size() == std::max<std::size_t>(max_lines, 1);
    const double room = last_line && !first_part ? max_width - text_width(k_path_ellipsis, font) : max_width;
    if (lines.back().empty() || text_width(*part + lines.back(), font) <= room) lines.back() = *part + lines.back();
    else if (last_line) cut = true;
    else lines.push_back(*part);
  }
  if (cut) lines.back() = std::string(k_path_ellipsis) + lines.back();
  std::reverse(lines.begin(), lines.end());
  for (auto& line : lines) line = shorten_to_width(line, max_width, font);
  return lines;
}

}  // namespace coprod::render
