#include "analysis/field_in_text.hpp"

#include <regex>

#include <fmt/format.h>

#include "util/text.hpp"

namespace coprod::analysis {

namespace {

// A line that is a field as coprod writes it, with a value it takes: a score, yes or no, a date.
const std::regex& field_line() {
  static const std::regex line(
      R"(^(score:[ \t]*([0-5](\.[05])?|n/a|~|null)|(indicator_seen|warning_seen):[ \t]*(true|false)|)"
      R"(last_completed:[ \t]*[0-9]{4}-[0-9]{2}-[0-9]{2})[ \t]*$)");
  return line;
}

bool is_evidence_or_notes(const std::string& path) {
  return path.starts_with("sections.") && (path.ends_with(".evidence") || path.ends_with(".notes"));
}

std::string field_message(const std::string& path, const std::string& line) {
  const bool evidence = path.ends_with(".evidence");
  const std::string key = line.substr(0, line.find(':'));
  return fmt::format(
      "the line '{}' is indented so far that YAML reads it as part of the {} above it, not as the {}'s '{}'; if "
      "it is meant as that field, indent it as far as '{}:'",
      line, evidence ? "evidence" : "notes", evidence ? "row" : "section", key, evidence ? "evidence" : "notes");
}

}  // namespace

std::vector<Flag> flag_fields_in_text(const std::string& source, const std::vector<model::TextField>& fields) {
  std::vector<Flag> flags;
  for (const auto& field : fields) {
    if (!is_evidence_or_notes(field.path)) continue;
    for (const auto& line : field.lines) {
      const std::string text(util::trim(line.text));
      if (!std::regex_match(text, field_line())) continue;
      const auto indent = static_cast<int>(line.text.find(text.front()));
      flags.push_back(
          make_flag(source, {line.line, line.column + indent}, k_field_in_text_rule, field_message(field.path, text)));
    }
  }
  return flags;
}

}  // namespace coprod::analysis
