// score --interactive on a section carried forward (init --from) and given a
// new date: who completed it and its notes were last time's, so each is
// asked again, last time's answer shown, as the printed form prints "Last
// time: NAME, DATE" over empty boxes. Nothing of last time's passes as this
// period's without being seen.

#include <fmt/format.h>

#include "cli/score_evidence_question.hpp"
#include "cli/score_walkthrough.hpp"
#include "cli/typed_keys.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"

namespace coprod::cli {

// Who completed the section and its notes, when the date question gave it
// a date other than `was.last_completed`, last time's. "Completed by" left
// empty last time is asked as for any section with none (unless stopped);
// notes empty last time are not asked. Returns false to stop: q, or the
// input ended.
bool ScoreWalkthrough::ask_after_new_date(const model::SectionResponse& was, Leaving leaving) {
  const model::SectionResponse* section = m_file.loaded().assessment.find_section(was.section_id);
  if (!section || section->last_completed == was.last_completed)
    return leaving == Leaving::stopped || ask_completed_by(was.section_id);
  const std::string by = was.completed_by ? std::string(util::trim(*was.completed_by)) : "";
  if (by.empty()) {
    if (leaving != Leaving::stopped && !ask_completed_by(was.section_id)) return false;
  } else if (asks_who_completed() && !ask_last_time({{was.section_id},
                                                     "completed_by",
                                                     "Who completed this section?",
                                                     "Enter keeps it, - leaves it empty, or type who completed it now"},
                                                    by)) {
    return false;
  }
  return ask_last_notes(was);
}

// A section's notes, when it had notes last time (`was`) and was just given
// a new date: asked again, last time's shown. Returns false to stop: q, or
// the input ended.
bool ScoreWalkthrough::ask_last_notes(const model::SectionResponse& was) {
  const std::string notes = was.notes ? std::string(util::trim(*was.notes)) : "";
  if (notes.empty()) return true;
  return ask_last_time({{was.section_id},
                        "notes",
                        "This section's notes?",
                        "Enter keeps them, - leaves them empty, or type the notes now"},
                       notes);
}

// One of a section's texts (or of several sections', asked once for all of
// them), given last time as `last_time`: shown, then Enter keeps it (each
// section's own), - leaves it empty, or what is typed replaces it (checked
// and saved as --set SECTION.FIELD= saves it, for each section). Returns
// false to stop: q, or the input ended.
bool ScoreWalkthrough::ask_last_time(const LastTimeQuestion& question, const std::string& last_time) {
  std::vector<std::pair<std::string, yaml::AssessmentField>> fields;
  for (const auto& section_id : question.section_ids) {
    const std::string reference = section_id + "." + question.field;
    if (const auto field = yaml::find_assessment_field(reference, m_file.framework()))
      fields.emplace_back(reference, *field);
  }
  if (fields.empty()) return true;
  const std::string& keys = question.keys;
  const std::string prompt = question.asked + " ";
  wrapped_once(fmt::format("Last time's {} shown first: {}; q stops, ? lists the keys.",
                           question.field == "notes" ? "notes are" : "answer for who completed the section is", keys));
  for (;;) {
    say(util::wrap_hanging(util::terminal_text("Last time: " + last_time), width(), 0, 2));
    const auto typed = read(prompt, InputKind::text);
    if (!typed) return false;
    const std::string answer = cleaned(*typed);
    if (answer.empty()) return true;
    // Who completed it is a role or group, where the keys' words are keys too
    // (as at "Who completed this section?" for a section with no one); notes
    // are free text, where a word is what someone wrote.
    if (const auto key = evidence_key(question.field == "completed_by" ? typed_key(answer) : answer)) {
      if (*key == "q") return m_stopped = true, false;
      wrapped(0, fmt::format("Keys here: {}; q stops, ? shows this. s, b and g work at the {}; a letter alone is "
                             "taken as a key.",
                             keys, m_words.many));
      if (*key != "?") answer_refused();
      continue;
    }
    const std::string value = answer == "-" ? std::string() : answer;
    if (question.field == "completed_by" && !value.empty() && score_for_who_refused(value, keys)) continue;
    if (field_value_refused(fields.front().second, value)) continue;
    if (save_texts(fields, value) && question.field == "completed_by" && !value.empty()) m_completed_by = value;
    return true;
  }
}

}  // namespace coprod::cli
