// score --interactive saving an answer: a row's score and evidence, a
// section's date, a text field; with what is said on saving (not saved, and
// why; contact details; a remark tied to a named person; a date to check).

#include <fmt/format.h>

#include "analysis/check_flags.hpp"
#include "cli/loading.hpp"
#include "cli/personal_data_warnings.hpp"
#include "cli/score_evidence_question.hpp"
#include "cli/score_walkthrough.hpp"
#include "cli/today.hpp"
#include "model/date.hpp"
#include "render/attribution_note.hpp"
#include "util/text.hpp"

namespace coprod::cli {

namespace {

// Why an answer was not saved: someone else changed what it answers
// `meanwhile` ("while you were answering"), or the file cannot take it.
std::string not_saved_message(const NotSaved& not_saved, std::string_view meanwhile) {
  if (!not_saved.conflict) return "Not saved: " + not_saved.refused.front().message;
  return fmt::format("Not saved: {} was changed by someone else {} (it now has {}).", not_saved.conflict->row,
                     meanwhile, not_saved.conflict->now_has);
}

}  // namespace

// Asks for a row's evidence after its score (`score`, the row's now being
// `now`). nullopt: the input ended (said, with the score typed not saved).
std::optional<EvidenceAnswer> ScoreWalkthrough::ask_row_evidence(const Place& place, const std::string& now,
                                                                 const std::string& score) {
  const std::string reference = place.section->id + "." + place.row->id;
  const auto* current = response(place);
  const std::string evidence_now = current && current->has_evidence() ? *current->evidence : std::string();
  const auto answer = ask_evidence(m_terminal, evidence_now,
                                   score == now ? std::string()
                                                : fmt::format("Stopped (Ctrl-C): the score {} for {} was not saved; "
                                                              "every answer saved before it is kept in {}.",
                                                              score, reference, m_file.path()),
                                   m_words.one);
  if (!answer && score != now) {
    say("\n");
    wrapped(0, fmt::format("The score {} for {} was not saved.", score, reference));
  }
  return answer;
}

// Saves the row with its evidence `answer` if anything changed; q there
// saves the score alone and stops. When someone else changed the same row
// meanwhile, nothing is saved and the row is asked again. A change that
// cannot be made in this file is not saved, and the walk goes on.
ScoreWalkthrough::Saved ScoreWalkthrough::save(const Place& place, const std::string& now, const std::string& score,
                                               const EvidenceAnswer& answer) {
  const yaml::RowEdit edit{place.section->id, place.row->id, score, answer.evidence};
  if (score != now || edit.evidence) {
    if (const auto not_saved = m_file.apply({edit}); not_saved && not_saved->conflict) {
      wrapped(0, fmt::format("Not saved: {} was changed by someone else while you were answering (it now has {}). "
                             "Answer again, or press Enter to keep their answer.",
                             not_saved->conflict->row, not_saved->conflict->now_has));
      drop_typed_ahead();
      return Saved::clashed;
    } else if (not_saved) {
      wrapped(0, "Not saved: " + not_saved->refused.front().message);
      return answer.stop ? Saved::stop : Saved::yes;
    }
    say("Saved.\n");
    m_edited.insert(place.section->id);
    answered(place.section->id);
    const bool go_on = !edit.evidence || review_personal_data(place);
    // The note on a named person, even when q was typed at the contact-details question.
    if (const auto* saved = response(place); edit.evidence && saved && saved->evidence)
      note_named_person(*saved->evidence, place);
    if (!go_on) return Saved::stop;
  } else if (!answer.stop) {
    answered(place.section->id);  // kept with Enter: reviewed all the same
  }
  return answer.stop ? Saved::stop : Saved::yes;
}

// Evidence just saved that looks like it holds contact details (an e-mail
// address, a phone number, an NHS number, a postcode): check's warnings,
// as --set-evidence gives them, then the evidence shown again to change
// (Enter keeps it as saved), until none is found or it is kept. Returns
// false to stop: q, or the input ended.
bool ScoreWalkthrough::review_personal_data(const Place& place) {
  const std::string& section_id = place.section->id;
  const std::string& row_id = place.row->id;
  for (;;) {
    const auto warnings =
        evidence_personal_data_warnings(m_file.path(), m_file.text(), m_file.tree(), section_id, row_id);
    const auto* saved = response(place);
    if (warnings.empty() || !saved || !saved->evidence) return true;
    for (const auto& warning : warnings) wrapped(2, util::trim(diagnostic_line(warning)));
    wrapped(2, "It is saved as typed: change it here, or press Enter to keep it.");
    const auto answer = ask_evidence(m_terminal, *saved->evidence, {}, m_words.one);
    if (!answer) return false;
    if (answer->evidence) {
      if (const auto not_saved = m_file.apply({{section_id, row_id, std::nullopt, answer->evidence}})) {
        wrapped(0, not_saved_message(*not_saved, "meanwhile"));
        return !answer->stop;
      }
      say("Saved.\n");
    }
    if (answer->stop) return false;
    if (!answer->evidence) return true;
  }
}

// The form's note on evidence just saved that may tie a remark to a named
// person, as `check` finds it: saved all the same, with how to change it.
void ScoreWalkthrough::note_named_person(const std::string& evidence, const Place& place) {
  const auto note =
      render::attribution_note(evidence, m_file.loaded().assessment.perspective == model::Perspective::individual);
  if (!note) return;
  const bool last = &place == &m_rows.back();
  wrapped(2, fmt::format("Note: {} It is saved as typed; to change it, {}.", *note,
                         last ? fmt::format("run coprod score again with --set-evidence {}.{}=TEXT", place.section->id,
                                            place.row->id)
                              : fmt::format("type b at the next {} to come back to this one", m_words.one)));
}

// Saves a checked answer to a field as --set REFERENCE= saves it, then
// warns of contact details as check finds them and notes a remark tied to
// a named person. False when it was not saved.
bool ScoreWalkthrough::field_value_refused(const yaml::AssessmentField& field, const std::string& answer) {
  const auto problem = yaml::check_field_value(field, answer, m_file.framework());
  if (!problem) return false;
  wrapped(0, *problem);
  answer_refused();
  return true;
}

bool ScoreWalkthrough::save_text(const yaml::AssessmentField& field, const std::string& reference,
                                 const std::string& answer) {
  return save_texts({{reference, field}}, answer);
}

// The same answer saved to each of `fields` (reference, field) in one write.
bool ScoreWalkthrough::save_texts(const std::vector<std::pair<std::string, yaml::AssessmentField>>& fields,
                                  const std::string& answer) {
  std::vector<yaml::ValueChange> changes;
  std::vector<std::string> references;
  for (const auto& [reference, field] : fields) {
    changes.push_back(yaml::field_change(field, answer));
    references.push_back(reference);
  }
  if (const auto not_saved = m_file.apply({}, changes)) {
    wrapped(0, not_saved_message(*not_saved, "while you were answering"));
    return false;
  }
  say("Saved.\n");
  for (const auto& warning :
       personal_data_warnings(m_file.path(), m_file.text(), m_file.tree(), references, "attribution")) {
    wrapped(2, util::trim(diagnostic_line(warning)));
  }
  const bool individual = m_file.loaded().assessment.perspective == model::Perspective::individual;
  if (const auto note = render::attribution_note(answer, individual)) {
    wrapped(2, fmt::format("Note: {} It is saved as typed; to change it, run coprod score again with --set {}=TEXT.",
                           *note, references.front()));
  }
  return true;
}

// Saves a checked last_completed date as --set does, for each of `fields`
// in one write, saying when it is later than today (check's future-date
// warning, for the first of them).
void ScoreWalkthrough::save_completed(const std::vector<yaml::AssessmentField>& fields, const std::string& date) {
  std::vector<yaml::ValueChange> changes;
  for (const auto& field : fields) changes.push_back(yaml::field_change(field, date));
  if (changes.empty()) return;
  if (const auto not_saved = m_file.apply({}, changes)) {
    wrapped(0, not_saved_message(*not_saved, "while you were answering"));
    return;
  }
  const auto parsed = model::Date::parse(date);
  if (!parsed) return say("Saved.\n");
  // In words, so that a day and month the wrong way round are seen.
  wrapped(0, fmt::format("Saved: {} ({}).", model::in_words(*parsed), date));
  if (const model::Period& period = m_file.loaded().assessment.period; *parsed < period.first_day())
    wrapped(0, fmt::format("Warning: {} is before {} began, so a report may still call {} carried "
                           "forward from an earlier period.",
                           date, period.to_string(), fields.size() == 1 ? "this section" : "these sections"));
  const Today today = today_with_origin("", m_console, "");
  if (const auto future = analysis::future_date_message(fields.front().section_id, *parsed, today.date, today.origin))
    wrapped(0, "Warning: " + *future + ".");
}

}  // namespace coprod::cli
