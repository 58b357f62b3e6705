// score --interactive on a file of one of the shorter frameworks (every tip a
// section of one row) carried forward from last period (init --from): the
// date and "completed by" are asked once at the end for all the sections
// answered, last time's answers shown, never after each row.

#include <doctest/doctest.h>

#include "cli/temp_dir.hpp"
#include "test_support.hpp"

using namespace coprod;
using test::contains;
using test::flat;

namespace {

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t found = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++found;
  return found;
}

std::string typed_in(const std::string& path, const std::vector<std::string>& typed) {
  cli::CapturingConsole console;
  console.input = typed;
  console.input_terminal = true;
  console.environment["SOURCE_DATE_EPOCH"] = "1800000000";  // 2027-01-15
  REQUIRE(cli::run({"coprod", "score", path, "--interactive"}, console) == 0);
  return flat(console.stdout_text);
}

// Every tip's row kept with Enter (its score, then its evidence), for `tips` tips.
std::vector<std::string> tips_kept(int tips, std::vector<std::string> after) {
  std::vector<std::string> typed;
  for (int tip = 0; tip < tips; ++tip) typed.insert(typed.end(), {"", ""});
  typed.insert(typed.end(), after.begin(), after.end());
  return typed;
}

const std::string k_meeting = "peer network meeting";

// Last period's file (2026-Q4) of making-coproduction-work, every tip scored,
// completed on 2026-11-19 by the peer network meeting but for `others`
// (tips 13 to 15, on 2026-10-20 by the steering group), and `notes` for tip
// 3; carried forward into 2027-Q1 with init --from: the new file's path.
std::string carried_tips(const test::TempDir& dir, bool others, const std::string& notes = "",
                         const std::string& perspective = "peer-network") {
  const std::string last = dir.path("last.coprod.yaml");
  REQUIRE(test::run_cli({"init", last, "--framework", "making-coproduction-work", "--perspective", perspective,
                         "--area", "Riverside", "--period", "2026-Q4", "--schema", "none"})
              .status == 0);
  const auto framework = test::builtin_catalog().find_latest("making-coproduction-work");
  std::vector<std::string> set = {"score", last};
  for (std::size_t i = 0; i < framework->sections.size(); ++i) {
    const auto& section = framework->sections[i];
    const bool other = others && i >= 12;
    set.insert(set.end(), {"--set", section.id + "." + section.rows.front().id + "=3", "--set",
                           section.id + ".last_completed=" + (other ? "2026-10-20" : "2026-11-19")});
    if (perspective != "individual")
      set.insert(set.end(), {"--set", section.id + ".completed_by=" + (other ? "steering group" : k_meeting)});
  }
  if (!notes.empty()) set.insert(set.end(), {"--set", framework->sections[2].id + ".notes=" + notes});
  REQUIRE(test::run_cli(set).status == 0);
  const std::string next = dir.path("next.coprod.yaml");
  REQUIRE(test::run_cli({"init", next, "--from", last, "--schema", "none"}).status == 0);
  return next;
}

}  // namespace

TEST_CASE("score --interactive, sections of one row carried forward: asked once at the end, not after each row") {
  test::TempDir dir;

  SUBCASE("one date and one 'completed by' for all; last time's shown; a score for who is questioned") {
    const std::string path = carried_tips(dir, false);
    const auto said = typed_in(path, tips_kept(15, {"15/1/2027", "4", "Peer network (9 present)", "q"}));
    INFO(said);
    CHECK(count(said, "When was this section completed?") == 0);
    CHECK(count(said, "When were these sections completed?") == 1);
    CHECK(contains(said,
                   "Asked once for all 15 sections carried forward and answered in this session "
                   "(sections 1 to 15): the day they were completed, as their dates are still before 2027-Q1 "
                   "began, so a report may call them carried forward from an earlier period. A date typed is saved "
                   "for each of them; Enter keeps each section's own. Last time: 19 November 2026, peer network "
                   "meeting. Dates are day first, such as 30/09/2026, or 2026-09-30, or type today. Enter keeps the "
                   "date in brackets, or leaves the date empty; q stops, ? lists the keys. When were these sections "
                   "completed? [19 November 2026]"));
    CHECK(contains(said,
                   "Enter keeps it, - leaves it empty, or type who completed them now; q stops, ? lists the keys. "
                   "Last time: peer network meeting Who completed them?"));
    CHECK(contains(said, "'4' looks like a score, not who completed the section, so it is not saved."));
    const std::string file = test::read_file(path);
    CHECK(count(file, "    completed_by: Peer network (9 present)\n    last_completed: 2027-01-15") == 15);
  }

  SUBCASE("answers that differ are listed; Enter keeps each section's own date and who") {
    const std::string path = carried_tips(dir, true);
    const std::string before = test::read_file(path);
    const auto said = typed_in(path, tips_kept(15, {"", "q"}));
    INFO(said);
    CHECK(contains(said,
                   "Last time (not the same for all of them): sections 1 to 12: 19 November 2026, peer network "
                   "meeting sections 13 to 15: 20 October 2026, steering group Dates are day first"));
    CHECK(contains(said, "When were these sections completed? [as listed]"));
    CHECK(!contains(said, "Who completed"));
    CHECK(test::read_file(path) == before);
  }

  SUBCASE("a new date for all; Enter at who keeps each section's own") {
    const std::string path = carried_tips(dir, true);
    const auto said = typed_in(path, tips_kept(15, {"today", "", "q"}));
    INFO(said);
    CHECK(contains(said,
                   "Enter keeps each section's own, - leaves them all empty, or type who completed them now; q "
                   "stops, ? lists the keys. Last time: peer network meeting (sections 1 to 12); steering group "
                   "(sections 13 to 15) Who completed them?"));
    const std::string file = test::read_file(path);
    CHECK(count(file, "    completed_by: " + k_meeting + "\n    last_completed: 2027-01-15") == 12);
    CHECK(count(file, "    completed_by: steering group\n    last_completed: 2027-01-15") == 3);
  }

  SUBCASE("after a new date, a tip's notes from last time are asked again, the tip named") {
    const std::string path = carried_tips(dir, false, "Agreed at the October meeting");
    const auto said = typed_in(path, tips_kept(15, {"15/1/2027", "", "-", "q"}));
    INFO(said);
    CHECK(count(said, "This section's notes?") == 1);
    CHECK(contains(said, "Last time: Agreed at the October meeting This section's notes?"));
    CHECK(!contains(test::read_file(path), "Agreed at the October meeting"));
  }

  SUBCASE("q at a row: the tips answered before it are asked, once") {
    const std::string path = carried_tips(dir, false);
    const auto said = typed_in(path, tips_kept(3, {"q", "15/1/2027", ""}));
    INFO(said);
    CHECK(contains(said,
                   "Asked once for all 3 sections carried forward and answered in this session "
                   "(sections 1 to 3)"));
    const std::string file = test::read_file(path);
    CHECK(count(file, "last_completed: 2027-01-15") == 3);
    CHECK(count(file, "last_completed: 2026-11-19") == 12);
  }

  SUBCASE("last time's date typed as people write it is Enter: kept, nothing more asked") {
    const std::string path = carried_tips(dir, false);
    const std::string before = test::read_file(path);
    const auto said = typed_in(path, tips_kept(15, {"19/11/2026", "q"}));
    INFO(said);
    CHECK(!contains(said, "Who completed"));
    CHECK(!contains(said, "Saved: 19 November 2026"));
    CHECK(test::read_file(path) == before);
  }

  SUBCASE("q at the date question keeps every date and asks nothing more") {
    const std::string path = carried_tips(dir, false);
    const std::string before = test::read_file(path);
    const auto said = typed_in(path, tips_kept(15, {"q"}));
    INFO(said);
    CHECK(!contains(said, "Who completed"));
    CHECK(!contains(said, "What was surprising?"));
    CHECK(test::read_file(path) == before);
  }

  SUBCASE("the end names the sections still carried by number and date, not each tip's title") {
    const std::string path = carried_tips(dir, true);
    const auto said = typed_in(path, {"q"});
    INFO(said);
    CHECK(contains(said,
                   "Still carried forward: 15 sections have a last completed date from before 2027-Q1 began, so a "
                   "report may call them carried forward from an earlier period: sections 1 to 12 (2026-11-19); "
                   "sections 13 to 15 (2026-10-20)."));
  }

  SUBCASE("the example of who completed it names a peer network only where the file or the guide does") {
    const auto said_by_organisation =
        typed_in(carried_tips(dir, false, "", "organisation"), tips_kept(15, {"15/1/2027", "4", "q"}));
    CHECK(contains(said_by_organisation, "Type a role or group, such as 'team meeting';"));
    CHECK(!contains(said_by_organisation, "peer network meeting'"));
    const test::TempDir network_dir;
    const auto said_by_network = typed_in(carried_tips(network_dir, false), tips_kept(15, {"15/1/2027", "4", "q"}));
    CHECK(contains(said_by_network, "Type a role or group, such as 'peer network meeting';"));
  }

  SUBCASE("one person's own response is never asked who completed it") {
    const std::string path = carried_tips(dir, false, "", "individual");
    const auto said = typed_in(path, tips_kept(15, {"15/1/2027", "q"}));
    INFO(said);
    CHECK(contains(said, "Last time: 19 November 2026. Dates are day first"));
    CHECK(!contains(said, "Who completed"));
    CHECK(count(test::read_file(path), "last_completed: 2027-01-15") == 15);
  }
}
