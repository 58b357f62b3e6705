#include <doctest/doctest.h>

#include "model/framework.hpp"
#include "yaml/builtin_frameworks.hpp"

using namespace coprod;

namespace {

model::Framework one_row_framework() {
  model::Framework made;
  made.title = "Listening well";
  made.sections.push_back({});
  made.sections.back().title = "Feedback";
  made.sections.back().rows.push_back({"heard", model::RichText{"People with Lived Experience are heard.", {}}, {}});
  return made;
}

}  // namespace

TEST_CASE("Framework::text_uses: the framework's own words, in any capitals, within longer words") {
  auto framework = one_row_framework();
  CHECK(framework.text_uses("lived experience"));
  CHECK(framework.text_uses("Lived experience"));
  CHECK(framework.text_uses("listening"));
  CHECK_FALSE(framework.text_uses("Co-production peer network"));
  // Two texts never run together into a word neither has.
  CHECK_FALSE(framework.text_uses("well feedback"));
  CHECK_FALSE(framework.text_uses("wellfeedback"));
  framework.levels.push_back({"peer-network", "Co-production peer network"});
  CHECK(framework.text_uses("Co-production peer network"));
  framework.glossary.push_back({"PHB", "personal health budgets"});
  CHECK(framework.text_uses("Personal health budget"));
  framework.sections.back().top_tips.push_back({"Lead-in", {"Plan a budget review."}});
  CHECK(framework.text_uses("budget review"));
}

TEST_CASE("Framework::text_uses: which guides speak of a peer network and personal health budgets") {
  for (const auto& framework : yaml::builtin_frameworks()) {
    CAPTURE(framework.id);
    const bool main_guide = framework.id == "ipc-coproduction";
    CHECK(framework.text_uses("Co-production peer network") == main_guide);
    CHECK(framework.text_uses("Personal health budget") == main_guide);
    CHECK(framework.text_uses("Lived experience"));
  }
}
