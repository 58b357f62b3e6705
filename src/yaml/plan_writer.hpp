#pragma once
// Writes an action plan file for people to complete in any editor.

#include <string>
#include <vector>

#include "model/framework.hpp"
#include "model/plan.hpp"

namespace coprod::yaml {

struct PlanFileOptions {
  std::string schema_url;  // for editors' "# yaml-language-server" line; empty for none
};

// `why` gives, per action (same order), a comment line saying why it is there.
std::string write_plan_file(const model::Plan& plan, const std::vector<std::string>& why,
                            const PlanFileOptions& options);

}  // namespace coprod::yaml
