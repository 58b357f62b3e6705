#include "yaml/carry_forward.hpp"

#include "yaml/assessment_writer.hpp"
#include "yaml/document.hpp"
#include "yaml/text_edit.hpp"

namespace coprod::yaml {

std::optional<std::string> carry_forward(std::string_view previous_text, const model::Period& next_period) {
  auto document = parse_document(previous_text, "previous");
  if (!document) return std::nullopt;
  const Node* period = document->find("period");
  if (!period) return std::nullopt;
  const auto period_range = scalar_extent(previous_text, *period);
  if (!period_range) return std::nullopt;
  std::vector<std::pair<TextRange, std::string>> edits = {{*period_range, next_period.to_string()}};
  if (const auto reflections = top_level_entry_extent(previous_text, *document, "reflections")) {
    edits.push_back({*reflections, write_reflections_entry({})});
  }
  return apply_edits(previous_text, std::move(edits));
}

}  // namespace coprod::yaml
