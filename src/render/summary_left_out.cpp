#include "render/summary_left_out.hpp"

#include <map>
#include <vector>

#include <fmt/format.h>

#include "analysis/check_flags.hpp"
#include "util/text.hpp"

namespace coprod::render {

namespace {

using analysis::LeftOutReason;

// "2 for earlier periods" (or "2 files for earlier periods", `with_noun`): a
// count of files left out for one reason, short enough for the line under
// the summary's heading.
std::string counted_reason(LeftOutReason reason, std::size_t count, bool with_noun) {
  const bool one = count == 1;
  const std::string files = with_noun ? util::counted(count, "file", "files") : fmt::format("{}", count);
  switch (reason) {
    case LeftOutReason::earlier_period: return files + (one ? " for an earlier period" : " for earlier periods");
    case LeftOutReason::later_period: return files + (one ? " for a later period" : " for later periods");
    case LeftOutReason::period_not_started:
      return files + (one ? " for a period yet to start" : " for periods yet to start");
    case LeftOutReason::another_file_used:
      return files + (one ? " where another file counts for the same area and perspective"
                          : " where other files count for the same area and perspective");
    case LeftOutReason::same_review:
      return files + (one ? " that shares its area, perspective and period with another file"
                          : " that share their area, perspective and period with other files");
    case LeftOutReason::individual_response: return util::counted(count, "individual response", "individual responses");
    case LeftOutReason::other_framework: return files + " of another framework";
    case LeftOutReason::unreadable:
      return with_noun ? fmt::format("{} unreadable {}", count, one ? "file" : "files") : files + " unreadable";
  }
  return files;
}

std::string period_text(const analysis::LeftOutFile& file) {
  return file.period ? file.period->to_string() : std::string("its period");
}

}  // namespace

std::string_view left_out_reason_id(analysis::LeftOutReason reason) {
  switch (reason) {
    case LeftOutReason::unreadable: return "unreadable";
    case LeftOutReason::other_framework: return "other-framework";
    case LeftOutReason::individual_response: return "individual-response";
    case LeftOutReason::period_not_started: return "period-not-started";
    case LeftOutReason::later_period: return "later-period";
    case LeftOutReason::another_file_used: return "another-file-used";
    case LeftOutReason::same_review: return "same-review";
    case LeftOutReason::earlier_period: return "earlier-period";
  }
  return "unknown";
}

std::string left_out_reason_text(const analysis::Summary& summary, const analysis::LeftOutFile& file) {
  const std::string latest = summary.latest.to_string();
  switch (file.reason) {
    case LeftOutReason::unreadable: return "could not be read: " + file.note;
    case LeftOutReason::other_framework:
      return fmt::format("an assessment of {}; the summary is of {}, the framework most files use", file.note,
                         summary.framework ? summary.framework->id : std::string("another"));
    case LeftOutReason::individual_response:
      return "an individual response, not an area's assessment; 'coprod combine' makes the peer network's "
             "assessment from them";
    case LeftOutReason::period_not_started:
      if (file.period && analysis::future_period_message(*file.period, summary.today))
        return fmt::format("for {}, which starts after today ({}); correct its period if that is a slip",
                           period_text(file), summary.today.to_string());
      return fmt::format("for {}, which starts after today ({}); left out until then", period_text(file),
                         summary.today.to_string());
    case LeftOutReason::later_period:
      return fmt::format("for {}, later than {}, the period the summary is of", period_text(file), latest);
    case LeftOutReason::another_file_used:
      return fmt::format("for {}; the summary uses another file for its area and perspective in {}: {}",
                         period_text(file), latest, file.note);
    case LeftOutReason::same_review:
      return fmt::format(
          "for the same area, perspective and period ({}) as {}, so the summary cannot tell which one is the "
          "area's and leaves them all out; keep one of them",
          period_text(file), file.note);
    case LeftOutReason::earlier_period:
      return fmt::format("for {}, before {}, the period the summary is of", period_text(file), latest);
  }
  return "";
}

std::string left_out_counts(const analysis::Summary& summary) {
  if (summary.left_out.empty()) return "";
  std::map<LeftOutReason, std::size_t> counts;
  for (const auto& file : summary.left_out) ++counts[file.reason];
  std::vector<std::string> parts;
  if (counts.size() == 1) return "Left out: " + counted_reason(counts.begin()->first, counts.begin()->second, true);
  for (const auto& [reason, count] : counts) parts.push_back(counted_reason(reason, count, false));
  return fmt::format("Left out: {} ({})", util::counted(summary.left_out.size(), "file", "files"),
                     util::join_in_words(parts));
}

}  // namespace coprod::render
