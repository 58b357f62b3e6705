#pragma once
// With two or more inputs, each section's label on the web says each input's
// score for it, so a room looking at a projected web can read and compare the
// perspectives' scores without the values beside the points (one input's
// values go there: two or more would crowd round the points and cover each
// other). Each score is the input's marker, its short name and the score,
// "[circle] organisation 3.8": in words and numbers, not in colour alone, and
// the marker ties it to its line. The scores wrap onto as many rows under the
// label's title as the label's width needs, and a score's words wider than the
// label ("peer network not scored yet" on the large web) wrap on to rows of their
// own below, each placed as the label's lines are (centred under a label at the
// top or foot), so that a score missing never widens the label and with it the
// picture (which would then be shrunk to fit a screen, every word smaller).

#include <cstddef>
#include <string>
#include <vector>

#include "render/text_metrics.hpp"
#include "render/web_chart.hpp"
#include "render/web_geometry.hpp"

namespace coprod::render {

// One input's score at one section's label, before it is placed.
struct LabelScoreItem {
  std::size_t series = 0;  // index into WebChart::series
  std::size_t style = 0;   // its place among the inputs, which picks its marker (render/web_style.hpp)
  std::string text;        // "organisation 3.8", "A 2.5", "peer network not scored yet"
  double width = 0;        // the marker's room and the text's
  bool has_marker = true;  // false for the words of a score wrapped onto the row under its first
};
using LabelScoreRow = std::vector<LabelScoreItem>;

// One placed: its marker's middle and its text's start on the baseline.
struct LabelScore {
  std::size_t series = 0;
  std::size_t style = 0;
  Point marker;
  Point text;
  std::string words;
  bool has_marker = true;  // LabelScoreItem::has_marker
};

inline constexpr Font k_label_score_font{14, true};
inline constexpr double k_label_score_marker_room = 15;  // from an item's start to its text
inline constexpr double k_label_score_gap = 14;          // between two items in a row

// Per section, its scores wrapped into rows no wider than `width` (an item
// wider than that gets rows of its own, its words wrapped on to the rows below
// its first, the marker on the first only); no rows with fewer than two inputs.
// `scale` multiplies every size (WebProportions::text_scale).
std::vector<std::vector<LabelScoreRow>> label_score_rows(const WebChart& chart, double width, double scale = 1);

double row_width(const LabelScoreRow& row, double scale = 1);

// The rows placed under a label's lines: lined up with them by `anchor` at
// `x`, the first row's baseline at `first_baseline`, a `line_height` apart.
std::vector<LabelScore> place_label_scores(const std::vector<LabelScoreRow>& rows, double x, std::string_view anchor,
                                           double first_baseline, double line_height, double scale = 1);

// The placed scores as SVG: each input's marker in its colour, then its words in bold.
std::string svg_label_scores(const std::vector<LabelScore>& scores, double scale = 1);

}  // namespace coprod::render
