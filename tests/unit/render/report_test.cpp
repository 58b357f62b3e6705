#include "render/report.hpp"

#include <algorithm>
#include <functional>
#include <memory>
#include <regex>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "analysis/comparison.hpp"
#include "model/sections_as_rows.hpp"
#include "render/report_html_parts.hpp"
#include "render/report_row_actions.hpp"
#include "render/report_row_changes.hpp"
#include "test_support.hpp"
#include "util/escape.hpp"
#include "yaml/assessment_loader.hpp"
#include "yaml/plan_loader.hpp"

using namespace coprod;

namespace {

// An example file, scored, after `edit` has changed its text.
std::shared_ptr<const analysis::AssessmentResult> scored_example(const std::string& name,
                                                                 const std::function<void(std::string&)>& edit = {}) {
  std::string text = test::northbridge_example(name);
  if (edit) edit(text);
  auto loaded = yaml::load_assessment(text, name, test::builtin_catalog());
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
  auto plan = yaml::load_plan(test::northbridge_example("2026-Q3-action-plan.yaml"), "2026-Q3-action-plan.yaml",
                              test::builtin_catalog());
  REQUIRE(plan);
  // Without its asks of the board, which take page 1's room (report_board_asks_test.cpp shows them): these
  // tests measure what the lists under the web hold.
  plan->plan.asks_of_the_board.clear();
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

// The part of a report from `start` to the next `end`.
std::string part_of(const std::string& text, const std::string& start, const std::string& end) {
  const auto from = text.find(start);
  REQUIRE(from != std::string::npos);
  return text.substr(from, text.find(end, from) - from);
}

// The network scores both contact rows that share an early indicator 1.5,
// where the organisation scores them 3.5: four rows then differ by 2.0.
void both_contact_rows_differ(std::string& network) {
  replace_first(network, "      wrong-people:\n        score: 2.5", "      wrong-people:\n        score: 1.5");
  replace_first(network, "      excluded-groups:\n        score: 2.5", "      excluded-groups:\n        score: 1.5");
}

void every_score_is(std::string& text, const std::string& score) {
  text = std::regex_replace(text, std::regex("\n( +)score: [0-9.]+\n"), "\n$1score: " + score + "\n");
}

const model::FrameworkRow& framework_row(const model::Framework& framework, const std::string& section,
                                         const std::string& row) {
  const auto* found = framework.find_section(section);
  REQUIRE(found != nullptr);
  for (const auto& candidate : found->rows) {
    if (candidate.id == row) return candidate;
  }
  FAIL("no row " << section << "." << row);
  throw std::logic_error("unreachable");
}

}  // namespace

TEST_CASE("row_heading") {
  const auto& framework = *test::builtin_catalog().find("ipc-coproduction", 1);
  SUBCASE("two rows that share an early indicator are told apart by their warning signs") {
    const std::string wrong_people =
        render::row_heading(framework, framework_row(framework, "contact", "wrong-people"));
    const std::string excluded = render::row_heading(framework, framework_row(framework, "contact", "excluded-groups"));
    CHECK(wrong_people ==
          "Local people are showing an interest in finding out more about co-producing\u2026 (warning sign: The "
          "'wrong' people are involved, e.g. people who\u2026)");
    CHECK(excluded ==
          "Local people are showing an interest in finding out more about co-producing\u2026 (warning sign: Groups "
          "of people are excluded because staff have\u2026)");
  }
  SUBCASE("a row whose early indicator is its own is headed by it alone") {
    CHECK(render::row_heading(framework, framework_row(framework, "commitment", "senior-leaders")) ==
          "Senior leaders are pro-actively seeking contributions to co-produce IPC.");
  }
  SUBCASE("every row of the guide's framework has a heading of its own") {
    std::vector<std::string> headings;
    for (const auto& section : framework.sections) {
      for (const auto& row : section.rows) headings.push_back(render::row_heading(framework, row));
    }
    std::sort(headings.begin(), headings.end());
    CHECK(std::adjacent_find(headings.begin(), headings.end()) == headings.end());
  }
}

TEST_CASE("every_section_is_its_row: the shorter frameworks, not the guide's") {
  const auto& catalog = test::builtin_catalog();
  CHECK_FALSE(model::every_section_is_its_row(*catalog.find_latest("ipc-coproduction")));
  for (const std::string id : {"strategic-coproduction", "making-coproduction-work"}) {
    CAPTURE(id);
    const auto& framework = *catalog.find_latest(id);
    CHECK(model::every_section_is_its_row(framework));
    // Such a row is named by its section alone, once.
    const auto& section = framework.sections.front();
    CHECK(render::row_and_section_label(section, section.rows.front()) == section.label());
  }
  model::Framework two_rows = *catalog.find_latest("strategic-coproduction");
  two_rows.sections.front().rows.push_back(two_rows.sections.front().rows.front());
  CHECK_FALSE(model::every_section_is_its_row(two_rows));
}

TEST_CASE("FrameworkSection::label: a leaflet's ';' or ',' ends no heading; a full stop stays") {
  const auto& framework = *test::builtin_catalog().find_latest("strategic-coproduction");
  CHECK(framework.sections[6].label() == "7. A point of contact with the system");
  CHECK(framework.sections[2].label() == "3. Tangible outputs that make a difference.");
  model::FrameworkSection unnumbered;
  unnumbered.title = "Up-to-date information,";
  CHECK(unnumbered.label() == "Up-to-date information");
}

TEST_CASE("render_report_html: the largest differences on page 1") {
  // Without a plan, the list runs across the page alone, with room for every row summary_prompt_count() gives.
  const auto alone = [](ExampleReport made) {
    made.report.plan = nullptr;
    return part_of(render::render_report_html(made.report),
                   "<h3>The largest differences to talk about, largest first</h3>", "</section>");
  };
  SUBCASE("rows that differ as much as the third largest are listed too, not cut arbitrarily") {
    // The examples: -2.0, -2.0, -1.5, +1.5, +1.5.
    const auto made = example_report();
    CHECK(render::summary_prompt_count(*made.report.comparison) == 5);
    const std::string summary = alone(made);
    CHECK(occurrences(summary, "<li>") == 5);
    CHECK(summary.find("People are starting to contribute their views") != std::string::npos);
    CHECK(summary.find("People feel comfortable and safe to explore") != std::string::npos);
    CHECK(summary.find("more rows differ") == std::string::npos);
    // Bulleted, not numbered: each section label has its own number ("1. 1. Commitment" read as a slip).
    // Each headed by its section and row number, so two rows of one section read apart.
    CHECK(summary.find("<ul class=\"prompts\">\n<li><strong>1. Commitment and leadership, row 1.") !=
          std::string::npos);
    CHECK(summary.find("<ol") == std::string::npos);
  }
  SUBCASE("rows after the tie are counted, with a link to where they are") {
    const auto made = example_report({}, both_contact_rows_differ);
    CHECK(render::summary_prompt_count(*made.report.comparison) == 4);  // the four that differ by 2.0
    const std::string summary = alone(made);
    CHECK(occurrences(summary, "<li>") == 4);
    // Named by its heading as printed, numbered, so that it is found on paper too.
    CHECK(summary.find("<p>And 3 more rows differ by 1.5 or more, each by less than the rows above: see “<a "
                       "href=\"#conversation\">Part 5: Where the perspectives differ</a>”.</p>") != std::string::npos);
    CHECK(render::render_report_html(made.report).find("<h2>Part 5: Where the perspectives differ</h2>") !=
          std::string::npos);
    CHECK(summary.find("(warning sign: The &#39;wrong&#39; people are involved") != std::string::npos);
    CHECK(summary.find("(warning sign: Groups of people are excluded") != std::string::npos);
  }
  SUBCASE("a tie too large for page 1's room: none of it, and the line says why, not that it differs less") {
    // The four rows that differ by 2.0 do not all fit with the plan: listing some would hide others that differ as
    // much, so page 1 lists none of them and points to where all are.
    const auto made = example_report({}, both_contact_rows_differ);
    const std::string summary = part_of(render::render_report_html(made.report),
                                        "<h3>The largest differences to talk about, largest first</h3>", "</section>");
    CHECK(occurrences(summary, "<li>") == 0);
    CHECK(summary.find("<p>7 rows differ by 1.5 or more; the 4 that differ most, by 2.0 each, are more than this "
                       "summary has room for, so all are listed together: see “<a href=\"#conversation\">Part 5: "
                       "Where the perspectives differ</a>”.</p>") != std::string::npos);
    CHECK(summary.find("by less") == std::string::npos);
  }
  SUBCASE("a title over many lines leaves less room: fewer rows are listed, and the rest counted") {
    auto made = example_report();
    const std::string listed_before =
        part_of(render::render_report_html(made.report),
                "<h3>The largest differences to talk about, largest first</h3>", "</section>");
    made.report.title = "Co-production reflection:";
    for (int i = 0; i < 40; ++i) made.report.title += " Northbridge";  // six lines
    const std::string listed_after =
        part_of(render::render_report_html(made.report),
                "<h3>The largest differences to talk about, largest first</h3>", "</section>");
    CHECK(occurrences(listed_after, "<li>") < occurrences(listed_before, "<li>"));
    CHECK(listed_after.find("rows differ by 1.5 or more") != std::string::npos);
    CHECK(listed_after.find("see “<a href=\"#conversation\">Part 5: Where the perspectives differ</a>”") !=
          std::string::npos);
  }
  SUBCASE("a tie too large for page 1 is not listed there, only counted") {
    const auto made = example_report([](std::string& text) { every_score_is(text, "5"); },
                                     [](std::string& text) { every_score_is(text, "3"); });
    const std::size_t rows = made.report.comparison->row_prompts.size();
    CHECK(rows > 20);
    CHECK(render::summary_prompt_count(*made.report.comparison) == 0);
    const std::string summary = part_of(render::render_report_html(made.report),
                                        "<h3>The largest differences to talk about, largest first</h3>", "</section>");
    CHECK(summary.find("<ul") == std::string::npos);
    CHECK(summary.find(fmt::format("<p>{} rows differ by 1.5 or more, by 2.0 each, more than this summary has room "
                                   "for, so all are listed together: see",
                                   rows)) != std::string::npos);
  }
  SUBCASE("none listed when even the one that differs most has no room: the words say so, not that it is large") {
    const auto made = example_report([](std::string& text) { every_score_is(text, "5"); },
                                     [](std::string& text) {
                                       every_score_is(text, "3");
                                       text.replace(text.find("score: 3"), 8, "score: 0");
                                     });
    const std::size_t rows = made.report.comparison->row_prompts.size();
    CHECK(render::more_prompts_text(*made.report.comparison, 0) ==
          fmt::format("{} rows differ by 1.5 or more, the most by 5.0; this summary has no room to list any of them, "
                      "so all are listed together",
                      rows));
  }
}

TEST_CASE("first_sentence") {
  SUBCASE("one sentence is whole") {
    const auto one =
        render::first_sentence("The 'wrong' people are involved, e.g. people who are unlikely to benefit.");
    CHECK(one.text == "The 'wrong' people are involved, e.g. people who are unlikely to benefit.");
    CHECK_FALSE(one.cut);
  }
  SUBCASE("of two, the first whole, and more follows") {
    const auto two = render::first_sentence("People identify what is important. They see other views.");
    CHECK(two.text == "People identify what is important.");
    CHECK(two.cut);
  }
}

TEST_CASE("render_report_html: page 1 never cuts a row's wording mid-sentence") {
  // The organisation scores "agree common purpose" row 'priorities' 5, the network 0: it differs most.
  const auto made = example_report(
      [](std::string& text) {
        replace_first(text, "      priorities:\n        score: 3", "      priorities:\n        score: 5");
      },
      [](std::string& text) {
        replace_first(text, "      priorities:\n        score: 3", "      priorities:\n        score: 0");
      });
  const std::string html = render::render_report_html(made.report);
  const std::string summary =
      part_of(html, "<h3>The largest differences to talk about, largest first</h3>", "</section>");
  CHECK(summary.find("\u2026") == std::string::npos);
  CHECK(summary.find("There are identified leaders (from CCG, local authority, VCSE sector) who are working to "
                     "enable leadership from people with lived experience. (organisation 4, peer network 2;") !=
        std::string::npos);
  CHECK(summary.find("People will be starting to identify what they see as important. <a "
                     "href=\"#difference-purpose.priorities\">(more under “Part 5: Where the perspectives "
                     "differ”)</a> (organisation 5, peer network 0;") != std::string::npos);
  CHECK(html.find("<div class=\"prompt\" id=\"difference-purpose.priorities\">") != std::string::npos);
  const std::string markdown = render::render_report_markdown(made.report);
  CHECK(markdown.find("People will be starting to identify what they see as important. (more under [Part 5: Where "
                      "the perspectives differ](#part-5-where-the-perspectives-differ)) (organisation 5, peer network "
                      "0;") != std::string::npos);
}

TEST_CASE("render_report_html: page 1 spells out each abbreviation where it first uses it") {
  auto made = example_report();
  made.report.title = "Co-production reflection: Northbridge ICB, 2026-Q4";
  const std::string html = render::render_report_html(made.report);
  // Under the title, and in the table that names the web's numbered axes (the web shows only their numbers).
  CHECK(html.find("<p class=\"subtitle\">Co-production reflection tool for Integrated Personal Commissioning</p>\n"
                  "<p class=\"subtitle abbreviations\">ICB: integrated care board</p>\n") != std::string::npos);
  const std::string summary = part_of(html, "<section id=\"summary\"", "</section>\n</div>\n</div>");
  CHECK(summary.find("<li class=\"keys\">F: Facilitate the process</li>\n</ul></figcaption>") != std::string::npos);
  CHECK(summary.find("<th scope=\"row\">5. Co-produce IPC<span class=\"abbreviations\">IPC: Integrated Personal "
                     "Commissioning</span></th>") != std::string::npos);
  // The guide's wording of a row, and an action people wrote.
  CHECK(summary.find(
            "who are working to enable leadership from people with lived experience. (organisation 4, peer "
            "network 2; the peer network 2.0 lower than the organisation)<span class=\"row-actions\">Action on this "
            "row: <a href=\"#action-1\">Invite the director of personalised care to a network meeting each "
            "quarter</a> (done; score hoped for not reached yet).</span><span class=\"abbreviations\">CCG: clinical "
            "commissioning group; VCSE: voluntary, community and social enterprise</span></li>") != std::string::npos);
  CHECK(summary.find("<span class=\"abbreviations\">GP: general practitioner</span>") != std::string::npos);
  CHECK(occurrences(summary, "class=\"abbreviations\"") == 3);
  CHECK(occurrences(html, "ICB: integrated care board") == 1);
}

TEST_CASE("render_report_markdown: the title and summary spell out each abbreviation where they first use it") {
  auto made = example_report();
  made.report.title = "Co-production reflection: Northbridge ICB, 2026-Q4";
  const std::string markdown = render::render_report_markdown(made.report);
  CHECK(markdown.find(
            "# Co-production reflection: Northbridge ICB, 2026-Q4\n\nCo-production reflection tool for "
            "Integrated Personal Commissioning\n\nICB: integrated care board\n\n2026-Q4: October to December 2026; "
            "2026-Q3: July to September 2026\n\n## Part 1: Summary") != std::string::npos);
  // Under the table: a cell has no room.
  CHECK(markdown.find("| Facilitate the process | 3.2 (+0.2) | 3.8 |\n\nIPC: Integrated Personal Commissioning\n\n"
                      "Scores run from") != std::string::npos);
  CHECK(markdown.find("(organisation 4, peer network 2; the peer network 2.0 lower than the organisation)  \n  Action "
                      "on this row: Invite the director of personalised care to a network meeting each quarter (done; "
                      "score hoped for not reached yet).  \n  CCG: clinical commissioning group; VCSE: voluntary, "
                      "community and social enterprise\n") != std::string::npos);
  // First used by the action beside row 2.3, so spelled out there and not again in the plan's status.
  CHECK(markdown.find("Action on this row: Ask GP practices and hospital teams to tell people about the network (in "
                      "progress).  \n  GP: general practitioner\n") != std::string::npos);
  CHECK(markdown.find(": **in progress**, due 2026-12-15\n") != std::string::npos);
  const std::string summary = part_of(markdown, "## Part 1: Summary", "## Part 2: About this report");
  CHECK(occurrences(summary, "IPC: ") == 1);
  CHECK(occurrences(summary, "CCG: ") == 1);
}

TEST_CASE("render_report_html: page 1's web has numbered axes beside the scores, its legend in the page's text") {
  const std::string html = render::render_report_html(example_report().report);
  const std::string web = part_of(html, "<figure id=\"web\"", "</figure>");
  // No heading (the page has one), no legend and no section key in the picture: the table beside it names
  // the axes, whose keys are all it shows of the sections.
  CHECK(web.find("id=\"web-heading\"") == std::string::npos);
  CHECK(web.find("id=\"legend\"") == std::string::npos);
  CHECK(web.find("id=\"sections\"") == std::string::npos);
  CHECK(web.find("Commitment and leadership</tspan>") == std::string::npos);
  CHECK(web.find("Commitment and leadership</text>") == std::string::npos);
  // Its width in units for print, where each prints 0.21 mm.
  const std::regex width("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"([0-9.]+)\"");
  std::smatch found;
  REQUIRE(std::regex_search(web, found, width));
  // On screen it leaves room beneath it in the window for its legend's lines, one a list item.
  CHECK(web.find(fmt::format("<figure id=\"web\" style=\"--web-units: {:g}; --legend-lines: {}\">", std::stod(found[1]),
                             occurrences(web, "</li>"))) == 0);
  CHECK(html.find("#web > svg { width: auto; max-height: max(20rem, calc(100vh - 2rem - var(--legend-lines) * "
                  "1.7rem)); }") != std::string::npos);
  CHECK(html.find("#web > svg { width: calc(var(--web-units) * 0.21mm);") != std::string::npos);
  CHECK(web.find("<figcaption><ul class=\"web-legend\">\n<li><svg class=\"swatch\"") != std::string::npos);
  CHECK(web.find("</svg>previous: organisation, 2026-Q3</li>") != std::string::npos);
  CHECK(web.find("</svg>co-production peer network, 2026-Q4</li>") != std::string::npos);
  // Two columns of changes fit beside the web, each beside its score.
  CHECK(
      html.find("<table class=\"small\">\n<caption class=\"visually-hidden\">Section scores by perspective</caption>\n"
                "<thead><tr><th scope=\"col\">Section</th>") != std::string::npos);
}

TEST_CASE("render_report_markdown: the largest differences and row headings") {
  const std::string markdown = render::render_report_markdown(example_report({}, both_contact_rows_differ).report);
  const std::string summary =
      part_of(markdown, "### The largest differences to talk about, largest first", "### Action plan");
  CHECK(summary.find("\n- **2. Contact and connect, row 2.3**: Early indicator: CCG, local authority") !=
        std::string::npos);
  CHECK(occurrences(summary, "\n- **") == 4);  // bulleted: each section label has its own number
  CHECK(summary.find("\nAnd 3 more rows differ by 1.5 or more, each by less than the rows above: see [Part 5: Where "
                     "the perspectives differ](#part-5-where-the-perspectives-differ).\n") != std::string::npos);
  // Headed by the start of the wording in the sections after the summary, which give it whole under the heading.
  const std::string after = markdown.substr(markdown.find("\n## Part 5: Where the perspectives differ"));
  CHECK(occurrences(after, "co-producing\u2026 (warning sign: The 'wrong' people are involved") == 2);
  CHECK(occurrences(after, "co-producing\u2026 (warning sign: Groups of people are excluded") == 2);
  // In the summary, whole sentences.
  CHECK(summary.find("co-producing IPC. (warning sign: The 'wrong' people are involved, e.g. people who are unlikely "
                     "to benefit directly from IPC.)") != std::string::npos);
}

TEST_CASE("render_report_html and render_report_markdown: a row with only one sign says what its scores mean") {
  const std::string warning_note =
      "This row has only a warning sign: 5 means it is not seen here at all, 0 that it is seen a lot.";
  const std::string indicator_note =
      "This row has only an early indicator: 5 means it is fully true here, 0 that there is no sign of it yet.";
  auto made = example_report();
  SUBCASE("HTML: under the row's sign, above its scores, in the rows section and where the perspectives differ") {
    const std::string html = render::render_report_html(made.report);
    const std::string rows = part_of(html, "<section id=\"rows\">", "</section>");
    CHECK(rows.find("<span class=\"row-id\">Row F.3</span></h4>\n<p class=\"warning\"><strong>"
                    "Warning sign:</strong> People are not pulling in the same direction.</p>\n<p class=\"one-sign\">" +
                    warning_note + "</p>\n<table") != std::string::npos);
    CHECK(rows.find("<p class=\"one-sign\">" + indicator_note + "</p>\n<table") != std::string::npos);
    CHECK(occurrences(rows, "class=\"one-sign\"") == 2);  // the guide's two rows with one sign, no other
    made.report.comparison = analysis::compare(made.report.inputs, 0.5);  // 3 and 3.5: now a difference to discuss
    const std::string prompts =
        part_of(render::render_report_html(made.report), "<section id=\"conversation\">", "</section>");
    CHECK(prompts.find("<p class=\"one-sign\">" + warning_note + "</p>") != std::string::npos);
  }
  SUBCASE("Markdown: a line of its own under the sign") {
    const std::string markdown = render::render_report_markdown(made.report);
    CHECK(markdown.find("*Warning sign:* People are not pulling in the same direction.\n\n**" + warning_note +
                        "**\n\n| Perspective | Score | Evidence |") != std::string::npos);
    CHECK(occurrences(markdown, "**" + indicator_note + "**") == 1);
  }
  SUBCASE("a pack without scores has no scores to read the wrong way round") {
    made.report.without_scores = true;
    CHECK(render::render_report_html(made.report).find("This row has only") == std::string::npos);
    CHECK(render::render_report_markdown(made.report).find("This row has only") == std::string::npos);
  }
}

TEST_CASE("render_report_html and render_report_markdown: the plan and its reflections") {
  const auto made = example_report();
  SUBCASE("HTML: the plan says which review it came from, and its reflections have a heading of their own") {
    const std::string html = render::render_report_html(made.report);
    CHECK(html.find("<h3>Action plan made after the 2026-Q3 review</h3>\n<p>3 actions ") != std::string::npos);
    const std::string plan = part_of(html, "<section id=\"plan\">", "</section>");
    CHECK(plan.rfind("<section id=\"plan\">\n<h2>Part 8: Action plan made after the 2026-Q3 review</h2>\n", 0) == 0);
    // Each line a point of a list, under the name of the view it is of.
    CHECK(plan.find("</table>\n</div>\n<h3>Reflections recorded with the action plan (after the 2026-Q3 "
                    "review)</h3>\n<dl class=\"reflections\">\n<div><dt>What was surprising</dt><dd>"
                    "<p class=\"reflection-view\">Organisation</p><ul class=\"reflection-points\"><li>People felt "
                    "more strongly about how personal health budgets are explained than about money.</li><li>") !=
          std::string::npos);
  }
  SUBCASE("Markdown: the same headings, and the reflections as lists, each view's points under its name") {
    const std::string markdown = render::render_report_markdown(made.report);
    CHECK(markdown.find("\n### Action plan made after the 2026-Q3 review\n\n3 actions ") != std::string::npos);
    const std::string plan =
        part_of(markdown, "\n## Part 8: Action plan made after the 2026-Q3 review\n", "\n## Part 9: Words");
    CHECK(plan.find("| 2027-02-28 | open | 3.0 \u2014 not yet: organisation\u00a02.7, peer network\u00a02.8 "
                    "|\n\n### Reflections recorded with the "
                    "action plan "
                    "(after the 2026-Q3 "
                    "review)\n\n- **What was surprising**:\n  - Organisation:\n    - People felt more strongly") !=
          std::string::npos);
    // Each perspective's heading line in words, not its id.
    CHECK(plan.find("\n  - Co-production peer network:\n    - How much we have in common") != std::string::npos);
    CHECK(plan.find("peer-network:") == std::string::npos);
    CHECK(plan.find("coprod plan --review") == std::string::npos);
    CHECK(plan.find("\nScore hoped for: the section score the plan hopes the action's sections will reach") !=
          std::string::npos);
  }
  SUBCASE("a plan without reflections has no heading for them") {
    auto plan = *made.plan;
    plan.reflections = {};
    auto report = made.report;
    report.plan = &plan;
    CHECK(render::render_report_html(report).find("Reflections recorded with") == std::string::npos);
    CHECK(render::render_report_markdown(report).find("Reflections recorded with") == std::string::npos);
  }
}

TEST_CASE("render_report_html: page 1 lists the plan's actions that fit beside the largest differences") {
  const auto listed_on_page_1 = [](const std::string& title, double threshold = 1.5) {
    auto made = example_report();
    made.report.comparison = analysis::compare(made.report.inputs, threshold);
    auto plan = *made.plan;
    plan.actions[0].status = model::ActionStatus::open;  // three actions to finish
    auto report = made.report;
    report.plan = &plan;
    report.title = title;
    return part_of(render::render_report_html(report), "<section id=\"summary-plan\">", "</section>");
  };
  // Beside a list of differences that has room in its column (here none differs by 2.5), all three.
  const std::string beside = listed_on_page_1("Co-production reflection: Northbridge, 2026-Q4", 2.5);
  CHECK(occurrences(beside, "<li>") == 3);
  CHECK(beside.find("more: see") == std::string::npos);
  // Under the largest differences, each with its actions, which list more rows across the page than in a column:
  // with a title of two lines, all three in the room left under the two rows that differ most; with a title of
  // four lines, the plan's list gives way to the rows, and says how many more. (With a title of one line, the
  // five rows that differ by 1.5 or more are listed, and the plan's list gives way to them.)
  const auto titled = [](int words) {
    std::string title = "Co-production reflection:";
    for (int i = 0; i < words; ++i) title += " Northbridge";
    return title;
  };
  const std::string room = listed_on_page_1(titled(4));
  CHECK(occurrences(room, "<li>") == 3);
  CHECK(room.find("more: see") == std::string::npos);
  const std::string less_room = listed_on_page_1(titled(16));
  CHECK(occurrences(less_room, "<li>") == 1);
  CHECK(less_room.find("And 2 more: see") != std::string::npos);
  {
    // The two rows that differ most (by 2.0 each, so both or neither), each with its action: in a column they
    // did not fit, and page 1 listed neither.
    const std::string summary = part_of(render::render_report_html(example_report().report),
                                        "<div class=\"summary-more\">", "</section>\n</div>\n</div>");
    CHECK(summary.find("<div class=\"summary-lists-stacked\">") != std::string::npos);
    const std::string differences = part_of(summary, "<section id=\"summary-differences\">", "</section>");
    CHECK(differences.find("row 1.4</strong>") != std::string::npos);
    CHECK(differences.find("row 2.3</strong>") != std::string::npos);
    CHECK(occurrences(differences, "<span class=\"row-actions\">Action on this row: ") == 2);
  }
  {
    // A long title (22 words): the two rows still listed, each action by its status alone (its words are in the
    // action plan), rather than neither row.
    auto made = example_report();
    made.report.title = titled(22);
    const std::string differences =
        part_of(render::render_report_html(made.report), "<section id=\"summary-differences\">", "</section>");
    CHECK(differences.find("row 1.4</strong>") != std::string::npos);
    // Each by its number in the action plan, which numbers it so, linked, rather than by a status alone.
    CHECK(differences.find("<span class=\"row-actions\">Action on this row: action <a href=\"#action-1\">1</a> in Part "
                           "8 (done; score hoped for not reached yet).</span>") != std::string::npos);
    CHECK(differences.find("action <a href=\"#action-2\">2</a> in Part 8 (in progress)") != std::string::npos);
    CHECK(part_of(render::render_report_html(made.report), "<h2>Part 8: ", "</table>")
              .find("id=\"action-1\"><th scope=\"row\" role=\"rowheader\"><span class=\"action-number\">Action "
                    "1</span> Invite the director") != std::string::npos);
  }
  // A title of about 7 lines takes the room of the actions: they are counted, and where they are is named.
  const std::string short_of_room = listed_on_page_1(titled(52));
  CHECK(occurrences(short_of_room, "<li>") < 2);
  // By the plan's part as printed, not page 1's own heading of the same words.
  CHECK(short_of_room.find("see “<a href=\"#plan\">Part 8: Action plan made after the 2026-Q3 review</a>”") !=
        std::string::npos);
  // A title of about 9 lines leaves no room for the lists even at their least: one line says where they are, by
  // the parts as printed, rather than their headings run on to a page 2 of their own; with one of 16 lines, not
  // even that line has room, and page 1 says nothing of them (the parts' own headings say where they start).
  auto made = example_report();
  made.report.title = titled(64);
  const std::string html = render::render_report_html(made.report);
  const std::string more = html.substr(html.find("<div class=\"summary-more\">"));
  CHECK(part_of(more, "<div", "</section>").find("<h3>") == std::string::npos);
  CHECK(more.find("<p>The largest differences to talk about are in “<a href=\"#conversation\">Part 5: Where the "
                  "perspectives differ</a>”, and the action plan's status in “<a href=\"#plan\">Part 8: Action "
                  "plan made after the 2026-Q3 review</a>”.</p>") != std::string::npos);
  made.report.title = titled(120);
  const std::string none = render::render_report_html(made.report);
  const std::string page_one = part_of(none, "<div class=\"summary-more\">", "<nav");
  CHECK(page_one.find("<h3>") == std::string::npos);
  CHECK(page_one.find("The largest differences to talk about") == std::string::npos);
}

TEST_CASE("render_report_html and render_report_markdown: where the perspectives differ, each row's actions") {
  const auto made = example_report();
  const std::string html = render::render_report_html(made.report);
  const auto row_in_part_5 = [&](const std::string& reference) {
    return part_of(part_of(html, "<section id=\"conversation\">", "</section>"),
                   "<div class=\"prompt\" id=\"difference-" + reference + "\">", "</div>");
  };
  // In page 1's words, under the row's heading, linked to the action plan.
  CHECK(row_in_part_5("commitment.leaders")
            .find("</h3>\n<p class=\"row-actions\">Action on this row: <a href=\"#action-1\">Invite the director of "
                  "personalised care to a network meeting each quarter</a> (done; score hoped for not reached "
                  "yet).</p>\n") != std::string::npos);
  CHECK(row_in_part_5("contact.partners-invite")
            .find("<p class=\"row-actions\">Action on this row: <a href=\"#action-2\">Ask GP practices") !=
        std::string::npos);
  // An action given under an earlier row of the part is pointed to there.
  CHECK(row_in_part_5("commitment.senior-leaders")
            .find("<p class=\"row-actions\">Action on this row: the one under row 1.4 (done; score hoped for not "
                  "reached yet).</p>") != std::string::npos);
  // No action names row 4.3 or its section: nothing said, rather than "No action ..." under row after row.
  CHECK(row_in_part_5("knowledge.confidence").find("row-actions") == std::string::npos);
  const std::string markdown = render::render_report_markdown(made.report);
  const std::string part_5 = part_of(markdown, "\n## Part 5: Where the perspectives differ", "\n## Part 6");
  CHECK(part_5.find("\nRow 1.4, the peer network 2.0 lower than the organisation\n\nAction on this row: Invite the "
                    "director of personalised care to a network meeting each quarter (done; score hoped for not "
                    "reached yet).\n\n") != std::string::npos);
  CHECK(occurrences(part_5, "Action on this row: ") == 3);
  CHECK(part_5.find(render::no_row_action_words(render::RowWords{})) == std::string::npos);
}

TEST_CASE("unfinished_actions") {
  const auto made = example_report();
  auto plan = *made.plan;  // done, in progress, open
  plan.actions[0].status = model::ActionStatus::open;
  plan.actions[1].status = model::ActionStatus::dropped;
  plan.actions[2].what.clear();
  auto report = made.report;
  report.plan = &plan;
  const auto listed = render::unfinished_actions(report);
  REQUIRE(listed.size() == 2);  // neither done nor dropped, in the plan's order
  CHECK(listed[0].index == 0);
  CHECK(listed[0].what == "Invite the director of personalised care to a network meeting each quarter");
  CHECK(listed[0].due == "2026-11-30");
  CHECK(listed[0].status == "open");
  CHECK(listed[1].index == 2);
  CHECK(listed[1].what == "5. Co-produce IPC: action to be agreed");  // named by its sections
  CHECK(listed[1].status == "draft");
  CHECK_FALSE(listed[0].status_checked);  // without a date, as the plan writes it
}

TEST_CASE("render_report_html and render_report_markdown: the files a report is made from") {
  auto made = example_report();
  const std::string sources =
      "from 2026-Q4-organisation.coprod.yaml, 2026-Q4-peer-network.coprod.yaml, 2026-Q3-action-plan.yaml; for the "
      "earlier period (2026-Q3), 2026-Q3-organisation.coprod.yaml.";
  SUBCASE("the --previous files are listed too, as the earlier period") {
    CHECK(render::render_report_html(made.report).find("<footer>Made with coprod 0.1.0 " + sources + "</footer>") !=
          std::string::npos);
    CHECK(render::render_report_markdown(made.report).find("\n---\n\nMade with coprod 0.1.0 " + sources + "\n") !=
          std::string::npos);
  }
  SUBCASE("earlier periods are named in turn") {
    made.report.previous.push_back(scored_example("2026-Q3-peer-network.coprod.yaml", [](std::string& text) {
      replace_first(text, "period: 2026-Q3", "period: 2026-Q2");
    }));
    CHECK(render::render_report_html(made.report)
              .find("; for the earlier periods (2026-Q3, 2026-Q2), 2026-Q3-organisation.coprod.yaml, "
                    "2026-Q3-peer-network.coprod.yaml.</footer>") != std::string::npos);
  }
  SUBCASE("without --previous, only the inputs and the plan") {
    made.report.previous.clear();
    CHECK(render::render_report_html(made.report)
              .find("from 2026-Q4-organisation.coprod.yaml, 2026-Q4-peer-network.coprod.yaml, "
                    "2026-Q3-action-plan.yaml.</footer>") != std::string::npos);
  }
}

TEST_CASE("render_report_html: printing") {
  SUBCASE("every table's header row is in a thead, which a browser prints again on each page") {
    const auto made = example_report();
    const std::string html = render::render_report_html(made.report);
    const std::size_t tables = occurrences(html, "<table");
    CHECK(tables > 10);
    CHECK(occurrences(
              html,
              "<table class=\"actions\" role=\"table\">\n<caption class=\"visually-hidden\">Actions</caption>\n"
              "<thead role=\"rowgroup\"><tr role=\"row\"><th scope=\"col\" role=\"columnheader\">Action</th>") == 1);
    // (the tables a phone shows as blocks give their parts' roles: report_html.cpp)
    CHECK(occurrences(html, "<thead><tr>") + occurrences(html, "<thead role=\"rowgroup\"><tr role=\"row\">") == tables);
    CHECK(occurrences(html, "</tr></thead>\n<tbody>\n") +
              occurrences(html, "</tr></thead>\n<tbody role=\"rowgroup\">\n") ==
          tables);
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
    const auto row = html.find("<span class=\"row-id\">Row 1.1</span>");
    REQUIRE(row != std::string::npos);
    CHECK(html.rfind("<div class=\"prompt long\" id=\"row-commitment.strategy\">", row) ==
          html.rfind("<div class=\"prompt", row));
    const auto table = html.find(
        "<table class=\"evidence-table small long\" role=\"table\">\n<caption class=\"visually-hidden\">Row 1.1: "
        "evidence by perspective</caption>\n<thead",
        row);
    CHECK(table != std::string::npos);
    CHECK(html.find("<tr class=\"long\" role=\"row\"><th scope=\"row\" role=\"rowheader\">Organisation, 2026-Q4</th>",
                    table) < html.find("Sentence about", table));
    CHECK(occurrences(html, "<tr class=\"long\"") == 1);
    CHECK(occurrences(html, "<div class=\"prompt long\" id=\"row-") == 1);
    CHECK(occurrences(html, "<div class=\"prompt\" id=\"row-") > 20);
  }
  SUBCASE("the print style lets a block marked long break, and keeps headings and header rows with what follows") {
    const std::string html = render::render_report_html(example_report().report);
    CHECK(html.find(".prompt.long, table.long, tr.long, dl div.long { break-inside: auto; }") != std::string::npos);
    CHECK(html.find("h1, h2, h3, h4, .completion, .indicator, .warning, .one-sign, #plan > p:not(:last-child), thead "
                    "{ break-after: avoid; }") != std::string::npos);
    // A part's last paragraph is not kept with the next part: the chain from it through the next part's heading
    // broke inside that part's first item instead ("Part 9: Words and abbreviations" and "NHS" at a page's foot).
    CHECK(html.find(":is(h2, h3, h4) + p:not(:last-child), p:has(+ :is(ul, ol, dl)) { break-after: avoid; }") !=
          std::string::npos);
  }
}

TEST_CASE(
    "render_report_html and render_report_markdown: each row's evidence says whether its signs are seen locally") {
  // The organisation answers "I see this early indicator" for row 1.1 (strategy); the network does not.
  // Both see the warning sign of row 2.2 (excluded groups).
  const auto made = example_report();
  const std::string html = render::render_report_html(made.report);
  const std::string strategy = part_of(html, "<div class=\"prompt\" id=\"row-commitment.strategy\">", "</div>");
  CHECK(strategy.find("<span class=\"seen\">Seen locally? Early indicator: yes.</span><span class=\"evidence\">The "
                      "strategy was signed off") != std::string::npos);
  CHECK(strategy.find("<span class=\"seen\">Seen locally? Early indicator: not answered.</span>") != std::string::npos);
  const std::string excluded = part_of(html, "id=\"row-contact.excluded-groups\">", "</div>");
  CHECK(occurrences(excluded, "<span class=\"seen\">Seen locally? Warning sign: yes.</span>") == 2);
  // A row neither answers says nothing of it.
  const std::string resources = part_of(html, "id=\"row-commitment.resources\">", "</div>");
  CHECK(resources.find("Seen locally") == std::string::npos);

  const std::string markdown = render::render_report_markdown(made.report);
  const auto every_row = markdown.find(": Every row and its evidence\n");
  REQUIRE(every_row != std::string::npos);
  const std::string rows = markdown.substr(every_row);
  CHECK(rows.find("| Organisation, 2026-Q4 | 3.5 | *Seen locally? Early indicator: yes.*<br>The strategy was "
                  "signed off") != std::string::npos);
  CHECK(rows.find("| Co-production peer network, 2026-Q4 | 2.5 | *Seen locally? Early indicator: not "
                  "answered.*<br>") != std::string::npos);
}

TEST_CASE("render_report_html and render_report_markdown: row headings after the summary say which sign they are") {
  const auto made = example_report();
  const std::string html = render::render_report_html(made.report);
  CHECK(html.find("<h4>Early indicator: Strategy has been co-developed with people with lived experience.<span "
                  "class=\"row-id\">Row 1.1</span></h4>") != std::string::npos);
  CHECK(html.find("<h3>1. Commitment and leadership: Early indicator: There are identified leaders") !=
        std::string::npos);
  const std::string markdown = render::render_report_markdown(made.report);
  CHECK(markdown.find("\n#### Early indicator: Strategy has been co-developed with people with lived experience.\n") !=
        std::string::npos);
  // A row with only a warning sign is headed by it as a warning sign, not as if it were a finding.
  const auto& framework = *made.report.inputs.front()->framework;
  for (const auto& section : framework.sections) {
    for (const auto& row : section.rows) {
      if (row.indicator || !row.warning) continue;
      const std::string heading = render::signed_row_heading(framework, row);
      CHECK(heading.starts_with("Warning sign: "));
      CHECK(html.find("<h4>" + util::xml_text(heading)) != std::string::npos);
    }
  }
}

TEST_CASE("render_report_html and render_report_markdown: the months of each quarter, where the title names it") {
  const auto made = example_report();
  const std::string html = render::render_report_html(made.report);
  CHECK(html.find("<p class=\"subtitle abbreviations\">2026-Q4: October to December 2026; 2026-Q3: July to September "
                  "2026</p>\n") != std::string::npos);
  CHECK(html.find("2026-Q4: October to December 2026") < html.find("<section id=\"summary\""));
  const std::string markdown = render::render_report_markdown(made.report);
  CHECK(markdown.find("\n\n2026-Q4: October to December 2026; 2026-Q3: July to September 2026\n") <
        markdown.find("## Summary"));
}

TEST_CASE("render_report_html: page 1 never cuts its largest differences inside a tie") {
  // Beside the plan, page 1 has room for three of the examples' five rows: -2.0, -2.0, then three that differ by
  // 1.5. Listing one of the three would hide two that differ as much.
  const auto made = example_report();
  const auto& comparison = *made.report.comparison;
  const std::string summary = part_of(render::render_report_html(made.report),
                                      "<h3>The largest differences to talk about, largest first</h3>", "</section>");
  const std::size_t listed = occurrences(summary, "<li>");
  REQUIRE(listed < comparison.row_prompts.size());
  const auto difference = [&](std::size_t p) { return *comparison.rows[comparison.row_prompts[p]].spread(); };
  if (listed > 0) CHECK(difference(listed - 1) > difference(listed) + 0.05);
  CHECK(listed == 2);
  CHECK(summary.find("<p>And 3 more rows differ by 1.5 or more, each by less than the rows above: see") !=
        std::string::npos);
  SUBCASE(
      "in any room, a tie is listed whole or not at all, and the line under it never says the rest differ "
      "less when they do not") {
    // -2.0, -2.0, then three that differ by 1.5: one row alone, or three or four, would split a tie.
    std::set<std::size_t> counts;
    for (double room = 0; room <= 1000; room += 2) {
      render::Abbreviations abbreviations(comparison.framework->glossary);
      const auto list = render::summary_differences_html(made.report, abbreviations, 332.6, room, false);
      CAPTURE(room);
      CHECK((list.shown == 0 || list.shown == 2 || list.shown == 5));
      if (list.shown > 0) CHECK(list.height <= room);
      if (list.shown == 0) CHECK(list.html.find("the 2 that differ most, by 2.0 each") != std::string::npos);
      if (list.shown == 2) CHECK(list.html.find("each by less than the rows above") != std::string::npos);
      counts.insert(list.shown);
    }
    CHECK(counts == std::set<std::size_t>{0, 2, 5});
  }
  SUBCASE("the line under one row listed says 'the row above'") {
    CHECK(render::more_prompts_text(comparison, 1) ==
          "And 4 more rows differ by 1.5 or more, each by less than the row above");
    CHECK(render::more_prompts_text(comparison, 2) ==
          "And 3 more rows differ by 1.5 or more, each by less than the rows above");
  }
  SUBCASE("prompts_outside_tie") {
    CHECK(render::prompts_outside_tie(comparison, 0) == 0);
    CHECK(render::prompts_outside_tie(comparison, 1) == 0);  // the first two tie at 2.0
    CHECK(render::prompts_outside_tie(comparison, 2) == 2);
    CHECK(render::prompts_outside_tie(comparison, 3) == 2);
    CHECK(render::prompts_outside_tie(comparison, 4) == 2);
    CHECK(render::prompts_outside_tie(comparison, 5) == 5);
    CHECK(render::prompts_outside_tie(comparison, 9) == 5);
  }
}

TEST_CASE("render_report_html: page 1 says when a done action has not reached the score it hoped for") {
  // The examples' done action hopes for 3.0 in section 1; the network's 2.5 falls short.
  const auto made = example_report();
  const std::string html = render::render_report_html(made.report);
  const std::string plan = part_of(html, "<section id=\"summary-plan\">", "</section>");
  CHECK(plan.find("3 actions (the pack has no date, so none is marked overdue): 1 done (its score hoped for not "
                  "reached yet), 1 in progress, 1 open.") != std::string::npos);
  // The plan's own section names the column as the column does.
  CHECK(html.find("<p>Score hoped for: the section score the plan hopes") != std::string::npos);
  CHECK(html.find("Target:") == std::string::npos);
  SUBCASE("reached, it says nothing more") {
    const auto reached = example_report({}, [](std::string& network) { every_score_is(network, "4"); });
    const std::string summary =
        part_of(render::render_report_html(reached.report), "<section id=\"summary-plan\">", "</section>");
    CHECK(summary.find("1 done, 1 in progress, 1 open.") != std::string::npos);
  }
}

TEST_CASE("render_report_html: each action heads its row for a screen reader") {
  const std::string html = render::render_report_html(example_report().report);
  const std::string actions = part_of(html, "<table class=\"actions\"", "</table>");
  for (const std::string place : {"1", "2", "3"})
    CHECK(occurrences(actions, "<tr role=\"row\" id=\"action-" + place + "\"><th scope=\"row\" role=\"rowheader\">") ==
          1);
  CHECK(actions.find("<td role=\"cell\">Invite the director") == std::string::npos);
}

TEST_CASE("render_report_html and render_report_markdown: the action plan gives each action's rows by number") {
  const auto made = example_report();
  // The plan names them commitment.senior-leaders, .strategy and .leaders: in the framework's order.
  const std::string html = render::render_report_html(made.report);
  const std::string actions = part_of(html, "<table class=\"actions\"", "</table>");
  CHECK(actions.find(">Rows</th>") != std::string::npos);
  CHECK(actions.find("1. Commitment and leadership</td><td role=\"cell\" data-label=\"Rows\">1.1, 1.4, 1.5</td>") !=
        std::string::npos);
  const std::string markdown = render::render_report_markdown(made.report);
  CHECK(markdown.find("| Action | Sections | Rows | Owner |") != std::string::npos);
  CHECK(markdown.find(" | 1. Commitment and leadership | 1.1, 1.4, 1.5 | IPC programme lead | ") != std::string::npos);
}

TEST_CASE("render_report_html: where a framework of 15 sections fills page 1, one line says where the lists are") {
  // "Making co-production work": 15 sections, each its one row. With two perspectives its web and section scores
  // fill page 1, and the largest differences' heading, with the line saying where they are, was printed on a
  // page 2 of its own.
  const auto framework = test::builtin_catalog().find("making-coproduction-work", 1);
  REQUIRE(framework);
  REQUIRE(framework->sections.size() == 15);
  const auto scored_as = [&](model::Perspective perspective, int first_halves) {
    model::Assessment assessment;
    assessment.framework_id = framework->id;
    assessment.area = "Northbridge";
    assessment.perspective = perspective;
    assessment.period = *model::Period::parse("2026-Q4");
    for (std::size_t s = 0; s < framework->sections.size(); ++s) {
      model::SectionResponse section;
      section.section_id = framework->sections[s].id;
      model::RowResponse row;
      row.row_id = framework->sections[s].rows.front().id;
      row.score = model::Score::from_halves(static_cast<int>((first_halves + 2 * s) % 12));
      row.evidence = "We discussed this at the meeting on 3 November and agreed the score.";
      section.rows.push_back(row);
      assessment.sections.push_back(section);
    }
    return test::scored(framework, std::move(assessment));
  };
  render::Report report;
  report.title = "Co-production reflection: Northbridge, 2026-Q4";
  report.inputs = {scored_as(model::Perspective::organisation, 6), scored_as(model::Perspective::peer_network, 0)};
  report.comparison = analysis::compare(report.inputs, 1.5);
  report.generator = "coprod 0.1.0";
  REQUIRE(!report.comparison->row_prompts.empty());
  const std::string html = render::render_report_html(report);
  const std::string more = part_of(html, "<div class=\"summary-more\">", "</div>");
  CHECK(more.find("<h3>") == std::string::npos);
  CHECK(more.find("<p>The largest differences to talk about are in “<a href=\"#conversation\">Part 3: Where the "
                  "perspectives differ</a>”.</p>") != std::string::npos);
  SUBCASE("with room for the lists at their least, they are listed as before") {
    render::Abbreviations abbreviations(framework->glossary);
    const double least = render::summary_lists_least_height(report, abbreviations, false);
    CHECK(render::summary_lists_html(report, abbreviations, least).find("<h3>") != std::string::npos);
    render::Abbreviations again(framework->glossary);
    CHECK(render::summary_lists_html(report, again, least - 1).find("<h3>") == std::string::npos);
    render::Abbreviations none(framework->glossary);
    CHECK(render::summary_lists_html(report, none, 5).empty());  // not even the line fits
  }
}
