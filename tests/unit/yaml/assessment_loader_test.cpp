#include "yaml/assessment_loader.hpp"

#include <regex>

#include <doctest/doctest.h>

#include "test_support.hpp"
#include "util/text.hpp"
#include "yaml/builtin_frameworks.hpp"

using namespace coprod;

namespace {

const model::FrameworkCatalog& catalog() {
  static const model::FrameworkCatalog instance = yaml::builtin_catalog();
  return instance;
}

const std::string k_valid =
    "format: coprod-assessment/1\n"
    "framework: ipc-coproduction\n"
    "framework_version: 1\n"
    "area: Northbridge\n"
    "perspective: peer-network\n"
    "period: 2026-Q3\n"
    "sections:\n"
    "  commitment:\n"
    "    completed_by: The peer network\n"
    "    last_completed: 2026-09-30\n"
    "    rows:\n"
    "      strategy:\n"
    "        score: 3\n"
    "        evidence: Signed off in July.\n"
    "      motivation:\n"
    "        score: 2.5\n"
    "        indicator_seen: true\n"
    "      resources:\n"
    "        score: n/a\n"
    "reflections:\n"
    "  learnt: Some people felt heard.\n";

util::Result<yaml::LoadedAssessment> load(const std::string& text) {
  return yaml::load_assessment(text, "a.yaml", catalog());
}

std::string replaced(const std::string& pattern, const std::string& replacement) {
  return std::regex_replace(k_valid, std::regex(pattern), replacement);
}

std::vector<std::string> errors_of(const std::string& text) {
  auto result = load(text);
  REQUIRE_FALSE(result.ok());
  std::vector<std::string> messages;
  for (const auto& problem : result.problems()) messages.push_back(problem.to_string());
  return messages;
}

std::string error_of(const std::string& text) {
  const auto messages = errors_of(text);
  REQUIRE(messages.size() == 1);
  return messages.front();
}

}  // namespace

TEST_CASE("a valid assessment loads with its values and positions") {
  auto result = load(k_valid);
  REQUIRE_MESSAGE(result.ok(), test::first_error(result.problems()));
  const auto& assessment = result->assessment;
  CHECK(result->framework->id == "ipc-coproduction");
  CHECK(assessment.area == "Northbridge");
  CHECK(assessment.perspective == model::Perspective::peer_network);
  CHECK(assessment.period.to_string() == "2026-Q3");
  const auto* commitment = assessment.find_section("commitment");
  REQUIRE(commitment);
  CHECK(commitment->completed_by == "The peer network");
  CHECK(commitment->last_completed->to_string() == "2026-09-30");
  const auto* strategy = commitment->find_row("strategy");
  REQUIRE(strategy);
  CHECK(strategy->score == model::Score::from_halves(6));
  CHECK(strategy->evidence == "Signed off in July.");
  CHECK(strategy->score_position.line == 13);
  CHECK(commitment->find_row("motivation")->indicator_seen == true);
  CHECK(commitment->find_row("resources")->score.is_not_applicable());
  CHECK(assessment.reflections.learnt == "Some people felt heard.");
}

TEST_CASE("empty values mean not scored yet") {
  auto result = load(replaced("score: 3", "score:"));
  REQUIRE(result.ok());
  CHECK(result->assessment.find_section("commitment")->find_row("strategy")->score.state() ==
        model::Score::State::not_scored);
}

TEST_CASE("scores outside the scale, words and quoted numbers are refused at their place") {
  CHECK(error_of(replaced("score: 3", "score: 6")) ==
        "a.yaml:13:16: error: the score of the row 'commitment.strategy': 6 is outside the scale; write a whole "
        "number from 0 to 5, a half point such as 2.5, or n/a");
  CHECK(error_of(replaced("score: 3", "score: three")) ==
        "a.yaml:13:16: error: the score of the row 'commitment.strategy': 'three' is not a score; write a whole "
        "number from 0 to 5, a half point such as 2.5, or n/a");
  CHECK(error_of(replaced("score: 3", "score: \"3\"")) ==
        "a.yaml:13:16: error: the score of the row 'commitment.strategy' is in quotes; write it without quotes, "
        "as a whole number from 0 to 5, a half point such as 2.5, or n/a");
  CHECK(error_of(replaced("score: 3", "score: [3]")) ==
        "a.yaml:13:16: error: the score of the row 'commitment.strategy' should be a number, but it is a list; "
        "write a whole number from 0 to 5, a half point such as 2.5, or n/a");
}

TEST_CASE("the framework of a file with errors is known, unless it is not an assessment or names none known") {
  const auto framework_of = [](const std::string& text) {
    auto tree = yaml::parse_document(text, "a.yaml");
    REQUIRE(tree);
    return yaml::assessment_framework(*tree, catalog());
  };
  const auto with_errors = std::regex_replace(replaced("score: 3", "score: 6"), std::regex("2026-Q3"), "someday");
  REQUIRE_FALSE(yaml::load_assessment(with_errors, "a.yaml", catalog()));
  REQUIRE(framework_of(with_errors));
  CHECK(framework_of(with_errors)->id == "ipc-coproduction");
  CHECK_FALSE(framework_of(replaced("framework: ipc-coproduction", "framework: ipc")));
  CHECK_FALSE(framework_of(replaced("coprod-assessment/1", "coprod-plan/1")));
  CHECK_FALSE(framework_of("- a list\n"));
}

TEST_CASE("unknown section and row ids are refused with a suggestion") {
  CHECK(
      error_of(replaced("  commitment:", "  comitment:")) ==
      "a.yaml:8:3: error: unknown section 'comitment' in the framework 'ipc-coproduction'; did you mean 'commitment'?");
  CHECK(error_of(replaced("      strategy:", "      stratgy:")) ==
        "a.yaml:12:7: error: unknown row 'stratgy' in the section 'commitment'; did you mean 'strategy'?");
  CHECK(error_of(replaced("      strategy:", "      xyz:")) ==
        "a.yaml:12:7: error: unknown row 'xyz' in the section 'commitment'; the rows are strategy, motivation, "
        "resources, leaders or senior-leaders");
}

TEST_CASE("unknown keys are refused; typos get a suggestion") {
  CHECK(error_of(replaced("evidence:", "evidance:")) ==
        "a.yaml:14:9: error: unknown key 'evidance' in the row 'commitment.strategy'; did you mean 'evidence'?");
}

TEST_CASE("a row's or a section's field at another level says how far to indent it") {
  CHECK(error_of(replaced("        evidence: Signed off", "      evidence: Signed off")) ==
        "a.yaml:14:7: error: unknown row 'evidence' in the section 'commitment'; it looks like a field of the row "
        "'strategy' above, indented too little; indent it one level further in than 'strategy:', where that "
        "row's other fields are");
  CHECK(error_of(replaced("        indicator_seen: true", "        notes: Scored late.")) ==
        "a.yaml:17:9: error: unknown key 'notes' in the row 'commitment.motivation'; it looks like a field of the "
        "section 'commitment', indented too far; indent it one level further in than 'commitment:', where that "
        "section's other fields are");
  CHECK(error_of(replaced("    completed_by: The peer network", "    score: 2")) ==
        "a.yaml:9:5: error: unknown key 'score' in the section 'commitment'; it looks like a field of a row, "
        "indented too little; indent it one level further in than the name of the row it belongs to");
  // Any other unknown name as before.
  CHECK(error_of(replaced("        indicator_seen: true", "        notse: Scored late.")) ==
        "a.yaml:17:9: error: unknown key 'notse' in the row 'commitment.motivation'; the keys allowed here are score, "
        "evidence, indicator_seen, warning_seen, spread or seen_by");
}

TEST_CASE("missing and empty required fields") {
  CHECK(error_of(replaced("area: Northbridge\n", "")) ==
        "a.yaml:1:1: error: the assessment has no 'area'; add a line 'area: ...'");
  CHECK(error_of(replaced("area: Northbridge", "area:")) ==
        "a.yaml:4:1: error: 'area' in the assessment is empty; fill it in");
}

TEST_CASE("wrong values for the header fields") {
  CHECK(error_of(replaced("perspective: peer-network", "perspective: board")) ==
        "a.yaml:5:14: error: unknown perspective 'board'; write organisation, peer-network or individual");
  CHECK(error_of(replaced("perspective: peer-network", "perspective: organization")) ==
        "a.yaml:5:14: error: unknown perspective 'organization'; did you mean 'organisation'?");
  CHECK(error_of(replaced("perspective: peer-network", "perspective: peer network")) ==
        "a.yaml:5:14: error: unknown perspective 'peer network'; did you mean 'peer-network'?");
  CHECK(error_of(replaced("2026-Q3", "Q3 2026")) ==
        "a.yaml:6:9: error: 'Q3 2026' is not a review period; write a quarter such as 2026-Q3, a half year such "
        "as 2026-H2, or a month such as 2026-09");
  CHECK(error_of(replaced("2026-09-30", "30/09/2026")) ==
        "a.yaml:10:21: error: '30/09/2026' is not a date: for 30 September 2026, write 2026-09-30 (year, month, day)");
  CHECK(error_of(replaced("indicator_seen: true", "indicator_seen: yes")) ==
        "a.yaml:17:25: error: 'indicator_seen' of the row 'commitment.motivation' should be true or false, but it "
        "is 'yes'; write true or false");
}

TEST_CASE("a combined row's seen_by: how many people see each sign, of how many answered") {
  const auto read = [](const std::string& seen_by) {
    return replaced("        indicator_seen: true", "        indicator_seen: true\n        seen_by: " + seen_by);
  };
  auto loaded = yaml::load_assessment(read("{indicator: 2 of 3}"), "a.yaml", catalog());
  REQUIRE_MESSAGE(loaded.ok(), test::first_error(loaded.problems()));
  const auto* row = loaded->assessment.find_section("commitment")->find_row("motivation");
  CHECK(row->indicator_seen_by == model::SeenCount{2, 3});
  CHECK_FALSE(row->warning_seen_by);
  // One sign's count alone, as a new answer to the other sign leaves it (score --set, the form).
  loaded = yaml::load_assessment(read("{warning: 1 of 3}"), "a.yaml", catalog());
  REQUIRE_MESSAGE(loaded.ok(), test::first_error(loaded.problems()));
  row = loaded->assessment.find_section("commitment")->find_row("motivation");
  CHECK_FALSE(row->indicator_seen_by);
  CHECK(row->warning_seen_by == model::SeenCount{1, 3});
  CHECK(error_of(read("{indicator: 4 of 3}")) ==
        "a.yaml:18:30: error: 'indicator' in 'seen_by' of the row 'commitment.motivation' should say how many "
        "people see it of how many answered, such as '1 of 3'");
  CHECK(error_of(read("{warnings: 1 of 3}")).find("unknown key 'warnings'") != std::string::npos);
  CHECK(error_of(read("2 of 3")).find("'seen_by' of the row 'commitment.motivation'") != std::string::npos);
}

TEST_CASE("framework mismatches") {
  CHECK(error_of(replaced("framework: ipc-coproduction", "framework: other")) ==
        "a.yaml:2:12: error: unknown framework 'other'; the frameworks known here are ipc-coproduction, "
        "making-coproduction-work and strategic-coproduction; pass your own framework's file with --framework");
  CHECK(error_of(replaced("framework_version: 1", "framework_version: 9")) ==
        "a.yaml:3:20: error: the framework 'ipc-coproduction' has no version 9 here (this coprod knows version 1); "
        "check 'framework_version', or pass that framework's file with --framework");
}

TEST_CASE("every problem in a file is reported, not just the first") {
  const auto messages = errors_of(replaced("score: 3", "score: 7") + "extra: 1\n");
  CHECK(messages.size() == 2);
}

TEST_CASE("an empty file and a file that is not a mapping") {
  CHECK(error_of("") == "a.yaml: error: the file is empty; create an assessment with 'coprod init'");
  CHECK(error_of("- a\n- b\n") ==
        "a.yaml:1:1: error: an assessment file should be a mapping of 'key: value' lines, but it is a list");
}

TEST_CASE("spreads written by 'coprod combine' are read and checked") {
  const auto row_spread = [](const std::string& spread) {
    return replaced("        score: 3\n", "        score: 3\n        spread: " + spread + "\n");
  };
  const auto section_spread = [](const std::string& spread) {
    return replaced("    last_completed: 2026-09-30\n", "    last_completed: 2026-09-30\n    spread: " + spread + "\n");
  };
  SUBCASE("valid spreads") {
    auto result = load(row_spread("{min: 2, max: 4.5, count: 3}"));
    REQUIRE_MESSAGE(result.ok(), test::first_error(result.problems()));
    const auto& row = result->assessment.sections[0].rows[0];
    REQUIRE(row.spread);
    CHECK(row.spread->min.to_string() == "2");
    CHECK(row.spread->max.to_string() == "4.5");
    CHECK(row.spread->count == 3);
    auto section = load(section_spread("{min: 2.3, max: 4, count: 3}"));
    REQUIRE_MESSAGE(section.ok(), test::first_error(section.problems()));
    const auto& spread = section->assessment.sections[0].spread;
    REQUIRE(spread);
    CHECK(spread->min_tenths == 23);
    CHECK(spread->max_tenths == 40);
    CHECK(spread->count == 3);
  }
  SUBCASE("a row's spread") {
    CHECK(util::join(errors_of(row_spread("{min: 9, max: x, cnt: 3}")), "\n") ==
          "a.yaml:14:17: error: the spread of the row 'commitment.strategy' has no 'count'; add a line 'count: ...'\n"
          "a.yaml:14:23: error: the score of the row 'commitment.strategy': 9 is outside the scale; write a whole "
          "number from 0 to 5, a half point such as 2.5, or n/a\n"
          "a.yaml:14:31: error: the score of the row 'commitment.strategy': 'x' is not a score; write a whole number "
          "from 0 to 5, a half point such as 2.5, or n/a\n"
          "a.yaml:14:34: error: unknown key 'cnt' in the spread of the row 'commitment.strategy'; did you mean "
          "'count'?");
    CHECK(error_of(row_spread("3")) ==
          "a.yaml:14:17: error: the spread of the row 'commitment.strategy' should be a mapping of 'key: value' "
          "lines, but it is '3'");
  }
  SUBCASE("a section's spread") {
    CHECK(util::join(errors_of(section_spread("{min: 2.3, count: two}")), "\n") ==
          "a.yaml:11:13: error: the spread of the section 'commitment' has no 'max'; add a line 'max: ...'\n"
          "a.yaml:11:31: error: 'count' should be a whole number such as 1, but it is 'two'");
    CHECK(error_of(section_spread("[1, 2]")) ==
          "a.yaml:11:13: error: the spread of the section 'commitment' should be a mapping of 'key: value' lines, but "
          "it is a list");
  }
}
