#include "yaml/file_kind.hpp"

#include <string>

#include <doctest/doctest.h>

#include "test_support.hpp"
#include "yaml/assessment_loader.hpp"
#include "yaml/plan_loader.hpp"

using namespace coprod;

namespace {

const std::string k_assessment =
    "format: coprod-assessment/2\nframework: ipc-coproduction\nframework_version: 1\narea: Northbridge\n"
    "perspective: peer-network\nperiod: 2026-Q3\n";

// The plan's opening lines with its format line replaced by `format`.
std::string plan_with_format(const std::string& format) {
  return format + test::k_plan_head.substr(test::k_plan_head.find('\n'));
}

}  // namespace

TEST_CASE("check_format: a format line of the right kind but not the one expected, in each loader's words") {
  SUBCASE("an assessment") {
    const auto loaded = yaml::load_assessment(k_assessment, "a.yaml", test::builtin_catalog());
    REQUIRE_FALSE(loaded.ok());
    CHECK(test::first_error(loaded.problems()) ==
          "a.yaml:1:9: error: unknown format 'coprod-assessment/2'; a coprod assessment starts with 'format: "
          "coprod-assessment/1'");
  }
  SUBCASE("a plan") {
    const auto loaded = yaml::load_plan(plan_with_format("format: coprod-plan/2"), "p.yaml", test::builtin_catalog());
    REQUIRE_FALSE(loaded.ok());
    CHECK(test::first_error(loaded.problems()) ==
          "p.yaml:1:9: error: this is not a coprod plan (format 'coprod-plan/2'); a plan starts with 'format: "
          "coprod-plan/1'");
  }
  SUBCASE("an empty format line is named as the loader names its file") {
    const auto loaded = yaml::load_plan(plan_with_format("format:"), "p.yaml", test::builtin_catalog());
    REQUIRE_FALSE(loaded.ok());
    CHECK(test::first_error(loaded.problems()) == "p.yaml:1:1: error: 'format' in the plan is empty; fill it in");
  }
}
