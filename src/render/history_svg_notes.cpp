#include "render/history_svg_notes.hpp"

#include <map>

#include <fmt/format.h>

#include "model/date.hpp"
#include "render/coverage_notes.hpp"
#include "render/missing_score.hpp"
#include "render/svg_shapes.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"
#include "util/title_join.hpp"

namespace coprod::render::history_chart {

namespace {

using util::xml_text;

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
    if (!gaps.empty()) add_note(lines, util::join_title(sections[s].label(), ": ", util::join(gaps, ", ")));
  }
  return lines;
}

// "2026-Q2, between 2026-Q1 and 2026-Q3": each run of periods with no file.
std::vector<NoteLine> missing_note_lines(const analysis::History& history) {
  std::vector<NoteLine> lines;
  for (const auto& gap : history.missing) {
    add_note(lines, fmt::format("{}, between {} and {}", analysis::gap_periods(gap),
                                history.points[gap.before - 1].period, history.points[gap.before].period));
  }
  return lines;
}

}  // namespace

// When the history was read from a shallow clone: the periods whose
// versions were already there in its oldest commit, made on or before its
// date (git cannot say when), and that older versions are not shown.
std::vector<std::string> shallow_notes(const analysis::History& history) {
  if (!history.shallow) return {};
  std::map<std::string, std::vector<std::string>> labels_by_date;  // of the versions on or before it
  for (const auto& point : history.points) {
    if (point.on_or_before) labels_by_date[point.date].push_back(point.label);
  }
  std::vector<std::string> notes;
  for (const auto& [date, labels] : labels_by_date) {
    const auto day = model::Date::parse(date);
    notes.push_back(fmt::format("{}: made on or before {} (the clone has no older history)",
                                util::join_in_words(labels), day ? model::in_words(*day) : date));
  }
  notes.emplace_back(
      "Drawn from a shallow clone, a copy of the repository with only its latest changes, so older versions are not "
      "shown");
  return notes;
}

// The blocks of notes there are, one under the other.
std::vector<NoteBlock> note_blocks(const analysis::History& history, double top) {
  std::vector<NoteBlock> blocks;
  if (auto lines = coverage_note_lines(history); !lines.empty())
    blocks.push_back({"coverage-notes", true, k_partial_key, std::move(lines)});
  if (auto lines = gap_note_lines(history); !lines.empty())
    blocks.push_back({"gap-notes", false, k_gap_key, std::move(lines)});
  if (auto lines = missing_note_lines(history); !lines.empty())
    blocks.push_back({"missing-notes", false, k_missing_key, std::move(lines)});
  if (const auto notes = shallow_notes(history); !notes.empty()) {
    std::vector<NoteLine> lines;
    for (const auto& note : notes) add_note(lines, note);
    blocks.push_back({"shallow-notes", false, k_shallow_key, std::move(lines)});
  }
  double baseline = top + 15;
  for (auto& block : blocks) {
    block.baseline = baseline;
    baseline += block.height() + k_note_block_gap;
  }
  return blocks;
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

}  // namespace coprod::render::history_chart
