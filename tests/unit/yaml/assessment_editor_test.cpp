#include "yaml/assessment_editor.hpp"

#include <doctest/doctest.h>

#include "test_support.hpp"
#include "yaml/document.hpp"

using namespace coprod;

namespace {

const std::string k_file =
    "# A comment that must survive.\n"
    "sections:\n"
    "  commitment:\n"
    "    rows:\n"
    "\n"
    "      # Early indicator: ...\n"
    "      strategy:\n"
    "        score: 3   # agreed in July\n"
    "        evidence: |-\n"
    "          First line.\n"
    "\n"
    "          Second paragraph.\n"
    "        warning_seen: true\n"
    "\n"
    "      # Early indicator: ...\n"
    "      motivation:\n"
    "        score:\n"
    "        evidence:\n"
    "      resources:\n"
    "      leaders:\n"
    "        evidence: 'quoted'\n"
    "      senior-leaders: {score: 2}\n"
    "reflections:\n"
    "  learnt: \"yes\"\n";

// The file with one edit made, parsing it first.
util::Result<std::string> apply_row_edit(std::string_view text, const std::string& source, const yaml::RowEdit& edit) {
  auto document = yaml::parse_document(text, source);
  if (!document) return document.problems();
  auto edited = yaml::apply_row_edits(text, *document, source, {edit});
  if (!edited) return edited.problems();
  return std::move(edited->text);
}

std::string edited(const yaml::RowEdit& edit, const std::string& file = k_file) {
  auto result = apply_row_edit(file, "a.yaml", edit);
  REQUIRE_MESSAGE(result.ok(), test::first_error(result.problems()));
  return *result;
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("a score is replaced where it is written, keeping its comment") {
  CHECK(edited({"commitment", "strategy", "4.5", std::nullopt}) ==
        replaced(k_file, "        score: 3   # agreed in July\n", "        score: 4.5   # agreed in July\n"));
}

TEST_CASE("an empty score is filled in, and a score can be cleared") {
  CHECK(edited({"commitment", "motivation", "n/a", std::nullopt}) ==
        replaced(k_file, "      motivation:\n        score:\n", "      motivation:\n        score: n/a\n"));
  CHECK(edited({"commitment", "strategy", "", std::nullopt}) ==
        replaced(k_file, "        score: 3   # agreed in July\n", "        score:   # agreed in July\n"));
}

TEST_CASE("evidence is replaced whole, block scalar and all, and nothing else moves") {
  CHECK(edited({"commitment", "strategy", std::nullopt, "New: evidence"}) ==
        replaced(k_file, "        evidence: |-\n          First line.\n\n          Second paragraph.\n",
                 "        evidence: |-\n          New: evidence\n"));
  CHECK(edited({"commitment", "motivation", "2", "Two lines.\nOf evidence."}) ==
        replaced(k_file, "        score:\n        evidence:\n",
                 "        score: 2\n        evidence: |-\n          Two lines.\n          Of evidence.\n"));
  CHECK(edited({"commitment", "leaders", std::nullopt, ""}) ==
        replaced(k_file, "        evidence: 'quoted'\n", "        evidence:\n"));
}

TEST_CASE("a row with no values gets them as new lines") {
  CHECK(edited({"commitment", "resources", "1", "Little."}) ==
        replaced(k_file, "      resources:\n", "      resources:\n        score: 1\n        evidence: Little.\n"));
  CHECK(edited({"commitment", "leaders", "3", std::nullopt}) ==
        replaced(k_file, "      leaders:\n        evidence", "      leaders:\n        score: 3\n        evidence"));
}

TEST_CASE("layouts that cannot be edited in place are refused with a reason") {
  auto flow = apply_row_edit(k_file, "a.yaml", {"commitment", "senior-leaders", "3", std::nullopt});
  REQUIRE_FALSE(flow.ok());
  CHECK(test::first_error(flow.problems()) ==
        "a.yaml:22:7: error: the row 'commitment.senior-leaders' is written on one line ({...}); write it as 'key: "
        "value' lines to edit it with coprod");
  auto missing = apply_row_edit(k_file, "a.yaml", {"contact", "wrong-people", "3", std::nullopt});
  REQUIRE_FALSE(missing.ok());
  CHECK(test::first_error(missing.problems()) ==
        "a.yaml: error: the section 'contact' is not in the file; add it by hand, or start from a complete file "
        "('coprod init' makes an assessment, 'coprod plan --write' a plan)");
}

TEST_CASE("a refusal names the section, the row or the field the way people write them") {
  const auto refusal = [](const std::string& file, const std::vector<std::string>& path) {
    auto document = yaml::parse_document(file, "a.yaml");
    REQUIRE(document);
    const yaml::ValueChange change{path, "x", yaml::ValueChange::Form::text, {}};
    auto edited = yaml::apply_row_edits(file, *document, "a.yaml", {}, {change});
    REQUIRE_FALSE(edited.ok());
    return test::first_error(edited.problems());
  };
  const std::string what_to_do =
      "; add it by hand, or start from a complete file ('coprod init' makes an assessment, 'coprod plan --write' a "
      "plan)";
  CHECK(refusal("period: 2026-Q4\n", {"sections", "contact", "notes"}) ==
        "a.yaml: error: 'sections' is not in the file" + what_to_do);
  CHECK(refusal(k_file, {"sections", "commitment", "rows", "strong", "evidence"}) ==
        "a.yaml: error: the row 'commitment.strong' is not in the file" + what_to_do);
  CHECK(refusal("sections:\n  contact:\n    notes: hi\n", {"sections", "contact", "rows", "reach", "evidence"}) ==
        "a.yaml: error: 'rows' of the section 'contact' is not in the file" + what_to_do);
  CHECK(refusal("period: 2026-Q4\n", {"reflections", "learnt"}) ==
        "a.yaml: error: 'reflections' is not in the file" + what_to_do);
  CHECK(refusal(k_file, {"sections", "commitment", "rows", "senior-leaders", "warning_seen"}) ==
        "a.yaml:22:7: error: the row 'commitment.senior-leaders' is written on one line ({...}); write it as 'key: "
        "value' lines to edit it with coprod");
  CHECK(refusal("sections:\n  contact: {notes: hi}\n", {"sections", "contact", "notes"}) ==
        "a.yaml:2:3: error: the section 'contact' is written on one line ({...}); write it as 'key: value' lines to "
        "edit it with coprod");
  CHECK(refusal("sections:\n  contact:\n    rows:\n      reach: 3\n",
                {"sections", "contact", "rows", "reach", "evidence"}) ==
        "a.yaml:4:14: error: the row 'contact.reach' is '3', not 'key: value' lines; write it as 'key: value' lines "
        "to edit it with coprod");
  CHECK(
      refusal("sections:\n  contact:\n    rows:\n      - reach\n", {"sections", "contact", "rows", "reach", "score"}) ==
      "a.yaml:4:7: error: 'rows' of the section 'contact' is a list, not 'key: value' lines; write it as 'key: "
      "value' lines to edit it with coprod");
  CHECK(refusal("reflections: {learnt: x}\n", {"reflections", "learnt"}) ==
        "a.yaml:1:1: error: 'reflections' is written on one line ({...}); write it as 'key: value' lines to edit it "
        "with coprod");
}

TEST_CASE("a score written ~ or null is replaced where it is written") {
  const std::string file =
      "sections:\n  c:\n    rows:\n      a:\n        score: ~  # not yet\n      b:\n        score: null\n";
  auto tilde = apply_row_edit(file, "a.yaml", {"c", "a", "4", std::nullopt});
  REQUIRE_MESSAGE(tilde.ok(), test::first_error(tilde.problems()));
  CHECK(*tilde == replaced(file, "score: ~  # not yet", "score: 4  # not yet"));
  auto null_word = apply_row_edit(file, "a.yaml", {"c", "b", "n/a", std::nullopt});
  REQUIRE(null_word.ok());
  CHECK(*null_word == replaced(file, "score: null", "score: n/a"));
}

TEST_CASE("line ends, a byte-order mark and quoting styles survive an edit") {
  const std::string file =
      "\xEF\xBB\xBFsections:\r\n  c:\r\n    rows:\r\n      a:\r\n        score: 1\r\n        evidence: 'old'\r\n"
      "      b:\r\n        score: 2\r\n";
  auto lines = apply_row_edit(file, "a.yaml", {"c", "a", std::nullopt, "One.\nTwo."});
  REQUIRE(lines.ok());
  CHECK(*lines == replaced(file, "evidence: 'old'\r\n", "evidence: |-\r\n          One.\r\n          Two.\r\n"));
  auto single = apply_row_edit(file, "a.yaml", {"c", "a", std::nullopt, "it's new"});
  REQUIRE(single.ok());
  CHECK(*single == replaced(file, "'old'", "'it''s new'"));
  auto added = apply_row_edit(file, "a.yaml", {"c", "b", std::nullopt, "Added."});
  REQUIRE(added.ok());
  CHECK(*added == file + "        evidence: Added.\r\n");
}

TEST_CASE("in a file that mixes LF and CRLF, new lines take the line break of the lines around them") {
  // The first line ends in LF, the rows in CRLF; then one row in LF again.
  const std::string file =
      "sections:\n  c:\r\n    rows:\r\n      a:\r\n        score: 1\r\n        evidence: 'old'\r\n"
      "      b:\n        score: 2\n";
  auto block = apply_row_edit(file, "a.yaml", {"c", "a", std::nullopt, "One.\nTwo."});
  REQUIRE_MESSAGE(block.ok(), test::first_error(block.problems()));
  CHECK(*block == replaced(file, "evidence: 'old'\r\n", "evidence: |-\r\n          One.\r\n          Two.\r\n"));
  auto added_lf = apply_row_edit(file, "a.yaml", {"c", "b", std::nullopt, "Added."});
  REQUIRE(added_lf.ok());
  CHECK(*added_lf == file + "        evidence: Added.\n");
  auto added_crlf = apply_row_edit(replaced(file, "        evidence: 'old'\r\n", ""), "a.yaml",
                                   {"c", "a", std::nullopt, "New.\nLines."});
  REQUIRE(added_crlf.ok());
  CHECK(*added_crlf == replaced(file, "        evidence: 'old'\r\n",
                                "        evidence: |-\r\n          New.\r\n          Lines.\r\n"));
}

TEST_CASE("evidence that would not read back as plain text is quoted") {
  CHECK(edited({"commitment", "leaders", std::nullopt, "We held 3 meetings # of 4 planned"}) ==
        replaced(k_file, "'quoted'", "'We held 3 meetings # of 4 planned'"));
  CHECK(edited({"commitment", "motivation", std::nullopt, "We held 3 meetings # of 4 planned"}) ==
        replaced(k_file, "        evidence:\n      resources",
                 "        evidence: \"We held 3 meetings # of 4 planned\"\n      resources"));
  CHECK(edited({"commitment", "motivation", std::nullopt, "\"Nothing about us\" is on every agenda"}) ==
        replaced(k_file, "        evidence:\n      resources",
                 "        evidence: \"\\\"Nothing about us\\\" is on every agenda\"\n      resources"));
}

TEST_CASE("a new score drops the row's spread and its section's, which described the old scores") {
  const std::string file =
      "sections:\n  c:\n    spread: {min: 1.0, max: 2.5, count: 4}\n    rows:\n      a:\n        score: 1.5\n"
      "        spread: {min: 0.5, max: 2.5, count: 4}\n      b:\n        score: 2\n"
      "  d:\n    spread: {min: 1.0, max: 2.0, count: 4}\n    rows:\n      e:\n        score: 1\n";
  auto result = apply_row_edit(file, "a.yaml", {"c", "a", "4", std::nullopt});
  REQUIRE(result.ok());
  CHECK(*result ==
        "sections:\n  c:\n    rows:\n      a:\n        score: 4\n      b:\n        score: 2\n"
        "  d:\n    spread: {min: 1.0, max: 2.0, count: 4}\n    rows:\n      e:\n        score: 1\n");
  // The score the row already has changes nothing, however the file writes it.
  auto same = apply_row_edit(file, "a.yaml", {"c", "a", "1.5", std::nullopt});
  REQUIRE(same.ok());
  CHECK(*same == file);
  const std::string written_longer = replaced(file, "score: 1.5", "score: 1.50");
  auto same_value = apply_row_edit(written_longer, "a.yaml", {"c", "a", "1.5", std::nullopt});
  REQUIRE(same_value.ok());
  CHECK(*same_value == written_longer);
}

TEST_CASE("a folded block is replaced by a literal one when the new text reads back the same in it") {
  const std::string file =
      "sections:\n  c:\n    rows:\n      a:\n        score: 1\n        evidence: >\n          folded\n          text\n";
  auto folded = apply_row_edit(file, "a.yaml", {"c", "a", std::nullopt, "kept: as text"});
  REQUIRE(folded.ok());
  CHECK(*folded == replaced(file, ">\n          folded\n          text", "|-\n          kept: as text"));
}

TEST_CASE("an edit that would change anything else is refused, and nothing is written") {
  const std::string file = "sections:\n  c:\n    rows:\n      a:\n        score: [1]\n";
  auto list = apply_row_edit(file, "a.yaml", {"c", "a", "2", std::nullopt});
  REQUIRE_FALSE(list.ok());
  CHECK(test::first_error(list.problems()) ==
        "a.yaml:5:16: error: 'score' of the row 'c.a' is a list, not one value; write it as one value, such as "
        "'score: ...', to set it with coprod");
  // Only the values set are checked: the evidence of that row can be set.
  auto evidence = apply_row_edit(file, "a.yaml", {"c", "a", std::nullopt, "Seen."});
  REQUIRE_MESSAGE(evidence.ok(), test::first_error(evidence.problems()));
  CHECK(*evidence == file + "        evidence: Seen.\n");
  // Ranges that do not match the text (here: from a tree of another text)
  // make a result that parses differently, which is caught before any write.
  const std::string other = "# one more line\n" + k_file;
  const auto tree = yaml::parse_document(k_file, "a.yaml");
  REQUIRE(tree.ok());
  auto moved = yaml::apply_row_edits(other, *tree, "a.yaml", {{"commitment", "strategy", "4", std::nullopt}});
  REQUIRE_FALSE(moved.ok());
  CHECK(test::first_error(moved.problems()) ==
        "a.yaml: error: coprod could not make this change without changing other parts of the file; edit it in a "
        "text editor");
}

TEST_CASE("the comment on a value's line is kept when the value becomes, or stops being, a block") {
  const std::string file =
      "sections:\n  c:\n    rows:\n      a:\n        score: 1\n        evidence: |-  # check with the board\n"
      "          Old.\n          Lines.\n      b:\n        score: 2\n        evidence: Short.  # from May\n";
  CHECK(edited({"c", "a", std::nullopt, ""}, file) ==
        replaced(file, " |-  # check with the board\n          Old.\n          Lines.", "  # check with the board"));
  CHECK(edited({"c", "a", std::nullopt, "  indented"}, file) ==
        replaced(file, "|-  # check with the board\n          Old.\n          Lines.",
                 "\"  indented\"  # check with the board"));
  CHECK(edited({"c", "b", std::nullopt, "Two\nlines."}, file) ==
        replaced(file, "Short.  # from May", "|-  # from May\n          Two\n          lines."));
}

TEST_CASE("new evidence drops the '# coprod: reviewed' mark, which vouched for the old text only") {
  const std::string file =
      "sections:\n  c:\n    rows:\n      a:\n        score: 1  # coprod: reviewed\n"
      "        evidence: Helpline 0300 311 22 33  # coprod: reviewed phone\n"
      "      b:\n        evidence: |-  # from May  # coprod: reviewed\n          Old.\n          Lines.\n"
      "      d:\n        evidence: \"Ring Jo\"\t# coprod: reviewed\n";
  // Replaced with text on one line, with a block, or cleared: the mark goes, any other comment stays.
  CHECK(edited({"c", "a", std::nullopt, "Ring Jo on 07700 900123"}, file) ==
        replaced(file, "Helpline 0300 311 22 33  # coprod: reviewed phone", "Ring Jo on 07700 900123"));
  CHECK(edited({"c", "a", std::nullopt, "Two\nlines."}, file) ==
        replaced(file, "Helpline 0300 311 22 33  # coprod: reviewed phone", "|-\n          Two\n          lines."));
  CHECK(edited({"c", "a", std::nullopt, ""}, file) ==
        replaced(file, " Helpline 0300 311 22 33  # coprod: reviewed phone", ""));
  CHECK(edited({"c", "b", std::nullopt, "mary@example.com"}, file) ==
        replaced(file, "|-  # from May  # coprod: reviewed\n          Old.\n          Lines.",
                 "|-  # from May\n          mary@example.com"));
  CHECK(edited({"c", "b", std::nullopt, "New.\nLines."}, file) ==
        replaced(file, "|-  # from May  # coprod: reviewed\n          Old.\n          Lines.",
                 "|-  # from May\n          New.\n          Lines."));
  CHECK(edited({"c", "d", std::nullopt, "Ring Sam"}, file) ==
        replaced(file, "\"Ring Jo\"\t# coprod: reviewed", "\"Ring Sam\""));
  // The same text again, or a new score, leaves the marks as they are.
  CHECK(edited({"c", "a", std::nullopt, "Helpline 0300 311 22 33"}, file) == file);
  CHECK(edited({"c", "a", "2", std::nullopt}, file) == replaced(file, "score: 1  #", "score: 2  #"));
}

TEST_CASE("clearing a value written below a comment keeps the comment") {
  const std::string file =
      "sections:\n  c:\n    rows:\n      a:\n        score: 1\n        evidence:\n          # from the minutes\n"
      "          Agreed in May.\n      b:\n        score: 2\n        evidence:\n          # to check\n"
      "          Pending  # ask Sam\n";
  CHECK(edited({"c", "a", std::nullopt, ""}, file) == replaced(file, "          Agreed in May.\n", ""));
  CHECK(edited({"c", "b", std::nullopt, ""}, file) ==
        replaced(file, "          Pending  # ask Sam\n", "            # ask Sam\n"));
  const std::string block =
      "sections:\n  c:\n    rows:\n      a:\n        score: 1\n        evidence:\n          # from the minutes\n"
      "          |-  # agreed\n            Two\n            lines.\n";
  CHECK(edited({"c", "a", std::nullopt, ""}, block) ==
        replaced(block, "|-  # agreed\n            Two\n            lines.", "  # agreed"));
}

TEST_CASE("a new key under an empty value goes before a new key after that value") {
  const std::string file = "top:\n  first:\n  last: 1\n";
  const auto tree = yaml::parse_document(file, "a.yaml");
  REQUIRE(tree.ok());
  using Form = yaml::ValueChange::Form;
  const std::vector<yaml::ValueChange> changes = {{{"top", "second"}, "after", Form::text, {"first"}},
                                                  {{"top", "first", "child"}, "under", Form::text, {}}};
  auto edited = yaml::change_values(file, *tree, "a.yaml", changes);
  REQUIRE_MESSAGE(edited.ok(), test::first_error(edited.problems()));
  CHECK(edited->text == "top:\n  first:\n    child: under\n  second: after\n  last: 1\n");
}

namespace {

using Form = yaml::ValueChange::Form;

util::Result<std::string> changed(const std::string& file, const std::vector<yaml::ValueChange>& changes) {
  const auto tree = yaml::parse_document(file, "a.yaml");
  REQUIRE(tree.ok());
  auto edited = yaml::change_values(file, *tree, "a.yaml", changes);
  if (!edited) return edited.problems();
  return std::move(edited->text);
}

std::string changed_ok(const std::string& file, const std::vector<yaml::ValueChange>& changes) {
  auto result = changed(file, changes);
  REQUIRE_MESSAGE(result.ok(), test::first_error(result.problems()));
  return *result;
}

}  // namespace

TEST_CASE("new keys of one mapping go in their order there, whatever order they are asked for in") {
  const std::string file = "row:\n  score: 1\n  evidence: x\nnext: 2\n";
  const yaml::ValueChange indicator{{"row", "indicator_seen"}, "true", Form::word, {"score", "evidence"}};
  const yaml::ValueChange warning{{"row", "warning_seen"}, "true", Form::word, {"score", "evidence", "indicator_seen"}};
  const std::string expected =
      "row:\n  score: 1\n  evidence: x\n  indicator_seen: true\n  warning_seen: true\nnext: 2\n";
  CHECK(changed_ok(file, {indicator, warning}) == expected);
  CHECK(changed_ok(file, {warning, indicator}) == expected);
  // A removed key before them keeps them in order too.
  const std::string abc = "row:\n  a: 1\n  b: 2\n  c: 3\n";
  CHECK(changed_ok(abc, {{{"row", "x"}, "4", Form::word, {"a", "b", "c"}},
                         {{"row", "b"}, std::nullopt, Form::word, {}},
                         {{"row", "y"}, "5", Form::word, {"a", "b", "c", "x"}}}) ==
        "row:\n  a: 1\n  c: 3\n  x: 4\n  y: 5\n");
  // At the end of a file with no final line break, each new line starts with one.
  const std::string open_end = "row:\n  score: 1\n  evidence: x";
  CHECK(changed_ok(open_end, {warning, indicator}) ==
        "row:\n  score: 1\n  evidence: x\n  indicator_seen: true\n  warning_seen: true");
}

TEST_CASE("a value changed twice in one edit takes the last change, present or new") {
  const std::string file = "section:\n  completed_by: Sam\n";
  const auto notes = [](const std::string& text) {
    return yaml::ValueChange{{"section", "notes"}, text, Form::text, {"completed_by"}};
  };
  const auto by = [](const std::string& text) {
    return yaml::ValueChange{{"section", "completed_by"}, text, Form::text, {}};
  };
  CHECK(changed_ok(file, {notes("first"), notes("second")}) == file + "  notes: second\n");
  CHECK(changed_ok(file, {by("Alex"), by("Jo")}) == "section:\n  completed_by: Jo\n");
  CHECK(changed_ok(file, {notes("first"), notes("")}) == file);
}

TEST_CASE("a change that cannot be made in place is refused the way a row edit is, with the keys as names") {
  const auto refusal = [](const std::string& file, const std::vector<std::string>& path) {
    auto result = changed(file, {{path, "x", Form::text, {}}});
    REQUIRE_FALSE(result.ok());
    return test::first_error(result.problems());
  };
  CHECK(refusal("top:\n  inner: {a: 1}\n", {"top", "inner", "a"}) ==
        "a.yaml:2:3: error: 'top.inner' is written on one line ({...}); write it as 'key: value' lines to edit it "
        "with coprod");
  CHECK(refusal("top:\n  inner: [1]\n", {"top", "inner"}) ==
        "a.yaml:2:10: error: 'inner' of 'top' is a list, not one value; write it as one value, such as 'inner: ...', "
        "to set it with coprod");
  CHECK(refusal("{a: 1}\n", {"a"}) ==
        "a.yaml:1:1: error: the file is written on one line ({...}); write it as 'key: value' lines to edit it with "
        "coprod");
  CHECK(refusal("top: 1\n", {"missing", "a"}) ==
        "a.yaml: error: 'missing' is not in the file; add it by hand, or start from a complete file ('coprod init' "
        "makes an assessment, 'coprod plan --write' a plan)");
}

TEST_CASE("clearing a value that is not in the file leaves the file as it is") {
  const std::string file = "row:\n  score: 1\n";
  CHECK(changed_ok(file, {{{"row", "warning_seen"}, "", Form::word, {"score"}}}) == file);
  CHECK(changed_ok(file, {{{"row", "evidence"}, "", Form::text, {"score"}}}) == file);
}

TEST_CASE("the blanks before a comment after a block's | are kept as written") {
  const std::string file = "row:\n  evidence: |- # one space\n    old\n  other: plain   #three\n";
  CHECK(changed_ok(file, {{{"row", "evidence"}, "new", Form::text, {}}}) ==
        "row:\n  evidence: |- # one space\n    new\n  other: plain   #three\n");
  CHECK(changed_ok(file, {{{"row", "other"}, "two\nlines", Form::text, {}}}) ==
        "row:\n  evidence: |- # one space\n    old\n  other: |-   #three\n    two\n    lines\n");
}

TEST_CASE("blanks after a value do not end up on the last line of the block replacing it") {
  const std::string file = "row:\n  evidence: old   \n  empty:   \nnext: 1\n";
  CHECK(changed_ok(file, {{{"row", "evidence"}, "two\nlines", Form::text, {}},
                          {{"row", "empty"}, "more\ntext", Form::text, {}}}) ==
        "row:\n  evidence: |-\n    two\n    lines\n  empty: |-\n    more\n    text\nnext: 1\n");
}

TEST_CASE("a row written as a null word gets its values as new lines") {
  const std::string file = "rows:\n  strategy: ~  # to do\n  other:\n";
  CHECK(changed_ok(file, {{{"rows", "strategy", "score"}, "3", Form::word, {}}}) ==
        "rows:\n  strategy:  # to do\n    score: 3\n  other:\n");
}

TEST_CASE("line_before_edits: each line of the edited text maps back to the line it came from") {
  // Line 2 becomes three lines; line 5 loses its value and line 4 is removed.
  const std::string file = "a: 1\nb: short\nc: 3\nd: 4\ne: gone\nf: 6\n";
  const auto tree = yaml::parse_document(file, "a.yaml");
  REQUIRE(tree.ok());
  const std::vector<yaml::ValueChange> changes = {{{"b"}, "line one\nline two", Form::text, {}},
                                                  {{"d"}, std::nullopt, Form::word, {}},
                                                  {{"e"}, "", Form::text, {}}};
  auto edited = yaml::change_values(file, *tree, "a.yaml", changes);
  REQUIRE_MESSAGE(edited.ok(), test::first_error(edited.problems()));
  REQUIRE(edited->text == "a: 1\nb: |-\n  line one\n  line two\nc: 3\ne:\nf: 6\n");
  const auto before = [&](int line) { return yaml::line_before_edits(*edited, line); };
  CHECK(before(0) == 0);
  CHECK(before(1) == 1);  // a
  CHECK(before(2) == 2);  // b, as edited
  CHECK(before(3) == 2);
  CHECK(before(4) == 2);
  CHECK(before(5) == 3);  // c
  CHECK(before(6) == 5);  // e, after the removed d
  CHECK(before(7) == 6);  // f
}

TEST_CASE("carry_forward sets, adds or removes the schema line, keeping a byte-order mark and CRLF line ends") {
  const auto period = *model::Period::parse("2026-Q4");
  const auto carried = [&](const std::string& text, const std::optional<std::string>& schema) {
    auto tree = yaml::parse_document(text, "a.yaml");
    REQUIRE(tree.ok());
    auto result = yaml::carry_forward(text, *tree, "a.yaml", period, schema);
    REQUIRE(result.ok());
    return *result;
  };
  const std::string with_line = "\xEF\xBB\xBF# yaml-language-server: $schema=old.json\r\n#\r\nperiod: 2026-Q3\r\n";
  auto tree = yaml::parse_document(with_line, "a.yaml");
  CHECK(yaml::schema_location_of(with_line, *tree) == "old.json");
  CHECK(carried(with_line, std::nullopt) ==
        "\xEF\xBB\xBF# yaml-language-server: $schema=old.json\r\n#\r\nperiod: 2026-Q4\r\n");
  CHECK(carried(with_line, "../new.json") ==
        "\xEF\xBB\xBF# yaml-language-server: $schema=../new.json\r\n#\r\nperiod: 2026-Q4\r\n");
  CHECK(carried(with_line, "") == "\xEF\xBB\xBF#\r\nperiod: 2026-Q4\r\n");
  const std::string without = "# notes\r\nperiod: 2026-Q3\r\n";
  tree = yaml::parse_document(without, "a.yaml");
  CHECK_FALSE(yaml::schema_location_of(without, *tree));
  CHECK(carried(without, "s.json") == "# yaml-language-server: $schema=s.json\r\n# notes\r\nperiod: 2026-Q4\r\n");
  CHECK(carried(without, "") == "# notes\r\nperiod: 2026-Q4\r\n");
  // Only a comment line of its own is the schema line; one after a value is left as it is.
  const std::string after_value = "period: 2026-Q3  # yaml-language-server: $schema=old.json\n";
  tree = yaml::parse_document(after_value, "a.yaml");
  CHECK_FALSE(yaml::schema_location_of(after_value, *tree));
  CHECK(carried(after_value, "") == "period: 2026-Q4  # yaml-language-server: $schema=old.json\n");
  CHECK(carried(after_value, "s.json") ==
        "# yaml-language-server: $schema=s.json\nperiod: 2026-Q4  # yaml-language-server: $schema=old.json\n");
  // A location that would break the line is refused rather than written.
  tree = yaml::parse_document(with_line, "a.yaml");
  CHECK_FALSE(yaml::carry_forward(with_line, *tree, "a.yaml", period, std::string("x\nperiod: 1999-Q1")).ok());
}

TEST_CASE("change_values reaches into a list's items by their place, and refuses a place not in the list") {
  const std::string file =
      "actions:\n  # first\n  - id: a-1\n    what:      # the action\n    due: 2027-01-01\n\n  - id: b-1\n    what: "
      "x\n";
  CHECK(changed_ok(file, {{{"actions", "1", "what"}, "Meet: the board", Form::text, {"id"}},
                          {{"actions", "0", "due"}, "2027-02-28", Form::word, {"id", "what"}},
                          {{"actions", "0", "owner"}, "Lead", Form::text, {"id", "what"}}}) ==
        "actions:\n  # first\n  - id: a-1\n    what:      # the action\n    owner: Lead\n    due: 2027-02-28\n\n  - "
        "id: b-1\n    what: \"Meet: the board\"\n");
  CHECK(changed_ok(file + "\r\n", {{{"actions", "0", "what"}, "Go", Form::text, {"id"}}})
            .starts_with("actions:\n  # first\n  - id: a-1\n    what: Go      # the action\n"));
  for (const std::string place : {"2", "12345678901"}) {
    const auto refused = changed(file, {{{"actions", place, "what"}, "y", Form::text, {"id"}}});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.problems().front().message == "'actions." + place + "' is not in the file");
  }
  const auto by_name = changed(file, {{{"actions", "a-1", "what"}, "y", Form::text, {"id"}}});
  REQUIRE_FALSE(by_name.ok());
  CHECK(by_name.problems().front().message.find("is a list, not 'key: value' lines") != std::string::npos);
  const auto flow = changed("actions: [{id: a}]\n", {{{"actions", "0", "what"}, "y", Form::text, {"id"}}});
  REQUIRE_FALSE(flow.ok());
  CHECK(flow.problems().front().message.find("written on one line") != std::string::npos);
}

namespace {

// A combined row as 'coprod combine' writes it, with how many people see each sign.
const std::string k_combined_row =
    "sections:\n"
    "  commitment:\n"
    "    rows:\n"
    "      strategy:\n"
    "        score: 1\n"
    "        indicator_seen: false\n"
    "        warning_seen: true\n"
    "        seen_by: {indicator: 1 of 3, warning: 1 of 3}  # people who see it, of those who answered\n"
    "      leaders:\n"
    "        score: 2\n";

// k_combined_row (or `file`) with the row's answers changed as 'score --set' changes them.
std::string with_answers(const std::vector<std::pair<std::string, std::string>>& answers,
                         const std::string& file = k_combined_row,
                         const yaml::RowEdit& edit = {"commitment", "strategy", std::nullopt, std::nullopt}) {
  const auto tree = yaml::parse_document(file, "a.yaml");
  REQUIRE(tree.ok());
  std::vector<yaml::ValueChange> more;
  for (const auto& [field, value] : answers)
    more.push_back({{"sections", "commitment", "rows", "strategy", field}, value, Form::word, {"score", "evidence"}});
  auto edited = yaml::apply_row_edits(file, *tree, "a.yaml", {edit}, more);
  REQUIRE_MESSAGE(edited.ok(), test::first_error(edited.problems()));
  return std::move(edited->text);
}

}  // namespace

TEST_CASE("a new answer to one sign drops that sign's count of people who see it, and keeps the other's") {
  CHECK(with_answers({{"indicator_seen", "true"}}) ==
        replaced(replaced(k_combined_row, "indicator_seen: false", "indicator_seen: true"),
                 "{indicator: 1 of 3, warning: 1 of 3}", "{warning: 1 of 3}"));
  CHECK(with_answers({{"warning_seen", "false"}}) ==
        replaced(replaced(k_combined_row, "warning_seen: true", "warning_seen: false"),
                 "{indicator: 1 of 3, warning: 1 of 3}", "{indicator: 1 of 3}"));
  // An answer cleared is a new answer too.
  CHECK(with_answers({{"warning_seen", ""}}) ==
        replaced(replaced(k_combined_row, "warning_seen: true", "warning_seen:"),
                 "{indicator: 1 of 3, warning: 1 of 3}", "{indicator: 1 of 3}"));
}

TEST_CASE("a new answer to both signs, or to the one sign counted, drops seen_by whole") {
  const std::string without = replaced(k_combined_row,
                                       "        seen_by: {indicator: 1 of 3, warning: 1 of 3}  # people "
                                       "who see it, of those who answered\n",
                                       "");
  CHECK(with_answers({{"indicator_seen", "true"}, {"warning_seen", "false"}}) ==
        replaced(replaced(without, "indicator_seen: false", "indicator_seen: true"), "warning_seen: true",
                 "warning_seen: false"));
  const std::string warning_only = with_answers({{"indicator_seen", "true"}});
  CHECK(with_answers({{"warning_seen", "false"}}, warning_only) ==
        replaced(replaced(without, "indicator_seen: false", "indicator_seen: true"), "warning_seen: true",
                 "warning_seen: false"));
}

TEST_CASE("an answer given again, a new score or new evidence keeps the counts of people who see the signs") {
  CHECK(with_answers({{"indicator_seen", "false"}, {"warning_seen", "true"}}) == k_combined_row);
  const std::string rescored = with_answers({}, k_combined_row, {"commitment", "strategy", "3", "Seen at the board."});
  CHECK(test::contains(rescored, "        score: 3\n"));
  CHECK(test::contains(rescored, "Seen at the board."));
  CHECK(test::contains(rescored, "seen_by: {indicator: 1 of 3, warning: 1 of 3}"));
}

TEST_CASE("a seen_by written as lines loses just the count of the sign answered again") {
  const std::string lines =
      replaced(k_combined_row,
               "seen_by: {indicator: 1 of 3, warning: 1 of 3}  # people who see it, of those "
               "who answered\n",
               "seen_by:\n          indicator: 1 of 3  # hand-written\n          warning: 1 of 3\n");
  CHECK(with_answers({{"indicator_seen", "true"}}, lines) ==
        replaced(replaced(lines, "indicator_seen: false", "indicator_seen: true"),
                 "          indicator: 1 of 3  # hand-written\n", ""));
}

TEST_CASE("change_values: a one-line mapping is replaced by another, only in place of one written so") {
  CHECK(changed_ok("row:\n  counts: {a: 1, b: 2}  # note\n", {{{"row", "counts"}, "{b: 2}", Form::flow, {}}}) ==
        "row:\n  counts: {b: 2}  # note\n");
  auto lines = changed("row:\n  counts:\n    a: 1\n", {{{"row", "counts"}, "{a: 2}", Form::flow, {}}});
  REQUIRE_FALSE(lines.ok());
  CHECK(test::first_error(lines.problems()) ==
        "a.yaml:3:5: error: 'row.counts' is not written on one line in { } or [ ]; edit it in a text editor");
  CHECK_FALSE(changed("row:\n  counts: {a: 1}\n", {{{"row", "counts"}, "b: 2", Form::flow, {}}}).ok());
}
