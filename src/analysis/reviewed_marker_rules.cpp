#include "analysis/reviewed_marker_rules.hpp"

#include <algorithm>
#include <string_view>

#include <fmt/format.h>

#include "analysis/personal_data.hpp"
#include "util/text.hpp"

namespace coprod::analysis {

namespace {

constexpr std::string_view k_marker = "coprod: reviewed";

std::vector<std::string> known_rules() {
  std::vector<std::string> rules;
  for (const auto rule : {PersonalDataRule::email, PersonalDataRule::phone, PersonalDataRule::nhs_number,
                          PersonalDataRule::postcode, PersonalDataRule::attribution})
    rules.emplace_back(rule_id(rule));
  return rules;
}

std::string unknown_rule_message(std::string_view word, const std::vector<std::string>& known) {
  const auto closest = util::closest_match(word, known);
  return fmt::format("'{}' after 'coprod: reviewed' is not a rule, so this marker silences nothing for it; {}", word,
                     closest ? fmt::format("did you mean {}?", *closest)
                             : fmt::format("the rules it takes are {}", util::join_in_words(known, "and")));
}

}  // namespace

util::Diagnostics unknown_reviewed_rules(const std::string& source, const std::vector<model::TextLine>& lines) {
  const auto known = known_rules();
  util::Diagnostics warnings;
  for (const auto& line : lines) {
    const std::string_view text = line.text;
    const auto at = text.find(k_marker);
    if (at == std::string_view::npos) continue;
    std::size_t pos = at + k_marker.size();
    while (pos < text.size()) {
      const auto begin = text.find_first_not_of(" \t,", pos);
      if (begin == std::string_view::npos) break;
      const auto end = std::min(text.find_first_of(" \t,", begin), text.size());
      const auto word = text.substr(begin, end - begin);
      if (std::find(known.begin(), known.end(), word) == known.end()) {
        warnings.push_back({util::Severity::warning,
                            source,
                            {line.line, line.column + static_cast<int>(begin)},
                            unknown_rule_message(word, known)});
      }
      pos = end;
    }
  }
  return warnings;
}

}  // namespace coprod::analysis
