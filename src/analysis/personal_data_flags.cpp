#include "analysis/personal_data_flags.hpp"

#include <set>
#include <utility>

#include <fmt/format.h>

#include "analysis/personal_data.hpp"
#include "analysis/reviewed_marker_rules.hpp"
#include "util/text.hpp"

namespace coprod::analysis {

namespace {

Flag value_flag(const std::string& source, util::Position position, const PersonalDataMatch& match,
                std::string_view matched, const model::TextField& field) {
  const std::string rule(rule_id(match.rule));
  return make_flag(
      source, position, rule,
      fmt::format("this looks like {} ('{}'); remove it before sharing, or if it may stay, end line {} "
                  "with '{} {}'",
                  rule_description(match.rule), matched, field.marker_line, model::k_reviewed_marker, rule));
}

// Flags in lines that are not values: comments, or a framework's wording.
// `how_to_mark` is the advice with {} for the rule.
std::vector<Flag> flag_lines(const std::string& source, const std::vector<model::TextLine>& lines,
                             std::string_view where, fmt::format_string<const std::string&> how_to_mark) {
  std::vector<Flag> flags;
  for (const auto& line : lines) {
    for (const auto& match : find_personal_data(line.text)) {
      const std::string rule(rule_id(match.rule));
      if (line_marks_reviewed(line.text, rule)) continue;
      flags.push_back(make_flag(
          source, {line.line, line.column + static_cast<int>(match.offset)}, rule,
          fmt::format("{} looks like it holds {} ('{}'); remove it before sharing, or if it may "
                      "stay, {}",
                      where, rule_description(match.rule),
                      std::string_view(line.text).substr(match.offset, match.length), fmt::format(how_to_mark, rule))));
    }
  }
  return flags;
}

}  // namespace

std::vector<Flag> flag_personal_data_in_framework(const std::string& source, std::string_view text) {
  std::vector<model::TextLine> lines;
  int number = 0;
  for (const auto& line : util::split_lines(text)) lines.push_back({++number, 1, std::string(line)});
  return flag_lines(source, lines, "this line of a framework file", "end the line with '# coprod: reviewed {}'");
}

std::vector<Flag> flag_personal_data_in_comments(const std::string& source,
                                                 const std::vector<model::TextLine>& comments) {
  return flag_lines(source, comments, "this comment", "add 'coprod: reviewed {}' to the comment");
}

std::vector<Flag> flag_personal_data(const std::string& source, const std::vector<model::TextField>& fields) {
  std::vector<Flag> flags;
  for (const auto& field : fields) {
    std::set<std::pair<PersonalDataRule, std::string>> found;
    for (const auto& line : field.lines) {
      for (const auto& match : find_personal_data(line.text)) {
        if (field.is_reviewed(rule_id(match.rule))) continue;
        const auto matched = std::string_view(line.text).substr(match.offset, match.length);
        found.emplace(match.rule, std::string(matched));
        flags.push_back(
            value_flag(source, {line.line, line.column + static_cast<int>(match.offset)}, match, matched, field));
      }
    }
    for (const auto& match : find_personal_data(field.value)) {
      if (field.is_reviewed(rule_id(match.rule))) continue;
      const auto matched = std::string_view(field.value).substr(match.offset, match.length);
      if (found.count({match.rule, std::string(matched)}) != 0) continue;
      flags.push_back(value_flag(source, field.position, match, matched, field));
    }
  }
  return flags;
}

}  // namespace coprod::analysis
