#pragma once
// The rows of a review scored with no evidence given to support the score:
// the guide asks for the evidence behind each score, and a board reading the
// scores should know which stand on none. A row not scored yet, marked not
// applicable or whose score is held back (held_back_scores.hpp) shows no
// score, so needs none. Every scored row counts, whatever its score: `check`'s
// rule evidence-missing flags only scores of 3 or more.

#include <cstddef>
#include <vector>

#include "analysis/scoring.hpp"

namespace coprod::analysis {

// A row of a result: its section's index in the framework and its own in the section.
struct RowPlace {
  std::size_t section = 0;
  std::size_t row = 0;

  friend bool operator==(const RowPlace&, const RowPlace&) = default;
};

struct RowsWithoutEvidence {
  std::vector<RowPlace> rows;  // scored with no evidence, in framework order
  std::size_t scored = 0;      // every scored row, with evidence or without
};

RowsWithoutEvidence rows_without_evidence(const AssessmentResult& result);

}  // namespace coprod::analysis
