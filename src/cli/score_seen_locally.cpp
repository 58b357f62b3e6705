// score --interactive and whether a row's early indicator and warning sign
// are seen locally (the form's "I see this early indicator" boxes): shown
// with the row when the file answers either, in the words compare and the
// evidence pack use, and asked again after a score typed at such a row.
// Asked only where the file answers them already: those are the answers
// that go stale beside a new score (a file carried forward by init --from
// holds last period's). Asked at every row, they would add two questions to
// each row of a new file, where the form's boxes answer them; Enter at the
// score keeps the row as shown, these answers with it. --ask-seen asks them
// after every score typed, for typing in a paper sheet whose boxes are ticked.

#include <fmt/format.h>

#include "cli/score_walkthrough.hpp"
#include "render/seen_locally.hpp"
#include "util/text.hpp"

namespace coprod::cli {

namespace {

struct Sign {
  std::string_view field;  // indicator_seen, warning_seen
  std::string_view name;   // as the row shows it: "Early indicator"
  std::optional<bool> seen;
};

// The signs the row has, with the file's answers.
std::vector<Sign> signs(const model::FrameworkRow& row, const model::RowResponse* response) {
  std::vector<Sign> found;
  if (row.indicator)
    found.push_back({"indicator_seen", "Early indicator", response ? response->indicator_seen : std::nullopt});
  if (row.warning) found.push_back({"warning_seen", "Warning sign", response ? response->warning_seen : std::nullopt});
  return found;
}

// y, yes, n, no in any capitals: "true" or "false"; nullopt for anything else.
std::optional<std::string> yes_or_no(std::string typed) {
  for (char& c : typed) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (typed == "y" || typed == "yes") return "true";
  if (typed == "n" || typed == "no") return "false";
  return std::nullopt;
}

// Said once, before the first sign's question (its prompt is short, to leave room to type).
constexpr std::string_view k_seen_guidance =
    "Seen locally now: y or n. Enter keeps the answer in brackets, or leaves it not answered; - leaves it not "
    "answered; q stops, ? lists the keys.";

}  // namespace

// "Seen locally? Early indicator: yes. Warning sign: not answered.", when the
// file answers either.
void ScoreWalkthrough::seen_now(const Place& place, const model::RowResponse& current) {
  if (!current.indicator_seen && !current.warning_seen) return;
  std::string text = "Seen locally?";
  for (const Sign& sign : signs(*place.row, &current))
    text += fmt::format(" {}: {}.", sign.name, render::seen_word(sign.seen));
  if (text != "Seen locally?") wrapped(2, text);
}

bool ScoreWalkthrough::has_seen_answer(const Place& place) const {
  for (const Sign& sign : signs(*place.row, response(place))) {
    if (sign.seen) return true;
  }
  return false;
}

// Each of the row's signs: y or n, Enter keeps the answer shown, - leaves it
// not answered; saved as --set SECTION.ROW.indicator_seen= saves it.
// Returns false to stop: q, or the input ended.
bool ScoreWalkthrough::ask_seen(const Place& place) {
  for (const Sign& sign : signs(*place.row, response(place))) {
    const std::string reference = fmt::format("{}.{}.{}", place.section->id, place.row->id, sign.field);
    const auto field = yaml::find_assessment_field(reference, m_file.framework());
    if (!field) continue;
    const std::string keys =
        sign.seen ? fmt::format("y or n; Enter keeps {}; - leaves it not answered", render::seen_word(sign.seen))
                  : "y or n; Enter leaves it not answered";
    wrapped_once(k_seen_guidance);
    for (;;) {
      const auto key = read_key(fmt::format("{} seen locally now? y/n{}: ", sign.name,
                                            sign.seen ? fmt::format(" [{}]", render::seen_word(sign.seen)) : ""));
      if (!key) return false;
      if (key->empty()) break;
      if (*key == "q") return false;
      const auto value = *key == "-" ? std::optional<std::string>("") : yes_or_no(*key);
      if (!value) {
        wrapped(0, fmt::format("{}Keys here: {}; q stops, ? shows this. s, b and g work at the score.",
                               *key == "?" ? "" : fmt::format("'{}' is not an answer here. ", *key), keys));
        if (*key != "?") answer_refused();
        continue;
      }
      const std::string was = !sign.seen ? "" : *sign.seen ? "true" : "false";
      if (*value == was) break;
      if (save_text(*field, reference, *value)) m_edited.insert(place.section->id), answered(place.section->id);
      break;
    }
  }
  return true;
}

}  // namespace coprod::cli
