// The evidence question of score --interactive.

#include "cli/score_evidence_question.hpp"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include "util/escape.hpp"
#include "util/text.hpp"

namespace coprod::cli {

std::string evidence_keys(std::string_view scored) {
  return fmt::format(
      "Keys here: type the evidence and press Enter; Enter alone keeps the evidence now, - clears it, + and text adds "
      "a line after it; a line typed ending with a space and + asks for another line. q saves the score and stops; b "
      "goes back to the score, s skips the {} and g goes to a section, none of them saving the score typed; ? shows "
      "this. One of these letters typed alone is always the key: evidence that is only that letter needs more words.",
      scored);
}

std::optional<std::string> evidence_key(const std::string& typed) {
  if (typed.size() != 1) return std::nullopt;
  const char key = static_cast<char>(std::tolower(static_cast<unsigned char>(typed.front())));
  if (key == 'q' || key == 'b' || key == 's' || key == 'g' || key == '?') return std::string(1, key);
  return std::nullopt;
}

namespace {

// The evidence with `more` ("+ text" typed) as a line after it; nullopt,
// the evidence kept, when nothing follows the +.
std::optional<std::string> added(std::string evidence, std::string_view more) {
  more = util::trim(more);
  if (more.empty()) return std::nullopt;
  while (!evidence.empty() && evidence.back() == '\n') evidence.pop_back();
  return evidence.empty() ? std::string(more) : evidence + "\n" + std::string(more);
}

// A line typed at the evidence question (cleaned), ? aside: q, a key that
// moves between rows, - (clears), + and text (added as a line), the new
// evidence, or nothing (kept).
EvidenceAnswer typed_answer(const std::string& typed, const std::string& evidence_now) {
  if (const auto key = evidence_key(typed))
    return *key == "q" ? EvidenceAnswer{std::nullopt, true, {}} : EvidenceAnswer{std::nullopt, false, *key};
  if (typed == "-") return {std::string(), false, {}};
  if (typed.starts_with('+')) return {added(evidence_now, typed.substr(1)), false, {}};
  if (typed.empty()) return {};
  return {typed, false, {}};
}

// q typed at the end of a line shown to edit, without emptying it first:
// "q", as if typed into an empty line; nullopt for anything else, which is
// an edit of the line ("+3 carers joined" or "+ £2k" typed after it is the
// evidence going on, never a key: + and text add a line only on a line
// emptied first).
std::optional<std::string> typed_after(const std::string& typed, const std::string& shown) {
  if (shown.empty() || !typed.starts_with(shown)) return std::nullopt;
  std::string after = cleaned(typed.substr(shown.size()));
  if (after == "q") return after;
  return std::nullopt;
}

// The evidence with the first lines as typed (`lines`, each against the
// line `shown`) and the rest as they were; nullopt when nothing changed.
std::optional<std::string> edited_evidence(const std::vector<std::string>& lines, const std::vector<std::string>& shown,
                                           const std::vector<std::string>& original) {
  if (std::equal(lines.begin(), lines.end(), shown.begin())) return std::nullopt;
  std::vector<std::string> kept;
  for (std::size_t i = 0; i < original.size(); ++i) {
    if (i >= lines.size() || lines[i] == shown[i]) kept.push_back(original[i]);
    else if (std::string text = cleaned(lines[i]); !text.empty()) kept.push_back(std::move(text));
  }
  return util::join(kept, "\n");
}

// Said once, before the evidence is first shown to edit (its prompt is short,
// to leave room for the line).
const std::string_view k_edit_evidence_guidance =
    "The evidence is shown to edit, a line at a time: Enter keeps the line as shown; Ctrl-U empties it, for - to "
    "clear the evidence, + and text to add a line, or q to stop; ? lists the keys.";

// The evidence now, one line at a time, each shown to edit: Enter keeps a
// line as shown, a line emptied is dropped. A line kept as shown keeps its
// bytes (indentation, blank lines, characters the terminal shows as <U+200D>),
// so every line kept keeps the evidence byte for byte. A line replaced by q,
// - or + and text, on any line, is that answer, as typed into an empty line:
// - clears the evidence; q stops and + adds a line, each keeping the lines
// edited before it and the rest as they were (a line that itself starts
// with + is edited, not added to); b, s and g move between rows, nothing
// saved; ? shows the keys and the line again.
std::optional<EvidenceAnswer> edit_evidence(SessionTerminal& terminal, const std::string& evidence_now,
                                            std::string_view stopped, std::string_view scored) {
  std::vector<std::string> original;
  std::vector<std::string> shown;
  for (const auto line : util::split_lines(evidence_now)) {
    original.emplace_back(line);
    shown.push_back(util::terminal_text(line));
  }
  terminal.wrapped_once(k_edit_evidence_guidance);
  std::vector<std::string> lines;
  for (std::size_t i = 0; i < shown.size(); ++i) {
    const auto typed =
        terminal.read(shown.size() == 1 ? "Evidence: " : fmt::format("Evidence, line {} of {}: ", i + 1, shown.size()),
                      InputKind::text, stopped, shown[i]);
    if (!typed) return std::nullopt;
    if (*typed != shown[i]) {
      const auto after_shown = typed_after(*typed, shown[i]);
      const std::string command = after_shown.value_or(cleaned(*typed));
      const bool adds = command.starts_with('+') && (after_shown || !shown[i].starts_with('+'));
      const auto key = evidence_key(command);
      if (key == "?") {
        terminal.wrapped(0, evidence_keys(scored));
        --i;  // the same line, shown again
        continue;
      }
      if (command == "-" || (key && *key != "q")) return typed_answer(command, evidence_now);
      if (key == "q" || adds) {
        const auto so_far = edited_evidence(lines, shown, original);
        // "+" with nothing after it adds nothing, and keeps what was edited before it.
        if (adds) {
          auto with_line = added(so_far.value_or(evidence_now), command.substr(1));
          return EvidenceAnswer{with_line ? with_line : so_far, false, {}};
        }
        return EvidenceAnswer{so_far, true, {}};
      }
    }
    lines.push_back(*typed);
  }
  const auto evidence = edited_evidence(lines, shown, original);
  if (evidence && util::trim(*evidence).empty()) {
    terminal.wrapped(0, "Every line was emptied, so the evidence is kept: to clear it, type - on the emptied line.");
    return EvidenceAnswer{};
  }
  return EvidenceAnswer{evidence, false, {}};
}

// The keys that work at "Evidence, line N", for its ?.
std::string more_lines_keys(std::string_view scored) {
  return fmt::format(
      "Keys here: type the next line of the evidence and press Enter; Enter alone ends the evidence. q saves the score "
      "and the lines typed, then stops; b goes back to the score, s skips the {} and g goes to a section, none of them "
      "saving the score or the lines typed; ? shows this. One of these letters typed alone is always the key: a line "
      "that is only that letter needs more words.",
      scored);
}

// A line ending in " +" (cleaned): the line without it, as it asks for
// another line ("50+" and "C++" are evidence, the + theirs); nullopt for
// any other line.
std::optional<std::string> asks_another_line(const std::string& line) {
  if (line.size() <= 2 || !line.ends_with(" +")) return std::nullopt;
  return std::string(util::trim(std::string_view(line).substr(0, line.size() - 2)));
}

// A line of evidence typed ending in " +" (`first`, without it): the lines
// typed after it, each asked in turn until Enter alone, joined to it as lines
// of one piece of evidence (a line ending in " +" again is kept without it).
// A key typed alone is the key, as at the evidence's first line: q keeps the
// lines typed and stops, ? shows the keys and asks the line again, b, s and g
// move between rows with nothing saved. nullopt: the input ended.
std::optional<EvidenceAnswer> more_lines(SessionTerminal& terminal, std::string first, std::string_view stopped,
                                         std::string_view scored) {
  std::string evidence = std::move(first);
  for (std::size_t line = 2;;) {
    const auto typed =
        terminal.read(fmt::format("Evidence, line {} (Enter alone ends it): ", line), InputKind::text, stopped);
    if (!typed) return std::nullopt;
    const std::string text = cleaned(*typed);
    if (text.empty()) return EvidenceAnswer{evidence, false, {}};
    if (const auto key = evidence_key(text)) {
      if (*key == "q") return EvidenceAnswer{evidence, true, {}};
      if (*key != "?") return EvidenceAnswer{std::nullopt, false, *key};
      terminal.wrapped(0, more_lines_keys(scored));
      continue;
    }
    evidence += "\n" + asks_another_line(text).value_or(text);
    ++line;
  }
}

// Said once, before the evidence is first asked (its prompt is short, to
// leave room to type).
const std::string_view k_evidence_guidance =
    "For the evidence, type it and press Enter. Enter alone keeps the evidence there is, typing replaces it, + and "
    "text adds a line to it, - clears it, and a line ending in a space and + asks for another line; q stops, ? lists "
    "the keys.";

}  // namespace

// Asks for the evidence: typed from nothing, or, on a terminal that can
// edit lines, the evidence now shown to edit. nullopt: the input ended.
std::optional<EvidenceAnswer> ask_evidence(SessionTerminal& terminal, const std::string& evidence_now,
                                           std::string_view stopped, std::string_view scored) {
  if (!evidence_now.empty() && terminal.console().can_edit_lines())
    return edit_evidence(terminal, evidence_now, stopped, scored);
  terminal.wrapped_once(k_evidence_guidance);
  for (;;) {
    const auto typed = terminal.read("Evidence: ", InputKind::text, stopped);
    if (!typed) return std::nullopt;
    const std::string answer = cleaned(*typed);
    if (const auto first = asks_another_line(answer)) {
      const auto lines = more_lines(terminal, *first, stopped, scored);
      if (!lines || !lines->key.empty()) return lines;
      // The lines typed, taken as one line typed would be (+ at its start adds them).
      EvidenceAnswer joined = typed_answer(*lines->evidence, evidence_now);
      joined.stop = joined.stop || lines->stop;
      return joined;
    }
    if (evidence_key(answer) != "?") return typed_answer(answer, evidence_now);
    terminal.wrapped(0, evidence_keys(scored));
  }
}

}  // namespace coprod::cli
