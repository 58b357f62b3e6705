// score --interactive on leaving a section: its score, then the day it was
// completed and who completed it, as the form asks them.

#include <algorithm>

#include <fmt/format.h>

#include "analysis/carried_forward.hpp"
#include "analysis/scoring.hpp"
#include "cli/score_walkthrough.hpp"
#include "cli/today.hpp"
#include "cli/typed_keys.hpp"
#include "model/score.hpp"
#include "model/typed_date.hpp"
#include "render/completed_by_example.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"
#include "util/title_join.hpp"

namespace coprod::cli {

namespace {

// "today" typed for a date, in any capitals.
bool says_today(std::string_view text) {
  return std::ranges::equal(text, std::string_view("today"), [](char typed, char letter) {
    return std::tolower(static_cast<unsigned char>(typed)) == letter;
  });
}

}  // namespace

// Leaving a section: its score now. Returns false when the session stops
// (q, or the input ended, at the question of its date).
bool ScoreWalkthrough::section_done(const model::FrameworkSection& section) {
  // A section of one row: its row's score, just given, is its score.
  if (section.has_one_row()) return ask_completed(section.id);
  const auto result = analysis::score_assessment(m_file.loaded().framework, m_file.loaded().assessment);
  for (const auto& scored : result.sections) {
    if (scored.section->id != section.id) continue;
    const std::string score = scored.score                 ? "section score " + scored.score->to_string()
                              : scored.is_not_applicable() ? "no section score: every row is n/a"
                                                           : "no section score yet";
    say("\n");
    wrapped(0, util::join_title(section.label(), ": ",
                                fmt::format("{} ({}).", score, analysis::describe_coverage(scored))));
  }
  return ask_completed(section.id);
}

// A section this session answered, on leaving it: its date and who
// completed it, as the form asks them. A date still before the file's
// period began (as init --from leaves it) is asked again, to edit, and
// when a new date is given, last time's "completed by" and notes are asked
// again (score_last_time.cpp); a section with no date or no "completed by"
// is asked for it, unless the session was stopped (q means stop; the
// summary says what is left). Asked once per change. Returns false to
// stop: q, or the input ended.
bool ScoreWalkthrough::ask_completed(const std::string& section_id, Leaving leaving) {
  const auto changed = std::find(m_changed.begin(), m_changed.end(), section_id);
  if (changed == m_changed.end()) return true;
  m_changed.erase(changed);
  const model::Assessment& assessment = m_file.loaded().assessment;
  const model::SectionResponse* section = assessment.find_section(section_id);
  if (!section) return true;
  // A section of one row (every section of the shorter frameworks) with no
  // date, or none carried forward: asked at the end of the walk, once for
  // all of them (score_one_row_sections.cpp).
  const bool one_row = is_one_row(section_id);
  if (!section->last_completed) {
    if (leaving == Leaving::stopped || one_row) return true;
    if (!ask_date(section_id)) return false;
  } else if (analysis::changed_but_completed_before_message(*section, assessment.period)) {
    // One of them carried forward too: asked at the end, once for all of
    // them, or after q (score_carried_one_row_sections.cpp).
    if (one_row) return carried_one_row_answered(section_id), true;
    // The section is named by the label the session shows, not its id.
    wrapped(0, fmt::format("This section was {}, but its last completed date is still {}, before {} began, so a "
                           "report may call it carried forward from an earlier period.",
                           m_edited.contains(section_id) ? "changed" : "reviewed (its answers kept)",
                           section->last_completed->to_string(), assessment.period.to_string()));
    const model::SectionResponse was = *section;  // last time's answers, as the date is saved
    if (!ask_date(section_id)) return false;
    return ask_after_new_date(was, leaving);
  }
  return leaving == Leaving::stopped || one_row || ask_completed_by(section_id);
}

// The day the section was completed, written as the form takes it
// (12/01/2027, day first, or YYYY-MM-DD, or today), saved YYYY-MM-DD and
// said back in words, and checked as --set SECTION.last_completed= checks
// it. Enter keeps the date the section has (or leaves it empty), named in
// words in the question: only the person knows the day, so none is filled
// in, and the line starts empty. The keys work as at the
// other questions: q stops (the date kept), ? shows what can be typed.
// Returns false to stop: q, or the input ended.
bool ScoreWalkthrough::ask_date(const std::string& section_id) {
  const auto field = yaml::find_assessment_field(section_id + ".last_completed", m_file.framework());
  const model::SectionResponse* section = m_file.loaded().assessment.find_section(section_id);
  if (!field || !section) return true;
  std::vector<model::Date> kept;
  if (section->last_completed) kept.push_back(*section->last_completed);
  const auto date = read_date("When was this section completed?", *field, kept);
  if (!date) return false;
  if (!date->empty()) save_completed({*field}, *date);
  return true;
}

// Reads a date at `question`, the date Enter keeps after it in brackets
// (the guidance said once before it): YYYY-MM-DD, or "" for Enter, which
// keeps the date each section has, `kept_dates` (one of them all have typed
// again is kept too); nullopt to stop (q, or the input ended). The line
// starts empty, and is empty again after a date refused: a date shown on it
// would take what is typed after it ("2026-09-24today"), and a refusal left
// on it would be sent again by Enter.
std::optional<std::string> ScoreWalkthrough::read_date(std::string_view question, const yaml::AssessmentField& field,
                                                       const std::vector<model::Date>& kept_dates) {
  const bool one = kept_dates.size() == 1;
  const std::string kept = one ? model::in_words(kept_dates.front()) : "each section's own date, as listed";
  const std::string keeps = kept_dates.empty() ? "leave it empty" : "keep " + kept;
  const std::string enter = kept_dates.empty() ? "Enter leaves it empty" : "Enter keeps " + kept;
  const std::string prompt = fmt::format("{} {}", question,
                                         kept_dates.empty() ? ""
                                         : one              ? fmt::format("[{}] ", kept)
                                                            : std::string("[as listed] "));
  wrapped_once(
      "Dates are day first, such as 30/09/2026, or 2026-09-30, or type today. Enter keeps the date in brackets, or "
      "leaves the date empty; q stops, ? lists the keys.");
  for (;;) {
    const auto key = read_key(prompt);
    if (!key) return std::nullopt;
    std::string answer = *key;
    if (answer.empty()) return std::string();
    if (answer == "q") return m_stopped = true, std::nullopt;
    if (is_command(answer)) {
      date_keys(keeps);
      if (answer != "?") answer_refused();
      continue;
    }
    // Written as the form takes it (12/01/2027): saved YYYY-MM-DD, as the file keeps dates.
    if (says_today(answer)) answer = choose_today("", m_console, "").to_string();
    else if (const auto typed = model::parse_typed_date(answer)) answer = typed->to_string();
    // The date kept, however typed (11/09/2026 for 2026-09-11), is Enter: nothing new to ask after it.
    if (kept_dates.size() == 1 && answer == kept_dates.front().to_string()) return std::string();
    if (const auto refused = date_refused(field, answer)) {
      // Said with the keys that still work, as the line is empty again.
      wrapped(0, fmt::format("{}{} {}; q stops.", *refused, refused->ends_with('.') ? "" : ".", enter));
      answer_refused();
      continue;
    }
    return answer;
  }
}

// Why `answer` (today, or a date typed as the form takes it, already
// written YYYY-MM-DD) is not taken for the section's date; nullopt when it
// is.
std::optional<std::string> ScoreWalkthrough::date_refused(const yaml::AssessmentField& field,
                                                          const std::string& answer) const {
  if (model::Date::parse(answer)) return yaml::check_field_value(field, answer, m_file.framework());
  if (const auto wrong = model::what_is_wrong_typed_date(answer); !wrong.empty())
    return fmt::format("'{}' is not a date: {}.", answer, wrong);
  return fmt::format("'{}' is not a date; write it as day/month/year, such as 30/09/2026, or type today.", answer);
}

// Who completed a section that says no one yet (the guide's "Completed
// by"): a role or group, as the file will be shared. Never asked of one
// person's own response (perspective individual): its form has no such box
// and keeps no names. Saved and checked as --set SECTION.completed_by= saves
// it. Returns false to stop: q, or the input ended.
bool ScoreWalkthrough::ask_completed_by(const std::string& section_id) {
  const std::string reference = section_id + ".completed_by";
  const auto field = yaml::find_assessment_field(reference, m_file.framework());
  const model::SectionResponse* section = m_file.loaded().assessment.find_section(section_id);
  if (!asks_who_completed() || !field || !section ||
      (section->completed_by && !util::trim(*section->completed_by).empty()))
    return true;
  const auto answer = read_completed_by("Who completed this section?", *field);
  if (!answer) return false;
  if (!answer->empty() && save_text(*field, reference, *answer)) m_completed_by = *answer;
  return true;
}

bool ScoreWalkthrough::asks_who_completed() const {
  return m_file.loaded().assessment.perspective != model::Perspective::individual;
}

// The example of a group that completed a section: "peer network meeting"
// only where the framework or the file speaks of a peer network.
std::string_view ScoreWalkthrough::example_group() const {
  return render::completed_by_group(m_file.framework(), m_file.loaded().assessment.perspective);
}

bool ScoreWalkthrough::is_one_row(const std::string& section_id) const {
  const auto* section = m_file.framework().find_section(section_id);
  return section && section->has_one_row();
}

// `question` ("Who completed this section?") and the answer Enter gives, in
// brackets. An answer too long for the prompt to leave room to type is said
// whole on a line of its own before it, and the brackets hold its first
// words ("[peer network meeting...]"), or nothing where the question leaves
// no room for a few.
std::string ScoreWalkthrough::completed_by_prompt(std::string_view question) {
  if (m_completed_by.empty()) return std::string(question) + " ";
  const std::string before = util::terminal_text(m_completed_by);
  const std::string prompt = fmt::format("{} [{}] ", question, before);
  if (util::display_width(prompt) <= k_prompt_room) return prompt;
  wrapped(0, fmt::format("Enter gives '{}', as for the section before.", before));
  constexpr std::size_t k_least_shown = 12;                     // "peer network...": a few words, or none
  const std::size_t taken = util::display_width(question) + 4;  // the question, " [" and "] "
  if (taken + k_least_shown > k_prompt_room) return std::string(question) + " ";
  return fmt::format("{} [{}] ", question, util::truncate_at_word(before, k_prompt_room - taken));
}

// Reads who completed a section, at `question`: the answer given for the
// section before is offered again (Enter), - leaves it empty (""). An answer
// that is a score ("4", "n/a": the next row's score typed ahead, a question
// early) is questioned, not saved. nullopt to stop: q, or the input ended.
std::optional<std::string> ScoreWalkthrough::read_completed_by(std::string_view question,
                                                               const yaml::AssessmentField& field) {
  const std::string enter =
      m_completed_by.empty()
          ? "Enter leaves it empty"
          : fmt::format("Enter gives '{}', as for the section before; - leaves it empty", m_completed_by);
  wrapped_once(fmt::format(
      "Who completed a section: a role or group is better than a name, such as '{}'. Enter gives the answer in "
      "brackets, as for the section before, or leaves it empty; - leaves it empty; q stops, ? lists the keys.",
      example_group()));
  const std::string prompt = completed_by_prompt(question);
  for (;;) {
    const auto key = read_key(prompt);
    if (!key) return std::nullopt;
    std::string answer = *key;
    if (answer.empty()) answer = m_completed_by;
    if (answer.empty() || answer == "-") return std::string();
    if (answer == "q") return m_stopped = true, std::nullopt;
    if (is_command(answer)) {
      wrapped(0, fmt::format("Keys here: type who completed the section and press Enter to save it; {}; q stops, ? "
                             "shows this.",
                             enter));
      if (answer != "?") answer_refused();
      continue;
    }
    if (score_for_who_refused(answer, enter) || field_value_refused(field, answer)) continue;
    return answer;
  }
}

// An answer for who completed a section that is a score ("4", "n/a": the
// next row's score typed ahead, a question early): questioned, and true, as
// it is not saved. `keys` says what Enter and - do there.
bool ScoreWalkthrough::score_for_who_refused(const std::string& answer, std::string_view keys) {
  if (!std::holds_alternative<model::Score>(model::parse_score(answer, m_file.framework().scale))) return false;
  wrapped(0, fmt::format("'{}' looks like a score, not who completed the section, so it is not saved. Type a role or "
                         "group, such as '{}'; {}; q stops.",
                         answer, example_group(), keys));
  answer_refused();
  return true;
}

// What the date question takes: ? there, or a key that moves between rows.
// `keeps`: what Enter does, "keep 30 September 2026".
void ScoreWalkthrough::date_keys(std::string_view keeps) {
  wrapped(0, fmt::format("Keys here: type the date (30/09/2026, day first, or 2026-09-30), or press Enter "
                         "to {}; q stops (the date is kept), ? shows this. s, b and g "
                         "work at the {}.",
                         keeps, m_words.many));
}

}  // namespace coprod::cli
