#include "render/one_sign_note.hpp"

#include <doctest/doctest.h>

#include "yaml/builtin_frameworks.hpp"

using namespace coprod;

namespace {

const model::Framework& builtin(const char* id) {
  static const model::FrameworkCatalog catalog = yaml::builtin_catalog();
  return *catalog.find(id, 1);
}

const model::FrameworkRow& row_of(const model::Framework& framework, const std::string& section,
                                  const std::string& row) {
  const auto* found_section = framework.find_section(section);
  REQUIRE(found_section != nullptr);
  const auto* found = found_section->find_row(row);
  REQUIRE(found != nullptr);
  return *found;
}

model::RichText text(std::string words) { return {std::move(words), {}}; }

}  // namespace

TEST_CASE("one_sign_note") {
  SUBCASE("a row with only a warning sign says a high score means the sign is not seen") {
    const auto& ipc = builtin("ipc-coproduction");
    CHECK(render::one_sign_note(ipc, row_of(ipc, "facilitate", "same-direction")) ==
          "This row has only a warning sign: 5 means it is not seen here at all, 0 that it is seen a lot.");
  }
  SUBCASE("a row with only an early indicator, where other rows have warning signs, says what its scores mean") {
    const auto& ipc = builtin("ipc-coproduction");
    CHECK(render::one_sign_note(ipc, row_of(ipc, "impact", "trust")) ==
          "This row has only an early indicator: 5 means it is fully true here, 0 that there is no sign of it yet.");
  }
  SUBCASE("a row with both signs needs no note") {
    const auto& ipc = builtin("ipc-coproduction");
    CHECK_FALSE(render::one_sign_note(ipc, row_of(ipc, "commitment", "strategy")));
    CHECK_FALSE(render::one_sign_note(ipc, row_of(ipc, "facilitate", "safe-to-explore")));
  }
  SUBCASE("the built-in frameworks: only two rows of ipc-coproduction have one sign among rows with both") {
    std::vector<std::string> noted;
    for (const char* id : {"ipc-coproduction", "strategic-coproduction", "making-coproduction-work"}) {
      const auto& framework = builtin(id);
      for (const auto& section : framework.sections) {
        for (const auto& row : section.rows) {
          if (render::one_sign_note(framework, row)) noted.push_back(std::string(id) + ":" + section.id + "." + row.id);
        }
      }
    }
    // strategic-coproduction and making-coproduction-work have no warning signs at all: every row is read one way
    CHECK(noted ==
          std::vector<std::string>{"ipc-coproduction:impact.trust", "ipc-coproduction:facilitate.same-direction"});
  }
  SUBCASE("the numbers are the framework's scale") {
    model::Framework framework;
    framework.scale = {1, 4, false};
    model::FrameworkSection section;
    section.rows = {{"warned", std::nullopt, text("Meetings are cancelled.")},
                    {"hoped", text("Meetings happen."), std::nullopt}};
    framework.sections = {section};
    CHECK(render::one_sign_note(framework, framework.sections[0].rows[0]) ==
          "This row has only a warning sign: 4 means it is not seen here at all, 1 that it is seen a lot.");
    CHECK(render::one_sign_note(framework, framework.sections[0].rows[1]) ==
          "This row has only an early indicator: 4 means it is fully true here, 1 that there is no sign of it yet.");
  }
}
