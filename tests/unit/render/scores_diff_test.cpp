#include <doctest/doctest.h>

#include "../test_support.hpp"
#include "render/scores.hpp"
#include "yaml/assessment_loader.hpp"
#include "yaml/text_fields.hpp"

using namespace coprod;

namespace {

const std::string k_head =
    "format: coprod-assessment/1\nframework: ipc-coproduction\nframework_version: 1\narea: Northbridge\n"
    "perspective: organisation\nperiod: 2026-Q4\n";

// `score --format diff` of an assessment file's text.
std::string diff_of(const std::string& text) {
  auto tree = yaml::parse_document(text, "a.coprod.yaml");
  REQUIRE(tree);
  auto loaded = yaml::load_assessment(*tree, "a.coprod.yaml", test::builtin_catalog());
  REQUIRE(loaded);
  const auto result = analysis::score_assessment(std::move(loaded->framework), std::move(loaded->assessment));
  return render::render_score_diff_item(result, yaml::find_text_fields(text, *tree));
}

// The lines of `text` that hold `part`.
std::vector<std::string> lines_with(const std::string& text, std::string_view part) {
  std::vector<std::string> found;
  for (const auto& line : util::split_lines(text)) {
    if (line.find(part) != std::string::npos) found.emplace_back(line);
  }
  return found;
}

}  // namespace

TEST_CASE("render_score_diff_item: a reviewed mark has a line after its value's") {
  SUBCASE("evidence in a block, the mark naming one rule, the line after the evidence line") {
    const std::string diff =
        diff_of(k_head +
                "sections:\n  contact:\n    rows:\n      wrong-people:\n        score: 2.5\n"
                "        evidence: |-  # coprod: reviewed email\n          Ask mary.jones@example.org.\n");
    CHECK(diff.find("  contact.wrong-people evidence: Ask mary.jones@example.org.\n"
                    "  contact.wrong-people evidence reviewed for personal data: email\n") != std::string::npos);
  }
  SUBCASE("without the mark, no such line") {
    const std::string diff = diff_of(k_head +
                                     "sections:\n  contact:\n    rows:\n      wrong-people:\n        score: 2.5\n"
                                     "        evidence: |-\n          Ask mary.jones@example.org.\n");
    CHECK(lines_with(diff, "reviewed").empty());
  }
  SUBCASE("several rules as the mark names them; a mark naming none covers all rules") {
    const std::string diff =
        diff_of(k_head +
                "sections:\n  commitment:\n    completed_by: Mary Jones  # coprod: reviewed attribution\n"
                "    notes: Ring 0300 311 22 33  # coprod: reviewed phone, email\n"
                "reflections:\n  learnt: Ask Mary on 0300 311 22 33.  # coprod: reviewed\n");
    CHECK(lines_with(diff, "reviewed") ==
          std::vector<std::string>{"  completed by reviewed for personal data: attribution",
                                   "  notes reviewed for personal data: phone, email",
                                   "reflections learnt reviewed for personal data: all rules"});
    CHECK(diff.find("  notes: Ring 0300 311 22 33\n  notes reviewed for personal data: phone, email\n") !=
          std::string::npos);
  }
  SUBCASE("the area, after the heading that names it") {
    const std::string diff = diff_of(
        "format: coprod-assessment/1\nframework: ipc-coproduction\nframework_version: 1\n"
        "area: Mary Jones's ward  # coprod: reviewed attribution\nperspective: organisation\nperiod: 2026-Q4\n");
    CHECK(
        diff.starts_with("# Mary Jones's ward, organisation, 2026-Q4 (ipc-coproduction version 1)\n"
                         "area reviewed for personal data: attribution\n"));
  }
}
