#include "yaml/framework_loader.hpp"

#include <regex>
#include <set>

#include <doctest/doctest.h>

#include "model/valid_id.hpp"
#include "test_support.hpp"
#include "yaml/builtin_frameworks.hpp"

using namespace coprod;
using test::contains;

namespace {

const model::Framework& ipc() {
  static const model::FrameworkCatalog catalog = yaml::builtin_catalog();
  const auto framework = catalog.find("ipc-coproduction", 1);
  REQUIRE(framework);
  return *framework;
}

// The seed document as plain text: HTML tags and bullet marks removed, white
// space collapsed, so the framework's strings can be looked up in it.
std::string normalised_seed() {
  std::string text = test::read_file(test::shared_path("seeds/000_3810466bfbeb6299.txt"));
  REQUIRE_MESSAGE(!text.empty(), "the seed document is missing: ../shared must be beside the checkout");
  text = std::regex_replace(text, std::regex("<[^>]*>"), " ");
  text = std::regex_replace(text, std::regex("\xE2\x80\xA2 "), " ");
  text = std::regex_replace(text, std::regex("\\*\\*"), "");
  text = std::regex_replace(text, std::regex("\\s+"), " ");
  return text;
}

void collect(const model::RichText& text, std::vector<std::string>& into) {
  into.push_back(text.text);
  into.insert(into.end(), text.bullets.begin(), text.bullets.end());
}

std::vector<std::string> every_string(const model::Framework& framework) {
  std::vector<std::string> strings;
  for (const auto& section : framework.sections) {
    strings.push_back(section.title);
    collect(section.aim, strings);
    strings.push_back(section.what_will_be_different);
    for (const auto& row : section.rows) {
      if (row.indicator) collect(*row.indicator, strings);
      if (row.warning) collect(*row.warning, strings);
    }
    for (const auto& level : section.needs)
      strings.insert(strings.end(), level.paragraphs.begin(), level.paragraphs.end());
    for (const auto& tip : section.bear_in_mind) collect(tip, strings);
    for (const auto& tip : section.top_tips) collect(tip, strings);
  }
  return strings;
}

std::string load_error(const std::string& text) {
  auto result = yaml::load_framework(text, "fw.yaml");
  REQUIRE_FALSE(result.ok());
  return test::first_error(result.problems());
}

const std::string k_minimal =
    "format: coprod-framework/1\nid: local\nversion: 1\ntitle: Local\nlevels: []\n"
    "sections:\n  - id: one\n    title: One\n    aim: An aim.\n    rows:\n      - id: r\n        indicator: Yes.\n";

}  // namespace

TEST_CASE("the built-in framework has the guide's seven sections in order") {
  const auto& framework = ipc();
  const std::vector<std::string> titles = {"Commitment and leadership",
                                           "Contact and connect",
                                           "Agree common purpose",
                                           "Build knowledge, skills and confidence",
                                           "Co-produce IPC",
                                           "Review impact",
                                           "Facilitate the process"};
  const std::vector<std::size_t> row_counts = {5, 3, 3, 4, 3, 3, 3};
  REQUIRE(framework.sections.size() == 7);
  for (std::size_t i = 0; i < 7; ++i) {
    CAPTURE(i);
    CHECK(framework.sections[i].title == titles[i]);
    CHECK(framework.sections[i].rows.size() == row_counts[i]);
    CHECK(framework.sections[i].needs.size() == 3);
    CHECK_FALSE(framework.sections[i].bear_in_mind.empty());
    CHECK_FALSE(framework.sections[i].top_tips.empty());
  }
  CHECK(framework.row_count() == 24);
  CHECK(framework.sections[0].label() == "1. Commitment and leadership");
  CHECK(framework.sections[6].label() == "Facilitate the process");
  CHECK(framework.scale.min == 0);
  CHECK(framework.scale.max == 5);
}

TEST_CASE("the built-in framework keeps the guide's exact wording") {
  const auto& framework = ipc();
  const auto& commitment = framework.sections[0];
  CHECK(commitment.aim.text ==
        "Develop a co-production strategy that demonstrates leadership, values and commitment in practice.");
  CHECK(commitment.aim.bullets == std::vector<std::string>{"Make adequate time and resources available.",
                                                           "Model a culture of openness and transparency."});
  CHECK(commitment.rows[0].indicator->text == "Strategy has been co-developed with people with lived experience.");
  CHECK(commitment.rows[0].warning->text == "No clear vision and strategy for co-producing IPC.");
  CHECK(commitment.rows[1].indicator->bullets.size() == 3);
  SUBCASE("phase 2 repeats an indicator, as the guide does") {
    const auto& contact = framework.sections[1];
    CHECK(contact.rows[0].indicator->text == contact.rows[1].indicator->text);
    CHECK(contact.rows[0].warning->text != contact.rows[1].warning->text);
  }
  SUBCASE("rows with one side only") {
    CHECK(framework.sections[5].rows[2].indicator->text == "Relationships are deepening and trust is developing.");
    CHECK_FALSE(framework.sections[5].rows[2].warning);
    CHECK_FALSE(framework.sections[6].rows[2].indicator);
    CHECK(framework.sections[6].rows[2].warning->text == "People are not pulling in the same direction.");
  }
  SUBCASE("section 5.5 tips") {
    CHECK(framework.sections[3].top_tips[3].text ==
          "Be sure to explain any acronyms – it is usually better to avoid using them.");
  }
}

TEST_CASE("every string of the built-in framework occurs verbatim in the guide") {
  const std::string seed = normalised_seed();
  for (const auto& text : every_string(ipc())) {
    CAPTURE(text);
    CHECK(seed.find(text) != std::string::npos);
  }
}

TEST_CASE("the built-in framework compiled into coprod equals its YAML, parsed") {
  const auto compiled = yaml::builtin_frameworks();
  const auto sources = yaml::builtin_framework_sources();
  REQUIRE(compiled.size() == sources.size());
  for (std::size_t i = 0; i < sources.size(); ++i) {
    const auto parsed = yaml::load_framework(sources[i].text, std::string(sources[i].file_name));
    REQUIRE_MESSAGE(parsed.ok(), parsed.problems().front().to_string());
    CHECK(compiled[i] == *parsed);
  }
}

TEST_CASE("the other two guides are built in, word for word") {
  static const model::FrameworkCatalog catalog = yaml::builtin_catalog();
  const std::pair<const char*, const char*> guides[] = {{"making-coproduction-work", "seeds/001_0fd767210f79a877.txt"},
                                                        {"strategic-coproduction", "seeds/003_800da684b71e462d.txt"}};
  for (const auto& [id, seed_file] : guides) {
    CAPTURE(id);
    const auto framework = catalog.find(id, 1);
    REQUIRE(framework);
    std::string seed = std::regex_replace(test::read_file(test::shared_path(seed_file)), std::regex("\\s+"), " ");
    REQUIRE_FALSE(seed.empty());
    for (const auto& section : framework->sections) {
      REQUIRE(section.rows.size() == 1);
      CAPTURE(section.rows[0].indicator->text);
      CHECK(seed.find(section.rows[0].indicator->text) != std::string::npos);
      CHECK(section.title == section.rows[0].indicator->text);
    }
  }
  CHECK(catalog.find("making-coproduction-work", 1)->sections.size() == 15);
  CHECK(catalog.find("strategic-coproduction", 1)->sections.size() == 9);
  CHECK(catalog.find("making-coproduction-work", 1)->sections[8].rows[0].indicator->text ==
        "Don't take responsibility for solving every problem—allow the group to find collective solutions.");
}

TEST_CASE("built-in ids are unique and valid") {
  static const model::FrameworkCatalog catalog = yaml::builtin_catalog();
  for (const auto& shared : catalog.all()) {
    const model::Framework& framework = *shared;
    std::set<std::string> section_ids;
    for (const auto& section : framework.sections) {
      CHECK(model::is_valid_id(section.id));
      CHECK(section_ids.insert(section.id).second);
      std::set<std::string> row_ids;
      for (const auto& row : section.rows) {
        CHECK(model::is_valid_id(row.id));
        CHECK(row_ids.insert(row.id).second);
      }
    }
  }
}

TEST_CASE("a user's framework of the same shape loads") {
  auto result = yaml::load_framework(k_minimal, "fw.yaml");
  REQUIRE_MESSAGE(result.ok(), test::first_error(result.problems()));
  CHECK(result->id == "local");
  CHECK(result->sections[0].rows[0].indicator->text == "Yes.");
  CHECK_FALSE(result->sections[0].number);
}

TEST_CASE("a framework says what its guide calls the tool and whether it asks for separate views") {
  auto plain = yaml::load_framework(k_minimal, "fw.yaml");
  REQUIRE(plain.ok());
  CHECK(plain->tool_name.empty());
  CHECK_FALSE(plain->separate_views);
  const std::string text = std::regex_replace(k_minimal, std::regex("title: Local\n"),
                                              "title: Local\ntool_name: Local check\nseparate_views: true\n");
  auto given = yaml::load_framework(text, "fw.yaml");
  REQUIRE_MESSAGE(given.ok(), test::first_error(given.problems()));
  CHECK(given->tool_name == "Local check");
  CHECK(given->separate_views);
  CHECK(load_error(std::regex_replace(k_minimal, std::regex("title: Local\n"), "title: Local\nseparate_views: both\n"))
            .find("separate_views") != std::string::npos);
}

TEST_CASE("only the main guide names its tool and asks for the two views separately, as its guide does") {
  static const model::FrameworkCatalog catalog = yaml::builtin_catalog();
  const auto main_guide = catalog.find("ipc-coproduction", 1);
  REQUIRE(main_guide);
  CHECK(main_guide->tool_name == "Co-production reflection tool");
  CHECK(main_guide->separate_views);
  // Section 5.4's heading and 5.4.2's ask, in the guide's words.
  const std::string seed = normalised_seed();
  CHECK(seed.find("5.4 Co-production reflection tool") != std::string::npos);
  CHECK(seed.find("It is best completed separately by:") != std::string::npos);
  for (const char* id : {"making-coproduction-work", "strategic-coproduction"}) {
    CAPTURE(id);
    const auto framework = catalog.find(id, 1);
    REQUIRE(framework);
    CHECK(framework->tool_name.empty());
    CHECK_FALSE(framework->separate_views);
  }
}

TEST_CASE("a framework names the advice its guide gives, and an unknown name is refused with the names it may use") {
  auto plain = yaml::load_framework(k_minimal, "fw.yaml");
  REQUIRE(plain.ok());
  CHECK(plain->guide_advice == model::GuideAdvice{});
  const auto with_advice = [](const std::string& list) {
    return std::regex_replace(k_minimal, std::regex("title: Local\n"), "title: Local\nguide_advice: " + list + "\n");
  };
  auto given = yaml::load_framework(with_advice("[evidence, reflections]"), "fw.yaml");
  REQUIRE_MESSAGE(given.ok(), test::first_error(given.problems()));
  CHECK_FALSE(given->guide_advice.differences);
  CHECK(given->guide_advice.evidence);
  CHECK(given->guide_advice.reflections);
  CHECK(load_error(with_advice("[evidense]")) ==
        "fw.yaml:5:16: error: unknown advice 'evidense' in 'guide_advice'; did you mean 'evidence'?");
  CHECK(contains(load_error(with_advice("[tips]")),
                 "unknown advice 'tips' in 'guide_advice'; name only 'differences', 'evidence' or 'reflections'"));
  CHECK(contains(load_error(with_advice("evidence")), "'guide_advice'"));
}

TEST_CASE("the main guide's advice comes from its file, so an area's copy under another id keeps it") {
  for (const auto& source : yaml::builtin_framework_sources()) {
    if (source.file_name.find("ipc-coproduction") == std::string_view::npos) continue;
    const std::string copy = std::regex_replace(std::string(source.text), std::regex("\nid: ipc-coproduction\n"),
                                                "\nid: northbridge-reflection\n");
    auto loaded = yaml::load_framework(copy, "northbridge-reflection.yaml");
    REQUIRE_MESSAGE(loaded.ok(), test::first_error(loaded.problems()));
    CHECK(loaded->id == "northbridge-reflection");
    CHECK(loaded->guide_advice == model::GuideAdvice{true, true, true});
    return;
  }
  FAIL("no built-in ipc-coproduction source");
}

TEST_CASE("only the main guide gives the advice coprod credits to it, in the words its guide prints") {
  static const model::FrameworkCatalog catalog = yaml::builtin_catalog();
  CHECK(ipc().guide_advice == model::GuideAdvice{true, true, true});
  // Sections 5.4.2 and 5.4.4, which ipc-coproduction.yaml quotes beside each name.
  const std::string seed = normalised_seed();
  CHECK(contains(seed,
                 "Don't be discouraged if there are differences in the answers, this is the value of exploring "
                 "from different perspectives!"));
  CHECK(contains(seed, "Collecting evidence to support scoring helps build a clear picture of progress"));
  CHECK(contains(seed, "reflect on some key learning (what was surprising, what challenged, what was learnt, etc.)"));
  for (const char* id : {"making-coproduction-work", "strategic-coproduction"}) {
    CAPTURE(id);
    const auto framework = catalog.find(id, 1);
    REQUIRE(framework);
    CHECK(framework->guide_advice == model::GuideAdvice{});
  }
}

TEST_CASE("an empty item in a change's list of rows is left out") {
  const std::string text = std::regex_replace(k_minimal, std::regex("version: 1"), "version: 2") +
                           "changes:\n  - version: 2\n    added_rows:\n      - one.r\n      -\n";
  auto result = yaml::load_framework(text, "fw.yaml");
  REQUIRE_MESSAGE(result.ok(), test::first_error(result.problems()));
  REQUIRE(result->changes.size() == 1);
  CHECK(result->changes[0].added_rows == std::vector<std::string>{"one.r"});
}

TEST_CASE("framework files are validated with clear errors") {
  CHECK(load_error("format: coprod-assessment/1\n" + k_minimal.substr(k_minimal.find('\n') + 1)) ==
        "fw.yaml:1:9: error: this is an assessment (format: coprod-assessment/1), not a framework file; give it as "
        "one of the assessment files");
  CHECK(load_error("format: coprod-framework/2\n" + k_minimal.substr(k_minimal.find('\n') + 1)) ==
        "fw.yaml:1:9: error: this is not a coprod framework file (format 'coprod-framework/2'); the first line "
        "should be 'format: coprod-framework/1'");
  CHECK(load_error(k_minimal + "      - id: r\n        warning: Again.\n") ==
        "fw.yaml:13:9: error: the row id 'r' is used twice in the section 'one'");
  CHECK(load_error(k_minimal + "      - id: s\n") ==
        "fw.yaml:13:9: error: the row 's' has neither an 'indicator' nor a 'warning'");
  CHECK(load_error(std::regex_replace(k_minimal, std::regex("id: one"), "id: One Two")) ==
        "fw.yaml:7:9: error: the section id 'One Two' should use only lowercase letters, digits and hyphens, "
        "such as 'senior-leaders'");
  {
    auto result =
        yaml::load_framework(std::regex_replace(k_minimal, std::regex("title: One"), "titel: One"), "fw.yaml");
    REQUIRE(result.problems().size() == 2);  // top of the file first
    CHECK(result.problems()[0].to_string() ==
          "fw.yaml:7:5: error: the section 'one' has no 'title'; add a line 'title: ...'");
    CHECK(result.problems()[1].to_string() ==
          "fw.yaml:8:5: error: unknown key 'titel' in a section; did you mean 'title'?");
  }
  CHECK(load_error(std::regex_replace(k_minimal, std::regex("version: 1"), "version: one")) ==
        "fw.yaml:3:10: error: 'version' should be a whole number such as 1, but it is 'one'");
}
