// The attribution rule's names of three words, its blanks between words, and a
// description that names an organisation (analysis/personal_data_described_speaker.cpp).

#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "analysis/personal_data.hpp"
#include "test_support.hpp"

using namespace coprod::analysis;
using coprod::test::personal_data_found;

namespace {

std::vector<std::string> one(std::string_view part) { return {std::string(part)}; }

std::string redacted(std::string_view text) { return redact(text, find_personal_data(text)); }

}  // namespace

TEST_CASE("attribution: a name of three words") {
  CHECK(personal_data_found("Mary Ann Smith, a carer, said the forms are long.") ==
        one("Mary Ann Smith, a carer, said"));
  CHECK(personal_data_found("Mary-Ann O'Neill, a carer, said so.") == one("Mary-Ann O'Neill, a carer, said"));
  CHECK(personal_data_found("Then: Mary Ann O'Neill (carer) felt unheard.") == one("Mary Ann O'Neill (carer) felt"));
  CHECK(personal_data_found("Mary Ann Smith from the network feels it.") ==
        one("Mary Ann Smith from the network feels"));
  CHECK(personal_data_found("Mary Ann Smith said so.") == one("Mary Ann Smith said"));
  CHECK(personal_data_found("Dr Mary Ann Smith told us.") == one("Dr Mary Ann Smith told"));
  CHECK(personal_data_found("'No,' said Mary Ann Smith.") == one("said Mary Ann Smith"));
  SUBCASE("the whole name is removed") {
    CHECK(redacted("Mary Ann Smith, a carer, said it.") == "[name removed] said it.");
    CHECK(redacted("Mary Ann Smith said it.") == "[name removed] said it.");
    CHECK(redacted("'No,' said Mary Ann Smith.") == "'No,' said [name removed].");
  }
  SUBCASE("no more than three names, and everyday words are not names") {
    CHECK(personal_data_found("Mary Ann Jane Smith said so.") == one("Ann Jane Smith said"));
    CHECK(personal_data_found("Then Mary Ann Smith said so.") == one("Mary Ann Smith said"));
    CHECK(personal_data_found("Some People Here, a group, said so.").empty());
  }
}

TEST_CASE("attribution: a first name alone, described before its verb") {
  CHECK(personal_data_found("James, a volunteer, said the forms are long.") == one("James, a volunteer, said"));
  CHECK(personal_data_found("Priya (carer) felt unheard.") == one("Priya (carer) felt"));
  CHECK(personal_data_found("Mary, a carer, said so.") == one("Mary, a carer, said"));
  CHECK(redacted("James, a volunteer, said it.") == "[name removed] said it.");
  SUBCASE("a word that is not a first name it knows, or a description that names an organisation, names no one") {
    CHECK(personal_data_found("Northbridge, like many areas, felt it.").empty());
    CHECK(personal_data_found("Northbridge, a local area, said so.").empty());
    CHECK(personal_data_found("Victoria, the day centre, said so.").empty());
    CHECK(personal_data_found("Sunita, our local charity, said so.").empty());
    CHECK(personal_data_found("In June, a busy month, we said so.").empty());
  }
  SUBCASE("an item of a list opens a clause") {
    CHECK(personal_data_found("- James, a volunteer, said so.") == one("James, a volunteer, said"));
    CHECK(personal_data_found("Notes:\n  * Mary Jones, a carer, said so.") == one("Mary Jones, a carer, said"));
    CHECK(personal_data_found("\xE2\x80\xA2 Dr Patel (carer) felt unheard.") == one("Dr Patel (carer) felt"));
    CHECK(personal_data_found("\xE2\x80\x93 Priya, a carer, said so.") == one("Priya, a carer, said"));
    CHECK(personal_data_found("We met - Mary Jones, a carer, said so.").empty());  // a dash in a sentence
  }
  SUBCASE("a first name that is an everyday word too, or described by words alone, names no one") {
    for (const std::string_view text :
         {"Will at board level felt strong this year.", "Hope of real change felt strong among members.",
          "Joy at being listened to felt real.", "Amber, not green, felt about right to members.",
          "Amber (partly met) felt right to most members.", "Jan (a quiet month) felt slow.",
          "Grace, a local church, said we could meet there.", "Mark, a low one, felt fair.",
          "Ahmed from the network feels it.", "James at the network said so."}) {
      CAPTURE(text);
      CHECK(personal_data_found(text).empty());
    }
  }
}

TEST_CASE("attribution: a word that opens a clause itself opens it for the described name after it") {
  CHECK(personal_data_found("Then James, a carer, said it was hard.") == one("James, a carer, said"));
  CHECK(personal_data_found("And then Mary Jones (carer) felt unheard.") == one("Mary Jones (carer) felt"));
  CHECK(personal_data_found("We met. So Priya (carer) felt unheard.") == one("Priya (carer) felt"));
  CHECK(personal_data_found("Later, finally James, a volunteer, said so.") == one("James, a volunteer, said"));
  CHECK(personal_data_found("However Priya (carer) felt unheard.") == one("Priya (carer) felt"));
  CHECK(personal_data_found("Afterwards James, a carer, said so.") == one("James, a carer, said"));
  CHECK(personal_data_found("We met; meanwhile Mary Jones, a carer, felt unheard.") ==
        one("Mary Jones, a carer, felt"));
  CHECK(personal_data_found("As James, a volunteer, said, the forms are long.") == one("James, a volunteer, said"));
  CHECK(personal_data_found("We agreed, as Mary Jones (carer) said we should.") == one("Mary Jones (carer) said"));
  CHECK(personal_data_found("When Priya, a carer, told us, we listened.") == one("Priya, a carer, told"));
  CHECK(redacted("Then James, a carer, said it was hard.") == "Then [name removed] said it was hard.");
  SUBCASE("only where that word opens a clause, and only those words") {
    CHECK(personal_data_found("Members such as James, a volunteer, said so.").empty());
    CHECK(personal_data_found("As Northbridge Mind, a local charity, said, it helps.").empty());
    CHECK(personal_data_found("We met Mary then James, a carer, said so.").empty());
    CHECK(personal_data_found("Smith then James, a carer, said so.").empty());
    CHECK(personal_data_found("Perhaps James, a carer, said so.").empty());
    CHECK(personal_data_found("We met Mary however James, a carer, said so.").empty());
    CHECK(personal_data_found("Then Northbridge Mind, a local charity, said so.").empty());
  }
}

TEST_CASE("attribution: spaces and tabs between words read as one space") {
  CHECK(personal_data_found("Dr Patel  from the network feels it.") == one("Dr Patel  from the network feels"));
  CHECK(personal_data_found("Dr Patel\tfrom the network feels it.") == one("Dr Patel\tfrom the network feels"));
  CHECK(personal_data_found("Dr Patel from \t the network feels it.") == one("Dr Patel from \t the network feels"));
  CHECK(personal_data_found("Mary  Jones, a carer,\tsaid so.") == one("Mary  Jones, a carer,\tsaid"));
  CHECK(personal_data_found("Mary Jones \t(carer)  said so.") == one("Mary Jones \t(carer)  said"));
  CHECK(personal_data_found("Mr Khan  of the forum  told us.") == one("Mr Khan  of the forum  told"));
  SUBCASE("the name and its description are removed") {
    CHECK(redacted("Dr Patel\tfrom the network feels it.") == "[name removed] feels it.");
    CHECK(redacted("Dr Patel  from the network  feels it.") == "[name removed]  feels it.");
  }
  SUBCASE("a newline is no space: a description stays on one line") {
    CHECK(personal_data_found("Dr Patel\nfrom the network feels it.").empty());
    CHECK(personal_data_found("Mary Jones, a carer,\nsaid so.").empty());
    CHECK(personal_data_found("Mary Jones\n(carer) said so.").empty());
  }
}

TEST_CASE("attribution: a description that names an organisation names no one") {
  for (const std::string_view text :
       {"Northbridge Mind, a local charity, said so.", "Age UK, a national charity, said so.",
        "Riverside Lodge, the day centre, said it would host us.", "Riverside Lodge (the day centre) said so.",
        "Northbridge Mencap, our partner charities, felt it.", "Hope Springs, another local group, thinks so.",
        "Northbridge Mind, the carers' network, said so.", "Northbridge Mind, A Local Charity, said so.",
        "Mind Northbridge, a charity for the local area, said so.",
        "Riverside Lodge (the day centre in the town) said so.",
        "Northbridge Carers, a group that meets weekly, said so."}) {
    CAPTURE(text);
    CHECK(personal_data_found(text).empty());
  }
  SUBCASE("a person described by an organisation is still named") {
    CHECK(personal_data_found("Mary Jones, a carer at the local charity, said so.") ==
          one("Mary Jones, a carer at the local charity, said"));
    CHECK(personal_data_found("Mary Jones, Northbridge Council, said so.") ==
          one("Mary Jones, Northbridge Council, said"));
    CHECK(personal_data_found("Mary Jones, the charity's chair, said so.") ==
          one("Mary Jones, the charity's chair, said"));
    CHECK(personal_data_found("Mary Jones, a volunteer who runs the groups, said so.") ==
          one("Mary Jones, a volunteer who runs the groups, said"));
    CHECK(personal_data_found("Mary Jones (local charity) said so.") == one("Mary Jones (local charity) said"));
    CHECK(personal_data_found("Mary Jones, a charity worker, said so.") == one("Mary Jones, a charity worker, said"));
    CHECK(personal_data_found("Mary Jones, a volunteer for the local charity, said so.") ==
          one("Mary Jones, a volunteer for the local charity, said"));
    CHECK(personal_data_found("Mary Jones, the chair of the group, said so.") ==
          one("Mary Jones, the chair of the group, said"));
    CHECK(personal_data_found("Mary Jones, the network and a carer, said so.") ==
          one("Mary Jones, the network and a carer, said"));
    CHECK(personal_data_found("Mary Jones, a charity or a carer, said so.") ==
          one("Mary Jones, a charity or a carer, said"));
  }
}

TEST_CASE("attribution_words: the words that say a description names an organisation") {
  const auto& words = attribution_words();
  REQUIRE(!words.organisation_words.empty());
  REQUIRE(!words.words_before_an_organisation.empty());
  REQUIRE(!words.linking_words.empty());
  SUBCASE("each organisation word, and its plural") {
    for (const auto word : words.organisation_words) {
      CAPTURE(word);
      CHECK(personal_data_found(fmt::format("Northbridge Okafor, a local {}, said so.", word)).empty());
      CHECK(personal_data_found(fmt::format("Northbridge Okafor, the local {}s, said so.", word)).empty());
      CHECK(personal_data_found(fmt::format("Mary Okafor, a {} volunteer, said so.", word)) ==
            one(fmt::format("Mary Okafor, a {} volunteer, said", word)));
    }
  }
  SUBCASE("each word before an organisation") {
    for (const auto word : words.words_before_an_organisation) {
      CAPTURE(word);
      CHECK(personal_data_found(fmt::format("Northbridge Okafor, {} local charity, said so.", word)).empty());
    }
    CHECK(personal_data_found("Northbridge Okafor, local charity, said so.") ==
          one("Northbridge Okafor, local charity, said"));
  }
  SUBCASE("each linking word ties the description to something else") {
    for (const auto word : words.linking_words) {
      CAPTURE(word);
      CHECK(personal_data_found(fmt::format("Mary Okafor, a carer {} the charity, said so.", word)) ==
            one(fmt::format("Mary Okafor, a carer {} the charity, said", word)));
      const bool joins = word == "and" || word == "or";  // "a charity and a carer" may name a person
      CHECK(personal_data_found(fmt::format("Northbridge Okafor, a charity {} the area, said so.", word)).empty() ==
            !joins);
    }
  }
}

TEST_CASE("attribution: a name said to be where the speaker is from goes with the speaker's name") {
  // Before, only "Northbridge Mind said" was found, and the redaction kept "Priya".
  CHECK(personal_data_found("Priya from Northbridge Mind said so.") == one("Priya from Northbridge Mind said"));
  CHECK(redacted("Priya from Northbridge Mind said so.") == "[name removed] said so.");
  CHECK(personal_data_found("Then Dr Mary Jones at Riverside Lodge told us.") ==
        one("Dr Mary Jones at Riverside Lodge told"));
  CHECK(personal_data_found("Ahmed of Northbridge felt it.") == one("Ahmed of Northbridge felt"));
  SUBCASE("each describing word") {
    for (const auto word : attribution_words().describing_words) {
      CAPTURE(word);
      CHECK(personal_data_found(fmt::format("Priya {} Northbridge Mind said so.", word)) ==
            one(fmt::format("Priya {} Northbridge Mind said", word)));
    }
  }
  SUBCASE("no one is named before the describing word: the match is the name before the verb, as before") {
    CHECK(personal_data_found("A letter from Mary Jones said so.") == one("Mary Jones said"));
    CHECK(personal_data_found("Members from Northbridge Mind said so.") == one("Northbridge Mind said"));
    CHECK(personal_data_found("Priya went from Northbridge Mind said so.") == one("Northbridge Mind said"));
  }
  SUBCASE("nothing named before the verb, nothing found, as before") {
    CHECK(personal_data_found("Ahmed from the network feels it.").empty());
    CHECK(personal_data_found("Priya from Northbridge Forum said so.").empty());
  }
}
