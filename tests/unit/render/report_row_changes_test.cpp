// The evidence pack's rows that moved since the earlier period and its scored
// rows with no evidence: their sections after page 1 and page 1's lines.

#include "render/report_row_changes.hpp"

#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "analysis/comparison.hpp"
#include "ipc_assessments.hpp"
#include "render/report.hpp"
#include "render/report_no_evidence.hpp"
#include "test_support.hpp"

using namespace coprod;

namespace {

using model::Score;
using test::ipc;

// Every row scored `halves` with evidence, except the overrides; a row whose score is overridden keeps its evidence.
model::Assessment assessment(model::Perspective perspective, const std::string& period, int halves,
                             const std::vector<test::RowOverride>& overrides = {}) {
  auto made = test::uniform_assessment(perspective, halves, overrides);
  made.period = *model::Period::parse(period);
  made.source = fmt::format("{}-{}.yaml", period, model::perspective_id(perspective));
  for (auto& section : made.sections)
    for (auto& row : section.rows) row.evidence = "What we saw.";
  return made;
}

void remove_evidence(model::Assessment& assessment, const std::string& section_id, const std::string& row_id) {
  for (auto& section : assessment.sections)
    for (auto& row : section.rows)
      if (section.section_id == section_id && row.row_id == row_id) row.evidence.reset();
}

// The organisation's and the peer network's 2026-Q4 reviews, the organisation's 2026-Q3 as --previous.
// Since then the organisation's commitment.strategy went from 3 to 4.5, impact.trust from 3 to 1,
// facilitate.same-direction from 3 to 4; commitment.leaders, not scored in 2026-Q3, is 3 now, and
// commitment.motivation is marked n/a now.
render::Report example(model::Assessment organisation, model::Assessment network) {
  render::Report report;
  report.title = "Co-production reflection: Northbridge, 2026-Q4";
  report.inputs = {test::scored(ipc(), std::move(organisation)), test::scored(ipc(), std::move(network))};
  report.previous = {test::scored(ipc(), assessment(model::Perspective::organisation, "2026-Q3", 6,
                                                    {{"commitment", "leaders", Score::not_scored(), false}}))};
  report.comparison = analysis::compare(report.inputs, 1.5);
  report.generator = "coprod 0.1.0";
  return report;
}

render::Report example() {
  return example(assessment(model::Perspective::organisation, "2026-Q4", 6,
                            {{"commitment", "strategy", Score::from_halves(9), false},
                             {"impact", "trust", Score::from_halves(2), false},
                             {"facilitate", "same-direction", Score::from_halves(8), false},
                             {"commitment", "motivation", Score::not_applicable(), false}}),
                 assessment(model::Perspective::peer_network, "2026-Q4", 6));
}

// The part of `text` from `start` to the next `end` after it.
std::string part(const std::string& text, const std::string& start, const std::string& end) {
  const auto from = text.find(start);
  REQUIRE(from != std::string::npos);
  const auto to = text.find(end, from);
  REQUIRE(to != std::string::npos);
  return text.substr(from, to - from);
}

bool in_order(const std::string& text, const std::vector<std::string>& parts) {
  std::size_t at = 0;
  for (const auto& each : parts) {
    at = text.find(each, at);
    if (at == std::string::npos) return false;
  }
  return true;
}

}  // namespace

TEST_CASE("render_report_html: the rows whose score changed since the earlier period") {
  const auto report = example();
  const std::string html = render::render_report_html(report);
  const std::string section = part(html, "<section id=\"row-changes\">", "</section>");
  CHECK(section.find("<h3>Organisation, 2026-Q4, since 2026-Q3</h3>") != std::string::npos);
  CHECK(section.find("<p>2 rows up, 1 down and 19 the same; ") != std::string::npos);
  CHECK(section.find("1 scored now, not in 2026-Q3; 1 scored in 2026-Q3, not now.</p>") != std::string::npos);
  // The largest move first; each row named as the pack's later pages name it, linked to its evidence.
  CHECK(in_order(
      section,
      {"<h4>Up or down</h4>",
       "<li><strong>Down 2.0</strong>, from 3 to 1: <a href=\"#row-impact.trust\">Row 6.3, 6. Review "
       "impact</a> (",
       "<li><strong>Up 1.5</strong>, from 3 to 4.5: <a href=\"#row-commitment.strategy\">Row 1.1, 1. "
       "Commitment and leadership</a> (Strategy has been co-developed with people with lived experience.)</li>",
       // A row with only a warning sign says what its scores mean: up is the sign seen less.
       "<li><strong>Up 1.0</strong>, from 3 to 4: <a href=\"#row-facilitate.same-direction\">Row F.3, "
       "Facilitate the process</a> (People are not pulling in the same direction.)<span "
       "class=\"scale-note\">This row has only a warning sign: 5 means it is not seen here at all, 0 that "
       "it is seen a lot.</span></li>",
       "<h4>Scored now, not in 2026-Q3</h4>",
       "<li><strong>Now 3</strong>, was not scored yet in 2026-Q3: <a href=\"#row-commitment.leaders\">Row "
       "1.4, 1. Commitment and leadership</a>",
       "<h4>Scored in 2026-Q3, not now</h4>",
       "<li><strong>Now not applicable</strong>, was 3 in 2026-Q3: <a href=\"#row-commitment.motivation\">"}));
  // The peer network has no earlier period given: nothing to compare it with.
  CHECK(section.find("peer network") == std::string::npos);
  // The links lead to the rows under "Every row and its evidence".
  CHECK(html.find("<div class=\"prompt\" id=\"row-impact.trust\">") != std::string::npos);
  CHECK(html.find("<li><a href=\"#row-changes\">Rows whose score changed</a></li>") != std::string::npos);
  // Numbered as the contents list numbers it, for page 1 to point to it on paper too.
  CHECK(section.find("<h2>Part 3: Rows whose score changed</h2>") != std::string::npos);

  SUBCASE("page 1 points to it above its lists, where they are whole with that line too") {
    const std::string pointers = part(html, "<div class=\"summary-pointers\">", "</div>");
    CHECK(pointers.find("<p>Row by row since 2026-Q3: organisation 2 up, 1 down, 1 scored for the first time, 1 no "
                        "longer scored: see “<a href=\"#row-changes\">Part 3: Rows whose score changed</a>”.</p>") !=
          std::string::npos);
    CHECK(html.find("<div class=\"summary-more\">\n<div class=\"summary-pointers\">") != std::string::npos);
    // A title over many lines leaves page 1 no room to spare: the line is left out, the section is still there.
    auto crowded = report;
    for (int i = 0; i < 40; ++i) crowded.title += " Northbridge";
    const std::string crowded_html = render::render_report_html(crowded);
    CHECK(crowded_html.find("Row by row since") == std::string::npos);
    CHECK(crowded_html.find("<section id=\"row-changes\">") != std::string::npos);
  }
  SUBCASE("a pack of scores only lists them without links: it has no evidence to link to") {
    auto scores_only = report;
    scores_only.scores_only = true;
    const std::string only = render::render_report_html(scores_only);
    CHECK(only.find("<li><strong>Down 2.0</strong>, from 3 to 1: Row 6.3, 6. Review impact (") != std::string::npos);
    CHECK(only.find("href=\"#row-impact.trust") == std::string::npos);
  }
  SUBCASE("a pack without scores leaves them out") {
    auto without = report;
    without.without_scores = true;
    CHECK(render::render_report_html(without).find("Rows whose score changed") == std::string::npos);
    CHECK(render::render_report_markdown(without).find("Rows whose score changed") == std::string::npos);
  }
  SUBCASE("without an earlier period there is nothing to say") {
    auto alone = report;
    alone.previous.clear();
    CHECK(render::render_report_html(alone).find("Row by row") == std::string::npos);
    CHECK(render::render_report_html(alone).find("Rows whose score changed") == std::string::npos);
  }
}

TEST_CASE("render_report_markdown: the rows whose score changed since the earlier period") {
  const std::string markdown = render::render_report_markdown(example());
  CHECK(markdown.find("Row by row since 2026-Q3: organisation 2 up, 1 down, 1 scored for the first time, 1 no longer "
                      "scored: see [Part 3: Rows whose score changed](#part-3-rows-whose-score-changed).") !=
        std::string::npos);
  CHECK(in_order(markdown, {"\n## Part 3: Rows whose score changed\n", "\n### Organisation, 2026-Q4, since 2026-Q3\n",
                            "\n#### Up or down\n\n- **Down 2.0**, from 3 to 1: Row 6.3, 6. Review impact (",
                            "\n- **Up 1.5**, from 3 to 4.5: Row 1.1, 1. Commitment and leadership (",
                            "\n#### Scored now, not in 2026-Q3\n\n- **Now 3**, was not scored yet in 2026-Q3: Row 1.4",
                            "\n## Part 4: Where the perspectives differ\n"}));
}

TEST_CASE("render_report_html and render_report_markdown: the scored rows with no evidence") {
  auto organisation = assessment(
      model::Perspective::organisation, "2026-Q4", 6,
      {{"impact", "trust", Score::from_halves(1), false}, {"commitment", "motivation", Score::not_scored(), false}});
  remove_evidence(organisation, "impact", "trust");
  remove_evidence(organisation, "facilitate", "safe-to-explore");
  remove_evidence(organisation, "commitment", "motivation");  // not scored: needs none
  const auto report = example(organisation, assessment(model::Perspective::peer_network, "2026-Q4", 6));
  std::size_t rows = 0;
  for (const auto& section : ipc()->sections) rows += section.rows.size();
  const std::string scored = std::to_string(rows - 1);

  const std::string html = render::render_report_html(report);
  const std::string pointers = part(html, "<div class=\"summary-pointers\">", "</div>");
  CHECK(pointers.find("<p><strong>No supporting evidence</strong> for organisation 2 of " + scored +
                      " scored rows, peer network none: see “<a href=\"#no-evidence\">Part 4: Scored rows with no "
                      "evidence</a>”.</p>") != std::string::npos);
  const std::string section = part(html, "<section id=\"no-evidence\">", "</section>");
  CHECK(in_order(section, {"<h2>Part 4: Scored rows with no evidence</h2>", "<h3>Organisation, 2026-Q4</h3>",
                           "<p>2 of its " + scored + " scored rows have no evidence.</p>",
                           "<li><strong>Scored 0.5</strong>: <a href=\"#row-impact.trust\">Row 6.3, 6. Review "
                           "impact</a> (",
                           "<li><strong>Scored 3</strong>: <a href=\"#row-facilitate.safe-to-explore\">Row F.2, "
                           "Facilitate the process</a> (",
                           "<h3>Co-production peer network, 2026-Q4</h3>",
                           "<p>Each of its " + std::to_string(rows) + " scored rows has evidence.</p>"}));
  CHECK(section.find("motivation") == std::string::npos);
  CHECK(html.find("<li><a href=\"#no-evidence\">Scored rows with no evidence</a></li>") != std::string::npos);

  const std::string markdown = render::render_report_markdown(report);
  CHECK(markdown.find("\n**No supporting evidence** for organisation 2 of " + scored +
                      " scored rows, peer network none: see [Part 4: Scored rows with no "
                      "evidence](#part-4-scored-rows-with-no-evidence).\n") != std::string::npos);
  CHECK(in_order(markdown, {"\n## Part 4: Scored rows with no evidence\n", "\n### Organisation, 2026-Q4\n",
                            "\n- **Scored 0.5**: Row 6.3, 6. Review impact (",
                            "\n- **Scored 3**: Row F.2, Facilitate the process ("}));

  SUBCASE("every scored row with evidence: no line on page 1 and no section") {
    const auto full = example(assessment(model::Perspective::organisation, "2026-Q4", 6),
                              assessment(model::Perspective::peer_network, "2026-Q4", 6));
    for (const auto& text : {render::render_report_html(full), render::render_report_markdown(full)}) {
      CHECK(text.find("No supporting evidence") == std::string::npos);
      CHECK(text.find("Scored rows with no evidence") == std::string::npos);
    }
  }
  SUBCASE("a pack of scores only has left every piece of evidence out, so says nothing of it") {
    auto scores_only = report;
    scores_only.scores_only = true;
    CHECK(render::render_report_html(scores_only).find("No supporting evidence") == std::string::npos);
    CHECK(render::render_report_html(scores_only).find("Scored rows with no evidence") == std::string::npos);
    CHECK(render::render_report_markdown(scores_only).find("No supporting evidence") == std::string::npos);
  }
}

TEST_CASE("render_report_html and render_report_markdown: the new parts escape what the files say") {
  // Two areas, so each perspective is named with its area, as written in the file.
  auto south = assessment(model::Perspective::organisation, "2026-Q4", 6);
  south.area = "South <b>&</b> *Vale*";
  auto south_before = assessment(model::Perspective::organisation, "2026-Q3", 4);
  south_before.area = south.area;
  remove_evidence(south, "impact", "trust");
  auto report = example(assessment(model::Perspective::organisation, "2026-Q4", 6), south);
  report.previous.push_back(test::scored(ipc(), south_before));
  report.comparison = analysis::compare(report.inputs, 1.5);

  const std::string html = render::render_report_html(report);
  CHECK(html.find("<b>&</b>") == std::string::npos);
  CHECK(html.find("<h3>B: South &lt;b&gt;&amp;&lt;/b&gt; *Vale*, organisation, 2026-Q4, since 2026-Q3</h3>") !=
        std::string::npos);
  CHECK(html.find("<h3>B: South &lt;b&gt;&amp;&lt;/b&gt; *Vale*, organisation, 2026-Q4</h3>") != std::string::npos);
  const std::string markdown = render::render_report_markdown(report);
  CHECK(markdown.find("### B: South <b>&</b> *Vale*") == std::string::npos);
  CHECK(markdown.find("\\*Vale\\*, organisation, 2026-Q4, since 2026-Q3\n") != std::string::npos);
}
