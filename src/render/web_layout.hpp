#pragma once
// Where everything in the SVG web goes, worked out from the measured size of
// each piece of text (render/text_metrics.hpp) so that the title, subtitle,
// section labels, legend and section key never overlap each other or the
// plot and never leave the picture: long labels wrap, a label that would need
// more than three lines turns the axes into a numbered key listed under the
// chart, the title, legend and key wrap onto as many lines as they need, and
// the plot and canvas grow rather than clip.

#include <optional>
#include <string>
#include <vector>

#include "render/text_metrics.hpp"
#include "render/web_chart.hpp"
#include "render/web_geometry.hpp"
#include "render/web_label_scores.hpp"
#include "render/web_shared_lines.hpp"

namespace coprod::render {

struct Box {
  double left = 0;
  double top = 0;
  double right = 0;
  double bottom = 0;
};

struct TextBlock {
  std::vector<std::string> lines;
  double x = 0;               // the anchor of every line
  double first_baseline = 0;  // y of the first line
  double line_height = 0;
  const char* anchor = "start";  // SVG text-anchor
};

struct LegendEntry {
  std::size_t series = 0;  // index into WebChart::series
  double swatch_y = 0;     // the middle of the sample line
  TextBlock text;
};

// Under the legend, when lines share a stretch: a sample of two that do
// (drawn as on the web) and what it means.
struct SharedLinesNote {
  SharedPair pair;
  double swatch_y = 0;
  TextBlock text;
};

inline constexpr std::string_view k_shared_lines_words =
    "Lines with the same scores at both ends run together: the one higher in this key is drawn on both sides of the "
    "other, as here.";

struct WebLayout {
  double width = 0;
  double height = 0;
  Point centre;
  double radius = 0;
  bool numbered_axes = false;  // axes show keys, titles are listed in the section key
  TextBlock title;
  TextBlock subtitle;
  std::vector<TextBlock> axis_labels;  // one per section
  std::vector<Box> axis_label_boxes;   // the room each takes, its scores included
  // With two or more inputs, each one's score under each section's label (render/web_label_scores.hpp).
  std::vector<LabelScore> label_scores;
  double text_scale = 1;  // WebProportions::text_scale: every font size is its own times this
  // The picture's width from the top of the plot's labels to their foot:
  // nothing but the plot is drawn there, and its numbers stay in it.
  Box plot_area;
  double legend_left = 0;
  std::vector<LegendEntry> legend;
  std::optional<SharedLinesNote> shared_lines_note;
  std::vector<TextBlock> section_key;  // one per section, when numbered_axes
  // At the foot, WebChart::abbreviations spelled out: a label has no room beside it.
  std::optional<TextBlock> abbreviations;
  // Under them, WebChart::period_months: the legend names each period, not its months.
  std::optional<TextBlock> period_months;
};

inline constexpr Font k_title_font{24, true};
inline constexpr Font k_subtitle_font{14, false};
inline constexpr Font k_axis_font{14, false};
inline constexpr Font k_legend_font{14, false};
inline constexpr Font k_key_font{13, false};
inline constexpr double k_swatch_width = 44;  // the legend's sample line

// How large the plot is beside its words. Page 1 of the evidence pack draws
// its plot without the heading (the page has one), the legend or the
// abbreviations spelled out (the page gives them under the picture, more
// compactly), and with its axes numbered and no section key under it (the
// section scores' table beside it is the key): the words around a titled
// plot would leave it no more than about 40 mm across on A4 at the 7 pt its
// scale needs, where numbered it prints over 80 mm across beside the table.
struct WebProportions {
  double start_radius = 200;  // the plot's radius, before labels that overlap push it out
  double min_width = 800;
  double margin = 24;   // white space around it all
  bool heading = true;  // the title and subtitle drawn at the top
  bool legend = true;
  bool abbreviations = true;  // WebChart::abbreviations and ::period_months spelled out at the foot
  bool titled_axes = true;    // each axis's section label at its end, when they fit; else its key ("1", "F")
  bool section_key = true;    // under numbered axes, each key's section label
  // Opened on its own in a browser, shrunk to fit the window whole (a projector's 911 by 512 at 150% zoom shows
  // the legend beside the web's foot, not below the fold); its width and height stay its size for every other
  // program (librsvg, LibreOffice, an <img>). Not page 1's, which its page's own style sizes.
  bool fit_window = true;
  // With two or more inputs, each one's score under each section's label. Not on page 1, whose table of
  // section scores beside the web gives them.
  bool label_scores = true;
  // Every font size times this, and the room round the text with it; the markers and lines too.
  double text_scale = 1;
  // For a projector's 16:9 screen: the legend, the section key and the notes in a column beside the plot, not
  // under it, and the picture at least 16 wide for every 9 high, the plot and the column in its middle.
  bool legend_beside = false;
  // Opened on its own in a browser, as large as the window, grown or shrunk to fit it (a projector's screen is
  // larger than the picture); other programs, as fit_window says, draw it at its width and height.
  bool fill_window = false;
};
inline constexpr WebProportions k_page_one_web{210, 0, 4, false, false, false, false, false, false, false};
// For a projected screen (`coprod web --size large`): every word, number, marker and line half as large again,
// beside a plot that starts smaller, with the legend beside the plot, so that the picture is the shape of a 16:9
// screen and the words print larger on it than the default picture's (man/coprod-web.1 gives the sizes).
inline constexpr WebProportions k_large_web{150, 800, 24, true, true, true, true, true, true, true, 1.5, true, true};

WebLayout lay_out_web(const WebChart& chart, const WebProportions& proportions = {});

// The legend's words for one series: its label, any sections not scored, not
// applicable or held back and, for combined assessments, what the bands mean.
std::string legend_text(const WebChart& chart, const WebSeries& series, bool numbered_axes);

}  // namespace coprod::render
