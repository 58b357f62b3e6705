// score --interactive's session: its flow from the first row to do to the
// summary, and each row as it is shown.

#include "cli/score_walkthrough.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "analysis/carried_forward.hpp"
#include "analysis/carry_on_row.hpp"
#include "cli/exit_codes.hpp"
#include "model/sections_as_rows.hpp"
#include "render/missing_score.hpp"
#include "render/one_sign_note.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"

namespace coprod::cli {

namespace {

// Rows named in a sentence: the first few, then how many more.
std::string listed(const std::vector<std::string>& rows) {
  constexpr std::size_t k_most_named = 5;
  if (rows.size() <= k_most_named) return util::join_in_words(rows, "and");
  std::vector<std::string> named(rows.begin(), rows.begin() + k_most_named);
  named.push_back(util::counted(rows.size() - k_most_named, "more", "more"));
  return util::join_in_words(named, "and");
}

}  // namespace

ScoreWalkthrough::ScoreWalkthrough(EditableAssessment& file, Console& console, std::size_t width)
    : m_file(file),
      m_console(console),
      m_terminal(console, file.path(), width),
      m_words(render::row_words(file.framework())) {
  for (const auto& section : file.framework().sections) {
    for (const auto& row : section.rows) m_rows.push_back({&section, &row});
  }
}

int ScoreWalkthrough::run(bool from_start) {
  introduction();
  std::size_t index = from_start ? 0 : first_row_to_do();
  while (index < m_rows.size()) {
    const auto next = ask(index);
    if (!next) break;
    index = *next;
  }
  if (!m_stopped && index >= m_rows.size() && m_current_section != nullptr) section_done(*m_current_section);
  // Through to the last row: the sections of one row, asked once for all of them.
  if (!m_stopped && index >= m_rows.size()) ask_one_row_sections();
  // Stopped with q at a row: the sections changed but not left yet are asked
  // here, only for a date still before the period (none after q at one of
  // these questions); those of one row, once for all of them.
  bool going_on = true;
  for (const auto& section_id : std::vector<std::string>(m_changed)) {
    going_on = !m_stopped && ask_completed(section_id, Leaving::stopped);
    if (!going_on) break;
  }
  if (going_on && !m_stopped) ask_carried_one_row_sections();
  // Through to the last row: the guide's reflections come next.
  if (!m_stopped && index >= m_rows.size()) ask_reflections();
  summary();
  return k_exit_success;
}

void ScoreWalkthrough::introduction() {
  const auto& a = m_file.loaded().assessment;
  const auto& scale = m_file.framework().scale;
  const std::string sections = util::counted(m_file.framework().sections.size(), "section", "sections");
  wrapped(0,
          fmt::format("Scoring {} ({}): {}.", m_file.path(), a.label(),
                      m_words.sections ? sections : util::counted(m_rows.size(), "row", "rows") + " in " + sections));
  wrapped(0, fmt::format("For each {0}, type a score from {1} to {2}{3}, or n/a if the {0} does not apply. Press Enter "
                         "to keep the current answer. Each answer is saved at once.",
                         m_words.one, scale.min, scale.max,
                         scale.half_points ? " (half points such as 2.5 are fine)" : ""));
  keys();
  carried_note();
}

void ScoreWalkthrough::keys() {
  std::string text = fmt::format(
      "Keys: s skips a {}, b goes back, g goes to a section ({}), q stops (typed for the evidence, it saves the score "
      "first; b, s and g typed for the evidence do not save the score typed), ? shows this.",
      m_words.one,
      m_words.sections ? "g 3, or g and its id"
                       : "g 3, g F, or g and its id) or a row (g 2.3, or g and the id shown beside the row");
  if (m_console.can_edit_lines())
    text +=
        " The arrow keys, Home and End edit the line; up and down bring back earlier answers. Evidence is "
        "shown ready to edit (evidence of several lines a line at a time): Enter keeps what the line shows, and a "
        "line emptied is dropped. Ctrl-U empties the line, to type - to clear the evidence or + and text to add a "
        "line after it. q works typed at the end of the line too; + and text typed there are saved as part of the "
        "line, so empty the line first to add one. On a " +
        std::string(m_words.one) +
        " with no evidence yet, end a line with a space and + to type another line after it.";
  else
    text +=
        " Evidence typed replaces the evidence now; start it with + to add it as a line after the evidence now, and "
        "end a line with a space and + to type another line after it.";
  wrapped(0, text);
}

const model::RowResponse* ScoreWalkthrough::response(const Place& place) const {
  const auto* section = m_file.loaded().assessment.find_section(place.section->id);
  return section ? section->find_row(place.row->id) : nullptr;
}

// Whether each row has an answer (a score, or n/a), in the walk's order.
std::vector<bool> ScoreWalkthrough::answered_rows() const {
  std::vector<bool> answered;
  for (const auto& place : m_rows) {
    const auto* current = response(place);
    answered.push_back(current && (current->score.is_scored() || current->score.is_not_applicable()));
  }
  return answered;
}

std::string ScoreWalkthrough::number_of(const Place& place) const { return m_words.number(*place.section, *place.row); }

std::string ScoreWalkthrough::one_row_sections(std::size_t count) const {
  if (m_words.sections) return count == 1 ? "section" : "sections";
  return count == 1 ? "section of one row" : "sections of one row";
}

// The rows before `index` with no answer, by their numbers as the pack shows them ("1.4", or "3": number_of()).
std::vector<std::string> ScoreWalkthrough::not_answered_before(std::size_t index) const {
  const auto answered = answered_rows();
  std::vector<std::string> rows;
  for (std::size_t i = 0; i < index && i < m_rows.size(); ++i) {
    if (!answered[i]) rows.push_back(number_of(m_rows[i]));
  }
  return rows;
}

// The first row not answered after the last one answered (a row the paper
// left empty on purpose before it is not asked first), else the first row
// not answered; else, in a file carried forward (init --from), the first row
// of the first section not reviewed for its period; else row 1.
std::size_t ScoreWalkthrough::first_row_to_do() {
  if (const auto row = analysis::row_to_carry_on(answered_rows())) {
    const auto before = not_answered_before(*row);
    if (before.empty() && *row > 0) {
      wrapped(0, fmt::format("Starting at {0} {1}, the first not scored yet (--from-start begins at {0} 1).",
                             m_words.one, *row + 1));
    } else if (!before.empty()) {
      wrapped(0, fmt::format("Starting at {0} {1}, the first not scored after the last one answered. {2} before it "
                             "{3} not scored either: g {4} goes there (--from-start begins at {0} 1).",
                             m_words.one, *row + 1,
                             before.size() == 1 ? m_words.capital_one() + " " + before.front()
                                                : m_words.capital_many() + " " + listed(before),
                             before.size() == 1 ? "is" : "are", before.front()));
    }
    return *row;
  }
  const auto carried = carried_sections();
  for (std::size_t i = 0; !carried.empty() && i < m_rows.size(); ++i) {
    if (m_rows[i].section != carried.front()) continue;
    wrapped(0, fmt::format("Every {0} has a score; starting at {0} {1}, the first of the {2} not reviewed for {3} "
                           "(--from-start begins at {0} 1).",
                           m_words.one, i + 1, util::counted(carried.size(), "section", "sections"),
                           m_file.loaded().assessment.period.to_string()));
    return i;
  }
  wrapped(0, fmt::format("Every {0} has a score; starting at {0} 1.", m_words.one));
  return 0;
}

// The sections whose last completed date is before the file's period
// began: carried forward from an earlier period's file (coprod init --from
// copies every answer and date) and not reviewed for this one, by their
// date.
std::vector<const model::FrameworkSection*> ScoreWalkthrough::carried_sections() const {
  const model::Assessment& assessment = m_file.loaded().assessment;
  std::vector<const model::FrameworkSection*> carried;
  for (const auto& section : m_file.framework().sections) {
    const auto* response = assessment.find_section(section.id);
    if (response && response->last_completed &&
        analysis::completed_before(*response->last_completed, assessment.period))
      carried.push_back(&section);
  }
  return carried;
}

// In a file carried forward, what the session is for.
void ScoreWalkthrough::carried_note() {
  const auto carried = carried_sections();
  if (carried.empty()) return;
  const model::Assessment& assessment = m_file.loaded().assessment;
  wrapped(0, fmt::format("This file carries answers forward from an earlier period (as coprod init --from leaves "
                         "them): {} of {} still have a last completed date before {} began. Answer {} (Enter keeps "
                         "each answer) and you are asked the day it was completed.",
                         carried.size(), util::counted(m_file.framework().sections.size(), "section", "sections"),
                         assessment.period.to_string(), m_words.sections ? "a section" : "a section's rows"));
}

// Shows a row, leaving the section before it when it is in another one.
// Returns false when the session stops on leaving.
bool ScoreWalkthrough::show(std::size_t index) {
  const Place& place = m_rows[index];
  if (place.section != m_current_section) {
    if (m_current_section != nullptr && !section_done(*m_current_section)) return false;
    m_current_section = place.section;
    say(fmt::format("\n{}\n", std::string(std::min<std::size_t>(width(), 80), '=')));
    wrapped(0, place.section->label());
    if (!place.section->aim.text.empty()) wrapped(2, "Overall aim: " + place.section->aim.flattened());
    if (!place.section->what_will_be_different.empty())
      wrapped(2, "What will be different: " + place.section->what_will_be_different);
  }
  // The row's number as the pack and the form show it ("Row 6.3"), or its section's ("Section 3", where every
  // section is its one row), then its place in the session.
  say(fmt::format("\n{} {} ({} of {}): {}.{}\n", m_words.capital_one(), number_of(place), index + 1, m_rows.size(),
                  place.section->id, place.row->id));
  // A section that is its row is worded once, by its heading above: no early indicator repeating it.
  if (place.row->indicator && !model::section_is_its_row(*place.section))
    wrapped(2, "Early indicator: " + place.row->indicator->flattened());
  if (place.row->warning) wrapped(2, "Warning sign: " + place.row->warning->flattened());
  if (const auto note = render::one_sign_note(m_file.framework(), *place.row)) wrapped(2, *note);
  const auto* current = response(place);
  const std::string score = current ? current->score.to_string() : "";
  say(fmt::format("  Now: {}\n", score.empty() ? render::k_not_scored_words : score));
  if (current && current->has_evidence()) evidence_now(*current->evidence);
  else say("  Evidence now: none\n");
  if (current) seen_now(place, *current);
  return true;
}

// The row's evidence, its first few lines: long evidence would push the
// row's early indicator and warning sign off the screen.
void ScoreWalkthrough::evidence_now(const std::string& evidence) {
  constexpr std::size_t k_most_lines = 6;
  const std::string text = util::wrap_hanging(util::terminal_text("Evidence now: " + evidence), width(), 2, 2);
  const auto lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
  if (lines <= k_most_lines) return say(text);
  std::size_t end = 0;
  for (std::size_t shown = 1; shown < k_most_lines; ++shown) end = text.find('\n', end) + 1;
  say(text.substr(0, end));
  wrapped(2, fmt::format("... ({} more lines)", lines - (k_most_lines - 1)));
}

// A row of the section answered (changed, or kept with Enter): its date is
// asked on leaving it.
void ScoreWalkthrough::answered(const std::string& section_id) {
  if (std::find(m_changed.begin(), m_changed.end(), section_id) == m_changed.end()) m_changed.push_back(section_id);
}

}  // namespace coprod::cli
