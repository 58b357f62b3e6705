#include "render/no_differences.hpp"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include "render/comparison.hpp"
#include "render/input_names.hpp"
#include "util/text.hpp"

namespace coprod::render {

namespace {

bool scored_any_row(const analysis::Comparison& comparison, std::size_t input) {
  return std::any_of(comparison.rows.begin(), comparison.rows.end(),
                     [&](const auto& row) { return row.results[input]->score.is_scored(); });
}

// A row that two or more inputs have scored, so that a difference can be worked out.
bool any_row_in_common(const analysis::Comparison& comparison) {
  return std::any_of(comparison.rows.begin(), comparison.rows.end(), [](const auto& row) {
    return std::count_if(row.results.begin(), row.results.end(),
                         [](const auto& result) { return result->score.is_scored(); }) >= 2;
  });
}

// The inputs by their short names, as the pack and the sheets name them: "the peer network", "the
// organisation and the peer network", "2026-Q3 and 2026-Q4"; else by letter: "B", "A, B and C".
std::string names_in_words(const analysis::Comparison& comparison, const std::vector<std::size_t>& inputs) {
  const std::vector<std::string> names = input_short_names(comparison.inputs);
  const bool perspectives =
      comparison.kind == analysis::ComparisonKind::perspectives && !inputs_lettered(comparison.inputs);
  std::string out;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    if (i > 0) out += i + 1 == inputs.size() ? " and " : ", ";
    out += (perspectives ? "the " : "") + names[inputs[i]];
  }
  return out;
}

std::string not_scored_sentence(const analysis::Comparison& comparison, const std::vector<std::size_t>& inputs) {
  return util::capitalised(fmt::format("{} {} not scored any {} yet", names_in_words(comparison, inputs),
                                       inputs.size() == 1 ? "has" : "have", row_word(comparison)));
}

}  // namespace

std::optional<std::string> nothing_to_compare_words(const analysis::Comparison& comparison) {
  if (any_row_in_common(comparison)) return std::nullopt;
  std::vector<std::size_t> unscored;
  std::vector<std::size_t> all;
  for (std::size_t i = 0; i < comparison.inputs.size(); ++i) {
    all.push_back(i);
    if (!scored_any_row(comparison, i)) unscored.push_back(i);
  }
  if (!unscored.empty() && comparison.inputs.size() - unscored.size() < 2)
    return not_scored_sentence(comparison, unscored) + ", so there is nothing to compare.";
  if (comparison.inputs.size() == 2)
    return util::capitalised(fmt::format("{} have no scored {} in common yet, so there is nothing to compare.",
                                         names_in_words(comparison, all), row_word(comparison)));
  return fmt::format("No {} is scored by two or more of {} yet, so there is nothing to compare.", row_word(comparison),
                     names_in_words(comparison, all));
}

std::string no_differences_words(const analysis::Comparison& comparison) {
  if (auto nothing = nothing_to_compare_words(comparison)) return *nothing;
  std::vector<std::size_t> unscored;
  for (std::size_t i = 0; i < comparison.inputs.size(); ++i) {
    if (!scored_any_row(comparison, i)) unscored.push_back(i);
  }
  const std::string close =
      fmt::format("No {}'s scores differ by {:.1f} or more.", row_word(comparison), comparison.threshold);
  return unscored.empty() ? close : fmt::format("{} {}.", close, not_scored_sentence(comparison, unscored));
}

}  // namespace coprod::render
