#include "analysis/personal_data_flags.hpp"

#include <map>
#include <set>
#include <utility>

#include <fmt/format.h>

#include "analysis/owner_name.hpp"
#include "analysis/personal_data.hpp"
#include "analysis/reviewed_marker_rules.hpp"
#include "util/add_once.hpp"
#include "util/text.hpp"

namespace coprod::analysis {

namespace {

// Where a flagged text is, which says how its reviewed mark is written.
enum class Place { value, comment, framework_line };

// One thing found, before it is worded: the mark it advises depends on every
// other flag that mark would cover.
struct Finding {
  util::Position position;
  std::string rule;
  std::string what;                 // "this looks like a UK phone number ('01632 960123')"
  int marker_line = 0;              // where its "coprod: reviewed" mark goes
  std::vector<std::string> marked;  // the rules a mark on that line names already
  std::string_view remedy = "remove it before sharing, or if it may stay";
};

// "end line 14 with '# coprod: reviewed phone email'", or, on a line with a
// mark already, what to make that mark.
std::string how_to_mark(Place place, int line, const std::string& rules, bool has_mark) {
  switch (place) {
    case Place::value:
      return has_mark ? fmt::format("make the mark on line {} '{} {}'", line, model::k_reviewed_marker, rules)
                      : fmt::format("end line {} with '{} {}'", line, model::k_reviewed_marker, rules);
    case Place::comment:
      return has_mark ? fmt::format("make the comment's mark 'coprod: reviewed {}'", rules)
                      : fmt::format("add 'coprod: reviewed {}' to the comment", rules);
    case Place::framework_line:
      return has_mark ? fmt::format("make the line's mark '{} {}'", model::k_reviewed_marker, rules)
                      : fmt::format("end the line with '{} {}'", model::k_reviewed_marker, rules);
  }
  return "";
}

std::string_view covered_text(Place place) {
  switch (place) {
    case Place::value: return "this text";
    case Place::comment: return "this comment";
    case Place::framework_line: return "this line";
  }
  return "";
}

// Each finding as a flag, its advice naming the one mark for every rule
// flagged under the same marker line, in the order found.
std::vector<Flag> worded(const std::string& source, Place place, const std::vector<Finding>& findings) {
  std::map<int, std::vector<std::string>> rules_by_line;
  std::map<int, std::size_t> flags_by_line;
  for (const auto& finding : findings) {
    util::add_once(rules_by_line[finding.marker_line], finding.rule);
    ++flags_by_line[finding.marker_line];
  }
  std::vector<Flag> flags;
  for (const auto& finding : findings) {
    const auto& rules = rules_by_line[finding.marker_line];
    std::string advice =
        how_to_mark(place, finding.marker_line, combined_marker_rules(finding.marked, rules), !finding.marked.empty());
    if (const std::size_t count = flags_by_line[finding.marker_line]; rules.size() > 1) {
      advice += fmt::format(", one mark for {} flags of {}", count == 2 ? "both" : fmt::format("all {}", count),
                            covered_text(place));
    }
    flags.push_back(make_flag(source, finding.position, finding.rule,
                              fmt::format("{}; {}, {}", finding.what, finding.remedy, advice)));
  }
  return flags;
}

std::vector<std::string> marked_rules(std::string_view line) {
  std::vector<std::string> rules;
  for (const auto& word : reviewed_rule_words(line)) rules.emplace_back(word.word);
  return rules;
}

// Findings in lines that are not values: comments, or a framework's wording.
// `where` names the line ("this comment").
std::vector<Finding> find_in_lines(const std::vector<model::TextLine>& lines, std::string_view where) {
  std::vector<Finding> findings;
  for (const auto& line : lines) {
    for (const auto& match : find_personal_data(line.text)) {
      const std::string rule(rule_id(match.rule));
      if (line_marks_reviewed(line.text, rule)) continue;
      findings.push_back({{line.line, line.column + static_cast<int>(match.offset)},
                          rule,
                          fmt::format("{} looks like it holds {} ('{}')", where, rule_description(match.rule),
                                      std::string_view(line.text).substr(match.offset, match.length)),
                          line.line,
                          marked_rules(line.text)});
    }
  }
  return findings;
}

Finding value_finding(util::Position position, const PersonalDataMatch& match, std::string_view matched,
                      const model::TextField& field) {
  return {position, std::string(rule_id(match.rule)),
          fmt::format("this looks like {} ('{}')", rule_description(match.rule), matched), field.marker_line,
          field.reviewed};
}

// An action's owner written as a person's name, where the plan asks for a
// role: on its line, else in the value as read (a name wrapped over two lines).
void find_owner_name(const model::TextField& field, std::vector<Finding>& findings) {
  if (!is_action_owner(field) || field.is_reviewed(k_owner_name_rule)) return;
  const auto finding = [&](util::Position position, std::string_view name) {
    return Finding{position,
                   std::string(k_owner_name_rule),
                   fmt::format("the owner '{}' looks like a person's name, and a plan goes to the board and is kept "
                               "in git",
                               name),
                   field.marker_line,
                   field.reviewed,
                   "give the owner's role instead, such as 'Programme lead', or if the name may stay"};
  };
  for (const auto& line : field.lines) {
    if (const auto name = find_person_name_in_owner(line.text)) {
      findings.push_back(finding({line.line, line.column + static_cast<int>(name->offset)},
                                 std::string_view(line.text).substr(name->offset, name->length)));
      return;
    }
  }
  if (const auto name = find_person_name_in_owner(field.value))
    findings.push_back(finding(field.position, std::string_view(field.value).substr(name->offset, name->length)));
}

// The personal data in one value not marked as reviewed: line by line, then
// in the value as read, where it was not found on a line.
void find_in_value(const model::TextField& field, const TextFlagOptions& options, std::vector<Finding>& findings) {
  const auto flagged = [&](const PersonalDataMatch& match) {
    const auto rule = rule_id(match.rule);
    return rule != options.left_out && !field.is_reviewed(rule);
  };
  std::set<std::pair<PersonalDataRule, std::string>> found;
  for (const auto& line : field.lines) {
    for (const auto& match : find_personal_data(line.text)) {
      if (!flagged(match)) continue;
      const auto matched = std::string_view(line.text).substr(match.offset, match.length);
      found.emplace(match.rule, std::string(matched));
      findings.push_back(
          value_finding({line.line, line.column + static_cast<int>(match.offset)}, match, matched, field));
    }
  }
  for (const auto& match : find_personal_data(field.value)) {
    if (!flagged(match)) continue;
    const auto matched = std::string_view(field.value).substr(match.offset, match.length);
    if (found.count({match.rule, std::string(matched)}) != 0) continue;
    findings.push_back(value_finding(field.position, match, matched, field));
  }
}

}  // namespace

std::vector<Flag> flag_personal_data_in_framework(const std::string& source, std::string_view text) {
  std::vector<model::TextLine> lines;
  int number = 0;
  for (const auto& line : util::split_lines(text)) lines.push_back({++number, 1, std::string(line)});
  return worded(source, Place::framework_line, find_in_lines(lines, "this line of a framework file"));
}

std::vector<Flag> flag_personal_data_in_comments(const std::string& source,
                                                 const std::vector<model::TextLine>& comments) {
  return worded(source, Place::comment, find_in_lines(comments, "this comment"));
}

std::vector<Flag> flag_personal_data(const std::string& source, const std::vector<model::TextField>& fields,
                                     const TextFlagOptions& options) {
  std::vector<Finding> findings;
  for (const auto& field : fields) {
    find_in_value(field, options, findings);
    if (options.owner_names) find_owner_name(field, findings);
  }
  return worded(source, Place::value, findings);
}

}  // namespace coprod::analysis
