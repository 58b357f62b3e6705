#pragma once
// Whether a row's early indicator and warning sign are seen locally, as the
// form asks it ("I see this warning sign") and a file records it
// (`indicator_seen`, `warning_seen`), in the words `compare` and the evidence
// pack use: "Seen locally? Early indicator: yes. Warning sign: not answered."
// Worded once, here, for every format that shows it.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "analysis/scoring.hpp"

namespace coprod::render {

// Which of the two questions any of the results answers for a row.
struct SeenAnswered {
  bool indicator = false;
  bool warning = false;
};

SeenAnswered seen_answered(const std::vector<std::shared_ptr<const analysis::RowResult>>& results);

// "yes", "no" or "not answered".
std::string seen_word(std::optional<bool> seen);

// For a combined row: how many people see the sign of how many answered,
// " (1 of 3 people see it)"; empty for one person's or a group's own answer.
std::string seen_count_words(const std::optional<model::SeenCount>& count);

// The count of people who see a combined row's early indicator (its warning
// sign) that may be shown beside its answer: only one that gives that answer
// (model::indicator_seen_by_most(), warning_seen_by_anyone()), as one left
// behind by an answer edited since would contradict it; nullopt otherwise.
// Every format that gives a count takes it from here.
std::optional<model::SeenCount> indicator_count_shown(const model::RowResponse& response);
std::optional<model::SeenCount> warning_count_shown(const model::RowResponse& response);

// One result's answers to the questions any result answers, "Early indicator:
// yes. Warning sign: not answered.", with how many people see each sign for a
// combined row, "Early indicator: no (1 of 3 people see it)."; empty when none answers. Plain text.
std::string seen_answers(const analysis::RowResult& result, SeenAnswered answered);

// The same after "Seen locally?"; empty when none answers. Plain text.
std::string seen_locally_line(const analysis::RowResult& result, SeenAnswered answered);

}  // namespace coprod::render
