#pragma once
// coprod plan --from EARLIER.yaml: the earlier plan's unfinished actions,
// listed on the planning sheet and, with --write NEW.yaml, put first in the
// new plan, so that the board sees whether what it agreed last time happened.

#include <cstddef>
#include <string>
#include <vector>

#include "analysis/plan_carried_version.hpp"
#include "cli/console.hpp"
#include "model/framework_catalog.hpp"
#include "model/plan.hpp"
#include "yaml/plan_loader.hpp"

namespace coprod::cli {

// The plan at `path` and its actions that are neither done nor dropped (see
// analysis::carried_actions()), each marked with the period it was first
// agreed in, and each section and row renamed since the version of the
// framework it was made with by its new name (analysis::follow_renames()).
struct EarlierPlan {
  yaml::LoadedPlan loaded;
  std::vector<model::Action> unfinished;
  std::vector<analysis::ChangedReference> changed;  // the sections and rows renamed or retired since
};

// Reads the plan at `earlier_path` and checks that its actions can carry into
// `later` (a plan for `framework`; written to a file when `writing`). Warns
// when it was made with another version of the framework (see
// analysis::check_carried_version()), and notes each action that moved to a
// section or row's new name.
// Error: invalid input when the earlier plan cannot be read or loaded, usage
// when it is not one to carry (another framework, area, a later period, or,
// when `writing`, another version of the framework without a section or row
// its actions name).
EarlierPlan read_earlier_plan(const std::string& earlier_path, const model::FrameworkCatalog& catalog,
                              const model::Plan& later, const model::Framework& framework, bool writing,
                              Console& console);

// Puts `earlier`'s unfinished actions before the drafts of `plan`, with a
// line for each in `why` ("2. Contact and connect: not finished in the
// 2026-Q3 plan (in progress, due 2026-12-15)."), and renumbers the drafts so
// that no id is one of the earlier plan's. `framework` is the new plan's.
// Returns how many were carried.
std::size_t carry_unfinished_actions(const EarlierPlan& earlier, model::Plan& plan, const model::Framework& framework,
                                     std::vector<std::string>& why);

}  // namespace coprod::cli
