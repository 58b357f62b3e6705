#pragma once
// coprod plan --write NEW.yaml --from EARLIER.yaml: the new plan starts with
// the earlier plan's unfinished actions, so that the board sees whether what
// it agreed last time happened.

#include <cstddef>
#include <string>
#include <vector>

#include "model/framework_catalog.hpp"
#include "model/plan.hpp"

namespace coprod::cli {

// Puts the actions of the plan at `earlier_path` that are neither done nor
// dropped (see analysis::carried_actions()) before the drafts of `plan`, with
// a line for each in `why` ("2. Contact and connect: not finished in the
// 2026-Q3 plan (in progress, due 2026-12-15)."), and renumbers the drafts so
// that no id is one of the earlier plan's. Returns how many were carried.
// Error: invalid input when the earlier plan cannot be read or loaded, usage
// when it is not one to carry (another framework, area, or a later period).
std::size_t carry_unfinished_actions(const std::string& earlier_path, const model::FrameworkCatalog& catalog,
                                     model::Plan& plan, std::vector<std::string>& why);

}  // namespace coprod::cli
