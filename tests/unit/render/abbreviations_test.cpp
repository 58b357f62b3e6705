#include "render/abbreviations.hpp"

#include <doctest/doctest.h>

#include "render/plain_words_glossary.hpp"

using namespace coprod;

TEST_CASE("Abbreviations::first_uses") {
  render::Abbreviations abbreviations({{"CCG", "clinical commissioning group"},
                                       {"VCSE", "voluntary, community and social enterprise"},
                                       {"Co-production peer network", "people with lived experience"}});
  SUBCASE("each abbreviation once, where it is first used, in the order the text uses them") {
    CHECK(abbreviations.first_uses("Leaders (from VCSE and CCG colleagues)") ==
          "VCSE: voluntary, community and social enterprise; CCG: clinical commissioning group");
    CHECK(abbreviations.first_uses("CCG and VCSE again") == "");
  }
  SUBCASE("a few people write that the glossary leaves out; words it explains are not abbreviations") {
    CHECK(abbreviations.first_uses("Ask GPs and the Co-production peer network") == "GP: general practitioner");
  }
  SUBCASE("only whole words") { CHECK(abbreviations.first_uses("GPS, CCGX and xCCG are other words") == ""); }
}

TEST_CASE("Abbreviations::first_used") {
  render::Abbreviations abbreviations(std::vector<model::GlossaryEntry>{{"CCG", "clinical commissioning group"}});
  SUBCASE("the same abbreviations as first_uses(), as entries, each once") {
    const auto used = abbreviations.first_used("Ask the NHS and the CCG");
    REQUIRE(used.size() == 2);
    CHECK(used[0].term == "NHS");
    CHECK(used[0].meaning == "National Health Service");
    CHECK(used[1].term == "CCG");
    CHECK(abbreviations.first_used("the CCG").empty());
    CHECK(abbreviations.first_uses("the NHS") == "");
  }
}

TEST_CASE("explained: the lists of words say what IPC is and that CCGs have gone") {
  SUBCASE("the built-in meanings get a sentence for people outside the NHS") {
    const auto ipc = render::explained({"IPC", "Integrated Personal Commissioning"});
    CHECK(ipc.term == "IPC");
    CHECK(ipc.meaning.starts_with("Integrated Personal Commissioning: a programme of NHS England"));
    CHECK(ipc.meaning.find("personal health budgets") != std::string::npos);
    CHECK(render::explained({"CCG", "clinical commissioning group"}).meaning.find("integrated care boards") !=
          std::string::npos);
  }
  SUBCASE("a meaning a framework file gives of its own is kept as it is") {
    const auto own = render::explained({"IPC", "Islington Peer Collective"});
    CHECK(own.meaning == "Islington Peer Collective");
    CHECK(render::explained({"VCSE", "voluntary, community and social enterprise"}).meaning ==
          "voluntary, community and social enterprise");
  }
}
