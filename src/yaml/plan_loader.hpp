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

// What 'asks_of_the_board' should be, said when it is something else.
inline constexpr std::string_view k_asks_of_the_board_shape =
    "'asks_of_the_board' should be a list of what the board is asked to do, each on a line of its own starting "
    "with '- ', such as '- Agree to fund travel for peer network members'";

struct LoadedPlan {
  model::Plan plan;
  std::shared_ptr<const model::Framework> framework;  // from the catalog; null when unknown
};

util::Result<LoadedPlan> load_plan(std::string_view text, const std::string& source,
                                   const model::FrameworkCatalog& catalog);
util::Result<LoadedPlan> load_plan(const Node& root, const std::string& source, const model::FrameworkCatalog& catalog);

}  // namespace coprod::yaml
