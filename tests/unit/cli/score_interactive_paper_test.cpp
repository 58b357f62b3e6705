// score --interactive as a facilitator types in a paper sheet of one of the
// shorter frameworks (every tip a section of one row), and carrying on later.

#include <regex>

#include <doctest/doctest.h>

#include "cli/temp_dir.hpp"
#include "test_support.hpp"

using namespace coprod;
using test::contains;
using test::flat;

namespace {

test::RunResult typed_in(const std::string& path, const std::vector<std::string>& typed) {
  cli::CapturingConsole console;
  console.input = typed;
  console.input_terminal = true;
  const int status = cli::run({"coprod", "score", path, "--interactive"}, console);
  return {status, console.stdout_text, console.stderr_text};
}

std::string tips_file(const test::TempDir& dir, const std::string& perspective) {
  const std::string path = dir.path("tips.coprod.yaml");
  REQUIRE(test::run_cli({"init", path, "--framework", "making-coproduction-work", "--perspective", perspective,
                         "--area", "Riverside", "--period", "2026-Q4", "--schema", "none"})
              .status == 0);
  return path;
}

}  // namespace

TEST_CASE("score --interactive on a framework whose sections are one row each") {
  test::TempDir dir;

  SUBCASE("no date or 'completed by' is asked after each row: the next score typed is the next row's") {
    const std::string path = tips_file(dir, "peer-network");
    const auto result = typed_in(path, {"3", "Tip 1 evidence", "4", "Tip 2 evidence", "q"});
    INFO(result.out);
    CHECK(result.status == 0);
    CHECK(!contains(result.out, "When was this section completed?"));
    CHECK(!contains(result.out, "Who completed"));
    const std::string saved = test::read_file(path);
    CHECK(contains(saved, "  internal-lead:\n    completed_by:\n"));
    CHECK(contains(saved, "        score: 3\n        evidence: Tip 1 evidence\n"));
    CHECK(contains(saved, "        score: 4\n        evidence: Tip 2 evidence\n"));
    CHECK(contains(flat(result.out),
                   "2 sections answered (sections 1 and 2) have no date completed yet: "
                   "they are asked at the end of a walk through to the last section, once for all of "
                   "them."));
  }

  SUBCASE("at the end, one date and one 'completed by' for every section answered; a score there is questioned") {
    const std::string path = tips_file(dir, "peer-network");
    REQUIRE(test::run_cli({"score", path, "--set", "internal-lead.in-place=3"}).status == 0);
    const auto result = typed_in(path, {"g 15", "5", "Last tip", "30/11/2026", "4", "Peer network meeting", "q"});
    INFO(result.out);
    CHECK(contains(flat(result.out),
                   "Asked once for all 2 sections answered without them: the day they "
                   "were completed and who completed them (sections 1 and 15)."));
    CHECK(contains(flat(result.out), "'4' looks like a score, not who completed the section, so it is not saved."));
    const std::string saved = test::read_file(path);
    CHECK(!contains(saved, "completed_by: 4"));
    CHECK(!contains(saved, "completed_by: \"4\""));
    CHECK(contains(saved, "  internal-lead:\n    completed_by: Peer network meeting\n    last_completed: 2026-11-30"));
    CHECK(
        contains(saved, "  two-way-dialogue:\n    completed_by: Peer network meeting\n    last_completed: 2026-11-30"));
    CHECK(contains(saved, "  guidelines:\n    completed_by:\n    last_completed:  # YYYY-MM-DD\n"));
  }

  SUBCASE("one person's own response is never asked who completed it") {
    const std::string path = tips_file(dir, "individual");
    const auto result = typed_in(path, {"g 15", "5", "Last tip", "30/11/2026", "q"});
    INFO(result.out);
    CHECK(contains(flat(result.out), "the day it was completed (section 15)"));
    CHECK(!contains(result.out, "Who completed"));
    CHECK(contains(test::read_file(path), "last_completed: 2026-11-30"));
  }
}

TEST_CASE("score --interactive: a line of new evidence ending in ' +' asks for another line") {
  test::TempDir dir;
  const std::string path = tips_file(dir, "peer-network");
  const auto result = typed_in(path, {"3", "First line +", "Second line", "", "q"});
  INFO(result.out);
  CHECK(contains(result.out, "Evidence, line 2 (Enter alone ends it): "));
  const std::string saved = test::read_file(path);
  INFO(saved);
  CHECK(contains(saved, "First line\n          Second line\n"));
  CHECK(!contains(saved, "First line +"));
}

TEST_CASE("score --interactive: the evidence's first line says a space and + ask for another line") {
  test::TempDir dir;
  const std::string path = tips_file(dir, "peer-network");
  const auto result = typed_in(path, {"3", "Aged 50+", "q"});
  INFO(result.out);
  CHECK(contains(flat(result.out), "a line ending in a space and + asks for another line"));
  CHECK(contains(result.out, "\nEvidence: Aged 50+\n"));
  CHECK(!contains(result.out, "Evidence, line 2"));
  CHECK(contains(test::read_file(path), "        evidence: Aged 50+\n"));
}

TEST_CASE("score --interactive on a framework whose every section is its one row says 'section', never 'row'") {
  test::TempDir dir;
  const std::string path = tips_file(dir, "peer-network");
  // The keys, a section that is not there, a score off the scale, the evidence's keys, b at the evidence, a score
  // with no evidence, a section marked n/a, one skipped, q: what a facilitator meets, and the end's summary.
  const auto result = typed_in(path, {"?", "g 99", "7", "3", "?", "b", "3", "", "n/a", "", "s", "q"});
  INFO(result.out);
  CHECK(result.status == 0);
  const std::string said = flat(result.out);
  CHECK(
      contains(said, "(Riverside, co-production peer network, 2026-Q4): 15 sections. For each section, type a score"));
  CHECK(contains(said, "Keys: s skips a section, b goes back, g goes to a section (g 3, or g and its id), q stops"));
  CHECK(contains(said, "No section '99'. The sections are 1, 2, 3,"));
  CHECK(contains(said, "Keys: s skips this section, b goes back"));
  CHECK(contains(said, "s skips the section and g goes to a section"));
  CHECK(contains(said, "The score 3 for internal-lead.in-place was not saved; back to this section's score."));
  // Each section is named once, by its heading: no "Row 1.1", no early indicator repeating the heading.
  CHECK(contains(result.out, "\nSection 1 (1 of 15): internal-lead.in-place\n  Now: not scored yet\n"));
  CHECK(!contains(result.out, "Early indicator"));
  CHECK(contains(said, "Still to do: 13 of 15 sections not scored yet, and 1 score with no evidence:"));
  CHECK(contains(said, "n/a means marked not applicable."));
  CHECK(contains(said, "type g 1 to go to the section and press Enter at its score"));
  // The section scores: no "1 of 1 row" beside each.
  CHECK(!contains(result.out, "of 1 row"));
  // "row" nowhere, as a word, in anything said (the file's own `rows:` key is never shown).
  std::smatch found;
  CHECK_MESSAGE(!std::regex_search(result.out, found, std::regex("\\brows?\\b", std::regex::icase)), found.str());
}

TEST_CASE("score --interactive: a key typed alone for another line of evidence is the key, never evidence") {
  test::TempDir dir;
  const std::string path = tips_file(dir, "peer-network");

  SUBCASE("? shows the keys and asks the line again; q saves the lines typed and stops") {
    const auto result = typed_in(path, {"3", "First line +", "?", "Second line +", "Third line", "q"});
    INFO(result.out);
    CHECK(contains(flat(result.out),
                   "Keys here: type the next line of the evidence and press Enter; Enter alone "
                   "ends the evidence. q saves the score and the lines typed, then stops;"));
    CHECK(contains(result.out, "Evidence, line 3 (Enter alone ends it): "));
    CHECK(contains(result.out, "Evidence, line 4 (Enter alone ends it): q"));
    CHECK(!contains(result.out, "Evidence, line 5"));
    CHECK(!contains(result.out, "(2 of 15)"));
    const std::string saved = test::read_file(path);
    INFO(saved);
    CHECK(contains(saved,
                   "        score: 3\n        evidence: |-\n          First line\n          Second line\n"
                   "          Third line\n\n"));
  }

  SUBCASE("b goes back to the score, nothing saved") {
    const auto result = typed_in(path, {"3", "First line +", "b", "q"});
    INFO(result.out);
    CHECK(contains(flat(result.out),
                   "The score 3 for internal-lead.in-place was not saved; back to this section's score."));
    const std::string saved = test::read_file(path);
    CHECK(!contains(saved, "score: 3"));
    CHECK(!contains(saved, "First line"));
  }
}

TEST_CASE("score --interactive --ask-seen asks the paper sheet's tick boxes after each score typed") {
  test::TempDir dir;
  const std::string path = tips_file(dir, "peer-network");
  cli::CapturingConsole console;
  console.input = {"3", "Tip 1 evidence", "y", "q"};
  console.input_terminal = true;
  REQUIRE(cli::run({"coprod", "score", path, "--interactive", "--ask-seen"}, console) == 0);
  INFO(console.stdout_text);
  CHECK(contains(console.stdout_text, "\nEarly indicator seen locally now? y/n: y\n"));
  CHECK(contains(test::read_file(path), "        evidence: Tip 1 evidence\n        indicator_seen: true\n"));
}

TEST_CASE("score --interactive carries on after the last row answered, and the end says how") {
  test::TempDir dir;
  const std::string path = tips_file(dir, "peer-network");
  // Rows 1, 2 and 4 answered; row 3 left empty on purpose, as the paper left it.
  REQUIRE(test::run_cli({"score", path, "--set", "internal-lead.in-place=3", "--set", "shared-understanding.in-place=4",
                         "--set", "equal-value.in-place=2"})
              .status == 0);
  const auto result = typed_in(path, {"q"});
  INFO(result.out);
  CHECK(contains(flat(result.out),
                 "Starting at section 5, the first not scored after the last one answered. Section 3 "
                 "before it is not scored either: g 3 goes there (--from-start begins at section 1)."));
  CHECK(contains(result.out, "\nSection 5 (5 of 15): introductions.in-place\n  Now: not scored yet\n"));
  CHECK(!contains(result.out, "(3 of 15)"));
  CHECK(contains(flat(result.out), "To carry on later: coprod score " + path +
                                       " --interactive (it starts at section 5, the first not scored after the last "
                                       "one answered)."));
}
