// score --interactive at a row: its score asked, and the keys that move
// between rows (s, b, g, q, ?), at the score and at the evidence after it.

#include <fmt/format.h>

#include "cli/score_walkthrough.hpp"
#include "cli/typed_keys.hpp"
#include "model/score.hpp"
#include "util/small_letters.hpp"
#include "util/text.hpp"

namespace coprod::cli {

std::optional<std::string> ScoreWalkthrough::read_key(std::string_view prompt) {
  const auto line = read(prompt, InputKind::short_answer);
  if (!line) return std::nullopt;
  return typed_key(cleaned(*line));
}

// "3", "F", "knowledge" -> the section's first row; "6.3" or "impact.trust"
// -> that row; nullopt (and a message) if there is none. A section is named
// by its place in the session, its key as the pack and the web show it ("F",
// in any capitals) or its id; a row by its number as the pack shows it or by
// the id the prompt shows beside it (as --set names it).
std::optional<std::size_t> ScoreWalkthrough::section_start(std::string wanted) {
  if (wanted.empty()) {
    wrapped_once(
        m_words.sections
            ? "Go to a section by its number or id."
            : "Go to a section by its number, letter or id, or to a row by its number, such as 2.3, or its id.");
    const auto typed = read("Go to section: ", InputKind::short_answer);
    if (!typed) return std::nullopt;
    wanted = cleaned(*typed);
  }
  const auto& sections = m_file.framework().sections;
  const std::string lower = util::in_small_letters(wanted);
  std::vector<std::string> ids;
  std::vector<std::string> keys;
  for (std::size_t i = 0; i < sections.size(); ++i) {
    ids.push_back(sections[i].id);
    keys.push_back(sections[i].key.empty() ? std::to_string(i + 1) : sections[i].key);
    const bool named = wanted == sections[i].id || wanted == std::to_string(i + 1) ||
                       (!sections[i].key.empty() && lower == util::in_small_letters(sections[i].key));
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
      if (m_rows[row].section != &sections[i]) continue;
      const std::string& row_id = m_rows[row].row->id;
      if (named || lower == util::in_small_letters(sections[i].row_number(row_id)) ||
          lower == util::in_small_letters(sections[i].id + "." + row_id))
        return row;
    }
  }
  if (missing_row_explained(wanted)) {
    answer_refused();
    return std::nullopt;
  }
  const auto close = util::closest_match(wanted, ids);
  const std::string or_row =
      m_words.sections
          ? ""
          : fmt::format("; or give a row, such as {}",
                        m_rows.empty() ? "1.1" : m_rows.front().section->row_number(m_rows.front().row->id));
  wrapped(0, fmt::format("No section '{}'{}. The sections are {}, or their ids: {}{}.", wanted,
                         close ? fmt::format(" (did you mean '{}'?)", *close) : "", util::join_in_words(keys, "and"),
                         util::join(ids, ", "), or_row));
  answer_refused();
  return std::nullopt;
}

// "6.9" or "impact.trusts": a section's key or id and a row it does not have.
// Says which rows that section has, and returns true; false for anything else.
bool ScoreWalkthrough::missing_row_explained(const std::string& wanted) {
  const std::string lower = util::in_small_letters(wanted);
  const std::string section_typed = lower.substr(0, lower.find('.'));
  if (m_words.sections || section_typed == lower) return false;
  for (const auto& section : m_file.framework().sections) {
    if (section.rows.empty()) continue;
    if (util::in_small_letters(section.key) == section_typed) {
      wrapped(0, fmt::format("No row '{}': {} has rows {} to {}.", wanted, section.label(),
                             section.row_number(section.rows.front().id), section.row_number(section.rows.back().id)));
      return true;
    }
    if (section.id == section_typed) {
      std::vector<std::string> row_ids;
      for (const auto& row : section.rows) row_ids.push_back(section.id + "." + row.id);
      const auto close = util::closest_match(wanted, row_ids);
      wrapped(0, fmt::format("No row '{}'{}: {} has rows {}.", wanted,
                             close ? fmt::format(" (did you mean '{}'?)", *close) : "", section.label(),
                             util::join_in_words(row_ids, "and")));
      return true;
    }
  }
  return false;
}

bool ScoreWalkthrough::is_command(const std::string& answer) {
  return answer == "q" || answer == "s" || answer == "b" || answer == "?" || answer == "g" ||
         answer.rfind("g ", 0) == 0;
}

// What to do with a typed line other than a score: the next row, stay
// (nullopt inside), or stop.
enum class Move { stay, go, stop };
ScoreWalkthrough::Move ScoreWalkthrough::command(const std::string& answer, std::size_t index, std::size_t& next) {
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
std::size_t ScoreWalkthrough::after_same_reason(std::size_t index, const std::string& why) const {
  std::size_t next = index + 1;
  while (next < m_rows.size() && m_rows[next].section == m_rows[index].section &&
         m_file.cannot_change(m_rows[next].section->id, m_rows[next].row->id) == why)
    ++next;
  return next;
}

// On a row that cannot be changed in this file: Enter goes on (past the
// rest of the section, when none of it can be changed), and the keys still
// work. Returns the next row to show, or nullopt to stop.
std::optional<std::size_t> ScoreWalkthrough::pass(std::size_t index, const std::string& why) {
  wrapped(2, fmt::format("This {} cannot be changed here: {}", m_words.one, why));
  const std::size_t on = after_same_reason(index, why);
  if (on > index + 1) {
    const std::size_t more = on - index - 1;
    wrapped(2, more == 1 ? "Nor can the row after it in this section, for the same reason."
                         : fmt::format("Nor can the {} rows after it in this section, for the same reason.", more));
  }
  const std::string prompt = on >= m_rows.size() ? "Enter goes on to the summary: "
                             : on > index + 1    ? "Enter goes on to the next section: "
                                                 : fmt::format("Enter goes on to the next {}: ", m_words.one);
  for (;;) {
    const auto key = read_key(prompt);
    if (!key) return std::nullopt;
    const std::string answer = *key;
    if (answer.empty()) return on;
    if (!is_command(answer)) {
      wrapped(0, fmt::format("This {} cannot be changed here; press Enter to go on (? lists the keys).", m_words.one));
      answer_refused();
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
std::size_t ScoreWalkthrough::left_not_scored(std::size_t index) {
  wrapped(2, "Left not scored; b goes back to it.");
  return index + 1;
}

// A key typed at the evidence question instead of evidence (b, s or g):
// nothing is saved, as is said when a score was typed (`changed`); then b
// asks the row's score again, and s and g move as at the score question.
ScoreWalkthrough::Move ScoreWalkthrough::evidence_key_typed(const std::string& key, const Place& place,
                                                            const std::string& score, bool changed, std::size_t index,
                                                            std::size_t& next) {
  const std::string not_saved =
      changed ? fmt::format("The score {} for {}.{} was not saved", score, place.section->id, place.row->id) : "";
  if (key == "b") {
    const std::string back = fmt::format("back to this {}'s score.", m_words.one);
    wrapped(2, changed ? not_saved + "; " + back : util::capitalised(back));
    return Move::stay;
  }
  if (changed) wrapped(2, not_saved + ".");
  return command(key, index, next);
}

// Returns the next row to show, or nullopt to stop.
std::optional<std::size_t> ScoreWalkthrough::ask(std::size_t index) {
  if (!show(index)) return std::nullopt;
  const Place& place = m_rows[index];
  if (const auto why = m_file.cannot_change(place.section->id, place.row->id)) return pass(index, *why);
  for (;;) {
    const auto* current = response(place);
    const std::string now = current ? current->score.to_string() : "";
    const auto key = read_key(fmt::format("Score{}: ", now.empty() ? "" : " [" + now + "]"));
    if (!key) return std::nullopt;
    const std::string answer = *key;
    std::size_t next = index;
    if (answer.empty() && now.empty()) return left_not_scored(index);
    if (is_command(answer)) {
      const Move move = command(answer, index, next);
      if (move == Move::stop) return std::nullopt;
      if (move == Move::go) return next;
      continue;
    }
    std::string score = answer.empty() ? now : answer;
    bool not_applicable = false;
    if (!answer.empty()) {
      const auto parsed = model::parse_score(answer, m_file.framework().scale);
      if (const auto* problem = std::get_if<std::string>(&parsed)) {
        wrapped(0, fmt::format("{}. {}", *problem, row_keys_in_short(m_words.one)));
        answer_refused();
        continue;
      }
      score = std::get<model::Score>(parsed).to_string();
      not_applicable = std::get<model::Score>(parsed).is_not_applicable();
    }
    const auto evidence = ask_row_evidence(place, now, score);
    if (!evidence) return std::nullopt;
    if (!evidence->key.empty()) {
      if (evidence_key_typed(evidence->key, place, score, score != now, index, next) == Move::go) return next;
      continue;
    }
    const Saved saved = save(place, now, score, *evidence);
    if (saved == Saved::stop) return std::nullopt;
    if (saved == Saved::clashed) continue;
    // A score typed (not Enter, which keeps the row as shown; nor n/a, as a
    // row that does not apply has no signs to see): the row's answers to
    // whether its signs are seen locally, when it has any.
    if (!answer.empty() && !not_applicable && (m_ask_seen || has_seen_answer(place)) && !ask_seen(place))
      return std::nullopt;
    return index + 1;
  }
}

}  // namespace coprod::cli
