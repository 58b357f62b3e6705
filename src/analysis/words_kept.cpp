#include "analysis/words_kept.hpp"

#include <vector>

#include <fmt/format.h>

#include "analysis/carried_forward.hpp"
#include "util/text.hpp"

namespace coprod::analysis {

namespace {

// How much of a section's notes score --set quotes: enough to know them by.
constexpr std::size_t k_quoted_width = 80;

bool same_words(const std::optional<std::string>& now, const std::optional<std::string>& earlier) {
  // Trimmed views of the values themselves, not of value_or("")'s temporaries, which die with the statement.
  if (!now || !earlier) return false;
  const std::string_view words = util::trim(*now);
  return !words.empty() && words == util::trim(*earlier);
}

// Words on one line, shortened at a space to be known by: "Scored together at the November...".
std::string quoted(const std::string& words) {
  const auto lines = util::wrap_words(words, k_quoted_width);
  if (lines.empty()) return "\"\"";
  return "\"" + lines.front() + (lines.size() > 1 ? "...\"" : "\"");
}

}  // namespace

WordsKept words_kept(const model::SectionResponse& now, const model::SectionResponse& earlier) {
  if (!now.last_completed || !earlier.last_completed || *now.last_completed == *earlier.last_completed) return {};
  return {same_words(now.notes, earlier.notes), same_words(now.completed_by, earlier.completed_by)};
}

std::optional<std::string> words_kept_message(const model::SectionResponse& before, const model::SectionResponse& after,
                                              const model::Period& period) {
  if (!before.last_completed || !completed_before(*before.last_completed, period)) return std::nullopt;
  if (!after.last_completed || completed_before(*after.last_completed, period)) return std::nullopt;
  const WordsKept kept = words_kept(after, before);
  if (!kept.notes) return std::nullopt;  // "completed by" alone: a standing group completes it every period
  const std::string& id = after.section_id;
  std::vector<std::string> still = {"notes still say " + quoted(*after.notes)};
  std::vector<std::string> changes = {fmt::format("--set {0}.notes=TEXT (--set {0}.notes= leaves them empty)", id)};
  if (kept.completed_by) {
    still.push_back("completed_by still says " + quoted(*after.completed_by));
    changes.push_back(fmt::format("--set {}.completed_by=NAMES", id));
  }
  return fmt::format(
      "{}.last_completed moved from {} to {}, but its {}, word for word; if they were about last time, "
      "change them with {}",
      id, before.last_completed->to_string(), after.last_completed->to_string(), util::join(still, " and its "),
      util::join(changes, " and "));
}

}  // namespace coprod::analysis
