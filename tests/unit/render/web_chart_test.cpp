#include "render/web_chart.hpp"

#include <doctest/doctest.h>

#include "analysis/scoring.hpp"
#include "model/section_keys.hpp"
#include "render/web_layout.hpp"
#include "test_support.hpp"
#include "util/text.hpp"
#include "yaml/builtin_frameworks.hpp"

using namespace coprod;

namespace {

model::Framework framework_with_titles(const std::vector<std::pair<std::optional<int>, std::string>>& sections) {
  static const model::FrameworkCatalog catalog = yaml::builtin_catalog();
  model::Framework framework = *catalog.find("ipc-coproduction", 1);
  framework.sections.resize(sections.size(), framework.sections.front());
  for (std::size_t i = 0; i < sections.size(); ++i) {
    framework.sections[i].id = "s" + std::to_string(i);
    framework.sections[i].number = sections[i].first;
    framework.sections[i].title = sections[i].second;
  }
  model::assign_section_keys(framework.sections);  // as loading a framework does
  return framework;
}

std::vector<std::string> axis_keys_of(const model::Framework& framework) {
  model::Assessment assessment;
  assessment.framework_id = framework.id;
  assessment.area = "Northbridge";
  const auto shared = std::make_shared<const model::Framework>(framework);
  return render::build_web_chart({test::scored(shared, assessment)}, {}).axis_keys;
}

}  // namespace

TEST_CASE("axis keys: the section's number, else a plain first letter, else its place on the web") {
  const auto keys = axis_keys_of(framework_with_titles({{1, "Commitment"},
                                                        {2, "Contact"},
                                                        {std::nullopt, "Facilitate the process"},
                                                        {std::nullopt, "\xC3\x89quipe locale"},
                                                        {std::nullopt, "2 peer networks"},
                                                        {std::nullopt, ""}}));
  CHECK(keys == std::vector<std::string>{"1", "2", "F", "4", "5", "6"});
  for (const auto& key : keys) CHECK_FALSE(util::find_invalid_utf8(key).has_value());
}

TEST_CASE("describe_series and legend_text: a section with no score says why, as coprod says it everywhere") {
  render::WebChart chart;
  chart.axis_labels = {"1. Commitment and leadership", "2. Contact and connect", "5. Co-produce IPC"};
  chart.axis_keys = {"1", "2", "5"};
  render::WebSeries series;
  series.label = "organisation, 2026-Q4";
  series.values = {3.7, std::nullopt, std::nullopt};
  series.not_applicable = {false, false, true};
  CHECK(render::describe_series(chart, series) ==
        "organisation, 2026-Q4: 1. Commitment and leadership 3.7; 2. Contact and connect not scored yet; "
        "5. Co-produce IPC not applicable.");
  CHECK(render::legend_text(chart, series, false) ==
        "organisation, 2026-Q4 (not scored yet: 2. Contact and connect) (not applicable: 5. Co-produce IPC)");
  CHECK(render::legend_text(chart, series, true) ==
        "organisation, 2026-Q4 (sections not scored yet: 2) (sections not applicable: 5)");
}

TEST_CASE("describe_series and legend_text: a section whose scores were all held back says so, not 'not scored yet'") {
  render::WebChart chart;
  chart.axis_labels = {"1. Commitment and leadership", "2. Contact and connect", "3. Learn together"};
  chart.axis_keys = {"1", "2", "3"};
  render::WebSeries series;
  series.label = "peer network, 2026-Q4";
  series.values = {3.0, std::nullopt, std::nullopt};
  series.not_applicable = {false, false, false};
  series.held_back = {false, true, false};
  CHECK(render::describe_series(chart, series) ==
        "peer network, 2026-Q4: 1. Commitment and leadership 3.0; 2. Contact and connect held back as only 1 person "
        "scored it; 3. Learn together not scored yet.");
  CHECK(render::legend_text(chart, series, false) ==
        "peer network, 2026-Q4 (not scored yet: 3. Learn together) (held back as only 1 person scored them: 2. "
        "Contact and connect)");
  CHECK(render::legend_text(chart, series, true) ==
        "peer network, 2026-Q4 (sections not scored yet: 3) (sections held back as only 1 person scored them: 2)");
}
