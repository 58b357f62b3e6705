#include "analysis/comparison.hpp"

#include <algorithm>
#include <cmath>
#include <set>

#include <fmt/format.h>

#include "analysis/area_names.hpp"
#include "analysis/review_versions.hpp"
#include "util/shared_part.hpp"
#include "util/text.hpp"

namespace coprod::analysis {

namespace {

std::optional<double> spread_of(const std::vector<double>& values) {
  if (values.size() < 2) return std::nullopt;
  const auto [low, high] = std::minmax_element(values.begin(), values.end());
  return *high - *low;
}

// Section scores compare as displayed (one decimal place), so the numbers
// people see add up.
double displayed(const Mean& mean) { return mean.tenths() / 10.0; }

ComparisonKind kind_of(const AssessmentResults& inputs) {
  std::set<std::string> areas, perspectives, periods;
  for (const auto& input : inputs) {
    areas.insert(input->assessment->area);
    perspectives.insert(std::string(model::perspective_id(input->assessment->perspective)));
    periods.insert(input->assessment->period.to_string());
  }
  if (periods.size() == 1 && perspectives.size() == inputs.size()) return ComparisonKind::perspectives;
  if (perspectives.size() == 1 && periods.size() == inputs.size()) return ComparisonKind::periods;
  return ComparisonKind::mixed;
}

Direction direction_between(const model::Score& earlier, const model::Score& later, double& change) {
  if (earlier.is_scored() && later.is_scored()) {
    change = later.value() - earlier.value();
    return change > 0 ? Direction::up : change < 0 ? Direction::down : Direction::same;
  }
  if (later.is_scored()) return Direction::newly_scored;
  if (earlier.is_scored()) return Direction::no_longer_scored;
  return Direction::not_scored;
}

void add_movements(Comparison& comparison) {
  // Earliest and latest input by period.
  std::size_t first = 0;
  std::size_t last = 0;
  for (std::size_t i = 1; i < comparison.inputs.size(); ++i) {
    if (comparison.inputs[i]->assessment->period < comparison.inputs[first]->assessment->period) first = i;
    if (comparison.inputs[last]->assessment->period < comparison.inputs[i]->assessment->period) last = i;
  }
  comparison.earliest = first;
  comparison.latest = last;
  for (std::size_t s = 0; s < comparison.sections.size(); ++s) {
    const auto& section = comparison.sections[s];
    SectionMovement movement{s, Direction::not_scored, 0};
    const auto& before = section.results[first]->score;
    const auto& after = section.results[last]->score;
    if (before && after) {
      movement.change = (after->tenths() - before->tenths()) / 10.0;
      movement.direction = movement.change > 0   ? Direction::up
                           : movement.change < 0 ? Direction::down
                                                 : Direction::same;
    } else if (after) {
      movement.direction = Direction::newly_scored;
    } else if (before) {
      movement.direction = Direction::no_longer_scored;
    }
    comparison.section_movements.push_back(movement);
  }
  for (std::size_t r = 0; r < comparison.rows.size(); ++r) {
    const auto& row = comparison.rows[r];
    RowMovement movement;
    movement.row = r;
    const RowResult& before = *row.results[first];
    const RowResult& after = *row.results[last];
    movement.direction = direction_between(before.score, after.score, movement.change);
    movement.newly_evidenced = !before.has_evidence() && after.has_evidence();
    movement.evidence_changed =
        before.has_evidence() && after.has_evidence() && *before.response->evidence != *after.response->evidence;
    comparison.row_movements.push_back(movement);
  }
}

// Which way an item's difference goes (+1 the second higher, -1 lower), 0 without one (more than two inputs).
template <class Item>
int direction_of(const Item& item) {
  const auto difference = item.difference();
  return !difference || *difference == 0 ? 0 : *difference > 0 ? 1 : -1;
}

// Within each run of items that differ by as much (in tenths, as shown), the
// two directions take turns, starting with the one less often seen before the
// run (else the first's), each in framework order: a list cut short in a tie
// then shows both ways the perspectives differ, not only the one that comes
// first. Runs with an item without a direction (more than two inputs) stay.
template <class Item>
void alternate_tied_directions(const std::vector<Item>& items, std::vector<std::size_t>& found) {
  const auto tenths = [&items](std::size_t i) { return std::lround(*items[i].spread() * 10); };
  int before = 0;  // higher minus lower, among the items before the run
  for (std::size_t start = 0, end = 0; start < found.size(); start = end) {
    std::vector<std::size_t> ways[2];  // [0] lower, [1] higher
    bool directed = true;
    for (end = start; end < found.size() && tenths(found[end]) == tenths(found[start]); ++end) {
      const int direction = direction_of(items[found[end]]);
      directed = directed && direction != 0;
      if (direction != 0) ways[direction > 0 ? 1 : 0].push_back(found[end]);
    }
    if (directed) {
      std::size_t next = before > 0 ? 0 : before < 0 ? 1 : (direction_of(items[found[start]]) > 0 ? 1 : 0);
      std::size_t taken[2] = {0, 0};
      for (std::size_t f = start; f < end; ++f, next = 1 - next) {
        if (taken[next] == ways[next].size()) next = 1 - next;
        found[f] = ways[next][taken[next]++];
      }
    }
    for (std::size_t f = start; f < end; ++f) before += direction_of(items[found[f]]);
  }
}

// The indices of the items whose spread is at least the threshold, largest
// spread first, ties taking turns by direction (alternate_tied_directions()).
template <class Item>
std::vector<std::size_t> prompts(const std::vector<Item>& items, double threshold) {
  std::vector<std::size_t> found;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (const auto spread = items[i].spread(); spread && *spread + 1e-9 >= threshold) found.push_back(i);
  }
  std::stable_sort(found.begin(), found.end(),
                   [&items](std::size_t a, std::size_t b) { return *items[a].spread() > *items[b].spread(); });
  alternate_tied_directions(items, found);
  return found;
}

}  // namespace

std::optional<double> SectionComparison::spread() const {
  std::vector<double> values;
  for (const auto& result : results) {
    if (result->score) values.push_back(displayed(*result->score));
  }
  return spread_of(values);
}

std::optional<double> RowComparison::spread() const {
  std::vector<double> values;
  for (const auto& result : results) {
    if (result->score.is_scored()) values.push_back(result->score.value());
  }
  return spread_of(values);
}

std::optional<double> SectionComparison::difference() const {
  if (results.size() != 2 || !results[0]->score || !results[1]->score) return std::nullopt;
  return displayed(*results[1]->score) - displayed(*results[0]->score);
}

std::optional<double> RowComparison::difference() const {
  if (results.size() != 2 || !results[0]->score.is_scored() || !results[1]->score.is_scored()) return std::nullopt;
  return results[1]->score.value() - results[0]->score.value();
}

std::string RowComparison::reference() const { return fmt::format("{}.{}", section->id, row->id); }

namespace {

// The rows of section `section` scored in some inputs and not in others (n/a,
// or not scored yet), among the inputs whose section has a score: the rows
// that make their averages differ in what they count.
std::vector<std::size_t> rows_scored_in_some_only(const AssessmentResults& inputs, std::size_t section) {
  std::vector<const SectionResult*> scored;
  for (const auto& input : inputs) {
    if (input->sections[section].score) scored.push_back(&input->sections[section]);
  }
  std::vector<std::size_t> rows;
  if (scored.size() < 2) return rows;
  for (std::size_t r = 0; r < scored.front()->rows.size(); ++r) {
    const bool first = scored.front()->rows[r].score.is_scored();
    if (std::any_of(scored.begin(), scored.end(),
                    [&](const SectionResult* result) { return result->rows[r].score.is_scored() != first; }))
      rows.push_back(r);
  }
  return rows;
}

}  // namespace

Comparison compare(const AssessmentResults& inputs, double threshold) {
  Comparison comparison;
  comparison.framework = inputs.front()->framework;
  comparison.inputs = inputs;
  comparison.versions_of_one_review = are_versions_of_one_review(inputs);
  // Versions are one review whatever their periods say (a period corrected): never compared as periods.
  comparison.kind = comparison.versions_of_one_review ? ComparisonKind::mixed : kind_of(inputs);
  comparison.threshold = threshold;
  const auto& framework = comparison.framework;
  const auto& sections = framework->sections;
  for (std::size_t s = 0; s < sections.size(); ++s) {
    SectionComparison section{util::share_part(framework, &sections[s]), {}, {}};
    for (const auto& input : inputs) section.results.push_back(util::share_part(input, &input->sections[s]));
    section.rows_scored_in_some_only = rows_scored_in_some_only(inputs, s);
    comparison.sections.push_back(std::move(section));
    for (std::size_t r = 0; r < sections[s].rows.size(); ++r) {
      RowComparison row{
          util::share_part(framework, &sections[s]), util::share_part(framework, &sections[s].rows[r]), {}};
      for (const auto& input : inputs) row.results.push_back(util::share_part(input, &input->sections[s].rows[r]));
      comparison.rows.push_back(std::move(row));
    }
  }
  comparison.section_prompts = prompts(comparison.sections, threshold);
  // A section of one row differs exactly as its row does: the row, in row_prompts, says it once.
  std::erase_if(comparison.section_prompts, [&](std::size_t s) { return sections[s].has_one_row(); });
  comparison.row_prompts = prompts(comparison.rows, threshold);
  if (comparison.kind == ComparisonKind::periods) add_movements(comparison);
  if (comparison.versions_of_one_review) {
    comparison.row_changes = find_row_changes(comparison.rows);
    comparison.field_changes = find_field_changes(comparison.inputs, comparison.sections);
  }
  return comparison;
}

util::Diagnostics check_comparable(const AssessmentResults& inputs) {
  util::Diagnostics problems;
  const auto& first = inputs.front();
  for (const auto& input : inputs) {
    const auto& a = *input->assessment;
    if (input->framework != first->framework) {
      problems.push_back({util::Severity::error,
                          a.source,
                          {0, 0},
                          fmt::format("this file uses the framework '{}' version {}, but {} uses '{}' version {}; "
                                      "only assessments of the same framework can be compared",
                                      input->framework->id, input->framework->version, first->assessment->source,
                                      first->framework->id, first->framework->version)});
    } else if (a.area != first->assessment->area && !are_versions_of_one_review(a, *first->assessment)) {
      // (a corrected area of one file's versions is a change compare lists first, not a mix-up)
      const std::string hint = same_area_hint(a.area, first->assessment->area);
      problems.push_back({util::Severity::warning,
                          a.source,
                          {0, 0},
                          fmt::format("this file is for the area '{}', but {} is for '{}'{}", a.area,
                                      first->assessment->source, first->assessment->area,
                                      hint.empty() ? ", so different areas are compared; check the files if that "
                                                     "was not meant"
                                                   : "; " + hint)});
    }
  }
  return problems;
}

namespace {

std::string input_name(const Comparison& comparison, std::size_t index, std::string_view perspective) {
  const auto& assessment = *comparison.inputs[index]->assessment;
  bool shared_area = true;
  bool shared_review = false;  // another input is for the same area, perspective and period, or another version
  for (std::size_t i = 0; i < comparison.inputs.size(); ++i) {
    const auto& other = *comparison.inputs[i]->assessment;
    shared_area = shared_area && other.area == assessment.area;
    shared_review = shared_review ||
                    (i != index && (other.is_same_review(assessment) || are_versions_of_one_review(other, assessment)));
  }
  std::string label = fmt::format("{}, {}", perspective, assessment.period.to_string());
  if (!shared_area) label = fmt::format("{}, {}", assessment.area, label);
  // Versions of one file are told apart by where each comes from.
  if (shared_review && !assessment.origin.empty()) label += ", " + assessment.origin;
  return label;
}

}  // namespace

std::string input_label(const Comparison& comparison, std::size_t index) {
  return input_name(comparison, index, model::perspective_id(comparison.inputs[index]->assessment->perspective));
}

std::string input_title(const Comparison& comparison, std::size_t index) {
  return input_name(comparison, index, model::perspective_title(comparison.inputs[index]->assessment->perspective));
}

std::string perspective_words(model::Perspective perspective) {
  return util::id_as_words(model::perspective_id(perspective));
}

std::vector<std::string> distinct_perspective_names(const AssessmentResults& inputs) {
  std::vector<std::string> names;
  if (inputs.empty()) return names;
  const auto& first = *inputs.front()->assessment;
  for (const auto& input : inputs) {
    const auto& assessment = *input->assessment;
    std::string name = perspective_words(assessment.perspective);
    if (assessment.area != first.area || !(assessment.period == first.period) ||
        std::find(names.begin(), names.end(), name) != names.end())
      return {};
    names.push_back(std::move(name));
  }
  return names;
}

std::optional<std::pair<std::string, std::string>> told_apart_by(const model::Assessment& first,
                                                                 const model::Assessment& second) {
  if (are_versions_of_one_review(first, second)) return std::pair{first.origin, second.origin};
  if (first.area == second.area && first.period == second.period && first.perspective != second.perspective) {
    return std::pair{perspective_words(first.perspective), perspective_words(second.perspective)};
  }
  if (first.area == second.area && first.perspective == second.perspective && !(first.period == second.period)) {
    return std::pair{first.period.to_string(), second.period.to_string()};
  }
  return std::nullopt;
}

std::optional<std::string> second_minus_first(const model::Assessment& first, const model::Assessment& second) {
  const auto names = told_apart_by(first, second);
  if (!names) return std::nullopt;
  return names->second + " minus " + names->first;
}

namespace {

using InputName = std::string (*)(const Comparison&, std::size_t);

std::pair<std::string, std::string> names_by(const Comparison& comparison, InputName name) {
  if (auto names = told_apart_by(*comparison.inputs[0]->assessment, *comparison.inputs[1]->assessment)) return *names;
  return {name(comparison, 0), name(comparison, 1)};
}

std::string direction_named_by(const Comparison& comparison, InputName name) {
  if (comparison.inputs.size() != 2) return "highest minus lowest";
  const auto [first, second] = names_by(comparison, name);
  return second + " minus " + first;
}

}  // namespace

std::pair<std::string, std::string> compared_names(const Comparison& comparison) {
  return names_by(comparison, input_title);
}

std::string difference_direction(const Comparison& comparison) { return direction_named_by(comparison, input_title); }

std::string difference_direction_label(const Comparison& comparison) {
  return direction_named_by(comparison, input_label);
}

std::string_view describe_kind(ComparisonKind kind) {
  switch (kind) {
    case ComparisonKind::perspectives: return "perspectives";
    case ComparisonKind::periods: return "periods";
    case ComparisonKind::mixed: return "mixed";
  }
  return "";
}

}  // namespace coprod::analysis
