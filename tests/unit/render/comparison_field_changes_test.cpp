// What changed between versions of one review outside the rows: sections'
// notes, completed by and last completed, and the reflections.

#include <doctest/doctest.h>

#include "ipc_assessments.hpp"
#include "render/comparison.hpp"
#include "test_support.hpp"

using namespace coprod;

namespace {

using test::ipc;

model::Assessment version(const std::string& origin) {
  return test::review_version(origin, 6, "A written strategy.", "Keen.");
}

analysis::Comparison versions(model::Assessment before, model::Assessment after) {
  return analysis::compare({test::scored(ipc(), std::move(before)), test::scored(ipc(), std::move(after))}, 1.5);
}

}  // namespace

TEST_CASE("render_changes_text: a section's notes and a reflection changed, no row did") {
  auto before = version("version committed at HEAD (1a2b3c4)");
  before.sections[0].notes = "Reviewed at the joint meeting on 4 December.";
  auto after = version("working copy");
  after.sections[0].notes = "The board chair asked us to rescore this after the January board.";
  after.reflections.priorities = "Recruit younger members.";
  CHECK(render::render_changes_text(versions(before, after), {}) ==
        "\nChanges: everything that changed\n"
        "\n  Notes (1. Commitment and leadership)\n"
        "    Changed:\n"
        "    Version committed at HEAD (1a2b3c4):\n"
        "      Reviewed at the joint meeting on 4 December.\n"
        "    Working copy:\n"
        "      The board chair asked us to rescore this after the January board.\n"
        "\n  Reflections: Emerging priorities\n"
        "    Changed:\n"
        "    Version committed at HEAD (1a2b3c4):\n"
        "      (none written)\n"
        "    Working copy:\n"
        "      Recruit younger members.\n"
        "\n  No row changed: every row has the same score, evidence and answers to 'seen\n"
        "    locally?' in each version.\n");
}

TEST_CASE("render_changes_text: short fields on one line, after the changed rows") {
  auto before = version("version committed at HEAD (1a2b3c4)");
  before.sections[0].completed_by = "Joint review meeting";
  auto after = version("working copy");
  after.sections[0].rows[0].score = model::Score::from_halves(7);
  after.sections[0].completed_by = "Board";
  after.sections[0].last_completed = model::Date{2026, 12, 4};
  const std::string text = render::render_changes_text(versions(before, after), {});
  CHECK(
      text.ends_with("    Score 3 -> 3.5 (up 0.5); evidence unchanged\n"
                     "\n  Completed by (1. Commitment and leadership)\n"
                     "    Joint review meeting -> Board\n"
                     "\n  Last completed (1. Commitment and leadership)\n"
                     "    not given -> 2026-12-04\n"));
  CHECK(text.find("No row changed") == std::string::npos);
}

TEST_CASE("changed fields are user text, escaped for each medium") {
  auto before = version("version committed at HEAD (1a2b3c4)");
  auto after = version("working copy");
  after.sections[0].notes = "Agreed *at last* <b>now</b>\x1b[31m red";
  after.sections[0].completed_by = "Jo [the lead](http://example.org)";
  const auto comparison = versions(before, after);
  const std::string text = render::render_changes_text(comparison, {});
  CHECK(text.find('\x1b') == std::string::npos);
  const std::string markdown = render::render_changes_markdown(comparison);
  CHECK(markdown.find("*at last*") == std::string::npos);
  CHECK(markdown.find("<b>") == std::string::npos);
  CHECK(markdown.find("Jo \\[the lead\\](http://example.org)") != std::string::npos);
  CHECK(markdown.find("Agreed \\*at last\\*") != std::string::npos);
  CHECK(markdown.find("- **Notes (1. Commitment and leadership)**<br>Changed:\n"
                      "  - **Version committed at HEAD (1a2b3c4)**: *(none written)*\n") != std::string::npos);
}

TEST_CASE("render_changes_markdown: fields changed, and nothing changed") {
  auto before = version("version committed at HEAD (1a2b3c4)");
  auto after = version("working copy");
  after.reflections.learnt = "Ask earlier.";
  CHECK(render::render_changes_markdown(versions(before, after)) ==
        "\n## Changes: everything that changed\n\n"
        "- **Reflections: What was learnt**<br>Changed:\n"
        "  - **Version committed at HEAD (1a2b3c4)**: *(none written)*\n"
        "  - **Working copy**: Ask earlier.\n"
        "\nNo row changed: every row has the same score, evidence and answers to 'seen locally?' in each version.\n");
  CHECK(render::render_changes_markdown(versions(before, version("working copy"))) ==
        "\n## Changes: everything that changed\n\n"
        "Nothing changed: each version has the same scores, evidence, answers to 'seen locally?', sections' notes, "
        "completed by and last completed, and reflections (comments in the file are not compared).\n");
}

TEST_CASE("render_comparison_json lists the changed fields by key beside the changed rows") {
  auto after = version("working copy");
  after.sections[0].notes = "New.";
  after.reflections.priorities = "Recruit.";
  const std::string json =
      render::render_comparison_json(versions(version("version committed at HEAD (1a2b3c4)"), after));
  CHECK(json.find("\"rows\": [],\n    \"fields\": [\n      \"commitment.notes\",\n      \"reflections.priorities\"\n"
                  "    ]") != std::string::npos);
}

TEST_CASE("a corrected area and period come first, before the rows, and in the title") {
  auto before = version("version committed at HEAD (1a2b3c4)");
  auto after = version("working copy");
  after.area = "Northbridge & <South> *gate*";
  after.period = *model::Period::parse("2027-Q1");
  after.source = "northbridge/2026-Q4-peer-network.coprod.yaml";
  after.sections[0].rows[0].score = model::Score::from_halves(7);
  after.sections[0].completed_by = "Board";
  const auto comparison = versions(before, after);
  CHECK(render::versions_title(comparison) ==
        "Changes to one assessment: co-production peer network, Northbridge -> Northbridge & <South> *gate*, "
        "2026-Q4 -> 2027-Q1");
  CHECK(render::render_changes_text(comparison, {}) ==
        "\nChanges: everything that changed\n"
        "\n  Area\n"
        "    Northbridge -> Northbridge & <South> *gate*\n"
        "\n  Period\n"
        "    2026-Q4 -> 2027-Q1\n"
        "\n  Row 1.1 (1. Commitment and leadership): Early indicator: Strategy has been\n"
        "    co-developed with people with lived experience.\n"
        "    Score 3 -> 3.5 (up 0.5); evidence unchanged\n"
        "\n  Completed by (1. Commitment and leadership)\n"
        "    not given -> Board\n");
  CHECK(render::render_changes_markdown(comparison) ==
        "\n## Changes: everything that changed\n\n"
        "- **Area**<br>Northbridge -> Northbridge &amp; &lt;South&gt; \\*gate\\*\n"
        "- **Period**<br>2026-Q4 -> 2027-Q1\n"
        "- **Row 1.1 (1. Commitment and leadership): Early indicator: Strategy has been co-developed with people "
        "with lived experience.**<br>Score 3 -> 3.5 (up 0.5); evidence unchanged\n"
        "- **Completed by (1. Commitment and leadership)**<br>not given -> Board\n");
}
