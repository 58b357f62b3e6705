#include "analysis/field_in_text.hpp"

#include <string_view>

#include <fmt/format.h>

#include "util/text.hpp"

namespace coprod::analysis {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The text without the spaces and tabs at either end.
std::string_view without_blanks(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

// A score as coprod writes one: 0 to 5 in halves (3, 2.5, 3.0), n/a, or none (~, null).
bool is_score_value(std::string_view value) {
  if (value == "n/a" || value == "~" || value == "null") return true;
  if (value.empty() || value[0] < '0' || value[0] > '5') return false;
  if (value.size() == 1) return true;
  if (value.size() != 3 || value[1] != '.') return false;
  return value[2] == '0' || (value[2] == '5' && value[0] != '5');
}

// A date written 2026-11-19 (the digits' shape only: check says elsewhere whether it is a real date).
bool is_date_value(std::string_view value) {
  if (value.size() != 10 || value[4] != '-' || value[7] != '-') return false;
  for (std::size_t i = 0; i < value.size(); ++i)
    if (i != 4 && i != 7 && !is_digit(value[i])) return false;
  return true;
}

// A line that is a field as coprod writes it, with a value it takes: a score, yes or no, a date. Read by hand,
// not with std::regex, whose matching goes one call deeper for each blank it passes: a line of "score:" and
// 300,000 spaces overflowed the stack.
bool is_field_line(std::string_view line) {
  const auto colon = line.find(':');
  if (colon == std::string_view::npos) return false;
  const std::string_view key = line.substr(0, colon);
  const std::string_view value = without_blanks(line.substr(colon + 1));
  if (key == "score") return is_score_value(value);
  if (key == "indicator_seen" || key == "warning_seen") return value == "true" || value == "false";
  if (key == "last_completed") return is_date_value(value);
  return false;
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
      util::truncate_to_width(line, 60), evidence ? "evidence" : "notes", evidence ? "row" : "section", key,
      evidence ? "evidence" : "notes");
}

}  // namespace

std::vector<Flag> flag_fields_in_text(const std::string& source, const std::vector<model::TextField>& fields) {
  std::vector<Flag> flags;
  for (const auto& field : fields) {
    if (!is_evidence_or_notes(field.path)) continue;
    for (const auto& line : field.lines) {
      const std::string text(util::trim(line.text));
      if (!is_field_line(text)) continue;
      const auto indent = static_cast<int>(line.text.find(text.front()));
      flags.push_back(
          make_flag(source, {line.line, line.column + indent}, k_field_in_text_rule, field_message(field.path, text)));
    }
  }
  return flags;
}

}  // namespace coprod::analysis
