// coprod score --interactive: a facilitator's walk through one file, row by
// row, at a terminal. The answers are saved through EditableAssessment, one
// row at a time.

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "analysis/carried_forward.hpp"
#include "analysis/check_flags.hpp"
#include "analysis/scoring.hpp"
#include "cli/editable_assessment.hpp"
#include "cli/error.hpp"
#include "cli/loading.hpp"
#include "cli/personal_data_warnings.hpp"
#include "cli/score_options.hpp"
#include "cli/still_to_do.hpp"
#include "cli/terminal.hpp"
#include "cli/today.hpp"
#include "cli/typed_keys.hpp"
#include "model/individual_voice.hpp"
#include "model/typed_date.hpp"
#include "render/attribution_note.hpp"
#include "render/missing_score.hpp"
#include "render/one_sign_note.hpp"
#include "render/reflection_questions.hpp"
#include "render/scores.hpp"
#include "util/escape.hpp"
#include "util/shell_word.hpp"
#include "util/text.hpp"
#include "util/title_join.hpp"
#include "util/typed_text.hpp"
#include "yaml/assessment_fields.hpp"

namespace coprod::cli {

namespace {

// What was typed, without escape sequences or control characters and trimmed.
std::string cleaned(const std::string& typed) { return std::string(util::trim(util::typed_text(typed))); }

// "today" typed for a date, in any capitals.
bool says_today(std::string_view text) {
  return std::ranges::equal(text, std::string_view("today"), [](char typed, char letter) {
    return std::tolower(static_cast<unsigned char>(typed)) == letter;
  });
}

class Walkthrough {
 public:
  // `width`: --width, or 0 to fit the terminal as it is at each line shown
  // (it may be resized during the session).
  Walkthrough(EditableAssessment& file, Console& console, std::size_t width)
      : m_file(file), m_console(console), m_fixed_width(width) {
    for (const auto& section : file.framework().sections) {
      for (const auto& row : section.rows) m_rows.push_back({&section, &row});
    }
  }

  int run(bool from_start) {
    introduction();
    std::size_t index = from_start ? 0 : first_row_to_do();
    while (index < m_rows.size()) {
      const auto next = ask(index);
      if (!next) break;
      index = *next;
    }
    if (!m_stopped && index >= m_rows.size() && m_current_section != nullptr) section_done(*m_current_section);
    // Stopped with q at a row: the sections changed but not left yet are asked
    // here, only for a date still before the period (none after q at one of
    // these questions).
    for (const auto& section_id : std::vector<std::string>(m_changed)) {
      if (m_stopped || !ask_completed(section_id, Leaving::stopped)) break;
    }
    // Through to the last row: the guide's reflections come next.
    if (!m_stopped && index >= m_rows.size()) ask_reflections();
    summary();
    return k_exit_success;
  }

 private:
  struct Place {
    const model::FrameworkSection* section;
    const model::FrameworkRow* row;
  };

  void say(std::string_view text) { m_console.out(text); }

  std::size_t width() const { return m_fixed_width > 0 ? m_fixed_width : terminal_width(m_console); }

  // Shows `prompt` wrapped at spaces to the width, all but its last line
  // first, and reads the answer. Should Ctrl-C stop the program meanwhile,
  // `stopped` (or, when empty, where the answers are) is said first. The line
  // starts with `prefill`, to edit, on a terminal that can edit lines.
  std::optional<std::string> read(std::string_view prompt, InputKind kind, std::string_view stopped = {},
                                  std::string_view prefill = {}) {
    std::vector<std::string> lines = util::wrap_to_fit(prompt, width());
    // A short answer (a date) goes on the prompt's last line: on a terminal
    // wide enough, room is left for it there, so that what is typed is not
    // broken at the edge.
    constexpr std::size_t k_answer_room = 12;
    if (kind == InputKind::short_answer && !lines.empty() && width() >= 5 * k_answer_room &&
        util::display_width(lines.back()) + k_answer_room > width())
      lines = util::wrap_to_fit(prompt, width() - k_answer_room);
    const std::string last = lines.empty() ? std::string() : lines.back() + " ";
    if (!lines.empty()) lines.pop_back();
    for (const auto& line : lines) say(line + "\n");
    m_console.set_interrupt_note(
        "\n" + util::wrap_hanging(util::terminal_text(stopped.empty() ? stopped_note() : std::string(stopped)), width(),
                                  0, 0));
    auto line = m_console.read_line(last, kind, m_console.can_edit_lines() ? prefill : std::string_view());
    m_console.set_interrupt_note({});
    return line;
  }

  // What Ctrl-C at a question says: where the answers saved are.
  std::string stopped_note() const {
    return fmt::format("Stopped (Ctrl-C): every answer saved before is kept in {}.", m_file.path());
  }

  // After an answer is refused: what was typed after it was typed before the
  // refusal could be seen (or is the rest of a paste the terminal did not
  // mark), so none of it is taken for the questions that follow.
  void drop_typed_ahead() {
    if (m_console.discard_typed_ahead())
      wrapped(0, "The lines typed after it were not taken as answers: type them again.");
  }
  void wrapped(std::size_t indent, std::string_view text) {
    say(util::wrap_hanging(util::terminal_text(text), width(), indent, indent));
  }

  void introduction() {
    const auto& a = m_file.loaded().assessment;
    const auto& scale = m_file.framework().scale;
    wrapped(0, fmt::format("Scoring {} ({}): {} in {}.", m_file.path(), a.label(),
                           util::counted(m_rows.size(), "row", "rows"),
                           util::counted(m_file.framework().sections.size(), "section", "sections")));
    wrapped(0, fmt::format("For each row, type a score from {} to {}{}, or n/a if the row does not apply. Press Enter "
                           "to keep the current answer. Each answer is saved at once.",
                           scale.min, scale.max, scale.half_points ? " (half points such as 2.5 are fine)" : ""));
    keys();
    carried_note();
  }

  void keys() {
    std::string text =
        "Keys: s skips a row, b goes back, g goes to a section (g 3, or g and its id), q stops (typed for the "
        "evidence, it saves the score first), ? shows this.";
    if (m_console.can_edit_lines())
      text +=
          " The arrow keys, Home and End edit the line; up and down bring back earlier answers. Evidence is "
          "shown ready to edit (evidence of several lines a line at a time): Enter keeps what the line shows, and a "
          "line emptied is dropped. Ctrl-U empties the line, to type - to clear the evidence; q, and + with text to "
          "add a line, work typed at the end of the line too.";
    else
      text += " Evidence typed replaces the evidence now; start it with + to add it as a line after the evidence now.";
    wrapped(0, text);
  }

  const model::RowResponse* response(const Place& place) const {
    const auto* section = m_file.loaded().assessment.find_section(place.section->id);
    return section ? section->find_row(place.row->id) : nullptr;
  }

  // The first row with no score (n/a counts as an answer); else, in a file
  // carried forward (init --from), the first row of the first section not
  // reviewed for its period; else row 1.
  std::size_t first_row_to_do() {
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
      const auto* current = response(m_rows[i]);
      if (current == nullptr || (!current->score.is_scored() && !current->score.is_not_applicable())) {
        if (i > 0)
          wrapped(0,
                  fmt::format("Starting at row {}, the first not scored yet (--from-start begins at row 1).", i + 1));
        return i;
      }
    }
    const auto carried = carried_sections();
    for (std::size_t i = 0; !carried.empty() && i < m_rows.size(); ++i) {
      if (m_rows[i].section != carried.front()) continue;
      wrapped(0, fmt::format("Every row has a score; starting at row {}, the first of the {} not reviewed for {} "
                             "(--from-start begins at row 1).",
                             i + 1, util::counted(carried.size(), "section", "sections"),
                             m_file.loaded().assessment.period.to_string()));
      return i;
    }
    wrapped(0, "Every row has a score; starting at row 1.");
    return 0;
  }

  // The sections whose last completed date is before the file's period
  // began: carried forward from an earlier period's file (coprod init --from
  // copies every answer and date) and not reviewed for this one, by their
  // date.
  std::vector<const model::FrameworkSection*> carried_sections() const {
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
  void carried_note() {
    const auto carried = carried_sections();
    if (carried.empty()) return;
    const model::Assessment& assessment = m_file.loaded().assessment;
    wrapped(0, fmt::format("This file carries answers forward from an earlier period (as coprod init --from leaves "
                           "them): {} of {} still have a last completed date before {} began. Answer a section's rows "
                           "(Enter keeps each answer) and you are asked the day it was completed.",
                           carried.size(), util::counted(m_file.framework().sections.size(), "section", "sections"),
                           assessment.period.to_string()));
  }

  // Leaving a section: its score now. Returns false when the session stops
  // (q, or the input ended, at the question of its date).
  bool section_done(const model::FrameworkSection& section) {
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

  // How a section is left: for the next one (or the end), or by q at a row.
  enum class Leaving { onwards, stopped };

  // A section this session answered, on leaving it: its date and who
  // completed it, as the form asks them. A date still before the file's
  // period began (as init --from leaves it) is asked again, to edit; a
  // section with no date or no "completed by" is asked for it, unless the
  // session was stopped (q means stop; the summary says what is left). Asked
  // once per change. Returns false to stop: q, or the input ended.
  bool ask_completed(const std::string& section_id, Leaving leaving = Leaving::onwards) {
    const auto changed = std::find(m_changed.begin(), m_changed.end(), section_id);
    if (changed == m_changed.end()) return true;
    m_changed.erase(changed);
    const model::Assessment& assessment = m_file.loaded().assessment;
    const model::SectionResponse* section = assessment.find_section(section_id);
    if (!section) return true;
    if (!section->last_completed) {
      if (leaving == Leaving::stopped) return true;
      if (!ask_date(section_id)) return false;
    } else if (analysis::changed_but_completed_before_message(*section, assessment.period)) {
      // The section is named by the label the session shows, not its id.
      wrapped(0, fmt::format("This section was {}, but its last completed date is still {}, before {} began, so a "
                             "report may call it carried forward from an earlier period.",
                             m_edited.contains(section_id) ? "changed" : "reviewed (its answers kept)",
                             section->last_completed->to_string(), assessment.period.to_string()));
      if (!ask_date(section_id)) return false;
    }
    return leaving == Leaving::stopped || ask_completed_by(section_id);
  }

  // The day the section was completed, written as the form takes it
  // (12/01/2027, day first, or YYYY-MM-DD, or today), saved YYYY-MM-DD and
  // said back in words, and checked as --set SECTION.last_completed= checks
  // it. Enter keeps the date the section has (or leaves it empty), named in
  // words in the question: only the person knows the day, so none is filled
  // in, and the line starts empty. The keys work as at the
  // other questions: q stops (the date kept), ? shows what can be typed.
  // Returns false to stop: q, or the input ended.
  bool ask_date(const std::string& section_id) {
    const auto field = yaml::find_assessment_field(section_id + ".last_completed", m_file.framework());
    const model::SectionResponse* section = m_file.loaded().assessment.find_section(section_id);
    if (!field || !section) return true;
    const std::optional<model::Date> kept_date = section->last_completed;
    // The line starts empty, and is empty again after a date refused: a date
    // shown on it would take what is typed after it ("2026-09-24today"), and
    // a refusal left on it would be sent again by Enter.
    const std::string enter = kept_date ? "Enter keeps " + model::in_words(*kept_date) : "Enter leaves it empty";
    const std::string prompt =
        fmt::format("When was this section completed? (such as 30/09/2026 or today; {}) ", enter);
    for (;;) {
      const auto line = read(prompt, InputKind::short_answer);
      if (!line) return false;
      std::string answer = typed_key(cleaned(*line));
      if (answer.empty() || (kept_date && answer == kept_date->to_string())) return true;
      if (answer == "q") return m_stopped = true, false;
      if (is_command(answer)) {
        date_keys(kept_date);
        if (answer != "?") drop_typed_ahead();
        continue;
      }
      // Written as the form takes it (12/01/2027): saved YYYY-MM-DD, as the file keeps dates.
      if (says_today(answer)) answer = choose_today("", m_console, "").to_string();
      else if (const auto typed = model::parse_typed_date(answer)) answer = typed->to_string();
      if (const auto refused = date_refused(*field, answer)) {
        // Said with the keys that still work, as the line is empty again.
        wrapped(0, fmt::format("{}{} {}; q stops.", *refused, refused->ends_with('.') ? "" : ".", enter));
        drop_typed_ahead();
        continue;
      }
      save_completed(*field, answer);
      return true;
    }
  }

  // Why `answer` (today, or a date typed as the form takes it, already
  // written YYYY-MM-DD) is not taken for the section's date; nullopt when it
  // is.
  std::optional<std::string> date_refused(const yaml::AssessmentField& field, const std::string& answer) const {
    if (model::Date::parse(answer)) return yaml::check_field_value(field, answer, m_file.framework());
    if (const auto wrong = model::what_is_wrong_typed_date(answer); !wrong.empty())
      return fmt::format("'{}' is not a date: {}.", answer, wrong);
    return fmt::format("'{}' is not a date; write it as day/month/year, such as 30/09/2026, or type today.", answer);
  }

  // Who completed a section that says no one yet (the guide's "Completed
  // by"): a role or group, as the file will be shared. The answer given for
  // the section before is offered again (Enter), - leaves it empty. Saved
  // and checked as --set SECTION.completed_by= saves it. Returns false to
  // stop: q, or the input ended.
  bool ask_completed_by(const std::string& section_id) {
    const std::string reference = section_id + ".completed_by";
    const auto field = yaml::find_assessment_field(reference, m_file.framework());
    const model::SectionResponse* section = m_file.loaded().assessment.find_section(section_id);
    if (!field || !section || (section->completed_by && !util::trim(*section->completed_by).empty())) return true;
    const std::string enter =
        m_completed_by.empty()
            ? "Enter leaves it empty"
            : fmt::format("Enter gives '{}', as for the section before; - leaves it empty", m_completed_by);
    const std::string prompt = fmt::format(
        "Who completed this section? A role or group is better than a name, such as 'peer network meeting' ({}) ",
        enter);
    for (;;) {
      const auto line = read(prompt, InputKind::short_answer);
      if (!line) return false;
      std::string answer = typed_key(cleaned(*line));
      if (answer.empty()) answer = m_completed_by;
      if (answer.empty() || answer == "-") return true;
      if (answer == "q") return m_stopped = true, false;
      if (is_command(answer)) {
        wrapped(0, fmt::format("Keys here: type who completed the section and press Enter to save it; {}; q stops, ? "
                               "shows this.",
                               enter));
        if (answer != "?") drop_typed_ahead();
        continue;
      }
      if (const auto problem = yaml::check_field_value(*field, answer, m_file.framework())) {
        wrapped(0, *problem);
        drop_typed_ahead();
        continue;
      }
      if (save_text(*field, reference, answer)) m_completed_by = answer;
      return true;
    }
  }

  // What the date question takes: ? there, or a key that moves between rows.
  void date_keys(const std::optional<model::Date>& kept) {
    wrapped(0, fmt::format("Keys here: type the day this section was completed (30/09/2026, day first, or "
                           "2026-09-30), or press Enter to {}; q stops (the date is kept), ? shows this. s, b and g "
                           "work at the rows.",
                           kept ? "keep " + model::in_words(*kept) : "leave it empty"));
  }

  // Saves a checked last_completed date as --set does, saying when it is
  // later than today (check's future-date warning).
  void save_completed(const yaml::AssessmentField& field, const std::string& date) {
    if (const auto not_saved = m_file.apply({}, {yaml::field_change(field, date)})) {
      wrapped(0, not_saved->conflict
                     ? fmt::format("Not saved: {} was changed by someone else while you were answering (it now has "
                                   "{}).",
                                   not_saved->conflict->row, not_saved->conflict->now_has)
                     : "Not saved: " + not_saved->refused.front().message);
      return;
    }
    const auto parsed = model::Date::parse(date);
    if (!parsed) return say("Saved.\n");
    // In words, so that a day and month the wrong way round are seen.
    wrapped(0, fmt::format("Saved: {} ({}).", model::in_words(*parsed), date));
    if (const model::Period& period = m_file.loaded().assessment.period; *parsed < period.first_day())
      wrapped(0, fmt::format("Warning: {} is before {} began, so a report may still call this section carried "
                             "forward from an earlier period.",
                             date, period.to_string()));
    if (const auto future = analysis::future_date_message(field.section_id, *parsed, choose_today("", m_console, "")))
      wrapped(0, "Warning: " + *future + ".");
  }

  // Shows a row, leaving the section before it when it is in another one.
  // Returns false when the session stops on leaving.
  bool show(std::size_t index) {
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
    say(fmt::format("\nRow {} of {}: {}.{}\n", index + 1, m_rows.size(), place.section->id, place.row->id));
    if (place.row->indicator) wrapped(2, "Early indicator: " + place.row->indicator->flattened());
    if (place.row->warning) wrapped(2, "Warning sign: " + place.row->warning->flattened());
    if (const auto note = render::one_sign_note(m_file.framework(), *place.row)) wrapped(2, *note);
    const auto* current = response(place);
    const std::string score = current ? current->score.to_string() : "";
    say(fmt::format("  Now: {}\n", score.empty() ? render::k_not_scored_words : score));
    if (current && current->has_evidence()) evidence_now(*current->evidence);
    return true;
  }

  // The row's evidence, its first few lines: long evidence would push the
  // row's early indicator and warning sign off the screen.
  void evidence_now(const std::string& evidence) {
    constexpr std::size_t k_most_lines = 6;
    const std::string text = util::wrap_hanging(util::terminal_text("Evidence now: " + evidence), width(), 2, 2);
    const auto lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
    if (lines <= k_most_lines) return say(text);
    std::size_t end = 0;
    for (std::size_t shown = 1; shown < k_most_lines; ++shown) end = text.find('\n', end) + 1;
    say(text.substr(0, end));
    wrapped(2, fmt::format("... ({} more lines)", lines - (k_most_lines - 1)));
  }

  // "3", "knowledge" -> the section's first row; nullopt (and a message) if there is none.
  std::optional<std::size_t> section_start(std::string wanted) {
    if (wanted.empty()) {
      const auto typed = read("Go to section (its number or id): ", InputKind::short_answer);
      if (!typed) return std::nullopt;
      wanted = cleaned(*typed);
    }
    const auto& sections = m_file.framework().sections;
    std::vector<std::string> ids;
    for (std::size_t i = 0; i < sections.size(); ++i) {
      ids.push_back(sections[i].id);
      if (wanted == sections[i].id || wanted == std::to_string(i + 1)) {
        for (std::size_t row = 0; row < m_rows.size(); ++row) {
          if (m_rows[row].section == &sections[i]) return row;
        }
      }
    }
    const auto close = util::closest_match(wanted, ids);
    wrapped(0, fmt::format("No section '{}'{}. The sections are 1 to {}, or their ids: {}.", wanted,
                           close ? fmt::format(" (did you mean '{}'?)", *close) : "", sections.size(),
                           util::join(ids, ", ")));
    drop_typed_ahead();
    return std::nullopt;
  }

  static bool is_command(const std::string& answer) {
    return answer == "q" || answer == "s" || answer == "b" || answer == "?" || answer == "g" ||
           answer.rfind("g ", 0) == 0;
  }

  // What to do with a typed line other than a score: the next row, stay
  // (nullopt inside), or stop.
  enum class Move { stay, go, stop };
  Move command(const std::string& answer, std::size_t index, std::size_t& next) {
    if (answer == "q") return Move::stop;
    if (answer == "s") return next = index + 1, Move::go;
    if (answer == "b") return next = index == 0 ? 0 : index - 1, Move::go;
    if (answer == "?") return keys(), Move::stay;
    if (answer == "g" || answer.rfind("g ", 0) == 0) {
      const auto start = section_start(std::string(util::trim(answer.substr(1))));
      if (!start) return Move::stay;
      return next = *start, Move::go;
    }
    return Move::stay;
  }

  // The row after `index`, past the rest of its section when they cannot be
  // changed either, for the same reason (the section is not in the file).
  std::size_t after_same_reason(std::size_t index, const std::string& why) const {
    std::size_t next = index + 1;
    while (next < m_rows.size() && m_rows[next].section == m_rows[index].section &&
           m_file.cannot_change(m_rows[next].section->id, m_rows[next].row->id) == why)
      ++next;
    return next;
  }

  // On a row that cannot be changed in this file: Enter goes on (past the
  // rest of the section, when none of it can be changed), and the keys still
  // work. Returns the next row to show, or nullopt to stop.
  std::optional<std::size_t> pass(std::size_t index, const std::string& why) {
    wrapped(2, "This row cannot be changed here: " + why);
    const std::size_t on = after_same_reason(index, why);
    if (on > index + 1) {
      const std::size_t more = on - index - 1;
      wrapped(2, more == 1 ? "Nor can the row after it in this section, for the same reason."
                           : fmt::format("Nor can the {} rows after it in this section, for the same reason.", more));
    }
    const std::string prompt = on >= m_rows.size() ? "Enter goes on to the summary: "
                               : on > index + 1    ? "Enter goes on to the next section: "
                                                   : "Enter goes on to the next row: ";
    for (;;) {
      const auto line = read(prompt, InputKind::short_answer);
      if (!line) return std::nullopt;
      const std::string answer = typed_key(cleaned(*line));
      if (answer.empty()) return on;
      if (!is_command(answer)) {
        wrapped(0, "This row cannot be changed here; press Enter to go on (? lists the keys).");
        drop_typed_ahead();
        continue;
      }
      std::size_t next = index;
      const Move move = command(answer, index, next);
      if (move == Move::stop) return std::nullopt;
      if (move == Move::go) return next;
    }
  }

  // Enter at a row not scored yet: nothing to keep, so the row is left as it
  // is, as s leaves it (the end names the rows not scored). Returns the next
  // row.
  std::size_t left_not_scored(std::size_t index) {
    wrapped(2, "Left not scored; b goes back to it.");
    return index + 1;
  }

  // Returns the next row to show, or nullopt to stop.
  std::optional<std::size_t> ask(std::size_t index) {
    if (!show(index)) return std::nullopt;
    const Place& place = m_rows[index];
    if (const auto why = m_file.cannot_change(place.section->id, place.row->id)) return pass(index, *why);
    for (;;) {
      const auto* current = response(place);
      const std::string now = current ? current->score.to_string() : "";
      const auto line = read(fmt::format("Score{}: ", now.empty() ? "" : " [" + now + "]"), InputKind::short_answer);
      if (!line) return std::nullopt;
      const std::string answer = typed_key(cleaned(*line));
      std::size_t next = index;
      if (answer.empty() && now.empty()) return left_not_scored(index);
      if (is_command(answer)) {
        const Move move = command(answer, index, next);
        if (move == Move::stop) return std::nullopt;
        if (move == Move::go) return next;
        continue;
      }
      std::string score = answer.empty() ? now : answer;
      if (!answer.empty()) {
        const auto parsed = model::parse_score(answer, m_file.framework().scale);
        if (const auto* problem = std::get_if<std::string>(&parsed)) {
          wrapped(0, fmt::format("{}. {}", *problem, k_row_keys_in_short));
          drop_typed_ahead();
          continue;
        }
        score = std::get<model::Score>(parsed).to_string();
      }
      const Saved saved = save(place, now, score);
      if (saved == Saved::stop) return std::nullopt;
      if (saved == Saved::clashed) continue;
      return index + 1;
    }
  }

  enum class Saved { yes, stop, clashed };

  // What was answered at the evidence question.
  struct EvidenceAnswer {
    std::optional<std::string> evidence;  // the new evidence; nullopt keeps it
    bool stop = false;                    // q: the score is saved, then the session stops
  };

  // A line typed at the evidence question (cleaned): q, - (clears), + and
  // text (added as a line), the new evidence, or nothing (kept).
  static EvidenceAnswer typed_answer(const std::string& typed, const std::string& evidence_now) {
    if (typed == "q") return {std::nullopt, true};
    if (typed == "-") return {std::string(), false};
    if (typed.starts_with('+')) return {added(evidence_now, typed.substr(1)), false};
    if (typed.empty()) return {};
    return {typed, false};
  }

  // Asks for the evidence: typed from nothing, or, on a terminal that can
  // edit lines, the evidence now shown to edit. nullopt: the input ended.
  std::optional<EvidenceAnswer> ask_evidence(const std::string& evidence_now, std::string_view stopped) {
    if (!evidence_now.empty() && m_console.can_edit_lines()) return edit_evidence(evidence_now, stopped);
    const auto typed =
        read(evidence_now.empty() ? "Evidence (Enter keeps it; - clears it; q stops): "
                                  : "Evidence (Enter keeps; typing replaces; + adds a line; - clears; q stops): ",
             InputKind::text, stopped);
    if (!typed) return std::nullopt;
    return typed_answer(cleaned(*typed), evidence_now);
  }

  // The evidence now, one line at a time, each shown to edit: Enter keeps a
  // line as shown, a line emptied is dropped. A line kept as shown keeps its
  // bytes (indentation, blank lines, characters the terminal shows as <U+200D>),
  // so every line kept keeps the evidence byte for byte. A line replaced by q,
  // - or + and text, on any line, is that answer, as typed into an empty line:
  // - clears the evidence; q stops and + adds a line, each keeping the lines
  // edited before it and the rest as they were (a line that itself starts
  // with + is edited, not added to).
  std::optional<EvidenceAnswer> edit_evidence(const std::string& evidence_now, std::string_view stopped) {
    std::vector<std::string> original;
    std::vector<std::string> shown;
    for (const auto line : util::split_lines(evidence_now)) {
      original.emplace_back(line);
      shown.push_back(util::terminal_text(line));
    }
    std::vector<std::string> lines;
    for (std::size_t i = 0; i < shown.size(); ++i) {
      const auto typed =
          read(i == 0 ? "Evidence (Enter keeps what is shown; Ctrl-U empties the line, for - to clear, + text to add a "
                        "line, q to stop): "
                      : "... ",
               InputKind::text, stopped, shown[i]);
      if (!typed) return std::nullopt;
      if (*typed != shown[i]) {
        const auto after_shown = typed_after(*typed, shown[i]);
        const std::string command = after_shown.value_or(cleaned(*typed));
        const bool adds = command.starts_with('+') && (after_shown || !shown[i].starts_with('+'));
        if (command == "-") return typed_answer(command, evidence_now);
        if (command == "q" || adds) {
          const auto so_far = edited_evidence(lines, shown, original);
          // "+" with nothing after it adds nothing, and keeps what was edited before it.
          if (adds) {
            auto with_line = added(so_far.value_or(evidence_now), command.substr(1));
            return EvidenceAnswer{with_line ? with_line : so_far, false};
          }
          return EvidenceAnswer{so_far, true};
        }
      }
      lines.push_back(*typed);
    }
    const auto evidence = edited_evidence(lines, shown, original);
    if (evidence && util::trim(*evidence).empty()) {
      wrapped(0, "Every line was emptied, so the evidence is kept: to clear it, type - on the emptied line.");
      return EvidenceAnswer{};
    }
    return EvidenceAnswer{evidence, false};
  }

  // q typed at the end of a line shown to edit, without emptying it first:
  // "q", as if typed into an empty line; nullopt for anything else, which is
  // an edit of the line ("+3 carers joined" or "+ £2k" typed after it is the
  // evidence going on, never a key: + and text add a line only on a line
  // emptied first).
  static std::optional<std::string> typed_after(const std::string& typed, const std::string& shown) {
    if (shown.empty() || !typed.starts_with(shown)) return std::nullopt;
    std::string after = cleaned(typed.substr(shown.size()));
    if (after == "q") return after;
    return std::nullopt;
  }

  // The evidence with the first lines as typed (`lines`, each against the
  // line `shown`) and the rest as they were; nullopt when nothing changed.
  static std::optional<std::string> edited_evidence(const std::vector<std::string>& lines,
                                                    const std::vector<std::string>& shown,
                                                    const std::vector<std::string>& original) {
    if (std::equal(lines.begin(), lines.end(), shown.begin())) return std::nullopt;
    std::vector<std::string> kept;
    for (std::size_t i = 0; i < original.size(); ++i) {
      if (i >= lines.size() || lines[i] == shown[i]) kept.push_back(original[i]);
      else if (std::string text = cleaned(lines[i]); !text.empty()) kept.push_back(std::move(text));
    }
    return util::join(kept, "\n");
  }

  // The evidence with `more` ("+ text" typed) as a line after it; nullopt,
  // the evidence kept, when nothing follows the +.
  static std::optional<std::string> added(std::string evidence, std::string_view more) {
    more = util::trim(more);
    if (more.empty()) return std::nullopt;
    while (!evidence.empty() && evidence.back() == '\n') evidence.pop_back();
    return evidence.empty() ? std::string(more) : evidence + "\n" + std::string(more);
  }

  // Asks for the evidence and saves the row if anything changed; q there
  // saves the score alone and stops. When someone else changed the same row
  // meanwhile, nothing is saved and the row is asked again. A change that
  // cannot be made in this file is not saved, and the walk goes on.
  Saved save(const Place& place, const std::string& now, const std::string& score) {
    const std::string reference = place.section->id + "." + place.row->id;
    const auto* current = response(place);
    const std::string evidence_now = current && current->has_evidence() ? *current->evidence : std::string();
    const auto answer =
        ask_evidence(evidence_now, score == now ? std::string()
                                                : fmt::format("Stopped (Ctrl-C): the score {} for {} was not saved; "
                                                              "every answer saved before it is kept in {}.",
                                                              score, reference, m_file.path()));
    if (!answer) {
      if (score != now) {
        say("\n");
        wrapped(0, fmt::format("The score {} for {} was not saved.", score, reference));
      }
      return Saved::stop;
    }
    const yaml::RowEdit edit{place.section->id, place.row->id, score, answer->evidence};
    if (score != now || edit.evidence) {
      if (const auto not_saved = m_file.apply({edit}); not_saved && not_saved->conflict) {
        wrapped(0, fmt::format("Not saved: {} was changed by someone else while you were answering (it now has {}). "
                               "Answer again, or press Enter to keep their answer.",
                               not_saved->conflict->row, not_saved->conflict->now_has));
        drop_typed_ahead();
        return Saved::clashed;
      } else if (not_saved) {
        wrapped(0, "Not saved: " + not_saved->refused.front().message);
        return answer->stop ? Saved::stop : Saved::yes;
      }
      say("Saved.\n");
      m_edited.insert(place.section->id);
      answered(place.section->id);
      const bool go_on = !edit.evidence || review_personal_data(place);
      // The note on a named person, even when q was typed at the contact-details question.
      if (const auto* saved = response(place); edit.evidence && saved && saved->evidence)
        note_named_person(*saved->evidence, place);
      if (!go_on) return Saved::stop;
    } else if (!answer->stop) {
      answered(place.section->id);  // kept with Enter: reviewed all the same
    }
    return answer->stop ? Saved::stop : Saved::yes;
  }

  // Evidence just saved that looks like it holds contact details (an e-mail
  // address, a phone number, an NHS number, a postcode): check's warnings,
  // as --set-evidence gives them, then the evidence shown again to change
  // (Enter keeps it as saved), until none is found or it is kept. Returns
  // false to stop: q, or the input ended.
  bool review_personal_data(const Place& place) {
    const std::string& section_id = place.section->id;
    const std::string& row_id = place.row->id;
    for (;;) {
      const auto warnings =
          evidence_personal_data_warnings(m_file.path(), m_file.text(), m_file.tree(), section_id, row_id);
      const auto* saved = response(place);
      if (warnings.empty() || !saved || !saved->evidence) return true;
      for (const auto& warning : warnings) wrapped(2, util::trim(diagnostic_line(warning)));
      wrapped(2, "It is saved as typed: change it here, or press Enter to keep it.");
      const auto answer = ask_evidence(*saved->evidence, {});
      if (!answer) return false;
      if (answer->evidence) {
        if (const auto not_saved = m_file.apply({{section_id, row_id, std::nullopt, answer->evidence}})) {
          wrapped(0, not_saved->conflict
                         ? fmt::format("Not saved: {} was changed by someone else meanwhile (it now has {}).",
                                       not_saved->conflict->row, not_saved->conflict->now_has)
                         : "Not saved: " + not_saved->refused.front().message);
          return !answer->stop;
        }
        say("Saved.\n");
      }
      if (answer->stop) return false;
      if (!answer->evidence) return true;
    }
  }

  // A row of the section answered (changed, or kept with Enter): its date is
  // asked on leaving it.
  void answered(const std::string& section_id) {
    if (std::find(m_changed.begin(), m_changed.end(), section_id) == m_changed.end()) m_changed.push_back(section_id);
  }

  // The form's note on evidence just saved that may tie a remark to a named
  // person, as `check` finds it: saved all the same, with how to change it.
  void note_named_person(const std::string& evidence, const Place& place) {
    const auto note =
        render::attribution_note(evidence, m_file.loaded().assessment.perspective == model::Perspective::individual);
    if (!note) return;
    const bool last = &place == &m_rows.back();
    wrapped(2, fmt::format("Note: {} It is saved as typed; to change it, {}.", *note,
                           last ? fmt::format("run coprod score again with --set-evidence {}.{}=TEXT",
                                              place.section->id, place.row->id)
                                : "type b at the next row to come back to this one"));
  }

  void summary() {
    const auto result = analysis::score_assessment(m_file.loaded().framework, m_file.loaded().assessment);
    say("\nSection scores now:\n");
    constexpr std::size_t label_width = 44;
    const bool one_line_each = width() >= 2 + label_width + 5 + 2 + 12;  // "5 of 5 rows"
    render::MissingScoreKey key(render::k_section_not_applicable);
    for (const auto& section : result.sections) {
      const std::string coverage = analysis::describe_coverage(section);
      if (one_line_each) {  // a table: a mark for a missing score, and a key under it
        say(fmt::format("  {:<{}}{:>5}  {}\n",
                        util::truncate_to_width(util::terminal_text(section.section->label()), label_width - 1),
                        label_width, key.cell(section), coverage));
      } else {  // a narrow terminal: the section's name, then its score in words below it
        wrapped(2, section.section->label());
        wrapped(4, fmt::format("{}  {}", render::section_score_text(section, render::k_not_scored_words), coverage));
      }
    }
    if (!key.empty()) wrapped(2, key.line());
    say("\n");
    const auto carried = carried_sections();
    const auto todo = still_to_do(result, m_rows.size(), m_file.path());
    const std::string reflections = empty_reflections_words(m_file.loaded().assessment.reflections, m_file.path(),
                                                            m_file.framework().is_reflection_tool());
    if (todo.heading.empty() && carried.empty() && reflections.empty()) {
      wrapped(0, "Nothing left to do: every row has a score and every score has evidence.");
      return;
    }
    if (todo.heading.empty()) wrapped(0, "Every row has a score and every score has evidence.");
    else wrapped(0, todo.heading);
    for (const auto& row : todo.rows) say(util::wrap_hanging(util::terminal_text(row), width(), 2, 4));
    if (!todo.how.empty()) wrapped(0, todo.how);
    if (!carried.empty()) still_carried(carried);
    if (!reflections.empty()) wrapped(0, reflections);
  }

  // The guide's reflections not written yet, each asked in turn, as the form
  // asks them, and saved at once as --set reflections.KEY= saves it: Enter
  // skips one, q stops.
  void ask_reflections() {
    const auto keys = empty_reflections(m_file.loaded().assessment.reflections);
    if (keys.empty()) return;
    const bool individual = m_file.loaded().assessment.perspective == model::Perspective::individual;
    say("\n");
    wrapped(0, "Reflections and next steps");
    wrapped(2, individual ? fmt::format("Based on filling in the tool, {}", model::k_individual_reflections)
                          : "Based on filling in the tool and the conversations that followed, reflect on some key "
                            "learning and the emerging priorities for co-production going forward. Keep notes about "
                            "people's concerns general (\"Some people in the group felt ...\"), not about named "
                            "people.");
    wrapped(2, "Each answer is saved at once; Enter (or s) skips a question, q stops.");
    for (const auto& question : render::k_reflection_questions) {
      if (std::find(keys.begin(), keys.end(), question.key) == keys.end()) continue;
      if (!ask_reflection(question, individual)) return;
    }
  }

  // One reflection's question; false to stop (q, or the input ended).
  bool ask_reflection(const render::ReflectionQuestion& question, bool individual) {
    const std::string reference = fmt::format("reflections.{}", question.key);
    const auto field = yaml::find_assessment_field(reference, m_file.framework());
    if (!field) return true;
    for (;;) {
      const auto line = read(std::string(render::reflection_question(question, individual)) + " ", InputKind::text);
      if (!line) return false;
      const std::string answer = cleaned(*line);
      if (answer.empty()) return true;
      if (answer == "q") return false;
      if (answer == "s") return true;  // skips, as at a row
      if (is_command(answer)) {
        wrapped(0,
                "Keys here: type the answer and press Enter to save it; Enter alone (or s) skips this question, q "
                "stops.");
        drop_typed_ahead();
        continue;
      }
      if (const auto problem = yaml::check_field_value(*field, answer, m_file.framework())) {
        wrapped(0, *problem);
        drop_typed_ahead();
        continue;
      }
      save_text(*field, reference, answer);
      return true;
    }
  }

  // Saves a checked answer to a field as --set REFERENCE= saves it, then
  // warns of contact details as check finds them and notes a remark tied to
  // a named person. False when it was not saved.
  bool save_text(const yaml::AssessmentField& field, const std::string& reference, const std::string& answer) {
    if (const auto not_saved = m_file.apply({}, {yaml::field_change(field, answer)})) {
      wrapped(0, not_saved->conflict ? fmt::format("Not saved: {} was changed by someone else while you were "
                                                   "answering (it now has {}).",
                                                   not_saved->conflict->row, not_saved->conflict->now_has)
                                     : "Not saved: " + not_saved->refused.front().message);
      return false;
    }
    say("Saved.\n");
    for (const auto& warning :
         personal_data_warnings(m_file.path(), m_file.text(), m_file.tree(), {reference}, "attribution")) {
      wrapped(2, util::trim(diagnostic_line(warning)));
    }
    const bool individual = m_file.loaded().assessment.perspective == model::Perspective::individual;
    if (const auto note = render::attribution_note(answer, individual)) {
      wrapped(2, fmt::format("Note: {} It is saved as typed; to change it, run coprod score again with --set {}=TEXT.",
                             *note, reference));
    }
    return true;
  }

  // The sections still dated before the period: not reviewed for it, by their date.
  void still_carried(const std::vector<const model::FrameworkSection*>& carried) {
    const model::Assessment& assessment = m_file.loaded().assessment;
    std::vector<std::string> named;
    for (const auto* section : carried)
      named.push_back(
          fmt::format("{} ({})", section->label(), assessment.find_section(section->id)->last_completed->to_string()));
    wrapped(0, fmt::format("Still carried forward: {} {} a last completed date from before {} began, so a report "
                           "may call {} carried forward from an earlier period: {}. Answer {} rows (Enter keeps each "
                           "answer) to be asked the day {} completed.",
                           util::counted(carried.size(), "section", "sections"), carried.size() == 1 ? "has" : "have",
                           assessment.period.to_string(), carried.size() == 1 ? "it" : "them", util::join(named, "; "),
                           carried.size() == 1 ? "its" : "their", carried.size() == 1 ? "it was" : "each was"));
  }

  EditableAssessment& m_file;
  Console& m_console;
  std::size_t m_fixed_width;
  std::vector<Place> m_rows;
  const model::FrameworkSection* m_current_section = nullptr;
  std::vector<std::string> m_changed;  // sections this session answered, their date not yet asked
  std::string m_completed_by;          // the last "completed by" given, offered for the next section
  std::set<std::string> m_edited;      // sections this session changed
  bool m_stopped = false;              // q typed at a date question
};

}  // namespace

int run_interactive(const ScoreOptions& options, Console& console) {
  if (options.files.size() != 1) throw Error(k_exit_usage, "--interactive edits one file at a time; name exactly one");
  if (!console.in_is_terminal()) {
    throw Error(k_exit_usage,
                "--interactive needs a terminal to type the answers at; from a script, use --set, "
                "--set-evidence, or --add-evidence to add a line of evidence");
  }
  const model::FrameworkCatalog catalog = load_catalog(options.frameworks);
  EditableAssessment file(options.files.front(), catalog, console);
  if (!file.problems().empty()) {
    util::Diagnostics problems = file.problems();
    problems.push_back({util::Severity::error,
                        file.path(),
                        {0, 0},
                        fmt::format("--interactive starts on a file without errors; put them right in the file, or "
                                    "with 'coprod score {} --set ROW=VALUE', then start again",
                                    util::shell_word(file.path()))});
    throw Error(k_exit_invalid_input, problems);
  }
  return Walkthrough(file, console, options.width).run(options.from_start);
}

}  // namespace coprod::cli
