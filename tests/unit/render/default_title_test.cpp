#include "render/default_title.hpp"

#include <doctest/doctest.h>

#include "test_support.hpp"
#include "yaml/assessment_loader.hpp"
#include "yaml/builtin_frameworks.hpp"

using namespace coprod;

namespace {

std::shared_ptr<const analysis::AssessmentResult> assessment(const std::string& area, const std::string& perspective,
                                                             const std::string& period) {
  static const model::FrameworkCatalog catalog = yaml::builtin_catalog();
  const std::string text =
      "format: coprod-assessment/1\nframework: ipc-coproduction\nframework_version: 1\narea: " + area +
      "\nperspective: " + perspective + "\nperiod: " + period + "\nsections: {}\n";
  auto loaded = yaml::load_assessment(text, area + ".yaml", catalog);
  REQUIRE(loaded);
  return test::scored(loaded->framework, loaded->assessment);
}

}  // namespace

TEST_CASE("default_title") {
  SUBCASE("one area and period") {
    CHECK(render::default_title({assessment("Northbridge", "organisation", "2026-Q4"),
                                 assessment("Northbridge", "peer-network", "2026-Q4")}) ==
          "Co-production reflection: Northbridge, 2026-Q4");
  }
  SUBCASE("periods that differ are a range, earliest first, whatever the inputs' order") {
    CHECK(render::default_title({assessment("Northbridge", "organisation", "2026-Q4"),
                                 assessment("Northbridge", "organisation", "2026-Q2"),
                                 assessment("Northbridge", "organisation", "2026-Q3")}) ==
          "Co-production reflection: Northbridge, 2026-Q2 to 2026-Q4");
  }
  SUBCASE("areas that differ are all named, in the inputs' order") {
    CHECK(render::default_title({assessment("Northbridge", "organisation", "2026-Q4"),
                                 assessment("Southbridge", "organisation", "2026-Q4")}) ==
          "Co-production reflection: Northbridge and Southbridge, 2026-Q4");
    CHECK(render::default_title({assessment("Northbridge", "organisation", "2026-Q3"),
                                 assessment("Southbridge", "organisation", "2026-Q4"),
                                 assessment("Eastbridge", "organisation", "2026-Q4")}) ==
          "Co-production reflection: Northbridge, Southbridge and Eastbridge, 2026-Q3 to 2026-Q4");
  }
}
