#include "analysis/personal_data.hpp"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "test_support.hpp"

using namespace coprod::analysis;
using coprod::test::personal_data_found;

namespace {

// The one match in text, which must be of the given rule.
std::string only(std::string_view text, PersonalDataRule rule) {
  const auto matches = find_personal_data(text);
  REQUIRE(matches.size() == 1);
  CHECK(matches[0].rule == rule);
  return std::string(text.substr(matches[0].offset, matches[0].length));
}

bool flags_nothing(std::string_view text) { return find_personal_data(text).empty(); }

// Generalised wording the guide recommends, ordinary sentence starts, and
// near misses: none of these is a remark attributed to a named person.
// clang-format off
constexpr std::string_view k_not_attributions[] = {
    "Some people in the group felt", "Several members said", "Most of us felt", "People said", "They said",
    "We felt", "Everyone said", "Nobody said", "Staff said", "The network felt", "Carers said", "Members told us",
    "One member said", "It said", "This shows", "Families felt", "Commissioners said", "Managers thought",
    "Leaders said", "Someone said", "Others felt", "Colleagues said", "Participants said", "Attendees felt",
    "Volunteers said", "Professionals said", "Clinicians felt", "Officers said", "Partners said", "Residents said",
    "Patients said", "Users said", "Group members said", "Network felt", "The Board said", "Council said",
    "Team said", "Panel felt", "She said", "He told us", "I felt", "Everybody thinks", "Communities said",
    "Monday said", "In March said", "May said", "The NHS said", "The GP said", "NHS England said", "The Chair said",
    "Mr said", "Mary's mum said", "mary said", "Mary. said", "Mary, said", "The NHS Long Term Plan says",
    "The Framework says"};
// clang-format on

}  // namespace

TEST_CASE("rule ids and descriptions") {
  CHECK(rule_id(PersonalDataRule::email) == "email");
  CHECK(rule_id(PersonalDataRule::phone) == "phone");
  CHECK(rule_id(PersonalDataRule::nhs_number) == "nhs-number");
  CHECK(rule_id(PersonalDataRule::postcode) == "postcode");
  CHECK(rule_id(PersonalDataRule::attribution) == "attribution");
  CHECK(rule_description(PersonalDataRule::email) == "an e-mail address");
  CHECK(rule_description(PersonalDataRule::phone) == "a UK phone number");
  CHECK(rule_description(PersonalDataRule::nhs_number) == "an NHS number");
  CHECK(rule_description(PersonalDataRule::postcode) == "a UK postcode");
  CHECK(rule_description(PersonalDataRule::attribution) == "a remark attributed to a named person");
}

TEST_CASE("is_valid_nhs_number: the Modulus 11 check") {
  CHECK(is_valid_nhs_number("9434765919"));
  CHECK(is_valid_nhs_number("4010232137"));
  SUBCASE("a wrong check digit") {
    CHECK_FALSE(is_valid_nhs_number("9434765918"));
    CHECK_FALSE(is_valid_nhs_number("4010232138"));
  }
  SUBCASE("11 - (sum mod 11) = 11 means a check digit of 0") {
    CHECK(is_valid_nhs_number("9876543210"));
    CHECK_FALSE(is_valid_nhs_number("9876543211"));
  }
  SUBCASE("11 - (sum mod 11) = 10 means no tenth digit can be right") {
    for (char last = '0'; last <= '9'; ++last) CHECK_FALSE(is_valid_nhs_number(std::string("123456789") + last));
  }
  SUBCASE("exactly ten ASCII digits") {
    CHECK_FALSE(is_valid_nhs_number(""));
    CHECK_FALSE(is_valid_nhs_number("943476591"));
    CHECK_FALSE(is_valid_nhs_number("94347659190"));
    CHECK_FALSE(is_valid_nhs_number("943 476 5919"));
    CHECK_FALSE(is_valid_nhs_number("943476591a"));
    CHECK_FALSE(is_valid_nhs_number("94347659\xD9\xA9"));  // an Arabic-Indic nine
  }
}

TEST_CASE("email") {
  CHECK(only("Contact mary.smith@nhs.net for details.", PersonalDataRule::email) == "mary.smith@nhs.net");
  CHECK(only("<j_o+coproduction@example.org.uk>", PersonalDataRule::email) == "j_o+coproduction@example.org.uk");
  CHECK(only("e-mail: Team-Lead@Some-Trust.nhs.uk, or phone", PersonalDataRule::email) ==
        "Team-Lead@Some-Trust.nhs.uk");
  SUBCASE("not e-mail addresses") {
    CHECK(flags_nothing("meet @ the library"));
    CHECK(flags_nothing("follow us @coproduction"));
    CHECK(flags_nothing("mary@localhost"));
    CHECK(flags_nothing("a@b.c"));
    CHECK(flags_nothing("@nhs.net"));
  }
}

TEST_CASE("phone") {
  CHECK(only("Call 01632 960123 today", PersonalDataRule::phone) == "01632 960123");
  CHECK(only("Call (01632) 960 123 today", PersonalDataRule::phone) == "(01632) 960 123");
  CHECK(only("Mobile 07700 900123.", PersonalDataRule::phone) == "07700 900123");
  CHECK(only("Mobile +44 7700 900123.", PersonalDataRule::phone) == "+44 7700 900123");
  CHECK(only("Office +44 (0)20 7946 0958", PersonalDataRule::phone) == "+44 (0)20 7946 0958");
  CHECK(only("Helpline 0300 311 22 33", PersonalDataRule::phone) == "0300 311 22 33");
  CHECK(only("Office (020) 7946 0958", PersonalDataRule::phone) == "(020) 7946 0958");
  CHECK(only("Office +44 20 7946 0958", PersonalDataRule::phone) == "+44 20 7946 0958");
  CHECK(only("Fax 020-7946-0958", PersonalDataRule::phone) == "020-7946-0958");
  CHECK(only("Ring 01632960123", PersonalDataRule::phone) == "01632960123");
  CHECK(only("Ring +447700900123", PersonalDataRule::phone) == "+447700900123");
  CHECK(only("Ring +44 020 7946 0958", PersonalDataRule::phone) == "+44 020 7946 0958");
  CHECK(only("Ten digits: 0161 496 0000", PersonalDataRule::phone) == "0161 496 0000");
  CHECK(only("(call 01632 960123)", PersonalDataRule::phone) == "01632 960123");
  CHECK(only("(01632 960123)", PersonalDataRule::phone) == "01632 960123");
  SUBCASE("a following group that would make it too long is left out") {
    CHECK(only("0300 311 22 33 44", PersonalDataRule::phone) == "0300 311 22 33");
  }
  SUBCASE("numbers that are not phone numbers") {
    CHECK(flags_nothing("In 2026 we scored 3.5 out of 5."));
    CHECK(flags_nothing("Reviewed on 2026-09-30 for 2026-Q3."));
    CHECK(flags_nothing("Reviewed on 30/09/2026 and 01-02-2026 10:30."));
    CHECK(flags_nothing("Scores 0 1 2 3 4 5 0.5 1.5"));
    CHECK(flags_nothing("Reference 016329601234567"));   // too long
    CHECK(flags_nothing("Reference 00441632960123"));    // 00 is not a UK number
    CHECK(flags_nothing("Reference 020-7946-0958-12"));  // part of a longer hyphenated run
    CHECK(flags_nothing("Reference 0161 496"));          // too short
    CHECK(flags_nothing("Reference 0461 496 0000"));     // 04 is not used
    CHECK(flags_nothing("Reference +1 212 555 0100"));   // not UK
    CHECK(flags_nothing("Reference A01632960123"));      // inside a word
    CHECK(flags_nothing("Item 12.01632960123"));         // a decimal
  }
  SUBCASE("an NHS number is not a phone number") {
    const auto matches = find_personal_data("9434765919");
    REQUIRE(matches.size() == 1);
    CHECK(matches[0].rule == PersonalDataRule::nhs_number);
  }
}

TEST_CASE("nhs-number") {
  CHECK(only("NHS number 9434765919.", PersonalDataRule::nhs_number) == "9434765919");
  CHECK(only("NHS number 943 476 5919.", PersonalDataRule::nhs_number) == "943 476 5919");
  CHECK(only("NHS number 943-476-5919.", PersonalDataRule::nhs_number) == "943-476-5919");
  SUBCASE("not NHS numbers") {
    CHECK(flags_nothing("NHS number 9434765918"));  // the check digit is wrong
    CHECK(flags_nothing("NHS number 943 476 5918"));
    CHECK(flags_nothing("ref 19434765919"));  // part of a longer run
    CHECK(flags_nothing("ref 94347659190"));
    CHECK(flags_nothing("ref 943 476-5919"));    // mixed separators
    CHECK(flags_nothing("ref 943  476  5919"));  // double spaces
    CHECK(flags_nothing("ref 12-943-476-5919"));
    CHECK(flags_nothing("ref 943-476-5919-2"));
    CHECK(flags_nothing("ref X9434765919"));
    CHECK(flags_nothing("ref 9434765919.5"));
  }
}

TEST_CASE("postcode") {
  for (const char* postcode : {"LS1 4AP", "SW1A 1AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "EC1A 1BB", "W1A 0AX",
                               "LS14AP", "SW1A1AA", "ls1 4ap", "sw1a 1aa"}) {
    CAPTURE(postcode);
    const std::string text = std::string("We met at ") + postcode + ", in the hall.";
    CHECK(only(text, PersonalDataRule::postcode) == postcode);
  }
  SUBCASE("not postcodes") {
    CHECK(flags_nothing("In Q3 of 2026-Q3 we took the A1 and the M62."));
    CHECK(flags_nothing("covid19 and COVID-19 and B12 vitamins"));
    CHECK(flags_nothing("the M1 1st junction"));  // mixed case
    CHECK(flags_nothing("XLS1 4AP"));             // inside a word
    CHECK(flags_nothing("LS1 4APX"));
    CHECK(flags_nothing("QS1 4AP"));   // Q never starts a postcode
    CHECK(flags_nothing("LS1 4CP"));   // C never appears in the inward code
    CHECK(flags_nothing("LS1  4AP"));  // two spaces
    CHECK(flags_nothing("Co-production in practice: Leeds and Salford."));
  }
}

TEST_CASE("attribution") {
  CHECK(only("Mary said she hated how long it took.", PersonalDataRule::attribution) == "Mary said");
  CHECK(only("John Smith told us about it.", PersonalDataRule::attribution) == "John Smith told");
  CHECK(only("Mrs Patel felt left out.", PersonalDataRule::attribution) == "Mrs Patel felt");
  CHECK(only("Then Mr. Jones asked why.", PersonalDataRule::attribution) == "Mr. Jones asked");
  CHECK(only("Dr Jane Okafor explained it.", PersonalDataRule::attribution) == "Dr Jane Okafor explained");
  CHECK(only("Afterwards Siobhan O'Brien complained.", PersonalDataRule::attribution) == "Siobhan O'Brien complained");
  CHECK(only("Yesterday Ahmed mentioned it.", PersonalDataRule::attribution) == "Ahmed mentioned");
  CHECK(only("One of them, Zo\xC3\xAB, said no. Zo\xC3\xAB thinks so.", PersonalDataRule::attribution) ==
        "Zo\xC3\xAB thinks");
  CHECK(only("Anne-Marie Smith-Jones shared a story.", PersonalDataRule::attribution) ==
        "Anne-Marie Smith-Jones shared");
  for (const char* verb : {"said", "says", "told", "tells", "felt", "feels", "thinks", "thought", "asked", "complained",
                           "mentioned", "explained", "shared"}) {
    CAPTURE(verb);
    CHECK(only(std::string("Priya ") + verb + " it.", PersonalDataRule::attribution) == std::string("Priya ") + verb);
  }
  SUBCASE("generalised wording the guide recommends is not flagged") {
    for (const std::string_view text : k_not_attributions) {
      CAPTURE(text);
      CHECK(flags_nothing(text));
    }
  }
}

TEST_CASE("attribution: a name opening a clause, described before its verb") {
  CHECK(only("Mary Jones, a carer, said the forms are long.", PersonalDataRule::attribution) ==
        "Mary Jones, a carer, said");
  CHECK(only("Mary Jones (carer) said it.", PersonalDataRule::attribution) == "Mary Jones (carer) said");
  CHECK(only("Mary Jones from the network feels unheard.", PersonalDataRule::attribution) ==
        "Mary Jones from the network feels");
  CHECK(only("Peter Smith, who chairs the carers forum, said younger carers never hear about us.",
             PersonalDataRule::attribution) == "Peter Smith, who chairs the carers forum, said");
  CHECK(only("At the meeting, Dr Patel, our lead, explained it.", PersonalDataRule::attribution) ==
        "Dr Patel, our lead, explained");
  CHECK(only("\"Mr Khan of the forum told us so.\"", PersonalDataRule::attribution) == "Mr Khan of the forum told");
  SUBCASE("the name is removed with what describes it, which may name others") {
    const std::string text = "Peter Smith, who chairs the carers forum, said no.";
    CHECK(redact(text, find_personal_data(text)) == "[name removed] said no.");
    const std::string bracket = "Then: Mary Jones (carer) felt unheard.";
    CHECK(redact(bracket, find_personal_data(bracket)) == "Then: [name removed] felt unheard.");
    const std::string others = "Mary Jones, wife of John Smith, said it helped.";
    CHECK(redact(others, find_personal_data(others)) == "[name removed] said it helped.");
  }
  SUBCASE("not when the name does not open its clause, the description runs on, or the verb is not next") {
    for (const std::string_view text :
         {"We met in Northbridge, as planned, and people said so.",
          "We went to Riverside from the station and felt it.", "Mary, said no one.",
          "Mary Jones, a carer, and people said so.", "The Northbridge team from the council said so.",
          "Mary Jones, a carer who has come to every meeting since the network began, said so.",
          "Riverside (the day centre). Staff said so.", "Members from the network felt it.",
          "Mary Jones from the network, we heard, said so.", "Eleven of the members said so.",
          "Hundreds of people told us.", "Relatives of people in care homes said so.", "GPs at the practice said so.",
          "PAs (personal assistants) said so.", "Events at the library felt welcoming.", "Levels of trust felt low.",
          "Northbridge, like many areas, felt it.", "Northbridge, a carer, said so.",
          "Mary Jones from \nthe network felt it."}) {
      CAPTURE(text);
      CHECK(flags_nothing(text));
    }
  }
}

TEST_CASE("attribution_words: the lists the attribution rule reads, as the scoring form gets them") {
  const auto& words = attribution_words();
  SUBCASE("each reporting verb after a name") {
    REQUIRE(!words.reporting_verbs.empty());
    for (const auto verb : words.reporting_verbs) {
      CHECK(only(fmt::format("Then Mary {} so.", verb), PersonalDataRule::attribution) == fmt::format("Mary {}", verb));
    }
  }
  SUBCASE("each title before a name") {
    REQUIRE(!words.titles.empty());
    for (const auto title : words.titles) {
      CHECK(only(fmt::format("{} Okafor said so.", title), PersonalDataRule::attribution) ==
            fmt::format("{} Okafor said", title));
    }
  }
  SUBCASE("no common word, in capitals, is taken for a name") {
    REQUIRE(std::ranges::is_sorted(words.common_words));
    for (const auto word : words.common_words) {
      std::string capital(word);
      capital[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(capital[0])));
      CHECK(personal_data_found(fmt::format("{} said so.", capital)).empty());
    }
  }
  SUBCASE("each first name alone, described between commas before its verb") {
    REQUIRE(std::ranges::is_sorted(words.lone_first_names));
    REQUIRE(words.lone_first_names.size() > 100);
    for (const auto name : {"will", "hope", "amber", "may"}) {  // first names that are everyday words too
      CAPTURE(name);
      CHECK(!std::ranges::binary_search(words.lone_first_names, std::string_view(name)));
    }
    for (const auto name : words.lone_first_names) {
      std::string capital(name);
      capital[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(capital[0])));
      CAPTURE(capital);
      CHECK(only(fmt::format("{}, a carer, said so.", capital), PersonalDataRule::attribution) ==
            fmt::format("{}, a carer, said", capital));
    }
  }
  SUBCASE("each phrase before a name") {
    for (const auto phrase : words.phrases_before_any_name) {
      CHECK(only(fmt::format("{} Dr Okafor, no.", phrase), PersonalDataRule::attribution) ==
            fmt::format("{} Dr Okafor", phrase));
    }
    for (const auto phrase : words.phrases_before_a_name) {
      CHECK(only(fmt::format("'No,' {} Okafor.", phrase), PersonalDataRule::attribution) ==
            fmt::format("{} Okafor", phrase));
    }
  }
  SUBCASE("each word that starts a description of a name, and the longest description") {
    for (const auto word : words.describing_words) {
      CHECK(only(fmt::format("Mary Jones {} the forum said so.", word), PersonalDataRule::attribution) ==
            fmt::format("Mary Jones {} the forum said", word));
    }
    std::string description;
    for (std::size_t i = 0; i < words.most_describing_words; ++i) description += i == 0 ? "a" : " a";
    CHECK(only(fmt::format("Mr Khan, {}, said so.", description), PersonalDataRule::attribution) ==
          fmt::format("Mr Khan, {}, said", description));
    CHECK(flags_nothing(fmt::format("Mr Khan, {} a, said so.", description)));
  }
}

TEST_CASE("offsets and lengths on a sentence with several matches") {
  const std::string text =
      "Mary said to ring 07700 900123 or e-mail mary@example.org; NHS number 943 476 5919, LS1 4AP.";
  const auto matches = find_personal_data(text);
  REQUIRE(matches.size() == 5);
  CHECK(matches[0].rule == PersonalDataRule::attribution);
  CHECK(matches[0].offset == 0);
  CHECK(matches[0].length == 9);
  CHECK(matches[1].rule == PersonalDataRule::phone);
  CHECK(matches[1].offset == 18);
  CHECK(matches[1].length == 12);
  CHECK(matches[2].rule == PersonalDataRule::email);
  CHECK(matches[2].offset == 41);
  CHECK(matches[2].length == 16);
  CHECK(matches[3].rule == PersonalDataRule::nhs_number);
  CHECK(matches[3].offset == 70);
  CHECK(matches[3].length == 12);
  CHECK(matches[4].rule == PersonalDataRule::postcode);
  CHECK(matches[4].offset == 84);
  CHECK(matches[4].length == 7);
}

TEST_CASE("overlapping matches keep the longer") {
  // The local part "ls14ap" is postcode-shaped, but the e-mail address is longer.
  CHECK(personal_data_found("write to ls14ap@example.org") == std::vector<std::string>{"ls14ap@example.org"});
}

TEST_CASE("redact") {
  const std::string text =
      "Mary said to ring 07700 900123 or e-mail mary@example.org; NHS number 943 476 5919, LS1 4AP.";
  CHECK(redact(text, find_personal_data(text)) ==
        "[name removed] said to ring [phone number removed] or e-mail [e-mail address removed]; "
        "NHS number [NHS number removed], [postcode removed].");
  CHECK(redact("Then John Smith told us.", find_personal_data("Then John Smith told us.")) ==
        "Then [name removed] told us.");
  CHECK(redact("Mrs  Patel felt", find_personal_data("Mrs  Patel felt")) == "[name removed] felt");
  SUBCASE("no matches leaves the text alone") { CHECK(redact("People said so.", {}) == "People said so."); }
  SUBCASE("matches out of order, overlapping or outside the text are handled") {
    const std::vector<PersonalDataMatch> matches = {
        {PersonalDataRule::postcode, 8, 7}, {PersonalDataRule::phone, 0, 3},
        {PersonalDataRule::email, 1, 4},    // overlaps the first
        {PersonalDataRule::email, 40, 2},   // past the end
        {PersonalDataRule::email, 14, 99},  // runs past the end
    };
    CHECK(redact("abc at: LS1 4AP", matches) == "[phone number removed] at: [postcode removed]");
  }
}

TEST_CASE("UTF-8 text around matches") {
  const std::string e_acute = "\xC3\xA9";
  const std::string e_diaeresis = "\xC3\xAB";
  const std::string en_dash = "\xE2\x80\x93";
  const std::string em_dash = "\xE2\x80\x94";
  const std::string left_quote = "\xE2\x80\x9C";
  const std::string right_quote = "\xE2\x80\x9D";
  const std::string apostrophe = "\xE2\x80\x99";
  const std::string no_break_space = "\xC2\xA0";
  const std::string text = "caf" + e_acute + " " + en_dash + " Mary said " + left_quote + "no" + right_quote + "; Zo" +
                           e_diaeresis + apostrophe + "s number is 07700" + no_break_space + "900123 or 07700 900123" +
                           em_dash + "ask.";
  const auto matches = find_personal_data(text);
  REQUIRE(matches.size() == 3);
  CHECK(matches[0].rule == PersonalDataRule::attribution);
  CHECK(matches[0].offset == 10);
  CHECK(text.substr(matches[0].offset, matches[0].length) == "Mary said");
  // A no-break space between the digits no longer hides a number (issue 16).
  CHECK(matches[1].rule == PersonalDataRule::phone);
  CHECK(text.substr(matches[1].offset, matches[1].length) == "07700" + no_break_space + "900123");
  CHECK(matches[2].rule == PersonalDataRule::phone);
  CHECK(text.substr(matches[2].offset, matches[2].length) == "07700 900123");
  CHECK(redact(text, matches) == "caf" + e_acute + " " + en_dash + " [name removed] said " + left_quote + "no" +
                                     right_quote + "; Zo" + e_diaeresis + apostrophe +
                                     "s number is [phone number removed] or [phone number removed]" + em_dash + "ask.");
  SUBCASE("letters with accents are part of words") {
    CHECK(flags_nothing(e_acute + "LS1 4AP"));
    CHECK(flags_nothing("Jos" + e_acute + "01632 960123"));
    CHECK(only("Jos" + e_acute + " said", PersonalDataRule::attribution) == "Jos" + e_acute + " said");
    CHECK(only("(zo" + e_diaeresis + "@example.com)", PersonalDataRule::email) == "zo" + e_diaeresis + "@example.com");
  }
}

TEST_CASE("attribution: names that start with a capital beyond ASCII") {
  CHECK(only("\u00C9mile said hi", PersonalDataRule::attribution) == "\u00C9mile said");
  CHECK(only("\u0141ukasz said the room was cold.", PersonalDataRule::attribution) == "\u0141ukasz said");
  CHECK(only("\u00C1gnes told us.", PersonalDataRule::attribution) == "\u00C1gnes told");
  CHECK(only("Ms \u00D6zil told us.", PersonalDataRule::attribution) == "Ms \u00D6zil told");
  CHECK(only("Dr \u00D8degaard said no.", PersonalDataRule::attribution) == "Dr \u00D8degaard said");
  CHECK(only("Then \u00C9mile \u0141ukasiewicz felt it.", PersonalDataRule::attribution) ==
        "\u00C9mile \u0141ukasiewicz felt");
  CHECK(only("Anne-\u00C9lise shared a story.", PersonalDataRule::attribution) == "Anne-\u00C9lise shared");
  CHECK(only("\u00D3'Neill asked.", PersonalDataRule::attribution) == "\u00D3'Neill asked");
  CHECK(only("\u0394\u03B7\u03BC\u03AE\u03C4\u03C1\u03B7\u03C2 said so.", PersonalDataRule::attribution) ==
        "\u0394\u03B7\u03BC\u03AE\u03C4\u03C1\u03B7\u03C2 said");  // Greek: Dimitris
  CHECK(only("\u0414\u043C\u0438\u0442\u0440\u0438\u0439 felt left out.", PersonalDataRule::attribution) ==
        "\u0414\u043C\u0438\u0442\u0440\u0438\u0439 felt");  // Cyrillic: Dmitry
  CHECK(only("\"Not yet,\" said \u00C9mile.", PersonalDataRule::attribution) == "said \u00C9mile");
  CHECK(only("According to \u00C1gnes, it works.", PersonalDataRule::attribution) == "According to \u00C1gnes");
  CHECK(redact("\u00C9mile said hi", find_personal_data("\u00C9mile said hi")) == "[name removed] said hi");
  SUBCASE("a small letter, or capitals only, is no name") {
    CHECK(flags_nothing("\u00E9mile said hi"));
    CHECK(flags_nothing("\u0142ukasz said hi"));
    CHECK(flags_nothing("\u00C9\u00C9 said hi"));
    CHECK(flags_nothing("\u00C9MILE said hi"));
    CHECK(flags_nothing("\u00D7 said hi"));
  }
}

TEST_CASE("attribution: capitals of three bytes, and capitals written with a combining accent") {
  SUBCASE("capitals of three-byte UTF-8: Latin Extended Additional, Georgian, Greek Extended") {
    CHECK(only("\u1EA0nh said hi", PersonalDataRule::attribution) == "\u1EA0nh said");  // Vietnamese: Anh
    CHECK(only("Ms \u1E0Cang told us.", PersonalDataRule::attribution) == "Ms \u1E0Cang told");
    CHECK(only("\u1C92\u10D8\u10DD\u10E0\u10D2\u10D8 felt it.", PersonalDataRule::attribution) ==
          "\u1C92\u10D8\u10DD\u10E0\u10D2\u10D8 felt");  // Georgian: Giorgi, in Mtavruli then Mkhedruli
    CHECK(only("\u1F08\u03BB\u03AD\u03BE\u03B7\u03C2 said so.", PersonalDataRule::attribution) ==
          "\u1F08\u03BB\u03AD\u03BE\u03B7\u03C2 said");  // Greek: Alexis, with a breathing mark
    CHECK(only("Then \u0110\u1EB7ng V\u0103n \u1EA0nh said no.", PersonalDataRule::attribution) ==
          "\u0110\u1EB7ng V\u0103n \u1EA0nh said");  // three words before the verb at most
    CHECK(only("According to \u1EA0nh, it works.", PersonalDataRule::attribution) == "According to \u1EA0nh");
  }
  SUBCASE("a capital, or a small letter, written as a letter then a combining accent") {
    CHECK(only("E\u0301mile said hi", PersonalDataRule::attribution) == "E\u0301mile said");
    CHECK(only("Zoe\u0308 said hi", PersonalDataRule::attribution) == "Zoe\u0308 said");
    CHECK(only("Dr Zoe\u0308 O\u0301'Brien said no.", PersonalDataRule::attribution) ==
          "Dr Zoe\u0308 O\u0301'Brien said");
    CHECK(only("Anne-E\u0301lise shared a story.", PersonalDataRule::attribution) == "Anne-E\u0301lise shared");
    CHECK(only("\"Not yet,\" said E\u0301mile.", PersonalDataRule::attribution) == "said E\u0301mile");
    CHECK(only("A\u0323\u0302nh said hi", PersonalDataRule::attribution) == "A\u0323\u0302nh said");
  }
  SUBCASE("small letters, capitals only, and an accent on its own are no name") {
    CHECK(flags_nothing("\u1EA1nh said hi"));
    CHECK(flags_nothing("\u1EA0\u1EA0 said hi"));
    CHECK(flags_nothing("e\u0301mile said hi"));
    CHECK(flags_nothing("E\u0301MILE said hi"));
    CHECK(only("\u0301Emile said hi", PersonalDataRule::attribution) == "Emile said");  // the accent is no letter's
  }
  SUBCASE("a letter with an accent is part of the word, before a number as after it") {
    const std::string accent = "\u0301";
    CHECK(flags_nothing("Jose" + accent + "01632 960123"));
    CHECK(flags_nothing("\u1EA0" + std::string("01632 960123")));
    CHECK(flags_nothing("01632 960123\u1EA1"));
  }
}

TEST_CASE("edge cases") {
  SUBCASE("an empty string") {
    CHECK(find_personal_data("").empty());
    CHECK(redact("", {}).empty());
  }
  SUBCASE("text that stops part-way") {
    for (const char* text :
         {"0",    "+",      "+4", "+44", "+44 (0", "(",    "(0",    "07700 ", "943 476 ", "943-476-591",
          "LS1 ", "LS1 4A", "@",  "a@",  "a@b.",   "Mary", "Mary ", "Mrs.",   "Zo\xC3",   "\xE2\x80"}) {
      CAPTURE(text);
      CHECK(flags_nothing(text));
    }
  }
  SUBCASE("NUL bytes and stray bytes are just bytes") {
    const std::string text = std::string(1, '\0') + "Mary said" + std::string(1, '\0') + "\xFF" + "07700 900123\xFF";
    CHECK(personal_data_found(text) == std::vector<std::string>{"Mary said", "07700 900123"});
  }
}

TEST_CASE("a 4 MB string of digits and spaces returns") {
  constexpr std::size_t k_size = 4 * 1024 * 1024;
  SUBCASE("one long run of digits is not a phone or NHS number") {
    CHECK(find_personal_data(std::string(k_size, '0')).empty());
  }
  SUBCASE("pseudo-random digits and spaces") {
    std::string text;
    text.reserve(k_size);
    unsigned state = 12345;
    while (text.size() < k_size) {
      state = state * 1103515245u + 12345u;
      const unsigned value = (state >> 16) % 13;
      text.push_back(value >= 10 ? ' ' : static_cast<char>('0' + value));
    }
    const auto matches = find_personal_data(text);
    CHECK_FALSE(matches.empty());
    bool in_order_and_numeric = true;
    std::size_t previous_end = 0;
    for (const auto& match : matches) {
      in_order_and_numeric = in_order_and_numeric && match.offset >= previous_end && match.length > 0 &&
                             (match.rule == PersonalDataRule::phone || match.rule == PersonalDataRule::nhs_number);
      previous_end = match.offset + match.length;
    }
    CHECK(in_order_and_numeric);
    CHECK(previous_end <= text.size());
    CHECK(find_personal_data(redact(text, matches)).empty());
  }
  SUBCASE("a repeated phone number is found every time") {
    std::string text;
    const std::string phone = "07700 900123 ";
    while (text.size() + phone.size() <= k_size) text += phone;
    const auto matches = find_personal_data(text);
    CHECK(matches.size() == text.size() / phone.size());
    CHECK(matches.back().offset == text.size() - phone.size());
  }
  SUBCASE("zeros and spaces") {
    std::string text;
    while (text.size() < k_size) text += "0 00 000 ";
    CHECK(find_personal_data(text).empty());
  }
}

TEST_CASE("attribution: 'according to' a named person") {
  CHECK(only("According to Dr Patel, it is late.", PersonalDataRule::attribution) == "According to Dr Patel");
  CHECK(only("This is late, according to Mary Jones.", PersonalDataRule::attribution) == "according to Mary Jones");
  CHECK(only("according to Dr. Khan it works", PersonalDataRule::attribution) == "according to Dr. Khan");
  CHECK(only("This is as Mrs Khan told us.", PersonalDataRule::attribution) == "Mrs Khan told");
  CHECK(only("Dr Patel said the board agreed.", PersonalDataRule::attribution) == "Dr Patel said");
  SUBCASE("groups, documents and organisations after 'according to' stay clean") {
    CHECK(flags_nothing("According to the minutes, it was agreed."));
    CHECK(flags_nothing("According to NHS England guidance, this comes first."));
    CHECK(flags_nothing("According to staff, it was agreed."));
    CHECK(flags_nothing("According to Healthwatch, people waited."));
    CHECK(flags_nothing("According to"));
    CHECK(flags_nothing("Disaccording to Mary"));
  }
  SUBCASE("accepted false positive: a place is taken for a name") {
    CHECK(only("According to Northbridge Council, the budget is set.", PersonalDataRule::attribution) ==
          "According to Northbridge");
  }
  SUBCASE("redaction keeps 'according to' and removes the name") {
    const std::string text = "According to Dr Patel, it is late.";
    CHECK(redact(text, find_personal_data(text)) == "According to [name removed], it is late.");
  }
}

TEST_CASE("attribution: the verb before the name") {
  CHECK(only("\"We will wait,\" said Dr Patel.", PersonalDataRule::attribution) == "said Dr Patel");
  CHECK(only("'Not yet', said Mary Smith, and left.", PersonalDataRule::attribution) == "said Mary Smith");
  CHECK(only("Why wait? asked Mrs Khan", PersonalDataRule::attribution) == "asked Mrs Khan");
  CHECK(only("\u201CIt works\u201D, explained Priya\u201D", PersonalDataRule::attribution) == "explained Priya");
  CHECK(only("Said told us it was late.", PersonalDataRule::attribution) == "Said told");
  SUBCASE("a capitalised phrase after the verb is not a name unless it ends the clause") {
    CHECK(flags_nothing("People said Personal budgets help."));
    CHECK(flags_nothing("Some people in the group said Thank you to the staff."));
    CHECK(flags_nothing("The chair said Healthwatch would come."));
    CHECK(flags_nothing("Everyone said the same."));
    CHECK(flags_nothing("unsaid Mary."));
  }
  SUBCASE("redaction keeps the verb and removes the name") {
    const std::string text = "\"Wait,\" said Dr Patel.";
    CHECK(redact(text, find_personal_data(text)) == "\"Wait,\" said [name removed].");
    const std::string name_first = "Said told us.";
    CHECK(redact(name_first, find_personal_data(name_first)) == "[name removed] told us.");
  }
}

TEST_CASE("Unicode spaces, dashes and zero-width characters do not hide numbers") {
  // Offsets and lengths are in the original text.
  CHECK(only("Ring 07700\u00A0900123 today", PersonalDataRule::phone) == "07700\u00A0900123");
  CHECK(only("Ring 07700\u2009900\u2013123", PersonalDataRule::phone) == "07700\u2009900\u2013123");
  CHECK(only("Ring 0113\u200B496\u00A00000", PersonalDataRule::phone) == "0113\u200B496\u00A00000");
  CHECK(only("NHS 943\u2013476\u20135919.", PersonalDataRule::nhs_number) == "943\u2013476\u20135919");
  CHECK(only("NHS 943\u2011476\u20115919", PersonalDataRule::nhs_number) == "943\u2011476\u20115919");
  CHECK(only("Write to LS1\u20094AP.", PersonalDataRule::postcode) == "LS1\u20094AP");
  CHECK(only("Write to LS1\u202F4AP.", PersonalDataRule::postcode) == "LS1\u202F4AP");
  CHECK(only("Mary\u00A0said so", PersonalDataRule::attribution) == "Mary\u00A0said");
  SUBCASE("a match after other multi-byte text has the original offset") {
    const std::string text = "Caf\u00E9 \u2014 ring 07700\u00A0900123";
    const auto matches = find_personal_data(text);
    REQUIRE(matches.size() == 1);
    CHECK(matches[0].offset == text.find("07700"));
    CHECK(matches[0].length == std::string_view("07700\u00A0900123").size());
  }
  SUBCASE("redaction replaces the original bytes") {
    const std::string text = "Ring 07700\u00A0900123.";
    CHECK(redact(text, find_personal_data(text)) == "Ring [phone number removed].");
  }
  SUBCASE("dashes between words stay clean") {
    CHECK(flags_nothing("2026\u201309\u201320 \u2014 a date, not a number"));
  }
}
