#include "analysis/check_flags.hpp"

#include <doctest/doctest.h>

#include "analysis/comment_in_text.hpp"
#include "analysis/field_in_text.hpp"
#include "analysis/personal_data_flags.hpp"
#include "analysis/redaction.hpp"
#include "ipc_assessments.hpp"

using namespace coprod;

namespace {

using test::ipc;

model::RowResponse row(const std::string& id, int halves, std::optional<std::string> evidence) {
  model::RowResponse response;
  response.row_id = id;
  response.score = model::Score::from_halves(halves);
  response.evidence = std::move(evidence);
  response.score_position = {12, 16};
  return response;
}

model::Assessment commitment(std::vector<model::RowResponse> rows, std::optional<model::Date> last_completed = {}) {
  model::Assessment assessment;
  assessment.source = "a.yaml";
  assessment.framework_id = "ipc-coproduction";
  model::SectionResponse section;
  section.section_id = "commitment";
  section.last_completed = last_completed;
  section.position = {9, 3};
  section.rows = std::move(rows);
  assessment.sections.push_back(section);
  return assessment;
}

std::vector<std::string> messages(const std::vector<analysis::Flag>& flags) {
  std::vector<std::string> texts;
  for (const auto& flag : flags) texts.push_back(flag.diagnostic.to_string());
  return texts;
}

model::TextField field(const std::string& path, const std::string& value, std::vector<std::string> reviewed = {}) {
  return {path, value, {5, 19}, {{5, 19, value}}, std::move(reviewed), 5, {}};
}

}  // namespace

TEST_CASE("flag_scores: a score of 3 or more needs evidence") {
  const auto assessment = commitment(
      {row("strategy", 6, std::nullopt), row("motivation", 5, std::nullopt), row("resources", 8, "Minutes of March.")});
  const auto flags =
      analysis::flag_scores(analysis::score_assessment(ipc(), assessment), *model::Date::parse("2026-11-01"));
  REQUIRE(flags.size() == 1);
  CHECK(flags[0].rule == "evidence-missing");
  CHECK(flags[0].diagnostic.to_string() ==
        "a.yaml:12:16: warning: commitment.strategy is scored 3 with no evidence; add the evidence behind the score "
        "[evidence-missing]");
}

TEST_CASE("flag_scores: evidence more than a year old") {
  const auto assessment = commitment({row("strategy", 4, "Minutes.")}, model::Date::parse("2025-10-31"));
  const auto result = analysis::score_assessment(ipc(), assessment);
  CHECK(analysis::flag_scores(result, *model::Date::parse("2026-10-31")).empty());  // 365 days: not yet
  CHECK(messages(analysis::flag_scores(result, *model::Date::parse("2026-11-01"))) ==
        std::vector<std::string>{"a.yaml:9:3: warning: the section 'commitment' was last completed on 2025-10-31, more "
                                 "than a year before 2026-11-01; review its evidence and scores, then update "
                                 "'last_completed' [stale-evidence]"});
  const auto no_evidence = commitment({row("strategy", 4, std::nullopt)}, model::Date::parse("2020-01-01"));
  CHECK(
      analysis::flag_scores(analysis::score_assessment(ipc(), no_evidence), *model::Date::parse("2026-11-01")).empty());
}

TEST_CASE("flag_scores: a date problem points at the 'last_completed' value, else at the section") {
  auto assessment = commitment({row("strategy", 4, "Minutes.")}, model::Date::parse("2025-10-31"));
  assessment.sections[0].last_completed_position = {11, 21};
  SUBCASE("stale evidence") {
    const auto flags =
        analysis::flag_scores(analysis::score_assessment(ipc(), assessment), *model::Date::parse("2026-11-01"));
    REQUIRE(flags.size() == 1);
    CHECK(flags[0].rule == "stale-evidence");
    CHECK(flags[0].diagnostic.position.line == 11);
    CHECK(flags[0].diagnostic.position.column == 21);
  }
  SUBCASE("a completion date still to come") {
    const auto flags =
        analysis::flag_scores(analysis::score_assessment(ipc(), assessment), *model::Date::parse("2025-10-01"));
    REQUIRE(flags.size() == 1);
    CHECK(flags[0].rule == "future-date");
    CHECK(flags[0].diagnostic.position.line == 11);
    CHECK(flags[0].diagnostic.position.column == 21);
  }
}

TEST_CASE("future_period_message: a period later than the one after today's") {
  const auto today = *model::Date::parse("2026-12-04");
  SUBCASE("a period started by today, however long, is not flagged") {
    for (const char* period : {"2026-Q4", "2026-H2", "2026-12", "2025-Q1"})
      CHECK_FALSE(analysis::future_period_message(*model::Period::parse(period), today));
    CHECK_FALSE(analysis::future_period_message(*model::Period::parse("2027-Q1"), *model::Date::parse("2027-01-01")));
  }
  SUBCASE("nor is the next period, whose file is made ahead of time (init --from in December for 2027-Q1)") {
    for (const char* period : {"2027-Q1", "2027-H1", "2027-01"})
      CHECK_FALSE(analysis::future_period_message(*model::Period::parse(period), today));
  }
  SUBCASE("a later one is, saying when it starts and what to correct") {
    CHECK(analysis::future_period_message(*model::Period::parse("2036-Q1"), today) ==
          "the period 2036-Q1 starts on 2036-01-01, after 2027-Q1, the next period from today (2026-12-04); "
          "correct 'period' to the review period the assessment is for");
    CHECK(analysis::future_period_message(*model::Period::parse("2036-Q1"), today,
                                          analysis::DateOrigin{"--today", "give today's date"}) ==
          "the period 2036-Q1 starts on 2036-01-01, after 2027-Q1, the next period from today (2026-12-04, as "
          "--today gives it); if --today is out of date, give today's date; if not, correct 'period' to the review "
          "period the assessment is for");
    CHECK(analysis::future_period_message(*model::Period::parse("2027-02"), *model::Date::parse("2026-12-31")));
    CHECK(analysis::future_period_message(*model::Period::parse("2027-Q2"), today));
    CHECK(analysis::future_period_message(*model::Period::parse("2027-H2"), today));
  }
}

TEST_CASE("flag_carried_forward: a section last completed before its file's period began") {
  auto assessment = commitment({row("strategy", 4, "Minutes.")}, model::Date::parse("2026-09-30"));
  assessment.period = *model::Period::parse("2026-Q4");
  assessment.sections[0].last_completed_position = {11, 21};

  SUBCASE("completed in the period: reviewed") {
    assessment.sections[0].last_completed = model::Date::parse("2026-10-01");
    CHECK_FALSE(analysis::flag_carried_forward(assessment));
  }
  SUBCASE("no date: nothing tells") {
    assessment.sections[0].last_completed.reset();
    CHECK_FALSE(analysis::flag_carried_forward(assessment));
  }
  SUBCASE("one section, at its 'last_completed', saying what to do") {
    const auto flag = analysis::flag_carried_forward(assessment);
    REQUIRE(flag);
    CHECK(flag->rule == "carried-forward");
    CHECK(flag->diagnostic.to_string() ==
          "a.yaml:11:21: warning: the section 'commitment' was last completed on 2026-09-30, before 2026-Q4 began, "
          "so it still holds an earlier period's answers (as coprod init --from carries them forward) and has not "
          "been reviewed for 2026-Q4; review it with coprod score a.yaml --interactive, or, for a section reviewed "
          "with nothing to change, correct its 'last_completed' to the day it was reviewed [carried-forward]");
  }
  SUBCASE("its notes and completed_by, those it has, are named with how to change them in the same file") {
    assessment.sections[0].notes = "Scored at the November meeting.";
    CHECK(analysis::flag_carried_forward(assessment)
              ->diagnostic.message.ends_with(
                  "correct its 'last_completed' to the day it was reviewed; its notes still say what they said then: "
                  "if about last time, change them too (coprod score a.yaml --set commitment.notes=TEXT) "
                  "[carried-forward]"));
    assessment.sections[0].completed_by = "Peer network";
    CHECK(analysis::flag_carried_forward(assessment)
              ->diagnostic.message.ends_with(
                  "; its notes and completed_by still say what they said then: if about last time, change them too "
                  "(coprod score a.yaml --set commitment.notes=TEXT --set commitment.completed_by=NAMES) "
                  "[carried-forward]"));
    assessment.sections[0].notes = "  ";
    CHECK(analysis::flag_carried_forward(assessment)
              ->diagnostic.message.ends_with(
                  "; its completed_by still says what it said then: if about last time, change it too (coprod score "
                  "a.yaml --set commitment.completed_by=NAMES) [carried-forward]"));
  }
  SUBCASE("several: one flag, at the first in the file, counting the others") {
    auto later = assessment.sections[0];
    later.section_id = "culture";
    later.last_completed_position = {40, 21};
    auto earlier = later;
    earlier.section_id = "involvement";
    earlier.last_completed_position = {2, 21};
    earlier.last_completed = model::Date::parse("2026-06-01");
    auto reviewed = later;
    reviewed.section_id = "impact";
    reviewed.last_completed = model::Date::parse("2026-11-02");
    reviewed.last_completed_position = {1, 21};
    assessment.sections.push_back(later);
    assessment.sections.push_back(earlier);
    assessment.sections.push_back(reviewed);
    const auto flag = analysis::flag_carried_forward(assessment);
    REQUIRE(flag);
    CHECK(flag->diagnostic.position.line == 2);
    CHECK(flag->diagnostic.message.find("the section 'involvement' was last completed on 2026-06-01") == 0);
    CHECK(flag->diagnostic.message.find("for 2026-Q4, nor have 2 other sections; review them") != std::string::npos);
    assessment.sections.erase(assessment.sections.begin() + 2);
    CHECK(analysis::flag_carried_forward(assessment)->diagnostic.message.find(", nor has 1 other section;") !=
          std::string::npos);
  }
  SUBCASE("standard input: the command names no file") {
    assessment.source = "-";
    CHECK(analysis::flag_carried_forward(assessment)->diagnostic.message.find("coprod score FILE --interactive") !=
          std::string::npos);
  }
}

TEST_CASE("flag_unexplained_changes: a score that moved while its evidence stayed") {
  const auto before =
      commitment({row("strategy", 4, "Same."), row("motivation", 4, "Old."), row("resources", 4, "Same.")});
  auto now = commitment({row("strategy", 6, "Same."), row("motivation", 6, "New."), row("resources", 4, "Same.")});
  now.sections[0].rows.push_back(row("leaders", 2, "New row."));
  CHECK(messages(analysis::flag_unexplained_changes(now, before, "HEAD (2026-Q3.yaml)")) ==
        std::vector<std::string>{"a.yaml:12:16: warning: commitment.strategy changed from 2 to 3 since HEAD "
                                 "(2026-Q3.yaml), but its evidence did not; add what changed [unexplained-change]"});
  now.sections[0].rows[0].score = model::Score::not_scored();
  CHECK(analysis::flag_unexplained_changes(now, before, "HEAD")
            .front()
            .diagnostic.message.find("changed from 2 to not scored") != std::string::npos);
}

TEST_CASE("flag_unexplained_changes: a section with a new date whose notes stayed word for word") {
  auto before = commitment({row("strategy", 4, "Same.")}, model::Date::parse("2026-11-19"));
  before.sections[0].completed_by = "Peer network (8 members present)";
  before.sections[0].notes = "Scored together at the November meeting.";
  auto now = before;
  now.sections[0].last_completed = model::Date::parse("2027-01-15");
  now.sections[0].last_completed_position = {10, 21};
  CHECK(messages(analysis::flag_unexplained_changes(now, before, "HEAD")) ==
        std::vector<std::string>{"a.yaml:10:21: warning: commitment.last_completed changed from 2026-11-19 to "
                                 "2027-01-15 since HEAD, but its notes and completed_by did not, word for word; "
                                 "check they are this period's, or empty them [unexplained-change]"});
  // "Completed by" alone staying is no flag (a standing group completes every period), nor are notes changed,
  // empty, or kept with the date.
  now.sections[0].notes = "Met in January.";
  CHECK(analysis::flag_unexplained_changes(now, before, "HEAD").empty());
  now.sections[0].notes = "";
  before.sections[0].notes = "";
  CHECK(analysis::flag_unexplained_changes(now, before, "HEAD").empty());
  before.sections[0].notes = now.sections[0].notes = "Same notes.";
  now.sections[0].last_completed = before.sections[0].last_completed;
  CHECK(analysis::flag_unexplained_changes(now, before, "HEAD").empty());
}

TEST_CASE("flag_personal_data: per line, then in the value as read; reviewed rules are passed over") {
  const std::vector<model::TextField> fields = {field("area", "Ring 01632 960123 or mary@example.org", {"email"})};
  CHECK(messages(analysis::flag_personal_data("a.yaml", fields)) ==
        std::vector<std::string>{
            "a.yaml:5:24: warning: this looks like a UK phone number ('01632 960123'); remove it "
            "before sharing, or if it may stay, make the mark on line 5 '# coprod: reviewed email phone' [phone]"});
  model::TextField wrapped = field("notes", "Ring 01632 960123.");
  wrapped.lines = {{5, 19, "Ring 01632"}, {6, 11, "960123."}};
  const auto flags = analysis::flag_personal_data("a.yaml", {wrapped});
  REQUIRE(flags.size() == 1);
  CHECK(flags[0].diagnostic.position.line == 5);
  CHECK(flags[0].diagnostic.position.column == 19);
}

TEST_CASE("flag_personal_data: the flags under one marker line name the one mark that covers them all") {
  model::TextField evidence = field("sections.commitment.rows.strategy.evidence", "");
  evidence.lines = {{15, 11, "Mary said she hated it."}, {16, 11, "Call 01632 960123 or 01632 960124."}};
  evidence.value = evidence.lines[0].text + "\n" + evidence.lines[1].text;
  evidence.marker_line = 14;
  const std::string advice =
      "end line 14 with '# coprod: reviewed attribution phone', one mark for all 3 flags of "
      "this text";
  CHECK(messages(analysis::flag_personal_data("a.yaml", {evidence})) ==
        std::vector<std::string>{
            "a.yaml:15:11: warning: this looks like a remark attributed to a named person ('Mary said'); remove it "
            "before sharing, or if it may stay, " +
                advice + " [attribution]",
            "a.yaml:16:16: warning: this looks like a UK phone number ('01632 960123'); remove it before sharing, or "
            "if it may stay, " +
                advice + " [phone]",
            "a.yaml:16:32: warning: this looks like a UK phone number ('01632 960124'); remove it before sharing, or "
            "if it may stay, " +
                advice + " [phone]"});
  SUBCASE("one rule twice needs no more than its own mark") {
    const auto flags =
        analysis::flag_personal_data("a.yaml", {evidence}, {.owner_names = false, .left_out = "attribution"});
    REQUIRE(flags.size() == 2);
    for (const auto& flag : flags)
      CHECK(flag.diagnostic.message.ends_with("end line 14 with '# coprod: reviewed phone' [phone]"));
  }
  SUBCASE("a line marked for another rule already keeps it in the mark") {
    evidence.reviewed = {"attribution"};
    const auto flags = analysis::flag_personal_data("a.yaml", {evidence});
    REQUIRE(flags.size() == 2);
    CHECK(flags[0].diagnostic.message.ends_with(
        "make the mark on line 14 '# coprod: reviewed attribution phone' [phone]"));
  }
  SUBCASE("values on other lines are marked on their own") {
    const auto other = field("area", "mary@example.org");
    const auto flags = analysis::flag_personal_data("a.yaml", {other, evidence});
    REQUIRE(flags.size() == 4);
    CHECK(flags[0].diagnostic.message.ends_with("end line 5 with '# coprod: reviewed email' [email]"));
    CHECK(flags[1].diagnostic.message.find(advice) != std::string::npos);
  }
}

TEST_CASE("flag_personal_data_in_comments and a framework's lines: one mark for the flags of a line") {
  const std::vector<model::TextLine> comments = {{3, 7, " ring 07700 900123 or jo@example.org"},
                                                 {4, 3, " jo@example.org 07700 900123 coprod: reviewed phone"}};
  CHECK(messages(analysis::flag_personal_data_in_comments("a.yaml", comments)) ==
        std::vector<std::string>{
            "a.yaml:3:13: warning: this comment looks like it holds a UK phone number ('07700 900123'); remove it "
            "before sharing, or if it may stay, add 'coprod: reviewed phone email' to the comment, one mark for both "
            "flags of this comment [phone]",
            "a.yaml:3:29: warning: this comment looks like it holds an e-mail address ('jo@example.org'); remove it "
            "before sharing, or if it may stay, add 'coprod: reviewed phone email' to the comment, one mark for both "
            "flags of this comment [email]",
            "a.yaml:4:4: warning: this comment looks like it holds an e-mail address ('jo@example.org'); remove it "
            "before sharing, or if it may stay, make the comment's mark 'coprod: reviewed phone email' [email]"});
  const auto framework =
      analysis::flag_personal_data_in_framework("f.yaml", "by: Mary said, mary@example.org  # coprod: reviewed mail\n");
  REQUIRE(framework.size() == 2);
  CHECK(framework[1].diagnostic.message.ends_with(
      "make the line's mark '# coprod: reviewed attribution email', one mark for both flags of this line [email]"));
}

TEST_CASE("flag_text_cut_by_comments: at the '#', saying what the text reads and how to keep the rest") {
  model::TextField cut = field("sections.commitment.rows.strategy.evidence", "Agreed at meeting");
  cut.cut_off = {5, 37, "#3 with the board"};
  const model::TextField whole = field("notes", "Agreed.");
  CHECK(messages(analysis::flag_text_cut_by_comments("a.yaml", {whole, cut})) ==
        std::vector<std::string>{
            "a.yaml:5:37: warning: the evidence reads 'Agreed at meeting' and stops before '#3 with the board': YAML "
            "takes a '#' after a space as the start of a comment and leaves the comment out; to keep it in the text, "
            "put the whole text in double quotes (\"...\"); for a note to yourself, put two spaces before the '#' "
            "[comment-in-text]"});
}

TEST_CASE("flag_fields_in_text: a field's line read into the evidence or notes above it") {
  model::TextField evidence = field("sections.commitment.rows.strategy.evidence", "Minutes.\n  score: 3");
  evidence.lines = {{5, 11, "Minutes."}, {6, 11, "  score: 3"}, {7, 11, "score: we argued about it"}};
  model::TextField notes = field("sections.commitment.notes", "Met.\nlast_completed: 2026-09-21");
  notes.lines = {{3, 7, "Met."}, {4, 7, "last_completed: 2026-09-21"}};
  model::TextField plan = field("actions.0.notes", "Ask.\nindicator_seen: true");
  plan.lines = {{9, 7, "indicator_seen: true"}};
  CHECK(messages(analysis::flag_fields_in_text("a.yaml", {evidence, notes, plan})) ==
        std::vector<std::string>{
            "a.yaml:6:13: warning: the line 'score: 3' is indented so far that YAML reads it as part of the evidence "
            "above it, not as the row's 'score'; if it is meant as that field, indent it as far as 'evidence:' "
            "[field-in-text]",
            "a.yaml:4:7: warning: the line 'last_completed: 2026-09-21' is indented so far that YAML reads it as "
            "part of the notes above it, not as the section's 'last_completed'; if it is meant as that field, "
            "indent it as far as 'notes:' [field-in-text]"});
}

TEST_CASE("flag_fields_in_text: only a line with a value the field takes, and a line of any length") {
  const auto flags = [](const std::string& line) {
    model::TextField notes = field("sections.commitment.notes", line);
    notes.lines = {{4, 7, line}};
    return analysis::flag_fields_in_text("a.yaml", {notes});
  };
  for (const std::string line :
       {"score: 0", "score: 5", "score:2.5", "score: 3.0", "score: n/a", "score: ~", "score: null", "score:\t4 \t",
        "indicator_seen: true", "warning_seen: false", "last_completed: 2026-11-19"}) {
    CAPTURE(line);
    CHECK(flags(line).size() == 1);
  }
  for (const std::string line : {"score: 6", "score: 5.5", "score: 2.25", "score: 2.4", "score: three", "score 3",
                                 "score: 3 of 5", "Score: 3", "note: score: 3", "indicator_seen: yes",
                                 "warning_seen:", "last_completed: 19/11/2026", "last_completed: 2026-11-1"}) {
    CAPTURE(line);
    CHECK(flags(line).empty());
  }
  // std::regex went one call deeper for each blank it passed, and this line overflowed the stack. The message
  // quotes the line shortened.
  const auto long_line = flags("score:" + std::string(300000, ' ') + "3");
  REQUIRE(long_line.size() == 1);
  CHECK(long_line[0].diagnostic.message.size() < 400);
  CHECK(long_line[0].diagnostic.message.starts_with("the line 'score:...' is indented"));
}

TEST_CASE("flag_personal_data_in_comments and in a framework's lines") {
  const std::vector<model::TextLine> comments = {{3, 7, " ring 07700 900123"},
                                                 {4, 3, " 07700 900123 coprod: reviewed"}};
  CHECK(messages(analysis::flag_personal_data_in_comments("a.yaml", comments)) ==
        std::vector<std::string>{"a.yaml:3:13: warning: this comment looks like it holds a UK phone number ('07700 "
                                 "900123'); remove it before sharing, or if it may stay, add 'coprod: reviewed phone' "
                                 "to the comment [phone]"});
  const auto framework = analysis::flag_personal_data_in_framework("f.yaml", "title: x\nby: mary@example.org\n");
  REQUIRE(framework.size() == 1);
  CHECK(framework[0].diagnostic.position.line == 2);
  CHECK(framework[0].rule == "email");
}

TEST_CASE("redact_assessment masks flagged text except where reviewed") {
  model::Assessment assessment =
      commitment({row("strategy", 4, "Call 01632 960123. Mary said yes."), row("motivation", 4, "Call 01632 960123.")});
  assessment.area = "Northbridge";
  const std::vector<model::TextField> fields = {
      field("sections.commitment.rows.strategy.evidence", "", {"phone", "email"})};
  CHECK(analysis::redact_assessment(assessment, fields) == 2);
  CHECK(assessment.sections[0].rows[0].evidence == "Call 01632 960123. [name removed] said yes.");  // phone reviewed
  CHECK(assessment.sections[0].rows[1].evidence == "Call [phone number removed].");
  analysis::keep_scores_only(assessment);
  CHECK_FALSE(assessment.sections[0].rows[0].evidence);
  CHECK(assessment.sections[0].rows[0].score == model::Score::from_halves(4));
}

TEST_CASE("keep_scores_only of a plan drops its reflections and its actions' notes, and names what is still shown") {
  model::Plan plan;
  plan.reflections.surprising = "How much we have in common.";
  model::Action action;
  action.what = "Share the strategy";
  action.owner = "Programme lead";
  action.notes = "Mary will call 07700 900456.";
  plan.actions.push_back(action);
  analysis::keep_scores_only(plan);
  CHECK_FALSE(plan.reflections.surprising);
  CHECK_FALSE(plan.actions[0].notes);
  CHECK(plan.actions[0].what == "Share the strategy");
  CHECK(plan.actions[0].owner == "Programme lead");
  CHECK(analysis::kept_in_scores_only(field("area", "Northbridge")));
  CHECK(analysis::kept_in_scores_only(field("actions.0.what", "")));
  CHECK(analysis::kept_in_scores_only(field("actions.12.owner", "")));
  CHECK_FALSE(analysis::kept_in_scores_only(field("actions.0.notes", "")));
  CHECK_FALSE(analysis::kept_in_scores_only(field("sections.commitment.rows.strategy.evidence", "")));
  CHECK_FALSE(analysis::kept_in_scores_only(field("sections.commitment.completed_by", "")));
  CHECK_FALSE(analysis::kept_in_scores_only(field("reflections.surprising", "")));
}
