#include "render/form_glossary.hpp"

#include <algorithm>

#include <doctest/doctest.h>

#include "yaml/builtin_frameworks.hpp"

using namespace coprod;

namespace {

std::shared_ptr<const model::Framework> builtin(const char* id) {
  static const model::FrameworkCatalog catalog = yaml::builtin_catalog();
  auto framework = catalog.find(id, 1);
  REQUIRE(framework);
  return framework;
}

bool lists(const std::vector<model::GlossaryEntry>& entries, const std::string& term) {
  return std::any_of(entries.begin(), entries.end(), [&](const auto& entry) { return entry.term == term; });
}

}  // namespace

TEST_CASE("form_glossary: the main guide's form explains every word of co-production") {
  for (const auto perspective : {model::Perspective::organisation, model::Perspective::individual}) {
    const auto entries = render::form_glossary(*builtin("ipc-coproduction"), perspective);
    for (const char* term : {"Co-production", "Co-production peer network", "Lived experience", "Early indicator",
                             "Warning sign", "n/a", "Personal health budget"}) {
      CAPTURE(term);
      CHECK(lists(entries, term));
    }
  }
}

TEST_CASE("form_glossary: a shorter guide's form explains only the words it uses") {
  for (const char* id : {"making-coproduction-work", "strategic-coproduction"}) {
    CAPTURE(id);
    const auto entries = render::form_glossary(*builtin(id), model::Perspective::individual);
    CHECK(lists(entries, "Co-production"));
    CHECK(lists(entries, "Lived experience"));  // both guides speak of people with lived experience
    CHECK(lists(entries, "Early indicator"));
    CHECK(lists(entries, "n/a"));
    CHECK(lists(entries, "NHS"));
    CHECK_FALSE(lists(entries, "Warning sign"));  // their rows have none
    CHECK_FALSE(lists(entries, "Personal health budget"));
    CHECK_FALSE(lists(entries, "Co-production peer network"));
  }
}

TEST_CASE("form_glossary: a peer network is explained where the form itself names one") {
  const auto framework = builtin("strategic-coproduction");
  CHECK(lists(render::form_glossary(*framework, std::nullopt), "Co-production peer network"));  // whose view?
  CHECK(lists(render::form_glossary(*framework, model::Perspective::peer_network), "Co-production peer network"));
  CHECK_FALSE(lists(render::form_glossary(*framework, model::Perspective::organisation), "Co-production peer network"));
}
