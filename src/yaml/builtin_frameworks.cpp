#include "yaml/builtin_frameworks.hpp"

namespace coprod::embedded {
std::string_view framework_ipc_coproduction();
std::string_view framework_making_coproduction_work();
std::string_view framework_strategic_coproduction();
}  // namespace coprod::embedded

namespace coprod::generated {
model::Framework framework_ipc_coproduction();
model::Framework framework_making_coproduction_work();
model::Framework framework_strategic_coproduction();
}  // namespace coprod::generated

namespace coprod::yaml {

std::vector<BuiltinFrameworkSource> builtin_framework_sources() {
  return {{"ipc-coproduction.yaml", embedded::framework_ipc_coproduction()},
          {"making-coproduction-work.yaml", embedded::framework_making_coproduction_work()},
          {"strategic-coproduction.yaml", embedded::framework_strategic_coproduction()}};
}

// Built from C++ generated at build time from the same YAML files (tools/
// framework_codegen), so no YAML is parsed at start-up; a unit test checks
// that the two agree.
std::vector<model::Framework> builtin_frameworks() {
  std::vector<model::Framework> frameworks;
  frameworks.push_back(generated::framework_ipc_coproduction());
  frameworks.push_back(generated::framework_making_coproduction_work());
  frameworks.push_back(generated::framework_strategic_coproduction());
  return frameworks;
}

model::FrameworkCatalog builtin_catalog() { return model::FrameworkCatalog(builtin_frameworks()); }

}  // namespace coprod::yaml
