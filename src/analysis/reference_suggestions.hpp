#pragma once
// What a command that names a row or field of an assessment (`score --set
// impact.trust=3`, `--set-evidence`, `--add-evidence`) suggests when the name
// is none the framework has: the names people most likely meant, as they type
// them (a row that exists, without its right section; a section by a word of
// its title, "review" for "Review impact").

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
// 2. the part after its first '.' (the row part) is the last part of names,
//    the section before it a wrong one ("review.trust", "commitment.trust":
//    "impact.trust"): those of them in the sections the section part names,
//    if any, else each of them. The section part names a section by its id in
//    any capitals or by a word of its title ("review": section 6 is "Review
//    impact", id impact), else by the ids closest in spelling to it ("impcat");
// 3. in each section the section part names, the names whose row part is
//    closest in spelling to the row part ("review.last_complete");
// 4. the names whose row part is closest in spelling to the row part, in any
//    section ("leadership.trsut": "impact.trust");
// 5. for a reference without a '.', the closest spelling of the whole.
// Spelling is measured on the part that is wrong, so that a long section part
// typed right does not let a row part far from every row match one.
ReferenceSuggestions suggest_references(std::string_view reference, const model::Framework& framework,
                                        const std::vector<std::string>& known);

}  // namespace coprod::analysis
