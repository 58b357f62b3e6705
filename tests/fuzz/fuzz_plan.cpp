// libFuzzer target: the action plan loader.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "yaml/builtin_frameworks.hpp"
#include "yaml/plan_loader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const coprod::model::FrameworkCatalog catalog = coprod::yaml::builtin_catalog();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  (void)coprod::yaml::load_plan(text, "fuzz.yaml", catalog);
  return 0;
}
