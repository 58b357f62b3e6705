#include "cli/privacy.hpp"

#include <map>
#include <set>
#include <utility>

#include <fmt/format.h>

#include "analysis/personal_data.hpp"
#include "util/text.hpp"
#include "yaml/comments.hpp"

namespace coprod::cli {

namespace {

class Redactor {
 public:
  explicit Redactor(const std::vector<yaml::TextField>& fields) {
    for (const auto& field : fields) m_fields.emplace(field.path, &field);
  }

  void apply(std::optional<std::string>& value, const std::string& path) {
    if (value) apply(*value, path);
  }

  void apply(std::string& value, const std::string& path) {
    const auto found = m_fields.find(path);
    std::vector<analysis::PersonalDataMatch> matches;
    for (const auto& match : analysis::find_personal_data(value)) {
      if (found == m_fields.end() || !found->second->is_reviewed(analysis::rule_id(match.rule))) matches.push_back(match);
    }
    if (matches.empty()) return;
    value = analysis::redact(value, matches);
    m_count += static_cast<int>(matches.size());
  }

  void apply(model::Reflections& reflections, const std::string& prefix) {
    apply(reflections.surprising, prefix + "surprising");
    apply(reflections.challenging, prefix + "challenging");
    apply(reflections.learnt, prefix + "learnt");
    apply(reflections.priorities, prefix + "priorities");
  }

  int count() const { return m_count; }

 private:
  std::map<std::string, const yaml::TextField*> m_fields;
  int m_count = 0;
};

}  // namespace

namespace {

Flag personal_data_flag(const std::string& source, util::Position position, const analysis::PersonalDataMatch& match,
                        std::string_view matched, const yaml::TextField& field) {
  const std::string rule(analysis::rule_id(match.rule));
  const std::string message =
      fmt::format("this looks like {} ('{}'); remove it before sharing, or if it may stay, end line {} with '{} {}' [{}]",
                  analysis::rule_description(match.rule), matched, field.marker_line, yaml::k_reviewed_marker,
                  rule, rule);
  return {{util::Severity::warning, source, position, message}, rule};
}

// "coprod: reviewed" (every rule) or "coprod: reviewed phone, email" in a line.
bool line_marks_reviewed(std::string_view line, std::string_view rule) {
  constexpr std::string_view k_marker = "coprod: reviewed";
  const auto at = line.find(k_marker);
  if (at == std::string_view::npos) return false;
  const std::string rules(util::trim(line.substr(at + k_marker.size())));
  if (rules.empty()) return true;
  for (const auto& word : util::wrap_words(rules, 1)) {
    std::string_view name = word;
    if (name.ends_with(',')) name.remove_suffix(1);
    if (name == rule) return true;
  }
  return false;
}

// Flags in lines that are not values: comments, or a framework's wording.
// `how_to_mark` is the advice with {} for the rule.
void scan_lines(const std::string& source, const std::vector<yaml::TextLine>& lines, std::string_view where,
                fmt::format_string<const std::string&> how_to_mark, std::vector<Flag>& flags) {
  for (const auto& line : lines) {
    for (const auto& match : analysis::find_personal_data(line.text)) {
      const std::string rule(analysis::rule_id(match.rule));
      if (line_marks_reviewed(line.text, rule)) continue;
      const std::string message =
          fmt::format("{} looks like it holds {} ('{}'); remove it before sharing, or if it may stay, {} [{}]", where,
                      analysis::rule_description(match.rule), line.text.substr(match.offset, match.length),
                      fmt::format(how_to_mark, rule), rule);
      flags.push_back({{util::Severity::warning, source, {line.line, line.column + static_cast<int>(match.offset)}, message},
                       rule});
    }
  }
}

}  // namespace

std::vector<Flag> scan_framework_text(const std::string& source, std::string_view text) {
  std::vector<yaml::TextLine> lines;
  int number = 0;
  for (std::size_t start = 0; start <= text.size();) {
    const std::size_t newline = text.find('\n', start);
    const std::size_t end = newline == std::string_view::npos ? text.size() : newline;
    lines.push_back({++number, 1, std::string(text.substr(start, end - start))});
    if (newline == std::string_view::npos) break;
    start = newline + 1;
  }
  std::vector<Flag> flags;
  scan_lines(source, lines, "this line of a framework file", "end the line with '# coprod: reviewed {}'", flags);
  return flags;
}

std::vector<Flag> scan_comments(const std::string& source, std::string_view text) {
  std::vector<Flag> flags;
  scan_lines(source, yaml::find_comments(text), "this comment", "add 'coprod: reviewed {}' to the comment", flags);
  return flags;
}

std::vector<Flag> scan_personal_data(const std::string& source, std::string_view text, const yaml::Node& root) {
  std::vector<Flag> flags;
  for (const auto& field : yaml::find_text_fields(text, root)) {
    // Line by line first, so each flag points at the very place...
    std::set<std::pair<analysis::PersonalDataRule, std::string>> found;
    for (const auto& line : field.lines) {
      for (const auto& match : analysis::find_personal_data(line.text)) {
        if (field.is_reviewed(analysis::rule_id(match.rule))) continue;
        const auto matched = line.text.substr(match.offset, match.length);
        found.emplace(match.rule, std::string(matched));
        flags.push_back(personal_data_flag(source, {line.line, line.column + static_cast<int>(match.offset)}, match,
                                           matched, field));
      }
    }
    // ...then the value as read, where YAML joins wrapped lines: a phone
    // number split over two lines is flagged at the start of the value.
    const std::string& value = field.value;
    for (const auto& match : analysis::find_personal_data(value)) {
      if (field.is_reviewed(analysis::rule_id(match.rule))) continue;
      const auto matched = std::string_view(value).substr(match.offset, match.length);
      if (found.count({match.rule, std::string(matched)}) != 0) continue;
      flags.push_back(personal_data_flag(source, field.position, match, matched, field));
    }
  }
  return flags;
}

int redact_assessment(model::Assessment& assessment, const std::vector<yaml::TextField>& fields) {
  Redactor redactor(fields);
  redactor.apply(assessment.area, "area");
  for (auto& section : assessment.sections) {
    const std::string prefix = "sections." + section.section_id + ".";
    redactor.apply(section.completed_by, prefix + "completed_by");
    redactor.apply(section.notes, prefix + "notes");
    for (auto& row : section.rows) redactor.apply(row.evidence, prefix + "rows." + row.row_id + ".evidence");
  }
  redactor.apply(assessment.reflections, "reflections.");
  return redactor.count();
}

int redact_plan(model::Plan& plan, const std::vector<yaml::TextField>& fields) {
  Redactor redactor(fields);
  redactor.apply(plan.area, "area");
  redactor.apply(plan.reflections, "reflections.");
  for (std::size_t i = 0; i < plan.actions.size(); ++i) {
    auto& action = plan.actions[i];
    const std::string prefix = fmt::format("actions.{}.", i);
    redactor.apply(action.what, prefix + "what");
    redactor.apply(action.owner, prefix + "owner");
    redactor.apply(action.notes, prefix + "notes");
  }
  return redactor.count();
}

void keep_scores_only(model::Assessment& assessment) {
  for (auto& section : assessment.sections) {
    section.completed_by.reset();
    section.notes.reset();
    for (auto& row : section.rows) row.evidence.reset();
  }
  assessment.reflections = {};
}

}  // namespace coprod::cli
