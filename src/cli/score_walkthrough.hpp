#pragma once
// score --interactive's walk through one file, row by row, at a terminal:
// the session's state and what it asks. Each part of the walk is in a file
// of its own:
//   score_walkthrough.cpp        the session's flow: start, rows shown, end
//   score_row_question.cpp       a row's score, and the keys that move between rows
//   score_saving.cpp             saving an answer (row, date, text) and what is said on saving
//   score_section_completed.cpp  on leaving a section: its date and who completed it
//   score_one_row_sections.cpp   sections of one row: their date and who completed them, once at the end
//   score_carried_one_row_sections.cpp  the same for sections of one row carried forward (init --from)
//   score_last_time.cpp          a carried section given a new date: last time's "completed by" and notes
//   score_seen_locally.cpp       whether a row's signs are seen locally: shown, and asked again
//   score_reflections.cpp        the guide's reflections, asked at the end
//   score_session_summary.cpp    the section scores and what is left, said at the end

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "analysis/same_last_time.hpp"
#include "cli/editable_assessment.hpp"
#include "cli/score_evidence_question.hpp"
#include "cli/session_terminal.hpp"
#include "model/framework.hpp"
#include "render/reflection_questions.hpp"
#include "render/row_words.hpp"
#include "yaml/assessment_fields.hpp"

namespace coprod::cli {

class ScoreWalkthrough {
 public:
  // `width`: --width, or 0 to fit the terminal as it is at each line shown
  // (it may be resized during the session).
  ScoreWalkthrough(EditableAssessment& file, Console& console, std::size_t width);

  // Asks every row from the first not scored (or row 1, `from_start`), then
  // the reflections, and says what is left. Returns the exit code.
  int run(bool from_start);
  // --ask-seen: after each score typed, the row's "seen locally" tick boxes
  // are asked, not only where the file answers them already.
  void ask_seen_at_every_row(bool ask) { m_ask_seen = ask; }

 private:
  struct Place {
    const model::FrameworkSection* section;
    const model::FrameworkRow* row;
  };
  // How a section is left: for the next one (or the end), or by q at a row.
  enum class Leaving { onwards, stopped };
  // What to do with a typed line other than a score: the next row, stay
  // (nullopt inside), or stop.
  enum class Move { stay, go, stop };
  enum class Saved { yes, stop, clashed };
  // A text of one section, or of several given one answer, asked again after
  // a new date (score_last_time.cpp).
  struct LastTimeQuestion {
    std::vector<std::string> section_ids;
    std::string field;  // completed_by, notes
    std::string asked;  // "Who completed this section?"
    std::string keys;   // "Enter keeps it, - leaves it empty, or type who completed it now"
  };

  void say(std::string_view text) { m_terminal.say(text); }
  std::size_t width() const { return m_terminal.width(); }
  void wrapped(std::size_t indent, std::string_view text) { m_terminal.wrapped(indent, text); }
  void wrapped_once(std::string_view text) { m_terminal.wrapped_once(text); }
  std::optional<std::string> read(std::string_view prompt, InputKind kind, std::string_view stopped = {},
                                  std::string_view prefill = {}) {
    return m_terminal.read(prompt, kind, stopped, prefill);
  }
  void drop_typed_ahead() { m_terminal.drop_typed_ahead(); }
  void answer_refused() { m_terminal.answer_refused(); }
  // A short answer read, cleaned and taken as the key it means
  // (cli/typed_keys.hpp); nullopt at the end of input.
  std::optional<std::string> read_key(std::string_view prompt);
  // Says why `answer` cannot go in `field`, when it cannot, and drops what was
  // typed ahead: true when it is refused.
  bool field_value_refused(const yaml::AssessmentField& field, const std::string& answer);

  // score_walkthrough.cpp
  // A row by its number as the pack and the form show it ("1.4"), or, where every section is its one row
  // (m_words), its section's ("3"): what g takes and the messages name.
  std::string number_of(const Place& place) const;
  // "sections of one row", or "sections" where every section is one.
  std::string one_row_sections(std::size_t count) const;
  void introduction();
  void keys();
  const model::RowResponse* response(const Place& place) const;
  std::vector<bool> answered_rows() const;
  std::vector<std::string> not_answered_before(std::size_t index) const;
  std::size_t first_row_to_do();
  std::vector<const model::FrameworkSection*> carried_sections() const;
  void carried_note();
  bool show(std::size_t index);
  void evidence_now(const std::string& evidence);
  void answered(const std::string& section_id);

  // score_row_question.cpp
  std::optional<std::size_t> section_start(std::string wanted);
  bool missing_row_explained(const std::string& wanted);
  static bool is_command(const std::string& answer);
  Move command(const std::string& answer, std::size_t index, std::size_t& next);
  std::size_t after_same_reason(std::size_t index, const std::string& why) const;
  std::optional<std::size_t> pass(std::size_t index, const std::string& why);
  std::size_t left_not_scored(std::size_t index);
  std::optional<std::size_t> ask(std::size_t index);
  Move evidence_key_typed(const std::string& key, const Place& place, const std::string& score, bool changed,
                          std::size_t index, std::size_t& next);

  // score_saving.cpp
  std::optional<EvidenceAnswer> ask_row_evidence(const Place& place, const std::string& now, const std::string& score);
  Saved save(const Place& place, const std::string& now, const std::string& score, const EvidenceAnswer& answer);
  bool review_personal_data(const Place& place);
  void note_named_person(const std::string& evidence, const Place& place);
  bool save_text(const yaml::AssessmentField& field, const std::string& reference, const std::string& answer);
  bool save_texts(const std::vector<std::pair<std::string, yaml::AssessmentField>>& fields, const std::string& answer);
  void save_completed(const std::vector<yaml::AssessmentField>& fields, const std::string& date);

  // score_section_completed.cpp
  bool section_done(const model::FrameworkSection& section);
  bool ask_completed(const std::string& section_id, Leaving leaving = Leaving::onwards);
  bool ask_date(const std::string& section_id);
  std::optional<std::string> date_refused(const yaml::AssessmentField& field, const std::string& answer) const;
  std::optional<std::string> read_date(std::string_view question, const yaml::AssessmentField& field,
                                       const std::vector<model::Date>& kept_dates);
  bool ask_completed_by(const std::string& section_id);
  bool asks_who_completed() const;
  bool is_one_row(const std::string& section_id) const;
  std::string_view example_group() const;
  std::optional<std::string> read_completed_by(std::string_view question, const yaml::AssessmentField& field);
  std::string completed_by_prompt(std::string_view question);
  bool score_for_who_refused(const std::string& answer, std::string_view keys);
  void date_keys(std::string_view enter);

  // score_one_row_sections.cpp
  bool ask_one_row_sections();
  void one_row_sections_note();

  // score_carried_one_row_sections.cpp
  void carried_one_row_answered(const std::string& section_id);
  bool ask_carried_one_row_sections();
  bool ask_carried_completed_by(const std::vector<std::string>& section_ids,
                                const std::vector<analysis::LastTimeAnswers>& last_time);
  bool ask_carried_notes(const std::vector<model::SectionResponse>& was);
  bool ask_no_one_named(const std::vector<std::string>& section_ids);

  // score_last_time.cpp
  bool ask_after_new_date(const model::SectionResponse& was, Leaving leaving);
  bool ask_last_notes(const model::SectionResponse& was);
  bool ask_last_time(const LastTimeQuestion& question, const std::string& last_time);

  // score_seen_locally.cpp
  void seen_now(const Place& place, const model::RowResponse& current);
  bool has_seen_answer(const Place& place) const;
  bool ask_seen(const Place& place);

  // score_reflections.cpp
  void ask_reflections();
  bool ask_reflection(const render::ReflectionQuestion& question, bool individual);
  std::string reflection_prompt(std::string_view question);

  // score_session_summary.cpp
  void summary();
  void carry_on();
  void still_carried(const std::vector<const model::FrameworkSection*>& carried);

  EditableAssessment& m_file;
  Console& m_console;
  SessionTerminal m_terminal;
  render::RowWords m_words;  // "row", or "section" where every section is its one row (the shorter guides)
  std::vector<Place> m_rows;
  const model::FrameworkSection* m_current_section = nullptr;
  std::vector<std::string> m_changed;          // sections this session answered, their date not yet asked
  std::vector<std::string> m_carried_one_row;  // sections of one row carried forward, answered, asked at the end
  std::string m_completed_by;                  // the last "completed by" given, offered for the next section
  std::set<std::string> m_edited;              // sections this session changed
  bool m_stopped = false;                      // q typed at a date question
  bool m_ask_seen = false;                     // --ask-seen
  bool m_one_row_sections_asked = false;       // ask_one_row_sections() asked its questions
};

}  // namespace coprod::cli
