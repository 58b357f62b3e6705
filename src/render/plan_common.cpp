#include <algorithm>
#include <limits>
#include <utility>

#include <fmt/format.h>

#include "analysis/comparison.hpp"
#include "render/abbreviations.hpp"
#include "render/comparison.hpp"
#include "render/coverage_notes.hpp"
#include "render/input_names.hpp"
#include "render/plan.hpp"
#include "render/report.hpp"
#include "render/row_words.hpp"
#include "render/scores.hpp"
#include "util/add_once.hpp"
#include "util/text.hpp"

namespace coprod::render {

std::string plan_input_label(const PlanSheet& sheet, std::size_t index) {
  const auto& a = *sheet.inputs[index]->assessment;
  return fmt::format("{}, {}", model::perspective_id(a.perspective), a.period.to_string());
}

std::string plan_input_title(const PlanSheet& sheet, std::size_t index) {
  const auto& a = *sheet.inputs[index]->assessment;
  return fmt::format("{}, {}", model::perspective_title(a.perspective), a.period.to_string());
}

std::vector<std::string> plan_input_names(const PlanSheet& sheet) { return input_short_names(sheet.inputs); }

bool plan_inputs_lettered(const PlanSheet& sheet) { return plan_input_names(sheet).front() == input_letter(0); }

namespace {

// "organisation 3.7, peer network 2.3": each input's score after its name.
std::string named(const PlanSheet& sheet, const std::vector<std::string>& scores) {
  const auto names = plan_input_names(sheet);
  std::vector<std::string> parts;
  for (std::size_t i = 0; i < scores.size(); ++i) parts.push_back(fmt::format("{} {}", names[i], scores[i]));
  return util::join(parts, ", ");
}

// "section scores: organisation 3.7, peer network 2.3", "row score:
// organisation 4": what the numbers are, then each input's, so a row's 4 and a
// section's 3.0 are not read as the same kind.
std::string labelled_scores(const PlanSheet& sheet, std::string_view kind, const std::vector<std::string>& scores) {
  return fmt::format("{} score{}: {}", kind, scores.size() == 1 ? "" : "s", named(sheet, scores));
}

std::vector<std::string> section_score_texts(const analysis::SectionAttention& section) {
  std::vector<std::string> scores;
  for (const auto& result : section.results) scores.push_back(section_score_text(*result, "not scored yet"));
  return scores;
}

}  // namespace

std::string plan_row_scores(const PlanSheet& sheet, const analysis::RowAttention& row) {
  std::vector<std::string> scores;
  for (const auto& result : row.results) {
    const auto& score = result->score;
    scores.push_back(score.state() == model::Score::State::not_scored ? "not scored yet" : score.to_string());
  }
  return labelled_scores(sheet, "row", scores);
}

std::string plan_status_words(std::string_view id) { return util::id_as_words(id); }

std::string plan_action_status(const model::Action& action) {
  if (action.what.empty() && !action.is_finished())
    return plan_status_words(analysis::action_state_id(analysis::ActionState::draft));
  return plan_status_words(model::action_status_id(action.status));
}

std::string plan_action_counts(const std::vector<std::string>& statuses) {
  std::vector<std::string> parts;
  for (const std::string_view words : {"done", "in progress", "open", "overdue", "draft", "dropped"}) {
    const auto count = static_cast<std::size_t>(std::count(statuses.begin(), statuses.end(), words));
    if (count == 0) continue;
    if (words == "draft") parts.push_back(count == 1 ? "1 still a draft" : fmt::format("{} still drafts", count));
    else parts.push_back(fmt::format("{} {}", count, words));
  }
  return util::join(parts, ", ");
}

std::string plan_review_status(const analysis::ActionReview& item) {
  const std::string state = plan_status_words(analysis::action_state_id(item.state));
  if (item.state != analysis::ActionState::overdue || item.action.status == model::ActionStatus::open) return state;
  return plan_status_words(model::action_status_id(item.action.status)) + ", " + state;
}

std::string with_carried_over(std::string status, const model::Action& action) {
  if (!action.carried_from) return status;
  return status + ", carried over from " + action.carried_from->to_string();
}

std::string plan_section_scores(const PlanSheet& sheet, const analysis::SectionAttention& section) {
  return labelled_scores(sheet, "section", section_score_texts(section));
}

std::string plan_section_score_list(const PlanSheet& sheet, const analysis::SectionAttention& section) {
  std::vector<std::string> scores = section_score_texts(section);
  for (std::size_t i = 0; i < scores.size(); ++i) scores[i] += partial_mark(section.results[i]->coverage());
  return named(sheet, scores);
}

std::vector<std::string> plan_coverage_notes(const PlanSheet& sheet) {
  const auto names = plan_input_names(sheet);
  std::vector<std::string> notes;
  for (const auto& section : sheet.sections) {
    std::vector<ColumnCoverage> columns;
    for (std::size_t i = 0; i < section.results.size(); ++i)
      columns.push_back({names[i], section.results[i]->coverage()});
    if (auto note = coverage_note(section.section->label(), columns)) notes.push_back(std::move(*note));
  }
  return notes;
}

namespace {

// The sections level with section `index`: the run of neighbours in the
// sorted list that neither comes before nor after it. None for a section
// nobody has scored: it comes after the scored sections, and that is all
// its place says.
std::vector<const analysis::SectionAttention*> level_sections(const PlanSheet& sheet, std::size_t index) {
  const auto& sections = sheet.sections;
  std::vector<const analysis::SectionAttention*> level;
  if (sections[index].not_applicable || !sections[index].below_top) return level;
  std::size_t first = index;
  while (first > 0 && analysis::level_in_attention(sections[first - 1], sections[index])) --first;
  for (std::size_t i = first; i < sections.size() && analysis::level_in_attention(sections[i], sections[index]); ++i) {
    if (i != index) level.push_back(&sections[i]);
  }
  return level;
}

// "ranked by how far the lower score is below the top score of 5 (2.7), the
// difference between the scores (1.4) and the warning sign seen (0.5), 4.6 in
// all": what ranks it in words, each part's number after it, only the parts
// that apply, each named as the reasons before it name them.
std::string priority_words(const PlanSheet& sheet, const analysis::SectionAttention& section) {
  if (!section.below_top) return "after the scored sections, as it has no score";
  const auto scored = std::count_if(section.results.begin(), section.results.end(),
                                    [](const auto& result) { return result->score.has_value(); });
  std::vector<std::string> parts;
  parts.push_back(fmt::format("how far the {} is below the top score of {} ({:.1f})",
                              scored == 1   ? "score"
                              : scored == 2 ? "lower score"
                                            : "lowest score",
                              sheet.inputs.front()->framework->scale.max, *section.below_top));
  if (section.disagreement > 1e-9) {
    parts.push_back(
        fmt::format("the {} ({:.1f})",
                    section.disagreement_is_people ? "range of people's own scores" : "difference between the scores",
                    section.disagreement));
  }
  if (section.warnings_seen == 1) parts.push_back("the warning sign seen (0.5)");
  else if (section.warnings_seen > 1)
    parts.push_back(
        fmt::format("the {} warning signs seen ({:.1f})", section.warnings_seen, 0.5 * section.warnings_seen));
  if (parts.size() == 1) return "ranked by " + parts.front();
  const std::string last = parts.back();
  parts.pop_back();
  return fmt::format("ranked by {} and {}, {:.1f} in all", util::join(parts, ", "), last, section.priority);
}

}  // namespace

std::string plan_place_words(const PlanSheet& sheet, std::size_t index) {
  const auto& section = sheet.sections[index];
  if (section.not_applicable) return "";
  std::string words = priority_words(sheet, section);
  std::vector<std::string> names;
  for (const auto* other : level_sections(sheet, index)) names.push_back("\"" + other->section->label() + "\"");
  if (names.empty()) return words;
  if (names.size() == 1) return words + fmt::format("; tied with {}, so they are in the guide's order", names.front());
  // Labels can hold commas and "and", so each is quoted and the count said first.
  return words + fmt::format("; tied with {} other sections ({}), so they are in the guide's order", names.size(),
                             util::join(names, ", "));
}

PlanRankingWords plan_ranking_words(const PlanSheet& sheet, std::size_t index) {
  const auto& section = sheet.sections[index];
  const std::string reasons = util::join(section.reasons, "; ");
  PlanRankingWords words;
  // A section that does not apply is not "here" for a reason: its reason says why it is not.
  words.why = section.not_applicable ? util::capitalised(reasons) + "." : "Why here: " + reasons + ".";
  if (std::string place = plan_place_words(sheet, index); !place.empty()) words.place = util::capitalised(place) + ".";
  return words;
}

std::vector<std::string> plan_level_with(const PlanSheet& sheet, std::size_t index) {
  std::vector<std::string> ids;
  for (const auto* other : level_sections(sheet, index)) ids.push_back(other->section->id);
  return ids;
}

std::string plan_target_text(const model::Score& target) {
  return target.is_scored() ? fmt::format("{:.1f}", target.value()) : target.to_string();
}

namespace {

void add_guide_words(std::vector<std::string>& words, const std::vector<model::RichText>& items) {
  for (const auto& item : items) {
    words.push_back(item.text);
    words.insert(words.end(), item.bullets.begin(), item.bullets.end());
  }
}

// The words the sheet shows, in its order: its title, inputs and sections,
// and the guide's words for the sections shown in full.
std::string plan_sheet_words(const PlanSheet& sheet) {
  const auto& framework = *sheet.inputs.front()->framework;
  std::vector<std::string> words{sheet.inputs.front()->assessment->area, framework.title};
  for (std::size_t i = 0; i < sheet.inputs.size(); ++i) words.push_back(plan_input_title(sheet, i));
  for (std::size_t i = 0; i < sheet.sections.size(); ++i) {
    words.push_back(sheet.sections[i].section->label());
    auto ranking = plan_ranking_words(sheet, i);
    words.push_back(std::move(ranking.why));
    words.push_back(std::move(ranking.place));
  }
  for (std::size_t i = 0; i < std::min(sheet.detailed, sheet.sections.size()); ++i) {
    const auto& section = *sheet.sections[i].section;
    for (const auto& row : sheet.sections[i].rows)
      if (row.row->warning) words.push_back(row.row->warning->flattened());
    add_guide_words(words, section.bear_in_mind);
    add_guide_words(words, section.top_tips);
    for (const auto& level : section.needs) {
      words.push_back(level_title(framework, level.level_id));
      words.insert(words.end(), level.paragraphs.begin(), level.paragraphs.end());
    }
  }
  return util::join(words, "\n");
}

}  // namespace

std::string plan_glossary(const PlanSheet& sheet) {
  return words_and_abbreviations(sheet.inputs.front()->framework->glossary, plan_sheet_words(sheet));
}

std::vector<std::string> plan_guidance_parts(const model::Framework& framework) {
  const auto& sections = framework.sections;
  std::vector<std::string> parts;
  if (std::any_of(sections.begin(), sections.end(),
                  [](const auto& section) { return !section.bear_in_mind.empty() || !section.top_tips.empty(); }))
    parts.emplace_back("the guide's \u201cBear in mind\u201d and \u201cTop tips\u201d");
  if (std::any_of(sections.begin(), sections.end(), [](const auto& section) { return !section.needs.empty(); }))
    parts.emplace_back("what each level needs at that stage");
  return parts;
}

bool plan_lists_rows(const model::Framework& framework) { return !row_words(framework).sections; }

std::span<const analysis::RowAttention> plan_rows_listed(const PlanSheet& sheet,
                                                         const analysis::SectionAttention& attention) {
  if (!plan_lists_rows(*sheet.inputs.front()->framework)) return {};
  return attention.rows;
}

std::string plan_sheet_shows(const model::Framework& framework) {
  if (plan_lists_rows(framework))
    return "why it needs attention and the rows that pull it down, with the guide's advice where it gives some";
  if (plan_guidance_parts(framework).empty()) return "why it needs attention";
  return "why it needs attention, with the guide's advice where it gives some";
}

std::string plan_action_sections(const model::Action& action, const model::Framework& framework) {
  if (row_words(framework).sections) return action_section_labels_with_rows(action, framework);
  return action_section_labels(action, framework);
}

std::string plan_sections_in_full(const PlanSheet& sheet) {
  const std::size_t scored = analysis::sections_scored(sheet.sections);
  const std::size_t not_scored = analysis::sections_that_apply(sheet.sections) - scored;
  const bool guidance = !plan_guidance_parts(*sheet.inputs.front()->framework).empty();
  std::vector<std::string> sentences;
  if (sheet.detailed < scored) {
    const std::size_t others = scored - sheet.detailed;
    sentences.push_back(
        fmt::format("This sheet shows the first {} in full{}; the other {}{} {} in the list above.",
                    sheet.detailed == 1 ? std::string("section") : fmt::format("{} sections", sheet.detailed),
                    guidance ? ", with the guide's considerations and tips" : "", others,
                    not_scored == 0 ? ""
                    : others == 1   ? " scored section"
                                    : " scored sections",
                    others == 1 ? "is" : "are"));
  }
  if (not_scored > 0) {
    sentences.push_back(
        fmt::format("{} not scored yet {} not written up here, as there is nothing to go on yet: score {} first.",
                    not_scored == 1 ? std::string("The section") : fmt::format("The {} sections", not_scored),
                    not_scored == 1 ? "is" : "are", not_scored == 1 ? "it" : "them"));
  }
  return util::join(sentences, " ");
}

std::string plan_row_title(const model::FrameworkSection& section, const analysis::RowAttention& row) {
  return fmt::format("Row {}: {}", section.row_number(row.row->id), text_heading(*row.row));
}

std::string level_title(const model::Framework& framework, const std::string& level_id) {
  for (const auto& level : framework.levels) {
    if (level.id == level_id) return level.title;
  }
  return level_id;
}

std::string action_section_labels(const model::Action& action, const model::Framework& framework) {
  std::vector<std::string> labels;
  for (const auto& id : action.sections) {
    const auto* section = framework.find_section(id);
    labels.push_back(section ? section->label() : id);
  }
  return util::join(labels, "; ");
}

std::string action_section_labels_with_rows(const model::Action& action, const model::Framework& framework) {
  std::vector<std::string> labels;
  for (const auto& id : action.sections) {
    const auto* section = framework.find_section(id);
    util::add_once(labels, section ? section->label() : id);
  }
  for (const auto& reference : action.rows) {
    const auto* section = framework.find_section(reference.substr(0, reference.find('.')));
    util::add_once(labels, section ? section->label() : reference);
  }
  return util::join(labels, "; ");
}

namespace {

// Where a row reference ("commitment.leaders") is in the framework, for putting rows in its order: its section's
// place and its own; past every row for one the framework does not have.
std::pair<std::size_t, std::size_t> row_place(const model::Framework& framework, const std::string& reference) {
  constexpr auto k_unknown = std::pair{std::numeric_limits<std::size_t>::max(), std::size_t{0}};
  const auto dot = reference.find('.');
  const auto* section = dot == std::string::npos ? nullptr : framework.find_section(reference.substr(0, dot));
  const auto* row = section ? section->find_row(reference.substr(dot + 1)) : nullptr;
  if (!row) return k_unknown;
  return {static_cast<std::size_t>(section - framework.sections.data()),
          static_cast<std::size_t>(row - section->rows.data())};
}

}  // namespace

std::string action_row_numbers(const model::Action& action, const model::Framework& framework) {
  std::vector<std::string> references = action.rows;
  std::stable_sort(references.begin(), references.end(), [&](const std::string& a, const std::string& b) {
    return row_place(framework, a) < row_place(framework, b);
  });
  std::vector<std::string> numbers;
  for (const auto& reference : references) {
    const auto place = row_place(framework, reference);
    const model::FrameworkSection* section =
        place.first < framework.sections.size() ? &framework.sections[place.first] : nullptr;
    numbers.push_back(section ? section->row_number(section->rows[place.second].id) : reference);
  }
  return util::join(numbers, ", ");
}

}  // namespace coprod::render
