#include "analysis/plan_new_action.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "util/add_once.hpp"
#include "util/small_letters.hpp"
#include "util/text.hpp"
#include "util/title_join.hpp"

namespace coprod::analysis {

namespace {

// "; did you mean 'contact'?" when `given` looks like a typo of one of `known`.
std::string likely(std::string_view given, const std::vector<std::string>& known) {
  const auto closest = util::closest_match(given, known);
  return closest ? fmt::format("; did you mean '{}'?", *closest) : std::string();
}

// The row reference ("contact.wrong-people") that `given` names, or "".
std::string row_reference(const model::Framework& framework, const model::FrameworkSection& section,
                          std::string_view given) {
  for (const auto& each : framework.sections) {
    for (const auto& row : each.rows) {
      const std::string reference = each.id + "." + row.id;
      if (given == reference || given == each.row_number(row.id) || (&each == &section && given == row.id))
        return reference;
    }
  }
  return {};
}

std::string unknown_row(const model::Framework& framework, const model::FrameworkSection& section,
                        std::string_view given) {
  std::vector<std::string> known;
  for (const auto& each : framework.sections) {
    for (const auto& row : each.rows) known.push_back(each.id + "." + row.id);
  }
  std::string hint = likely(given, known);
  if (hint.empty() && section.rows.empty()) {
    hint =
        fmt::format("; give a row's id, such as {} ('coprod frameworks {}' lists them)", known.front(), framework.id);
  } else if (hint.empty()) {
    hint = fmt::format(
        "; give a row's number as the form shows it, such as {}, or its id, such as {}.{} ('coprod "
        "frameworks {}' lists them)",
        section.row_number(section.rows.front().id), section.id, section.rows.front().id, framework.id);
  }
  return fmt::format("the framework has no row '{}'{}", given, hint);
}

// A row given for the new action that is in another section than the
// action's (a typo, most likely: 3.1 for 2.1).
std::string row_of_another_section(const model::Framework& framework, const model::FrameworkSection& section,
                                   std::string_view given, const std::string& reference) {
  const auto dot = reference.find('.');
  const auto* other = framework.find_section(reference.substr(0, dot));
  const std::string first = section.rows.empty() ? std::string() : section.row_number(section.rows.front().id);
  const std::string last = section.rows.empty() ? std::string() : section.row_number(section.rows.back().id);
  const std::string where =
      fmt::format("the row '{}' is in {}, not in {}", given, other ? other->label() : reference.substr(0, dot),
                  util::join_title(section.label(), ",", " the section of the new action"));
  // A section of one row (each of the shorter guides' sections): the action on it needs no row.
  if (section.has_one_row())
    return where + "; leave the row out: that section has only one row, which an action on it is about";
  return fmt::format("{}; give a row of {}{}", where, section.label(),
                     first.empty() ? std::string() : fmt::format(" ({} to {})", first, last));
}

}  // namespace

std::string next_action_id(const model::Plan& plan, const std::string& section_id) {
  unsigned long highest = 0;
  const std::string prefix = section_id + "-";
  for (const auto& action : plan.actions) {
    const std::string_view number = std::string_view(action.id).substr(std::min(action.id.size(), prefix.size()));
    if (!action.id.starts_with(prefix) || number.empty() || number.size() > 9 ||
        number.find_first_not_of("0123456789") != std::string_view::npos)
      continue;
    highest = std::max(highest, std::stoul(std::string(number)));
  }
  return fmt::format("{}{}", prefix, highest + 1);
}

std::variant<const model::FrameworkSection*, std::string> named_section(const model::Framework& framework,
                                                                        std::string_view given) {
  const std::string wanted = util::in_small_letters(util::trim(given));
  std::vector<std::string> names;
  for (const auto& section : framework.sections) {
    if (wanted == section.id || wanted == util::in_small_letters(section.title) ||
        wanted == util::in_small_letters(section.label()) ||
        (!section.key.empty() && wanted == util::in_small_letters(section.key)) ||
        (section.number && wanted == std::to_string(*section.number)))
      return &section;
    names.push_back(section.id);
  }
  for (const auto& section : framework.sections) names.push_back(util::in_small_letters(section.title));
  std::string hint = likely(wanted, names);
  if (hint.empty()) {
    std::vector<std::string> ids;
    for (const auto& section : framework.sections) ids.push_back(section.id);
    hint = fmt::format("; give its number or letter as the pack shows it, its title or its id ({})",
                       util::join_in_words(ids, "or"));
  }
  return fmt::format("the framework has no section '{}'{}", util::trim(given), hint);
}

std::variant<model::Action, std::string> new_plan_action(const model::Plan& plan, const model::Framework& framework,
                                                         std::string_view section,
                                                         const std::vector<std::string>& rows) {
  const auto named = named_section(framework, section);
  if (const auto* problem = std::get_if<std::string>(&named)) return *problem;
  const model::FrameworkSection& found = *std::get<const model::FrameworkSection*>(named);
  model::Action action;
  action.id = next_action_id(plan, found.id);
  action.sections = {found.id};
  for (const auto& given : rows) {
    const std::string_view trimmed = util::trim(given);
    const std::string reference = row_reference(framework, found, trimmed);
    if (reference.empty()) return unknown_row(framework, found, trimmed);
    if (!reference.starts_with(found.id + ".")) return row_of_another_section(framework, found, trimmed, reference);
    util::add_once(action.rows, reference);
  }
  return action;
}

}  // namespace coprod::analysis
