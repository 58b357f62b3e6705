#include <algorithm>
#include <cmath>
#include <cstdlib>

#include <fmt/format.h>

#include "model/perspective.hpp"
#include "render/change_marks.hpp"
#include "render/coverage_notes.hpp"
#include "render/history.hpp"
#include "render/history_missing.hpp"
#include "render/missing_score.hpp"
#include "render/scores.hpp"
#include "util/escape.hpp"
#include "util/json_writer.hpp"
#include "util/text.hpp"

namespace coprod::render {

namespace {

constexpr std::size_t k_column = 9;
constexpr std::size_t k_change_column = 8;
constexpr std::size_t k_trend_points = 12;  // the trend shows at most the latest 12 periods

std::vector<std::optional<double>> section_values(const analysis::History& history, std::size_t section) {
  std::vector<std::optional<double>> values;
  for (const auto& point : history.points) values.push_back(point.scores[section]);
  return values;
}

// The mark of a change that is not like for like: the pack's dagger, or in
// ASCII a caret.
std::string_view different_rows_mark(bool unicode) { return unicode ? k_change_of_different_rows_mark : "^"; }

// The latest version's change since the one before it, signed ("+0.4",
// "-1.0", "0.0") and marked when not like for like; blank when either has no
// score (a "-" there would read as a minus). `marked`: some change in the
// column carries the mark, so the others leave room for it.
std::string latest_change(const analysis::History& history, std::size_t section, bool marked, bool unicode) {
  if (history.points.size() < 2) return "";
  const auto& point = history.points.back();
  const auto change = point.change_of(section);
  if (!change) return "";
  if (point.is_change_of_different_rows(section))
    return change_text(*change) + std::string(different_rows_mark(unicode));
  return change_text(*change) + (marked ? " " : "");
}

bool any_change_of_different_rows(const analysis::History& history) {
  if (history.points.size() < 2) return false;
  const auto& point = history.points.back();
  return std::any_of(point.change_of_different_rows.begin(), point.change_of_different_rows.end(),
                     [](bool different) { return different; });
}

bool any_partial_average(const analysis::History& history, std::size_t first) {
  return std::any_of(history.points.begin() + static_cast<std::ptrdiff_t>(first), history.points.end(),
                     [](const auto& point) {
                       return std::any_of(point.coverage.begin(), point.coverage.end(),
                                          [](const auto& coverage) { return coverage.is_partial(); });
                     });
}

// What the table's lines leave to be said under it.
struct TableNotes {
  std::vector<std::string> coverage;              // which averages leave out rows
  MissingScoreKey key{k_section_not_applicable};  // the marks shown for missing scores
  bool blank_change = false;                      // a change left blank, a score being missing
};

// Under the table: the key to its marks, then which averages leave out rows,
// each note indented by 2 and its later lines by 4.
void append_table_notes(std::string& out, const TableNotes& notes, std::size_t width) {
  if (const std::string key = notes.key.line(); !key.empty()) out += util::wrap_hanging(key, width, 0, 0);
  if (notes.coverage.empty()) return;
  out += fmt::format("\n{}\n", k_coverage_notes_heading);
  for (const auto& note : notes.coverage) out += util::wrap_hanging(util::terminal_text(note), width, 2, 4);
}

// What the Change column is, and why it is blank where it is.
std::string_view change_note(const analysis::History& history, const TableNotes& notes) {
  if (history.points.size() == 1)
    return "Change: the latest period minus the one before it (the scores as shown), once there are two.";
  if (notes.blank_change)
    return "Change: the latest period minus the one before it (the scores as shown); blank if either has no score.";
  return "Change: the latest period minus the one before it (the scores as shown).";
}

// A version's column heading: its label, cut to `room`; the working copy's period with a +;
// where a period repeats, what tells its versions apart (the part of the file's name the others lack, or
// the commit), which the list of versions puts beside the period.
std::string column_title(const analysis::HistoryPoint& point, std::size_t room) {
  if (!point.committed) return point.period + "+";
  if (point.label == point.period) return point.label.substr(0, room);
  return (point.told_apart_by.empty() ? point.period : point.told_apart_by).substr(0, room);
}

// How the table fits the width: which versions it shows, how wide the
// section labels are, and how many versions the trend covers.
struct TableLayout {
  std::size_t first = 0;         // the first version shown (the latest are shown)
  std::size_t label_width = 28;  // the section column
  std::size_t trend_points = 0;
  bool marked = false;         // some average shown leaves out rows: the columns make room for a '*'
  bool change_marked = false;  // some change is not like for like: the Change column makes room for its mark
};

TableLayout layout_table(const analysis::History& history, std::size_t width) {
  TableLayout layout;
  const std::size_t count = history.points.size();
  layout.trend_points = std::min(count, k_trend_points);
  const std::size_t trend_width = std::max<std::size_t>(layout.trend_points, 5) + 2 + k_change_column;  // 5: "Trend"
  const std::size_t narrowest_label = 28;
  const std::size_t room = width > narrowest_label + trend_width ? width - narrowest_label - trend_width : k_column;
  const std::size_t shown = std::max<std::size_t>(1, std::min(count, room / k_column));
  layout.label_width = std::clamp<std::size_t>(width - trend_width - shown * k_column, narrowest_label, 42);
  layout.first = count - shown;
  layout.marked = any_partial_average(history, layout.first);
  layout.change_marked = any_change_of_different_rows(history);
  return layout;
}

// A line saying which versions the table and the trend leave out, if any.
std::string which_versions_shown(const TableLayout& layout, std::size_t count) {
  const std::size_t shown = count - layout.first;
  // A narrow table may have room for the latest version alone.
  const std::string which =
      shown == 1 ? std::string("The latest version is shown") : fmt::format("The last {} versions are shown", shown);
  if (layout.first > 0 && layout.trend_points == count) {
    const std::string all = shown > 1 ? "all of them" : count == 2 ? "both versions" : fmt::format("all {}", count);
    return fmt::format("{}; the trend covers {}.\n", which, all);
  }
  if (layout.first > 0) return fmt::format("{}; the trend covers the last {}.\n", which, layout.trend_points);
  if (layout.trend_points < count) return fmt::format("The trend covers the last {} versions.\n", layout.trend_points);
  return {};
}

std::string header_line(const analysis::History& history, const TableLayout& layout) {
  const std::size_t label_room = k_column - (layout.marked ? 2 : 1);
  std::string header = fmt::format("\n{:<{}}", "Section", layout.label_width);
  for (std::size_t i = layout.first; i < history.points.size(); ++i) {
    header += fmt::format("{:>{}}", column_title(history.points[i], label_room) + (layout.marked ? " " : ""), k_column);
  }
  return header + fmt::format("{:>{}}", std::string("Change") + (layout.change_marked ? " " : ""), k_change_column) +
         "  Trend\n";
}

// One section's line of the table; what is to be said under the table goes to `notes`.
std::string section_line(const analysis::History& history, const TableLayout& layout, std::size_t s, bool unicode,
                         TableNotes& notes) {
  const auto& section = history.framework->sections[s];
  std::string line =
      fmt::format("{:<{}}", util::truncate_to_width(util::terminal_text(section.label()), layout.label_width - 1),
                  layout.label_width);
  std::vector<ColumnCoverage> coverage;
  for (std::size_t i = layout.first; i < history.points.size(); ++i) {
    const auto& point = history.points[i];
    const std::string_view mark = partial_mark(point.coverage_of(s));
    line += fmt::format("{:>{}}",
                        notes.key.cell(point.scores[s], point.is_not_applicable(s)) +
                            std::string(layout.marked && mark.empty() ? " " : mark),
                        k_column);
    coverage.push_back({point.label, point.coverage_of(s)});
  }
  if (auto note = coverage_note(section.label(), coverage)) notes.coverage.push_back(std::move(*note));
  const auto values = section_values(history, s);
  const std::string change = latest_change(history, s, layout.change_marked, unicode);
  notes.blank_change = notes.blank_change || (change.empty() && values.size() > 1);
  const std::vector<std::optional<double>> trend(values.end() - static_cast<std::ptrdiff_t>(layout.trend_points),
                                                 values.end());
  return line + fmt::format("{:>{}}", change, k_change_column) + "  " +
         sparkline(trend, history.framework->scale.max, unicode) + '\n';
}

// A committed version's date: "2027-01-05", or "on or before 2026-11-30" when
// a shallow clone's oldest commit is the earliest it is known in.
std::string version_date(const analysis::HistoryPoint& point) {
  return point.on_or_before ? "on or before " + point.date : point.date;
}

// Each version: its commit and date, or that it is the working copy; its file
// when it had another name, beside it or, when it does not fit there, on lines
// of its own.
std::string versions_list(const analysis::History& history, std::size_t width) {
  std::string out = "Versions:\n";
  for (const auto& point : history.points) {
    const std::string line =
        point.committed ? fmt::format("  {:<16} {} {}", point.label, point.commit.substr(0, 10), version_date(point))
                        : fmt::format("  {:<16} working copy, not committed", column_title(point, k_column - 1));
    if (point.file.empty() || point.file == history.file) out += line + '\n';
    else if (const std::string file = util::terminal_text(point.file);
             util::display_width(line) + 2 + util::display_width(file) <= width)
      out += line + "  " + file + '\n';
    else out += line + '\n' + util::path_lines(file, width, 4);
  }
  return out;
}

// Under the list of versions, when they were read from a shallow clone: that
// older ones are missing, and what "on or before" means where it is said.
std::string shallow_note(const analysis::History& history, std::size_t width) {
  if (!history.shallow) return {};
  const bool dated_on_or_before = std::any_of(history.points.begin(), history.points.end(),
                                              [](const analysis::HistoryPoint& point) { return point.on_or_before; });
  const std::string_view note =
      dated_on_or_before
          ? "On or before: read from a shallow clone, which has only the latest commits. A version already there in "
            "the clone's oldest commit was made on that commit's date or earlier; git cannot say when. Older versions "
            "are not shown."
          : "Read from a shallow clone, which has only the latest commits: older versions are not shown.";
  return util::wrap_hanging(note, width, 0, 0);
}

// "History of FILE (2 periods)", or when that does not fit, "History (2
// periods):" and the file on lines of its own.
std::string title(const analysis::History& history, std::size_t width) {
  const std::string file = util::terminal_text(history.file);
  const std::string periods = util::counted(history.points.size(), "period", "periods");
  const std::string line = fmt::format("History of {} ({})", file, periods);
  if (util::display_width(line) <= width) return line + '\n';
  return util::labelled_path(fmt::format("History ({})", periods), file, width, 0, 2);
}

}  // namespace

std::string render_history_text(const analysis::History& history, std::size_t width, bool unicode) {
  const TableLayout layout = layout_table(history, width);
  std::string out = title(history, width);
  out += missing_periods_note(history, width);
  out += which_versions_shown(layout, history.points.size());
  out += header_line(history, layout);
  TableNotes notes;
  for (std::size_t s = 0; s < history.framework->sections.size(); ++s)
    out += section_line(history, layout, s, unicode, notes);
  append_table_notes(out, notes, width);
  out += "\n" + util::wrap_hanging(change_note(history, notes), width, 0, 0);
  if (history.points.size() > 1) out += util::wrap_hanging(k_trend_note, width, 0, 0);
  if (layout.change_marked) {
    const std::string_view words = k_change_of_different_rows_words;
    const std::string_view after_mark = words.substr(std::string_view(k_change_of_different_rows_mark).size());
    out += util::wrap_hanging(std::string(different_rows_mark(unicode)) + std::string(after_mark), width, 0, 2);
  }
  const bool uncommitted = std::any_of(history.points.begin(), history.points.end(),
                                       [](const analysis::HistoryPoint& point) { return !point.committed; });
  if (uncommitted)
    out += util::wrap_hanging("A + after a period: the working copy, with changes not committed yet.", width, 0, 0);
  return out + versions_list(history, width) + shallow_note(history, width);
}

}  // namespace coprod::render
