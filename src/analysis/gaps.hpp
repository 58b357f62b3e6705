#pragma once
// What an assessment still lacks: rows with no score yet, and scores with no
// supporting evidence (the guide asks for evidence behind every score).

#include <memory>
#include <string>
#include <vector>

#include "analysis/scoring.hpp"
#include "util/diagnostic.hpp"

namespace coprod::analysis {

struct Gap {
  enum class Kind { not_scored, no_evidence };
  Kind kind;
  std::shared_ptr<const model::FrameworkSection> section;
  std::shared_ptr<const model::FrameworkRow> row;
  model::Score score = model::Score::not_scored();
  util::Position position;  // where to go in the file to fill it in

  // "commitment.leaders" (the id people type in commands)
  std::string row_reference() const;
  // "not scored yet" / "scored 3 with no evidence"
  std::string description() const;
};

std::vector<Gap> find_gaps(const AssessmentResult& result);

}  // namespace coprod::analysis
