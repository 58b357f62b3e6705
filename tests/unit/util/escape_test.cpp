#include "util/escape.hpp"

#include <doctest/doctest.h>

#include "util/json_writer.hpp"
#include "util/text.hpp"

using namespace coprod::util;

TEST_CASE("csv_field") {
  CHECK(csv_field("plain") == "plain");
  CHECK(csv_field("a, b") == "\"a, b\"");
  CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv_field("two\nlines") == "\"two\nlines\"");
  SUBCASE("formula-looking text is defused for spreadsheets") {
    CHECK(csv_field("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"");
    CHECK(csv_field("+44 7700 900123") == "'+44 7700 900123");
    CHECK(csv_field("-sum(A1:A9)") == "'-sum(A1:A9)");
    CHECK(csv_field("@SUM(1+1)") == "'@SUM(1+1)");
    CHECK(csv_field("  =1+1") == "'  =1+1");
  }
  SUBCASE("a cell starting with a tab or carriage return is defused too, and the control character goes") {
    CHECK(csv_field("\t=1+1") == "' =1+1");
    CHECK(csv_field("\r=1+1") == "\"'\n=1+1\"");
  }
  SUBCASE("a control character dropped from the front cannot hide a formula") {
    CHECK(csv_field("\x01=1+1") == "'=1+1");
    CHECK(csv_field("\xC2\x85=2+2") == "'=2+2");  // U+0085, a C1 control
    CHECK(csv_field("\x7f@SUM(1,2)") == "\"'@SUM(1,2)\"");
    CHECK(csv_field(" \t=3+3") == "'  =3+3");
    CHECK(csv_field("\x01-1.5") == "-1.5");
  }
  SUBCASE("plain numbers stay numbers") {
    CHECK(csv_field("-1") == "-1");
    CHECK(csv_field("-1.5") == "-1.5");
    CHECK(csv_field("+0.5") == "+0.5");
    CHECK(csv_field("3") == "3");
    CHECK(csv_field("-1.5e3") == "'-1.5e3");
    CHECK(csv_field("-") == "'-");
    CHECK(csv_field("-.5") == "'-.5");
  }
  SUBCASE("C0 and C1 control characters are removed") {
    CHECK(csv_field("bell\x07 escape\x1b[31m") == "bell escape[31m");
    CHECK(csv_field("next line\xC2\x85 and CSI\xC2\x9B") == "next line and CSI");
    CHECK(csv_field("caf\xC3\xA9") == "caf\xC3\xA9");  // U+00E9 is not a control character
    CHECK(csv_field("a\r\nb") == "\"a\nb\"");
  }
}

TEST_CASE("without_control_characters") {
  CHECK(without_control_characters("keep\nline breaks") == "keep\nline breaks");
  CHECK(without_control_characters("tab\there") == "tab here");
  CHECK(without_control_characters("del\x7F nul") == "del nul");
  CHECK(without_control_characters(std::string_view("a\0b", 3)) == "ab");
  CHECK(without_control_characters("non\xEF\xBF\xBE"
                                   "char\xEF\xBF\xBF") == "nonchar");
  CHECK(without_control_characters("\xEF\xBF\xBD stays") == "\xEF\xBF\xBD stays");
}

TEST_CASE("is_plain_number") {
  CHECK(is_plain_number("0"));
  CHECK(is_plain_number("-1.5"));
  CHECK(is_plain_number("+2"));
  CHECK_FALSE(is_plain_number(""));
  CHECK_FALSE(is_plain_number("1."));
  CHECK_FALSE(is_plain_number("1+1"));
  CHECK_FALSE(is_plain_number("=1"));
}

TEST_CASE("markdown_text cannot break a table or inject markup") {
  CHECK(markdown_text("a | b") == "a \\| b");
  CHECK(markdown_text("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
  CHECK(markdown_text("line\nbreak") == "line<br>break");
  SUBCASE("line breaks before or after the text give no <br>; those inside it do") {
    CHECK(markdown_text("evidence in a YAML block\n") == "evidence in a YAML block");
    CHECK(markdown_text("first\nsecond\r\n\n  \n") == "first<br>second");
    CHECK(markdown_text("\n \n  indented first\nnext") == "  indented first<br>next");
    CHECK(markdown_text("\n\n") == "");
    CHECK(markdown_text("ends with spaces  ") == "ends with spaces  ");
    CHECK(markdown_text("\n1. Commitment\n") == "1\\. Commitment");
  }
  SUBCASE("an @name at the start of a word cannot mention an account; e-mail addresses stay as they are") {
    CHECK(markdown_text("Ask @nhs-team.") == "Ask @&#8203;nhs-team.");
    CHECK(markdown_text("@lead, (@team) and\n@Org2") == "@&#8203;lead, (@&#8203;team) and<br>@&#8203;Org2");
    CHECK(markdown_text("mail lead@example.org or first.last@nhs.net") ==
          "mail lead@example.org or first.last@nhs.net");
    CHECK(markdown_text("meet @ 3pm, @_x, @") == "meet @ 3pm, @\\_x, @");
  }
  SUBCASE("the spaces that indent a line after a line break are kept, as &nbsp;") {
    CHECK(markdown_text("organisation:\n  First.\n\tSecond.\r\n   Third  here") ==
          "organisation:<br>&nbsp;&nbsp;First.<br>&nbsp;Second.<br>&nbsp;&nbsp;&nbsp;Third  here");
    CHECK(markdown_text("  starts with spaces") == "  starts with spaces");
  }
  CHECK(markdown_text("[link](http://x)") == "\\[link\\](http://x)");
  CHECK(markdown_text("*bold* _it_ `code`") == "\\*bold\\* \\_it\\_ \\`code\\`");
  CHECK(markdown_text("1. Commitment") == "1\\. Commitment");
  SUBCASE("only a number that could begin an ordered list is escaped: one followed by a space or the end") {
    CHECK(markdown_text("1.4") == "1.4");
    CHECK(markdown_text("2.3 (draft)") == "2.3 (draft)");
    CHECK(markdown_text("2026.") == "2026\\.");
    CHECK(markdown_text("3) Review impact") == "3\\) Review impact");
    CHECK(markdown_text("4.\tBuild knowledge") == "4\\. Build knowledge");
    CHECK(markdown_text("5.\nnext") == "5\\.<br>next");
  }
  CHECK(markdown_text("2026 was") == "2026 was");
  SUBCASE("a bullet list's marker or a thematic break at the start is escaped") {
    CHECK(markdown_text("- we met twice") == "\\- we met twice");
    CHECK(markdown_text("+ and again") == "\\+ and again");
    CHECK(markdown_text("* starred") == "\\* starred");
    CHECK(markdown_text("-") == "\\-");
    CHECK(markdown_text("---") == "\\---");
    CHECK(markdown_text("\n  - indented\nnext") == "  \\- indented<br>next");
    CHECK(markdown_text("  2. indented") == "  2\\. indented");
    CHECK(markdown_text("-1.5 on last year") == "-1.5 on last year");
    CHECK(markdown_text("+2 since March") == "+2 since March");
    CHECK(markdown_text("well - twice") == "well - twice");
    CHECK(markdown_text("first\n- second") == "first<br>- second");  // after <br>, no list can start
  }
  CHECK(markdown_text("esc \x1b[31m") == "esc \xEF\xBF\xBD\\[31m");
  SUBCASE("C1 controls become U+FFFD; other characters stay") {
    CHECK(markdown_text("csi \xC2\x9B"
                        "31m") ==
          "csi \xEF\xBF\xBD"
          "31m");
    CHECK(markdown_text("caf\xC3\xA9 \xE2\x80\x94 ok") == "caf\xC3\xA9 \xE2\x80\x94 ok");
  }
}

TEST_CASE("markdown_inline_text escapes as markdown_text but leaves a list marker at the start") {
  CHECK(markdown_inline_text("1. Commitment and leadership") == "1. Commitment and leadership");
  CHECK(markdown_inline_text("- we met twice") == "- we met twice");
  CHECK(markdown_inline_text("* a | b <i>") == "\\* a \\| b &lt;i&gt;");
  CHECK(markdown_inline_text("\nline\n  break\n") == "line<br>&nbsp;&nbsp;break");
  CHECK(markdown_inline_text("ask @lead") == "ask @&#8203;lead");
}

TEST_CASE("markdown_text keeps an arrow as it reads and escapes every other >") {
  CHECK(markdown_inline_text("2026-Q4 -> 2027-Q1") == "2026-Q4 -> 2027-Q1");
  CHECK(markdown_text("score 3 -> 2") == "score 3 -> 2");
  CHECK(markdown_inline_text("a <!-- b --> c") == "a &lt;\\!-- b --> c");
  CHECK(markdown_text("> not a quote") == "&gt; not a quote");
  CHECK(markdown_inline_text("3 > 2 <b>") == "3 &gt; 2 &lt;b&gt;");
}

TEST_CASE("xml_text") {
  CHECK(xml_text("a < b & \"c\" 'd'") == "a &lt; b &amp; &quot;c&quot; &#39;d&#39;");
  CHECK(xml_text("bell\x07") == "bell\xEF\xBF\xBD");
  SUBCASE("characters XML forbids become U+FFFD") {
    CHECK(xml_text("a\xEF\xBF\xBE"
                   "b") ==
          "a\xEF\xBF\xBD"
          "b");  // U+FFFE
    CHECK(xml_text("a\xEF\xBF\xBF"
                   "b") ==
          "a\xEF\xBF\xBD"
          "b");                                         // U+FFFF
    CHECK(xml_text("c1\xC2\x85") == "c1\xEF\xBF\xBD");  // U+0085
    CHECK(xml_text("bad\xFF byte") == "bad\xEF\xBF\xBD byte");
    CHECK(xml_text("cut \xE2\x80") == "cut \xEF\xBF\xBD\xEF\xBF\xBD");
  }
  SUBCASE("tabs, line breaks and other characters stay") {
    CHECK(xml_text("a\tb\nc") == "a\tb\nc");
    CHECK(xml_text("\xEF\xBF\xBD \xF0\x9F\x98\x80 \xEF\xBF\xBC") == "\xEF\xBF\xBD \xF0\x9F\x98\x80 \xEF\xBF\xBC");
  }
}

TEST_CASE("reports and tables leave out the bidirectional controls that would reorder text") {
  // "123 <RLO>evil<PDF>" would show as "123 live".
  const std::string reordered =
      "123 \xE2\x80\xAE"
      "evil\xE2\x80\xAC";
  CHECK(xml_text(reordered) == "123 evil");
  CHECK(markdown_text(reordered) == "123 evil");
  CHECK(csv_field(reordered) == "123 evil");
  CHECK(without_control_characters(reordered) == "123 evil");
  // Every embedding, override and isolate; not the marks (U+200E, U+200F)
  // or the zero-width joiners that right-to-left and other scripts use.
  for (const std::string control : {"\xE2\x80\xAA", "\xE2\x80\xAB", "\xE2\x80\xAC", "\xE2\x80\xAD", "\xE2\x80\xAE",
                                    "\xE2\x81\xA6", "\xE2\x81\xA7", "\xE2\x81\xA8", "\xE2\x81\xA9"}) {
    CHECK(xml_text("a" + control + "b") == "ab");
    CHECK(without_control_characters("a" + control + "b") == "ab");
  }
  const std::string kept = "\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85 \xE2\x80\x8F x \xE2\x80\x8D \xE2\x80\x8C";
  CHECK(xml_text(kept) == kept);
  CHECK(markdown_text(kept) == kept);
  CHECK(without_control_characters(kept) == kept);
  CHECK(without_control_characters("cut \xE2\x80") == "cut \xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST_CASE("terminal_text removes control sequences") {
  CHECK(terminal_text("red \x1b[31mtext") == "red ?[31mtext");
  CHECK(terminal_text("two\nlines") == "two lines");
  CHECK(terminal_text("two\nlines", true) == "two\nlines");
  CHECK(terminal_text("c1 \xC2\x9B control") == "c1 ? control");
  CHECK(terminal_text("\xC3\xA9 stays") == "\xC3\xA9 stays");
  CHECK(terminal_text("tab\there") == "tab here");
  CHECK(terminal_text("del\x7F") == "del?");
  SUBCASE("bidirectional controls and zero-width characters are shown, not obeyed") {
    CHECK(terminal_text("abc\xE2\x80\xAE"
                        "def") == "abc<U+202E>def");                           // right-to-left override
    CHECK(terminal_text("\xE2\x81\xA6x\xE2\x81\xA9") == "<U+2066>x<U+2069>");  // isolates
    CHECK(terminal_text("\xE2\x81\xA7\xE2\x81\xA8") == "<U+2067><U+2068>");
    CHECK(terminal_text("zero\xE2\x80\x8Bwidth") == "zero<U+200B>width");
    CHECK(terminal_text("\xEF\xBB\xBF"
                        "bom") == "<U+FEFF>bom");
  }
  SUBCASE("controls between runs of plain text are caught wherever they fall") {
    CHECK(terminal_text("a\x1b"
                        "b\x07"
                        "c\r\x7F") == "a?b?c??");
    CHECK(terminal_text("\x1b"
                        "plain text then \xE2\x80\xAE") == "?plain text then <U+202E>");
  }
  SUBCASE("bytes that are not UTF-8 become '?'") {
    CHECK(terminal_text("\xFF\x9B"
                        "2J") == "??2J");
  }
}

TEST_CASE("json_quote escapes C0 and C1 controls") {
  CHECK(json_quote("a\x01"
                   "b") == "\"a\\u0001b\"");
  CHECK(json_quote("csi \xC2\x9B"
                   "31m") == "\"csi \\u009b31m\"");
  CHECK(json_quote("caf\xC3\xA9") == "\"caf\xC3\xA9\"");
}

TEST_CASE("JsonWriter") {
  JsonWriter json;
  json.begin_object();
  json.key("name").string("quote \" and \\ and \n and \x01");
  json.key("list").begin_array().number(1).decimal(2.5, 1).boolean(true).null().end_array();
  json.key("empty").begin_object().end_object();
  json.end_object();
  CHECK(json.finish() ==
        "{\n"
        "  \"name\": \"quote \\\" and \\\\ and \\n and \\u0001\",\n"
        "  \"list\": [\n"
        "    1,\n"
        "    2.5,\n"
        "    true,\n"
        "    null\n"
        "  ],\n"
        "  \"empty\": {}\n"
        "}\n");
}

TEST_CASE("JSON, CSV and Markdown are UTF-8 even when the text is not (a file name, say)") {
  const std::string name = "caf\xE9 \xFF.yaml";  // Latin-1, as an old file system may hold it
  const std::string fixed = "caf\xEF\xBF\xBD \xEF\xBF\xBD.yaml";
  CHECK(valid_utf8(name) == fixed);
  CHECK(valid_utf8("\xE2\x82") == "\xEF\xBF\xBD\xEF\xBF\xBD");  // a character cut short
  CHECK(valid_utf8("ok \xC3\xA9") == "ok \xC3\xA9");
  CHECK(json_quote(name) == "\"" + fixed + "\"");
  CHECK(csv_field(name) == fixed);
  CHECK(markdown_text(name) == fixed);
}
