#pragma once
// What `coprod summary` says of the files it found but left out: one line of
// counts under the heading, and each file's reason in words (Markdown, JSON).

#include <string>
#include <string_view>

#include "analysis/summary.hpp"

namespace coprod::render {

// A stable name for JSON: "earlier-period", "individual-response", ...
std::string_view left_out_reason_id(analysis::LeftOutReason reason);

// Why the file is left out, in plain words: "for 2026-Q3, before 2026-Q4, the
// period the summary is of".
std::string left_out_reason_text(const analysis::Summary& summary, const analysis::LeftOutFile& file);

// "Left out: 3 files (2 for earlier periods and 1 individual response)", by
// reason, or "Left out: 2 files for earlier periods"; "" when none is.
std::string left_out_counts(const analysis::Summary& summary);

}  // namespace coprod::render
