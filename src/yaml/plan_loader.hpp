#pragma once
// Reads an action plan file (coprod-plan/1) and checks its references
// against the framework.

#include <memory>
#include <string>
#include <string_view>

#include "model/framework_catalog.hpp"
#include "model/plan.hpp"
#include "util/result.hpp"
#include "yaml/document.hpp"

namespace coprod::yaml {

inline constexpr std::string_view k_plan_format = "coprod-plan/1";

struct LoadedPlan {
  model::Plan plan;
  std::shared_ptr<const model::Framework> framework;  // from the catalog; null when unknown
};

util::Result<LoadedPlan> load_plan(std::string_view text, const std::string& source,
                                   const model::FrameworkCatalog& catalog);
util::Result<LoadedPlan> load_plan(const Node& root, const std::string& source, const model::FrameworkCatalog& catalog);

}  // namespace coprod::yaml
