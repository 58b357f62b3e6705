// history --format json and csv: the same values as the table, for scripts.

#include <fmt/format.h>

#include "model/perspective.hpp"
#include "render/history.hpp"
#include "render/history_missing.hpp"
#include "render/scores.hpp"
#include "util/escape.hpp"
#include "util/json_writer.hpp"

namespace coprod::render {

namespace {

// Each section's change since the version before, of the scores as shown, and
// whether it is not like for like; null where there is no change.
void write_changes(util::JsonWriter& json, const analysis::HistoryPoint& point) {
  json.key("changes").begin_array();
  for (const auto& change : point.change_tenths) {
    if (change) json.decimal(*change / 10.0, 1);
    else json.null();
  }
  json.end_array();
  json.key("changes_include_rows_scored_once").begin_array();
  for (std::size_t s = 0; s < point.change_tenths.size(); ++s) {
    if (point.change_tenths[s]) json.boolean(point.is_change_of_different_rows(s));
    else json.null();
  }
  json.end_array();
}

}  // namespace

std::string render_history_json(const analysis::History& history) {
  util::JsonWriter json;
  json.begin_object();
  json.key("format").string("coprod-history/1");
  json.key("file").string(history.file);
  json.key("area").string(history.area);
  json.key("perspective").string(model::perspective_id(history.perspective));
  json.key("shallow").boolean(history.shallow);
  // The periods with no version between two versions (a review skipped, or its file not committed).
  json.key("missing_periods").begin_array();
  for (const auto& gap : history.missing) {
    json.begin_object();
    json.key("first").string(gap.first.to_string());
    json.key("last").string(gap.last.to_string());
    json.key("count").number(static_cast<int>(gap.count));
    json.key("after").string(history.points[gap.before - 1].period);
    json.key("before").string(history.points[gap.before].period);
    json.end_object();
  }
  json.end_array();
  json.key("sections").begin_array();
  for (const auto& section : history.framework->sections) json.string(section.id);
  json.end_array();
  json.key("versions").begin_array();
  for (const auto& point : history.points) {
    json.begin_object();
    json.key("label").string(point.label);
    json.key("period").string(point.period);
    json.key("committed").boolean(point.committed);
    if (point.committed) {
      json.key("commit").string(point.commit);
      json.key("date").string(point.date);
    } else {  // the working copy has neither
      json.key("commit").null();
      json.key("date").null();
    }
    // True: made on or before `date`; its commit is a shallow clone's oldest, which git shows as adding every file.
    json.key("on_or_before").boolean(point.on_or_before);
    json.key("file").string(point.file);
    json.key("scores").begin_array();
    for (const auto& score : point.scores) {
      if (score) json.decimal(*score, 1);
      else json.null();
    }
    json.end_array();
    json.key("means").begin_array();
    for (const auto& mean : point.means) {
      if (mean) json.real(*mean);
      else json.null();
    }
    json.end_array();
    write_changes(json, point);
    // A null score is a section not scored yet, or one listed here: every row n/a.
    json.key("not_applicable").begin_array();
    for (std::size_t s = 0; s < point.not_applicable.size(); ++s) {
      if (point.is_not_applicable(s)) json.string(history.framework->sections[s].id);
    }
    json.end_array();
    json.key("scored_rows").begin_array();
    for (const auto& coverage : point.coverage) json.number(coverage.scored);
    json.end_array();
    json.key("not_applicable_rows").begin_array();
    for (const auto& coverage : point.coverage) json.number(coverage.not_applicable);
    json.end_array();
    json.key("total_rows").begin_array();
    for (const auto& coverage : point.coverage) json.number(coverage.total);
    json.end_array();
    json.end_object();
  }
  json.end_array();
  json.end_object();
  return json.finish();
}

namespace {

// The same header whatever the framework, so a script reads any history.
const std::vector<std::string> k_csv_columns = {"label",
                                                "period",
                                                "committed",
                                                "commit",
                                                "date",
                                                "file",
                                                "section",
                                                "score",
                                                "status",
                                                "scored_rows",
                                                "not_applicable_rows",
                                                "total_rows",
                                                "change",
                                                "change_includes_rows_scored_once",
                                                "on_or_before",
                                                "missing_before"};

std::string point_status(const analysis::HistoryPoint& point, std::size_t section) {
  if (point.scores[section]) return "scored";
  return point.is_not_applicable(section) ? "not-applicable" : "not-scored";
}

}  // namespace

// One line per version and section, the earliest version first and the
// sections in the framework's order: numbers where numbers go, empty where
// there is none, the status saying why; last, whether the version was made on
// or before its date (a shallow clone's oldest commit; empty for the working
// copy), and the periods with no version just before it, if any.
std::string render_history_csv(const analysis::History& history) {
  const auto& sections = history.framework->sections;
  std::string out = util::csv_record(k_csv_columns);
  for (std::size_t p = 0; p < history.points.size(); ++p) {
    const auto& point = history.points[p];
    for (std::size_t s = 0; s < sections.size(); ++s) {
      const auto coverage = point.coverage_of(s);
      const auto change = point.change_of(s);
      out += util::csv_record({point.label, point.period, point.committed ? "true" : "false", point.commit, point.date,
                               point.file, sections[s].id,
                               point.scores[s] ? fmt::format("{:.1f}", *point.scores[s]) : "", point_status(point, s),
                               fmt::format("{}", coverage.scored), fmt::format("{}", coverage.not_applicable),
                               fmt::format("{}", coverage.total), change ? change_text(*change) : "",
                               change ? (point.is_change_of_different_rows(s) ? "true" : "false") : "",
                               !point.committed     ? ""
                               : point.on_or_before ? "true"
                                                    : "false",
                               missing_before(history, p)});
    }
  }
  return out;
}

}  // namespace coprod::render
