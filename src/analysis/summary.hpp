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

#include "model/date.hpp"
#include "model/framework.hpp"
#include "model/period.hpp"
#include "model/perspective.hpp"

namespace coprod::analysis {

// What the summary needs from one assessment file; small, so a summary of
// thousands of files does not hold them all.
struct AssessmentDigest {
  std::string source;
  std::string area;
  model::Perspective perspective = model::Perspective::organisation;
  model::Period period = *model::Period::parse("2026-Q1");
  std::vector<std::optional<double>> section_scores;  // as displayed, in the framework's order
  std::optional<model::Date> last_completed;          // the latest of its sections'
};

struct SectionStatistics {
  std::shared_ptr<const model::FrameworkSection> section;
  int areas = 0;  // how many areas scored it
  double minimum = 0, lower_quartile = 0, median = 0, upper_quartile = 0, maximum = 0;
};

struct PerspectiveSummary {
  model::Perspective perspective = model::Perspective::organisation;
  int areas = 0;
  std::vector<SectionStatistics> sections;
};

struct MissingPerspective {
  std::string area;
  std::vector<model::Perspective> missing;
};

struct StaleAssessment {
  AssessmentDigest digest;  // the area and perspective's latest file
};

struct PerspectiveGap {
  std::string area;
  std::shared_ptr<const model::FrameworkSection> section;
  double organisation = 0;
  double peer_network = 0;
  double difference() const { return organisation - peer_network; }
};

// Which way PerspectiveGap::difference() goes.
inline constexpr std::string_view k_gap_direction = "organisation minus peer network";

// Files for the same area, perspective and period (the summary can use only
// one of them: the last by file name).
struct ConflictingFiles {
  std::string area;
  model::Perspective perspective = model::Perspective::organisation;
  model::Period period = *model::Period::parse("2026-Q1");
  std::vector<std::string> sources;  // sorted; the last is the one used
};

std::vector<ConflictingFiles> find_conflicting_files(const std::vector<AssessmentDigest>& digests);

struct Summary {
  std::shared_ptr<const model::Framework> framework;
  model::Period latest = *model::Period::parse("2026-Q1");
  int files = 0;
  std::vector<std::string> areas;  // every area seen, sorted
  std::vector<PerspectiveSummary> perspectives;
  std::vector<MissingPerspective> missing;
  std::vector<StaleAssessment> stale;
  std::vector<PerspectiveGap> gaps;  // largest first
  model::Date today;
  int stale_months = 6;
};

// Quartiles use linear interpolation between the sorted values (as
// spreadsheets' QUARTILE.INC does).
Summary summarise(const std::shared_ptr<const model::Framework>& framework,
                  const std::vector<AssessmentDigest>& digests, const model::Date& today, int stale_months,
                  std::size_t top_gaps);

// The value at fraction q (0 to 1) of sorted values, interpolated.
double quantile(const std::vector<double>& sorted, double q);

}  // namespace coprod::analysis
