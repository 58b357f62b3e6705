#include "model/section_keys.hpp"

#include <doctest/doctest.h>

#include "yaml/framework_loader.hpp"

using namespace coprod;

namespace {

// Sections with these titles (a number before ". " numbers it), each with two rows; their keys once assigned.
std::vector<std::string> keys_of(const std::vector<std::string>& titles) {
  std::vector<model::FrameworkSection> sections;
  for (const auto& title : titles) {
    model::FrameworkSection section;
    if (const auto dot = title.find(". "); dot != std::string::npos) {
      section.number = std::stoi(title.substr(0, dot));
      section.title = title.substr(dot + 2);
    } else {
      section.title = title;
    }
    sections.push_back(section);
  }
  model::assign_section_keys(sections);
  std::vector<std::string> keys;
  for (const auto& section : sections) keys.push_back(section.key);
  return keys;
}

}  // namespace

TEST_CASE("assign_section_keys") {
  SUBCASE("a number, a title's letter, or the place when the title starts with no plain letter") {
    CHECK(keys_of({"1. Commitment", "2. Contact", "Facilitate the process"}) ==
          std::vector<std::string>{"1", "2", "F"});
    CHECK(keys_of({"1. Commitment", "“Quoted” title"}) == std::vector<std::string>{"1", "Q"});
    CHECK(keys_of({"1. Commitment", "2026"}) == std::vector<std::string>{"1", "2"});
  }
  SUBCASE("a title's first letter after quotation marks; a place never another section's number") {
    // '"Quick" check-ins' second, between sections 1 and 2, was keyed 2: two rows were "Row 2.1" (review).
    CHECK(keys_of({"1. Listening first", "\"Quick\" check-ins", "2. Closing the loop"}) ==
          std::vector<std::string>{"1", "Q", "2"});
    CHECK(keys_of({"1. Listening first", "2026", "2. Closing the loop"}) == std::vector<std::string>{"1", "4", "2"});
  }
  SUBCASE("unnumbered titles starting with the same letter: as many first letters as tell them apart") {
    CHECK(keys_of({"1. Leadership", "Listening well", "Learning together"}) ==
          std::vector<std::string>{"1", "Li", "Le"});
    CHECK(keys_of({"Listening", "Learning", "Leading", "Facilitate"}) ==
          std::vector<std::string>{"Li", "Lear", "Lead", "F"});
  }
  SUBCASE("the same letter in either case is the same key") {
    CHECK(keys_of({"listening well", "Learning together"}) == std::vector<std::string>{"li", "Le"});
  }
  SUBCASE("spaces and signs are left out of the letters compared") {
    CHECK(keys_of({"Co-production", "Co operation"}) == std::vector<std::string>{"Cop", "Coo"});
  }
  SUBCASE("titles no start tells apart: the letter and their place among those sharing it") {
    CHECK(keys_of({"Listen", "Listening", "Facilitate"}) == std::vector<std::string>{"L1", "L2", "F"});
    CHECK(keys_of({"Listening", "Listening!"}) == std::vector<std::string>{"L1", "L2"});
  }
}

TEST_CASE("FrameworkSection::row_number with the keys a loaded framework gives: no two rows share a number") {
  const auto loaded = yaml::load_framework(R"(format: coprod-framework/1
id: local
version: 1
title: Local
sections:
  - id: listening
    title: Listening well
    rows:
      - id: first
        indicator: People speak first.
      - id: second
        indicator: Papers come early.
  - id: learning
    title: Learning together
    rows:
      - id: first
        indicator: People learn together.
      - id: second
        indicator: Training is shared.
)",
                                           "local.yaml");
  REQUIRE(loaded);
  CHECK(loaded->sections[0].row_number("second") == "Li.2");
  CHECK(loaded->sections[1].row_number("second") == "Le.2");
}
