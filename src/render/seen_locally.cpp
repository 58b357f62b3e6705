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

std::string seen_count_words(const std::optional<model::SeenCount>& count) {
  if (!count) return "";
  if (count->answered == 1) return fmt::format(" ({} of 1 person sees it)", count->yes);
  return fmt::format(" ({} of {} people see it)", count->yes, count->answered);
}

namespace {

std::optional<model::SeenCount> agreeing_count(std::optional<bool> seen, const std::optional<model::SeenCount>& count,
                                               bool (*rule)(model::SeenCount)) {
  if (!seen || !count || rule(*count) != *seen) return std::nullopt;
  return count;
}

}  // namespace

std::optional<model::SeenCount> indicator_count_shown(const model::RowResponse& response) {
  return agreeing_count(response.indicator_seen, response.indicator_seen_by, model::indicator_seen_by_most);
}

std::optional<model::SeenCount> warning_count_shown(const model::RowResponse& response) {
  return agreeing_count(response.warning_seen, response.warning_seen_by, model::warning_seen_by_anyone);
}

std::string seen_answers(const analysis::RowResult& result, SeenAnswered answered) {
  const model::RowResponse* response = result.response.get();
  const auto answer = [&](std::optional<bool> seen,
                          std::optional<model::SeenCount> (*shown)(const model::RowResponse&)) {
    return seen_word(seen) + seen_count_words(shown(*response));
  };
  std::string text;
  if (answered.indicator)
    text += fmt::format("Early indicator: {}.",
                        response ? answer(response->indicator_seen, indicator_count_shown) : seen_word(std::nullopt));
  if (answered.warning)
    text += fmt::format("{}Warning sign: {}.", text.empty() ? "" : " ",
                        response ? answer(response->warning_seen, warning_count_shown) : seen_word(std::nullopt));
  return text;
}

std::string seen_locally_line(const analysis::RowResult& result, SeenAnswered answered) {
  const std::string answers = seen_answers(result, answered);
  return answers.empty() ? "" : "Seen locally? " + answers;
}

}  // namespace coprod::render
