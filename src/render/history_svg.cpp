#include <algorithm>

#include <fmt/format.h>

#include "render/coverage_notes.hpp"
#include "render/history.hpp"
#include "render/missing_score.hpp"
#include "render/svg_shapes.hpp"
#include "render/text_metrics.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"

namespace coprod::render {

namespace {

using util::xml_text;

// Okabe-Ito colours (without yellow, too pale on white), with a dash pattern
// and marker each so the lines read in greyscale too.
struct LineStyle {
  const char* colour;
  const char* dash;
  const char* marker;
};
constexpr LineStyle k_lines[] = {
    {"#0072B2", "", "circle"},          {"#D55E00", "9 5", "square"}, {"#009E73", "2 4", "triangle"},
    {"#CC79A7", "12 4 3 4", "diamond"}, {"#56B4E9", "", "square"},    {"#E69F00", "9 5", "triangle"},
    {"#000000", "2 4", "circle"},
};

constexpr double k_left = 70, k_plot_width = 620, k_plot_height = 300;
constexpr double k_width = 800, k_margin = 24;
constexpr double k_title_baseline = 40, k_title_to_plot = 50;  // the plot's top, below a one-line title
constexpr Font k_title_font{20, true};
constexpr Font k_path_font{16, false};
constexpr double k_path_line_height = 21;
constexpr std::size_t k_path_lines = 3;
constexpr Font k_note_font{14, false};
constexpr double k_note_line_height = 19, k_note_indent = 16;
constexpr double k_note_left = k_margin + 18;  // after the key's marker
constexpr std::string_view k_title_start = "Section scores over time";
constexpr double k_note_block_gap = 6;  // between the hollow markers' notes and the gaps'
constexpr std::string_view k_partial_key = "A hollow marker: an average that leaves out rows:";
constexpr std::string_view k_gap_key = "No marker: no score for that period:";

struct NoteLine {
  std::string text;
  bool continued = false;  // a note's second line or later, indented
};

// Under the legend: a key ("A hollow marker: ...") and the notes it heads.
struct NoteBlock {
  std::string id;              // "coverage-notes"
  bool hollow_marker = false;  // a hollow marker before the key, as the plot draws a partial average
  std::string_view key;
  std::vector<NoteLine> lines;
  double baseline = 0;  // the key's

  double height() const { return k_note_line_height * static_cast<double>(lines.size() + 1); }
};

// Where things go: the title's lines, the plot, the legend and the notes under it.
struct HistoryLayout {
  std::string title;  // the whole title, as the <title> says it
  std::string file;
  std::vector<std::string> path_lines;  // the file, when the title does not fit on one line
  bool path_shortened = false;          // path_lines leave out some of the file's name
  double plot_top = 0;
  double legend_top = 0;
  std::vector<NoteBlock> notes;
  double notes_top = 0;
  double height = 0;
  std::size_t count = 0;  // versions
  double max = 0;         // the scale's top

  double x_of(std::size_t index) const {
    return count <= 1 ? k_left + k_plot_width / 2
                      : k_left + k_plot_width * static_cast<double>(index) / static_cast<double>(count - 1);
  }
  double y_of(double score) const { return plot_top + k_plot_height * (1 - score / max); }
};

std::string dash_attribute(const LineStyle& style) {
  return *style.dash ? fmt::format(" stroke-dasharray=\"{}\"", style.dash) : "";
}

// A note's lines: wrapped, its later lines indented.
void add_note(std::vector<NoteLine>& lines, const std::string& note) {
  const auto wrapped = wrap_to_width(note, k_width - k_margin - k_note_left - k_note_indent, k_note_font);
  for (std::size_t i = 0; i < wrapped.size(); ++i) lines.push_back({wrapped[i], i > 0});
}

// "6. Review impact: 2026-Q3 from 2 of 3 rows, 1 not applicable": for each section, the averages that leave out rows.
std::vector<NoteLine> coverage_note_lines(const analysis::History& history) {
  const auto& sections = history.framework->sections;
  std::vector<NoteLine> lines;
  for (std::size_t s = 0; s < sections.size(); ++s) {
    std::vector<ColumnCoverage> columns;
    for (const auto& point : history.points) columns.push_back({point.label, point.coverage_of(s)});
    if (const auto note = coverage_note(sections[s].label(), columns)) add_note(lines, *note);
  }
  return lines;
}

// "2. Contact and connect: 2026-Q4 not scored yet": for each section, the
// versions with no score, where its line has a gap, and why.
std::vector<NoteLine> gap_note_lines(const analysis::History& history) {
  const auto& sections = history.framework->sections;
  std::vector<NoteLine> lines;
  for (std::size_t s = 0; s < sections.size(); ++s) {
    std::vector<std::string> gaps;
    for (const auto& point : history.points) {
      if (!point.scores[s])
        gaps.push_back(fmt::format("{} {}", point.label, missing_score_words(point.is_not_applicable(s))));
    }
    if (!gaps.empty()) add_note(lines, fmt::format("{}: {}", sections[s].label(), util::join(gaps, ", ")));
  }
  return lines;
}

// The blocks of notes there are, one under the other.
std::vector<NoteBlock> note_blocks(const analysis::History& history, double top) {
  std::vector<NoteBlock> blocks;
  if (auto lines = coverage_note_lines(history); !lines.empty())
    blocks.push_back({"coverage-notes", true, k_partial_key, std::move(lines)});
  if (auto lines = gap_note_lines(history); !lines.empty())
    blocks.push_back({"gap-notes", false, k_gap_key, std::move(lines)});
  double baseline = top + 15;
  for (auto& block : blocks) {
    block.baseline = baseline;
    baseline += block.height() + k_note_block_gap;
  }
  return blocks;
}

HistoryLayout lay_out_history(const analysis::History& history) {
  HistoryLayout layout;
  layout.file = history.file;
  layout.title = fmt::format("{}: {}", k_title_start, history.file);
  layout.count = history.points.size();
  layout.max = history.framework->scale.max;
  if (text_width(layout.title, k_title_font) > k_width - 2 * k_margin)
    layout.path_lines = wrap_path_to_width(history.file, k_width - 2 * k_margin, k_path_font, k_path_lines);
  layout.path_shortened = !layout.path_lines.empty() && util::join(layout.path_lines, "") != history.file;
  layout.plot_top =
      k_title_baseline + k_title_to_plot + k_path_line_height * static_cast<double>(layout.path_lines.size());
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
    described.push_back(fmt::format("{}: {}.", sections[s].label(), util::join(values, ", ")));
  }
  return fmt::format("<title id=\"history-title\">{}</title>\n<desc id=\"history-desc\">{}</desc>\n",
                     xml_text(layout.title), xml_text(util::join(described, " ")));
}

// The title on one line; or, when it does not fit, the file on lines of its own below it.
std::string heading(const HistoryLayout& layout) {
  const auto n = svg_number;
  const std::string first = layout.path_lines.empty() ? layout.title : std::string(k_title_start) + ":";
  std::string out = fmt::format(
      "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"20\" font-weight=\"bold\" "
      "fill=\"#1a1a1a\">{}</text>\n",
      n(k_width / 2), n(k_title_baseline), xml_text(first));
  if (layout.path_lines.empty()) return out;
  out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"16\" fill=\"#1a1a1a\">",
                     n(k_width / 2), n(k_title_baseline));
  if (layout.path_shortened) out += fmt::format("<title>{}</title>", xml_text(layout.file));
  for (const auto& line : layout.path_lines)
    out += fmt::format("<tspan x=\"{}\" dy=\"{}\">{}</tspan>", n(k_width / 2), n(k_path_line_height), xml_text(line));
  return out + "</text>\n";
}

std::string grid(const analysis::History& history, const HistoryLayout& layout) {
  const auto n = svg_number;
  std::string out = "<g id=\"grid\" stroke=\"#c9c9c9\" stroke-width=\"1\" font-size=\"12\" fill=\"#666666\">\n";
  for (int level = 0; level <= static_cast<int>(layout.max); ++level) {
    const double y = layout.y_of(level);
    out += fmt::format(
        "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/><text x=\"{}\" y=\"{}\" text-anchor=\"end\" "
        "stroke=\"none\">{}</text>\n",
        n(k_left), n(y), n(k_left + k_plot_width), n(y), n(k_left - 8), n(y + 4), level);
  }
  for (std::size_t i = 0; i < layout.count; ++i) {
    const auto& point = history.points[i];
    const double x = layout.x_of(i);
    // The working copy's period, with "working copy" on a line below, so it takes no more width than a period.
    const std::string label =
        point.committed ? xml_text(point.label)
                        : fmt::format("{}<tspan x=\"{}\" dy=\"15\">working copy</tspan>", xml_text(point.period), n(x));
    out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" stroke=\"none\">{}</text>\n", n(x),
                       n(layout.plot_top + k_plot_height + 22), label);
  }
  return out + "</g>\n";
}

// One section's line, broken where a version has no score (never drawn as
// zero), with a marker a version: hollow where its average leaves out rows.
std::string section_line(const analysis::History& history, std::size_t section, const HistoryLayout& layout) {
  const LineStyle& style = k_lines[section % std::size(k_lines)];
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
  for (std::size_t i = 0; i < layout.count; ++i) {
    const auto& point = history.points[i];
    if (!point.scores[section]) {
      flush();
      continue;
    }
    const Point at{layout.x_of(i), layout.y_of(*point.scores[section])};
    run.push_back(n(at.x) + "," + n(at.y));
    out += svg_marker(style.marker, at, style.colour, point.coverage_of(section).is_partial()) + "\n";
  }
  flush();
  return out + "</g>\n";
}

std::string legend(const analysis::History& history, const HistoryLayout& layout) {
  const auto n = svg_number;
  const auto& sections = history.framework->sections;
  std::string out = "<g id=\"legend\" font-size=\"14\" fill=\"#1a1a1a\">\n";
  for (std::size_t s = 0; s < sections.size(); ++s) {
    const LineStyle& style = k_lines[s % std::size(k_lines)];
    const double y = layout.legend_top + 24.0 * static_cast<double>(s);
    out += fmt::format("<line x1=\"200\" y1=\"{0}\" x2=\"244\" y2=\"{0}\" stroke=\"{1}\" stroke-width=\"2.5\"{2}/>\n",
                       n(y), style.colour, dash_attribute(style));
    out += svg_marker(style.marker, {222, y}, style.colour) + "\n";
    out += fmt::format("<text x=\"256\" y=\"{}\">{}</text>\n", n(y + 5), xml_text(sections[s].label()));
  }
  return out + "</g>\n";
}

// Under the legend: when some average leaves out rows, what a hollow marker
// means, then which averages those are and the rows each counts; when some
// version has no score for a section, which, and why (not scored yet, or
// every row n/a), so that a line's gap is never left to guess at.
std::string note_block(const NoteBlock& block) {
  const auto n = svg_number;
  std::string out = fmt::format("<g id=\"{}\" font-size=\"14\" fill=\"#1a1a1a\">\n", block.id);
  if (block.hollow_marker) out += svg_marker("circle", {k_margin + 6, block.baseline - 5}, "#1a1a1a", true) + "\n";
  out += fmt::format("<text x=\"{}\" y=\"{}\">{}</text>\n", n(k_note_left), n(block.baseline), xml_text(block.key));
  for (std::size_t i = 0; i < block.lines.size(); ++i) {
    const NoteLine& line = block.lines[i];
    out += fmt::format("<text x=\"{}\" y=\"{}\">{}</text>\n", n(k_note_left + (line.continued ? k_note_indent : 0)),
                       n(block.baseline + k_note_line_height * static_cast<double>(i + 1)), xml_text(line.text));
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
  out += heading(layout) + grid(history, layout);
  for (std::size_t s = 0; s < history.framework->sections.size(); ++s) out += section_line(history, s, layout);
  out += legend(history, layout);
  for (const auto& block : layout.notes) out += note_block(block);
  out += "</svg>\n";
  return out;
}

}  // namespace coprod::render
