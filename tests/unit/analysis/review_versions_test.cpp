#include "analysis/review_versions.hpp"

#include <doctest/doctest.h>

#include "ipc_assessments.hpp"
#include "test_support.hpp"

using namespace coprod;

namespace {

using test::ipc;

// The peer network's 2026-Q4 review of commitment.strategy and .motivation, as one version of its file.
model::Assessment version(const std::string& origin, int strategy_halves, std::optional<std::string> evidence) {
  return test::review_version(origin, strategy_halves, std::move(evidence), "Same.");
}

}  // namespace

TEST_CASE("are_versions_of_one_review") {
  const auto committed = test::scored(ipc(), version("version committed at HEAD (1a2b3c4)", 6, "Old."));
  const auto working = test::scored(ipc(), version("working copy", 2, "Old."));
  SUBCASE("two origins of one review") { CHECK(analysis::are_versions_of_one_review({committed, working})); }
  SUBCASE("one input") { CHECK_FALSE(analysis::are_versions_of_one_review({working})); }
  SUBCASE("the same version twice") { CHECK_FALSE(analysis::are_versions_of_one_review({working, working})); }
  SUBCASE("a version whose perspective, area or period was corrected is still a version") {
    auto corrected = version("version committed at HEAD (1a2b3c4)", 6, "Old.");
    corrected.perspective = model::Perspective::organisation;
    corrected.area = "North bridge";
    corrected.period = *model::Period::parse("2026-Q3");
    corrected.source = "HEAD:northbridge/2026-Q4-peer-network.coprod.yaml";  // named for a period: it was corrected
    CHECK(analysis::are_versions_of_one_review({test::scored(ipc(), corrected), working}));
  }
  SUBCASE("a file named for no period at two periods is two periods' reviews") {
    auto earlier = version("version committed at HEAD~1 (1a2b3c4)", 6, "Old.");
    earlier.period = *model::Period::parse("2026-Q3");
    earlier.source = "HEAD~1:northbridge/peer-network.coprod.yaml";
    CHECK_FALSE(analysis::are_versions_of_one_review({test::scored(ipc(), earlier), working}));
    earlier.period = *model::Period::parse("2026-Q4");
    earlier.area = "North bridge";
    CHECK(analysis::are_versions_of_one_review({test::scored(ipc(), earlier), working}));
  }
  SUBCASE("another perspective's file, with no origin, is no version") {
    auto organisation = version("", 6, "Old.");
    organisation.perspective = model::Perspective::organisation;
    CHECK_FALSE(analysis::are_versions_of_one_review({test::scored(ipc(), organisation), working}));
  }
  SUBCASE("files with no origin") {
    auto a = version("", 6, "Old.");
    auto b = version("", 2, "Old.");
    CHECK_FALSE(analysis::are_versions_of_one_review({test::scored(ipc(), a), test::scored(ipc(), b)}));
  }
}

TEST_CASE("find_row_changes") {
  const auto committed = test::scored(ipc(), version("version committed at HEAD (1a2b3c4)", 6, "Old."));
  SUBCASE("a score changed by half a point, evidence the same") {
    const auto working = test::scored(ipc(), version("working copy", 7, "Old."));
    const auto comparison = analysis::compare({committed, working}, 1.5);
    CHECK(comparison.versions_of_one_review);
    REQUIRE(comparison.row_changes.size() == 1);
    CHECK(comparison.rows[comparison.row_changes[0].row].reference() == "commitment.strategy");
    CHECK(comparison.row_changes[0].score_changed);
    CHECK_FALSE(comparison.row_changes[0].evidence_changed);
  }
  SUBCASE("only the evidence changed") {
    const auto working = test::scored(ipc(), version("working copy", 6, "New."));
    const auto comparison = analysis::compare({committed, working}, 1.5);
    REQUIRE(comparison.row_changes.size() == 1);
    CHECK_FALSE(comparison.row_changes[0].score_changed);
    CHECK(comparison.row_changes[0].evidence_changed);
  }
  SUBCASE("empty evidence is no evidence") {
    const auto before = test::scored(ipc(), version("version committed at HEAD (1a2b3c4)", 6, std::nullopt));
    const auto after = test::scored(ipc(), version("working copy", 6, ""));
    CHECK(analysis::compare({before, after}, 1.5).row_changes.empty());
  }
  SUBCASE("only whether the early indicator or the warning sign is seen locally") {
    auto seen = version("working copy", 6, "Old.");
    seen.sections[0].rows[0].indicator_seen = false;  // not said before
    seen.sections[0].rows[1].warning_seen = true;
    const auto comparison = analysis::compare({committed, test::scored(ipc(), seen)}, 1.5);
    REQUIRE(comparison.row_changes.size() == 2);
    CHECK(comparison.row_changes[0].indicator_seen_changed);
    CHECK_FALSE(comparison.row_changes[0].warning_seen_changed);
    CHECK(comparison.row_changes[1].warning_seen_changed);
    CHECK_FALSE(comparison.row_changes[1].score_changed);
  }
  SUBCASE("nothing changed") {
    const auto working = test::scored(ipc(), version("working copy", 6, "Old."));
    CHECK(analysis::compare({committed, working}, 1.5).row_changes.empty());
  }
}

TEST_CASE("find_field_changes: what changed outside the rows") {
  const auto committed = version("version committed at HEAD (1a2b3c4)", 6, "Old.");
  auto working = version("working copy", 6, "Old.");
  const auto changes_to = [&](const model::Assessment& after) {
    return analysis::compare({test::scored(ipc(), committed), test::scored(ipc(), after)}, 1.5).field_changes;
  };
  SUBCASE("a section's notes, completed by and last completed, by key, with each version's value") {
    working.sections[0].notes = "Rescore after the January board.";
    working.sections[0].completed_by = "Joint review meeting";
    working.sections[0].last_completed = model::Date{2026, 12, 4};
    const auto changes = changes_to(working);
    REQUIRE(changes.size() == 3);
    CHECK(changes[0].key == "commitment.completed_by");
    CHECK(changes[0].kind == analysis::FieldChange::Kind::section);
    CHECK(changes[1].key == "commitment.last_completed");
    CHECK(changes[1].values == std::vector<std::optional<std::string>>{std::nullopt, "2026-12-04"});
    CHECK(changes[2].key == "commitment.notes");
    CHECK(changes[2].values ==
          std::vector<std::optional<std::string>>{std::nullopt, "Rescore after the January board."});
  }
  SUBCASE("each reflection, in the form's order") {
    working.reflections.priorities = "Recruit younger members.";
    working.reflections.surprising = "How much agreed.";
    const auto changes = changes_to(working);
    REQUIRE(changes.size() == 2);
    CHECK(changes[0].key == "reflections.surprising");
    CHECK(changes[1].key == "reflections.priorities");
    CHECK(changes[1].kind == analysis::FieldChange::Kind::reflection);
  }
  SUBCASE("notes of only spaces are no notes") {
    working.sections[0].notes = "  \n";
    CHECK(changes_to(working).empty());
  }
  SUBCASE("nothing changed") { CHECK(changes_to(working).empty()); }
  SUBCASE("top-level fields: the area, the perspective in words, the period") {
    working.area = "Northbridge and Southgate";
    working.perspective = model::Perspective::organisation;
    working.period = *model::Period::parse("2027-Q1");
    working.source = "2026-Q4-peer-network.coprod.yaml";
    const auto changes = changes_to(working);
    REQUIRE(changes.size() == 3);
    CHECK(changes[0].key == "area");
    CHECK(analysis::is_review_identity(changes[0]));
    CHECK(changes[1].values == std::vector<std::optional<std::string>>{"co-production peer network", "organisation"});
    CHECK(changes[2].values == std::vector<std::optional<std::string>>{"2026-Q4", "2027-Q1"});
    CHECK(analysis::is_review_identity(changes[2]));
  }
  SUBCASE("a section's notes are not what names the review") {
    working.sections[0].notes = "Rescore after the January board.";
    CHECK_FALSE(analysis::is_review_identity(changes_to(working).at(0)));
  }
}

TEST_CASE("compare: versions whose period was corrected are one review, not two periods") {
  const auto committed = version("version committed at HEAD (1a2b3c4)", 6, "Old.");
  auto corrected = version("working copy", 2, "Old.");
  corrected.period = *model::Period::parse("2027-Q1");
  corrected.source = "northbridge/2026-Q4-peer-network.coprod.yaml";
  const auto comparison = analysis::compare({test::scored(ipc(), committed), test::scored(ipc(), corrected)}, 1.5);
  CHECK(comparison.versions_of_one_review);
  CHECK(comparison.kind == analysis::ComparisonKind::mixed);
  CHECK(comparison.row_movements.empty());
  REQUIRE(comparison.row_changes.size() == 1);
  REQUIRE(comparison.field_changes.size() == 1);
  CHECK(comparison.field_changes[0].key == "period");
  CHECK(analysis::difference_direction(comparison) == "working copy minus version committed at HEAD (1a2b3c4)");
  CHECK(analysis::input_label(comparison, 1) == "peer-network, 2027-Q1, working copy");
}
