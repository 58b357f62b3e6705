// The rules a "coprod: reviewed" marker names: parted by spaces or commas, the
// same way whether check silences a flag or warns about a word no rule has.
#include "analysis/reviewed_marker_rules.hpp"

#include <doctest/doctest.h>

using namespace coprod;

TEST_CASE("a reviewed marker's rules are parted by commas with or without spaces") {
  for (const std::string line :
       {"# Call 07700 900123 coprod: reviewed phone,email", "# Call 07700 900123 coprod: reviewed phone, email",
        "# Call 07700 900123 coprod: reviewed email phone"}) {
    CAPTURE(line);
    CHECK(analysis::line_marks_reviewed(line, "phone"));
    CHECK(analysis::line_marks_reviewed(line, "email"));
    CHECK_FALSE(analysis::line_marks_reviewed(line, "postcode"));
    CHECK(analysis::unknown_reviewed_rules("a.yaml", {{3, 1, line}}).empty());
  }
  CHECK(analysis::line_marks_reviewed("evidence: x  # coprod: reviewed", "postcode"));  // no rule named: every rule
  CHECK_FALSE(analysis::line_marks_reviewed("evidence: Ring 07700 900123", "phone"));
}

TEST_CASE("an unknown rule after a comma is warned about at its own column") {
  const std::string line = "# coprod: reviewed phone,phoen";
  const auto warnings = analysis::unknown_reviewed_rules("a.yaml", {{7, 1, line}});
  REQUIRE(warnings.size() == 1);
  CHECK(warnings.front().position.line == 7);
  CHECK(warnings.front().position.column == static_cast<int>(line.find("phoen")) + 1);
  CHECK_FALSE(analysis::line_marks_reviewed(line, "email"));
}

TEST_CASE("combined_marker_rules: the rules marked already, then those flagged, each once") {
  CHECK(analysis::combined_marker_rules({}, {"attribution", "phone", "attribution"}) == "attribution phone");
  CHECK(analysis::combined_marker_rules({"nhs-number"}, {"phone", "nhs-number"}) == "nhs-number phone");
  CHECK(analysis::combined_marker_rules({"phoen", "email"}, {"phone"}) == "email phone");  // a word no rule has goes
}
