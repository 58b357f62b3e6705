// How compare's text, Markdown, JSON and CSV name the inputs: as the pack
// does (render/input_names), by perspective or period where that tells them
// apart, else by letters that a key defines.

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "ipc_assessments.hpp"
#include "render/comparison.hpp"
#include "test_support.hpp"
#include "util/text.hpp"

using namespace coprod;
using test::contains;

namespace {

using model::Perspective;
using test::RowOverride;

// Northbridge's (or `area`'s) assessment from `perspective` for `period`, every row 3 but commitment.strategy
// scored `strategy` (in halves).
model::Assessment assessment(Perspective perspective, const std::string& period, int strategy,
                             const std::string& area = "Northbridge") {
  auto a = test::uniform_assessment(
      perspective, 6, {RowOverride{"commitment", "strategy", model::Score::from_halves(strategy), false}});
  a.area = area;
  a.period = *model::Period::parse(period);
  a.source = fmt::format("{}-{}.coprod.yaml", period, model::perspective_id(perspective));
  return a;
}

analysis::Comparison compared(std::vector<model::Assessment> assessments) {
  analysis::AssessmentResults inputs;
  for (auto& a : assessments) inputs.push_back(test::scored(test::ipc(), std::move(a)));
  return analysis::compare(inputs, 1.5);
}

// The organisation 4 and the peer network 1 on commitment.strategy, one quarter.
analysis::Comparison two_perspectives() {
  return compared(
      {assessment(Perspective::organisation, "2026-Q4", 8), assessment(Perspective::peer_network, "2026-Q4", 2)});
}

// Two files of one perspective and period for two areas: the perspectives do not tell them apart.
analysis::Comparison two_areas() {
  return compared({assessment(Perspective::peer_network, "2026-Q4", 8, "Northbridge"),
                   assessment(Perspective::peer_network, "2026-Q4", 2, "Southdale")});
}

std::size_t widest_line(const std::string& text) {
  std::size_t widest = 0;
  for (const auto line : util::split_lines(text)) widest = std::max(widest, util::display_width(line));
  return widest;
}

}  // namespace

TEST_CASE("render_comparison_text names the perspectives as the pack does") {
  const std::string text = render::render_comparison_text(two_perspectives(), {});
  SUBCASE("the key lists each perspective's label and file, with no letter") {
    CHECK(contains(text,
                   "\n  -  organisation, 2026-Q4: 2026-Q4-organisation.coprod.yaml\n"
                   "  -  co-production peer network, 2026-Q4: 2026-Q4-peer-network.coprod.yaml\n"
                   "2026-Q4: October to December 2026\n"
                   "Differences are peer network minus organisation.\n"));
  }
  SUBCASE("a prompt's scores and each side's line are named by perspective") {
    // Named as the form, the printed sheets and the list of changes name it, not by its id.
    CHECK(contains(text, "\n  Row 1.1 (1. Commitment and leadership): organisation 4, peer network 1 (peer\n"));
    CHECK(contains(text, "\n    Organisation, 2026-Q4: 4\n"));
    CHECK(contains(text, "\n    Co-production peer network, 2026-Q4: 1\n"));
  }
  SUBCASE("the tables' columns are headed by perspective, and the differences' column says Difference") {
    CHECK(contains(text,
                   "\nSection                                    Organisation Peer network  Difference\n"
                   "1. Commitment and leadership                        3.2          2.6        -0.6\n"));
    CHECK(contains(text,
                   "\nRow                                        Organisation Peer network  Difference\n"
                   "1.1                                                   4            1        -3.0\n"));
  }
  SUBCASE("no row is named by its id") { CHECK_FALSE(contains(text, "commitment.")); }
  SUBCASE("no letter is left") {
    CHECK_FALSE(contains(text, "B minus A"));
    CHECK_FALSE(contains(text, " A "));
  }
  SUBCASE("every line fits 80 columns") { CHECK(widest_line(text) <= 80); }
}

TEST_CASE("render_comparison_text keeps letters and their key where the perspectives do not tell inputs apart") {
  const std::string text = render::render_comparison_text(two_areas(), {});
  CHECK(contains(text, "\n  A  Northbridge, co-production peer network, 2026-Q4:"));
  CHECK(contains(text, "\n  B  Southdale, co-production peer network, 2026-Q4:"));
  CHECK(contains(text, "\nDifferences are B minus A: Southdale, co-production peer network, 2026-Q4 minus\n"));
  CHECK(contains(text, "\n  Row 1.1 (1. Commitment and leadership): A 4, B 1 ("));
  CHECK(contains(text, "\n    A (Northbridge, co-production peer network, 2026-Q4) 4\n"));
  CHECK(contains(text, "\nRow                                             A      B   B minus A\n"));
}

TEST_CASE("render_comparison_text names two periods of one perspective by period") {
  const std::string text =
      render::render_comparison_text(compared({assessment(Perspective::organisation, "2026-Q3", 8),
                                               assessment(Perspective::organisation, "2026-Q4", 2)}),
                                     {});
  CHECK(contains(text, "\nDifferences are 2026-Q4 minus 2026-Q3.\n"));
  CHECK(contains(text,
                 "\nRow                                        2026-Q3 2026-Q4  Difference\n"
                 "1.1                                              4       1        -3.0\n"));
}

TEST_CASE("render_comparison_text: three perspectives of one review fit 80 and 60 columns") {
  const auto comparison = compared({assessment(Perspective::organisation, "2026-Q4", 8),
                                    assessment(Perspective::peer_network, "2026-Q4", 2),
                                    assessment(Perspective::individual, "2026-Q4", 6)});
  const std::string wide = render::render_comparison_text(comparison, {80});
  CHECK(contains(wide, "\nRow                           Organisation Peer network   Individual      Spread\n"));
  CHECK(widest_line(wide) <= 80);
  // At 60 the columns go into two parts, the labels again in each.
  const std::string narrow = render::render_comparison_text(comparison, {60});
  CHECK(widest_line(narrow) <= 60);
  CHECK(contains(narrow, "Organisation Peer network\n"));
}

TEST_CASE("render_comparison_text: a name in its colour on a terminal") {
  const std::string text = render::render_comparison_text(two_perspectives(), {80, true});
  CHECK(contains(text, "\n  -  \x1b[34morganisation\x1b[0m, 2026-Q4:"));
  CHECK(contains(text, "\n  -  co-production \x1b[33mpeer network\x1b[0m, 2026-Q4:"));
  CHECK(contains(text, "leadership): \x1b[34morganisation\x1b[0m 4, \x1b[33mpeer network\x1b[0m 1"));
}

TEST_CASE("render_comparison_markdown names the perspectives as the pack does") {
  const std::string markdown = render::render_comparison_markdown(two_perspectives());
  CHECK(contains(markdown,
                 "\n- **organisation**, 2026-Q4 (2026-Q4-organisation.coprod.yaml)\n"
                 "- co-production **peer network**, 2026-Q4 (2026-Q4-peer-network.coprod.yaml)\n\n"
                 "2026-Q4: October to December 2026\n\n"
                 "Differences are peer network minus organisation.\n"));
  CHECK(contains(markdown, "\n- **Organisation** 4: *(no evidence given)*\n- **Peer network** 1: "));
  CHECK(contains(markdown, "\n| Section | Organisation | Peer network | Difference |\n|---|---:|---:|---:|\n"));
  CHECK(contains(markdown, "\n| Row | Organisation | Peer network | Difference |\n"));
  CHECK_FALSE(contains(markdown, "**A**"));
}

TEST_CASE("render_comparison_markdown keeps letters and their key where the perspectives do not tell inputs apart") {
  const std::string markdown = render::render_comparison_markdown(two_areas());
  CHECK(contains(markdown,
                 "\n- **A**: Northbridge, co-production peer network, 2026-Q4 (2026-Q4-peer-network.coprod.yaml)\n"
                 "- **B**: Southdale, co-production peer network, 2026-Q4 (2026-Q4-peer-network.coprod.yaml)\n\n"
                 "2026-Q4: October to December 2026\n\n"
                 "Differences are B minus A: "));
  CHECK(contains(markdown, "\n- **A** 4: *(no evidence given)*\n- **B** 1: "));
  CHECK(contains(markdown, "\n| Row | A | B | B minus A |\n"));
}

TEST_CASE("render_comparison_json gives each input's short name beside its letter") {
  CHECK(contains(render::render_comparison_json(two_perspectives()),
                 "\"letter\": \"A\",\n      \"name\": \"organisation\",\n      \"label\": \"organisation, 2026-Q4\","));
  CHECK(contains(render::render_comparison_json(two_perspectives()),
                 "\"letter\": \"B\",\n      \"name\": \"peer network\",\n"));
  CHECK(contains(render::render_comparison_json(two_areas()), "\"letter\": \"B\",\n      \"name\": \"B\",\n"));
}

TEST_CASE("render_comparison_csv gives each line's input's short name in a last column") {
  const std::string csv = render::render_comparison_csv(two_perspectives());
  CHECK(
      csv.starts_with("kind,section,row,input,file,area,perspective,period,score,status,scored_rows,"
                      "not_applicable_rows,total_rows,difference,spread,prompt,like_for_like,scale_note,name\n"));
  CHECK(contains(csv,
                 "\nrow,commitment,strategy,A,2026-Q4-organisation.coprod.yaml,Northbridge,organisation,2026-Q4,4,"
                 "scored,,,,-3.0,3.0,true,,,organisation\n"));
  CHECK(contains(csv, ",peer-network,2026-Q4,1,scored,,,,-3.0,3.0,true,,,peer network\n"));
  CHECK(contains(render::render_comparison_csv(two_areas()),
                 ",Southdale,peer-network,2026-Q4,1,scored,,,,-3.0,3.0,true,,,B\n"));
}
