#pragma once
// "Scored rows with no evidence" in the evidence pack: for each perspective,
// the rows scored with nothing written to support the score
// (analysis/rows_without_evidence.hpp), which the board would otherwise find
// only row by row under "Every row and its evidence"; and page 1's line that
// counts them and points there. Left out of a pack without scores, and of one
// of scores only (which leaves every piece of evidence out).

#include <optional>
#include <string>
#include <string_view>

#include "render/report.hpp"

namespace coprod::render {

// The part's title: "Scored rows with no evidence", "Scored sections with no evidence" (row_words()).
std::string no_evidence_title(const Report& report);
inline constexpr std::string_view k_no_evidence_id = "no-evidence";

// The section, after page 1; empty when every scored row has evidence.
std::string no_evidence_html(const Report& report);
std::string no_evidence_markdown(const Report& report);

// Page 1's line, without the pointer to the section each medium adds: "No
// supporting evidence for A 3 of 24 scored rows, B none", its first words
// k_no_evidence_lead (which page 1 sets in bold); none when every scored row
// has evidence.
inline constexpr std::string_view k_no_evidence_lead = "No supporting evidence";
std::optional<std::string> no_evidence_summary_text(const Report& report);

}  // namespace coprod::render
