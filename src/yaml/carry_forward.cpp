#include "yaml/carry_forward.hpp"

#include "yaml/tree_edit.hpp"

namespace coprod::yaml {

namespace {

using Form = ValueChange::Form;

void remove_spreads(const Node& root, std::vector<ValueChange>& changes) {
  const Node* sections = root.find("sections");
  if (!sections) return;
  for (const auto& section : sections->entries) {
    const Node* rows = section.value.find("rows");
    if (!rows) continue;
    for (const auto& row : rows->entries) {
      if (row.value.find("spread")) {
        changes.push_back(
            {{"sections", section.key.text, "rows", row.key.text, "spread"}, std::nullopt, Form::word, {}});
      }
    }
  }
}

}  // namespace

std::optional<std::string> carry_forward(std::string_view previous_text, const Node& previous,
                                         const model::Period& next_period) {
  std::vector<ValueChange> changes = {{{"period"}, next_period.to_string(), Form::word, {}}};
  if (previous.find("combined_from")) changes.push_back({{"combined_from"}, std::nullopt, Form::word, {}});
  remove_spreads(previous, changes);
  if (const Node* reflections = previous.find("reflections")) {
    for (const auto& entry : reflections->entries)
      changes.push_back({{"reflections", entry.key.text}, "", Form::text, {}});
  }
  auto edited = change_values(previous_text, previous, "previous", changes);
  if (!edited) return std::nullopt;
  return std::move(edited->text);
}

}  // namespace coprod::yaml
