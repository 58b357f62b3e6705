// libFuzzer target: the fast YAML reader against yaml-cpp. Whenever the fast
// reader takes an input, yaml-cpp must accept it too and build the same tree.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "util/text.hpp"
#include "yaml/document.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  // parse_document() only hands the readers text that passed these checks.
  if (text.find('\0') != std::string_view::npos || coprod::util::find_invalid_utf8(text)) return 0;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") return 0;
  const auto fast = coprod::yaml::parse_fast(text);
  if (!fast) return 0;
  const auto reference = coprod::yaml::parse_with_yaml_cpp(text, "fuzz.yaml");
  if (!reference || !(*fast == *reference)) __builtin_trap();
  return 0;
}
