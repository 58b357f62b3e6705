#include "util/text.hpp"

#include <doctest/doctest.h>

using namespace coprod::util;

TEST_CASE("find_invalid_utf8") {
  SUBCASE("valid text, including multi-byte characters") {
    CHECK_FALSE(find_invalid_utf8("plain ascii"));
    CHECK_FALSE(find_invalid_utf8("en dash \xE2\x80\x93 and \xC3\xA9"));
  }
  SUBCASE("a stray continuation byte") {
    CHECK(find_invalid_utf8("ab\x80"
                            "cd") == 2u);
  }
  SUBCASE("a truncated sequence at the end") { CHECK(find_invalid_utf8("ab\xE2\x80") == 2u); }
  SUBCASE("an overlong encoding") { CHECK(find_invalid_utf8("\xC0\xAF") == 0u); }
  SUBCASE("a UTF-16 surrogate") { CHECK(find_invalid_utf8("x\xED\xA0\x80") == 1u); }
  SUBCASE("a bad byte anywhere in long ASCII text (read eight bytes at a time) is found where it is") {
    for (std::size_t at = 0; at < 40; ++at) {
      std::string text(40, 'a');
      text[at] = '\xFF';
      CAPTURE(at);
      CHECK(find_invalid_utf8(text) == at);
      text[at] = 'a';
      text.replace(at, 1, "\xC3\xA9");  // a valid two-byte character there instead
      CHECK_FALSE(find_invalid_utf8(text));
    }
  }
}

TEST_CASE("character_column counts the characters before a byte column, not their bytes") {
  const std::string line = "area: \"Caf\xC3\xA9 \xE2\x80\x93 \xF0\x9F\x98\x80\" x";  // Café – and an emoji
  CHECK(character_column(line, 1) == 1);
  CHECK(character_column(line, 7) == 7);    // the quote: only ASCII before it
  CHECK(character_column(line, 22) == 16);  // the closing quote: 2 + 3 + 4 bytes make 3 characters
  CHECK(character_column("\tx", 2) == 2);   // a tab counts one
  CHECK(character_column("a\xE9"
                         "b",
                         3) == 3);              // a byte that is not UTF-8 counts one
  CHECK(character_column("\xC3\xA9", 5) == 4);  // past the end of the line: one a byte
  CHECK(character_column("", 0) == 0);          // not known stays not known
}

TEST_CASE("display_width counts code points") {
  CHECK(display_width("abc") == 3);
  CHECK(display_width("a\xE2\x80\x93"
                      "b") == 3);
}

TEST_CASE("display_width takes a terminal's colour codes as taking no room, so coloured text wraps where it shows") {
  CHECK(display_width("\x1b[34mA\x1b[0m 3.5") == 5);
  CHECK(display_width("\x1b[1;33mbold\x1b[0m") == 4);
  CHECK(wrap_words("\x1b[34mA\x1b[0m 3.5, \x1b[33mB\x1b[0m 2.0", 7) ==
        std::vector<std::string>{"\x1b[34mA\x1b[0m 3.5,", "\x1b[33mB\x1b[0m 2.0"});
}

TEST_CASE("wrap_hanging indents the first line and the others as asked, within the width") {
  // Every line gets the room left by the deeper indent: 26 columns here.
  CHECK(wrap_hanging("one two three four five six seven eight nine ten eleven", 30, 2, 4) ==
        "  one two three four five\n    six seven eight nine ten\n    eleven\n");
  CHECK(wrap_hanging("", 30, 2, 4).empty());
  // Never narrower than 20 columns of text, however narrow the width.
  CHECK(wrap_hanging("aaaa bbbb cccc dddd eeee", 10, 0, 2) == "aaaa bbbb cccc dddd\n  eeee\n");
}

TEST_CASE("wrap_to_fit wraps at spaces, and breaks a word wider than a line so that every line fits") {
  using Lines = std::vector<std::string>;
  SUBCASE("words that fit wrap as wrap_words wraps them") {
    CHECK(wrap_to_fit("one two three four five", 9) == wrap_words("one two three four five", 9));
  }
  SUBCASE("a web address wider than a line is broken after a '/', starting a line of its own") {
    CHECK(wrap_to_fit("notes at https://example.org/co-production/meeting-notes.html and more", 30) ==
          Lines{"notes at", "https://example.org/", "co-production/", "meeting-notes.html and more"});
  }
  SUBCASE("a word with no '/' is broken at the width, by code points") {
    CHECK(wrap_to_fit("a caf\xC3\xA9-caf\xC3\xA9-caf\xC3\xA9 b", 5) ==
          Lines{"a", "caf\xC3\xA9-", "caf\xC3\xA9-", "caf\xC3\xA9", "b"});
  }
}

TEST_CASE("wrap_list breaks a list between its parts, after the comma") {
  using Lines = std::vector<std::string>;
  CHECK(wrap_list({"no longer scored", "evidence updated"}, 40) == Lines{"no longer scored, evidence updated"});
  CHECK(wrap_list({"no longer scored", "evidence updated"}, 31) == Lines{"no longer scored,", "evidence updated"});
  CHECK(wrap_list({"up 0.5", "newly evidenced", "evidence updated"}, 24) ==
        Lines{"up 0.5, newly evidenced,", "evidence updated"});
  CHECK(wrap_list({}, 10).empty());
  // A part wider than a line is wrapped at its spaces.
  CHECK(wrap_list({"up 0.5", "no longer scored"}, 10) == Lines{"up 0.5,", "no longer", "scored"});
}

TEST_CASE("wrap_hanging breaks a word wider than its lines too") {
  CHECK(wrap_hanging("see https://example.org/co-production/meeting-notes-2026-10.html", 30, 4, 4) ==
        "    see\n    https://example.org/\n    co-production/\n    meeting-notes-2026-10.html\n");
}

TEST_CASE("path_lines, labelled_path and located_text keep a path whole on a line when it fits one") {
  const std::string path = "reviews/quarterly-self-assessments/2026-Q4-organisation.coprod.yaml";  // 67 columns
  SUBCASE("path_lines: whole when it fits, else broken after a '/'") {
    CHECK(path_lines(path, 80, 2) == "  " + path + "\n");
    CHECK(path_lines(path, 60, 2) == "  reviews/quarterly-self-assessments/\n  2026-Q4-organisation.coprod.yaml\n");
  }
  SUBCASE("labelled_path: beside its label when both fit, else below it") {
    CHECK(labelled_path("File", "a/b.yaml", 60, 0, 2) == "File: a/b.yaml\n");
    CHECK(labelled_path("File", path, 72, 0, 2) == "File:\n  " + path + "\n");
  }
  SUBCASE("located_text: the place and its text on one line when they fit") {
    CHECK(located_text("a/b.yaml:12", "impact.trust: not scored yet", 60, 2, 4) ==
          "  a/b.yaml:12: impact.trust: not scored yet\n");
  }
  SUBCASE("located_text: else the place on lines of its own, whole when it fits, then the text") {
    CHECK(located_text(path + ":339", "impact.sustained-motivation: scored 2.5 with no evidence", 80, 2, 4) ==
          "  " + path + ":339:\n    impact.sustained-motivation: scored 2.5 with no evidence\n");
    CHECK(located_text(path + ":339", "impact.trust: not scored yet", 60, 2, 4) ==
          "  reviews/quarterly-self-assessments/\n  2026-Q4-organisation.coprod.yaml:339:\n"
          "    impact.trust: not scored yet\n");
  }
}

TEST_CASE("wrap_path breaks a path after a '/' to fit the width, leaving nothing out") {
  using Lines = std::vector<std::string>;
  SUBCASE("a path that fits stays whole") {
    CHECK(wrap_path("examples/northbridge/2026-Q4-organisation.coprod.yaml", 60) ==
          Lines{"examples/northbridge/2026-Q4-organisation.coprod.yaml"});
    CHECK(wrap_path("", 60).empty());
  }
  SUBCASE("broken after a '/', as many parts to a line as fit") {
    CHECK(wrap_path("/tmp/a-long-folder/for-the-area/2026-Q4-organisation.coprod.yaml", 40) ==
          Lines{"/tmp/a-long-folder/for-the-area/", "2026-Q4-organisation.coprod.yaml"});
    CHECK(wrap_path("/srv/reviews/north/2026-Q4.yaml", 13) == Lines{"/srv/reviews/", "north/", "2026-Q4.yaml"});
  }
  SUBCASE("a name wider than a line is broken inside it, by code points") {
    CHECK(wrap_path("/a/caf\xC3\xA9-caf\xC3\xA9-caf\xC3\xA9.yaml", 8) ==
          Lines{"/a/", "caf\xC3\xA9-caf", "\xC3\xA9-caf\xC3\xA9.y", "aml"});
  }
  SUBCASE("spaces are kept as they are, so the lines joined give the path back") {
    const std::string path = "/home/lead/My  Reviews/North bridge/2026-Q4 organisation.coprod.yaml";
    for (std::size_t width = 1; width <= path.size() + 1; ++width) {
      std::string joined;
      for (const auto& line : wrap_path(path, width)) {
        CHECK(display_width(line) <= width);
        CHECK_FALSE(line.empty());
        joined += line;
      }
      CHECK(joined == path);
    }
  }
}

TEST_CASE("truncate_to_width") {
  CHECK(truncate_to_width("short", 10) == "short");
  CHECK(truncate_to_width("a long sentence here", 10) == "a long...");
  CHECK(truncate_to_width("\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9", 4) == "\xC3\xA9...");
}

TEST_CASE("wrap_words") {
  SUBCASE("wraps at spaces within the width") {
    const auto lines = wrap_words("one two three four five", 9);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == "one two");
    CHECK(lines[1] == "three");
    CHECK(lines[2] == "four five");
  }
  SUBCASE("a word longer than the width stays whole") {
    const auto lines = wrap_words("supercalifragilistic x", 5);
    CHECK(lines.front() == "supercalifragilistic");
  }
  SUBCASE("line breaks and runs of spaces collapse") {
    CHECK(wrap_words("a\n\n  b", 80) == std::vector<std::string>{"a b"});
  }
}

TEST_CASE("wrap_lines") {
  SUBCASE("each line wrapped on its own, its line break kept") {
    CHECK(wrap_lines("one two three\nfour five", 9) == std::vector<std::string>{"one two", "three", "four five"});
  }
  SUBCASE("empty lines between lines kept, at the start and end dropped; lines of blanks count as empty") {
    CHECK(wrap_lines("\n a\n\n \t\nb\n\n", 80) == std::vector<std::string>{"a", "", "", "b"});
  }
  SUBCASE("nothing but blanks") { CHECK(wrap_lines(" \n\n", 80).empty()); }
}

TEST_CASE("closest_match suggests likely typos only") {
  const std::vector<std::string> keys = {"score", "evidence", "indicator_seen", "warning_seen"};
  CHECK(closest_match("evidance", keys) == "evidence");
  CHECK(closest_match("scroe", keys) == "score");
  CHECK_FALSE(closest_match("completely-different", keys));
}

TEST_CASE("edit_distance") {
  CHECK(edit_distance("", "abc") == 3);
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(edit_distance("same", "same") == 0);
}

TEST_CASE("join_in_words, id_as_words and counted write lists, ids and counts as a sentence does") {
  CHECK(join_in_words({}) == "");
  CHECK(join_in_words({"Northbridge"}) == "Northbridge");
  CHECK(join_in_words({"a", "b"}) == "a and b");
  CHECK(join_in_words({"a", "b", "c"}, "or") == "a, b or c");
  CHECK(id_as_words("peer-network") == "peer network");
  CHECK(counted(1, "response", "responses") == "1 response");
  CHECK(counted(0, "response", "responses") == "0 responses");
}

TEST_CASE("join_first_in_words lists the first few of a long list and counts the rest") {
  CHECK(join_first_in_words({}, 3) == "");
  CHECK(join_first_in_words({"a", "b", "c"}, 3) == "a, b and c");
  CHECK(join_first_in_words({"a", "b", "c", "d"}, 3) == "a, b, c and d");  // never "and 1 more"
  CHECK(join_first_in_words({"a", "b", "c", "d", "e"}, 3) == "a, b, c and 2 more");
}

TEST_CASE("capitalised starts text as a sentence does") {
  CHECK(capitalised("the organisation") == "The organisation");
  CHECK(capitalised("Section scores") == "Section scores");
  CHECK(capitalised("2. Contact") == "2. Contact");
  CHECK(capitalised("") == "");
  CHECK(capitalised("\u00e9t\u00e9") == "\u00e9t\u00e9");  // not an ASCII letter: as it is
}

TEST_CASE("likely_references: a typo's closest name, else every name the reference is the last part of") {
  const std::vector<std::string> names = {"commitment.strategy", "commitment.notes", "contact.notes", "contact.groups"};
  CHECK(likely_references("comitment.strategy", names) == std::vector<std::string>{"commitment.strategy"});
  CHECK(likely_references("strategy", names) == std::vector<std::string>{"commitment.strategy"});
  CHECK(likely_references("notes", names) == std::vector<std::string>{"commitment.notes", "contact.notes"});
  // A whole part only: "tes" is not the last part of "commitment.notes".
  CHECK(likely_references("xyzzy", names).empty());
  CHECK(likely_references("oups", {"contact.groups"}).empty());
}

TEST_CASE("truncate_at_word") {
  SUBCASE("text that fits is whole") { CHECK(truncate_at_word("peer network meeting", 20) == "peer network meeting"); }
  SUBCASE("cut after the last whole word that leaves room, the comma before the cut left out") {
    CHECK(truncate_at_word("peer network meeting, 8 members", 26) == "peer network meeting, 8...");
    CHECK(truncate_at_word("peer network meeting, 8 members", 25) == "peer network meeting...");
    CHECK(truncate_at_word("peer network meeting, 8 members", 23) == "peer network meeting...");
    CHECK(truncate_at_word("peer network meeting, 8 members", 22) == "peer network...");
  }
  SUBCASE("a cut that falls just before a space keeps the word before it") {
    CHECK(truncate_at_word("one two three", 10) == "one two...");
  }
  SUBCASE("letters of two bytes count one column each") {
    CHECK(truncate_at_word("r\xC3\xA9union des \xC3\xA9quipes", 14) == "r\xC3\xA9union des...");
    CHECK(truncate_at_word("r\xC3\xA9union des \xC3\xA9quipes", 13) == "r\xC3\xA9union...");
  }
  SUBCASE("a first word wider than the room is cut inside it") {
    CHECK(truncate_at_word("Northbridge-co-production-network", 12) == "Northbrid...");
  }
  SUBCASE("another ellipsis") { CHECK(truncate_at_word("one two three", 9, "\xE2\x80\xA6") == "one two\xE2\x80\xA6"); }
}
