// The follow-up of an action plan: text, Markdown (a checklist that pastes
// into an issue tracker) and JSON.

#include <algorithm>
#include <utility>

#include <fmt/format.h>

#include "model/perspective.hpp"
#include "render/plan.hpp"
#include "util/escape.hpp"
#include "util/json_writer.hpp"
#include "util/text.hpp"
#include "util/title_join.hpp"

namespace coprod::render {

namespace {

// "co-production peer network" for people, where JSON keeps the id "peer-network".
std::string perspective_words(const std::string& id) {
  const auto perspective = model::parse_perspective(id);
  return perspective ? std::string(model::perspective_title(*perspective)) : id;
}

// A side with no score says why in words, never a bare "-": "no assessment"
// (none from that perspective among the files), "not scored yet" or "n/a".
std::string side_text(const std::optional<double>& score, analysis::NoScore missing) {
  if (score) return fmt::format("{:.1f}", *score);
  switch (missing) {
    case analysis::NoScore::no_assessment: return "no assessment";
    case analysis::NoScore::not_scored: return "not scored yet";
    case analysis::NoScore::not_applicable: return "n/a";
  }
  return "";
}

// "organisation 3.5 -> 3.7", "organisation 3.5 -> no assessment"; `who` is
// the perspective as it is to be shown.
std::string movement_text(const std::string& who, const analysis::ScoreMovement& movement, std::string_view arrow) {
  return fmt::format("{} {} {} {}", who, side_text(movement.before, movement.no_before), arrow,
                     side_text(movement.now, movement.no_now));
}

std::string summary(const analysis::PlanReview& review) {
  std::vector<std::string> states;
  for (const auto& item : review.actions) states.push_back(plan_status_words(analysis::action_state_id(item.state)));
  return states.empty() ? "no actions yet" : plan_action_counts(states);
}

// Why a perspective's latest score cannot be checked against a target:
// "no co-production peer network assessment given".
std::string unchecked_words(const analysis::ScoreMovement& movement, const std::string& where) {
  const std::string who = perspective_words(movement.perspective);
  switch (movement.no_now) {
    case analysis::NoScore::no_assessment: return fmt::format("no {} assessment given{}", who, where);
    case analysis::NoScore::not_scored: return fmt::format("not scored yet by the {}{}", who, where);
    case analysis::NoScore::not_applicable: return fmt::format("n/a for the {}{}", who, where);
  }
  return "";
}

// The latest scores of an action's sections against its target: those at or
// above it, those below it by section ("the organisation", "2.7"), and the
// perspectives with none to check ("no co-production peer network assessment
// given").
struct TargetCheck {
  std::vector<std::string> reached;
  std::vector<TargetShortfall> below;
  std::vector<std::string> unchecked;
};

bool none_below(const TargetCheck& check) {
  return std::all_of(check.below.begin(), check.below.end(), [](const auto& s) { return s.below.empty(); });
}

TargetCheck check_target(const analysis::ActionReview& item) {
  TargetCheck check;
  const bool several = item.sections.size() > 1;
  for (const auto& section : item.sections) {
    const std::string where = several && section.section ? " in " + section.section->label() : "";
    auto& shortfall = check.below.emplace_back();
    if (several && section.section) shortfall.section = plan_section_name(*section.section);
    for (const auto& movement : section.movements) {
      if (!movement.now) {
        check.unchecked.push_back(unchecked_words(movement, where));
        continue;
      }
      const std::string who = perspective_words(movement.perspective);
      const std::string score = side_text(movement.now, movement.no_now);
      if (analysis::reaches_target(*movement.now, *item.action.target)) {
        check.reached.push_back(fmt::format("the {} ({}){}", who, score, where));
      } else {
        shortfall.below.emplace_back(several ? who : "the " + who, score);
      }
    }
  }
  return check;
}

// "section score hoped for 3.0, reached", "..., not reached yet by the
// co-production peer network (2.5)" naming the scores below it, "..., reached
// by the organisation (3.7); no co-production peer network assessment given"
// when a perspective has no latest score to check, or "section score hoped
// for 3.0" when none has: a section score, to one decimal as the section
// scores beside it.
std::string target_words(const analysis::ActionReview& item) {
  const std::string target = "section score hoped for " + plan_target_text(*item.action.target);
  if (!item.target_checked) return target;
  if (item.target_reached) return target + ", reached";
  const TargetCheck check = check_target(item);
  const std::string unchecked = check.unchecked.empty() ? "" : "; " + util::join(check.unchecked, "; ");
  if (none_below(check)) return target + ", reached by " + util::join(check.reached, " and ") + unchecked;
  return target + ", " + plan_target_reached_words(false, check.below) + unchecked;
}

std::string action_line(const analysis::ActionReview& item) {
  const auto& action = item.action;
  std::string line = action.what.empty() ? "(no 'what' yet: agree the action)" : action.what;
  std::vector<std::string> facts;
  if (action.owner) facts.push_back(*action.owner);
  if (action.due) facts.push_back("due " + action.due->to_string());
  if (action.target) facts.push_back(target_words(item));
  if (!facts.empty()) line += " (" + util::join(facts, "; ") + ")";
  return line;
}

// Which periods the scores below run between: "2026-Q3 (when the plan was
// made) -> 2027-Q1", with `arrow`.
std::string periods_compared(const analysis::PlanReview& review, std::string_view arrow) {
  const auto words = [](const std::vector<model::Period>& periods) {
    std::vector<std::string> names;
    for (const auto& period : periods) names.push_back(period.to_string());
    return util::join_in_words(names);
  };
  const std::string before = review.before_periods.empty() ? "no assessment from when the plan was made"
                                                           : words(review.before_periods) + " (when the plan was made)";
  const std::string now = review.now_periods.empty() ? "no latest assessment" : words(review.now_periods);
  return fmt::format("Scores: {} {} {}", before, arrow, now);
}

}  // namespace

std::string render_plan_review_text(const model::Plan& plan, const analysis::PlanReview& review, std::size_t width) {
  std::string out = util::wrap_hanging(util::terminal_text(fmt::format("Action plan review: {}, plan made after {}",
                                                                       plan.area, plan.period.to_string())),
                                       width, 0, 2);
  out += util::labelled_path("File", util::terminal_text(plan.source), width, 0, 2);
  out += util::wrap_hanging(fmt::format("As of {}: {}", review.today.to_string(), summary(review)), width, 0, 2);
  out += util::wrap_hanging(periods_compared(review, "->"), width, 0, 2);
  for (const auto& item : review.actions) {
    out += fmt::format("\n  [{}] {}\n", plan_review_status(item), item.action.id);
    out += util::wrap_hanging(util::terminal_text(action_line(item)), width, 6, 6);
    if (item.action.notes && !item.action.notes->empty()) {
      out += util::wrap_hanging(util::terminal_text("Notes: " + *item.action.notes), width, 6, 8);
    }
    for (const auto& section : item.sections) {
      if (!section.section) continue;
      std::vector<std::string> moves;
      for (const auto& movement : section.movements) {
        moves.push_back(movement_text(perspective_words(movement.perspective), movement, "->"));
      }
      const std::string text = util::join_title(util::terminal_text(section.section->label()), ": ",
                                                moves.empty() ? std::string("no scores") : util::join(moves, "; "));
      out += util::wrap_hanging(text, width, 8, 8);
    }
  }
  return out;
}

std::string render_plan_review_markdown(const model::Plan& plan, const analysis::PlanReview& review) {
  std::string out = fmt::format("# Action plan review: {}, plan made after {}\n\nAs of {}: {}.\n\n{}.\n\n",
                                util::markdown_inline_text(plan.area), plan.period.to_string(),
                                review.today.to_string(), summary(review), periods_compared(review, "→"));
  for (const auto& item : review.actions) {
    // A dropped action gets no checkbox: an open one would count as still to do, a ticked one as done.
    const std::string_view box = item.state == analysis::ActionState::done      ? "[x] "
                                 : item.state == analysis::ActionState::dropped ? ""
                                                                                : "[ ] ";
    out += fmt::format("- {}**{}** ({}): {}\n", box, item.action.id, plan_review_status(item),
                       util::markdown_inline_text(action_line(item)));
    if (item.action.notes && !item.action.notes->empty()) {
      out += fmt::format("  - Notes: {}\n", util::markdown_inline_text(*item.action.notes));
    }
    for (const auto& section : item.sections) {
      if (!section.section) continue;
      std::vector<std::string> moves;
      for (const auto& movement : section.movements) {
        moves.push_back(
            movement_text(util::markdown_inline_text(perspective_words(movement.perspective)), movement, "→"));
      }
      out +=
          fmt::format("  - {}\n", util::join_title(util::markdown_text(section.section->label()), ": ",
                                                   moves.empty() ? std::string("no scores") : util::join(moves, "; ")));
    }
  }
  return out;
}

std::string render_plan_review_json(const model::Plan& plan, const analysis::PlanReview& review) {
  util::JsonWriter json;
  json.begin_object();
  json.key("format").string("coprod-plan-review/1");
  json.key("plan").string(plan.source);
  json.key("as_of").string(review.today.to_string());
  // The periods "before" and "now" are scores of, earliest first.
  for (const auto& [key, periods] :
       {std::pair{"before_periods", &review.before_periods}, std::pair{"now_periods", &review.now_periods}}) {
    json.key(key).begin_array();
    for (const auto& period : *periods) json.string(period.to_string());
    json.end_array();
  }
  json.key("actions").begin_array();
  for (const auto& item : review.actions) {
    const auto& action = item.action;
    json.begin_object();
    json.key("id").string(action.id);
    json.key("state").string(analysis::action_state_id(item.state));
    json.key("status").string(model::action_status_id(action.status));  // as the plan file says
    json.key("what").string(action.what);
    json.key("owner").optional_string(action.owner);
    json.key("due").optional_string(action.due ? std::optional(action.due->to_string()) : std::nullopt);
    // A section score, to one decimal like "before" and "now" (the plan file's 3 is 3.0)
    json.key("target");
    if (action.target && action.target->is_scored()) json.decimal(action.target->value(), 1);
    else json.null();
    json.key("target_reached").boolean(item.target_reached);
    json.key("notes").optional_string(action.notes);
    json.key("sections").begin_array();
    for (const auto& section : item.sections) {
      json.begin_object();
      json.key("id").string(section.section ? section.section->id : "");
      json.key("movements").begin_array();
      for (const auto& movement : section.movements) {
        json.begin_object();
        json.key("perspective").string(movement.perspective);
        json.key("before");
        if (movement.before) json.decimal(*movement.before, 1);
        else json.null();
        json.key("now");
        if (movement.now) json.decimal(*movement.now, 1);
        else json.null();
        json.end_object();
      }
      json.end_array();
      json.end_object();
    }
    json.end_array();
    json.end_object();
  }
  json.end_array();
  json.end_object();
  return json.finish();
}

}  // namespace coprod::render
