#pragma once
// An action's owner written as a person's name ("Mary Jones", "Dr Patel")
// where a plan asks for a role ("Programme lead"): the plan goes to the board
// and is kept in git, so `check` and `plan --edit` flag it (the rule
// "owner-name"), and a reviewed marker accepts it as for personal data.

#include <cstddef>
#include <optional>
#include <string_view>

#include "model/text_field.hpp"

namespace coprod::analysis {

inline constexpr std::string_view k_owner_name_rule = "owner-name";

// Where a name is, in bytes from the start of the text.
struct NameInText {
  std::size_t offset = 0;
  std::size_t length = 0;
};

// The first person's name in an owner, or nothing. A heuristic: the name
// "looks like" a person's. Found are a title and a name ("Dr Patel", "Mrs. Jo
// Khan"); a first name and what follows it, also beside a role ("Mary Jones
// Programme Lead", "May Jones, lead"); two or more capitalised words that
// are all the owner's words in a row ("Oluwaseun Okafor"); two straight
// before a comma and a role ("Zaynab West, Programme Lead"); and two that name
// no role, organisation or place, ending the owner's words in a row after the
// word that ends a job's title ("Peer Lead Chiamaka Eze"). Not taken for a
// name: roles, groups and organisations ("Programme Lead", "Integrated Care
// Board", "Leeds Teaching Hospitals"), places ("North Yorkshire", "Tower
// Hamlets", "Victoria Park", "Commissioning team, West Midlands"), buildings,
// streets and wards named after people ("Victoria Park Health Centre", "Grace
// Darling Ward", "Jack Straw Lane", "St Mark Church"), and one word alone
// ("Mary").
std::optional<NameInText> find_person_name_in_owner(std::string_view owner);

// Whether `field` is an action's owner in a plan ("actions.0.owner").
bool is_action_owner(const model::TextField& field);

}  // namespace coprod::analysis
