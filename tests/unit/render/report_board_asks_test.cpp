#include "render/report_board_asks.hpp"

#include <memory>
#include <string>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "analysis/comparison.hpp"
#include "render/report.hpp"
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

std::shared_ptr<const analysis::AssessmentResult> scored_example(const std::string& name) {
  auto loaded = yaml::load_assessment(example(name), name, catalog());
  REQUIRE(loaded);
  return test::scored(loaded->framework, std::move(loaded->assessment));
}

// The Northbridge pack of 2026-Q4 with the example plan, its asks replaced by `asks`.
struct PackWithAsks {
  model::Plan plan;
  render::Report report;
};

std::unique_ptr<PackWithAsks> pack_with_asks(const std::vector<std::string>& asks) {
  auto loaded = yaml::load_plan(example("2026-Q3-action-plan.yaml"), "plan.yaml", catalog());
  REQUIRE(loaded);
  auto pack = std::make_unique<PackWithAsks>();
  pack->plan = std::move(loaded->plan);
  pack->plan.asks_of_the_board = asks;
  pack->report.title = "Co-production reflection: Northbridge, 2026-Q4";
  pack->report.inputs = {scored_example("2026-Q4-organisation.coprod.yaml"),
                         scored_example("2026-Q4-peer-network.coprod.yaml")};
  pack->report.comparison = analysis::compare(pack->report.inputs, 1.5);
  pack->report.plan = &pack->plan;
  return pack;
}

std::string long_ask(int n) {
  return "Ask " + std::to_string(n) +
         " is written at length, as people do: agree that the peer network is paid for its time at the rates the "
         "council pays its own advisory groups, from the next financial year, reported each quarter in plain words.";
}

}  // namespace

TEST_CASE("summary_board_asks_html") {
  SUBCASE("every short ask, numbered and escaped, under its heading") {
    const auto pack = pack_with_asks({"Agree to fund <travel> & \"expenses\"", "Note the leaflet"});
    render::Abbreviations abbreviations(pack->report.inputs.front()->framework->glossary);
    const auto block = render::summary_board_asks_html(pack->report, abbreviations);
    CHECK(block.html.find("<h3 id=\"board-asks-title\">What we ask the board to do</h3>") != std::string::npos);
    CHECK(block.html.find("<ol>\n<li>Agree to fund &lt;travel&gt; &amp; &quot;expenses&quot;</li>\n<li>Note the "
                          "leaflet</li>\n</ol>") != std::string::npos);
    CHECK(block.height > 0);
    CHECK(block.height <= render::k_board_asks_room);
    CHECK(render::board_asks_on_page_one(pack->report) == 2);
    CHECK(render::board_asks_in_full_html(pack->report).empty());
  }
  SUBCASE("nothing at all without asks") {
    const auto pack = pack_with_asks({});
    render::Abbreviations abbreviations(pack->report.inputs.front()->framework->glossary);
    const auto block = render::summary_board_asks_html(pack->report, abbreviations);
    CHECK(block.html.empty());
    CHECK(block.height == 0);
    CHECK(render::render_report_html(pack->report).find("What we ask the board") == std::string::npos);
    CHECK(render::render_report_markdown(pack->report).find("What we ask the board") == std::string::npos);
  }
  SUBCASE("asks too long for their room: the first that fit, whole, and where the rest are") {
    const auto pack = pack_with_asks({long_ask(1), long_ask(2), long_ask(3), long_ask(4), long_ask(5), long_ask(6)});
    render::Abbreviations abbreviations(pack->report.inputs.front()->framework->glossary);
    const auto block = render::summary_board_asks_html(pack->report, abbreviations);
    const std::size_t shown = render::board_asks_on_page_one(pack->report);
    CHECK(shown > 0);
    CHECK(shown < 6);
    CHECK(block.height <= render::k_board_asks_room);
    CHECK(block.html.find(long_ask(1)) != std::string::npos);  // whole, never cut
    CHECK(block.html.find(long_ask(6)) == std::string::npos);
    CHECK(block.html.find(fmt::format("<a href=\"#board-asks-in-full\">The other {} asks are listed in full under "
                                      "“Part ",
                                      6 - shown)) != std::string::npos);
    // One left over reads as one: the asks that fitted, and one more.
    std::vector<std::string> one_more;
    for (std::size_t n = 1; n <= shown + 1; ++n) one_more.push_back(long_ask(static_cast<int>(n)));
    const auto one_over = pack_with_asks(one_more);
    REQUIRE(render::board_asks_on_page_one(one_over->report) == shown);
    render::Abbreviations spelled(one_over->report.inputs.front()->framework->glossary);
    CHECK(render::summary_board_asks_html(one_over->report, spelled).html.find("The other ask is listed in full") !=
          std::string::npos);
    // The plan's part lists every one.
    const std::string full = render::board_asks_in_full_html(pack->report);
    for (int n = 1; n <= 6; ++n) CHECK(full.find(long_ask(n)) != std::string::npos);
    const std::string html = render::render_report_html(pack->report);
    CHECK(html.find("<h3 id=\"board-asks-in-full\">") > html.find("<section id=\"plan\">"));
  }
  SUBCASE("one ask longer than the whole room: none on page 1, which says where they are") {
    std::string huge;
    for (int n = 0; n < 8; ++n) huge += long_ask(n) + " ";
    const auto pack = pack_with_asks({huge});
    render::Abbreviations abbreviations(pack->report.inputs.front()->framework->glossary);
    const auto block = render::summary_board_asks_html(pack->report, abbreviations);
    CHECK(render::board_asks_on_page_one(pack->report) == 0);
    CHECK(block.html.find("The board is asked to do 1 thing, listed in full under “Part ") != std::string::npos);
    CHECK(block.html.find("<ol>") == std::string::npos);
  }
}

TEST_CASE("render_report_html and render_report_markdown: page 1 opens with what the board is asked to do") {
  const auto pack = pack_with_asks({"Agree to *fund* [travel](x)", "Note <b>this</b>"});
  const std::string html = render::render_report_html(pack->report);
  const auto asks = html.find("<section class=\"board-asks\"");
  REQUIRE(asks != std::string::npos);
  CHECK(asks > html.find("<section id=\"summary\""));
  CHECK(asks < html.find("<figure id=\"web\""));
  CHECK(html.find("Note &lt;b&gt;this&lt;/b&gt;") != std::string::npos);
  const std::string markdown = render::render_report_markdown(pack->report);
  const auto heading = markdown.find("### What we ask the board to do\n\n1. Agree to \\*fund\\* \\[travel\\](x)\n2. ");
  CHECK(heading != std::string::npos);
  CHECK(heading < markdown.find("### Section scores"));
}
