#include "cli/personal_data_warnings.hpp"

#include <algorithm>

#include "analysis/personal_data_flags.hpp"
#include "yaml/text_fields.hpp"

namespace coprod::cli {

util::Diagnostics personal_data_warnings(const std::string& source, std::string_view text, const yaml::Node& tree,
                                         const std::vector<std::string>& field_paths, std::string_view left_out) {
  if (field_paths.empty()) return {};
  auto fields = yaml::find_text_fields(text, tree);
  std::erase_if(fields, [&](const model::TextField& field) {
    return std::find(field_paths.begin(), field_paths.end(), field.path) == field_paths.end();
  });
  util::Diagnostics warnings;
  for (const auto& flag : analysis::flag_personal_data(source, fields, {.owner_names = true, .left_out = left_out}))
    warnings.push_back(flag.diagnostic);
  return warnings;
}

util::Diagnostics evidence_personal_data_warnings(const std::string& source, std::string_view text,
                                                  const yaml::Node& tree, const std::string& section_id,
                                                  const std::string& row_id) {
  return personal_data_warnings(source, text, tree, {"sections." + section_id + ".rows." + row_id + ".evidence"},
                                "attribution");
}

}  // namespace coprod::cli
