#include "render/web_label_scores.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "render/missing_score.hpp"
#include "render/svg_shapes.hpp"
#include "render/web_style.hpp"
#include "util/escape.hpp"

namespace coprod::render {

namespace {

Font scaled(const Font& font, double scale) { return {font.size * scale, font.bold}; }

// The score's words: "3.8", or why there is none.
std::string score_words(const WebSeries& series, std::size_t section) {
  if (section < series.values.size() && series.values[section]) return fmt::format("{:.1f}", *series.values[section]);
  if (series.is_not_applicable(section)) return std::string(k_not_applicable_words);
  if (series.is_held_back(section)) return std::string(k_held_back_words);
  return std::string(k_not_scored_words);
}

// An input's name and score on one line where they fit, else the name's line(s) then the score's, so that the
// score's words ("not scored yet") are read together.
std::vector<std::string> score_lines(const std::string& name, const std::string& score, double width,
                                     const Font& font) {
  const std::string text = name.empty() ? score : name + " " + score;
  if (name.empty() || text_width(text, font) <= width) return wrap_whole_to_width(text, width, font);
  auto lines = wrap_whole_to_width(name, width, font);
  for (auto& line : wrap_whole_to_width(score, width, font)) lines.push_back(std::move(line));
  return lines;
}

// One input's score as items no wider than `width` where its words can wrap: the first with the marker, any
// more the words wrapped under the first's words.
void add_items(std::vector<LabelScoreItem>& items, std::size_t series, std::size_t style,
               const std::vector<std::string>& lines, double scale) {
  const Font font = scaled(k_label_score_font, scale);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    items.push_back(
        {series, style, lines[i], (k_label_score_marker_room * scale) + text_width(lines[i], font), i == 0});
  }
}

std::vector<LabelScoreItem> section_items(const WebChart& chart, std::size_t section, double width, double scale) {
  std::vector<LabelScoreItem> items;
  std::size_t style = 0;
  for (std::size_t s = 0; s < chart.series.size(); ++s) {
    const WebSeries& series = chart.series[s];
    if (series.previous) continue;
    const std::string score = score_words(series, section);
    const double text_room = width - (k_label_score_marker_room * scale);
    add_items(items, s, style++, score_lines(series.short_name, score, text_room, scaled(k_label_score_font, scale)),
              scale);
  }
  return items;
}

// Whether the item is a score whose words wrap: it and its wrapped words take rows of their own.
bool wraps(const std::vector<LabelScoreItem>& items, std::size_t i) {
  return !items[i].has_marker || (i + 1 < items.size() && !items[i + 1].has_marker);
}

std::vector<LabelScoreRow> wrap_items(std::vector<LabelScoreItem> items, double width, double scale) {
  std::vector<LabelScoreRow> rows;
  bool row_open = false;  // the last row may take another score
  for (std::size_t i = 0; i < items.size(); ++i) {
    const bool own_row = wraps(items, i);
    if (row_open && !own_row && row_width(rows.back(), scale) + k_label_score_gap * scale + items[i].width <= width) {
      rows.back().push_back(std::move(items[i]));
    } else {
      rows.push_back({std::move(items[i])});
    }
    row_open = !own_row;
  }
  return rows;
}

}  // namespace

double row_width(const LabelScoreRow& row, double scale) {
  double width = 0;
  for (const auto& item : row) width += item.width;
  return width + k_label_score_gap * scale * static_cast<double>(row.empty() ? 0 : row.size() - 1);
}

std::vector<std::vector<LabelScoreRow>> label_score_rows(const WebChart& chart, double width, double scale) {
  const auto inputs =
      std::count_if(chart.series.begin(), chart.series.end(), [](const auto& s) { return !s.previous; });
  std::vector<std::vector<LabelScoreRow>> all(chart.axis_labels.size());
  if (inputs < 2) return all;
  for (std::size_t section = 0; section < all.size(); ++section) {
    all[section] = wrap_items(section_items(chart, section, width, scale), width, scale);
  }
  return all;
}

std::vector<LabelScore> place_label_scores(const std::vector<LabelScoreRow>& rows, double x, std::string_view anchor,
                                           double first_baseline, double line_height, double scale) {
  std::vector<LabelScore> placed;
  double baseline = first_baseline;
  for (const auto& row : rows) {
    const double width = row_width(row, scale);
    double left = anchor == "start" ? x : anchor == "end" ? x - width : x - width / 2;
    for (const auto& item : row) {
      // The marker (10 px across, times the scale) beside the text, its middle level with the middle of the figures.
      const Point marker{left + 5 * scale, baseline - 5 * scale};
      placed.push_back({item.series,
                        item.style,
                        marker,
                        {left + k_label_score_marker_room * scale, baseline},
                        item.text,
                        item.has_marker});
      left += item.width + k_label_score_gap * scale;
    }
    baseline += line_height;
  }
  return placed;
}

std::string svg_label_scores(const std::vector<LabelScore>& scores, double scale) {
  if (scores.empty()) return "";
  std::string out = fmt::format("<g class=\"label-scores\" font-size=\"{:g}\" font-weight=\"bold\" fill=\"#1a1a1a\">\n",
                                k_label_score_font.size * scale);
  for (const auto& score : scores) {
    const SeriesStyle& style = series_style(score.style);
    // An input's marker, as large as its text beside it is large.
    if (score.has_marker) out += svg_scaled_marker(style.marker, score.marker, style.colour, false, scale) + "\n";
    out += fmt::format("<text x=\"{}\" y=\"{}\">{}</text>\n", svg_number(score.text.x), svg_number(score.text.y),
                       util::xml_text(score.words));
  }
  return out + "</g>\n";
}

}  // namespace coprod::render
