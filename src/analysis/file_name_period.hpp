#pragma once
// A file whose name gives one review period (2027-Q1-organisation.coprod.yaml)
// while its `period:` says another: most often last period's file copied by
// hand and renamed, which still holds last period's period and answers.
// `check` flags it (file-name-period); score, summary, history and report
// warn the same way.

#include <optional>
#include <string>
#include <string_view>

#include "model/assessment.hpp"
#include "model/period.hpp"
#include "util/diagnostic.hpp"

namespace coprod::analysis {

inline constexpr const char* k_file_name_period_rule = "file-name-period";

// The one period the last part of `path` names, written as a period is
// (2027-Q1, 2026-H2, 2026-11) between separators; a date (2026-11-03) is not
// a month. Nothing when the name gives none, or two different ones.
std::optional<model::Period> period_in_file_name(std::string_view path);

// The last part of `path` with each period it names written as `period`
// instead: 2027-Q2-organisation.coprod.yaml with 2027-Q1 gives
// 2027-Q1-organisation.coprod.yaml. The last part as it is when it names none.
std::string file_name_with_period(std::string_view path, const model::Period& period);

// "the file name says 2027-Q1, but period is 2026-Q4; ..." when the file
// name of `assessment.source` names a period other than its own, else nothing.
std::optional<std::string> file_name_period_message(const model::Assessment& assessment);

// The same as a warning at the file's period, ending with the rule in
// brackets as check's flag does.
std::optional<util::Diagnostic> file_name_period_warning(const model::Assessment& assessment);

}  // namespace coprod::analysis
