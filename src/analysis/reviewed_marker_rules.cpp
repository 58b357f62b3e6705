#include "analysis/reviewed_marker_rules.hpp"

#include <algorithm>
#include <string_view>

#include <fmt/format.h>

#include "analysis/owner_name.hpp"
#include "analysis/personal_data.hpp"
#include "util/add_once.hpp"
#include "util/text.hpp"

namespace coprod::analysis {

namespace {

constexpr std::string_view k_marker = "coprod: reviewed";

std::string unknown_rule_message(std::string_view word, const std::vector<std::string>& known) {
  const auto closest = util::closest_match(word, known);
  return fmt::format("'{}' after 'coprod: reviewed' is not a rule, so this marker silences nothing for it; {}", word,
                     closest ? fmt::format("did you mean {}?", *closest)
                             : fmt::format("the rules it takes are {}", util::join_in_words(known, "and")));
}

}  // namespace

std::vector<std::string> reviewed_marker_rules() {
  std::vector<std::string> rules;
  for (const auto rule : {PersonalDataRule::email, PersonalDataRule::phone, PersonalDataRule::nhs_number,
                          PersonalDataRule::postcode, PersonalDataRule::attribution})
    rules.emplace_back(rule_id(rule));
  rules.emplace_back(k_owner_name_rule);
  return rules;
}

std::string combined_marker_rules(const std::vector<std::string>& marked, const std::vector<std::string>& flagged) {
  const auto known = reviewed_marker_rules();
  std::vector<std::string> rules;
  for (const auto& rule : marked) {
    if (std::find(known.begin(), known.end(), rule) != known.end()) util::add_once(rules, rule);
  }
  for (const auto& rule : flagged) util::add_once(rules, rule);
  return util::join(rules, " ");
}

std::vector<ReviewedRuleWord> reviewed_rule_words(std::string_view line) {
  std::vector<ReviewedRuleWord> words;
  const auto at = line.find(k_marker);
  if (at == std::string_view::npos) return words;
  std::size_t pos = at + k_marker.size();
  while (pos < line.size()) {
    const auto begin = line.find_first_not_of(" \t,", pos);
    if (begin == std::string_view::npos) break;
    const auto end = std::min(line.find_first_of(" \t,", begin), line.size());
    words.push_back({line.substr(begin, end - begin), begin});
    pos = end;
  }
  return words;
}

bool line_marks_reviewed(std::string_view line, std::string_view rule) {
  if (line.find(k_marker) == std::string_view::npos) return false;
  const auto words = reviewed_rule_words(line);
  return words.empty() ||
         std::any_of(words.begin(), words.end(), [&](const ReviewedRuleWord& named) { return named.word == rule; });
}

util::Diagnostics unknown_reviewed_rules(const std::string& source, const std::vector<model::TextLine>& lines) {
  const auto known = reviewed_marker_rules();
  util::Diagnostics warnings;
  for (const auto& line : lines) {
    for (const auto& [word, offset] : reviewed_rule_words(line.text)) {
      if (std::find(known.begin(), known.end(), word) != known.end()) continue;
      warnings.push_back({util::Severity::warning,
                          source,
                          {line.line, line.column + static_cast<int>(offset)},
                          unknown_rule_message(word, known)});
    }
  }
  return warnings;
}

}  // namespace coprod::analysis
