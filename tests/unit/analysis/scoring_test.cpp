#include "analysis/scoring.hpp"

#include <doctest/doctest.h>

#include "analysis/gaps.hpp"
#include "ipc_assessments.hpp"

using namespace coprod;

namespace {

using test::ipc;

model::RowResponse row(const std::string& id, model::Score score, std::optional<std::string> evidence = "Why.") {
  model::RowResponse response;
  response.row_id = id;
  response.score = score;
  response.evidence = std::move(evidence);
  response.position = {10, 7};
  return response;
}

model::Assessment assessment_with(std::vector<model::RowResponse> commitment_rows) {
  model::Assessment assessment;
  assessment.framework_id = "ipc-coproduction";
  model::SectionResponse section;
  section.section_id = "commitment";
  section.rows = std::move(commitment_rows);
  assessment.sections.push_back(section);
  return assessment;
}

model::Score halves(int value) { return model::Score::from_halves(value); }

}  // namespace

TEST_CASE("Mean rounds half up to one decimal place") {
  CHECK(analysis::Mean{13, 2}.to_string() == "3.3");  // 3.25
  CHECK(analysis::Mean{6, 1}.to_string() == "3.0");
  CHECK(analysis::Mean{20, 3}.to_string() == "3.3");  // 3.333
  CHECK(analysis::Mean{10, 3}.to_string() == "1.7");  // 1.666
  CHECK(analysis::Mean{1, 4}.to_string() == "0.1");   // 0.125
  CHECK(analysis::Mean{0, 5}.to_string() == "0.0");
}

TEST_CASE("a section's score is the mean of its scored rows") {
  const model::Assessment assessment =
      assessment_with({row("strategy", halves(8)), row("motivation", halves(5)), row("resources", halves(6))});
  const auto result = analysis::score_assessment(ipc(), assessment);
  REQUIRE(result.sections.size() == 7);
  const auto& commitment = result.sections[0];
  CHECK(commitment.scored_rows == 3);
  CHECK(commitment.not_scored_rows == 2);
  CHECK(commitment.total_rows() == 5);
  REQUIRE(commitment.score);
  CHECK(commitment.score->to_string() == "3.2");  // (4 + 2.5 + 3) / 3 = 3.17
  CHECK(analysis::describe_coverage(commitment) == "3 of 5 rows");
  CHECK_FALSE(result.sections[1].score);
  CHECK(result.sections[1].not_scored_rows == 3);
}

TEST_CASE("not applicable rows are left out of the average and counted") {
  const model::Assessment assessment = assessment_with(
      {row("strategy", halves(2)), row("motivation", model::Score::not_applicable()), row("resources", halves(6))});
  const auto commitment = analysis::score_assessment(ipc(), assessment).sections[0];
  CHECK(commitment.score->to_string() == "2.0");
  CHECK(commitment.not_applicable_rows == 1);
  CHECK(analysis::describe_coverage(commitment) == "2 of 5 rows, 1 not applicable");
}

TEST_CASE("a zero is a score, not a gap") {
  const auto commitment = analysis::score_assessment(ipc(), assessment_with({row("strategy", halves(0))})).sections[0];
  REQUIRE(commitment.score);
  CHECK(commitment.score->to_string() == "0.0");
}

TEST_CASE("find_gaps lists rows not scored and scores without evidence") {
  const model::Assessment assessment =
      assessment_with({row("strategy", halves(6), std::nullopt), row("motivation", halves(4), ""),
                       row("resources", halves(4)), row("leaders", model::Score::not_applicable(), std::nullopt)});
  const auto result = analysis::score_assessment(ipc(), assessment);
  const auto gaps = analysis::find_gaps(result);
  std::vector<std::string> described;
  for (const auto& gap : gaps) described.push_back(gap.row_reference() + ": " + gap.description());
  CHECK(described[0] == "commitment.strategy: scored 3 with no evidence");
  CHECK(described[1] == "commitment.motivation: scored 2 with no evidence");
  CHECK(described[2] == "commitment.senior-leaders: not scored yet");
  CHECK(described.size() == 2 + 1 + 3 + 3 + 4 + 3 + 3 + 3);  // every row of the other six sections too
  CHECK(gaps[0].position.line == 10);
}
