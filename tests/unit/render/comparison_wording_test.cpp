// What compare's HTML sheet and Markdown say in words, as its text report
// says it: for one perspective over periods, what moved; for perspectives,
// rows named as on the printed sheet and differences in words.

#include <doctest/doctest.h>

#include "ipc_assessments.hpp"
#include "render/comparison.hpp"
#include "test_support.hpp"

using namespace coprod;
using test::contains;

namespace {

using model::Perspective;
using test::ipc;

using RowScore = test::CommitmentRow;  // in commitment

model::Assessment assessment(Perspective perspective, const std::vector<RowScore>& rows, const std::string& period,
                             const std::string& area = "Northbridge") {
  return test::commitment_assessment(perspective, rows, period, area);
}

model::Score halves(int value) { return model::Score::from_halves(value); }

// The peer network in 2026-Q3 and 2026-Q4: row 1.1 up 0.5 with new evidence, row 1.3 newly scored, 1.2 the same.
analysis::Comparison two_quarters() {
  return analysis::compare(
      {test::scored(ipc(),
                    assessment(Perspective::peer_network,
                               {{"strategy", halves(4), "A draft."}, {"motivation", halves(6), "Keen."}}, "2026-Q3")),
       test::scored(ipc(), assessment(Perspective::peer_network,
                                      {{"strategy", halves(5), "Agreed by the board."},
                                       {"motivation", halves(6), "Keen."},
                                       {"resources", halves(4), "A budget line."}},
                                      "2026-Q4"))},
      1.5);
}

analysis::Comparison two_perspectives(const std::string& area = "Northbridge", const std::string& evidence = "Met.") {
  return analysis::compare(
      {test::scored(ipc(), assessment(Perspective::organisation, {{"leaders", halves(8), "Named leads from the CCG."}},
                                      "2026-Q4", area)),
       test::scored(ipc(), assessment(Perspective::peer_network, {{"leaders", halves(4), evidence}}, "2026-Q4", area))},
      1.5);
}

}  // namespace

TEST_CASE("movement_in_words") {
  const auto comparison = two_quarters();
  std::vector<std::string> said;
  for (const auto& movement : comparison.row_movements) {
    if (!render::movement_words(movement).empty()) said.push_back(render::movement_in_words(comparison, movement));
  }
  CHECK(said == std::vector<std::string>{"2026-Q3 2, 2026-Q4 2.5: up 0.5, evidence updated",
                                         "2026-Q3 not scored yet, 2026-Q4 2: newly scored, newly evidenced"});
}

TEST_CASE("what moved says a row marked n/a in words, in the HTML sheet and the Markdown") {
  const auto comparison = analysis::compare(
      {test::scored(
           ipc(), assessment(Perspective::peer_network, {{"strategy", model::Score::not_applicable(), ""}}, "2026-Q3")),
       test::scored(ipc(), assessment(Perspective::peer_network, {{"strategy", halves(4), ""}}, "2026-Q4"))},
      1.5);
  const auto& movement = comparison.row_movements.at(0);
  CHECK(render::movement_in_words(comparison, movement) == "2026-Q3 not applicable, 2026-Q4 2: newly scored");
  const std::string markdown = render::render_comparison_markdown(comparison);
  CHECK(contains(markdown, "- **Row 1.1** (1. Commitment and leadership): 2026-Q3 not applicable, 2026-Q4 2"));
  CHECK(contains(markdown, "| 1.1 | not applicable | 2 |"));
  CHECK_FALSE(contains(markdown, "n/a"));
  CHECK_FALSE(contains(render::render_comparison_html(comparison), "n/a"));
}

TEST_CASE("a section whose rows are all marked n/a reads not applicable in the Markdown and the text's prompts") {
  std::vector<RowScore> not_applicable;
  for (const char* id : {"strategy", "motivation", "resources", "leaders", "senior-leaders"})
    not_applicable.push_back({id, model::Score::not_applicable(), ""});
  const auto comparison = analysis::compare(
      {test::scored(ipc(), assessment(Perspective::organisation, not_applicable, "2026-Q4")),
       test::scored(ipc(), assessment(Perspective::peer_network, {{"strategy", halves(4), ""}}, "2026-Q4")),
       test::scored(ipc(), assessment(Perspective::individual, {{"strategy", halves(8), ""}}, "2026-Q4"))},
      1.5);
  const std::string markdown = render::render_comparison_markdown(comparison);
  CHECK(contains(markdown, "| 1. Commitment and leadership | not applicable | 2.0\\* | 4.0\\* |"));
  CHECK(contains(markdown, "- **Organisation** not applicable: "));
  CHECK_FALSE(contains(markdown, "n/a"));
  // The prompts, above the text's tables (whose narrow columns key their marks).
  const std::string text = render::render_comparison_text(comparison, {});
  const std::string prompts = text.substr(0, text.find("\nSection"));
  CHECK(contains(prompts, "organisation not applicable"));
  CHECK_FALSE(contains(prompts, "n/a"));
}

TEST_CASE("comparison_title") {
  CHECK(render::comparison_title(two_quarters()) ==
        "Comparing periods: Northbridge, co-production peer network, 2026-Q3 to 2026-Q4");
  CHECK(render::comparison_title(two_perspectives()) == "Comparing perspectives: Northbridge, 2026-Q4");
}

TEST_CASE("comparison_abbreviations") {
  // The framework's glossary, then GP, which the evidence uses and the glossary leaves out.
  const std::string line = render::comparison_abbreviations(two_perspectives("Northbridge", "Our GP."));
  CHECK(contains(line,
                 "Words and abbreviations: IPC (Integrated Personal Commissioning); CCG (clinical "
                 "commissioning group); VCSE (voluntary, community and social enterprise)"));
  CHECK(contains(line, "GP (general practitioner)."));
}

TEST_CASE("render_comparison_html of one perspective over periods is about what moved") {
  const std::string page = render::render_comparison_html(two_quarters());
  CHECK(contains(page, "<h1>What moved: Northbridge, co-production peer network, 2026-Q3 to 2026-Q4</h1>"));
  CHECK(contains(page, "<h2 id=\"moved\">What moved</h2>\n<p>2 rows of 24 changed from 2026-Q3 to 2026-Q4"));
  CHECK(contains(page, "</strong>\n<span class=\"move\">2026-Q3 2, 2026-Q4 2.5: up 0.5, evidence updated"));
  CHECK(contains(page,
                 "<li><span class=\"ref\">Row 1.1:</span> <strong>1. Commitment and leadership: "));  // number first
  CHECK(contains(page, "No section or row moved by 1.5 or more since 2026-Q3"));
  CHECK(contains(page, "Notes: why the scores moved, what you agree"));
  // Not the words of a comparison of perspectives.
  CHECK_FALSE(contains(page, "None: every row's scores are within"));
  CHECK_FALSE(contains(page, "why they differ"));
  CHECK_FALSE(contains(page, "Differences to discuss"));
}

TEST_CASE("render_comparison_html of perspectives keeps its words and has no list of what moved") {
  const std::string page = render::render_comparison_html(two_perspectives());
  CHECK(contains(page, "<h1>Differences to discuss: Northbridge, 2026-Q4</h1>"));
  CHECK(contains(page, "talk about why they differ"));
  CHECK(contains(page, "Notes: why the scores differ, what you agree"));
  CHECK_FALSE(contains(page, "What moved"));
}

TEST_CASE("render_comparison_markdown of one perspective over periods lists what moved, as the text does") {
  const std::string markdown = render::render_comparison_markdown(two_quarters());
  CHECK(contains(markdown, "# Comparing periods: Northbridge, co-production peer network, 2026-Q3 to 2026-Q4\n"));
  CHECK(contains(markdown,
                 "## Largest movements: rows and sections that moved by 1.5 or more\n\n"
                 "None: no section or row moved by 1.5 or more since 2026-Q3.\n"));
  CHECK(contains(markdown,
                 "## What moved\n\n"
                 "- **Row 1.1** (1. Commitment and leadership): 2026-Q3 2, 2026-Q4 2.5: up 0.5, evidence "
                 "updated\n"
                 "- **Row 1.3** (1. Commitment and leadership): 2026-Q3 not scored yet, 2026-Q4 2: newly "
                 "scored, newly evidenced\n"));
  CHECK_FALSE(contains(markdown, "`commitment."));
}

TEST_CASE("render_comparison_markdown names rows and differences as the printed sheet does") {
  const std::string markdown = render::render_comparison_markdown(two_perspectives());
  CHECK(contains(markdown, "# Comparing perspectives: Northbridge, 2026-Q4\n"));
  CHECK(contains(markdown,
                 "### 1. Commitment and leadership, Row 1.4: the peer network 2.0 lower than the "
                 "organisation\n"));
  CHECK(contains(markdown, "| 1.4 | 4 | 2 | -2.0 |"));
  CHECK(contains(markdown, "CCG (clinical commissioning group)"));
  CHECK_FALSE(contains(markdown, "`commitment.leaders`"));
  CHECK_FALSE(contains(markdown, "Co-production reflection tool: comparison"));
}

TEST_CASE("render_comparison_markdown still escapes user text in its new places") {
  const std::string markdown = render::render_comparison_markdown(two_perspectives("North*bridge_", "**Loud** <b>"));
  CHECK(contains(markdown, "# Comparing perspectives: North\\*bridge\\_, 2026-Q4\n"));
  CHECK(contains(markdown, "\\*\\*Loud\\*\\*"));
  CHECK_FALSE(contains(markdown, "<b>"));
}

TEST_CASE("people_spread_words says a median and range, or that everyone gave the same score") {
  auto response = std::make_shared<model::RowResponse>();
  analysis::RowResult row{nullptr, response, halves(2)};
  response->score = halves(2);
  response->spread = model::ScoreSpread{halves(2), halves(6), 3, 0};
  CHECK(render::people_spread_words(row) == "median of 3 people; range 1 to 3");
  response->spread = model::ScoreSpread{halves(2), halves(2), 3, 0};
  CHECK(render::people_spread_words(row) == "3 people all scored 1");
  response->spread = model::ScoreSpread{halves(2), halves(2), 2, 1};
  CHECK(render::people_spread_words(row) == "2 people both scored 1; 1 said it does not apply");
  response->spread = model::ScoreSpread{halves(2), halves(2), 1, 0};
  CHECK(render::people_spread_words(row) == "scored by 1 person only");
}
