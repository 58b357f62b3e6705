#include "analysis/plan_fields.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "model/typed_date.hpp"
#include "util/text.hpp"

namespace coprod::analysis {

namespace {

using model::k_action_keys;
using model::k_reflection_keys;

const std::vector<std::string> k_action_fields = {"what", "owner", "due", "status", "target", "notes"};

std::vector<std::string> keys_before(const std::vector<std::string>& keys, const std::string& key) {
  return {keys.begin(), std::find(keys.begin(), keys.end(), key)};
}

// A word to save, or why the value given is not one.
struct CheckedWord {
  std::string word;
  std::string problem;  // "" when the word is good
};

CheckedWord checked_date(std::string_view value) {
  if (value.empty()) return {};
  if (auto date = model::Date::parse(value)) return {date->to_string(), ""};
  if (auto date = model::parse_typed_date(value)) return {date->to_string(), ""};
  std::string wrong = model::Date::what_is_wrong(value);
  if (wrong.empty()) wrong = model::what_is_wrong_typed_date(value);
  if (!wrong.empty()) return {"", fmt::format("'{}' is not a date: {}", value, wrong)};
  return {"", fmt::format("'{}' is not a date; write the date as YYYY-MM-DD, such as 2026-09-30", value)};
}

// The word to save for `field` of an action (due, status or target), or why `value` is not one.
CheckedWord checked_word(const std::string& field, std::string_view value, const model::Framework& framework) {
  if (field == "due") return checked_date(value);
  if (value.empty()) return {};
  if (field == "status") {
    if (auto status = model::action_status_from_words(value))
      return {std::string(model::action_status_id(*status)), ""};
    return {"", fmt::format("the status '{}' is not known; write {}", value, model::k_action_status_ids)};
  }
  auto parsed = model::parse_score(value, framework.scale);
  if (const auto* score = std::get_if<model::Score>(&parsed); score && score->is_scored())
    return {score->to_string(), ""};
  if (std::holds_alternative<model::Score>(parsed))
    return {"", "the target cannot be n/a; give the section score the area hopes to reach"};
  return {"", fmt::format("the target should be the section score the area hopes to reach, from {} to {}: use a "
                          "whole or half point, such as 3.5",
                          framework.scale.min, framework.scale.max)};
}

// Whether `typed` is close enough to `known` to be a slip of the keys ("ownr",
// "stauts", "learned"), not another word ("who" is not "what").
bool is_clearly_a_typo(std::string_view typed, std::string_view known) {
  const std::size_t distance = util::edit_distance(typed, known);
  return distance <= 1 || distance * 3 <= typed.size();
}

// For a known action or 'reflections' with a field it does not have: the
// field it was surely meant to be, else every field it has.
std::string unknown_field(const std::string& owner, const std::string& field, const std::vector<std::string>& fields) {
  const auto closest = util::closest_match(field, fields);
  if (closest && is_clearly_a_typo(field, *closest))
    return fmt::format("the plan has no such value; did you mean '{}.{}'?", owner, *closest);
  const std::string names = util::join(std::vector<std::string>(fields.begin(), fields.end() - 1), ", ");
  const std::string has = field.empty()            ? "the plan has no such value"
                          : owner == "reflections" ? fmt::format("the reflections have no '{}'", field)
                                                   : fmt::format("an action has no '{}'", field);
  return fmt::format("{}; write {}.FIELD with FIELD one of {} or {}", has, owner, names, fields.back());
}

std::string unknown_reference(const model::Plan& plan, std::string_view reference) {
  const auto known = plan_field_references(plan);
  auto likely = util::likely_references(reference, known);
  std::string hint;
  if (likely.size() == 1) {
    hint = fmt::format("did you mean '{}'?", likely.front());
  } else {
    std::vector<std::string> ids;
    for (const auto& action : plan.actions) ids.push_back("'" + action.id + "'");
    hint = fmt::format(
        "write ACTION.FIELD, such as {}.owner, with ACTION one of the plan's actions ({}) and FIELD one "
        "of what, owner, due, status, target or notes; or reflections.surprising, challenging, learnt "
        "or priorities",
        plan.actions.empty() ? "commitment-1" : plan.actions.front().id,
        ids.empty() ? "it has none" : util::join(ids, ", "));
  }
  return "the plan has no such value; " + hint;
}

}  // namespace

std::vector<std::string> plan_field_references(const model::Plan& plan) {
  std::vector<std::string> references;
  for (const auto& key : k_reflection_keys) references.push_back("reflections." + key);
  for (const auto& action : plan.actions) {
    for (const auto& field : k_action_fields) references.push_back(action.id + "." + field);
  }
  return references;
}

std::variant<PlanFieldChange, std::string> plan_field_change(const model::Plan& plan, const model::Framework& framework,
                                                             std::string_view reference, std::string_view value) {
  const auto dot = reference.rfind('.');
  const std::string owner(reference.substr(0, dot == std::string_view::npos ? 0 : dot));
  const std::string field(dot == std::string_view::npos ? "" : reference.substr(dot + 1));
  if (owner == "reflections" &&
      std::find(k_reflection_keys.begin(), k_reflection_keys.end(), field) != k_reflection_keys.end()) {
    return PlanFieldChange{{"reflections", field}, std::string(value), true, keys_before(k_reflection_keys, field)};
  }
  const auto action =
      std::find_if(plan.actions.begin(), plan.actions.end(), [&](const auto& a) { return a.id == owner; });
  if (action != plan.actions.end() && (field == "id" || field == "sections" || field == "rows"))
    return fmt::format("an action's '{}' is set when the plan is written; to change it, edit the file in a text editor",
                       field);
  if (owner == "reflections") return unknown_field(owner, field, k_reflection_keys);
  if (action != plan.actions.end() &&
      std::find(k_action_fields.begin(), k_action_fields.end(), field) == k_action_fields.end())
    return unknown_field(owner, field, k_action_fields);
  if (action == plan.actions.end()) return unknown_reference(plan, reference);
  const std::vector<std::string> path = {"actions", std::to_string(action - plan.actions.begin()), field};
  if (field == "what" || field == "owner" || field == "notes")
    return PlanFieldChange{path, std::string(value), true, keys_before(k_action_keys, field)};
  auto checked = checked_word(field, util::trim(value), framework);
  if (!checked.problem.empty()) return checked.problem;
  return PlanFieldChange{path, checked.word, false, keys_before(k_action_keys, field)};
}

}  // namespace coprod::analysis
