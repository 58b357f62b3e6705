#include <doctest/doctest.h>

#include "test_support.hpp"
#include "yaml/assessment_editor.hpp"

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

std::string edited(const yaml::RowEdit& edit) {
  auto result = yaml::apply_row_edit(k_file, "a.yaml", edit);
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
                 "        evidence: \"New: evidence\"\n"));
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
  auto flow = yaml::apply_row_edit(k_file, "a.yaml", {"commitment", "senior-leaders", "3", std::nullopt});
  REQUIRE_FALSE(flow.ok());
  CHECK(test::first_error(flow.problems()) ==
        "a.yaml:22:7: error: the row 'commitment.senior-leaders' is written on one line ({...}); write it as 'key: "
        "value' lines to edit it with coprod");
  auto missing = yaml::apply_row_edit(k_file, "a.yaml", {"contact", "wrong-people", "3", std::nullopt});
  REQUIRE_FALSE(missing.ok());
  CHECK(test::first_error(missing.problems()).find("the file has no entry for the row 'contact.wrong-people'") !=
        std::string::npos);
}
