#include <algorithm>

#include <doctest/doctest.h>

#include "cli/carried_forward_example.hpp"
#include "cli/exit_codes.hpp"
#include "cli/session_terminal.hpp"
#include "cli/still_to_do.hpp"
#include "cli/temp_dir.hpp"
#include "test_support.hpp"
#include "util/text.hpp"

using namespace coprod;
using test::contains;
using test::flat;

namespace {

// score FILE --interactive in-process, with `typed` as the lines typed at a terminal.
test::RunResult score_interactively(const std::string& path, const std::vector<std::string>& typed,
                                    std::vector<std::string> extra = {}, bool terminal = true,
                                    std::optional<std::size_t> columns = std::nullopt, bool line_editing = false) {
  std::vector<std::string> args = {"coprod", "score", path, "--interactive"};
  args.insert(args.end(), extra.begin(), extra.end());
  cli::CapturingConsole console;
  console.input = typed;
  console.input_terminal = terminal;
  console.columns = columns;
  console.line_editing = line_editing;
  const int status = cli::run(args, console);
  return {status, console.stdout_text, console.stderr_text};
}

std::string new_assessment(const test::TempDir& dir) {
  const std::string path = dir.path("q3.coprod.yaml");
  REQUIRE(test::run_cli({"init", path, "--perspective", "organisation", "--area", "Northbridge", "--period", "2026-Q3",
                         "--schema", "none"})
              .status == 0);
  return path;
}

std::size_t occurrences(const std::string& text, const std::string& part) {
  std::size_t found = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++found;
  return found;
}

}  // namespace

TEST_CASE("score --interactive") {
  test::TempDir dir;
  const std::string path = new_assessment(dir);

  SUBCASE("without a terminal it refuses, with exit 2, and changes nothing") {
    const std::string before = test::read_file(path);
    const auto result = score_interactively(path, {"3", ""}, {}, false);
    CHECK(result.status == cli::k_exit_usage);
    CHECK(result.err ==
          "coprod: usage error: --interactive needs a terminal to type the answers at; from a script, use --set, "
          "--set-evidence, or --add-evidence to add a line of evidence\n");
    CHECK(test::read_file(path) == before);
  }

  SUBCASE("escape sequences and control characters never reach the file") {
    const auto result = score_interactively(path, {"\x1b[C3", "hello\x1b[D\x1b[4~ world\x07", "q"});
    INFO(result.out);
    INFO(test::read_file(path));
    CHECK(result.status == 0);
    CHECK(contains(test::read_file(path), "        score: 3\n        evidence: hello world\n"));
  }

  SUBCASE("it starts at the first row not scored; --from-start begins at row 1") {
    REQUIRE(
        test::run_cli({"score", path, "--set", "commitment.strategy=3", "--set", "commitment.motivation=n/a"}).status ==
        0);
    auto result = score_interactively(path, {"q"});
    CHECK(contains(result.out, "Starting at row 3, the first not scored yet (--from-start begins at row 1).\n"));
    CHECK(contains(result.out, "\nRow 1.3 (3 of 24): commitment."));
    CHECK(!contains(result.out, "(1 of 24)"));
    result = score_interactively(path, {"q"}, {"--from-start"});
    CHECK(contains(result.out, "\nRow 1.1 (1 of 24): commitment.strategy"));
    CHECK(!contains(result.out, "Starting at row"));
  }

  SUBCASE(
      "it fits the terminal's width, breaking lines between words, and names the editing keys only where "
      "they work") {
    const auto narrow = score_interactively(path, {"q"}, {}, true, 40);
    for (const auto line : util::split_lines(narrow.out)) {
      INFO(line);
      CHECK((util::display_width(line) <= 40 || line == path));  // a path longer than that is one word
    }
    // The path breaks after a '/', so where the words after it fall depends on the temporary folder's name.
    std::string joined = narrow.out;
    std::replace(joined.begin(), joined.end(), '\n', ' ');
    CHECK(contains(joined, "(Northbridge, organisation, 2026-Q3): 24 rows in 7 sections. "));
    CHECK(!contains(narrow.out, "arrow keys"));
    const auto editing = score_interactively(path, {"q"}, {}, true, 120, true);
    CHECK(contains(flat(editing.out), "The arrow keys, Home and End edit the line"));
    CHECK(contains(editing.out, ": 24 rows in 7 sections.\n"));
    const auto given = score_interactively(path, {"q"}, {"--width", "60"}, true, 120);
    std::size_t widest = 0;
    for (const auto line : util::split_lines(given.out)) widest = std::max(widest, util::display_width(line));
    CHECK(widest <= 60);
  }

  SUBCASE("a framework of one row in one section is counted in the singular") {
    const std::string framework = dir.write("one.yaml",
                                            "format: coprod-framework/1\nid: one-question\nversion: 1\ntitle: One\n"
                                            "levels: []\nsections:\n  - id: listening\n    title: Listening\n"
                                            "    aim: Hear people first.\n    rows:\n      - id: first-say\n"
                                            "        indicator: People speak first.\n        warning: Papers come "
                                            "first.\n");
    const std::string one = dir.path("one.coprod.yaml");
    REQUIRE(test::run_cli({"init", one, "--framework", framework, "--perspective", "organisation", "--area",
                           "Northbridge", "--period", "2026-Q3", "--schema", "none"})
                .status == 0);
    const auto result = score_interactively(one, {"q"}, {"--framework", framework}, true, 120);
    CHECK(contains(result.out, ": 1 row in 1 section.\n"));
  }

  SUBCASE("words typed at a score: the keys' words and capitals are the keys; a refusal ends with the keys") {
    // Each was refused as "not a score", with no word of the keys that work (user tester).
    const auto result = score_interactively(path, {"help", "I dont know", "SKIP", "Back", "N/A", "", "quit"});
    INFO(result.out);
    const std::string said = flat(result.out);
    CHECK(occurrences(said, "Keys: s skips a row, b goes back") == 2);  // at the start, and for help
    CHECK(contains(said,
                   "'I dont know' is not a score; write a whole number from 0 to 5, a half point such as 2.5, or n/a. "
                   "Keys: s skips this row, b goes back, q stops (the answers given are saved), ? shows help."));
    CHECK(occurrences(said, "is not a score") == 1);
    CHECK(occurrences(said, "(1 of 24)") == 2);  // back from row 2
    CHECK(contains(test::read_file(path), "      strategy:\n        score: n/a\n"));
    CHECK(result.status == 0);
  }

  SUBCASE("Enter at a row not scored yet leaves it and goes on, as s does, with no question of evidence") {
    const auto result = score_interactively(path, {"", "q"});
    INFO(result.out);
    CHECK(contains(result.out, "  Left not scored; b goes back to it.\n\nRow 1.2 (2 of 24)"));
    CHECK(!contains(result.out, "Evidence ("));
    CHECK(contains(test::read_file(path), "      strategy:\n        score:\n        evidence:\n"));
  }

  SUBCASE("--from-start needs --interactive") {
    const auto result = test::run_cli({"score", path, "--from-start"});
    CHECK(result.status == cli::k_exit_usage);
    CHECK(contains(result.err, "--from-start goes with --interactive; add --interactive, or leave out --from-start"));
  }

  SUBCASE("g jumps to a section by number or id, and a wrong one is explained") {
    const auto result = score_interactively(path, {"g 2", "g", "knowlege", "g knowledge", "q"});
    INFO(result.out);
    CHECK(contains(result.out, "\nRow 2.1 (6 of 24): contact."));
    CHECK(contains(result.out,
                   "Go to section: knowlege\nNo section 'knowlege' "
                   "(did you mean 'knowledge'?). The sections are 1, 2, 3, 4,\n5, 6 and F, or their ids: "
                   "commitment, contact, purpose, knowledge, coproduce,\nimpact, facilitate; or give a row, such as "
                   "1.1.\n"));
    CHECK(contains(result.out, "\n4. Build knowledge, skills and confidence\n"));
  }

  SUBCASE("g takes a section by the letter the pack shows it by, in any capitals, and a row by its number") {
    const auto result = score_interactively(path, {"g F", "g 6.3", "g f", "g 7", "q"});
    INFO(result.out);
    CHECK(occurrences(result.out, "\nRow F.1 (22 of 24): facilitate.") == 3);  // F, f and its place, 7
    CHECK(contains(result.out, "\nRow 6.3 (21 of 24): impact.trust\n"));
    CHECK(!contains(result.out, "No section"));
  }

  SUBCASE("g takes a row by the id the prompt shows beside it, as --set names it, in any capitals") {
    const auto result = score_interactively(path, {"g impact.trust", "g Contact.Wrong-People", "q"});
    INFO(result.out);
    CHECK(contains(result.out, "\nRow 6.3 (21 of 24): impact.trust\n"));
    CHECK(contains(result.out, "\nRow 2.1 (6 of 24): contact.wrong-people\n"));
    CHECK(!contains(result.out, "No section"));
  }

  SUBCASE("g and a row id its section does not have names the rows it has, and the closest") {
    const auto result = score_interactively(path, {"g impact.trusts", "q"});
    INFO(result.out);
    CHECK(contains(flat(result.out),
                   "No row 'impact.trusts' (did you mean 'impact.trust'?): 6. Review impact has "
                   "rows impact.tangible-difference, impact.sustained-motivation and impact.trust."));
    CHECK(!contains(result.out, "No section"));
  }

  SUBCASE("g and a row its section does not have says which rows it has") {
    const auto result = score_interactively(path, {"g 6.9", "g f.9", "q"});
    INFO(result.out);
    CHECK(contains(flat(result.out), "No row '6.9': 6. Review impact has rows 6.1 to 6.3."));
    CHECK(contains(flat(result.out), "No row 'f.9': Facilitate the process has rows F.1 to F.3."));
    CHECK(!contains(result.out, "No section"));
  }

  SUBCASE("a row with only a warning sign, or only an early indicator, says what its scores mean") {
    // g impact: rows 19 (tangible-difference), 20, 21 (trust); then facilitate's rows 22, 23, 24 (same-direction)
    const auto result = score_interactively(path, {"g impact", "s", "s", "s", "s", "s", "q"});
    INFO(result.out);
    CHECK(contains(result.out,
                   "Row 6.3 (21 of 24): impact.trust\n  Early indicator: Relationships are deepening and trust is "
                   "developing.\n  This row has only an early indicator: 5 means it is fully true here, 0 that\n"
                   "  there is no sign of it yet.\n  Now: not scored yet\n"));
    CHECK(contains(result.out,
                   "(24 of 24): facilitate.same-direction\n  Warning sign: People are not pulling in the same "
                   "direction.\n  This row has only a warning sign: 5 means it is not seen here at all, 0 that\n"
                   "  it is seen a lot.\n  Now: not scored yet\n"));
    // rows with both signs have no such note
    CHECK(occurrences(result.out, "This row has only") == 2);
  }

  SUBCASE("leaving a section shows its score; the end says how many rows are still to do") {
    const auto result = score_interactively(path, {"4", "", "3", "Minutes of the May meeting", "s", "s", "s", "q"});
    CHECK(contains(result.out, "\n1. Commitment and leadership: section score 3.5 (2 of 5 rows).\n"));
    CHECK(contains(result.out, "Still to do: 22 of 24 rows not scored yet, and 1 score with no evidence:\n"));
    CHECK(contains(test::read_file(path), "        score: 3\n        evidence: Minutes of the May meeting\n"));
  }
}

TEST_CASE("score --interactive in a meeting") {
  test::TempDir dir;

  SUBCASE(
      "evidence holding contact details is saved with check's warnings, as --set-evidence words them, then "
      "shown again to change") {
    const std::string path = new_assessment(dir);
    const std::string typed = "Ring the office on 07700 900123 or write to lead@example.org.";
    // What --set-evidence says of the same evidence, in a copy of the file.
    const std::string copy = dir.write("copy.coprod.yaml", test::read_file(path));
    const auto set = test::run_cli({"score", copy, "--set-evidence", "commitment.strategy=" + typed});
    REQUIRE(set.status == 0);
    std::vector<std::string> warnings;
    for (const auto line : util::split_lines(set.err)) {
      if (contains(std::string(line), ": warning: ")) warnings.emplace_back(line.substr(copy.size()));
    }
    REQUIRE(warnings.size() == 2);

    SUBCASE("changed: saved again, without the warnings") {
      const auto result = score_interactively(path, {"3", typed, "Ring the office.", "q"}, {}, true, 1000);
      INFO(result.out);
      for (const auto& warning : warnings) CHECK(contains(flat(result.out), flat(path + warning)));
      CHECK(contains(flat(result.out),
                     "It is saved as typed: change it here, or press Enter to keep it. Evidence: Ring the "
                     "office. Saved."));
      CHECK(occurrences(result.out, "[phone]") == 1);
      CHECK(contains(test::read_file(path), "        score: 3\n        evidence: Ring the office.\n"));
    }
    SUBCASE("kept with Enter: saved as typed, said once") {
      const auto result = score_interactively(path, {"3", typed, "", "q"});
      CHECK(occurrences(result.out, "[phone]") == 1);
      CHECK(contains(test::read_file(path), "        evidence: " + typed + "\n"));
    }
    SUBCASE("on a terminal that edits lines, the evidence saved is shown ready to edit") {
      cli::CapturingConsole console;
      console.input = {"3", typed, "Ring the office.", "q"};
      console.input_terminal = true;
      console.line_editing = true;
      REQUIRE(cli::run({"coprod", "score", path, "--interactive"}, console) == 0);
      CHECK(console.prefills == std::vector<std::string>{"", "", typed, ""});
      CHECK(contains(test::read_file(path), "        evidence: Ring the office.\n"));
    }
    SUBCASE("q stops there, the evidence kept as saved") {
      const auto result = score_interactively(path, {"3", typed, "q", "4"});
      CHECK(!contains(result.out, "(2 of 24)"));
      CHECK(contains(test::read_file(path), "        evidence: " + typed + "\n"));
    }
    SUBCASE("q there still gives the note on a named person") {
      // It was skipped when q stopped the session at the contact-details question (review).
      const auto result = score_interactively(path, {"3", "Mary said ring 07700 900123.", "q"});
      CHECK(contains(result.out, "[phone]"));
      CHECK(contains(flat(result.out), "This may tie what was said to a named person (\"Mary said\")"));
    }
  }

  SUBCASE("evidence tying a remark to a named person is saved, with the form's note and how to change it") {
    const std::string path = new_assessment(dir);
    const std::string said = "Most of the group said trust is growing, Mary said not yet.";
    const auto result = score_interactively(path, {"3.5", said, "q"});
    INFO(result.out);
    CHECK(contains(flat(result.out),
                   "Saved. Note: This may tie what was said to a named person (\"Mary said\"). People speak more "
                   "freely when what they say is not tied to their name: you could write \"Some people in the group "
                   "felt ...\" instead. It is saved as typed; to change it, type b at the next row to come back to "
                   "this one."));
    CHECK(contains(test::read_file(path), "        score: 3.5\n        evidence: " + said + "\n"));
    // Evidence naming no one gets no note.
    const auto plain =
        score_interactively(path, {"3", "Most of the group said trust is growing.", "q"}, {"--from-start"});
    CHECK(!contains(plain.out, "named person"));
  }

  SUBCASE("--set-evidence gives the same note as a warning, and saves the evidence") {
    const std::string path = new_assessment(dir);
    const auto result = test::run_cli(
        {"score", path, "--set-evidence", "commitment.strategy=The chair said yes, Dr Patel told us no."});
    CHECK(result.status == 0);
    CHECK(contains(flat(result.err),
                   "warning: commitment.strategy: This may tie what was said to a named person (\"Dr Patel told\"). "
                   "People speak more freely when what they say is not tied to their name: you could write \"Some "
                   "people in the group felt ...\" instead. It is saved as given; to change it, give --set-evidence "
                   "commitment.strategy=TEXT again [attribution]"));
    CHECK(contains(test::read_file(path), "evidence: The chair said yes, Dr Patel told us no.\n"));
  }

  SUBCASE("evidence typed replaces the evidence shown, and + adds a line to it") {
    const std::string path = new_assessment(dir);
    REQUIRE(test::run_cli({"score", path, "--set", "commitment.strategy=3", "--set-evidence",
                           "commitment.strategy=Minutes of the May meeting."})
                .status == 0);
    auto result = score_interactively(path, {"", "+ The board agreed it in June.", "q"}, {"--from-start"});
    INFO(result.out);
    CHECK(contains(result.out, "\nEvidence: + The board agreed it in June.\n"));
    CHECK(contains(test::read_file(path),
                   "        evidence: |-\n          Minutes of the May meeting.\n          The board agreed it in "
                   "June.\n"));
    result = score_interactively(path, {"", "+", "q"}, {"--from-start"});  // nothing after the +: kept
    CHECK(contains(test::read_file(path), "          The board agreed it in June.\n"));
    result = score_interactively(path, {"", "Only this.", "q"}, {"--from-start"});
    CHECK(contains(test::read_file(path), "Only this.\n"));
    CHECK(!contains(test::read_file(path), "The board agreed"));
    // A row with no evidence: + adds the first line.
    result = score_interactively(path, {"s", "2", "+ Seen at the forum.", "q"}, {"--from-start"});
    CHECK(contains(result.out, "\nEvidence: + Seen at the forum.\n"));
    CHECK(contains(test::read_file(path), "        evidence: Seen at the forum.\n"));
  }

  SUBCASE("on a terminal that can edit lines, the evidence is shown to edit, a line at a time") {
    const std::string path = new_assessment(dir);
    REQUIRE(test::run_cli({"score", path, "--set", "commitment.strategy=3", "--set-evidence",
                           "commitment.strategy=Minutes of the Mya meeting.\nThe board agreed it."})
                .status == 0);
    const std::string before = test::read_file(path);
    const auto edit = [&](const std::vector<std::string>& typed) {
      return score_interactively(path, typed, {"--from-start"}, true, std::nullopt, true);
    };
    // Every line kept as shown: the file is not touched.
    auto result = edit({"", "Minutes of the Mya meeting.", "The board agreed it.", "q"});
    INFO(result.out);
    CHECK(contains(flat(result.out),
                   "The evidence is shown to edit, a line at a time: Enter keeps the line as shown; Ctrl-U empties "
                   "it, for - to clear the evidence, + and text to add a line, or q to stop; ? lists the keys."));
    CHECK(contains(result.out, "\nEvidence, line 1 of 2: Minutes of the Mya meeting.\n"));
    CHECK(contains(result.out, "\nEvidence, line 2 of 2: The board agreed it.\n"));
    CHECK(!contains(result.out, "Saved."));
    CHECK(test::read_file(path) == before);
    // One line put right: saved with the other as it was.
    result = edit({"", "Minutes of the May meeting.", "The board agreed it.", "q"});
    CHECK(contains(result.out, "Saved."));
    CHECK(contains(test::read_file(path),
                   "        evidence: |-\n          Minutes of the May meeting.\n          The board agreed it.\n"));
    // A line emptied is dropped; every line emptied keeps the evidence.
    result = edit({"", "Minutes of the May meeting.", "", "q"});
    CHECK(contains(test::read_file(path), "          Minutes of the May meeting.\n"));
    CHECK(!contains(test::read_file(path), "The board agreed it."));
    const std::string one_line = test::read_file(path);
    result = edit({"", "", "q"});
    CHECK(contains(flat(result.out),
                   "Every line was emptied, so the evidence is kept: to clear it, type - on the emptied line."));
    CHECK(test::read_file(path) == one_line);
    // On an emptied first line: + adds a line, - clears, q saves the score and stops.
    result = edit({"", "+ The board agreed it in June.", "q"});
    CHECK(contains(test::read_file(path),
                   "        evidence: |-\n          Minutes of the May meeting.\n          The board agreed it in "
                   "June.\n"));
    result = edit({"2", "q"});
    CHECK(contains(test::read_file(path), "        score: 2\n        evidence: |-\n"));
    CHECK(!contains(result.out, "(2 of 24)"));
    result = edit({"", "-", "q"});
    CHECK(contains(test::read_file(path), "        score: 2\n        evidence:\n"));
    // No evidence: nothing to show, so what is typed is the evidence.
    result = edit({"", "Seen at the forum.", "q"});
    CHECK(contains(result.out, "\nEvidence: Seen at the forum.\n"));
    CHECK(contains(test::read_file(path), "        evidence: Seen at the forum.\n"));
  }

  SUBCASE("on any line shown to edit, + adds a line, q stops and - clears, keeping the lines edited before") {
    // They were saved as the evidence's line itself ("q", "+ text") on every line but the first (user tester).
    const std::string path = new_assessment(dir);
    const auto reset = [&] {
      REQUIRE(test::run_cli({"score", path, "--set", "commitment.strategy=3", "--set-evidence",
                             "commitment.strategy=Minutes of the Mya meeting.\nThe board agreed it."})
                  .status == 0);
    };
    const auto edit = [&](const std::vector<std::string>& typed) {
      return score_interactively(path, typed, {"--from-start"}, true, std::nullopt, true);
    };
    reset();
    auto result = edit({"", "Minutes of the Mya meeting.", "+ Seen at the forum.", "q"});
    INFO(result.out);
    CHECK(contains(test::read_file(path),
                   "        evidence: |-\n          Minutes of the Mya meeting.\n"
                   "          The board agreed it.\n          Seen at the forum.\n"));
    // q on the second line: the first line as edited is saved, the second kept, and the session stops.
    result = edit({"", "Minutes of the May meeting.", "q"});
    CHECK(contains(result.out, "Saved."));
    CHECK(!contains(result.out, "(2 of 24)"));
    CHECK(contains(test::read_file(path),
                   "        evidence: |-\n          Minutes of the May meeting.\n"
                   "          The board agreed it.\n          Seen at the forum.\n"));
    CHECK(!contains(test::read_file(path), "q\n"));
    // + with nothing after it on the second line keeps the first line as edited.
    result = edit({"", "Minutes of the Mya meetings.", "+", "q"});
    CHECK(contains(test::read_file(path), "          Minutes of the Mya meetings.\n"));
    result = edit({"", "Minutes of the May meeting.", "The board agreed it.", "Seen at the forum.", "q"});
    // q on the second line with nothing edited: nothing saved.
    const std::string before = test::read_file(path);
    result = edit({"", "Minutes of the May meeting.", "q"});
    CHECK(!contains(result.out, "Saved."));
    CHECK(test::read_file(path) == before);
    // - on the last line clears the evidence.
    result = edit({"", "Minutes of the May meeting.", "The board agreed it.", "-", "q"});
    CHECK(contains(test::read_file(path), "        score: 3\n        evidence:\n"));
  }

  SUBCASE("a line kept as shown keeps its bytes when another line is edited; a first line with + is edited") {
    const std::string path = new_assessment(dir);
    // Indentation, a blank line, and a joiner the terminal shows as <U+200D>.
    REQUIRE(test::run_cli({"score", path, "--set", "commitment.strategy=3", "--set-evidence",
                           "commitment.strategy=+ 3 members came.\n  indented second\n\nFamily \u200d attended"})
                .status == 0);
    const auto edit = [&](const std::vector<std::string>& typed) {
      return score_interactively(path, typed, {"--from-start"}, true, std::nullopt, true);
    };
    const auto result = edit({"", "+ 4 members came.", "  indented second", "", "Family <U+200D> attended", "q"});
    INFO(result.out);
    CHECK(contains(result.out, "Saved."));
    CHECK(contains(test::read_file(path),
                   "          + 4 members came.\n            indented second\n\n"
                   "          Family \u200d attended\n"));
    CHECK(!contains(test::read_file(path), "3 members"));
    CHECK(!contains(test::read_file(path), "<U+200D>"));
  }

  SUBCASE("the date asked starts on an empty line, even where lines can be edited, and names the date Enter keeps") {
    // Shown on the line, the date took what was typed after it ("2026-06-30today"), and a date refused stayed on
    // the line for Enter to send again (user tester).
    const std::string path = new_assessment(dir);
    REQUIRE(test::run_cli({"score", path, "--set", "commitment.last_completed=2026-06-30"}).status == 0);
    cli::CapturingConsole console;
    console.input = {"2", "", "g 2", "1st Dec", "2026-06-30", "q"};
    console.input_terminal = true;
    console.line_editing = true;
    REQUIRE(cli::run({"coprod", "score", path, "--interactive"}, console) == 0);
    INFO(console.stdout_text);
    CHECK(occurrences(flat(console.stdout_text), "When was this section completed? [30 June 2026]") == 2);
    CHECK(console.prefills == std::vector<std::string>(console.prefills.size(), ""));
    CHECK(!contains(console.stdout_text, "Saved:"));
    CHECK(contains(test::read_file(path), "    last_completed: 2026-06-30"));
    const auto result =
        score_interactively(path, {"3", "", "g 2", "2026-06-31", "2026-06-21", "q"}, {}, true, std::nullopt, true);
    CHECK(contains(flat(result.out), "Saved: 21 June 2026 (2026-06-21)."));
    CHECK(contains(test::read_file(path), "    last_completed: 2026-06-21"));
  }

  SUBCASE("the date question leaves room on its last line for the date typed") {
    const std::string path = new_assessment(dir);
    REQUIRE(test::run_cli({"score", path, "--set", "commitment.last_completed=2026-06-30"}).status == 0);
    const auto result = score_interactively(path, {"2", "", "g 2", "q"}, {}, true, 90);
    INFO(result.out);
    CHECK(contains(result.out, "\nWhen was this section completed? [30 June 2026] q\n"));
  }

  SUBCASE("the date a section was completed is taken as the form takes it, saved YYYY-MM-DD and said in words") {
    const std::string path = new_assessment(dir);
    REQUIRE(test::run_cli({"score", path, "--set", "commitment.last_completed=2026-06-30"}).status == 0);
    const auto result = score_interactively(path, {"2", "", "g 2", "31/11/2026", "11/30/2026", "1/9/2026", "q"});
    INFO(result.out);
    const std::string said = flat(result.out);
    CHECK(contains(said,
                   "When was this section completed? [30 June 2026] 31/11/2026 '31/11/2026' is not a date: November "
                   "2026 has 30 days."));
    CHECK(contains(said,
                   "'11/30/2026' is not a date: there is no month 30 (write the day first, then the month: "
                   "30/09/2026)."));
    CHECK(contains(said, "1/9/2026 Saved: 1 September 2026 (2026-09-01)."));
    CHECK(contains(test::read_file(path), "    last_completed: 2026-09-01  # YYYY-MM-DD\n"));
  }

  SUBCASE("'today' is taken for the date a section was completed; a word that is no date is told the prompt's way") {
    // It was told "write the date as YYYY-MM-DD", though the prompt asks for 30/09/2026 (user tester).
    const std::string path = new_assessment(dir);
    REQUIRE(test::run_cli({"score", path, "--set", "commitment.last_completed=2026-06-30"}).status == 0);
    cli::CapturingConsole console;
    console.input = {"2", "", "g 2", "someday", "Today", "q"};
    console.input_terminal = true;
    console.environment["SOURCE_DATE_EPOCH"] = "1790000000";  // 2026-09-21
    REQUIRE(cli::run({"coprod", "score", path, "--interactive"}, console) == 0);
    const std::string said = flat(console.stdout_text);
    INFO(said);
    CHECK(contains(said, "'someday' is not a date; write it as day/month/year, such as 30/09/2026, or type today."));
    CHECK(contains(said, "Saved: 21 September 2026 (2026-09-21)."));
    CHECK(contains(test::read_file(path), "    last_completed: 2026-09-21"));
  }

  SUBCASE(
      "a file carried forward by init --from says so, starts at the first section not reviewed, and names those "
      "left at the end") {
    const std::string path = test::carried_forward(dir);
    auto result = score_interactively(path, {"q"});
    INFO(result.out);
    std::string said = flat(result.out);
    CHECK(contains(said,
                   "This file carries answers forward from an earlier period (as coprod init --from leaves "
                   "them): 7 of 7 sections still have a last completed date before 2027-Q1 began."));
    CHECK(contains(said,
                   "Every row has a score; starting at row 1, the first of the 7 sections not reviewed for "
                   "2027-Q1 (--from-start begins at row 1)."));
    CHECK(!contains(said, "Nothing left to do"));
    CHECK(
        contains(said,
                 "Still to do: 1 score with no evidence: Row 6.3 (impact.trust), scored 3: Relationships are "
                 "deepening and trust is developing. To add its evidence: coprod score " +
                     path +
                     " --set-evidence impact.trust=TEXT; or, in a session, type g 6.3 to go to the row and press "
                     "Enter at its score to be asked for its evidence. Still carried forward: 7 "
                     "sections have a last completed date from before 2027-Q1 began, so a report may call them carried "
                     "forward from an earlier period: 1. Commitment and leadership (2026-11-19); "));
    // Its rows kept with Enter: reviewed, so its date is asked; the first section then starts at the second.
    std::vector<std::string> typed;
    for (int row = 0; row < 5; ++row) typed.insert(typed.end(), {"", ""});
    typed.insert(typed.end(), {"15/1/2027", "q"});
    result = score_interactively(path, typed);
    said = flat(result.out);
    CHECK(contains(said,
                   "This section was reviewed (its answers kept), but its last completed date is still "
                   "2026-11-19, before 2027-Q1 began"));
    CHECK(contains(said, "Saved: 15 January 2027 (2027-01-15)."));
    CHECK(contains(said, "Still carried forward: 6 sections have"));
    result = score_interactively(path, {"q"});
    CHECK(contains(flat(result.out),
                   "Every row has a score; starting at row 6, the first of the 6 sections not "
                   "reviewed for 2027-Q1"));
  }
}

TEST_CASE("score --interactive: what the end says is left, and the reflections") {
  test::TempDir dir;
  const std::string path = new_assessment(dir);

  SUBCASE("a score with no evidence is named as the pack names rows, with how to add its evidence") {
    const auto result = score_interactively(path, {"4", "", "3", "Minutes of the May meeting", "q"}, {}, true, 200);
    INFO(result.out);
    CHECK(contains(result.out,
                   "Still to do: 22 of 24 rows not scored yet, and 1 score with no evidence:\n"
                   "  Row 1.1 (commitment.strategy), scored 4: Strategy has been co-developed with people with lived "
                   "experience.\nTo add its evidence: "));
    CHECK(contains(flat(result.out), "To add its evidence: coprod score " + path +
                                         " --set-evidence commitment.strategy=TEXT; or, in a session, type g 1.1 to go "
                                         "to the row and press Enter at its score to be asked for its evidence."));
    // What it says works: the evidence added that way leaves nothing to name.
    REQUIRE(test::run_cli({"score", path, "--set-evidence", "commitment.strategy=The strategy, May 2026"}).status == 0);
    const auto after = score_interactively(path, {"q"}, {}, true, 200);
    CHECK(contains(after.out, "Still to do: 22 of 24 rows not scored yet.\n"));
    CHECK(!contains(after.out, "commitment.strategy"));
  }

  SUBCASE("more than three are named three, and how many more") {
    const auto result = score_interactively(path, {"1", "", "2", "", "3", "", "4", "", "5", "", "q"}, {}, true, 200);
    INFO(result.out);
    const std::string said = flat(result.out);
    CHECK(contains(said,
                   "Still to do: 19 of 24 rows not scored yet, and 5 scores with no evidence: Row 1.1 "
                   "(commitment.strategy), scored 1: Strategy has been"));
    CHECK(contains(said, "good co-production. and 2 more (coprod score " + path +
                             " lists them all). To add the evidence of each: coprod score " + path +
                             " --set-evidence ROW=TEXT, ROW as in brackets above; or, in a session, type g and a "
                             "row's number (such as g 2.3) to go to each row"));
    CHECK(occurrences(result.out, "  Row 1.") == 3);
  }

  SUBCASE(
      "leaving a section with no date and no 'completed by' asks both; the answer is offered for the next section, "
      "- leaves it empty; q at a row asks neither") {
    // A new file's sections ended with neither, and nothing said so (user tester).
    const auto result = score_interactively(
        path,
        {"g 6", "3", "Notes", "3", "Notes", "3", "Notes", "15/01/2027", "Network meeting",  // section 6
         "3", "Notes", "3", "Notes", "3", "Notes", "", "-", "q"},
        {}, true, 200);
    INFO(result.out);
    CHECK(occurrences(result.out, "\nWhen was this section completed? ") == 2);
    CHECK(occurrences(flat(result.out),
                      "Who completed a section: a role or group is better than a name, such as 'team "
                      "meeting'. Enter gives the answer in brackets, as for the section before, or leaves it empty; - "
                      "leaves it empty; q stops, ? lists the keys.") == 1);
    CHECK(contains(result.out, "\nWho completed this section? Network meeting\n"));
    CHECK(contains(result.out, "\nWho completed this section? [Network meeting] -\n"));
    const std::string saved = test::read_file(path);
    CHECK(contains(saved, "  impact:\n    completed_by: Network meeting\n    last_completed: 2027-01-15"));
    // Section F: no date given, and - left who empty although one was offered.
    CHECK(contains(saved, "  facilitate:\n    completed_by:\n    last_completed:  # YYYY-MM-DD\n"));
  }

  SUBCASE("a session through to the last row asks the reflections not written yet; Enter skips one, q stops") {
    const auto result = score_interactively(
        path, {"g 7", "3", "Notes", "3", "Notes", "3", "Notes", "", "", "How much the network knew already.", "", "q"},
        {}, true, 200);
    INFO(result.out);
    CHECK(contains(result.out, "Reflections and next steps\n"));
    CHECK(contains(result.out, "Each answer is saved at once; Enter (or s) skips a question, q stops.\n"));
    CHECK(contains(result.out, "What was surprising? How much the network knew already.\nSaved.\n"));
    CHECK(contains(result.out, "What challenged you? \nWhat was learnt? q\n"));
    CHECK(!contains(result.out, "What are the emerging priorities"));
    CHECK(contains(test::read_file(path), "  surprising: How much the network knew already.\n"));
    CHECK(contains(flat(result.out),
                   "Reflections not written yet (challenging, learnt, priorities): the guide asks "
                   "for them after scoring. To write one: coprod score " +
                       path + " --set reflections.challenging=TEXT (or .learnt, .priorities)."));
    // Written, they are not asked again.
    const auto again =
        score_interactively(path, {"g 7", "", "", "", "", "", "", "", "", "Time.", "", "", "q"}, {}, true, 200);
    CHECK(!contains(again.out, "What was surprising?"));
    CHECK(contains(again.out, "What challenged you? Time.\nSaved.\n"));
  }

  SUBCASE(
      "at the reflections, s skips as at a row, the session's other keys are not saved as an answer, and "
      "contact details are warned of as score --set warns") {
    // One s too many was saved as the reflection 's' (review); an e-mail address got no warning (review).
    const auto result = score_interactively(
        path,
        {"g 7", "3", "Notes", "3", "Notes", "3", "Notes", "", "", "s", "b", "Write to jo.bloggs@example.org", "q"}, {},
        true, 200);
    INFO(result.out);
    CHECK(contains(result.out, "What was surprising? s\nWhat challenged you? b\n"));
    CHECK(contains(flat(result.out),
                   "Keys here: type the answer and press Enter to save it; Enter alone (or s) "
                   "skips this question, q stops."));
    CHECK(contains(flat(result.out), "this looks like an e-mail address ('jo.bloggs@example.org')"));
    const std::string saved = test::read_file(path);
    CHECK(contains(saved, "  challenging: Write to jo.bloggs@example.org\n"));
    CHECK(!contains(saved, "surprising: s"));
    CHECK(!contains(saved, ": b\n"));
  }

  SUBCASE("stopped before the last row, the reflections are not asked, and the end says how to write them") {
    const auto result = score_interactively(path, {"3", "Notes", "q"}, {}, true, 200);
    INFO(result.out);
    CHECK(!contains(result.out, "What was surprising?"));
    CHECK(contains(flat(result.out),
                   "The reflections are not written yet (surprising, challenging, learnt, "
                   "priorities): the guide asks for them after scoring. To write one: coprod score " +
                       path +
                       " --set reflections.surprising=TEXT (or .challenging, .learnt, "
                       ".priorities)."));
  }
}

TEST_CASE("empty_reflections_words: credits the guide only for the guide's own reflection tool") {
  const model::Reflections none;
  const std::string tool = cli::empty_reflections_words(none, "q4.yaml", true);
  CHECK(tool.find("The reflections are not written yet (surprising, challenging, learnt, priorities): the guide asks "
                  "for them after scoring. To write one: coprod score q4.yaml --set reflections.surprising=TEXT") == 0);
  const std::string other = cli::empty_reflections_words(none, "q4.yaml", false);
  CHECK(other.find("the guide") == std::string::npos);
  CHECK(other.find(
            "The reflections are not written yet (surprising, challenging, learnt, priorities). To write one:") == 0);
}

TEST_CASE("score --interactive: every prompt leaves room to type on an 80-column terminal, its guidance said once") {
  // The first evidence prompt was 79 characters: what was typed wrapped at once (user tester).
  test::TempDir dir;
  const std::string path = new_assessment(dir);
  REQUIRE(test::run_cli({"score", path, "--set", "impact.trust=2", "--set-evidence",
                         "impact.trust=Two sessions.\nA third planned."})
              .status == 0);
  const auto prompts_of = [&](const std::vector<std::string>& typed, bool line_editing) {
    cli::CapturingConsole console;
    console.input = typed;
    console.input_terminal = true;
    console.line_editing = line_editing;
    console.columns = 80;
    REQUIRE(cli::run({"coprod", "score", path, "--interactive", "--ask-seen"}, console) == 0);
    return std::pair(console.prompts, console.stdout_text);
  };
  // Rows with evidence over lines, seen locally, a section's date and who
  // completed it, then g with nothing after it.
  const auto [prompts, out] =
      prompts_of({"g 6", "3", "Notes +",    "more notes",      "",  "y", "n", "3", "Notes", "", "", "3", "Notes",
                  "-",   "y", "15/01/2027", "Network meeting", "g", "6", "q"},
                 false);
  INFO(out);
  CHECK(prompts.size() >= 20);
  for (const auto& prompt : prompts) {
    INFO(prompt);
    CHECK(util::display_width(prompt) <= cli::k_prompt_room);
  }
  CHECK(contains(out, "\nEvidence: Notes +\nEvidence, line 2 (Enter alone ends it): more notes\n"));
  CHECK(contains(out, "Early indicator seen locally now? y/n: y\n"));
  CHECK(contains(out, "Go to section: 6\n"));
  CHECK(occurrences(out, "For the evidence, type it and press Enter.") == 1);
  CHECK(occurrences(out, "Seen locally now: y or n.") == 1);
  CHECK(occurrences(out, "Dates are day first") == 1);
  CHECK(occurrences(out, "Who completed a section: a role or group") == 1);
  // The answers saved are shown in brackets, as the score is, and the
  // evidence shown to edit has the same short prompt.
  const auto [edit_prompts, edit_out] = prompts_of({"g 6", "3", "Notes", "more notes", "", "", "q"}, true);
  INFO(edit_out);
  for (const auto& prompt : edit_prompts) {
    INFO(prompt);
    CHECK(util::display_width(prompt) <= cli::k_prompt_room);
  }
  CHECK(contains(edit_out, "Early indicator seen locally now? y/n [yes]: "));
  CHECK(contains(edit_out, "\nEvidence, line 1 of 2: Notes\nEvidence, line 2 of 2: more notes\n"));
  CHECK(occurrences(edit_out, "The evidence is shown to edit, a line at a time") == 1);
}
