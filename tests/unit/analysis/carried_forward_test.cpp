#include "analysis/carried_forward.hpp"

#include <doctest/doctest.h>

#include "ipc_assessments.hpp"
#include "test_support.hpp"

using namespace coprod;

namespace {

using test::ipc;

// An organisation's assessment for `period` whose commitment section has one
// row, `strategy`, scored 3 with evidence.
model::Assessment assessment_for(const std::string& period) {
  model::Assessment assessment;
  assessment.framework_id = "ipc-coproduction";
  assessment.area = "Northbridge";
  assessment.period = *model::Period::parse(period);
  model::SectionResponse section;
  section.section_id = "commitment";
  section.completed_by = "Programme lead";
  model::RowResponse row;
  row.row_id = "strategy";
  row.score = model::Score::from_halves(6);
  row.evidence = "Signed off in July.";
  section.rows.push_back(row);
  assessment.sections.push_back(section);
  return assessment;
}

constexpr std::size_t k_commitment = 0;  // the framework's first section

}  // namespace

TEST_CASE("carried_forward") {
  const auto earlier = test::scored(ipc(), assessment_for("2026-Q4"));
  using analysis::Carried;
  SUBCASE("without a date, the same answers as in the earlier period are carried") {
    const auto now = test::scored(ipc(), assessment_for("2027-Q1"));
    CHECK(analysis::carried_forward(*now, earlier.get(), k_commitment) == Carried::same_answers_undated);
    CHECK(analysis::carried_forward(*now, nullptr, k_commitment) == Carried::no);  // nothing to tell by
  }
  SUBCASE("without a date, answers changed since the earlier period were reviewed") {
    for (const auto& change : {+[](model::SectionResponse& s) { s.rows[0].score = model::Score::from_halves(7); },
                               +[](model::SectionResponse& s) { s.rows[0].evidence = "Refreshed in March."; },
                               +[](model::SectionResponse& s) { s.rows[0].indicator_seen = true; },
                               +[](model::SectionResponse& s) { s.completed_by = "Steering group"; },
                               +[](model::SectionResponse& s) { s.notes = "Checked with the network."; }}) {
      auto assessment = assessment_for("2027-Q1");
      change(assessment.sections[0]);
      const auto now = test::scored(ipc(), std::move(assessment));
      CHECK(analysis::carried_forward(*now, earlier.get(), k_commitment) == Carried::no);
    }
  }
  SUBCASE("a date tells, with or without the earlier period") {
    auto before = assessment_for("2027-Q1");
    before.sections[0].last_completed = model::Date{2026, 12, 31};
    const auto carried = test::scored(ipc(), std::move(before));
    CHECK(analysis::carried_forward(*carried, nullptr, k_commitment) == Carried::completed_before);
    auto within = assessment_for("2027-Q1");
    within.sections[0].last_completed = model::Date{2027, 1, 1};
    const auto reviewed = test::scored(ipc(), std::move(within));
    CHECK(analysis::carried_forward(*reviewed, earlier.get(), k_commitment) == Carried::no);
  }
  SUBCASE("answers changed since the earlier period were reviewed, even with a date before the period") {
    auto same = assessment_for("2027-Q1");
    same.sections[0].last_completed = model::Date{2026, 12, 31};
    auto changed = same;
    changed.sections[0].rows[0].score = model::Score::from_halves(2);  // score --set leaves the date as it was
    const auto kept = test::scored(ipc(), std::move(same));
    const auto rescored = test::scored(ipc(), std::move(changed));
    CHECK(analysis::carried_forward(*kept, earlier.get(), k_commitment) == Carried::completed_before);
    CHECK(analysis::carried_forward(*rescored, earlier.get(), k_commitment) == Carried::no);
    CHECK(analysis::carried_forward(*rescored, nullptr, k_commitment) == Carried::completed_before);
  }
  SUBCASE("a section with nothing scored, or not in the file, is not carried") {
    auto unscored = assessment_for("2027-Q1");
    unscored.sections[0].rows[0].score = model::Score::not_scored();
    auto unscored_then = assessment_for("2026-Q4");
    unscored_then.sections[0].rows[0].score = model::Score::not_scored();
    const auto now = test::scored(ipc(), std::move(unscored));
    const auto then = test::scored(ipc(), std::move(unscored_then));
    CHECK(analysis::carried_forward(*now, then.get(), k_commitment) == Carried::no);
    CHECK(analysis::carried_forward(*now, then.get(), 1) == Carried::no);  // contact: no entry
  }
}
