#pragma once
// Reads an assessment file and checks it against its framework: every section
// and row id must exist, every score must be on the scale.

#include <memory>
#include <string>
#include <string_view>

#include "model/assessment.hpp"
#include "model/framework_catalog.hpp"
#include "util/result.hpp"
#include "yaml/document.hpp"

namespace coprod::yaml {

inline constexpr std::string_view k_assessment_format = "coprod-assessment/1";

struct LoadedAssessment {
  model::Assessment assessment;
  std::shared_ptr<const model::Framework> framework;  // from the catalog
  util::Diagnostics warnings;
};

util::Result<LoadedAssessment> load_assessment(std::string_view text, const std::string& source,
                                               const model::FrameworkCatalog& catalog);
// The same from the file already parsed, for a command that also needs the tree.
util::Result<LoadedAssessment> load_assessment(const Node& root, const std::string& source,
                                               const model::FrameworkCatalog& catalog);

// The framework a parsed assessment names, from the catalog, even when the
// file has other errors; nullptr when it names none that the catalog has, or
// is not an assessment (its `format` is not k_assessment_format).
std::shared_ptr<const model::Framework> assessment_framework(const Node& root, const model::FrameworkCatalog& catalog);

}  // namespace coprod::yaml
