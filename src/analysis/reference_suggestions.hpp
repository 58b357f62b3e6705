#pragma once
// What a command that names a row or field of an assessment (`score --set
// impact.trust=3`, `--set-evidence`, `--add-evidence`) suggests when the name
// is none the framework has: the names people most likely meant, as they type
// them (a section by a word of its title, "review" for "Review impact"; a row
// without its right section).

#include <string>
#include <string_view>
#include <vector>

#include "model/framework.hpp"

namespace coprod::analysis {

struct ReferenceSuggestions {
  // The likely names, in the order of `known`; several when they are equally
  // likely, so that none is suggested as the one; empty when none is likely.
  std::vector<std::string> references;
  // Whether the name was written without a section ("trust"), so that the
  // message can say to write it with one.
  bool section_left_out = false;
};

// The names of `known` (every name the command takes: "impact.trust",
// "impact.notes", ...) that `reference` most likely means, by the first of
// these rules that finds any:
// 1. the reference is the last part of names, its section left out
//    ("trust", "strategy.score"): each of them;
// 2. what comes before its first '.' is a word of a section's title, in any
//    capitals ("review.last_completed": section 6 is "Review impact", id
//    impact): that section's name for the rest, as typed, else the names of
//    that section closest in spelling;
// 3. the rest after the first '.' is the last part of names, the section
//    before it a wrong one ("review.trust": "impact.trust"): each of them;
// 4. the closest spelling of the whole, when it is close enough to be a typo:
//    every name at that distance.
ReferenceSuggestions suggest_references(std::string_view reference, const model::Framework& framework,
                                        const std::vector<std::string>& known);

}  // namespace coprod::analysis
