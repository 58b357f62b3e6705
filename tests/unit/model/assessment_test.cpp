#include "model/assessment.hpp"

#include <doctest/doctest.h>

using namespace coprod;

namespace {

model::Assessment assessment(std::string area, model::Perspective perspective, std::string period,
                             std::string origin = "") {
  model::Assessment a;
  a.area = std::move(area);
  a.perspective = perspective;
  a.period = *model::Period::parse(period);
  a.origin = std::move(origin);
  return a;
}

}  // namespace

TEST_CASE("one review is one area, perspective and period") {
  const auto org = assessment("Northbridge", model::Perspective::organisation, "2026-Q3");
  CHECK(org.is_same_review(assessment("Northbridge", model::Perspective::organisation, "2026-Q3")));
  CHECK_FALSE(org.is_same_review(assessment("Southfield", model::Perspective::organisation, "2026-Q3")));
  CHECK_FALSE(org.is_same_review(assessment("Northbridge", model::Perspective::peer_network, "2026-Q3")));
  CHECK_FALSE(org.is_same_review(assessment("Northbridge", model::Perspective::organisation, "2026-Q4")));
}

TEST_CASE("two versions of one file are told apart only when both say where they come from, differently") {
  const auto working = assessment("N", model::Perspective::organisation, "2026-Q3", "working copy");
  const auto committed = assessment("N", model::Perspective::organisation, "2026-Q3", "version committed at HEAD");
  CHECK(working.is_other_version_of(committed));
  CHECK_FALSE(working.is_other_version_of(working));
  CHECK_FALSE(working.is_other_version_of(assessment("N", model::Perspective::organisation, "2026-Q3")));
  CHECK_FALSE(assessment("N", model::Perspective::organisation, "2026-Q3").is_other_version_of(committed));
}
