// libFuzzer target: in-place edits (yaml::change_values) on any YAML text
// either are refused or keep everything but the values changed; see
// edit_check.hpp for what is checked.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string_view>

#include "edit_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (const auto check = coprod::test::check_edits(text); check.problem) {
    std::fprintf(stderr, "edit check failed: %s\n", check.problem->c_str());
    __builtin_trap();
  }
  return 0;
}
