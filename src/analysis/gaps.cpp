#include "analysis/gaps.hpp"

#include <fmt/format.h>

#include "analysis/held_back_scores.hpp"

namespace coprod::analysis {

std::string Gap::row_reference() const { return fmt::format("{}.{}", section->id, row->id); }

std::string Gap::description() const {
  if (kind == Kind::not_scored) return "not scored yet";
  return fmt::format("scored {} with no evidence", score.to_string());
}

std::vector<Gap> find_gaps(const AssessmentResult& result) {
  std::vector<Gap> gaps;
  for (const auto& section : result.sections) {
    const util::Position section_position = section.response ? section.response->position : util::Position{};
    for (const auto& row : section.rows) {
      const util::Position position = row.response ? row.response->position : section_position;
      // A score held back (one person's own, in the pack) was given: nothing is left to do there.
      if (is_held_back(row)) continue;
      if (row.score.state() == model::Score::State::not_scored) {
        gaps.push_back({Gap::Kind::not_scored, section.section, row.row, row.score, position});
      } else if (row.score.is_scored() && !row.has_evidence()) {
        gaps.push_back({Gap::Kind::no_evidence, section.section, row.row, row.score, position});
      }
    }
  }
  return gaps;
}

}  // namespace coprod::analysis
