#include "util/shell_word.hpp"

#include <doctest/doctest.h>

using namespace coprod::util;

TEST_CASE("shell_word") {
  SUBCASE("a name a shell reads as it stands is left as it is") {
    CHECK(shell_word("northbridge/2026-Q4-organisation.coprod.yaml") == "northbridge/2026-Q4-organisation.coprod.yaml");
    CHECK(shell_word("HEAD:a.yaml") == "HEAD:a.yaml");
    CHECK(shell_word("Gateshead-Ståndard/a.yaml") == "Gateshead-Ståndard/a.yaml");
  }
  SUBCASE("spaces and other shell characters go in double quotes") {
    CHECK(shell_word("North Tyneside/a.yaml") == "\"North Tyneside/a.yaml\"");
    CHECK(shell_word("a&b (draft).yaml") == "\"a&b (draft).yaml\"");
    CHECK(shell_word("it's.yaml") == "\"it's.yaml\"");
  }
  SUBCASE("in double quotes, what a shell would expand there is kept with a backslash") {
    CHECK(shell_word("$HOME.yaml") == "\"\\$HOME.yaml\"");
    CHECK(shell_word("say \"hi\".yaml") == "\"say \\\"hi\\\".yaml\"");
    CHECK(shell_word("it's $5 `x`.yaml") == "\"it's \\$5 \\`x\\`.yaml\"");
    CHECK(shell_word("a\\b.yaml") == "\"a\\\\b.yaml\"");
  }
  SUBCASE("a name with '!' goes in single quotes, as bash expands it in double quotes") {
    CHECK(shell_word("done!.yaml") == "'done!.yaml'");
    CHECK(shell_word("it's done!.yaml") == "'it'\\''s done!.yaml'");
  }
  SUBCASE("a name with '~' anywhere, or starting with '=', is quoted: shells expand them") {
    CHECK(shell_word("~draft.yaml") == "\"~draft.yaml\"");  // a home folder
    CHECK(shell_word("x=~/a.yaml") == "\"x=~/a.yaml\"");    // bash expands ~ after = too
    CHECK(shell_word("HEAD~1:a.yaml") == "\"HEAD~1:a.yaml\"");
    CHECK(shell_word("=ls") == "\"=ls\"");  // zsh: the path of the command ls
  }
  SUBCASE("a name starting with '-' is not read as an option") { CHECK(shell_word("-draft.yaml") == "./-draft.yaml"); }
  SUBCASE("an empty name is an empty word") { CHECK(shell_word("") == "\"\""); }
}
