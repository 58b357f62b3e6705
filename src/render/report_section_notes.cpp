// A section's notes as the pack prints them (HTML, report.md, the workbook's
// About these scores), with what it says of notes kept word for word from
// the earlier period.

#include <fmt/format.h>

#include "analysis/words_kept.hpp"
#include "render/report.hpp"
#include "util/text.hpp"

namespace coprod::render {

namespace {

// "(the same words as in 2026-Q4)" for notes that stayed from the earlier
// period while the date moved on; "" otherwise.
std::string same_as_before_words(const Report& report, std::size_t input, const model::SectionResponse& now) {
  const auto previous = previous_of(report, input);
  const model::SectionResponse* then = previous ? previous->assessment->find_section(now.section_id) : nullptr;
  if (!then) return "";
  const analysis::WordsKept kept = analysis::words_kept(now, *then);
  if (!kept.notes) return "";
  return fmt::format("(the same words as in {}{})", previous->assessment->period.to_string(),
                     kept.completed_by ? ", as is who completed it" : "");
}

}  // namespace

std::optional<SectionNotes> section_notes(const Report& report, std::size_t input, std::size_t section) {
  const auto& response = report.inputs[input]->sections[section].response;
  if (!response || !response->notes || util::trim(*response->notes).empty()) return std::nullopt;
  return SectionNotes{*response->notes, same_as_before_words(report, input, *response)};
}

}  // namespace coprod::render
