#include "render/diagnostic_json.hpp"

namespace coprod::render {

void write_diagnostic_json(util::JsonWriter& json, const util::Diagnostic& diagnostic, std::string_view rule) {
  json.begin_object();
  json.key("file").string(diagnostic.source);
  json.key("line").number(diagnostic.position.line);
  json.key("column").number(diagnostic.position.column);
  json.key("rule").string(rule);
  json.key("message").string(diagnostic.message);
  json.end_object();
}

void write_invalid_files_json(util::JsonWriter& json, const util::Diagnostics& problems) {
  json.key("invalid").begin_array();
  for (const auto& problem : problems) write_diagnostic_json(json, problem, "invalid");
  json.end_array();
}

}  // namespace coprod::render
