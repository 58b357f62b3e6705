#include "render/seen_locally.hpp"

#include <fmt/format.h>

namespace coprod::render {

SeenAnswered seen_answered(const std::vector<std::shared_ptr<const analysis::RowResult>>& results) {
  SeenAnswered answered;
  for (const auto& result : results) {
    if (!result->response) continue;
    answered.indicator = answered.indicator || result->response->indicator_seen.has_value();
    answered.warning = answered.warning || result->response->warning_seen.has_value();
  }
  return answered;
}

std::string seen_word(std::optional<bool> seen) { return !seen ? "not answered" : *seen ? "yes" : "no"; }

std::string seen_answers(const analysis::RowResult& result, SeenAnswered answered) {
  const auto& response = result.response;
  std::string text;
  if (answered.indicator)
    text += fmt::format("Early indicator: {}.", seen_word(response ? response->indicator_seen : std::nullopt));
  if (answered.warning)
    text += fmt::format("{}Warning sign: {}.", text.empty() ? "" : " ",
                        seen_word(response ? response->warning_seen : std::nullopt));
  return text;
}

std::string seen_locally_line(const analysis::RowResult& result, SeenAnswered answered) {
  const std::string answers = seen_answers(result, answered);
  return answers.empty() ? "" : "Seen locally? " + answers;
}

}  // namespace coprod::render
