#include "render/abbreviations.hpp"

#include <doctest/doctest.h>

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
