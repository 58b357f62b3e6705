// Messages wrapped to a terminal's width, continuation lines under the text.
#include "util/message_wrap.hpp"

#include <doctest/doctest.h>

#include "util/text.hpp"

using coprod::util::wrap_message;

namespace {

std::size_t widest_line(const std::string& text) {
  std::size_t widest = 0;
  for (const auto line : coprod::util::split_lines(text)) widest = std::max(widest, coprod::util::display_width(line));
  return widest;
}

}  // namespace

TEST_CASE("wrap_message: lines that fit are kept as they are") {
  CHECK(wrap_message("coprod: error: cannot read plan.yaml\n", 80) == "coprod: error: cannot read plan.yaml\n");
  CHECK(wrap_message("", 80).empty());
  CHECK(wrap_message("a\n\nb\n", 10) == "a\n\nb\n");
  CHECK(wrap_message("coprod: note: no newline at the end", 80) == "coprod: note: no newline at the end");
  // exactly the width fits
  CHECK(wrap_message("coprod: error: 12345", 20) == "coprod: error: 12345");
}

TEST_CASE("wrap_message: continuation lines under the message's text, at spaces") {
  CHECK(wrap_message("coprod: error: the file has no period in it, so add one\n", 40) ==
        "coprod: error: the file has no period in\n"
        "               it, so add one\n");
  SUBCASE("after a warning's place in a file") {
    CHECK(wrap_message("plan.yaml:14:12: warning: the owner looks like a person's name\n", 50) ==
          "plan.yaml:14:12: warning: the owner looks like a\n"
          "                          person's name\n");
  }
  SUBCASE("usage errors, and a line with no label after coprod's name") {
    CHECK(wrap_message("coprod: usage error: the option takes a number from 1 to 5\n", 40) ==
          "coprod: usage error: the option takes a\n"
          "                     number from 1 to 5\n");
    CHECK(wrap_message("coprod check: 1 file checked: 0 invalid, 3 flags\n", 30) ==
          "coprod check: 1 file checked:\n"
          "              0 invalid, 3\n"
          "              flags\n");
  }
  SUBCASE("an indented line keeps its indent; a label inside the text is not the head") {
    CHECK(wrap_message("  the file says error: one two three four\n", 20) ==
          "  the file says\n"
          "  error: one two\n"
          "  three four\n");
  }
  SUBCASE("a head that leaves fewer than 16 columns: continuation 4 columns in") {
    CHECK(wrap_message("a/long/folder/plan.yaml:14:12: warning: one two three four five\n", 50) ==
          "a/long/folder/plan.yaml:14:12: warning: one two\n"
          "    three four five\n");
  }
  SUBCASE("each line of several") {
    CHECK(wrap_message("coprod: warning: one two three four five six seven\ncoprod: note: one two three four five six "
                       "seven eight\n",
                       48) ==
          "coprod: warning: one two three four five six\n"
          "                 seven\n"
          "coprod: note: one two three four five six seven\n"
          "              eight\n");
  }
}

TEST_CASE("wrap_message: paths, places in files and quotations are never broken") {
  SUBCASE("a place in a file wider than the line: its own line, then the label and the text") {
    CHECK(wrap_message("a/rather/long/folder/plan.yaml:14:12: error: one two three\n", 36) ==
          "a/rather/long/folder/plan.yaml:14:12:\n"
          "    error: one two three\n");
  }
  SUBCASE("a word wider than the line stays whole, on a line of its own") {
    const std::string path = "examples/northbridge/a-very-long-folder-name/2026-Q4-organisation.coprod.yaml";
    CHECK(wrap_message("coprod: error: cannot read " + path + " here\n", 40) ==
          "coprod: error: cannot read\n"
          "               " +
              path +
              "\n"
              "               here\n");
  }
  SUBCASE("file:line:column") {
    CHECK(wrap_message("coprod: error: see plan.yaml:14:12 for it\n", 32) ==
          "coprod: error: see\n"
          "               plan.yaml:14:12\n"
          "               for it\n");
  }
  SUBCASE("a command in quotes or backquotes, with the punctuation after it") {
    CHECK(wrap_message("coprod: note: to add one, run 'coprod plan --write plan.yaml', then look\n", 50) ==
          "coprod: note: to add one, run\n"
          "              'coprod plan --write plan.yaml',\n"
          "              then look\n");
    CHECK(wrap_message("coprod: note: run `coprod init --from old.yaml` again\n", 40) ==
          "coprod: note: run\n"
          "              `coprod init --from old.yaml`\n"
          "              again\n");
    CHECK(wrap_message("coprod: note: end the line with \"# coprod: reviewed email\" to keep it\n", 50) ==
          "coprod: note: end the line with\n"
          "              \"# coprod: reviewed email\" to keep\n"
          "              it\n");
    CHECK(wrap_message("coprod: note: say \xE2\x80\x9Cthe owner of it all\xE2\x80\x9D now\n", 40) ==
          "coprod: note: say \xE2\x80\x9Cthe owner of it all\xE2\x80\x9D\n"
          "              now\n");
    CHECK(wrap_message("coprod: note: say \xE2\x80\x9Cthe owner of it all\xE2\x80\x9D now\n", 36) ==
          "coprod: note: say\n"
          "              \xE2\x80\x9Cthe owner of it all\xE2\x80\x9D\n"
          "              now\n");
  }
  SUBCASE("a quotation after a bracket") {
    // It was broken inside: "('07700" at the end of one line, "900123');" on the next (review).
    CHECK(wrap_message("coprod: warning: a phone ('07700 900123'); mark it\n", 34) ==
          "coprod: warning: a phone\n"
          "                 ('07700 900123');\n"
          "                 mark it\n");
  }
  SUBCASE("an apostrophe is not a quotation; an unclosed quote breaks as words do") {
    CHECK(wrap_message("coprod: warning: the owner's role and people's names here\n", 36) ==
          "coprod: warning: the owner's role\n"
          "                 and people's names\n"
          "                 here\n");
    CHECK(wrap_message("coprod: warning: 'one two three four five six\n", 42) ==
          "coprod: warning: 'one two three four five\n"
          "                 six\n");
  }
}

TEST_CASE("wrap_message: UTF-8 counts a character one column, a colour sequence none") {
  const std::string wrapped = wrap_message(
      "coprod: warning: Zo\xC3\xAB and \xC3\x89mile \xE2\x80\x93 caf\xC3\xA9 r\xC3\xB4le, \xC5\x81ukasz\n", 47);
  CHECK(wrapped ==
        "coprod: warning: Zo\xC3\xAB and \xC3\x89mile \xE2\x80\x93 caf\xC3\xA9 r\xC3\xB4le,\n"
        "                 \xC5\x81ukasz\n");
  CHECK(widest_line(wrapped) == 43);  // 43 characters in 52 bytes
  CHECK(wrap_message("coprod: error: one \x1b[1mtwo\x1b[0m three four five six seven\n", 42) ==
        "coprod: error: one \x1b[1mtwo\x1b[0m three four five six\n"
        "               seven\n");
}

TEST_CASE("wrap_message: spaces inside a line are kept, those at a break go") {
  CHECK(wrap_message("coprod: note: one.  Two three four five six\n", 40) ==
        "coprod: note: one.  Two three four five\n"
        "              six\n");
  CHECK(wrap_message("coprod: note: one two three four five six   \n", 40) ==
        "coprod: note: one two three four five\n"
        "              six\n");
}
