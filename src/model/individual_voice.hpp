#pragma once
// The words that ask one person's response (perspective individual) for its
// answers in the person's own voice ("I ..."), where a group's are asked to
// keep people's concerns general ("Some people in the group felt ...").
// yaml/ writes them into the comments of an individual's file and render/ onto
// an individual's form, so the file and the page say the same; here because
// both may use model/ and neither the other.

#include <string_view>

namespace coprod::model {

// When to leave a row's score empty: "Leave it empty if you are not sure."
inline constexpr std::string_view k_individual_not_scored_when = "if you are not sure";

// What to write in the reflections, after "Based on filling in the tool, ".
inline constexpr std::string_view k_individual_reflections =
    "reflect on what you have learnt and the priorities you see for co-production going forward. Write as "
    "yourself (\"I ...\"), and keep notes about other people's concerns general, not about named people.";

}  // namespace coprod::model
