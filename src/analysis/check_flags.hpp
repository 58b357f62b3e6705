#pragma once
// What `check` flags in an assessment besides personal data: scores of 3 or
// more with no evidence, evidence more than a year old, a section completed
// on a date still to come, a period still to come, scores that moved while
// their evidence stayed the same, and sections carried forward from an
// earlier period's file and not reviewed since.

#include <optional>
#include <string>
#include <vector>

#include "analysis/scoring.hpp"
#include "model/assessment.hpp"
#include "model/date.hpp"
#include "model/period.hpp"
#include "util/diagnostic.hpp"

namespace coprod::analysis {

struct Flag {
  util::Diagnostic diagnostic;  // a warning naming file:line:column, ending with the rule in brackets
  std::string rule;             // "email", "evidence-missing", ...
};

// The rules `check --fail-on` accepts, in the order its help lists them.
// clang-format off
inline constexpr const char* k_check_rules[] = {
    "email", "phone", "nhs-number", "postcode", "attribution", "owner-name",
    "evidence-missing", "stale-evidence", "future-date", "file-name-period", "unexplained-change", "carried-forward",
    "comment-in-text", "field-in-text"};
// clang-format on

inline constexpr long k_stale_after_days = 365;

Flag make_flag(const std::string& source, util::Position position, std::string rule, const std::string& message);

// Where the date taken as today came from when it is not the clock's, for
// future-date's messages: a date in a file later than an out-of-date
// SOURCE_DATE_EPOCH is no slip in the file.
struct DateOrigin {
  std::string name;  // "SOURCE_DATE_EPOCH", "--today"
  std::string fix;   // what to do when it is out of date: "give today's date"
};

// future-date's message when `last_completed` is later than `today` ("the
// section 'commitment' was last completed on ..."), else nothing; `check` and
// `score --set` share it. With `origin`, it names where today came from and
// what to do if that is out of date, before correcting the file.
std::optional<std::string> future_date_message(const std::string& section_id, const model::Date& last_completed,
                                               const model::Date& today,
                                               const std::optional<DateOrigin>& origin = std::nullopt);

// future-date's message when `period` is later than the period after
// today's (2036-Q1 typed for 2026-Q1, a slip), else nothing: the next period's
// file is made ahead of time (init --from) and is no slip. `check`, `init`,
// `score` and `summary` share it; `origin` as for future_date_message().
std::optional<std::string> future_period_message(const model::Period& period, const model::Date& today,
                                                 const std::optional<DateOrigin>& origin = std::nullopt);

// evidence-missing (a score of 3 or more with no evidence), stale-evidence
// (a section with evidence last completed more than a year before `today`)
// and future-date (a section last completed after `today`, a slip).
std::vector<Flag> flag_scores(const AssessmentResult& result, const model::Date& today,
                              const std::optional<DateOrigin>& origin = std::nullopt);

// carried-forward: a file some of whose sections still have a last completed
// date before its period began, as `coprod init --from` leaves every section
// of the next period's file until it is reviewed. One flag for the file, at
// the 'last_completed' of the first such section in it, counting the rest.
// It says how to review them, and, for a section with nothing to change,
// that its notes and completed_by are last time's too, with the --set that
// changes them: a new date alone would pass them off as this period's.
std::optional<Flag> flag_carried_forward(const model::Assessment& assessment);

// unexplained-change: rows of `now` whose score differs from `before`'s while
// their evidence does not, and sections whose last_completed differs while
// their notes (not empty) do not. `since` names `before` in the message
// ("HEAD", or "HEAD (the earlier period's file)").
std::vector<Flag> flag_unexplained_changes(const model::Assessment& now, const model::Assessment& before,
                                           const std::string& since);

}  // namespace coprod::analysis
