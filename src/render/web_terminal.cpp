#include "render/web_terminal.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <map>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "render/missing_score.hpp"
#include "render/table_parts.hpp"
#include "render/web_geometry.hpp"
#include "render/web_style.hpp"
#include "util/dot_canvas.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"

namespace coprod::render {

namespace {

constexpr int k_grid_layer = 0;
constexpr int k_previous_layer = 1;
constexpr int k_rows = 23;
constexpr const char* k_dim = "\x1b[90m";
constexpr const char* k_reset = "\x1b[0m";
constexpr char k_ascii_glyphs[] = {'o', '+', 'x', '#'};
// Braille dots are all alike, so each input's line has its own pattern of
// dots ('1' drawn): solid, dashes, a long dash and a dot, short dashes; an
// earlier period's is dotted. Each shows in six characters of the key, room for
// its pattern to repeat (⠒⠒⠒⠒⠒⠒, ⠒⠒  ⠒⠒, ⠒⠒ ⠂⠒⠒, ⠒ ⠒ ⠒ ), so the lines are told
// apart with no colour. The second input's dashes (four dots, two characters of
// a level line) are longer than any stretch of the dotted scale rings, axes or
// earlier period, so its line can be followed; its gaps, as long as its dashes,
// show on a steep line too.
constexpr std::string_view k_braille_dashes[] = {"1", "11110000", "11110010", "1100"};
constexpr std::string_view k_previous_dots = "10";
constexpr int k_key_sample_cells = 6;

int series_layer(std::size_t index) { return 2 + static_cast<int>(index); }

class TerminalWeb {
 public:
  TerminalWeb(const WebChart& chart, const WebTerminalOptions& options)
      : m_chart(chart),
        m_options(options),
        m_columns(static_cast<int>(std::min<std::size_t>(options.width, 80))),
        m_canvas(m_columns, k_rows, options.braille),
        m_geometry(make_geometry()) {}

  std::string render() {
    std::string out = heading();
    draw_grid();
    std::size_t current = 0;
    for (const auto& series : m_chart.series) {
      draw_series(series, series.previous ? k_previous_layer : series_layer(current), line_pattern(series, current));
      if (!series.previous) ++current;
    }
    draw_markers();
    draw_axis_keys();
    for (const auto& line : m_canvas.render(palette())) out += line + '\n';
    out += key();
    out += values_table();
    if (!m_chart.abbreviations.empty())  // as the SVG spells them out at its foot
      out += '\n' + util::wrap_hanging(util::terminal_text(m_chart.abbreviations), m_options.width, 0, 2);
    if (!m_chart.period_months.empty())
      out += (m_chart.abbreviations.empty() ? "\n" : "") +
             util::wrap_hanging(util::terminal_text(m_chart.period_months), m_options.width, 0, 2);
    return out;
  }

 private:
  // Terminal cells are about twice as tall as wide. Braille dots are square
  // (2 across, 4 down per cell); an ASCII dot is a whole cell, so the x
  // radius is doubled to keep the web round.
  WebGeometry make_geometry() const {
    const double centre_x = m_canvas.width() / 2.0;
    const double centre_y = m_canvas.height() / 2.0;
    const double radius_y = m_canvas.height() / 2.0 - 1.6 * m_canvas.dots_down();
    const double aspect = m_options.braille ? 1.0 : 2.0;
    const double radius_x = std::min(radius_y * aspect, m_canvas.width() / 2.0 - 4.0 * m_canvas.dots_across());
    return WebGeometry({centre_x, centre_y}, radius_x, radius_y, static_cast<int>(m_chart.axis_labels.size()),
                       m_chart.max_score);
  }

  std::string heading() const {
    std::string out = util::wrap_hanging(util::terminal_text(m_chart.title), m_options.width, 0, 2);
    out += util::wrap_hanging(
        fmt::format("Scores from 0 (centre) to {:g} (outer ring), one axis per section.", m_chart.max_score),
        m_options.width, 0, 0);
    return out;
  }

  // The outer ring solid; the inner rings and the axes dotted, in braille
  // sparsely (every 10th and 6th dot), so that they do not crowd the inputs' lines.
  void draw_grid() {
    const int axes = m_geometry.axis_count();
    const int every = m_options.braille ? 10 : 3;
    for (int ring = 1; ring <= static_cast<int>(m_chart.max_score); ++ring) {
      for (int axis = 0; axis < axes; ++axis) {
        const Point a = m_geometry.point(axis, ring);
        const Point b = m_geometry.point((axis + 1) % axes, ring);
        m_canvas.line(a.x, a.y, b.x, b.y, k_grid_layer, ring == static_cast<int>(m_chart.max_score) ? 1 : every);
      }
    }
    for (int axis = 0; axis < axes; ++axis) {
      const Point end = m_geometry.axis_end(axis);
      const Point centre = m_geometry.point(axis, 0);
      m_canvas.line(centre.x, centre.y, end.x, end.y, k_grid_layer, m_options.braille ? 6 : 2);
    }
  }

  // How a series' line is drawn: in braille, its own pattern of dots; in
  // ASCII, every dot (its glyph tells it apart) or every other for an earlier period.
  std::string_view line_pattern(const WebSeries& series, std::size_t input) const {
    if (series.previous) return k_previous_dots;
    return m_options.braille ? k_braille_dashes[input % std::size(k_braille_dashes)] : "";
  }

  void draw_series(const WebSeries& series, int layer, std::string_view pattern) {
    const WebShape shape = web_shape(series.values);
    for (const auto& run : shape.runs) {
      const std::size_t segments = shape.closed ? run.size() : run.size() - 1;
      for (std::size_t i = 0; i < segments; ++i) {
        const int from = run[i];
        const int to = run[(i + 1) % run.size()];
        const Point a = m_geometry.point(from, *series.values[static_cast<std::size_t>(from)]);
        const Point b = m_geometry.point(to, *series.values[static_cast<std::size_t>(to)]);
        m_canvas.dashed_line(a.x, a.y, b.x, b.y, layer, pattern);
      }
    }
  }

  using Cell = std::pair<int, int>;  // row, column

  // Each input's markers, by the cell each falls in, in the order the axes and the key come: [cell] inputs.
  std::vector<std::pair<Cell, std::vector<std::size_t>>> markers_by_cell() const {
    std::vector<std::pair<Cell, std::vector<std::size_t>>> cells;
    for (std::size_t axis = 0; axis < m_chart.axis_labels.size(); ++axis) {
      std::size_t current = 0;
      for (const auto& series : m_chart.series) {
        if (series.previous) continue;
        const std::size_t input = current++;
        if (axis >= series.values.size() || !series.values[axis]) continue;
        const Point p = m_geometry.point(static_cast<int>(axis), *series.values[axis]);
        const Cell cell{static_cast<int>(p.y) / m_canvas.dots_down(), static_cast<int>(p.x) / m_canvas.dots_across()};
        auto found = std::find_if(cells.begin(), cells.end(), [&](const auto& c) { return c.first == cell; });
        if (found == cells.end()) found = cells.insert(cells.end(), {cell, {}});
        if (std::find(found->second.begin(), found->second.end(), input) == found->second.end()) {
          found->second.push_back(input);
        }
      }
    }
    return cells;
  }

  // Each input's letter where its score is. Letters that would fall in one
  // cell sit side by side in the key's order, and none covers another.
  void draw_markers() {
    std::map<Cell, std::size_t> taken;  // the input whose letter is in each cell
    for (const auto& [cell, inputs] : markers_by_cell()) {
      int column = cell.second - static_cast<int>((inputs.size() - 1) / 2);
      for (const std::size_t input : inputs) {
        while (taken.count({cell.first, column})) ++column;
        taken[{cell.first, column}] = input;
        m_canvas.text(column, cell.first, std::string(1, series_style(input).terminal_marker), series_layer(input));
      }
    }
    note_side_by_side(taken);
  }

  // Each run of two or more letters drawn next to one another on a row (letters of one cell, or of cells
  // side by side), once each, top to bottom, for the key.
  void note_side_by_side(const std::map<Cell, std::size_t>& taken) {
    std::vector<std::size_t> run;
    const auto end_run = [&] {
      if (run.size() > 1 && std::find(m_side_by_side.begin(), m_side_by_side.end(), run) == m_side_by_side.end()) {
        m_side_by_side.push_back(run);
      }
      run.clear();
    };
    for (auto it = taken.begin(); it != taken.end(); ++it) {
      if (it != taken.begin()) {
        const Cell& before = std::prev(it)->first;
        if (before.first != it->first.first || before.second + 1 != it->first.second) end_run();
      }
      run.push_back(it->second);
    }
    end_run();
  }

  std::string letters_of(const std::vector<std::size_t>& inputs, bool colour) const {
    std::string letters;
    for (const std::size_t input : inputs) {
      const std::string letter(1, series_style(input).terminal_marker);
      letters += colour ? coloured(input, letter) : letter;
    }
    return letters;
  }

  // The key's line for the letters drawn side by side: the first run, and what it means; the others drawn
  // are named after it, or, when naming them all would take over two lines, the rule is said for them all.
  std::string side_by_side_key() const {
    const std::string meaning = "scores too close to draw apart";
    std::string label = "letters side by side: " + meaning;
    if (m_side_by_side.size() > 1) {
      std::vector<std::string> others;
      for (std::size_t i = 1; i < m_side_by_side.size(); ++i) others.push_back(letters_of(m_side_by_side[i], false));
      label = fmt::format("letters side by side (also {}): {}", fmt::join(others, ", "), meaning);
      const std::string lines = util::wrap_hanging(label, m_options.width, key_indent(), key_indent());
      if (std::count(lines.begin(), lines.end(), '\n') > 2) {
        label = "letters side by side, here or elsewhere on the web: " + meaning;
      }
    }
    const std::string first = letters_of(m_side_by_side.front(), true);
    const std::size_t used = 2 + m_side_by_side.front().size();
    return key_line("  " + first + std::string(used < key_indent() ? key_indent() - used : 1, ' '), label);
  }

  void draw_axis_keys() {
    for (int axis = 0; axis < m_geometry.axis_count(); ++axis) {
      const Point p = m_geometry.point(axis, m_chart.max_score * 1.22);
      const std::string& key = m_chart.axis_keys[static_cast<std::size_t>(axis)];
      const int column = static_cast<int>(std::lround(p.x / m_canvas.dots_across())) - static_cast<int>(key.size() / 2);
      const int row = static_cast<int>(std::lround(p.y / m_canvas.dots_down()));
      m_canvas.text(column, std::clamp(row, 0, k_rows - 1), key, 100);
    }
  }

  util::DotCanvas::Palette palette() const {
    const bool colour = m_options.colour;
    return {[colour](int layer) -> std::string {
              if (!colour || layer == 100) return "";
              if (layer <= k_previous_layer) return k_dim;
              return series_style(static_cast<std::size_t>(layer - 2)).terminal_colour;
            },
            [](int layer) -> char {
              if (layer == k_grid_layer) return '.';
              if (layer == k_previous_layer) return ':';
              return k_ascii_glyphs[static_cast<std::size_t>(layer - 2) % 4];
            }};
  }

  // A short level stretch of an input's line, as the web draws it, for the key.
  std::string braille_sample(const WebSeries& series, std::size_t input) const {
    util::DotCanvas sample(k_key_sample_cells, 1, true);
    sample.dashed_line(0, 1, 2 * k_key_sample_cells - 1, 1, 1, line_pattern(series, input));
    const util::DotCanvas::Palette plain{[](int) { return std::string(); }, [](int) { return ' '; }};
    const std::string drawn = sample.render(plain).front();
    return drawn + std::string(static_cast<std::size_t>(k_key_sample_cells) - util::display_width(drawn), ' ');
  }

  std::string coloured(std::size_t index, std::string_view text) const {
    if (!m_options.colour) return std::string(text);
    return fmt::format("{}{}{}", series_style(index).terminal_colour, text, k_reset);
  }

  // The columns before a label in the key: "  A ⠒⠒⠒⠒⠒⠒ " in braille, "  A o   " in ASCII.
  std::size_t key_indent() const { return m_options.braille ? 5 + k_key_sample_cells : 9; }

  // One series in the key: its marker (key_indent() columns), then its label wrapped beside it.
  std::string key_line(const std::string& marker, const std::string& label) const {
    const std::size_t indent = key_indent();
    const std::string lines = util::wrap_hanging(util::terminal_text(label), m_options.width, indent, indent);
    return lines.empty() ? marker + '\n' : marker + lines.substr(indent);
  }

  std::string key() const {
    std::string out = "\nKey:\n";
    std::size_t current = 0;
    for (const auto& series : m_chart.series) {
      if (series.previous) {
        out += key_line(fmt::format("  {:<{}} ", m_options.braille ? "dotted" : ":", key_indent() - 3),
                        "previous: " + series.label);
        continue;
      }
      const char marker = series_style(current).terminal_marker;
      const std::string glyphs = m_options.braille
                                     ? fmt::format("{} {}", marker, braille_sample(series, current))
                                     : fmt::format("{:<6}", fmt::format("{} {}", marker, k_ascii_glyphs[current % 4]));
      out += key_line("  " + coloured(current, glyphs) + " ", series.label);
      ++current;
    }
    if (!m_side_by_side.empty()) out += side_by_side_key();
    return out;
  }

  // Each series' heading in the table: its marker, or "prev".
  std::vector<std::string> column_titles() const {
    std::vector<std::string> titles;
    std::size_t current = 0;
    for (const auto& series : m_chart.series) {
      titles.push_back(series.previous ? std::string("prev") : std::string(1, series_style(current++).terminal_marker));
    }
    return titles;
  }

  // The scores by section, in parts when the series' columns do not all fit the width (table_parts()).
  std::string values_table() const {
    const auto titles = column_titles();
    MissingScoreKey key(k_section_not_applicable);
    std::string out;
    // The keys' column: 4 wide, or wider for a key of several letters ("Lear", for "Learning").
    std::size_t key_width = 4;
    for (const auto& axis_key : m_chart.axis_keys) key_width = std::max(key_width, axis_key.size() + 1);
    const auto parts = table_parts(titles.size(), m_options.width, key_width + 20, 7);
    const std::size_t columns = parts.front().size();  // the label column is as wide in every part
    const std::size_t label_width = std::clamp<std::size_t>(
        m_options.width > key_width + 7 * columns + 20 ? m_options.width - key_width - 7 * columns : 20, 20, 42);
    for (const auto& part : parts) {
      out += fmt::format("\n{:<{}}{:<{}}", "", key_width, "Section", label_width);
      for (std::size_t i = part.first; i < part.end; ++i) out += fmt::format("{:>7}", titles[i]);
      out += '\n';
      for (std::size_t axis = 0; axis < m_chart.axis_labels.size(); ++axis) {
        out += fmt::format("{:<{}}{:<{}}", m_chart.axis_keys[axis], key_width,
                           util::truncate_to_width(util::terminal_text(m_chart.axis_labels[axis]), label_width - 1),
                           label_width);
        for (std::size_t i = part.first; i < part.end; ++i) {
          const auto& series = m_chart.series[i];
          out += fmt::format("{:>7}", key.cell(series.values[axis], series.is_not_applicable(axis)));
        }
        out += '\n';
      }
    }
    return out + util::wrap_hanging(key.line(), m_options.width, 0, 0);
  }

  const WebChart& m_chart;
  const WebTerminalOptions& m_options;
  int m_columns;
  util::DotCanvas m_canvas;
  WebGeometry m_geometry;
  std::vector<std::vector<std::size_t>> m_side_by_side;  // each run of letters drawn side by side, for the key
};

}  // namespace

std::string render_web_terminal(const WebChart& chart, const WebTerminalOptions& options) {
  return TerminalWeb(chart, options).render();
}

}  // namespace coprod::render
