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

std::string seen_answers(const analysis::RowResult& result, SeenAnswered answered) {
  const model::RowResponse* response = result.response.get();
  const auto answer = [&](std::optional<bool> model::RowResponse::*seen,
                          std::optional<model::SeenCount> model::RowResponse::*count) {
    return response ? seen_word(response->*seen) + seen_count_words(response->*count) : seen_word(std::nullopt);
  };
  std::string text;
  if (answered.indicator)
    text += fmt::format("Early indicator: {}.",
                        answer(&model::RowResponse::indicator_seen, &model::RowResponse::indicator_seen_by));
  if (answered.warning)
    text += fmt::format("{}Warning sign: {}.", text.empty() ? "" : " ",
                        answer(&model::RowResponse::warning_seen, &model::RowResponse::warning_seen_by));
  return text;
}

std::string seen_locally_line(const analysis::RowResult& result, SeenAnswered answered) {
  const std::string answers = seen_answers(result, answered);
  return answers.empty() ? "" : "Seen locally? " + answers;
}

}  // namespace coprod::render
