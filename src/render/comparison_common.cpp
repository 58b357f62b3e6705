#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "analysis/held_back_scores.hpp"
#include "model/perspective.hpp"
#include "render/abbreviations.hpp"
#include "render/change_marks.hpp"
#include "render/comparison.hpp"
#include "render/input_names.hpp"
#include "render/missing_score.hpp"
#include "render/no_differences.hpp"
#include "render/one_sign_note.hpp"
#include "render/row_words.hpp"
#include "render/scores.hpp"
#include "util/text.hpp"
#include "util/title_join.hpp"

namespace coprod::render {

std::string format_difference(double value) {
  if (value > -0.05 && value < 0.05) return "0.0";
  return fmt::format("{:+.1f}", value);
}

std::string_view not_like_for_like_words(const analysis::Comparison& comparison) {
  if (comparison.kind == analysis::ComparisonKind::periods && comparison.inputs.size() == 2)
    return k_change_of_different_rows_words;
  return k_averages_of_different_rows_words;
}

std::string rows_scored_in_some_only_words(const analysis::SectionComparison& section) {
  std::vector<std::string> numbers;
  for (const std::size_t r : section.rows_scored_in_some_only)
    numbers.push_back(section.section->row_number(section.section->rows[r].id));
  return util::join_in_words(numbers);
}

std::string describe_direction(analysis::Direction direction, double change) {
  switch (direction) {
    case analysis::Direction::up: return fmt::format("up {:.1f}", change);
    case analysis::Direction::down: return fmt::format("down {:.1f}", -change);
    case analysis::Direction::same: return "no change";
    case analysis::Direction::newly_scored: return "newly scored";
    case analysis::Direction::no_longer_scored: return "no longer scored";
    // No score at either end: not scored yet, or every row n/a, so no one word for why.
    case analysis::Direction::not_scored: return "still no score";
  }
  return "";
}

std::string labelled_difference(const analysis::Comparison& comparison, std::optional<double> difference,
                                std::optional<double> spread) {
  const std::string direction = analysis::difference_direction(comparison);
  if (comparison.inputs.size() == 2) {
    return direction + ": " + (difference ? format_difference(*difference) : std::string(k_no_difference_words));
  }
  return direction + ": " + (spread ? fmt::format("{:.1f}", *spread) : std::string(k_no_spread_words));
}

std::string difference_in_words(const analysis::Comparison& comparison, std::optional<double> difference,
                                std::optional<double> spread) {
  if (comparison.inputs.size() != 2) {
    if (!spread) return fmt::format("difference: {}", k_no_spread_words);
    return fmt::format("{:.1f} between the highest and lowest score", *spread);
  }
  if (!difference) return fmt::format("difference: {}", k_no_difference_words);
  const auto [first, second] = difference_names(comparison);
  if (format_difference(*difference) == "0.0") return fmt::format("{} and {} the same", second, first);
  return fmt::format("{} {:.1f} {} than {}", second, std::abs(*difference), *difference > 0 ? "higher" : "lower",
                     first);
}

// "the peer network 2.0 lower than the organisation", "2026-Q4 0.5 higher than 2026-Q3"; inputs that differ in
// more than one of these (two areas) go by their letters, "B 2.0 lower than A", which the report names.
std::pair<std::string, std::string> difference_names(const analysis::Comparison& comparison) {
  const auto names = analysis::told_apart_by(*comparison.inputs[0]->assessment, *comparison.inputs[1]->assessment);
  auto [first, second] = names ? *names : std::pair{input_letter(0), input_letter(1)};
  if (names && comparison.kind == analysis::ComparisonKind::perspectives) {
    first = "the " + first;
    second = "the " + second;
  }
  return {first, second};
}

std::string people_spread_words(const analysis::RowResult& result) {
  if (!result.response || !result.response->spread) return "";
  const auto& spread = *result.response->spread;
  const std::string not_applicable =
      spread.not_applicable > 0 ? fmt::format("; {} said it does not apply", spread.not_applicable) : "";
  // One person's score is their own answer, not a median with a range: held
  // back by report unless --show-single-scores.
  if (analysis::is_held_back(result)) return fmt::format("only 1 person scored it{}", not_applicable);
  if (spread.count == 1) return fmt::format("scored by 1 person only{}", not_applicable);
  // "range 1 to 1" reads as a mistake: where everyone gave the same score, say so.
  if (spread.min == spread.max)
    return fmt::format("{} people {} scored {}{}", spread.count, spread.count == 2 ? "both" : "all",
                       spread.min.to_string(), not_applicable);
  return fmt::format("median of {} people{}; range {} to {}", spread.count, not_applicable, spread.min.to_string(),
                     spread.max.to_string());
}

std::string input_letter(std::size_t index) { return std::string(1, static_cast<char>('A' + index % 26)); }

std::string coloured_input_letter(std::size_t index, bool colour) {
  return coloured_input_name(input_letter(index), index, colour);
}

std::string coloured_input_name(std::string_view name, std::size_t index, bool colour) {
  if (!colour) return std::string(name);
  // The web's palette in order: blue, orange, green, purple.
  constexpr const char* k_input_colours[] = {"\x1b[34m", "\x1b[33m", "\x1b[32m", "\x1b[35m"};
  return fmt::format("{}{}\x1b[0m", k_input_colours[index % 4], name);
}

std::string last_column_title(const analysis::Comparison& comparison) {
  if (comparison.inputs.size() != 2) return "Spread";
  return inputs_lettered(comparison.inputs) ? "B minus A" : "Difference";
}

std::string differences_sentence(const analysis::Comparison& comparison) {
  if (comparison.inputs.size() != 2) return "Spreads are the highest score minus the lowest.";
  const std::string direction = analysis::difference_direction(comparison);
  if (inputs_lettered(comparison.inputs)) return fmt::format("Differences are B minus A: {}.", direction);
  return fmt::format("Differences are {}.", direction);
}

std::string blank_last_cell_words(const analysis::Comparison& comparison) {
  if (comparison.inputs.size() != 2) return "a blank spread means fewer than two scores";
  return fmt::format("a blank {} means either has no score",
                     inputs_lettered(comparison.inputs) ? "B minus A" : "difference");
}

std::vector<std::string> one_sign_lines(const analysis::Comparison& comparison) {
  std::vector<std::string> lines;
  for (const auto& row : comparison.rows) {
    if (const auto note = one_sign_note(*comparison.framework, *row.row))
      lines.push_back(fmt::format("{}: {}", row_name(comparison, row), *note));
  }
  return lines;
}

bool compares_periods(const analysis::Comparison& comparison) {
  return comparison.kind == analysis::ComparisonKind::periods && !comparison.versions_of_one_review;
}

std::string comparison_title(const analysis::Comparison& comparison) {
  if (comparison.versions_of_one_review) return versions_title(comparison);
  const std::size_t count = comparison.inputs.size();
  const auto& first = *comparison.inputs[0]->assessment;
  // Two periods as given, A to B, as their differences read; more, the earliest to the latest.
  const auto& from = comparison.inputs[count == 2 ? 0 : comparison.earliest]->assessment->period;
  const auto& to = comparison.inputs[count == 2 ? 1 : comparison.latest]->assessment->period;
  switch (comparison.kind) {
    case analysis::ComparisonKind::perspectives:
      return fmt::format("Comparing perspectives: {}, {}", first.area, first.period.to_string());
    case analysis::ComparisonKind::periods:
      return fmt::format("Comparing periods: {}, {}, {} to {}", first.area, model::perspective_title(first.perspective),
                         from.to_string(), to.to_string());
    case analysis::ComparisonKind::mixed: break;
  }
  const bool shared_area = std::all_of(comparison.inputs.begin(), comparison.inputs.end(),
                                       [&](const auto& input) { return input->assessment->area == first.area; });
  return shared_area ? fmt::format("Comparing {} assessments: {}", count, first.area)
                     : fmt::format("Comparing {} assessments", count);
}

std::string prompts_heading(const analysis::Comparison& comparison) {
  if (comparison.kind == analysis::ComparisonKind::periods)
    return fmt::format("Largest movements: {} that moved by {:.1f} or more",
                       names_sections(comparison) ? "sections" : "rows and sections", comparison.threshold);
  return fmt::format("Conversation prompts: where the scores differ by {:.1f} or more", comparison.threshold);
}

std::string no_prompts_words(const analysis::Comparison& comparison) {
  if (auto nothing = nothing_to_compare_words(comparison)) return std::move(*nothing);
  if (compares_periods(comparison)) {
    return fmt::format("None: no {} moved by {:.1f} or more since {}.",
                       names_sections(comparison) ? "section" : "section or row", comparison.threshold,
                       comparison.inputs[comparison.earliest]->assessment->period.to_string());
  }
  return fmt::format("None: every {} is within {:.1f} across the inputs.",
                     names_sections(comparison) ? "section" : "section and row", comparison.threshold);
}

std::vector<std::string> movement_words(const analysis::RowMovement& movement) {
  std::vector<std::string> words;
  if (movement.direction != analysis::Direction::same && movement.direction != analysis::Direction::not_scored)
    words.push_back(describe_direction(movement.direction, movement.change));
  if (movement.newly_evidenced) words.emplace_back("newly evidenced");
  if (movement.evidence_changed) words.emplace_back("evidence updated");
  return words;
}

std::string movement_in_words(const analysis::Comparison& comparison, const analysis::RowMovement& movement) {
  const auto& row = comparison.rows[movement.row];
  const auto period = [&](std::size_t i) {
    return fmt::format("{} {}", comparison.inputs[i]->assessment->period.to_string(),
                       row_score_full_words(row.results[i]->score));
  };
  return fmt::format("{}, {}: {}", period(comparison.earliest), period(comparison.latest),
                     util::join(movement_words(movement), ", "));
}

std::string section_score_in_words(const analysis::SectionResult& section) {
  if (section.score) return section_score_text(section, k_not_scored_words);
  return std::string(missing_score_words(section.is_not_applicable()));
}

std::string nothing_moved_words(const analysis::Comparison& comparison) {
  return fmt::format("Nothing: every {} has the same score and evidence.",
                     names_sections(comparison) ? "section" : "row");
}

namespace {

// The pack's words for a row (row_words()), as the comparison's framework has them.
RowWords comparison_row_words(const analysis::Comparison& comparison) {
  return comparison.framework ? row_words(*comparison.framework) : RowWords{};
}

}  // namespace

bool names_sections(const analysis::Comparison& comparison) { return comparison_row_words(comparison).sections; }

std::string rows_counted(const analysis::Comparison& comparison, std::size_t count) {
  return comparison_row_words(comparison).counted(count);
}

std::string rows_word(const analysis::Comparison& comparison) {
  return std::string(comparison_row_words(comparison).many);
}

std::string row_word(const analysis::Comparison& comparison) {
  return std::string(comparison_row_words(comparison).one);
}

std::string row_name(const analysis::Comparison& comparison, const analysis::RowComparison& row) {
  return util::capitalised(comparison_row_words(comparison).named(*row.section, *row.row));
}

std::string row_name_with_section(const analysis::Comparison& comparison, const analysis::RowComparison& row) {
  if (names_sections(comparison)) return row.section->label();
  return fmt::format("{} ({}", row_name(comparison, row), util::join_title(row.section->label(), ")"));
}

namespace {

// A prompt's signs and each side's evidence.
void add_evidence(std::vector<std::string>& words, const analysis::RowComparison& row) {
  if (row.row->indicator) words.push_back(row.row->indicator->flattened());
  if (row.row->warning) words.push_back(row.row->warning->flattened());
  for (const auto& result : row.results)
    if (result->has_evidence()) words.push_back(*result->response->evidence);
}

}  // namespace

std::string comparison_abbreviations(const analysis::Comparison& comparison) {
  std::vector<std::string> words{comparison_title(comparison)};
  for (std::size_t i = 0; i < comparison.inputs.size(); ++i) words.push_back(analysis::input_title(comparison, i));
  for (const std::size_t r : comparison.row_prompts) add_evidence(words, comparison.rows[r]);
  for (const auto& change : comparison.row_changes) {
    words.push_back(changed_row_heading(comparison, comparison.rows[change.row]));
    if (!change.evidence_changed) continue;
    for (const auto& result : comparison.rows[change.row].results)
      if (result->has_evidence()) words.push_back(*result->response->evidence);
  }
  for (const auto& change : comparison.field_changes)
    for (const auto& value : change.values)
      if (value) words.push_back(*value);
  for (const auto& section : comparison.sections) words.push_back(section.section->label());
  return words_and_abbreviations(comparison.framework->glossary, util::join(words, "\n"));
}

}  // namespace coprod::render
