#pragma once
// The assessment and plan loaders, from a file already parsed (see
// document.hpp), so that a command that also needs the tree (check, report,
// the editors) parses each file once.

#include <string>

#include "yaml/assessment_loader.hpp"
#include "yaml/document.hpp"
#include "yaml/plan_loader.hpp"

namespace coprod::yaml {

util::Result<LoadedAssessment> load_assessment(const Node& root, const std::string& source,
                                               const model::FrameworkCatalog& catalog);

util::Result<LoadedPlan> load_plan(const Node& root, const std::string& source, const model::FrameworkCatalog& catalog);

}  // namespace coprod::yaml
