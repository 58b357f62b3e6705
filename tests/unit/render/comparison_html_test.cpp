#include <doctest/doctest.h>

#include "ipc_assessments.hpp"
#include "render/comparison.hpp"
#include "test_support.hpp"

using namespace coprod;
using test::contains;

namespace {

using test::ipc;

using RowScore = test::CommitmentRow;  // in commitment

model::Assessment assessment(model::Perspective perspective, const std::vector<RowScore>& rows,
                             const std::string& area = "Northbridge", const std::string& period = "2026-Q4") {
  return test::commitment_assessment(perspective, rows, period, area);
}

model::Score halves(int value) { return model::Score::from_halves(value); }

// Adds a row of another section to an assessment, for its answers to be filled in.
model::RowResponse& add_row(model::Assessment& to, const std::string& section, const std::string& row,
                            model::Score score) {
  to.sections.push_back({});
  to.sections.back().section_id = section;
  to.sections.back().rows.push_back({});
  to.sections.back().rows.back().row_id = row;
  to.sections.back().rows.back().score = score;
  return to.sections.back().rows.back();
}

std::string sheet_of(model::Assessment organisation, model::Assessment peer_network) {
  return render::render_comparison_html(analysis::compare(
      {test::scored(ipc(), std::move(organisation)), test::scored(ipc(), std::move(peer_network))}, 1.5));
}

std::string sheet(const std::vector<RowScore>& organisation, const std::vector<RowScore>& peer_network,
                  double threshold = 1.5, const std::string& area = "Northbridge") {
  const auto comparison =
      analysis::compare({test::scored(ipc(), assessment(model::Perspective::organisation, organisation, area)),
                         test::scored(ipc(), assessment(model::Perspective::peer_network, peer_network, area))},
                        threshold);
  return render::render_comparison_html(comparison);
}

}  // namespace

TEST_CASE("render_comparison_html") {
  SUBCASE("the title names the area, the period and both perspectives in words") {
    const std::string page = sheet({{"strategy", halves(8), "A strategy."}}, {{"strategy", halves(4), "Not seen."}});
    CHECK(contains(page, "<title>Differences to discuss: Northbridge, 2026-Q4</title>"));
    CHECK(contains(page, "<h1>Differences to discuss: Northbridge, 2026-Q4</h1>"));
    CHECK(contains(page, "The organisation and the co-production peer network, compared"));
    CHECK(contains(page, "<h2 id=\"how-to\">How to use this sheet</h2>"));
    CHECK(contains(page, "they are the value of exploring from different perspectives"));
  }
  SUBCASE("a row that differs by the threshold: its wording, each score and evidence, and a box for notes") {
    const std::string page = sheet({{"strategy", halves(8), "A strategy."}}, {{"strategy", halves(5), "Not seen."}});
    CHECK(contains(page, "1 row, of the 1 with a score from every assessment, the largest difference first."));
    CHECK(contains(page,
                   "<span class=\"ref\">Row 1.1</span>: the peer network 1.5 lower than the "
                   "organisation"));
    CHECK(contains(page,
                   "<strong>Early indicator:</strong> Strategy has been co-developed with people with lived "
                   "experience."));
    CHECK(contains(page, "<strong>Warning sign:</strong> No clear vision and strategy for co-producing IPC."));
    CHECK(contains(page,
                   "<td>Organisation, 2026-Q4</td><td class=\"score\">4</td><td><span "
                   "class=\"evidence\">A strategy.</span></td>"));
    // Headed as the pack heads its evidence tables, each perspective by its name, not a letter.
    CHECK(contains(page, "<thead><tr><th scope=\"col\">Perspective</th><th scope=\"col\" class=\"score\">Score</th>"));
    CHECK_FALSE(contains(page, ">Assessment<"));
    CHECK(contains(page, "<li><strong>organisation</strong>, 2026-Q4 ("));
    CHECK(contains(page, "<li>co-production <strong>peer network</strong>, 2026-Q4 ("));
    CHECK(contains(page, "<td class=\"score\">2.5</td><td><span class=\"evidence\">Not seen.</span>"));
    CHECK(contains(page, "<p>Notes: why the scores differ, what you agree</p>"));
  }
  SUBCASE("a smaller difference than the threshold is left out; a lower threshold brings it in") {
    const std::vector<RowScore> organisation = {{"strategy", halves(8), ""}};
    const std::vector<RowScore> peer_network = {{"strategy", halves(6), ""}};
    const std::string page = sheet(organisation, peer_network);
    CHECK(contains(page, "<p>None: every row's scores are within 1.5 across the assessments.</p>"));
    CHECK_FALSE(contains(page, "Row 1.1<"));
    const std::string lower = sheet(organisation, peer_network, 1.0);
    CHECK(contains(lower, "Rows whose scores differ by 1.0 or more"));
    CHECK(contains(lower, "Row 1.1</span>: the peer network 1.0 lower than the organisation"));
    CHECK(contains(lower, "<span class=\"missing\">no evidence given</span>"));
  }
  SUBCASE("the largest difference first, and a section whose average differs") {
    const std::string page = sheet({{"strategy", halves(6), ""}, {"motivation", halves(10), ""}},
                                   {{"strategy", halves(2), ""}, {"motivation", halves(2), ""}});
    const auto motivation = page.find("Row 1.2</span>");
    const auto strategy = page.find("Row 1.1</span>");
    REQUIRE(motivation != std::string::npos);
    REQUIRE(strategy != std::string::npos);
    CHECK(motivation < strategy);
    CHECK(contains(page,
                   "<h3>1. Commitment and leadership<span class=\"about\">The peer network 3.0 lower than the "
                   "organisation</span></h3>"));
    CHECK(contains(page, "<tr><td>Organisation, 2026-Q4</td><td>4.0 from 2 of 5 rows, 3 not scored yet</td></tr>"));
  }
  SUBCASE("rows without a score are named in words, never as a bare dash") {
    const std::string page = sheet({{"strategy", model::Score::not_applicable(), ""}, {"motivation", halves(6), ""}},
                                   {{"strategy", halves(6), ""}, {"motivation", model::Score::not_scored(), ""}});
    CHECK(contains(page, "<h2 id=\"missing\">Rows without a score from every assessment</h2>"));
    CHECK(contains(page,
                   "<li>Organisation, 2026-Q4: <span class=\"missing\">not applicable</span></li>\n"
                   "<li>Co-production peer network, 2026-Q4: 3</li>"));
    CHECK(contains(page,
                   "<li>Co-production peer network, 2026-Q4: <span class=\"missing\">not scored "
                   "yet</span></li>"));
    CHECK_FALSE(contains(page, ">-<"));
    CHECK_FALSE(contains(page, "n/a"));
  }
  SUBCASE("the count of rows below is of those every assessment scored, and the rest are said to be at the end") {
    const std::string page = sheet({{"strategy", halves(8), ""}, {"motivation", model::Score::not_scored(), ""}},
                                   {{"strategy", halves(2), ""}, {"motivation", halves(6), ""}});
    INFO(page);
    CHECK(contains(page,
                   "<p class=\"lead\">1 row, of the 1 with a score from every assessment, the largest difference "
                   "first.</p>"));
    CHECK(contains(page, "The 23 rows without a score from every assessment are listed at the end."));
    CHECK_FALSE(contains(page, "of 24"));
  }
  SUBCASE("user text is escaped, in the page and in the printed footer's style") {
    const std::string page = sheet({{"strategy", halves(8), "<b>bold</b> & \"quoted\""}},
                                   {{"strategy", halves(4), "</style>"}}, 1.5, "North <b>bridge</b>");
    CHECK(contains(page, "&lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;"));
    CHECK(contains(page, "<span class=\"evidence\">&lt;/style&gt;</span>"));
    CHECK(contains(page, "<h1>Differences to discuss: North &lt;b&gt;bridge&lt;/b&gt;, 2026-Q4</h1>"));
    CHECK(contains(page,
                   "@bottom-left { content: \"Differences to discuss: North \\3c b\\3e bridge\\3c /b\\3e , "
                   "2026-Q4\";"));
    CHECK_FALSE(contains(page, "<b>"));
  }
  SUBCASE("long evidence may break across printed pages; short evidence keeps its row whole") {
    std::string long_evidence;
    for (int line = 0; line < 40; ++line) long_evidence += "A line of what was done.\n";
    const std::string page = sheet({{"strategy", halves(8), long_evidence}, {"motivation", halves(10), "Short."}},
                                   {{"strategy", halves(4), ""}, {"motivation", halves(2), ""}});
    CHECK(contains(page,
                   "<div class=\"difference long\">\n<h3>1. Commitment and leadership<span "
                   "class=\"about\"><span class=\"ref\">Row 1.1</span>"));
    CHECK(contains(page,
                   "<div class=\"difference\">\n<h3>1. Commitment and leadership<span "
                   "class=\"about\"><span class=\"ref\">Row 1.2</span>"));
  }
  SUBCASE("one perspective's periods, and inputs that differ in perspective and period, named in the title") {
    using model::Perspective;
    const std::vector<RowScore> rows = {{"strategy", halves(2), ""}};
    const std::vector<RowScore> higher = {{"strategy", halves(8), ""}};
    const auto periods = analysis::compare(
        {test::scored(ipc(), assessment(Perspective::peer_network, rows, "Northbridge", "2026-Q3")),
         test::scored(ipc(), assessment(Perspective::peer_network, higher, "Northbridge", "2026-Q4"))},
        1.5);
    const std::string page = render::render_comparison_html(periods);
    CHECK(contains(page,
                   "<h1>What moved: Northbridge, co-production peer network, 2026-Q3 to "
                   "2026-Q4</h1>"));
    CHECK(contains(page, "<p class=\"subtitle\">Co-production peer network: 2026-Q3 and 2026-Q4, compared</p>"));
    CHECK(contains(page, "<span class=\"ref\">Row 1.1</span>: 2026-Q4 3.0 higher than 2026-Q3"));
    CHECK_FALSE(contains(page, "value of exploring from different perspectives"));
    const auto mixed = analysis::compare(
        {test::scored(ipc(), assessment(Perspective::organisation, rows, "Northbridge", "2026-Q3")),
         test::scored(ipc(), assessment(Perspective::peer_network, higher, "Northbridge", "2026-Q4"))},
        1.5);
    CHECK(contains(render::render_comparison_html(mixed),
                   "<h1>Differences to discuss: Northbridge</h1>\n<p class=\"subtitle\">Compared: organisation, "
                   "2026-Q3; co-production peer network, 2026-Q4</p>"));
  }
  SUBCASE("two versions of one file: titled by the review, each version named by where it comes from") {
    auto before = assessment(model::Perspective::peer_network, {{"strategy", halves(8), "Was."}});
    auto after = assessment(model::Perspective::peer_network, {{"strategy", halves(4), "Is."}});
    before.origin = "version committed at HEAD (1a2b3c4)";
    after.origin = "working copy";
    const auto versions =
        analysis::compare({test::scored(ipc(), std::move(before)), test::scored(ipc(), std::move(after))}, 1.5);
    REQUIRE(versions.versions_of_one_review);
    const std::string page = render::render_comparison_html(versions);
    CHECK(contains(page,
                   "<h1>Differences to discuss: Northbridge, co-production peer network, 2026-Q4</h1>\n"
                   "<p class=\"subtitle\">Version committed at HEAD (1a2b3c4) and working copy, compared</p>"));
    CHECK(contains(page, "<td>Working copy</td><td class=\"score\">2</td>"));
  }
  SUBCASE("a row with only a warning sign says what its scores mean, so a 5 is not read as 'seen a lot'") {
    auto organisation = assessment(model::Perspective::organisation, {});
    auto peer_network = assessment(model::Perspective::peer_network, {});
    add_row(organisation, "facilitate", "same-direction", halves(10));
    add_row(peer_network, "facilitate", "same-direction", halves(4));
    add_row(organisation, "impact", "trust", halves(2));
    add_row(peer_network, "impact", "trust", model::Score::not_applicable());
    const std::string page = sheet_of(organisation, peer_network);
    CHECK(contains(page,
                   "<p class=\"warning\"><strong>Warning sign:</strong> People are not pulling in the same "
                   "direction.</p>\n<p class=\"one-sign\">This row has only a warning sign: 5 means it is not seen "
                   "here at all, 0 that it is seen a lot.</p>\n<table>"));
    // In the list of rows without a score from both, too: the row with only an early indicator, its number
    // before its heading, which may be cut short.
    CHECK(contains(page, "<li><span class=\"ref\">Row 6.3:</span> <strong>6. Review impact: "));
    CHECK(contains(page,
                   "</strong>\n<p class=\"one-sign\">This row has only an early "
                   "indicator: 5 means it is fully true here, 0 that there is no sign of it yet.</p>\n<ul>"));
    CHECK(contains(page, ".one-sign { margin"));
  }
  SUBCASE("a row with both signs has no such note") {
    const std::string page = sheet({{"strategy", halves(8), ""}}, {{"strategy", halves(2), ""}});
    // Only the rows with one sign that no one has scored, in the list of those, have it.
    CHECK(page.find("class=\"one-sign\"") > page.find("<h2 id=\"missing\">"));
  }
  SUBCASE("the answers to 'seen locally?' are shown with each score, 'not answered' where one says and another not") {
    auto organisation = assessment(model::Perspective::organisation, {{"strategy", halves(8), "A strategy."}});
    auto peer_network = assessment(model::Perspective::peer_network, {{"strategy", halves(2), ""}});
    organisation.sections[0].rows[0].indicator_seen = true;
    organisation.sections[0].rows[0].warning_seen = false;
    peer_network.sections[0].rows[0].warning_seen = true;
    add_row(organisation, "impact", "trust", model::Score::not_scored()).indicator_seen = false;
    add_row(peer_network, "impact", "trust", halves(6));
    const std::string page = sheet_of(organisation, peer_network);
    CHECK(contains(page,
                   "<td class=\"score\">4</td><td><span class=\"seen\">Seen locally? Early indicator: yes. Warning "
                   "sign: no.</span><span class=\"evidence\">A strategy.</span></td>"));
    CHECK(contains(page,
                   "<td class=\"score\">1</td><td><span class=\"seen\">Seen locally? Early indicator: not answered. "
                   "Warning sign: yes.</span><span class=\"missing\">no evidence given</span></td>"));
    CHECK(contains(page,
                   "<li>Organisation, 2026-Q4: <span class=\"missing\">not scored yet</span><span "
                   "class=\"seen\">Seen locally? Early indicator: no.</span></li>\n<li>Co-production peer "
                   "network, 2026-Q4: 3<span class=\"seen\">Seen locally? Early indicator: not answered.</span></li>"));
  }
  SUBCASE("no answers to 'seen locally?', no line for them") {
    CHECK_FALSE(contains(sheet({{"strategy", halves(8), ""}}, {{"strategy", halves(2), ""}}), "Seen locally?"));
  }
  SUBCASE("the same comparison gives the same page") {
    const std::vector<RowScore> organisation = {{"strategy", halves(8), "A."}, {"motivation", halves(2), "B."}};
    const std::vector<RowScore> peer_network = {{"strategy", halves(2), "C."}, {"motivation", halves(8), "D."}};
    CHECK(sheet(organisation, peer_network) == sheet(organisation, peer_network));
  }
}
