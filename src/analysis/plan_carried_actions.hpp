#pragma once
// The actions of last quarter's plan that carry into the next one
// ('coprod plan --write NEW --from EARLIER'): every action not done or
// dropped, as it was, marked with the period of the plan it was first agreed
// in; and ids for the new draft actions that none of the earlier plan's share.

#include <string>
#include <variant>
#include <vector>

#include "model/plan.hpp"

namespace coprod::analysis {

// The actions of `earlier` that are neither done nor dropped nor drafts with
// nothing written (never agreed), in its order,
// each with every field kept and `carried_from` set to `earlier`'s period
// (kept when the action was carried into `earlier` too). Or why `earlier`
// cannot be carried into `later`: another framework, another area (names
// that differ only in capitals or spaces are one area), or a
// period that is not earlier than `later`'s.
std::variant<std::vector<model::Action>, std::string> carried_actions(const model::Plan& earlier,
                                                                      const model::Plan& later);

// `drafts` (actions 'plan --write' drafted, ids "SECTION-1") renumbered so
// that no id is one of `taken` (the earlier plan's ids, finished ones too, so
// that an id always means one action): each takes one more than the highest
// number its section has among `taken` and the drafts before it.
void number_after(std::vector<model::Action>& drafts, const std::vector<std::string>& taken);

}  // namespace coprod::analysis
