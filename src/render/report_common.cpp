#include <algorithm>
#include <cmath>
#include <cstdlib>

#include <fmt/format.h>

#include "analysis/carried_forward.hpp"
#include "analysis/held_back_scores.hpp"
#include "analysis/previous_period.hpp"
#include "model/list_mark.hpp"
#include "model/sections_as_rows.hpp"
#include "render/comparison.hpp"
#include "render/coverage_notes.hpp"
#include "render/default_title.hpp"
#include "render/input_names.hpp"
#include "render/missing_score.hpp"
#include "render/one_sign_note.hpp"
#include "render/plan.hpp"
#include "render/report.hpp"
#include "render/row_words.hpp"
#include "render/scores.hpp"
#include "util/add_once.hpp"
#include "util/text.hpp"
#include "util/title_join.hpp"

namespace coprod::render {

namespace {

constexpr std::size_t k_heading_words = 12;
constexpr std::size_t k_short_label_words = 7;
constexpr std::size_t k_warning_words = 8;  // telling apart rows that share an early indicator
constexpr std::size_t k_summary_prompts = 3;
constexpr std::size_t k_summary_prompts_at_most = 5;  // what page 1 has room for
constexpr std::size_t k_summary_action_words = 40;

std::string warning_start(const model::FrameworkRow& row) {
  return first_words(row.warning->flattened(), k_warning_words);
}

// The framework's rows, other than `row`, whose text heading is `heading`.
std::vector<const model::FrameworkRow*> rows_headed(const model::Framework& framework, std::string_view heading,
                                                    const model::FrameworkRow& row) {
  std::vector<const model::FrameworkRow*> found;
  for (const auto& section : framework.sections) {
    for (const auto& other : section.rows) {
      if (&other != &row && text_heading(other) == heading) found.push_back(&other);
    }
  }
  return found;
}

// Whether `text` ends a sentence at `at` (a full stop, question or exclamation
// mark followed by a space and a capital letter): "e.g. people" does not.
bool ends_sentence_at(std::string_view text, std::size_t at) {
  return (text[at] == '.' || text[at] == '?' || text[at] == '!') && at + 2 < text.size() && text[at + 1] == ' ' &&
         text[at + 2] >= 'A' && text[at + 2] <= 'Z';
}

// The framework's rows, other than `row`, whose early indicator starts with the same sentence.
bool shares_first_sentence(const model::Framework& framework, const model::FrameworkRow& row) {
  if (!row.indicator) return false;
  const std::string sentence = first_sentence(row.indicator->flattened()).text;
  for (const auto& section : framework.sections) {
    for (const auto& other : section.rows) {
      if (&other != &row && other.indicator && first_sentence(other.indicator->flattened()).text == sentence)
        return true;
    }
  }
  return false;
}

}  // namespace

FirstSentence first_sentence(std::string_view text) {
  for (std::size_t at = 0; at < text.size(); ++at) {
    if (ends_sentence_at(text, at)) return {std::string(text.substr(0, at + 1)), true};
  }
  return {std::string(text), false};
}

namespace {

FirstSentence row_wording(const model::Framework& framework, const model::FrameworkRow& row) {
  if (!row.indicator && !row.warning) return {row.id, false};
  FirstSentence shown = first_sentence((row.indicator ? row.indicator : row.warning)->flattened());
  // Named as what was scored, so the guide's wording is not read as a finding.
  shown.text = (row.indicator ? "Early indicator: " : "Warning sign: ") + shown.text;
  if (!row.indicator || !shares_first_sentence(framework, row)) return shown;
  if (!row.warning) return {fmt::format("{} ({})", shown.text, row.id), shown.cut};
  const FirstSentence warning = first_sentence(row.warning->flattened());
  return {fmt::format("{} (warning sign: {})", shown.text, warning.text), shown.cut || warning.cut};
}

}  // namespace

FirstSentence row_summary_text(const model::Framework& framework, const analysis::RowComparison& row) {
  FirstSentence shown = row_wording(framework, *row.row);
  if (model::section_is_its_row(*row.section)) shown.text = std::string(model::without_list_mark(shown.text));
  return shown;
}

std::string first_words(std::string_view text, std::size_t count) {
  auto words = util::wrap_words(text, 1);
  if (words.size() <= count) return util::join(words, " ");
  words.resize(count);
  std::string start = util::join(words, " ");
  while (!start.empty() && (start.back() == ',' || start.back() == ';' || start.back() == ':' || start.back() == '-')) {
    start.pop_back();
  }
  return start + "\u2026";
}

std::string report_input_label(const Report& report, std::size_t index) {
  const auto& a = *report.inputs[index]->assessment;
  const std::string label = fmt::format("{}, {}", model::perspective_title(a.perspective), a.period.to_string());
  const bool shared_area = std::all_of(report.inputs.begin(), report.inputs.end(),
                                       [&](const auto& input) { return input->assessment->area == a.area; });
  return shared_area ? label : fmt::format("{}, {}", a.area, label);
}

std::string report_input_short(const Report& report, std::size_t index) {
  return input_short_names(report.inputs).at(index);
}

bool report_inputs_lettered(const Report& report) { return inputs_lettered(report.inputs); }

DefinedName defined_input_name(const Report& report, std::size_t index, const std::string& label) {
  return defined_input_name(report.inputs, index, label);
}

std::string report_input_key(const Report& report, std::size_t index) {
  return input_heading(report.inputs, index, report_input_label(report, index));
}

bool report_names_peer_network(const Report& report) {
  return std::any_of(report.inputs.begin(), report.inputs.end(), [](const auto& input) {
    return input->assessment->perspective == model::Perspective::peer_network;
  });
}

std::optional<std::string> missing_perspective_note(const Report& report) {
  using model::Perspective;
  // A view is missing only where the framework's guide asks for both (model::Framework::separate_views).
  if (!report.inputs.front()->framework->separate_views) return std::nullopt;
  const auto has = [&](Perspective perspective) {
    return std::any_of(report.inputs.begin(), report.inputs.end(),
                       [&](const auto& input) { return input->assessment->perspective == perspective; });
  };
  const bool organisation = has(Perspective::organisation);
  const bool peer_network = has(Perspective::peer_network);
  if (organisation == peer_network) return std::nullopt;
  const auto here = organisation ? Perspective::organisation : Perspective::peer_network;
  const auto missing = organisation ? Perspective::peer_network : Perspective::organisation;
  return fmt::format(
      "Only the {}'s view is here: the {}'s is missing. The guide asks the organisation and the co-production peer "
      "network each to complete the tool separately, then to compare their views.",
      model::perspective_title(here), model::perspective_title(missing));
}

std::string score_scale_sentence(const model::Scale& scale) {
  return fmt::format(
      "Scores run from {} (nothing has started yet) to {} (fully in place), so higher means further along.", scale.min,
      scale.max);
}

std::string score_scale_words(const Report& report) {
  const auto& framework = *report.inputs.front()->framework;
  // Every section its one row (model::every_section_is_its_row()): nothing is averaged.
  const std::string how = model::every_section_is_its_row(framework)
                              ? util::capitalised(std::string(k_shown_scores_words))
                              : std::string(k_section_average_words);
  return fmt::format("{} {}", score_scale_sentence(framework.scale), how);
}

std::optional<std::string> carried_forward_note(const Report& report) {
  std::vector<std::string> parts;
  std::vector<std::string> begun;    // "last completed before 2027-Q1 began"
  std::vector<std::string> earlier;  // "the same answers as in 2026-Q4"
  for (std::size_t i = 0; i < report.inputs.size(); ++i) {
    const auto& input = *report.inputs[i];
    const auto previous = previous_of(report, i);
    std::vector<std::string> sections;
    for (std::size_t s = 0; s < input.sections.size(); ++s) {
      const auto carried = analysis::carried_forward(input, previous.get(), s);
      if (carried == analysis::Carried::no) continue;
      sections.push_back(short_section_label(*input.sections[s].section));
      if (carried == analysis::Carried::completed_before) util::add_once(begun, input.assessment->period.to_string());
      else util::add_once(earlier, previous->assessment->period.to_string());
    }
    if (sections.empty()) continue;
    const bool every = sections.size() == input.sections.size();
    parts.push_back(fmt::format("{}: {}", util::capitalised(report_input_short(report, i)),
                                every ? "every section" : util::join(sections, "; ")));
  }
  if (parts.empty()) return std::nullopt;
  std::vector<std::string> why;
  if (!begun.empty()) why.push_back(fmt::format("last completed before {} began", util::join(begun, " or ")));
  if (!earlier.empty())
    why.push_back(fmt::format("with no completion date and the same answers as in {}", util::join(earlier, " or ")));
  return fmt::format(
      "Sections {}, so carried forward rather than scored again (a change of 0.0 there is not a fresh finding): {}.",
      util::join(why, ", or "), util::join(parts, ". "));
}

std::string report_area_and_period(const Report& report) { return areas_and_periods(report.inputs); }

std::string report_sources(const Report& report) {
  std::vector<std::string> sources;
  for (const auto& input : report.inputs) sources.push_back(input->assessment->source);
  if (report.plan) sources.push_back(report.plan->source);
  std::string text = util::join(sources, ", ");
  if (report.previous.empty()) return text;
  std::vector<std::string> earlier;
  std::vector<std::string> periods;
  for (const auto& input : report.previous) {
    earlier.push_back(input->assessment->source);
    const std::string period = input->assessment->period.to_string();
    util::add_once(periods, period);
  }
  return fmt::format("{}; for the earlier {} ({}), {}", text, periods.size() == 1 ? "period" : "periods",
                     util::join(periods, ", "), util::join(earlier, ", "));
}

std::string text_heading(const model::FrameworkRow& row) {
  if (row.indicator) return first_words(row.indicator->flattened(), k_heading_words);
  if (row.warning) return first_words(row.warning->flattened(), k_heading_words);
  return row.id;
}

std::string row_heading(const model::Framework& framework, const model::FrameworkRow& row) {
  const std::string heading = text_heading(row);
  const auto others = rows_headed(framework, heading, row);
  if (others.empty()) return heading;
  if (row.indicator && row.warning) {
    const std::string warning = warning_start(row);
    const bool told_apart = std::none_of(others.begin(), others.end(), [&](const model::FrameworkRow* other) {
      return other->warning && warning_start(*other) == warning;
    });
    if (told_apart) return fmt::format("{} (warning sign: {})", heading, warning);
  }
  return fmt::format("{} ({})", heading, row.id);
}

std::string signed_row_heading(const model::Framework& framework, const model::FrameworkRow& row) {
  return (row.indicator ? "Early indicator: " : row.warning ? "Warning sign: " : "") + row_heading(framework, row);
}

std::string section_and_row_heading(const model::Framework& framework, const model::FrameworkSection& section,
                                    const model::FrameworkRow& row) {
  if (model::row_is_the_section(section, row)) return section.label();
  return util::join_title(section.label(), ": ", signed_row_heading(framework, row));
}

std::optional<std::string> summary_scale_note(const model::Framework& framework, const model::FrameworkRow& row) {
  if (row.indicator || !row.warning) return std::nullopt;
  return one_sign_note(framework, row);
}

namespace {

// How much prompt p's scores differ, in tenths, as page 1 shows it.
long prompt_tenths(const analysis::Comparison& comparison, std::size_t p) {
  return std::lround(*comparison.rows[comparison.row_prompts[p]].spread() * 10);
}

}  // namespace

std::size_t summary_prompt_count(const analysis::Comparison& comparison) {
  const auto& prompts = comparison.row_prompts;
  if (prompts.size() <= k_summary_prompts) return prompts.size();
  const long last_shown = prompt_tenths(comparison, k_summary_prompts - 1);
  std::size_t count = k_summary_prompts;
  while (count < prompts.size() && prompt_tenths(comparison, count) == last_shown) ++count;
  if (count <= k_summary_prompts_at_most) return count;
  return prompts_outside_tie(comparison, k_summary_prompts);
}

std::size_t prompts_outside_tie(const analysis::Comparison& comparison, std::size_t shown) {
  if (shown >= comparison.row_prompts.size()) return comparison.row_prompts.size();
  const long first_left_out = prompt_tenths(comparison, shown);
  while (shown > 0 && prompt_tenths(comparison, shown - 1) == first_left_out) --shown;
  return shown;
}

std::string more_prompts_text(const analysis::Comparison& comparison, std::size_t shown) {
  const std::size_t more = comparison.row_prompts.size() - shown;
  const RowWords words = comparison.framework ? row_words(*comparison.framework) : RowWords{};
  if (shown == 0) {
    // None listed: the rows that differ most, all of them or none (a tie is not split), were more than the room
    // holds. Said so, without a word that would make them read as smaller differences than any other.
    std::size_t tied = 1;
    while (tied < more && prompt_tenths(comparison, tied) == prompt_tenths(comparison, 0)) ++tied;
    const double by = static_cast<double>(prompt_tenths(comparison, 0)) / 10.0;
    if (more == 1)
      return fmt::format("1 {} differs by {:.1f} or more, by {:.1f}; this summary has no room for it", words.one,
                         comparison.threshold, by);
    if (tied == 1)
      return fmt::format(
          "{} differ by {:.1f} or more, the most by {:.1f}; this summary has no room to list any of them, "
          "so all are listed together",
          words.counted(more), comparison.threshold, by);
    if (tied == more)
      return fmt::format(
          "{} differ by {:.1f} or more, by {:.1f} each, more than this summary has room for, so "
          "all are listed together",
          words.counted(more), comparison.threshold, by);
    return fmt::format(
        "{} differ by {:.1f} or more; the {} that differ most, by {:.1f} each, are more than this "
        "summary has room for, so all are listed together",
        words.counted(more), comparison.threshold, tied, by);
  }
  // Cut outside a tie (prompts_outside_tie()): every row left out differs by less than the last one listed.
  return fmt::format("And {} more {} {} by {:.1f} or more, {} by less than the {} above", more,
                     more == 1 ? words.one : words.many, more == 1 ? "differs" : "differ", comparison.threshold,
                     more == 1 ? "though" : "each", shown == 1 ? words.one : words.many);
}

std::string short_section_label(const model::FrameworkSection& section) {
  std::string label = first_words(section.label(), k_short_label_words);
  while (!label.empty() && (label.back() == '.' || label.back() == ';' || label.back() == ':')) label.pop_back();
  return label;
}

std::string summary_row_label(const analysis::RowComparison& row) {
  if (model::section_is_its_row(*row.section)) {
    // Its whole title, once: no "row 7.1" of a section's one row, and no title cut short then said again in full.
    std::string whole = row.section->label();
    while (!whole.empty() && (whole.back() == '.' || whole.back() == ';' || whole.back() == ':')) whole.pop_back();
    return whole;
  }
  return fmt::format("{}, row {}", short_section_label(*row.section), row.section->row_number(row.row->id));
}

bool summary_label_is_the_row(const analysis::RowComparison& row) { return model::section_is_its_row(*row.section); }

std::shared_ptr<const analysis::AssessmentResult> previous_of(const Report& report, std::size_t input) {
  return analysis::latest_earlier_view(report.previous, *report.inputs[input]->assessment);
}

std::optional<std::string> section_change(const Report& report, std::size_t input, std::size_t section) {
  const auto earlier = previous_of(report, input);
  if (!earlier) return std::nullopt;
  const auto change = analysis::section_change_tenths(*report.inputs[input], *earlier, section);
  if (!change) return std::nullopt;
  return change_text(*change);
}

bool change_of_different_rows(const Report& report, std::size_t input, std::size_t section) {
  const auto earlier = previous_of(report, input);
  return earlier && analysis::averages_of_different_rows(*report.inputs[input], *earlier, section);
}

std::string plan_heading(const model::Plan& plan) {
  return fmt::format("Action plan made after the {} review", plan.period.to_string());
}

std::string plan_reflections_heading(const model::Plan& plan) {
  return fmt::format("Reflections recorded with the action plan (after the {} review)", plan.period.to_string());
}

std::string report_date_text(std::string_view date) { return fmt::format("Report date: {}", date); }

std::string plan_statuses_text(const Report& report) {
  if (!report.plan_review)
    return "Statuses as written in the plan, except that an action with no 'what' yet is a draft. The pack has no "
           "date, so an action past its due date is not marked overdue: compare the Due column with today's date.";
  return fmt::format("Statuses on {}: an action past its due date that is not done or dropped is overdue.",
                     report.plan_review->today.to_string());
}

std::string action_target_text(const Report& report, const model::Action& action) {
  if (!action.target) return "";
  const std::string progress = plan_target_progress(report.inputs, action);
  const std::string target = plan_target_text(*action.target);
  return progress.empty() ? target : fmt::format("{} \u2014 {}", target, progress);
}

bool has_reflections(const model::Reflections& reflections) {
  const auto written = [](const std::optional<std::string>& text) { return text && !text->empty(); };
  return written(reflections.surprising) || written(reflections.challenging) || written(reflections.learnt) ||
         written(reflections.priorities);
}

bool any_reflections(const Report& report) {
  return std::any_of(report.inputs.begin(), report.inputs.end(),
                     [](const auto& input) { return has_reflections(input->assessment->reflections); });
}

std::string action_status_words(const Report& report, std::size_t action) {
  const model::Action& planned = report.plan->actions[action];
  if (report.plan_review && action < report.plan_review->actions.size()) {
    return with_carried_over(plan_review_status(report.plan_review->actions[action]), planned);
  }
  return with_carried_over(plan_action_status(planned), planned);
}

namespace {

// An action with no 'what' yet, named by its sections: "2. Contact and connect: action to be agreed".
std::string action_to_be_agreed(const Report& report, const model::Action& action) {
  const std::string sections = action_section_labels(action, *report.inputs.front()->framework);
  return sections.empty() ? "Action to be agreed" : sections + ": action to be agreed";
}

}  // namespace

std::vector<SummaryAction> unfinished_actions(const Report& report) {
  std::vector<SummaryAction> unfinished;
  for (std::size_t i = 0; i < report.plan->actions.size(); ++i) {
    const auto& action = report.plan->actions[i];
    if (action.is_finished()) continue;
    const std::string what =
        action.what.empty() ? action_to_be_agreed(report, action) : first_words(action.what, k_summary_action_words);
    const bool cut = util::wrap_words(action.what, 1).size() > k_summary_action_words;
    unfinished.push_back({i, what, cut, action.owner.value_or(""), action.due ? action.due->to_string() : "",
                          action_status_words(report, i), report.plan_review.has_value()});
  }
  return unfinished;
}

std::string summary_owner_words(const Report& report, const SummaryAction& action) {
  if (report.plan->actions[action.index].what.empty()) return "";
  return action.owner.empty() ? " (no owner named yet)" : fmt::format(" (owner: {})", action.owner);
}

namespace {

// The one word an action is counted under in the summary: "overdue" for an
// overdue action whatever the plan says, as plan --review counts it.
std::string counted_status_words(const Report& report, std::size_t action) {
  if (report.plan_review && action < report.plan_review->actions.size()) {
    return plan_status_words(analysis::action_state_id(report.plan_review->actions[action].state));
  }
  return plan_action_status(report.plan->actions[action]);
}

// The counts with, after "1 done", how many of the done actions have not reached the score they hoped for
// (as the plan's own section says), so "done" does not read as the aim met: "1 done (its score hoped for not
// reached yet)", "3 done (2 of them with the score hoped for not reached yet)".
std::string with_done_short_of_target(const Report& report, const std::vector<std::string>& statuses,
                                      const std::string& counts) {
  if (report.without_scores) return counts;  // no score, so nothing of the scores hoped for either
  std::size_t done = 0;
  std::size_t short_of_target = 0;
  for (std::size_t i = 0; i < statuses.size(); ++i) {
    if (statuses[i] != "done") continue;
    ++done;
    const std::string state = plan_target_state(report.inputs, report.plan->actions[i]);
    if (!state.empty() && state != "reached") ++short_of_target;
  }
  if (short_of_target == 0) return counts;
  const std::string done_words = fmt::format("{} done", done);
  const auto at = counts.find(done_words);
  if (at == std::string::npos) return counts;
  const std::string note = done == 1 ? " (its score hoped for not reached yet)"
                           : short_of_target == done
                               ? " (their scores hoped for not reached yet)"
                               : fmt::format(" ({} of them with the score hoped for not reached yet)", short_of_target);
  return counts.substr(0, at + done_words.size()) + note + counts.substr(at + done_words.size());
}

}  // namespace

std::string plan_status_summary(const Report& report) {
  if (report.plan->actions.empty()) return "No actions yet";
  std::vector<std::string> statuses;
  for (std::size_t i = 0; i < report.plan->actions.size(); ++i) statuses.push_back(counted_status_words(report, i));
  const std::string counts = plan_action_counts(statuses);
  const auto& actions = report.plan->actions;
  const bool may_be_overdue = std::any_of(
      actions.begin(), actions.end(), [](const model::Action& action) { return !action.is_finished() && action.due; });
  const std::string when = report.plan_review ? " on " + report.plan_review->today.to_string()
                           : may_be_overdue   ? " (the pack has no date, so none is marked overdue)"
                                              : "";
  return fmt::format("{}{}{}{}", util::counted(statuses.size(), "action", "actions"), when, counts.empty() ? "" : ": ",
                     with_done_short_of_target(report, statuses, counts));
}

std::string section_status_text(const Report& report, const analysis::AssessmentResult& input, std::size_t index) {
  const analysis::SectionResult& section = input.sections[index];
  const int held_back_rows = analysis::held_back_rows(section);
  const std::string held_back = no_score_held_back_words(section.coverage(), held_back_rows);
  // A section that is its one row (model::every_section_is_its_row()) has no rows to count: "score 3.0".
  const bool its_row = model::section_is_its_row(*section.section);
  const std::string counted = its_row ? "" : " from " + describe_rows_counted(section.coverage(), held_back_rows);
  const std::string score = section.score ? fmt::format("score {}{}", section.score->to_string(), counted)
                            : section.is_not_applicable()
                                ? (its_row ? "marked not applicable" : "not applicable: every row is marked so")
                            : held_back.empty() ? "not scored yet"
                                                : held_back;
  const auto& response = section.response;
  const std::string by = completed_by_words(*input.assessment, response.get()).value_or("completed by: not recorded") +
                         section_people_words(*input.assessment, response.get());
  const std::string when = response && response->last_completed
                               ? "last completed " + response->last_completed->to_string()
                               : "last completed: not recorded";
  return (report.without_scores ? "" : score + "; ") + by + "; " + when;
}

}  // namespace coprod::render
