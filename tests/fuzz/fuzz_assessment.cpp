// libFuzzer target: the assessment loader, and the personal-data scan that
// `check` and `report` run over the same text.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "analysis/personal_data.hpp"
#include "analysis/scoring.hpp"
#include "yaml/assessment_loader.hpp"
#include "yaml/builtin_frameworks.hpp"
#include "yaml/document.hpp"
#include "yaml/text_fields.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const coprod::model::FrameworkCatalog catalog = coprod::yaml::builtin_catalog();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto loaded = coprod::yaml::load_assessment(text, "fuzz.yaml", catalog);
  if (loaded) (void)coprod::analysis::score_assessment(loaded->framework, loaded->assessment);
  if (auto document = coprod::yaml::parse_document(text, "fuzz.yaml")) {
    for (const auto& field : coprod::yaml::find_text_fields(text, *document)) {
      for (const auto& line : field.lines) (void)coprod::analysis::find_personal_data(line.text);
    }
  }
  (void)coprod::analysis::find_personal_data(text);
  return 0;
}
