#include "render/report.hpp"

#include <functional>
#include <memory>
#include <string>

#include <doctest/doctest.h>

#include "analysis/comparison.hpp"
#include "test_support.hpp"
#include "yaml/assessment_loader.hpp"
#include "yaml/builtin_frameworks.hpp"
#include "yaml/plan_loader.hpp"

using namespace coprod;

namespace {

const model::FrameworkCatalog& catalog() {
  static const model::FrameworkCatalog catalog = yaml::builtin_catalog();
  return catalog;
}

std::string example(const std::string& name) {
  return test::read_file(test::source_path("examples/northbridge/" + name));
}

// An example file, scored, after `edit` has changed its text.
std::shared_ptr<const analysis::AssessmentResult> scored_example(const std::string& name,
                                                                 const std::function<void(std::string&)>& edit = {}) {
  std::string text = example(name);
  if (edit) edit(text);
  auto loaded = yaml::load_assessment(text, name, catalog());
  REQUIRE(loaded);
  return test::scored(loaded->framework, std::move(loaded->assessment));
}

// Replaces the first `from` in `text`, which must hold it.
void replace_first(std::string& text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
}

// The report of the Northbridge examples, as `coprod report` makes it from
// the two 2026-Q4 files (edited by `edit_organisation` and `edit_network`),
// the 2026-Q3 organisation file as --previous and the plan.
struct ExampleReport {
  std::shared_ptr<const model::Plan> plan;  // shared, so that `report.plan` stays valid when this is moved
  render::Report report;
};

ExampleReport example_report(const std::function<void(std::string&)>& edit_organisation = {},
                             const std::function<void(std::string&)>& edit_network = {}) {
  auto plan = yaml::load_plan(example("2026-Q3-action-plan.yaml"), "2026-Q3-action-plan.yaml", catalog());
  REQUIRE(plan);
  ExampleReport made{std::make_shared<const model::Plan>(std::move(plan->plan)), {}};
  auto& report = made.report;
  report.title = "Co-production reflection: Northbridge, 2026-Q4";
  report.inputs = {scored_example("2026-Q4-organisation.coprod.yaml", edit_organisation),
                   scored_example("2026-Q4-peer-network.coprod.yaml", edit_network)};
  report.previous = {scored_example("2026-Q3-organisation.coprod.yaml")};
  report.comparison = analysis::compare(report.inputs, 1.5);
  report.plan = made.plan.get();
  report.generator = "coprod 0.1.0";
  return made;
}

std::size_t occurrences(const std::string& text, const std::string& part) {
  std::size_t count = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++count;
  return count;
}

}  // namespace

TEST_CASE("render_report_html: printing") {
  SUBCASE("every table's header row is in a thead, which a browser prints again on each page") {
    const auto made = example_report();
    const std::string html = render::render_report_html(made.report);
    const std::size_t tables = occurrences(html, "<table");
    CHECK(tables > 10);
    CHECK(occurrences(html, "<table class=\"actions\">\n<thead><tr><th scope=\"col\">Action</th>") == 1);
    CHECK(occurrences(html, "<thead><tr>") == tables);
    CHECK(occurrences(html, "</tr></thead>\n<tbody>\n") == tables);
    CHECK(occurrences(html, "</tbody>\n</table>") == tables);
  }
  SUBCASE("a row with evidence longer than half a page may break across pages; short ones are kept whole") {
    std::string long_evidence;
    for (int i = 0; i < 400; ++i) long_evidence += "\n          Sentence about what was done locally with partners.";
    const auto made = example_report([&](std::string& text) {
      replace_first(text, "      strategy:\n        score: 3.5\n        evidence: |-",
                    "      strategy:\n        score: 3.5\n        evidence: |-" + long_evidence);
    });
    const std::string html = render::render_report_html(made.report);
    const auto row = html.find("<span class=\"row-id\">commitment.strategy</span>");
    REQUIRE(row != std::string::npos);
    CHECK(html.rfind("<div class=\"prompt long\">", row) == html.rfind("<div class=\"prompt", row));
    const auto table = html.find("<table class=\"evidence-table small long\">\n<thead>", row);
    CHECK(table != std::string::npos);
    CHECK(html.find("<tr class=\"long\"><td>A organisation, 2026-Q4</td>", table) < html.find("Sentence about", table));
    CHECK(occurrences(html, "<tr class=\"long\">") == 1);
    CHECK(occurrences(html, "<div class=\"prompt long\">") == 1);
    CHECK(occurrences(html, "<div class=\"prompt\">") > 20);
  }
  SUBCASE("the print style lets a block marked long break, and keeps headings and header rows with what follows") {
    const std::string html = render::render_report_html(example_report().report);
    CHECK(html.find(".prompt.long, table.long, tr.long, dl div.long { break-inside: auto; }") != std::string::npos);
    CHECK(html.find("h1, h2, h3, h4, .completion, .indicator, .warning, #plan > p, thead { break-after: avoid; }") !=
          std::string::npos);
  }
}
