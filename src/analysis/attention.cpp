#include "analysis/attention.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "analysis/comparison.hpp"
#include "model/perspective.hpp"
#include "util/shared_part.hpp"

namespace coprod::analysis {

namespace {

// "the lower of the two section scores is 2.3", or the like for `count` scores.
std::string lowest_reason(std::size_t count, double lowest, double spread) {
  if (count == 1) return fmt::format("the section score is {:.1f}", lowest);
  if (spread < 0.05) return fmt::format("{} section scores are {:.1f}", count == 2 ? "both" : "all", lowest);
  if (count == 2) return fmt::format("the lower of the two section scores is {:.1f}", lowest);
  return fmt::format("the lowest of the {} section scores is {:.1f}", count, lowest);
}

template <class Values>
std::pair<std::optional<double>, std::optional<double>> lowest_and_spread(const Values& values) {
  if (values.empty()) return {std::nullopt, std::nullopt};
  const auto [low, high] = std::minmax_element(values.begin(), values.end());
  return {*low, values.size() > 1 ? std::optional<double>(*high - *low) : std::nullopt};
}

RowAttention row_attention(const model::FrameworkSection& section, std::size_t index, const AssessmentResults& inputs,
                           std::size_t section_index) {
  RowAttention attention;
  attention.row = util::share_part(inputs.front()->framework, &section.rows[index]);
  attention.reference = section.id + "." + section.rows[index].id;
  std::vector<double> scores;
  for (const auto& input : inputs) {
    const RowResult& result = input->sections[section_index].rows[index];
    attention.results.push_back(util::share_part(input, &result));
    if (result.score.is_scored()) scores.push_back(result.score.value());
    if (result.response && result.response->warning_seen == true) attention.warning_seen = true;
  }
  attention.lowest = lowest_and_spread(scores).first;
  return attention;
}

// Rows at or below the section's lowest score, rows whose warning sign is
// seen, and rows not scored: lowest first.
std::vector<RowAttention> rows_pulling_down(SectionAttention& attention, const AssessmentResults& inputs,
                                            std::size_t section_index) {
  std::vector<RowAttention> rows;
  for (std::size_t r = 0; r < attention.section->rows.size(); ++r) {
    RowAttention row = row_attention(*attention.section, r, inputs, section_index);
    attention.warnings_seen += row.warning_seen ? 1 : 0;
    const bool low = row.lowest && attention.lowest && *row.lowest <= *attention.lowest + 1e-9;
    const bool not_scored = !row.lowest && !row.results.front()->score.is_not_applicable();
    if (low || row.warning_seen || not_scored) rows.push_back(std::move(row));
  }
  std::stable_sort(rows.begin(), rows.end(), [](const RowAttention& a, const RowAttention& b) {
    return a.lowest.value_or(-1) < b.lowest.value_or(-1);
  });
  return rows;
}

// "the peer network's score is 1.5 lower than the organisation's"; with
// more inputs, "the highest and lowest scores differ by 1.5".
std::string difference_reason(const SectionAttention& attention, const AssessmentResults& inputs) {
  if (inputs.size() != 2) return fmt::format("the highest and lowest scores differ by {:.1f}", *attention.spread);
  const auto& first = *inputs[0]->assessment;
  const auto& second = *inputs[1]->assessment;
  const auto names = told_apart_by(first, second);
  const bool perspectives = first.perspective != second.perspective;
  const auto name = [&](const std::string& told, std::string_view letter) {
    return names ? (perspectives ? "the " : "") + told + "'s" : std::string(letter) + "'s";
  };
  const double difference = (attention.results[1]->score->tenths() - attention.results[0]->score->tenths()) / 10.0;
  return fmt::format("{} score is {:.1f} {} than {}", name(names ? names->second : "", "B"), std::abs(difference),
                     difference > 0 ? "higher" : "lower", name(names ? names->first : "", "A"));
}

// The widest range of people's own section scores inside one combined input
// (coprod combine), in words: "people's own scores ranged from 0.0 to 5.0 (3
// people)", naming the input when there are several. Disagreement inside a
// group is worth talking about as much as disagreement between perspectives.
std::optional<std::pair<double, std::string>> widest_group_range(std::size_t index, const AssessmentResults& inputs) {
  std::optional<std::pair<double, std::string>> widest;
  for (const auto& input : inputs) {
    const auto& response = input->sections[index].response;
    if (!response || !response->spread || response->spread->count < 2) continue;
    const auto& spread = *response->spread;
    const double range = (spread.max_tenths - spread.min_tenths) / 10.0;
    if (range < 0.5 || (widest && widest->first >= range)) continue;
    const std::string whose =
        inputs.size() > 1 ? fmt::format("in the {}, ", model::perspective_title(input->assessment->perspective)) : "";
    widest = {range, fmt::format("{}people's own scores ranged from {:.1f} to {:.1f} ({} people)", whose,
                                 spread.min_tenths / 10.0, spread.max_tenths / 10.0, spread.count)};
  }
  return widest;
}

// What each input is called in a reason: "the organisation", "the peer network" for two perspectives (or
// more, each once, as the sheet's other lines name them), "the 2026-Q3 assessment" for two periods, else its
// letter ("A", "B").
std::vector<std::string> input_names(const AssessmentResults& inputs) {
  std::vector<std::string> names;
  if (inputs.size() != 2) {
    for (const auto& name : distinct_perspective_names(inputs)) names.push_back("the " + name);
    if (!names.empty()) return names;
  }
  const auto told = inputs.size() == 2 ? told_apart_by(*inputs[0]->assessment, *inputs[1]->assessment) : std::nullopt;
  const bool perspectives = told && inputs[0]->assessment->perspective != inputs[1]->assessment->perspective;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    if (!told) names.push_back(std::string(1, static_cast<char>('A' + (i % 26))));
    else {
      const std::string& name = i == 0 ? told->first : told->second;
      names.push_back(perspectives ? "the " + name : "the " + name + " assessment");
    }
  }
  return names;
}

// Why a section with no score has no place among the scored: "not scored yet", or, where every assessment marks it
// not applicable, "not applicable here (every row is n/a)"; a section of one row, which the two shorter guides name
// by their section alone, is "marked n/a", with no row its reader has never seen.
std::string not_scored_reason(const SectionAttention& attention) {
  if (!attention.not_applicable) return "not scored yet";
  return attention.section->has_one_row() ? "not applicable here (marked n/a)"
                                          : "not applicable here (every row is n/a)";
}

// With two or more inputs and one score: whose it is, and why the others give none. "the organisation's
// section score is 2.5; the peer network has not scored it yet".
std::string only_score_reason(std::size_t index, const AssessmentResults& inputs, double score) {
  const auto names = input_names(inputs);
  std::string whose;
  std::vector<std::string> missing;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    const auto& section = inputs[i]->sections[index];
    if (section.score) whose = names[i];
    else if (section.is_not_applicable()) missing.push_back(names[i] + " marks it not applicable");
    else missing.push_back(names[i] + " has not scored it yet");
  }
  std::string reason = fmt::format("{}'s section score is {:.1f}", whose, score);
  for (const auto& words : missing) reason += "; " + words;
  return reason;
}

SectionAttention section_attention(std::size_t index, const AssessmentResults& inputs) {
  SectionAttention attention;
  const auto& framework = inputs.front()->framework;
  attention.section = util::share_part(framework, &framework->sections[index]);
  std::vector<double> scores;
  attention.not_applicable = true;
  for (const auto& input : inputs) {
    attention.results.push_back(util::share_part(input, &input->sections[index]));
    attention.not_applicable = attention.not_applicable && input->sections[index].is_not_applicable();
    if (const auto& score = input->sections[index].score) scores.push_back(score->tenths() / 10.0);
  }
  std::tie(attention.lowest, attention.spread) = lowest_and_spread(scores);
  attention.rows = rows_pulling_down(attention, inputs, index);
  const double top = inputs.front()->framework->scale.max;
  const auto group_range = widest_group_range(index, inputs);
  attention.disagreement = std::max(attention.spread.value_or(0), group_range ? group_range->first : 0.0);
  attention.disagreement_is_people = group_range && group_range->first > attention.spread.value_or(0);
  if (attention.lowest) attention.below_top = top - *attention.lowest;
  // A section that does not apply here is never a priority.
  attention.priority = attention.not_applicable
                           ? 0.0
                           : attention.below_top.value_or(top) + attention.disagreement + 0.5 * attention.warnings_seen;
  // "section score", as a row listed below may score lower than the section's average.
  if (attention.lowest && scores.size() == 1 && inputs.size() > 1)
    attention.reasons.push_back(only_score_reason(index, inputs, *attention.lowest));
  else if (attention.lowest)
    attention.reasons.push_back(lowest_reason(scores.size(), *attention.lowest, attention.spread.value_or(0)));
  else attention.reasons.push_back(not_scored_reason(attention));
  if (attention.spread && *attention.spread >= 0.5) attention.reasons.push_back(difference_reason(attention, inputs));
  if (group_range) attention.reasons.push_back(group_range->second);
  if (attention.warnings_seen > 0) {
    attention.reasons.push_back(fmt::format("{} warning {} seen", attention.warnings_seen,
                                            attention.warnings_seen == 1 ? "sign is" : "signs are"));
  }
  return attention;
}

}  // namespace

std::vector<SectionAttention> rank_sections(const AssessmentResults& inputs) {
  std::vector<SectionAttention> sections;
  for (std::size_t s = 0; s < inputs.front()->sections.size(); ++s) sections.push_back(section_attention(s, inputs));
  // A section nobody scored has no score to act on, only scoring to do: it
  // comes after every scored section (a gap, never a 0, as on the web). One
  // that does not apply here has nothing to do at all: it comes last.
  std::stable_sort(sections.begin(), sections.end(), needs_attention_sooner);
  return sections;
}

bool needs_attention_sooner(const SectionAttention& a, const SectionAttention& b) {
  if (a.not_applicable != b.not_applicable) return b.not_applicable;
  if (a.lowest.has_value() != b.lowest.has_value()) return a.lowest.has_value();
  return a.priority > b.priority + 1e-9;
}

bool level_in_attention(const SectionAttention& a, const SectionAttention& b) {
  return !needs_attention_sooner(a, b) && !needs_attention_sooner(b, a);
}

std::size_t sections_that_apply(const std::vector<SectionAttention>& ranked) {
  return static_cast<std::size_t>(std::count_if(
      ranked.begin(), ranked.end(), [](const SectionAttention& section) { return !section.not_applicable; }));
}

std::size_t sections_scored(const std::vector<SectionAttention>& ranked) {
  return static_cast<std::size_t>(std::count_if(ranked.begin(), ranked.end(), [](const SectionAttention& section) {
    return !section.not_applicable && section.lowest.has_value();
  }));
}

}  // namespace coprod::analysis
