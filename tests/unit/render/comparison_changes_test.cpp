#include <doctest/doctest.h>

#include "ipc_assessments.hpp"
#include "render/comparison.hpp"
#include "test_support.hpp"

using namespace coprod;

namespace {

using test::ipc;

// The peer network's 2026-Q4 review of commitment.strategy and .motivation, as one version of its file.
model::Assessment version(const std::string& origin, int strategy_halves, const std::string& motivation_evidence) {
  return test::review_version(origin, strategy_halves, "A written strategy.", motivation_evidence);
}

analysis::Comparison versions(model::Assessment before, model::Assessment after) {
  return analysis::compare({test::scored(ipc(), std::move(before)), test::scored(ipc(), std::move(after))}, 1.5);
}

}  // namespace

TEST_CASE("versions_title") {
  const auto comparison =
      versions(version("version committed at HEAD (1a2b3c4)", 6, "Keen."), version("working copy", 6, "Keen."));
  CHECK(render::versions_title(comparison) ==
        "Changes to one assessment: co-production peer network, Northbridge, 2026-Q4");
}

TEST_CASE("render_changes_text") {
  SUBCASE("a small change of score, and evidence shown only where it changed") {
    const auto comparison = versions(version("version committed at HEAD (1a2b3c4)", 6, "Keen."),
                                     version("working copy", 5, "Keen, and paid for their time."));
    CHECK(render::render_changes_text(comparison, {}) ==
          "\nChanges: everything that changed\n"
          "\n  Row 1.1 (1. Commitment and leadership): Early indicator: Strategy has been\n"
          "    co-developed with people with lived experience.\n"
          "    Score 3 -> 2.5 (down 0.5); evidence unchanged\n"
          "\n  Row 1.2 (1. Commitment and leadership): Early indicator: People with lived\n"
          "    experience are: motivated to get involved; clear about the…\n"
          "    Score 3 (unchanged); evidence changed:\n"
          "    Version committed at HEAD (1a2b3c4):\n"
          "      Keen.\n"
          "    Working copy:\n"
          "      Keen, and paid for their time.\n");
  }
  SUBCASE("on a terminal the heading is bold and each version's name in its colour") {
    const auto comparison =
        versions(version("version committed at HEAD (1a2b3c4)", 6, "Keen."), version("working copy", 6, "Paid."));
    const std::string text = render::render_changes_text(comparison, {80, true});
    CHECK(text.starts_with("\n\x1b[1mChanges: everything that changed\x1b[0m\n"));
    CHECK(
        text.ends_with("    \x1b[34mVersion committed at HEAD (1a2b3c4)\x1b[0m:\n      Keen.\n"
                       "    \x1b[33mWorking copy\x1b[0m:\n      Paid.\n"));
  }
  SUBCASE("three versions, which only letters tell apart in short, keep them") {
    const auto comparison =
        analysis::compare({test::scored(ipc(), version("version committed at HEAD~1 (0a1b2c3)", 6, "Keen.")),
                           test::scored(ipc(), version("version committed at HEAD (1a2b3c4)", 6, "Keen.")),
                           test::scored(ipc(), version("working copy", 6, "Paid."))},
                          1.5);
    CHECK(render::render_changes_text(comparison, {}).ends_with("    A: Keen.\n    B: Keen.\n    C: Paid.\n"));
    CHECK(render::render_changes_markdown(comparison)
              .ends_with("  - **A**: Keen.\n  - **B**: Keen.\n  - **C**: Paid.\n"));
  }
  SUBCASE("nothing changed") {
    const auto comparison =
        versions(version("version committed at HEAD (1a2b3c4)", 6, "Keen."), version("working copy", 6, "Keen."));
    CHECK(render::render_changes_text(comparison, {}) ==
          "\nChanges: everything that changed\n"
          "  Nothing changed: each version has the same scores, evidence, answers to\n"
          "    'seen locally?', sections' notes, completed by and last completed, and\n"
          "    reflections (comments in the file are not compared).\n");
  }
}

TEST_CASE("render_changes_text: whether the early indicator or warning sign is seen locally, where it changed") {
  auto before = version("version committed at HEAD (1a2b3c4)", 6, "Keen.");
  auto after = version("working copy", 6, "Keen, and paid.");
  after.sections[0].rows[0].indicator_seen = true;
  before.sections[0].rows[1].warning_seen = true;
  after.sections[0].rows[1].warning_seen = false;
  CHECK(render::render_changes_text(versions(before, after), {}) ==
        "\nChanges: everything that changed\n"
        "\n  Row 1.1 (1. Commitment and leadership): Early indicator: Strategy has been\n"
        "    co-developed with people with lived experience.\n"
        "    Score 3 (unchanged); evidence unchanged; early indicator seen: not\n"
        "      answered -> yes\n"
        "\n  Row 1.2 (1. Commitment and leadership): Early indicator: People with lived\n"
        "    experience are: motivated to get involved; clear about the…\n"
        "    Score 3 (unchanged); warning sign seen: yes -> no; evidence changed:\n"
        "    Version committed at HEAD (1a2b3c4):\n"
        "      Keen.\n"
        "    Working copy:\n"
        "      Keen, and paid.\n");
}

TEST_CASE("render_changes_markdown") {
  const auto comparison = versions(version("version committed at HEAD (1a2b3c4)", 6, "Keen."),
                                   version("working copy", 8, "Keen, and paid."));
  CHECK(
      render::render_changes_markdown(comparison) ==
      "\n## Changes: everything that changed\n\n"
      "- **Row 1.1 (1. Commitment and leadership): Early indicator: Strategy has been co-developed with people "
      "with lived experience.**<br>Score 3 -> 4 (up 1.0); evidence unchanged\n"
      "- **Row 1.2 (1. Commitment and leadership): Early indicator: People with lived experience are: motivated to get "
      "involved; clear about the…**<br>Score 3 (unchanged); evidence changed:\n"
      "  - **Version committed at HEAD (1a2b3c4)**: Keen.\n"
      "  - **Working copy**: Keen, and paid.\n");
}

TEST_CASE("changes between versions name rows as the form does, never by their ids, and n/a in words") {
  auto before = version("version committed at HEAD (1a2b3c4)", 6, "Keen.");
  before.sections[0].rows[0].score = model::Score::not_applicable();
  const auto comparison = versions(before, version("working copy", 4, "Keen."));
  // The text's list of changes (its narrow tables key their short marks, "n/a" and the row ids), and the
  // whole Markdown.
  const std::string text = render::render_changes_text(comparison, {});
  const std::string markdown = render::render_comparison_markdown(comparison);
  for (const std::string& report : {text, markdown}) {
    CHECK(report.find("Row 1.1 (1. Commitment and leadership): Early indicator: Strategy has been") !=
          std::string::npos);
    CHECK(report.find("Score not applicable -> 2 (newly scored); evidence unchanged") != std::string::npos);
    CHECK(report.find("commitment.strategy") == std::string::npos);
    CHECK(report.find("n/a") == std::string::npos);
  }
}

TEST_CASE("render_comparison_text of two perspectives keeps its conversation prompts") {
  auto organisation = version("", 8, "Keen.");
  organisation.perspective = model::Perspective::organisation;
  const auto comparison = versions(organisation, version("", 2, "Keen."));
  CHECK_FALSE(comparison.versions_of_one_review);
  const std::string text = render::render_comparison_text(comparison, {});
  CHECK(text.starts_with("Comparing perspectives: Northbridge, 2026-Q4\n"));
  CHECK(text.find("Conversation prompts") != std::string::npos);
  CHECK(text.find("Changes:") == std::string::npos);
}

TEST_CASE("describe_direction: which way a score went, in words, including when it has none") {
  CHECK(render::describe_direction(analysis::Direction::up, 0.5) == "up 0.5");
  CHECK(render::describe_direction(analysis::Direction::down, -1.5) == "down 1.5");
  CHECK(render::describe_direction(analysis::Direction::same, 0) == "no change");
  CHECK(render::describe_direction(analysis::Direction::newly_scored, 0) == "newly scored");
  CHECK(render::describe_direction(analysis::Direction::no_longer_scored, 0) == "no longer scored");
  // Neither end has a score: it may be not scored yet or every row n/a, so it is not called "not scored".
  CHECK(render::describe_direction(analysis::Direction::not_scored, 0) == "still no score");
}
