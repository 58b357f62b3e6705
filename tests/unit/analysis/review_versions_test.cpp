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
  SUBCASE("another perspective") {
    auto organisation = version("working copy", 6, "Old.");
    organisation.perspective = model::Perspective::organisation;
    organisation.origin = "version committed at HEAD (1a2b3c4)";
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
