#pragma once
// A summary across many areas for regional and national leads: per section,
// the spread of scores across areas in the latest period; areas missing a
// perspective; assessments not completed for a long time; and the largest
// gaps between the organisation's and the peer network's scores.

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/scoring.hpp"
#include "model/date.hpp"
#include "model/framework.hpp"
#include "model/period.hpp"
#include "model/perspective.hpp"
#include "util/diagnostic.hpp"

namespace coprod::analysis {

// What the summary needs from one assessment file; small, so a summary of
// thousands of files does not hold them all.
struct AssessmentDigest {
  std::string source;
  std::string area;
  model::Perspective perspective = model::Perspective::organisation;
  model::Period period = *model::Period::parse("2026-Q1");
  util::Position period_position;                  // where the file says its period
  std::vector<std::optional<int>> section_scores;  // as displayed, in tenths (3.2 is 32), in the framework's order
  std::optional<model::Date> last_completed;       // the latest of its sections'
  // Parallel to section_scores; a file may leave them empty (every average counts every row, no dates).
  std::vector<Coverage> section_coverage;                     // which rows each average counts
  std::vector<std::optional<model::Date>> section_completed;  // each section's last_completed
};

// Each statistic is exact (a Mean), so it is shown rounded half up like every
// other score: a median of 3.2 and 3.3 is 3.25 and shows as 3.3. Only
// meaningful when areas > 0.
struct SectionStatistics {
  std::shared_ptr<const model::FrameworkSection> section;
  int areas = 0;  // how many areas scored it
  Mean minimum{0, 1}, lower_quartile{0, 1}, median{0, 1}, upper_quartile{0, 1}, maximum{0, 1};
  // Areas whose score (counted above) is an average that leaves rows out, by name.
  std::vector<std::pair<std::string, Coverage>> partly_scored;
  // Areas left out of the statistics as every row of the section is marked n/a there, by name.
  std::vector<std::string> not_applicable;
};

struct PerspectiveSummary {
  model::Perspective perspective = model::Perspective::organisation;
  int areas = 0;
  std::vector<SectionStatistics> sections;
};

struct MissingPerspective {
  std::string area;
  std::vector<model::Perspective> missing;
  // Other areas whose names differ from this one's only in capitals or
  // spaces (see area_names.hpp): probably this area, written differently.
  std::vector<std::string> probably_same_as;
};

// A file counts as completed in the window only when every one of its
// sections was: a section with no date, or an earlier one, is not.
struct StaleAssessment {
  AssessmentDigest digest;  // the area and perspective's latest file
  int recent_sections = 0;  // its sections completed in the window (on or after the cutoff)
  int sections = 0;         // all its sections
};

struct PerspectiveGap {
  std::string area;
  std::shared_ptr<const model::FrameworkSection> section;
  int organisation = 0;  // in tenths, as displayed
  int peer_network = 0;  // in tenths, as displayed
  // In tenths, the way compare, report, plan and the workbook give it.
  int difference() const { return peer_network - organisation; }
};

// Which way PerspectiveGap::difference() goes.
inline constexpr std::string_view k_gap_direction = "peer network minus organisation";

// One way an area's name is written, and the files that write it so (sorted).
struct AreaSpelling {
  std::string area;
  std::vector<std::string> sources;
};

// Area names that differ only in capitals or spaces (see area_names.hpp),
// probably one area, which the summary counts as several: each group's
// spellings sorted, groups in the order of their first spelling.
std::vector<std::vector<AreaSpelling>> find_area_spellings(const std::vector<AssessmentDigest>& digests);

// Why a file among those found is not one the summary is of; in the order
// the summary counts them.
enum class LeftOutReason {
  earlier_period,       // for a period before the one the summary is of
  later_period,         // for a period after the one the summary is of
  period_not_started,   // for a period that starts after today
  another_file_used,    // its area and perspective count by another file; `note`: that file
  same_review,          // other files claim its area, perspective and period; `note`: them, joined in words
  individual_response,  // one person's own scores, not an area's assessment
  other_framework,      // an assessment of another framework; `note`: its framework
  unreadable,           // it could not be read; `note`: what was wrong
};

struct LeftOutFile {
  std::string source;
  LeftOutReason reason = LeftOutReason::unreadable;
  std::optional<model::Period> period;  // the file's, where it was read
  std::string note;                     // as each reason above says; else empty
};

struct Summary {
  std::shared_ptr<const model::Framework> framework;
  // The period the summary is of: the one most areas' latest assessments
  // (each perspective's, of those started by today) are for, the later when
  // as many are for two. One file for a later period, or for a half year or
  // a month where most areas review by quarter, does not take it over.
  model::Period latest = *model::Period::parse("2026-Q1");
  int files = 0;             // the files summarised: each area and perspective's one for `latest`
  int areas_summarised = 0;  // the areas with a file summarised (`areas` also holds those only left out)
  // Files to name: left out, for a period that starts after today (2036-Q1
  // typed for 2026-Q1); left out, for a period after `latest` (the area counts
  // by its file for `latest` if it has one); and counted for `latest`
  // though for a period of another length that shares months with it
  // (2026-H2 or 2026-12 for 2026-Q4). Each by file name.
  std::vector<AssessmentDigest> future, later, overlapping;
  // Every file found but not summarised, and why, sorted by file name: those
  // given to summarise() and those it leaves out, for their period or as one
  // of two or more files for the same area, perspective and period.
  std::vector<LeftOutFile> left_out;
  // A warning at each file left out as one of two or more for one review,
  // naming the others (see analysis/input_checks.hpp), in the order given.
  util::Diagnostics shared_reviews;
  std::vector<std::string> areas;  // every area seen, sorted
  std::vector<PerspectiveSummary> perspectives;
  std::vector<MissingPerspective> missing;
  std::vector<StaleAssessment> stale;
  std::vector<PerspectiveGap> gaps;  // largest first
  model::Date today;
  int stale_months = 6;
  model::Date stale_cutoff;  // the first day of the window: stale_months before today
};

// Quartiles use linear interpolation between the sorted values (as
// spreadsheets' QUARTILE.INC does).
// `left_out`: the files already left out (unreadable, of another framework,
// individual responses), to list with the ones summarise() leaves out.
Summary summarise(const std::shared_ptr<const model::Framework>& framework,
                  const std::vector<AssessmentDigest>& digests, const model::Date& today, int stale_months,
                  std::size_t top_gaps, std::vector<LeftOutFile> left_out = {});

// The value a quarter of the way (quarters 1), half way (2) and so on along
// sorted scores in tenths, interpolated, exactly: a weighted mean of the two
// scores either side.
Mean quantile(const std::vector<int>& sorted_tenths, int quarters);

}  // namespace coprod::analysis
