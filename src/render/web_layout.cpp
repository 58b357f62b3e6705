#include "render/web_layout.hpp"

#include <algorithm>
#include <cmath>

namespace coprod::render {

namespace {

// The largest the plot grows to push apart labels that overlap, times the text scale when that is above 1: the
// large picture's labels, half as wide again, need half as much room again round the plot.
constexpr double k_max_radius = 520;
constexpr double k_label_width = 180;  // wrap width of a section label
constexpr std::size_t k_max_label_lines = 3;
constexpr std::size_t k_max_titled_axes = 9;
constexpr double k_label_clearance = 26;  // between the outer ring and a label (value labels sit there)
constexpr double k_label_padding = 6;     // between two labels
constexpr double k_axis_line = 17;
// With the legend beside the plot (WebProportions::legend_beside): a projector's screen, width to height, and the
// column's width, from its narrowest to its widest a step at a time, each times the text scale.
constexpr double k_screen_shape = 16.0 / 9;
constexpr double k_narrowest_column = 300;
constexpr double k_widest_column = 900;
constexpr double k_column_step = 20;
// The legend's first sample line goes 36 below the foot it is given (room under a plot); beside the plot, given
// the plot's top less this, its first line's words start about level with the plot's top.
constexpr double k_column_lift = 20;

bool overlaps(const Box& a, const Box& b, double padding) {
  return a.left < b.right + padding && b.left < a.right + padding && a.top < b.bottom + padding &&
         b.top < a.bottom + padding;
}

double widest(const std::vector<std::string>& lines, const Font& font) {
  double width = 0;
  for (const auto& line : lines) width = std::max(width, text_width(line, font));
  return width;
}

// The distance from the centre (0, 0) to the nearest point of a box.
double distance_to_centre(const Box& box) {
  const double dx = std::max({box.left, 0.0, -box.right});
  const double dy = std::max({box.top, 0.0, -box.bottom});
  return std::hypot(dx, dy);
}

Font scaled(const Font& font, double scale) { return {font.size * scale, font.bold}; }

double max_radius(double scale) { return k_max_radius * std::max(1.0, scale); }

// What a section's label says: its title's lines (or its key), then the inputs' scores.
struct LabelContent {
  std::vector<std::string> lines;
  std::vector<LabelScoreRow> scores;
};

struct PlacedLabel {
  TextBlock text;
  Box box;
  std::vector<LabelScore> scores;
};

// A label beside the end of its axis, relative to the centre, pushed out
// until it clears the outer ring.
PlacedLabel place_label(const LabelContent& content, double angle, double radius, double scale) {
  const double dx = std::cos(angle);
  const double dy = std::sin(angle);
  const double line = k_axis_line * scale;
  double width = widest(content.lines, scaled(k_axis_font, scale));
  for (const auto& row : content.scores) width = std::max(width, row_width(row, scale));
  const double height = line * static_cast<double>(content.lines.size() + content.scores.size());
  PlacedLabel label;
  label.text.lines = content.lines;
  label.text.line_height = line;
  label.text.anchor = dx > 0.3 ? "start" : dx < -0.3 ? "end" : "middle";
  const double left_offset = dx > 0.3 ? 0 : dx < -0.3 ? -width : -width / 2;
  const double top_offset = dy < -0.3 ? -height : dy > 0.3 ? 0 : -height / 2;
  for (double distance = radius + 8;; distance += 2) {
    const double x = distance * dx;
    const double y = distance * dy;
    label.box = {x + left_offset, y + top_offset, x + left_offset + width, y + top_offset + height};
    label.text.x = x;
    label.text.first_baseline = y + top_offset + line - 4 * scale;
    if (distance_to_centre(label.box) >= radius + k_label_clearance * scale) break;
  }
  const double scores_baseline = label.text.first_baseline + line * static_cast<double>(content.lines.size());
  label.scores = place_label_scores(content.scores, label.text.x, label.text.anchor, scores_baseline, line, scale);
  return label;
}

std::vector<PlacedLabel> place_labels(const std::vector<LabelContent>& contents, const WebGeometry& geometry,
                                      double radius, double scale) {
  std::vector<PlacedLabel> labels;
  for (std::size_t axis = 0; axis < contents.size(); ++axis) {
    labels.push_back(place_label(contents[axis], geometry.axis_angle(static_cast<int>(axis)), radius, scale));
  }
  return labels;
}

bool any_overlap(const std::vector<PlacedLabel>& labels) {
  for (std::size_t i = 0; i < labels.size(); ++i) {
    for (std::size_t j = i + 1; j < labels.size(); ++j) {
      if (overlaps(labels[i].box, labels[j].box, k_label_padding)) return true;
    }
  }
  return false;
}

// Each axis's label lines, or nothing when the labels are too long for the
// axes and a numbered key is needed.
std::optional<std::vector<std::vector<std::string>>> titled_axis_lines(const WebChart& chart, double scale) {
  if (chart.axis_labels.size() > k_max_titled_axes) return std::nullopt;
  std::vector<std::vector<std::string>> all;
  for (const auto& label : chart.axis_labels) {
    auto lines = wrap_to_width(label, k_label_width * scale, scaled(k_axis_font, scale));
    const bool cut =
        std::any_of(lines.begin(), lines.end(), [](const auto& l) { return l.find("\u2026") != std::string::npos; });
    if (lines.size() > k_max_label_lines || cut) return std::nullopt;
    all.push_back(std::move(lines));
  }
  return all;
}

// The whole text, on as many lines as it needs: a title is never cut.
TextBlock centred_block(std::string_view text, const Font& font, double width, double margin, double top) {
  TextBlock block;
  block.lines = wrap_whole_to_width(text, width - 2 * margin, font);
  block.x = width / 2;
  block.anchor = "middle";
  block.line_height = font.size * 1.3;
  block.first_baseline = top + font.size;
  return block;
}

double block_bottom(const TextBlock& block) {
  return block.first_baseline + block.line_height * static_cast<double>(block.lines.size() - 1) +
         block.line_height * 0.35;
}

// The legend's column beside the plot, and the picture's width round them both.
struct Landscape {
  double column_width = 0;
  double start_radius = 0;  // the plot's, before labels that overlap push it out
  double width = 0;         // at least the plot's and the column's: they sit in its middle
  double column_drop = 0;   // how far the column is lowered, to sit level with the plot's middle
};

class Layouter {
 public:
  Layouter(const WebChart& chart, const WebProportions& proportions, std::optional<Landscape> landscape = {})
      : m_chart(chart), m_proportions(proportions), m_landscape(landscape) {}

  // With the legend beside the plot, after run(): the plot's and the column's width, and how much lower the
  // plot's foot is than the column's (less than 0 when the column is the taller).
  double content_width() const { return m_plot_width + (m_landscape ? m_landscape->column_width : 0); }
  double room_under_column() const { return m_plot_bottom - m_bottom; }

  WebLayout run() {
    m_layout.text_scale = scale();
    const auto titled = m_proportions.titled_axes ? titled_axis_lines(m_chart, scale()) : std::nullopt;
    m_layout.numbered_axes = !titled;
    std::vector<LabelContent> contents;
    if (titled)
      for (auto& lines : *titled) contents.push_back({std::move(lines), {}});
    else
      for (const auto& key : m_chart.axis_keys) contents.push_back({{key}, {}});
    if (m_proportions.label_scores) {
      auto scores = label_score_rows(m_chart, k_label_width * scale(), scale());
      for (std::size_t axis = 0; axis < contents.size(); ++axis) contents[axis].scores = std::move(scores[axis]);
    }
    const std::vector<PlacedLabel> labels = plot(contents);
    header();
    position_plot(labels);
    if (m_landscape) {
      m_plot_bottom = m_bottom;
      m_bottom = m_layout.plot_area.top + m_landscape->column_drop - k_column_lift * scale();
    }
    if (m_proportions.legend) legend();
    if (m_layout.numbered_axes && m_proportions.section_key) section_key();
    if (m_proportions.abbreviations && !m_chart.abbreviations.empty())
      m_layout.abbreviations = foot(m_chart.abbreviations);
    if (m_proportions.abbreviations && !m_chart.period_months.empty())
      m_layout.period_months = foot(m_chart.period_months);
    m_layout.height = std::ceil(std::max(m_bottom, m_plot_bottom) + margin());
    return std::move(m_layout);
  }

 private:
  double margin() const { return m_proportions.margin; }
  double scale() const { return m_proportions.text_scale; }
  Font font(const Font& font) const { return scaled(font, scale()); }
  double column_left() const { return m_left + m_plot_width; }
  double column_right() const { return column_left() + m_landscape->column_width; }

  // The smallest radius from the start at which no two labels overlap.
  std::vector<PlacedLabel> plot(const std::vector<LabelContent>& contents) {
    const int axes = static_cast<int>(contents.size());
    for (double radius = m_landscape ? m_landscape->start_radius : m_proportions.start_radius;; radius += 10) {
      const WebGeometry geometry({0, 0}, radius, radius, axes, m_chart.max_score);
      auto labels = place_labels(contents, geometry, radius, scale());
      if (!any_overlap(labels) || radius >= max_radius(scale())) {
        m_layout.radius = radius;
        Box extent{-radius, -radius, radius, radius};
        for (const auto& label : labels) {
          extent = {std::min(extent.left, label.box.left), std::min(extent.top, label.box.top),
                    std::max(extent.right, label.box.right), std::max(extent.bottom, label.box.bottom)};
        }
        m_extent = extent;
        const double half = std::max(-extent.left, extent.right);
        m_plot_width = 2 * (half + margin());
        m_layout.width = std::ceil(std::max(m_proportions.min_width, m_plot_width));
        if (m_landscape) {
          m_layout.width = std::ceil(std::max({m_proportions.min_width, content_width(), m_landscape->width}));
          m_left = std::floor((m_layout.width - content_width()) / 2);
        }
        return labels;
      }
    }
  }

  void header() {
    if (!m_proportions.heading) return;  // the plot starts a margin from the top
    // Beside a column, as wide as the plot and the column, so that the picture's width round them is the same
    // whatever the heading's length.
    const double width = m_landscape ? content_width() : m_layout.width;
    m_layout.title = centred_block(m_chart.title, font(k_title_font), width, margin(), margin());
    m_layout.subtitle = centred_block(m_chart.subtitle, font(k_subtitle_font), width, margin(),
                                      block_bottom(m_layout.title) + 4 * scale());
    m_layout.title.x = m_layout.subtitle.x = m_layout.width / 2;
    m_bottom = block_bottom(m_layout.subtitle);
  }

  void position_plot(const std::vector<PlacedLabel>& labels) {
    m_layout.centre = {m_landscape ? m_left + m_plot_width / 2 : m_layout.width / 2,
                       std::ceil(m_bottom + (m_proportions.heading ? 24 : margin()) - m_extent.top)};
    for (const auto& label : labels) {
      TextBlock text = label.text;
      text.x += m_layout.centre.x;
      text.first_baseline += m_layout.centre.y;
      m_layout.axis_labels.push_back(std::move(text));
      const Point c = m_layout.centre;
      m_layout.axis_label_boxes.push_back(
          {label.box.left + c.x, label.box.top + c.y, label.box.right + c.x, label.box.bottom + c.y});
      for (LabelScore score : label.scores) {
        score.marker = {score.marker.x + c.x, score.marker.y + c.y};
        score.text = {score.text.x + c.x, score.text.y + c.y};
        m_layout.label_scores.push_back(std::move(score));
      }
    }
    m_bottom = m_layout.centre.y + m_extent.bottom;
    m_layout.plot_area = {0, m_layout.centre.y + m_extent.top, m_layout.width, m_bottom};
    if (m_landscape) m_layout.plot_area = {m_left, m_layout.plot_area.top, column_left(), m_bottom};
  }

  // A series' words in the legend; where the section labels name the inputs by letters, with its letter first.
  std::string legend_words(const WebSeries& series) const {
    const std::string words = legend_text(m_chart, series, m_layout.numbered_axes);
    const bool lettered = m_chart.lettered && !series.previous && !m_layout.label_scores.empty();
    return lettered ? series.short_name + ": " + words : words;
  }

  void legend() {
    const double text_offset = (k_swatch_width + 12) * scale();
    const double available =
        (m_landscape ? column_right() - column_left() - margin() : m_layout.width - 2 * margin()) - text_offset;
    const double line = 18 * scale();
    std::vector<std::vector<std::string>> texts;
    double widest_text = 0;
    for (const auto& series : m_chart.series) {
      texts.push_back(wrap_whole_to_width(legend_words(series), available, font(k_legend_font)));
      widest_text = std::max(widest_text, widest(texts.back(), font(k_legend_font)));
    }
    const auto pair = first_shared_pair(m_chart);
    const auto note =
        pair ? wrap_whole_to_width(k_shared_lines_words, available, font(k_legend_font)) : std::vector<std::string>{};
    widest_text = std::max(widest_text, widest(note, font(k_legend_font)));
    m_layout.legend_left = std::floor(std::max(margin(), (m_layout.width - widest_text - text_offset) / 2));
    if (m_landscape) m_layout.legend_left = column_left();
    double y = m_bottom + 36 * scale();
    for (std::size_t i = 0; i < texts.size(); ++i) {
      LegendEntry entry;
      entry.series = i;
      entry.swatch_y = y;
      entry.text = {texts[i], m_layout.legend_left + text_offset, y + 5 * scale(), line, "start"};
      y += line * static_cast<double>(texts[i].size()) + 8 * scale();
      m_layout.legend.push_back(std::move(entry));
    }
    if (pair) {
      m_layout.shared_lines_note =
          SharedLinesNote{*pair, y, {note, m_layout.legend_left + text_offset, y + 5 * scale(), line, "start"}};
      y += line * static_cast<double>(note.size()) + 8 * scale();
    }
    m_bottom = y - 8 * scale();
  }

  void section_key() {
    double y = m_bottom + 28 * scale();
    const double x = m_landscape ? column_left() : margin();
    const double available = (m_landscape ? column_right() : m_layout.width) - x - margin();
    const double line = 17 * scale();
    for (const auto& label : m_chart.axis_labels) {
      TextBlock block{wrap_whole_to_width(label, available, font(k_key_font)), x, y, line, "start"};
      y += line * static_cast<double>(block.lines.size()) + 3 * scale();
      m_layout.section_key.push_back(std::move(block));
    }
    m_bottom = y - 3 * scale();
  }

  // A note at the foot, the first under the legend or key and the next close under it, lined up with the
  // section key, else with the legend's sample lines.
  TextBlock foot(std::string_view text) {
    double x = m_layout.numbered_axes || !m_proportions.legend ? margin() : m_layout.legend_left;
    if (m_landscape) x = column_left();
    const auto lines =
        wrap_whole_to_width(text, (m_landscape ? column_right() : m_layout.width) - x - margin(), font(k_key_font));
    const double line = 17 * scale();
    const double y = m_bottom + (m_layout.abbreviations ? line : 28 * scale());
    m_bottom = y + line * static_cast<double>(lines.size() - 1) + 4 * scale();
    return TextBlock{lines, x, y, line, "start"};
  }

  const WebChart& m_chart;
  const WebProportions& m_proportions;
  std::optional<Landscape> m_landscape;
  WebLayout m_layout;
  Box m_extent;
  double m_bottom = 0;
  double m_plot_width = 0;
  double m_left = 0;         // beside a column: where the plot's room starts
  double m_plot_bottom = 0;  // beside a column: the foot of the plot's labels
};

// A try at the picture with the legend beside the plot, and what it shows.
struct LandscapeTry {
  explicit LandscapeTry(const WebChart& chart, const WebProportions& proportions, const Landscape& shape) {
    Layouter layouter(chart, proportions, shape);
    const WebLayout layout = layouter.run();
    height = layout.height;
    radius = layout.radius;
    content_width = layouter.content_width();
    plot_width = content_width - shape.column_width;
    room_under_column = layouter.room_under_column();
  }
  bool wider_than_screen() const { return content_width >= k_screen_shape * height; }
  double height = 0;
  double radius = 0;
  double content_width = 0;
  double plot_width = 0;
  double room_under_column = 0;
};

// How the column beside the plot is made room for when the legend, key and notes are taller than the plot.
enum class ColumnRule {
  widen,      // the column wider, up to the widest or the screen's shape, the plot as it is
  plot_first  // the column no wider than the plot: the plot larger instead, until the column fits beside it
};

// The radius of the web on a 16:9 screen showing the whole picture as large as it fits.
double radius_on_screen(const WebLayout& layout) {
  return layout.radius * std::min(k_screen_shape / layout.width, 1 / layout.height);
}

// The legend in a column beside the plot, the column made room for by `rule`. Then, while the picture is still
// wider than a screen's shape, the plot larger (shrunk to fit the screen's width, its words stay as large); last,
// the picture widened to the screen's shape and the column lowered level with the plot's middle.
WebLayout lay_out_landscape(const WebChart& chart, const WebProportions& proportions, ColumnRule rule) {
  const double scale = proportions.text_scale;
  Landscape shape{k_narrowest_column * scale, proportions.start_radius, 0, 0};
  LandscapeTry tried(chart, proportions, shape);
  while (tried.room_under_column < 0 && !tried.wider_than_screen()) {
    const double wider = shape.column_width + k_column_step * scale;
    const bool may_widen = rule == ColumnRule::widen || wider <= tried.plot_width;
    if (wider <= k_widest_column * scale && may_widen) shape.column_width = wider;
    else if (rule == ColumnRule::plot_first && tried.radius < max_radius(scale)) shape.start_radius = tried.radius + 10;
    else break;
    tried = LandscapeTry(chart, proportions, shape);
  }
  while (tried.wider_than_screen() && shape.start_radius < max_radius(scale)) {
    shape.start_radius += 10;
    tried = LandscapeTry(chart, proportions, shape);
  }
  shape.width = std::ceil(k_screen_shape * tried.height);
  shape.column_drop = std::floor(std::max(0.0, tried.room_under_column) / 2);
  return Layouter(chart, proportions, shape).run();
}

// Of the two rules, the picture whose web is the larger on a screen: a long section key (fifteen sections)
// widened into a column three times the plot's width would leave the web a corner of the screen.
WebLayout lay_out_landscape(const WebChart& chart, const WebProportions& proportions) {
  WebLayout widened = lay_out_landscape(chart, proportions, ColumnRule::widen);
  WebLayout plot_first = lay_out_landscape(chart, proportions, ColumnRule::plot_first);
  return radius_on_screen(plot_first) > radius_on_screen(widened) ? std::move(plot_first) : std::move(widened);
}

}  // namespace

WebLayout lay_out_web(const WebChart& chart, const WebProportions& proportions) {
  if (proportions.legend_beside) return lay_out_landscape(chart, proportions);
  return Layouter(chart, proportions).run();
}

}  // namespace coprod::render
