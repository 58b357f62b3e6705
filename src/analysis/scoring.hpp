#pragma once
// The guide's scoring rule (5.4.2): a phase's score is the average of its
// rows' scores. Rows marked not applicable, and rows not scored yet, are left
// out of the average; every average carries its coverage so "3.2" is always
// read as "3.2 from 4 of 5 rows".

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
  const model::FrameworkRow* row = nullptr;
  const model::RowResponse* response = nullptr;  // nullptr when the file has no entry
  model::Score score = model::Score::not_scored();

  bool has_evidence() const { return response && response->has_evidence(); }
};

struct SectionResult {
  const model::FrameworkSection* section = nullptr;
  const model::SectionResponse* response = nullptr;
  std::vector<RowResult> rows;
  int scored_rows = 0;
  int not_applicable_rows = 0;
  int not_scored_rows = 0;
  std::optional<Mean> score;  // none until at least one row is scored

  int total_rows() const { return static_cast<int>(rows.size()); }
};

struct AssessmentResult {
  const model::Framework* framework = nullptr;
  const model::Assessment* assessment = nullptr;
  std::vector<SectionResult> sections;  // in the framework's order
};

AssessmentResult score_assessment(const model::Framework& framework,
                                  const model::Assessment& assessment);

// "3.2 from 4 of 5 rows", "not scored yet (0 of 3 rows)", "... , 1 not applicable"
std::string describe_coverage(const SectionResult& section);

}  // namespace coprod::analysis
