#include <algorithm>
#include <cmath>
#include <map>

#include <fmt/format.h>

#include "model/date.hpp"
#include "render/coverage_notes.hpp"
#include "render/history.hpp"
#include "render/history_missing.hpp"
#include "render/history_svg_notes.hpp"
#include "render/missing_score.hpp"
#include "render/svg_shapes.hpp"
#include "render/text_metrics.hpp"
#include "render/web_style.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"
#include "util/title_join.hpp"

namespace coprod::render {

namespace {

using namespace history_chart;
using util::xml_text;

constexpr double k_left = 70, k_plot_width = 620, k_plot_height = 300;
constexpr double k_plot_padding = 24;  // between the plot's sides and the first and last versions
constexpr double k_title_baseline = 40, k_title_line_height = 26;
constexpr double k_file_to_plot = 40;  // from the file's last line to the plot's top
constexpr Font k_title_font{20, true};
constexpr Font k_path_font{14, false};
constexpr double k_path_line_height = 19, k_title_to_path = 23;  // baseline to baseline
constexpr std::size_t k_path_lines = 3;
// A section's marker: a shape of its own for each of eight sections, each
// with an inside, so that a hollow one (an average that leaves out rows)
// shows; the colours and line patterns are the web's.
constexpr std::string_view k_markers[] = {"circle",        "square",         "triangle",      "diamond",
                                          "triangle-down", "triangle-right", "triangle-left", "hexagon"};
std::string_view marker_of(std::size_t section) { return k_markers[section % std::size(k_markers)]; }

// Points of several sections with the same score for the same version sit
// side by side, at most this far apart, and their lines run side by side.
constexpr double k_marker_step = 11, k_line_step = 3;
constexpr std::string_view k_title_start = "Section scores over time";
constexpr std::string_view k_missing_colour = "#f0f0f0";  // the empty column's band, behind the grid

// Whether periods with no file come just before version `index`.
bool gap_before(const analysis::History& history, std::size_t index) {
  return std::any_of(history.missing.begin(), history.missing.end(),
                     [&](const analysis::PeriodGap& gap) { return gap.before == index; });
}

// Where things go: the title's lines, the plot, the legend and the notes under it.
struct HistoryLayout {
  std::string title;                     // the whole title and file, as the <title> says them
  std::vector<std::string> title_lines;  // "Section scores over time: Northbridge, organisation", wrapped
  double last_title_baseline = 0;
  std::string file;
  std::vector<std::string> path_lines;  // the file, under the title
  bool path_shortened = false;          // path_lines leave out some of the file's name
  double plot_top = 0;
  double legend_top = 0;
  std::vector<NoteBlock> notes;
  double notes_top = 0;
  double height = 0;
  std::size_t count = 0;  // versions
  double max = 0;         // the scale's top
  // Each version's column, and how many columns there are: a run of periods
  // with no file between two versions takes a column of its own, left empty.
  std::vector<std::size_t> column_of;
  std::size_t columns = 0;

  double x_of(std::size_t index) const { return x_of_column(index < column_of.size() ? column_of[index] : index); }
  double x_of_column(std::size_t column) const {
    return columns <= 1 ? k_left + k_plot_width / 2
                        : k_left + k_plot_padding + version_gap() * static_cast<double>(column);
  }
  // Between two columns' points; the whole plot for a single version.
  double version_gap() const {
    return columns <= 1 ? k_plot_width : (k_plot_width - 2 * k_plot_padding) / static_cast<double>(columns - 1);
  }
  double y_of(double score) const { return plot_top + k_plot_height * (1 - score / max); }
};

std::string dash_attribute(const SeriesStyle& style) {
  return style.dash.empty() ? "" : fmt::format(" stroke-dasharray=\"{}\"", style.dash);
}

// "Northbridge, co-production peer network".
std::string whose_history(const analysis::History& history) {
  const std::string_view perspective = model::perspective_title(history.perspective);
  return history.area.empty() ? std::string(perspective) : fmt::format("{}, {}", history.area, perspective);
}

// The heading on one line; or, when it does not fit, "Section scores over
// time:" and then the area and perspective on as many lines as they need.
std::vector<std::string> title_lines(const analysis::History& history, const std::string& heading) {
  const double width = k_width - 2 * k_margin;
  if (text_width(heading, k_title_font) <= width) return {heading};
  std::vector<std::string> lines{std::string(k_title_start) + ":"};
  for (auto& line : wrap_whole_to_width(whose_history(history), width, k_title_font)) lines.push_back(std::move(line));
  return lines;
}

HistoryLayout lay_out_history(const analysis::History& history) {
  HistoryLayout layout;
  layout.file = history.file;
  const std::string heading = fmt::format("{}: {}", k_title_start, whose_history(history));
  layout.title = fmt::format("{}, from {}", heading, history.file);
  layout.title_lines = title_lines(history, heading);
  layout.count = history.points.size();
  for (std::size_t i = 0; i < layout.count; ++i) {
    if (gap_before(history, i)) ++layout.columns;
    layout.column_of.push_back(layout.columns++);
  }
  layout.max = history.framework->scale.max;
  layout.path_lines = wrap_path_to_width(history.file, k_width - 2 * k_margin, k_path_font, k_path_lines);
  layout.path_shortened = util::join(layout.path_lines, "") != history.file;
  layout.last_title_baseline =
      k_title_baseline + k_title_line_height * static_cast<double>(layout.title_lines.size() - 1);
  layout.plot_top = layout.last_title_baseline + k_title_to_path +
                    k_path_line_height * static_cast<double>(layout.path_lines.size() - 1) + k_file_to_plot;
  layout.legend_top = layout.plot_top + k_plot_height + 70;
  const auto sections = static_cast<double>(history.framework->sections.size());
  layout.notes_top = layout.legend_top + 24.0 * sections;
  layout.notes = note_blocks(history, layout.notes_top);
  // 15 below the last note's baseline, or 20 below the legend.
  const NoteBlock* last = layout.notes.empty() ? nullptr : &layout.notes.back();
  layout.height = last ? last->baseline + last->height() - k_note_line_height + 15 : layout.notes_top + 20;
  return layout;
}

// "2.8", "2.8 (from 2 of 3 rows, 1 not applicable)", "not applicable" or "not scored yet".
std::string described_score(const analysis::HistoryPoint& point, std::size_t section) {
  if (!point.scores[section]) return std::string(missing_score_words(point.is_not_applicable(section)));
  const auto coverage = point.coverage_of(section);
  const std::string score = fmt::format("{:.1f}", *point.scores[section]);
  return coverage.is_partial() ? fmt::format("{} (from {})", score, describe_rows_counted(coverage)) : score;
}

std::string title_and_description(const analysis::History& history, const HistoryLayout& layout) {
  const auto& sections = history.framework->sections;
  std::vector<std::string> described;
  for (std::size_t s = 0; s < sections.size(); ++s) {
    std::vector<std::string> values;
    for (const auto& point : history.points) values.push_back(point.label + " " + described_score(point, s));
    described.push_back(util::join_title(sections[s].label(), ": ", util::join(values, ", ") + "."));
  }
  for (const auto& gap : history.missing) described.push_back(missing_heading(gap) + ".");
  if (const auto notes = shallow_notes(history); !notes.empty())
    described.push_back(fmt::format("{} {}.", k_shallow_key, util::join(notes, ". ")));
  return fmt::format("<title id=\"history-title\">{}</title>\n<desc id=\"history-desc\">{}</desc>\n",
                     xml_text(layout.title), xml_text(util::join(described, " ")));
}

// The title, on as many lines as it needs, and the file under it.
std::string heading(const HistoryLayout& layout) {
  const auto n = svg_number;
  std::string out = fmt::format(
      "<text id=\"history-heading\" x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"20\" "
      "font-weight=\"bold\" fill=\"#1a1a1a\">",
      n(k_width / 2), n(k_title_baseline));
  for (std::size_t i = 0; i < layout.title_lines.size(); ++i) {
    out += fmt::format("<tspan x=\"{}\" dy=\"{}\">{}</tspan>", n(k_width / 2), i == 0 ? "0" : n(k_title_line_height),
                       xml_text(layout.title_lines[i]));
  }
  out += "</text>\n";
  out += fmt::format(
      "<text id=\"history-file\" x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"14\" fill=\"#444444\">",
      n(k_width / 2), n(layout.last_title_baseline));
  if (layout.path_shortened) out += fmt::format("<title>{}</title>", xml_text(layout.file));
  for (std::size_t i = 0; i < layout.path_lines.size(); ++i) {
    out += fmt::format("<tspan x=\"{}\" dy=\"{}\">{}</tspan>", n(k_width / 2),
                       n(i == 0 ? k_title_to_path : k_path_line_height), xml_text(layout.path_lines[i]));
  }
  return out + "</text>\n";
}

// Where a run of periods with no file goes: the column between the versions
// either side, and how far its band reaches either side of it.
double missing_x(const HistoryLayout& layout, const analysis::PeriodGap& gap) {
  return layout.x_of_column(layout.column_of[gap.before] - 1);
}
double missing_half_width(const HistoryLayout& layout) { return std::min(layout.version_gap() * 0.4, k_plot_padding); }

// Behind the plot, each run of periods with no file: a grey band down its column.
std::string missing_bands(const analysis::History& history, const HistoryLayout& layout) {
  const auto n = svg_number;
  std::string out;
  for (const auto& gap : history.missing) {
    const double half = missing_half_width(layout);
    out += fmt::format("<rect class=\"missing\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>\n",
                       n(missing_x(layout, gap) - half), n(layout.plot_top), n(2 * half), n(k_plot_height),
                       k_missing_colour);
  }
  return out;
}

// Under each run's band: its period (or first and last), and "no file".
std::string missing_labels(const analysis::History& history, const HistoryLayout& layout) {
  const auto n = svg_number;
  std::string out;
  for (const auto& gap : history.missing) {
    const double x = missing_x(layout, gap);
    std::vector<std::string> lines{gap.first.to_string()};
    if (gap.count > 1) lines.push_back("to " + gap.last.to_string());
    lines.emplace_back(gap.count > 1 ? "no files" : "no file");
    std::string label = xml_text(lines.front());
    for (std::size_t i = 1; i < lines.size(); ++i)
      label += fmt::format("<tspan x=\"{}\" dy=\"15\">{}</tspan>", n(x), xml_text(lines[i]));
    out += fmt::format("<text class=\"missing\" x=\"{}\" y=\"{}\" text-anchor=\"middle\" stroke=\"none\">{}</text>\n",
                       n(x), n(layout.plot_top + k_plot_height + 22), label);
  }
  return out;
}

std::string grid(const analysis::History& history, const HistoryLayout& layout) {
  const auto n = svg_number;
  // The rings' grey and the numbers' colour of the web: 3:1 against white, which shows on a faded projector.
  std::string out = fmt::format("<g id=\"grid\" stroke=\"{}\" stroke-width=\"1\" font-size=\"12\" fill=\"{}\">\n",
                                k_grid_colour, k_scale_colour);
  for (int level = 0; level <= static_cast<int>(layout.max); ++level) {
    const double y = layout.y_of(level);
    out += fmt::format(
        "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/><text x=\"{}\" y=\"{}\" text-anchor=\"end\" "
        "stroke=\"none\">{}</text>\n",
        n(k_left), n(y), n(k_left + k_plot_width), n(y), n(k_left - 8), n(y + 4), level);
  }
  out += missing_labels(history, layout);
  for (std::size_t i = 0; i < layout.count; ++i) {
    const auto& point = history.points[i];
    const double x = layout.x_of(i);
    // The working copy's period, with "working copy" on a line below, so it takes no more width than a period;
    // so too a repeated period's file name or commit, cut short (the notes and description give it whole).
    const std::string below = !point.committed ? "working copy" : util::truncate_to_width(point.told_apart_by, 16);
    const std::string label = below.empty() ? xml_text(point.period)
                                            : fmt::format("{}<tspan x=\"{}\" dy=\"15\">{}</tspan>",
                                                          xml_text(point.period), n(x), xml_text(below));
    out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" stroke=\"none\">{}</text>\n", n(x),
                       n(layout.plot_top + k_plot_height + 22), label);
  }
  return out + "</g>\n";
}

// Where a section's point for one version goes.
struct PlacedPoint {
  Point marker;  // at the score's height exactly
  Point line;    // where the section's line passes, beside the lines of sections with the same score
};
using PlacedPoints = std::vector<std::vector<std::optional<PlacedPoint>>>;  // [section][version]

// Each version's points: where several sections have the same score, their
// markers side by side (in the sections' order) and their lines a little
// apart, so that none hides another; the heights stay exact.
PlacedPoints place_points(const analysis::History& history, const HistoryLayout& layout) {
  const std::size_t sections = history.framework->sections.size();
  PlacedPoints placed(sections, std::vector<std::optional<PlacedPoint>>(layout.count));
  const double half_room = std::min(k_plot_padding, layout.version_gap() * 0.3);
  for (std::size_t i = 0; i < layout.count; ++i) {
    std::map<long, std::vector<std::size_t>> by_score;  // in tenths
    for (std::size_t s = 0; s < sections; ++s) {
      if (const auto score = history.points[i].scores[s]) by_score[std::lround(*score * 10)].push_back(s);
    }
    for (const auto& [tenths, group] : by_score) {
      const double k = static_cast<double>(group.size());
      const double marker_step = k > 1 ? std::min(k_marker_step, 2 * half_room / (k - 1)) : 0;
      const double line_step = k > 1 ? std::min(k_line_step, 6 / (k - 1)) : 0;
      for (std::size_t j = 0; j < group.size(); ++j) {
        const double place = static_cast<double>(j) - (k - 1) / 2;
        const double x = layout.x_of(i) + place * marker_step;
        const double y = layout.y_of(static_cast<double>(tenths) / 10);
        placed[group[j]][i] = PlacedPoint{{x, y}, {x, y + place * line_step}};
      }
    }
  }
  return placed;
}

// One section's line, broken where a version has no score (never drawn as zero)
// and across periods with no file.
std::string section_line(const analysis::History& history, std::size_t section, const PlacedPoints& placed) {
  const SeriesStyle& style = series_style(section);
  const auto n = svg_number;
  std::string out =
      fmt::format("<g class=\"section\" aria-label=\"{}\">\n", xml_text(history.framework->sections[section].label()));
  std::vector<std::string> run;
  const auto flush = [&] {
    if (run.size() > 1) {
      out += fmt::format("<polyline points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"2.5\"{}/>\n",
                         util::join(run, " "), style.colour, dash_attribute(style));
    }
    run.clear();
  };
  for (std::size_t i = 0; i < placed[section].size(); ++i) {
    const auto& point = placed[section][i];
    if (gap_before(history, i)) flush();  // no line across periods with no file
    if (point) run.push_back(n(point->line.x) + "," + n(point->line.y));
    else flush();
  }
  flush();
  return out + "</g>\n";
}

// A section's marker a version, over every line: hollow where its average leaves out rows.
std::string section_markers(const analysis::History& history, std::size_t section, const PlacedPoints& placed) {
  const SeriesStyle& style = series_style(section);
  std::string out = "<g class=\"markers\">\n";
  for (std::size_t i = 0; i < placed[section].size(); ++i) {
    if (!placed[section][i]) continue;
    const bool partial = history.points[i].coverage_of(section).is_partial();
    out += svg_marker(marker_of(section), placed[section][i]->marker, style.colour, partial) + "\n";
  }
  return out + "</g>\n";
}

std::string legend(const analysis::History& history, const HistoryLayout& layout) {
  const auto n = svg_number;
  const auto& sections = history.framework->sections;
  std::string out = "<g id=\"legend\" font-size=\"14\" fill=\"#1a1a1a\">\n";
  for (std::size_t s = 0; s < sections.size(); ++s) {
    const SeriesStyle& style = series_style(s);
    const double y = layout.legend_top + 24.0 * static_cast<double>(s);
    out += fmt::format("<line x1=\"200\" y1=\"{0}\" x2=\"244\" y2=\"{0}\" stroke=\"{1}\" stroke-width=\"2.5\"{2}/>\n",
                       n(y), style.colour, dash_attribute(style));
    out += svg_marker(marker_of(s), {222, y}, style.colour) + "\n";
    out += fmt::format("<text x=\"256\" y=\"{}\">{}</text>\n", n(y + 5), xml_text(sections[s].label()));
  }
  return out + "</g>\n";
}

}  // namespace

std::string render_history_svg(const analysis::History& history) {
  const HistoryLayout layout = lay_out_history(history);
  const auto n = svg_number;
  std::string out = R"(<?xml version="1.0" encoding="UTF-8"?>)"
                    "\n";
  out += fmt::format(
      R"(<svg xmlns="http://www.w3.org/2000/svg" width="{0}" height="{1}" viewBox="0 0 {0} {1}" role="img" )"
      R"(aria-labelledby="history-title history-desc" font-family="DejaVu Sans, Verdana, Arial, Helvetica, sans-serif">)"
      "\n",
      n(k_width), n(layout.height));
  out += title_and_description(history, layout);
  out += "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n";
  out += heading(layout) + missing_bands(history, layout) + grid(history, layout);
  const PlacedPoints placed = place_points(history, layout);
  const std::size_t sections = history.framework->sections.size();
  for (std::size_t s = 0; s < sections; ++s) out += section_line(history, s, placed);
  for (std::size_t s = 0; s < sections; ++s) out += section_markers(history, s, placed);
  out += legend(history, layout);
  for (const auto& block : layout.notes) out += note_block(block);
  out += "</svg>\n";
  return out;
}

}  // namespace coprod::render
