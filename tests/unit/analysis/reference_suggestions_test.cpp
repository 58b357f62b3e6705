#include "analysis/reference_suggestions.hpp"

#include <doctest/doctest.h>

#include "../test_support.hpp"
#include "yaml/assessment_fields.hpp"

using namespace coprod;

namespace {

using Names = std::vector<std::string>;

// A framework of sections with these ids and titles, each with the rows named.
model::Framework framework_of(const std::vector<std::tuple<std::string, std::string, Names>>& sections) {
  model::Framework framework;
  framework.id = "made-up";
  for (const auto& [id, title, rows] : sections) {
    model::FrameworkSection section;
    section.id = id;
    section.title = title;
    for (const auto& row : rows) section.rows.push_back(model::FrameworkRow{row, std::nullopt, std::nullopt});
    framework.sections.push_back(std::move(section));
  }
  return framework;
}

// Every name --set takes in `framework` ("impact.trust", "impact.notes", ...).
Names known_names(const model::Framework& framework) { return yaml::assessment_field_references(framework); }

analysis::ReferenceSuggestions suggested(std::string_view reference, const model::Framework& framework) {
  return analysis::suggest_references(reference, framework, known_names(framework));
}

const model::Framework& ipc() {
  static const auto framework = test::builtin_catalog().find("ipc-coproduction", 1);
  return *framework;
}

}  // namespace

TEST_CASE("suggest_references: a section named by a word of its title") {
  SUBCASE("the rest as typed: 'Review impact' is impact, not purpose, which is closer in spelling") {
    CHECK(suggested("review.last_completed", ipc()).references == Names{"impact.last_completed"});
    CHECK(suggested("Review.notes", ipc()).references == Names{"impact.notes"});
    CHECK(suggested("leadership.strategy", ipc()).references == Names{"commitment.strategy"});
  }
  SUBCASE("a typo in the rest: that section's closest name") {
    CHECK(suggested("review.last_complete", ipc()).references == Names{"impact.last_completed"});
  }
  SUBCASE("a word in two titles names both sections, neither as the one") {
    const auto two = framework_of({{"listen", "Listening and learning", {"voices"}},
                                   {"plan", "Planning and learning", {"budget"}},
                                   {"other", "Something else", {"voices-heard"}}});
    const auto got = suggested("learning.notes", two);
    CHECK(got.references == Names{"listen.notes", "plan.notes"});
    CHECK_FALSE(got.section_left_out);
  }
}

TEST_CASE("suggest_references: a row name that is in one section only") {
  const auto got = suggested("review.trust", ipc());
  CHECK(got.references == Names{"impact.trust"});
  CHECK_FALSE(got.section_left_out);
  CHECK(suggested("review.trust.score", ipc()).references == Names{"impact.trust.score"});
  SUBCASE("in two sections: both") {
    const auto two = framework_of({{"a", "First", {"trust"}}, {"b", "Second", {"trust"}}});
    CHECK(suggested("third.trust", two).references == Names{"a.trust", "b.trust"});
  }
}

TEST_CASE("suggest_references: a row that exists comes before a section's title word") {
  // "trust" is a row of impact only; the section written is a wrong one, so
  // no row of it that merely looks like "trust" ("notes") is meant.
  CHECK(suggested("commitment.trust", ipc()).references == Names{"impact.trust"});
  CHECK(suggested("leadership.trust", ipc()).references == Names{"impact.trust"});
  CHECK(suggested("the.trust", ipc()).references == Names{"impact.trust"});
  SUBCASE("a row several sections have: the one of the section named by a typo") {
    CHECK(suggested("impcat.notes", ipc()).references == Names{"impact.notes"});
  }
}

TEST_CASE("suggest_references: spelling is measured on the part that is wrong") {
  SUBCASE("a right section and a made-up row: nothing, not a row sharing only the section") {
    CHECK(suggested("commitment.xyzzy", ipc()).references.empty());
  }
  SUBCASE("a wrong section and a misspelt row: the row, in whichever section has it") {
    CHECK(suggested("leadership.trsut", ipc()).references == Names{"impact.trust"});
  }
}

TEST_CASE("suggest_references: a row or field without its section") {
  const auto got = suggested("trust", ipc());
  CHECK(got.references == Names{"impact.trust"});
  CHECK(got.section_left_out);
  CHECK(suggested("strategy.score", ipc()).references == Names{"commitment.strategy.score"});
  CHECK(suggested("strategy.score", ipc()).section_left_out);
}

TEST_CASE("suggest_references: else the closest spelling, all of them when equally close") {
  CHECK(suggested("comitment.stratgy", ipc()).references == Names{"commitment.strategy"});
  CHECK(suggested("impact.trsut", ipc()).references == Names{"impact.trust"});
  const auto twins = framework_of({{"a", "First", {"cat"}}, {"b", "Second", {"cot"}}});
  CHECK(suggested("a.cut", twins).references == Names{"a.cat"});
  CHECK(suggested("b.cut", twins).references == Names{"b.cot"});
  const auto alike = framework_of({{"ab", "First", {"x"}}, {"ac", "Second", {"x"}}});
  CHECK(suggested("ad.y", alike).references == Names{"ab.x", "ac.x"});
  CHECK(suggested("xyzzy.plugh", ipc()).references.empty());
}
