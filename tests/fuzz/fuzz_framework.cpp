// libFuzzer target: the framework loader (an area's own framework file).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "yaml/framework_loader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  (void)coprod::yaml::load_framework(text, "fuzz.yaml");
  return 0;
}
