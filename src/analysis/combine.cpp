#include "analysis/combine.hpp"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "analysis/scoring.hpp"
#include "util/alphabetical_order.hpp"
#include "util/text.hpp"
#include "util/title_join.hpp"

namespace coprod::analysis {

namespace {

// Each distinct text as a bullet point ("• "): not "- ", which a spreadsheet
// reads as the start of a formula, so every CSV cell of a combined file's
// evidence would carry the apostrophe that neutralises one (util::csv_field()).
constexpr std::string_view k_bullet = "\u2022 ";

struct Alphabetical {
  bool operator()(const std::string& a, const std::string& b) const { return util::alphabetically_before(a, b); }
};

// Distinct texts in alphabetical order (util::alphabetically_before()), so
// the order says nothing about who wrote what.
std::optional<std::string> gather_texts(const std::vector<std::string>& texts) {
  std::set<std::string, Alphabetical> distinct;
  for (const auto& text : texts) {
    if (!text.empty()) distinct.insert(text);
  }
  if (distinct.empty()) return std::nullopt;
  if (distinct.size() == 1) return *distinct.begin();
  std::string out;
  for (const auto& text : distinct) {
    if (!out.empty()) out += '\n';
    out += k_bullet;
    for (const char c : text) {
      out += c;
      if (c == '\n') out += "  ";  // continuation lines stay inside the item
    }
  }
  return out;
}

// How many of the people who answered said yes; nullopt when no one answered.
std::optional<model::SeenCount> count_seen(const std::vector<bool>& answers) {
  if (answers.empty()) return std::nullopt;
  return model::SeenCount{static_cast<int>(std::count(answers.begin(), answers.end(), true)),
                          static_cast<int>(answers.size())};
}

model::RowResponse combine_row(const std::string& row_id, const std::vector<const model::RowResponse*>& rows,
                               bool half_points) {
  model::RowResponse combined;
  combined.row_id = row_id;
  std::vector<int> halves;
  std::vector<std::string> evidence;
  std::vector<bool> indicator_seen;
  std::vector<bool> warning_seen;
  int not_applicable = 0;
  for (const auto* row : rows) {
    if (row->score.is_scored()) halves.push_back(row->score.halves());
    if (row->score.is_not_applicable()) ++not_applicable;
    if (row->has_evidence()) evidence.push_back(*row->evidence);
    if (row->indicator_seen) indicator_seen.push_back(*row->indicator_seen);
    if (row->warning_seen) warning_seen.push_back(*row->warning_seen);
  }
  if (!halves.empty()) {
    const auto [low, high] = std::minmax_element(halves.begin(), halves.end());
    combined.spread = model::ScoreSpread{model::Score::from_halves(*low), model::Score::from_halves(*high),
                                         static_cast<int>(halves.size()), not_applicable};
    combined.score = median_score(halves, half_points);
  } else if (not_applicable > 0) {
    combined.score = model::Score::not_applicable();
  }
  combined.evidence = gather_texts(evidence);
  combined.indicator_seen_by = count_seen(indicator_seen);
  combined.warning_seen_by = count_seen(warning_seen);
  if (combined.indicator_seen_by) combined.indicator_seen = model::indicator_seen_by_most(*combined.indicator_seen_by);
  if (combined.warning_seen_by) combined.warning_seen = model::warning_seen_by_anyone(*combined.warning_seen_by);
  return combined;
}

// The lowest and highest of the people's own section averages, for the web's band.
std::optional<model::SectionSpread> section_spread(const std::vector<AssessmentResult>& scored, std::size_t index) {
  std::optional<model::SectionSpread> spread;
  for (const auto& result : scored) {
    const auto& score = result.sections[index].score;
    if (!score) continue;
    const int tenths = score->tenths();
    if (!spread) spread = model::SectionSpread{tenths, tenths, 0};
    spread->min_tenths = std::min(spread->min_tenths, tenths);
    spread->max_tenths = std::max(spread->max_tenths, tenths);
    ++spread->count;
  }
  return spread;
}

// A row as the form shows it, with its reference: "1. Commitment and leadership, row 4 (commitment.leaders)"; a
// section's only row by the section alone, as the shorter frameworks' forms show it: "5. Commitment from senior
// management (senior-commitment.in-place)".
std::string row_name(const model::FrameworkSection& section, const model::FrameworkRow& row) {
  const std::string reference = fmt::format("({}.{})", section.id, row.id);
  if (section.has_one_row()) return util::join_title(section.label(), " ", reference);
  const auto number = static_cast<std::size_t>(&row - section.rows.data()) + 1;
  return util::join_title(section.label(), ",", fmt::format(" row {} {}", number, reference));
}

std::string thin_row(const model::FrameworkSection& section, const model::FrameworkRow& row, int count) {
  return fmt::format("{}: {} {}", row_name(section, row), count, count == 1 ? "person" : "people");
}

model::SectionResponse combine_section(const model::FrameworkSection& section,
                                       const std::vector<const model::Assessment*>& responses, bool half_points,
                                       int min_responses, std::vector<std::string>& thin,
                                       std::vector<std::string>& mostly_not_applicable) {
  model::SectionResponse combined;
  combined.section_id = section.id;
  for (const auto* response : responses) {
    const auto* found = response->find_section(section.id);
    if (found && found->last_completed &&
        (!combined.last_completed || *combined.last_completed < *found->last_completed)) {
      combined.last_completed = found->last_completed;
    }
  }
  for (const auto& row : section.rows) {
    std::vector<const model::RowResponse*> rows;
    for (const auto* response : responses) {
      const auto* found_section = response->find_section(section.id);
      if (const auto* found = found_section ? found_section->find_row(row.id) : nullptr) rows.push_back(found);
    }
    model::RowResponse merged = combine_row(row.id, rows, half_points);
    const int count = merged.spread ? merged.spread->count : 0;
    const auto not_applicable = std::count_if(
        rows.begin(), rows.end(), [](const model::RowResponse* answer) { return answer->score.is_not_applicable(); });
    const auto name = row_name(section, row);
    if (count > 0 && count < min_responses) thin.push_back(thin_row(section, row, count));
    if (count > 0 && not_applicable > count)
      mostly_not_applicable.push_back(
          fmt::format("{}: {} scored it, {} marked it not applicable", name, count, not_applicable));
    combined.rows.push_back(std::move(merged));
  }
  return combined;
}

std::string what_is_not_individual(const model::Assessment& response, model::Perspective output) {
  if (response.combined_from) {
    return fmt::format(
        "this file was already combined from {}, so combining it again would count {} as one; combine "
        "their individual responses instead",
        util::counted(static_cast<std::size_t>(std::max(*response.combined_from, 0)), "response", "responses"),
        *response.combined_from == 1 ? "that person" : "those people");
  }
  if (response.perspective == model::Perspective::individual || response.perspective == output) return "";
  return fmt::format(
      "this file is the {}'s assessment (perspective: {}), not an individual response; combine "
      "takes each person's own response (perspective: individual), or files of the perspective being "
      "combined into (perspective: {})",
      model::perspective_title(response.perspective), model::perspective_id(response.perspective),
      model::perspective_id(output));
}

}  // namespace

util::Diagnostics check_individual_responses(const std::vector<const model::Assessment*>& responses,
                                             model::Perspective output) {
  util::Diagnostics problems;
  for (const auto* response : responses) {
    std::string problem = what_is_not_individual(*response, output);
    if (!problem.empty()) problems.push_back({util::Severity::error, response->source, {0, 0}, std::move(problem)});
  }
  return problems;
}

bool has_answers(const model::Assessment& response) {
  const auto written = [](const std::optional<std::string>& text) { return text && !util::trim(*text).empty(); };
  const auto& r = response.reflections;
  if (written(r.surprising) || written(r.challenging) || written(r.learnt) || written(r.priorities)) return true;
  for (const auto& section : response.sections) {
    if (written(section.completed_by) || section.last_completed || written(section.notes)) return true;
    for (const auto& row : section.rows) {
      if (row.score.is_scored() || row.score.is_not_applicable() || row.has_evidence()) return true;
      if (row.indicator_seen || row.warning_seen) return true;
    }
  }
  return false;
}

model::Score median_score(std::vector<int> halves, bool half_points) {
  std::sort(halves.begin(), halves.end());
  const std::size_t middle = halves.size() / 2;
  // In quarter points: an exact median of half points.
  const int quarters = halves.size() % 2 == 1 ? halves[middle] * 2 : halves[middle - 1] + halves[middle];
  int median_halves = quarters / 2;
  if (!half_points) median_halves -= median_halves % 2;
  return model::Score::from_halves(median_halves);
}

Combined combine(const std::shared_ptr<const model::Framework>& shared_framework,
                 const std::vector<const model::Assessment*>& responses, const CombineOptions& options) {
  const model::Framework& framework = *shared_framework;
  Combined result;
  auto& assessment = result.assessment;
  const auto& first = *responses.front();
  assessment.framework_id = framework.id;
  assessment.framework_version = framework.version;
  assessment.area = first.area;
  assessment.period = first.period;
  assessment.perspective = options.perspective;
  assessment.combined_from = static_cast<int>(responses.size());
  std::vector<AssessmentResult> scored;
  // Scored from copies, as results own what they refer to; a group is a handful of files.
  for (const auto* response : responses) scored.push_back(score_assessment(shared_framework, *response));
  for (std::size_t i = 0; i < framework.sections.size(); ++i) {
    assessment.sections.push_back(combine_section(framework.sections[i], responses, framework.scale.half_points,
                                                  options.min_responses, result.thinly_scored_rows,
                                                  result.mostly_not_applicable_rows));
    assessment.sections.back().spread = section_spread(scored, i);
  }
  const auto gather = [&](auto member) {
    std::vector<std::string> texts;
    for (const auto* response : responses) {
      if (const auto& text = response->reflections.*member) texts.push_back(*text);
    }
    return gather_texts(texts);
  };
  assessment.reflections.surprising = gather(&model::Reflections::surprising);
  assessment.reflections.challenging = gather(&model::Reflections::challenging);
  assessment.reflections.learnt = gather(&model::Reflections::learnt);
  assessment.reflections.priorities = gather(&model::Reflections::priorities);
  return result;
}

std::vector<std::string> thinly_scored_rows(const model::Framework& framework, const model::Assessment& combined,
                                            int min_people) {
  std::vector<std::string> thin;
  for (const auto& section : framework.sections) {
    const auto* found_section = combined.find_section(section.id);
    for (const auto& row : section.rows) {
      const auto* found = found_section ? found_section->find_row(row.id) : nullptr;
      if (found && found->spread && found->spread->count > 0 && found->spread->count < min_people)
        thin.push_back(thin_row(section, row, found->spread->count));
    }
  }
  return thin;
}

}  // namespace coprod::analysis
