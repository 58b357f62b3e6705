// score --interactive on answers that could pass for this period's unseen:
// a carried section's "completed by" and notes once it has a new date, a
// row's "Seen locally?" answers, and keys typed at the evidence question.

#include <doctest/doctest.h>

#include "cli/carried_forward_example.hpp"
#include "cli/console.hpp"
#include "cli/run.hpp"
#include "cli/score_evidence_question.hpp"
#include "cli/temp_dir.hpp"
#include "test_support.hpp"

using namespace coprod;
using test::contains;

namespace {

std::string score_interactively(const std::string& path, const std::vector<std::string>& typed,
                                bool line_editing = false) {
  cli::CapturingConsole console;
  console.input = typed;
  console.input_terminal = true;
  console.line_editing = line_editing;
  console.environment["SOURCE_DATE_EPOCH"] = "1800000000";  // 2027-01-15
  REQUIRE(cli::run({"coprod", "score", path, "--interactive"}, console) == 0);
  // Each run of spaces and line breaks as one space: what was said, however it was wrapped.
  std::string said;
  for (const char c : console.stdout_text) {
    if (c != ' ' && c != '\n') said += c;
    else if (!said.empty() && said.back() != ' ') said += ' ';
  }
  return said;
}

// Section 1's five rows kept with Enter (score and evidence), then `after`.
std::vector<std::string> section_one_kept(std::vector<std::string> after) {
  std::vector<std::string> typed;
  for (int row = 0; row < 5; ++row) typed.insert(typed.end(), {"", ""});
  typed.insert(typed.end(), after.begin(), after.end());
  return typed;
}

const std::string k_last_by = "Northbridge co-production peer network (8 members present)";

}  // namespace

TEST_CASE("score --interactive: a carried section given a new date is asked last time's completed by and notes") {
  test::TempDir dir;
  const std::string path = test::carried_forward(dir);

  SUBCASE("each shown as last time's; Enter keeps it, - leaves it empty") {
    const auto said = score_interactively(path, section_one_kept({"15/1/2027", "", "-", "q"}));
    INFO(said);
    CHECK(contains(said,
                   "Saved: 15 January 2027 (2027-01-15). Last time's answer for who completed the section is shown "
                   "first: Enter keeps it, - leaves it empty, or type who completed it now; q stops, ? lists the "
                   "keys. Last time: " +
                       k_last_by + " Who completed this section? Last time's notes"));
    CHECK(contains(said,
                   "Last time's notes are shown first: Enter keeps them, - leaves them empty, or type the notes now; "
                   "q stops, ? lists the keys. Last time: Scored together at the November "
                   "meeting with the facilitator. Staff from the programme team left the room for this part. This "
                   "section's notes? - Saved."));
    const std::string file = test::read_file(path);
    CHECK(contains(file, "  commitment:\n    completed_by: " + k_last_by + "\n    last_completed: 2027-01-15\n"));
    CHECK(!contains(file, "Scored together at the November meeting"));
  }

  SUBCASE("what is typed replaces them") {
    score_interactively(path, section_one_kept({"15/1/2027", "Peer network meeting", "Met in January.", "q"}));
    const std::string file = test::read_file(path);
    INFO(file);
    CHECK(contains(file,
                   "    completed_by: Peer network meeting\n    last_completed: 2027-01-15\n"
                   "    notes: |-\n      Met in January.\n    rows:\n"));
  }

  SUBCASE("a key there is not saved: ? and skip show what can be typed, Q stops") {
    const auto said = score_interactively(path, section_one_kept({"15/1/2027", "?", "skip", "Q"}));
    INFO(said);
    CHECK(contains(said, "Keys here: Enter keeps it, - leaves it empty, or type who completed it now; q stops"));
    CHECK(contains(test::read_file(path), "    completed_by: " + k_last_by + "\n"));
    CHECK(!contains(said, "This section's notes?"));
  }

  SUBCASE("a score typed for who completed it is questioned, not saved, as for a section with no one") {
    const auto said = score_interactively(path, section_one_kept({"15/1/2027", "4", "Peer network meeting", "", "q"}));
    INFO(said);
    CHECK(contains(said,
                   "'4' looks like a score, not who completed the section, so it is not saved. Type a role or "
                   "group, such as 'peer network meeting'; Enter keeps it, - leaves it empty, or type who completed "
                   "it now; q stops."));
    const std::string file = test::read_file(path);
    CHECK(!contains(file, "completed_by: \"4\""));
    CHECK(contains(file, "  commitment:\n    completed_by: Peer network meeting\n    last_completed: 2027-01-15\n"));
  }

  SUBCASE("the date kept: last time's answers go with it, not asked") {
    const auto said = score_interactively(path, section_one_kept({"", "q"}));
    CHECK(!contains(said, "Last time:"));
    CHECK(!contains(said, "Who completed this section?"));
  }
}

TEST_CASE("score --interactive: whether a row's signs are seen locally") {
  test::TempDir dir;
  const std::string path = test::carried_forward(dir);

  SUBCASE("shown with the row, and asked again after a score typed: Enter keeps, n answers no") {
    const auto said = score_interactively(path, {"s", "s", "s", "1", "", "", "n", "q", "q"});
    INFO(said);
    CHECK(contains(said, "Evidence now: The programme lead is a good key contact"));
    CHECK(contains(said, "Seen locally? Early indicator: not answered. Warning sign: yes."));
    CHECK(contains(said,
                   "Seen locally now: y or n. Enter keeps the answer in brackets, or leaves it not answered; - "
                   "leaves it not answered; q stops, ? lists the keys. Early indicator seen locally now? y/n: "
                   "Warning sign seen locally now? y/n [yes]: n Saved."));
    CHECK(contains(test::read_file(path), "        score: 1\n"));
    CHECK(contains(test::read_file(path), "        warning_seen: false\n"));
  }

  SUBCASE("not asked after Enter, which keeps the row as shown, nor where the file answers neither") {
    const auto said = score_interactively(path, {"3", "", "s", "s", "", "", "q", "q"});
    INFO(said);
    CHECK(!contains(said, "seen locally now?"));
    CHECK(contains(test::read_file(path), "        warning_seen: true\n"));
  }

  SUBCASE("not asked after n/a: a row that does not apply has no signs to see") {
    const auto said = score_interactively(path, {"s", "s", "s", "n/a", "", "q"});
    INFO(said);
    CHECK(!contains(said, "seen locally now?"));
    CHECK(contains(said, "Row 1.5 (5 of 24)"));
  }

  SUBCASE("an answer that is not y or n is refused with the keys") {
    const auto said = score_interactively(path, {"s", "s", "s", "1", "", "", "maybe", "-", "q", "q"});
    INFO(said);
    CHECK(contains(said,
                   "'maybe' is not an answer here. Keys here: y or n; Enter keeps yes; - leaves it not "
                   "answered; q stops, ? shows this."));
    CHECK(contains(test::read_file(path), "working group yet.\n        warning_seen:\n\n"));
  }
}

TEST_CASE("score --interactive: keys typed at the evidence question are keys, never evidence") {
  test::TempDir dir;
  const std::string path = dir.path("q3.coprod.yaml");
  REQUIRE(test::run_cli({"init", path, "--perspective", "organisation", "--area", "Northbridge", "--period", "2026-Q3",
                         "--schema", "none"})
              .status == 0);
  const std::string before = test::read_file(path);

  SUBCASE("? shows them, b goes back to the score, s skips the row: the score typed is not saved") {
    const auto said = score_interactively(path, {"3", "?", "b", "2", "S", "q"});
    INFO(said);
    CHECK(contains(said, "Now: not scored yet Evidence now: none"));
    CHECK(contains(said, cli::evidence_keys("row")));
    CHECK(contains(said, "The score 3 for commitment.strategy was not saved; back to this row's score. Score: 2"));
    CHECK(contains(said, "The score 2 for commitment.strategy was not saved."));
    CHECK(test::read_file(path) == before);
  }

  SUBCASE("g goes to a section, the score typed not saved") {
    const auto said = score_interactively(path, {"3", "g", "2", "q"});
    INFO(said);
    CHECK(contains(said,
                   "The score 3 for commitment.strategy was not saved. Go to a section by its number, letter or id, "
                   "or to a row by its number, such as 2.3, or its id. Go to section: 2"));
    CHECK(test::read_file(path) == before);
  }

  SUBCASE("on evidence shown to edit, a line replaced by b is the key") {
    REQUIRE(test::run_cli({"score", path, "--set-evidence", "commitment.strategy=Old notes"}).status == 0);
    const std::string with_evidence = test::read_file(path);
    const auto said = score_interactively(path, {"3", "b", "q"}, true);
    INFO(said);
    CHECK(contains(said, "The score 3 for commitment.strategy was not saved; back to this row's score."));
    CHECK(test::read_file(path) == with_evidence);
  }

  SUBCASE("words stay evidence; q still saves the score and stops") {
    score_interactively(path, {"3", "back", "2", "q"});
    const std::string file = test::read_file(path);
    CHECK(contains(file, "        score: 3\n        evidence: back\n"));
    CHECK(contains(file, "        score: 2\n"));
  }
}

TEST_CASE("evidence_key: one letter of the session's keys, in any capitals; never a word") {
  CHECK(cli::evidence_key("b") == "b");
  CHECK(cli::evidence_key("S") == "s");
  CHECK(cli::evidence_key("?") == "?");
  CHECK(cli::evidence_key("g") == "g");
  CHECK(cli::evidence_key("Q") == "q");
  CHECK(!cli::evidence_key("back"));
  CHECK(!cli::evidence_key("g 3"));
  CHECK(!cli::evidence_key("x"));
  CHECK(!cli::evidence_key(""));
}
