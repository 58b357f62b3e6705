#include <memory>
#include <string>

#include <doctest/doctest.h>

#include "analysis/comparison.hpp"
#include "render/page_one_room.hpp"
#include "render/report.hpp"
#include "render/report_html_parts.hpp"
#include "test_support.hpp"
#include "yaml/assessment_loader.hpp"

using namespace coprod;
using test::scored_example;

TEST_CASE("summary_differences_html counts the line under its rows when it lists every row page 1 may list") {
  // Both perspectives in 2026-Q3 and 2026-Q4: seven rows differ by 1.5 or more, more than page 1 lists in any room.
  // Listing all it may, page 1 still says how many more there are ("And 4 more rows differ ..."), and that line
  // takes room too: it was left out of the list's height, which page 1's room was counted by.
  render::Report report;
  report.title = "Co-production reflection: Northbridge, 2026-Q3 to 2026-Q4";
  report.inputs = {
      scored_example("2026-Q3-organisation.coprod.yaml"), scored_example("2026-Q3-peer-network.coprod.yaml"),
      scored_example("2026-Q4-organisation.coprod.yaml"), scored_example("2026-Q4-peer-network.coprod.yaml")};
  const analysis::Comparison all = analysis::compare(report.inputs, 1.5);
  const std::size_t listed = render::summary_prompt_count(all);
  REQUIRE(listed > 0);
  REQUIRE(listed < all.row_prompts.size());
  // The same rows with none left over: no line under them.
  analysis::Comparison only_listed = all;
  only_listed.row_prompts.resize(listed);
  REQUIRE(render::summary_prompt_count(only_listed) == listed);

  const double width = render::k_page_one_width;
  render::Abbreviations abbreviations(all.framework->glossary);
  report.comparison = all;
  const auto with_more = render::summary_differences_html(report, abbreviations, width, 1e6, false);
  report.comparison = only_listed;
  render::Abbreviations fresh(all.framework->glossary);
  const auto without_more = render::summary_differences_html(report, fresh, width, 1e6, false);
  REQUIRE(with_more.shown == listed);
  REQUIRE(without_more.shown == listed);
  const std::string more_line = "And " + std::to_string(all.row_prompts.size() - listed) + " more rows differ";
  REQUIRE(with_more.html.find(more_line) != std::string::npos);
  CHECK(without_more.html.find("more rows differ") == std::string::npos);
  // Taller by that line as it prints, with the gap over it.
  const auto start = with_more.html.find("<p>" + more_line);
  const std::string paragraph = with_more.html.substr(start, with_more.html.find("</p>", start) - start);
  const double line = render::printed_text_height(render::shown_text(paragraph), width) + render::k_page_one_gap;
  CHECK(line > render::k_page_one_line);
  CHECK(with_more.height - without_more.height == doctest::Approx(line));
}
