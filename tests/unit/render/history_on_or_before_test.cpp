// A history read from a shallow clone: a version already there in the clone's
// oldest commit is dated "on or before" that commit, in every format, never as
// if that commit had made it.
#include <regex>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "render/history.hpp"
#include "util/text.hpp"
#include "yaml/builtin_frameworks.hpp"

using namespace coprod;

namespace {

analysis::HistoryPoint point_for(const std::string& period, const std::string& commit, const std::string& date,
                                 const std::string& file, std::size_t sections) {
  analysis::HistoryPoint point;
  point.label = period;
  point.period = period;
  point.commit = commit;
  point.date = date;
  point.file = file;
  point.scores.assign(sections, 3.0);
  point.coverage.assign(sections, analysis::Coverage{3, 0, 3});
  return point;
}

// 2026-Q2 and 2026-Q3 first seen in the clone's oldest commit (30 November
// 2026), 2026-Q4 changed after it.
analysis::History shallow_history() {
  analysis::History history;
  history.framework = yaml::builtin_catalog().find_latest("ipc-coproduction");
  history.file = "northbridge/2026-Q4-organisation.coprod.yaml";
  history.area = "Northbridge";
  history.shallow = true;
  const std::size_t sections = history.framework->sections.size();
  const std::string boundary(40, 'b');
  for (const std::string period : {"2026-Q2", "2026-Q3"}) {
    history.points.push_back(
        point_for(period, boundary, "2026-11-30", "northbridge/" + period + "-organisation.coprod.yaml", sections));
    history.points.back().on_or_before = true;
  }
  history.points.push_back(point_for("2026-Q4", std::string(40, 'c'), "2027-01-05", history.file, sections));
  return history;
}

// The lines of the chart's note on a shallow clone, joined by " | ".
std::string notes_said(const std::string& svg) {
  const auto start = svg.find("<g id=\"shallow-notes\"");
  if (start == std::string::npos) return "";
  const std::string block = svg.substr(start, svg.find("</g>", start) - start);
  std::vector<std::string> lines;
  const std::regex text(R"re(<text [^>]*>([^<]*)</text>)re");
  for (std::sregex_iterator it(block.begin(), block.end(), text), end; it != end; ++it) lines.push_back((*it)[1]);
  return util::join(lines, " | ");
}

}  // namespace

TEST_CASE("history from a shallow clone: text dates a version of the oldest commit on or before it, and says why") {
  const std::string text = render::render_history_text(shallow_history(), 400, true);
  CHECK(text.find(
            "  2026-Q2          bbbbbbbbbb on or before 2026-11-30  northbridge/2026-Q2-organisation.coprod.yaml\n") !=
        std::string::npos);
  CHECK(text.find("  2026-Q4          cccccccccc 2027-01-05\n") != std::string::npos);
  CHECK(text.find("On or before: read from a shallow clone, which has only the latest commits. A version already "
                  "there in the clone's oldest commit was made on that commit's date or earlier; git cannot say when. "
                  "Older versions are not shown.\n") != std::string::npos);
  SUBCASE("no version from the oldest commit: only that older ones are missing") {
    auto history = shallow_history();
    for (auto& point : history.points) point.on_or_before = false;
    const std::string cut = render::render_history_text(history, 120, true);
    CHECK(cut.find("on or before") == std::string::npos);
    CHECK(cut.find("Read from a shallow clone, which has only the latest commits: older versions are not shown.\n") !=
          std::string::npos);
  }
  SUBCASE("a full clone says nothing of it") {
    auto history = shallow_history();
    history.shallow = false;
    for (auto& point : history.points) point.on_or_before = false;
    const std::string full = render::render_history_text(history, 120, true);
    CHECK(full.find("shallow") == std::string::npos);
    CHECK(full.find("on or before") == std::string::npos);
  }
}

TEST_CASE("history from a shallow clone: JSON and CSV mark each version dated on or before its date") {
  const std::string json = render::render_history_json(shallow_history());
  CHECK(json.find(fmt::format("\"commit\": \"{}\",\n      \"date\": \"2026-11-30\",\n      \"on_or_before\": true,",
                              std::string(40, 'b'))) != std::string::npos);
  CHECK(json.find(fmt::format("\"commit\": \"{}\",\n      \"date\": \"2027-01-05\",\n      \"on_or_before\": false,",
                              std::string(40, 'c'))) != std::string::npos);
  const std::string csv = render::render_history_csv(shallow_history());
  const auto lines = util::split_lines(csv);
  REQUIRE(lines.size() > 1);
  CHECK(lines[0].ends_with(",change_includes_rows_scored_once,on_or_before,missing_before"));
  // Every line of a version says it: its sections' lines, one each.
  std::size_t marked = 0;
  std::size_t unmarked = 0;
  for (const auto& line : lines) {
    if (line.starts_with(fmt::format("2026-Q3,2026-Q3,true,{},2026-11-30,", std::string(40, 'b')))) {
      CHECK(line.ends_with(",true,"));  // then missing_before, empty: no period is missing
      ++marked;
    }
    if (line.starts_with(fmt::format("2026-Q4,2026-Q4,true,{},2027-01-05,", std::string(40, 'c')))) {
      CHECK(line.ends_with(",false,"));
      ++unmarked;
    }
  }
  CHECK(marked == shallow_history().framework->sections.size());
  CHECK(unmarked == marked);
  SUBCASE("the working copy has no commit and no date, so neither") {
    auto history = shallow_history();
    history.points.back().committed = false;
    history.points.back().commit.clear();
    history.points.back().date.clear();
    const std::string working = render::render_history_csv(history);
    CHECK(working.find("\n2026-Q4,2026-Q4,false,,,northbridge/") != std::string::npos);
    CHECK(working.ends_with(",\n"));
  }
}

TEST_CASE("history from a shallow clone: the chart says which periods are dated on or before which day") {
  const std::string svg = render::render_history_svg(shallow_history());
  CHECK(notes_said(svg) ==
        "History cut short: | 2026-Q2 and 2026-Q3: made on or before 30 November 2026 (the clone has no older | "
        "history) | Drawn from a shallow clone, a copy of the repository with only its latest changes, so older | "
        "versions are not shown");
  // Said to a screen reader too.
  CHECK(svg.find("History cut short: 2026-Q2 and 2026-Q3: made on or before 30 November 2026 (the clone has no older "
                 "history). Drawn from a shallow clone, a copy of the repository with only its latest changes, so "
                 "older versions are not shown.</desc>") != std::string::npos);
  auto full = shallow_history();
  full.shallow = false;
  for (auto& point : full.points) point.on_or_before = false;
  CHECK(render::render_history_svg(full).find("shallow") == std::string::npos);
}
