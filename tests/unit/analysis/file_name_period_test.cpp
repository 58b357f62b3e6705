#include "analysis/file_name_period.hpp"

#include <doctest/doctest.h>

using namespace coprod;

namespace {

std::string named(std::string_view path) {
  const auto period = analysis::period_in_file_name(path);
  return period ? period->to_string() : "none";
}

}  // namespace

TEST_CASE("period_in_file_name") {
  CHECK(named("2027-Q1-organisation.coprod.yaml") == "2027-Q1");
  CHECK(named("northbridge/2026-H2-peer-network.coprod.yaml") == "2026-H2");
  CHECK(named("organisation_2026-11.yaml") == "2026-11");
  CHECK(named("2026-Q3/organisation.coprod.yaml") == "none");      // a folder's name is not the file's
  CHECK(named("export-2026-11-03.yaml") == "none");                // a date, not a month
  CHECK(named("x2027-Q1.yaml") == "none");                         // part of a longer word
  CHECK(named("2026-Q3-to-2026-Q4.yaml") == "none");               // two periods: no telling which
  CHECK(named("2026-Q4-organisation-2026-Q4.yaml") == "2026-Q4");  // the same one twice
  CHECK(named("2026-q4-organisation.yaml") == "none");             // not written as a period is
  CHECK(named("HEAD:northbridge/2027-Q1-organisation.yaml") == "2027-Q1");
  CHECK(named("organisation.coprod.yaml") == "none");
}

TEST_CASE("file_name_with_period") {
  const auto q1 = *model::Period::parse("2027-Q1");
  CHECK(analysis::file_name_with_period("2027-Q2-organisation.coprod.yaml", q1) == "2027-Q1-organisation.coprod.yaml");
  CHECK(analysis::file_name_with_period("northbridge/org_2026-H2.yaml", q1) == "org_2027-Q1.yaml");
  CHECK(analysis::file_name_with_period("2026-Q4-organisation-2026-Q4.yaml", q1) ==
        "2027-Q1-organisation-2027-Q1.yaml");
  CHECK(analysis::file_name_with_period("export-2026-11-03.yaml", q1) == "export-2026-11-03.yaml");  // a date
  CHECK(analysis::file_name_with_period("organisation.coprod.yaml", q1) == "organisation.coprod.yaml");
  CHECK(analysis::file_name_with_period("x2027-Q2.yaml", q1) == "x2027-Q2.yaml");
}

TEST_CASE("file_name_period_warning") {
  model::Assessment assessment;
  assessment.period = *model::Period::parse("2026-Q4");
  assessment.period_position = {6, 9};
  assessment.source = "2027-Q1-organisation.coprod.yaml";
  const auto warning = analysis::file_name_period_warning(assessment);
  REQUIRE(warning);
  CHECK(warning->position == util::Position{6, 9});
  CHECK(warning->message.find("the file name says 2027-Q1, but period is 2026-Q4") == 0);
  CHECK(warning->message.find("[file-name-period]") != std::string::npos);
  assessment.source = "2026-Q4-organisation.coprod.yaml";
  CHECK_FALSE(analysis::file_name_period_warning(assessment));
  assessment.source = "organisation.coprod.yaml";
  CHECK_FALSE(analysis::file_name_period_warning(assessment));
}
