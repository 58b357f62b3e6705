// The note on remarks that look tied to a named person.

#include "render/attribution_note.hpp"

#include <algorithm>
#include <vector>

#include "analysis/personal_data.hpp"
#include "util/text.hpp"

namespace coprod::render {

namespace {

// "\"A\"", "\"A\" and \"B\"", "\"A\", \"B\" and \"C\"", as the form lists them.
std::string quoted(const std::vector<std::string>& phrases) {
  std::string text;
  for (std::size_t i = 0; i < phrases.size(); ++i) {
    if (i > 0) text += i + 1 == phrases.size() ? " and " : ", ";
    text += "\"" + phrases[i] + "\"";
  }
  return text;
}

std::string replaced(std::string text, std::string_view placeholder, std::string_view value) {
  const auto at = text.find(placeholder);
  return at == std::string::npos ? text : text.replace(at, placeholder.size(), value);
}

}  // namespace

std::optional<std::string> attribution_note(std::string_view text, bool individual) {
  std::vector<std::string> phrases;
  for (const auto line : util::split_lines(text)) {
    for (const auto& match : analysis::find_personal_data(line)) {
      if (match.rule != analysis::PersonalDataRule::attribution) continue;
      std::string phrase(line.substr(match.offset, match.length));
      if (std::find(phrases.begin(), phrases.end(), phrase) == phrases.end()) phrases.push_back(std::move(phrase));
    }
  }
  if (phrases.empty()) return std::nullopt;
  return replaced(replaced(std::string(k_attribution_note_wording), "{phrases}", quoted(phrases)), "{instead}",
                  individual ? k_attribution_instead_individual : k_attribution_instead_group);
}

}  // namespace coprod::render
