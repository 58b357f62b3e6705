#include "render/report_board_asks.hpp"

#include <memory>
#include <string>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "analysis/comparison.hpp"
#include "render/page_one_room.hpp"
#include "render/report.hpp"
#include "test_support.hpp"
#include "yaml/assessment_loader.hpp"
#include "yaml/plan_loader.hpp"

using namespace coprod;
using test::scored_example;

namespace {

// The Northbridge pack of 2026-Q4 with the example plan, its asks replaced by `asks`.
struct PackWithAsks {
  model::Plan plan;
  render::Report report;
};

std::unique_ptr<PackWithAsks> pack_with_asks(const std::vector<std::string>& asks) {
  auto loaded =
      yaml::load_plan(test::northbridge_example("2026-Q3-action-plan.yaml"), "plan.yaml", test::builtin_catalog());
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

// The asks page 1 of `html` prints (its "What we ask the board to do").
std::size_t asks_printed_on_page_one(const std::string& html) {
  const auto start = html.find("<section class=\"board-asks\"");
  if (start == std::string::npos) return 0;
  const auto end = html.find("</section>", start);
  std::size_t count = 0;
  for (auto at = html.find("<li>", start); at < end; at = html.find("<li>", at + 1)) ++count;
  return count;
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
    // One left over reads as one: the asks that fitted, and one more (of two asks' length, not to fit in the room
    // the line saying where it is would have taken).
    std::vector<std::string> one_more;
    for (std::size_t n = 1; n <= shown; ++n) one_more.push_back(long_ask(static_cast<int>(n)));
    one_more.push_back(long_ask(static_cast<int>(shown) + 1) + " " + long_ask(static_cast<int>(shown) + 2));
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

TEST_CASE(
    "board_asks_on_page_one counts the asks as page 1 prints them, its title's abbreviations spelled out already") {
  // The title spells out ICB (integrated care board) in the header, so page 1's first ask does not again: the count
  // must not make room for it. Each number of asks up to more than fit, so that one of them is as many as just fit.
  const std::string first =
      "Agree that the ICB pays peer network members for their time at the rates it pays its own "
      "advisory groups, from April, and reports what it paid each quarter in plain words.";
  for (int count = 1; count <= 12; ++count) {
    CAPTURE(count);
    std::vector<std::string> asks = {first};
    for (int n = 2; n <= count; ++n) asks.push_back("Note the peer network's report number " + std::to_string(n));
    auto pack = pack_with_asks(asks);
    pack->report.title = "Co-production reflection: Northbridge ICB, 2026-Q4";
    const std::string html = render::render_report_html(pack->report);
    REQUIRE(html.find("<p class=\"subtitle abbreviations\">ICB: integrated care board</p>") != std::string::npos);
    CHECK(html.find("<span class=\"abbreviations\">ICB: integrated care board</span>") == std::string::npos);
    const std::size_t printed = asks_printed_on_page_one(html);
    CHECK(render::board_asks_on_page_one(pack->report) == printed);
    // The plan's part lists them in full only when page 1 left some out, and page 1 then links to it.
    const bool in_full = html.find("<h3 id=\"board-asks-in-full\">") != std::string::npos;
    CHECK(in_full == (printed < asks.size()));
    CHECK(in_full == (html.find("<a href=\"#board-asks-in-full\">") != std::string::npos));
  }
}

TEST_CASE("summary_board_asks_html: an abbreviation two asks use is spelled out once, and measured once") {
  const auto pack = pack_with_asks({"Agree to fund each PHB holder's travel", "Note how many PHB holders came"});
  render::Abbreviations fresh(pack->report.inputs.front()->framework->glossary);
  const auto spelled_here = render::summary_board_asks_html(pack->report, fresh);
  render::Abbreviations spelled_before(pack->report.inputs.front()->framework->glossary);
  REQUIRE(spelled_before.first_uses("PHB") == "PHB: personal health budget");
  const auto spelled_earlier = render::summary_board_asks_html(pack->report, spelled_before);
  const std::string spelled_out = "<span class=\"abbreviations\">PHB: personal health budget</span>";
  const auto once = spelled_here.html.find(spelled_out);
  REQUIRE(once != std::string::npos);
  CHECK(spelled_here.html.find(spelled_out, once + 1) == std::string::npos);
  CHECK(spelled_earlier.html.find(spelled_out) == std::string::npos);
  // The asks' block is taller by that one line of small print, not by one for each ask.
  const double line = render::printed_text_height("PHB: personal health budget", 400, render::k_page_one_text * 0.85,
                                                  render::k_page_one_small_line);
  CHECK(spelled_here.height - spelled_earlier.height == doctest::Approx(line));
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

TEST_CASE("render_report_html: page 1 with the example plan's three asks lists the two rows that differ most") {
  // As README's command makes it (undated): the Q3 plan, its three asks, the organisation's Q3 file as the
  // previous period.
  auto loaded =
      yaml::load_plan(test::northbridge_example("2026-Q3-action-plan.yaml"), "plan.yaml", test::builtin_catalog());
  REQUIRE(loaded);
  REQUIRE(loaded->plan.asks_of_the_board.size() == 3);
  auto pack = pack_with_asks(loaded->plan.asks_of_the_board);
  pack->report.previous = {scored_example("2026-Q3-organisation.coprod.yaml")};
  const std::string html = render::render_report_html(pack->report);
  CHECK(asks_printed_on_page_one(html) == 3);
  // The two rows tied at 2.0 apart: about 3 cm stayed empty under the lists, Chromium printed, when page 1
  // listed neither, as if they did not fit.
  const auto start = html.find("<section id=\"summary-differences\">");
  REQUIRE(start != std::string::npos);
  const std::string differences = html.substr(start, html.find("</section>", start) - start);
  CHECK(differences.find("row 1.4</strong>") != std::string::npos);
  CHECK(differences.find("row 2.3</strong>") != std::string::npos);
}

TEST_CASE("page_one_asks_room: the asks give way where the web, the scores and the lists' headings need the room") {
  const auto pack = pack_with_asks({long_ask(1), long_ask(2), long_ask(3), long_ask(4), long_ask(5), long_ask(6)});
  // No row differs by 5 or more: the lists under the web and the scores need only their headings and status.
  pack->report.comparison = analysis::compare(pack->report.inputs, 5);
  CHECK(render::page_one_asks_room(pack->report) == doctest::Approx(render::k_board_asks_room));
  const std::size_t with_short_title = render::board_asks_on_page_one(pack->report);
  // A title of many lines: less room for the asks, so that what follows them still fits page 1.
  for (int i = 0; i < 48; ++i) pack->report.title += " Northbridge";
  const double room = render::page_one_asks_room(pack->report);
  CHECK(room < render::k_board_asks_room);
  CHECK(render::board_asks_on_page_one(pack->report) < with_short_title);
  render::Abbreviations abbreviations(pack->report.inputs.front()->framework->glossary);
  CHECK(render::summary_board_asks_html(pack->report, abbreviations).height <= room);
}

TEST_CASE("page_one_asks_room: the row that differs most keeps its room on page 1 before any ask") {
  // Four inputs (the example's two perspectives in 2026-Q3 and 2026-Q4) and a plan of twelve asks: page 1 listed
  // none of the seven rows that differ by 1.5 or more ("this summary has no room to list any of them") while it
  // printed four asks.
  std::vector<std::string> asks;
  for (int n = 1; n <= 12; ++n)
    asks.push_back(fmt::format("Note the peer network's report number {} on travel and expenses.", n));
  auto pack = pack_with_asks(asks);
  pack->report.title = "Co-production reflection: Northbridge, 2026-Q3 to 2026-Q4";
  pack->report.inputs = {
      scored_example("2026-Q3-organisation.coprod.yaml"), scored_example("2026-Q3-peer-network.coprod.yaml"),
      scored_example("2026-Q4-organisation.coprod.yaml"), scored_example("2026-Q4-peer-network.coprod.yaml")};
  pack->report.comparison = analysis::compare(pack->report.inputs, 1.5);
  REQUIRE(pack->report.comparison->row_prompts.size() > 1);
  const std::string html = render::render_report_html(pack->report);
  const auto start = html.find("<section id=\"summary-differences\">");
  REQUIRE(start != std::string::npos);
  const std::string differences = html.substr(start, html.find("</section>", start) - start);
  const auto& top = pack->report.comparison->rows[pack->report.comparison->row_prompts.front()];
  CHECK(differences.find("<li><strong>" + render::summary_row_label(top) + "</strong>") != std::string::npos);
  CHECK(differences.find("no room to list any") == std::string::npos);
  // The asks give way to it, and page 1 says how many more there are and where they are listed in full.
  const std::size_t shown = asks_printed_on_page_one(html);
  CHECK(shown == render::board_asks_on_page_one(pack->report));
  // Some asks still: the section scores' labels, beside four narrow columns of scores, were measured on a line
  // or two more each than they print (each column taken as 40 px wide where "3.7" needs some 30 with its
  // padding), which left the asks no room at all; Chromium printed page 1 with a sixth of it empty.
  CHECK(shown >= 1);
  REQUIRE(shown < asks.size());
  CHECK(html.find(fmt::format("<a href=\"#board-asks-in-full\">{}",
                              shown == 0 ? "The board is asked to do 12 things"
                                         : fmt::format("The other {} asks", 12 - shown))) != std::string::npos);
  CHECK(html.find("<h3 id=\"board-asks-in-full\">") > html.find("<section id=\"plan\">"));
}

namespace {

// The pack of strategic-coproduction (tests/unit/data/strategic, a framework of one row a section with nine long
// titles) with its plan of three short asks, as the tester made it: its two perspectives in 2026-Q4 and, with
// `previous`, both in 2026-Q3 as the previous period.
std::string strategic_pack_html(bool previous) {
  const auto strategic = [](const std::string& name) {
    return test::read_file(test::source_path("tests/unit/data/strategic/" + name));
  };
  auto loaded = yaml::load_plan(strategic("2026-Q4-action-plan.yaml"), "plan.yaml", test::builtin_catalog());
  REQUIRE(loaded);
  REQUIRE(loaded->plan.asks_of_the_board.size() == 3);
  const auto assessment = [&](const std::string& name) {
    auto file = yaml::load_assessment(strategic(name), name, test::builtin_catalog());
    REQUIRE(file);
    return test::scored(file->framework, std::move(file->assessment));
  };
  render::Report report;
  report.title = "Co-production reflection: Ærdale & Søuth Vale <b>ICB</b>, 2026-Q4";
  report.date = "2026-12-10";
  report.inputs = {assessment("2026-Q4-organisation.coprod.yaml"), assessment("2026-Q4-peer-network.coprod.yaml")};
  if (previous)
    report.previous = {assessment("2026-Q3-organisation.coprod.yaml"), assessment("2026-Q3-peer-network.coprod.yaml")};
  report.comparison = analysis::compare(report.inputs, 1.5);
  report.plan = &loaded->plan;
  return render::render_report_html(report);
}

}  // namespace

TEST_CASE("render_report_html: page 1 of a framework of one row a section with long titles has its asks and top row") {
  // strategic-coproduction's nine long titles wrap to three or four lines each in the section scores beside the
  // web: the scale's lines under the table, in its narrow column, made it taller still, and page 1 printed none of
  // the plan's three short asks ("The board is asked to do 3 things") while the room under the web stayed empty.
  const std::string html = strategic_pack_html(false);
  CHECK(asks_printed_on_page_one(html) == 3);
  // The row that differs most, 2.0 apart, too.
  const auto start = html.find("<section id=\"summary-differences\">");
  REQUIRE(start != std::string::npos);
  // A section that is its one row is named once, by its number and title, its wording not said again after it.
  CHECK(html.substr(start, html.find("</section>", start) - start)
            .find("<strong>5. Commitment from senior management</strong> (organisation 4, peer network 2;") !=
        std::string::npos);
  // The scale's lines run across the page under the web and the scores, rather than down the scores' column.
  CHECK(html.find("</table>\n</section>\n<div class=\"scores-notes\">\n<p>Scores run from 0") != std::string::npos);
}

TEST_CASE("render_report_html: page 1 of the long titles with both previous periods keeps the row that differs most") {
  // The tester's command: strategic-coproduction's two perspectives with both previous periods. Page 1 printed
  // one ask and said the row that differs most, 2.0 apart, had no room, with about 2 cm of it empty: the section
  // scores were measured some three lines taller than Chromium prints them (each score column taken as 74 px
  // wide where "3.0 (+1.0)" takes 72 with its padding), the web's legend two lines taller, and the lists a line.
  const std::string html = strategic_pack_html(true);
  const auto start = html.find("<section id=\"summary-differences\">");
  REQUIRE(start != std::string::npos);
  const std::string differences = html.substr(start, html.find("</section>", start) - start);
  CHECK(differences.find("<strong>5. Commitment from senior management</strong>") != std::string::npos);
  CHECK(differences.find("no room") == std::string::npos);
  // And the asks that fit beside it: Chromium prints one, with less than a line to spare under the lists.
  CHECK(asks_printed_on_page_one(html) == 1);
}
