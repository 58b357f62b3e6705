#pragma once
// Combining several people's individual responses into one assessment of a
// perspective (peer network members, or several staff, who score separately
// before agreeing): per row the median, with the spread kept; evidence
// gathered without names.

#include <memory>
#include <string>
#include <vector>

#include "model/assessment.hpp"
#include "model/framework.hpp"
#include "util/diagnostic.hpp"

namespace coprod::analysis {

struct CombineOptions {
  model::Perspective perspective = model::Perspective::peer_network;
  int min_responses = 3;  // below this, a group is too small to be anonymous
};

struct Combined {
  model::Assessment assessment;
  // Rows that fewer than min_responses people scored, in the words the form
  // uses: "1. Commitment and leadership, row 4 (commitment.leaders): 1 person".
  std::vector<std::string> thinly_scored_rows;
  // Rows more people marked not applicable than scored, whose combined score
  // is then the few who scored them: "1. Commitment and leadership, row 1
  // (commitment.strategy): 1 scored it, 3 marked it not applicable".
  std::vector<std::string> mostly_not_applicable_rows;
};

// The median of half-point scores. With an even count the median can fall on
// a quarter point (2 and 2.5 give 2.25); it then goes down to the half point
// below, and on a whole-number scale down to the whole number below, so a
// combined score never overstates the group.
model::Score median_score(std::vector<int> halves, bool half_points);

// The rows of a combined assessment (its rows' `spread`) that fewer than
// `min_people` people scored, named as Combined::thinly_scored_rows names
// them: each such score is one or two people's own answer. Nothing for an
// assessment that is not combined.
std::vector<std::string> thinly_scored_rows(const model::Framework& framework, const model::Assessment& combined,
                                            int min_people);

// One error per response that is not one person's own response: a response
// must have the perspective 'individual' or the perspective combined into,
// and must not itself be combined (its people would then count once more).
util::Diagnostics check_individual_responses(const std::vector<const model::Assessment*>& responses,
                                             model::Perspective output);

// Whether a response holds anything a person gave: a score (or n/a), evidence,
// an indicator or warning sign marked, a section's details, or a reflection. A
// form saved before anything was filled in holds nothing: it is no one's answers.
bool has_answers(const model::Assessment& response);

// Responses must share the framework, area and period (callers check). The
// responses are only read: nothing returned points into them.
Combined combine(const std::shared_ptr<const model::Framework>& framework,
                 const std::vector<const model::Assessment*>& responses, const CombineOptions& options);

}  // namespace coprod::analysis
