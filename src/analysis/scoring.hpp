#pragma once
// The guide's scoring rule (5.4.2): a phase's score is the average of its
// rows' scores. Rows marked not applicable, and rows not scored yet, are left
// out of the average; every average carries its coverage so "3.2" is always
// read as "3.2 from 4 of 5 rows".
//
// Results own what they refer to: each holds shared pointers to its part of
// the framework and of the assessment (parts of the whole, made with
// shared_ptr's aliasing constructor), so a RowResult or SectionResult copied
// out and kept stays valid whatever happens to the catalog or the loaded files.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/assessment.hpp"
#include "model/framework.hpp"

namespace coprod::analysis {

// An exact mean of half-point scores, kept as a fraction so rounding happens
// once, the same way, everywhere.
struct Mean {
  int sum_halves = 0;
  int count = 0;

  double value() const { return sum_halves / (2.0 * count); }
  // The mean in tenths, rounded half up: 3.25 -> 33.
  int tenths() const;
  // One decimal place: "3.3".
  std::string to_string() const;
};

struct RowResult {
  std::shared_ptr<const model::FrameworkRow> row;
  std::shared_ptr<const model::RowResponse> response;  // null when the file has no entry
  model::Score score = model::Score::not_scored();

  bool has_evidence() const { return response && response->has_evidence(); }
};

// How many of a section's rows its average counts.
struct Coverage {
  int scored = 0;
  int not_applicable = 0;
  int total = 0;

  // An average that leaves out rows (n/a or not scored yet): "2.8" alone would
  // be misread as covering the whole section.
  bool is_partial() const { return scored > 0 && scored < total; }
};

struct SectionResult {
  std::shared_ptr<const model::FrameworkSection> section;
  std::shared_ptr<const model::SectionResponse> response;  // null when the file has no entry
  std::vector<RowResult> rows;
  int scored_rows = 0;
  int not_applicable_rows = 0;
  int not_scored_rows = 0;
  std::optional<Mean> score;  // none until at least one row is scored

  int total_rows() const { return static_cast<int>(rows.size()); }
  // Every row marked n/a: the section does not apply here. It has no score,
  // like a section not scored yet, but nothing is waiting to be scored.
  bool is_not_applicable() const { return !rows.empty() && not_applicable_rows == total_rows(); }
  Coverage coverage() const { return {scored_rows, not_applicable_rows, total_rows()}; }
};

struct AssessmentResult {
  std::shared_ptr<const model::Framework> framework;
  std::shared_ptr<const model::Assessment> assessment;
  std::vector<SectionResult> sections;  // in the framework's order
};

// Assessments scored together (compare, plan, report...), shared by whatever keeps them.
using AssessmentResults = std::vector<std::shared_ptr<const AssessmentResult>>;

AssessmentResult score_assessment(std::shared_ptr<const model::Framework> framework,
                                  std::shared_ptr<const model::Assessment> assessment);
// The same for an assessment the result is to own: move it in, so it is not copied.
AssessmentResult score_assessment(std::shared_ptr<const model::Framework> framework, model::Assessment assessment);

// "4 of 5 rows", "0 of 3 rows", "2 of 3 rows, 1 not applicable"
std::string describe_coverage(const Coverage& coverage);
std::string describe_coverage(const SectionResult& section);

}  // namespace coprod::analysis
