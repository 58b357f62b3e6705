#pragma once
// Assessments made up in code for the unit tests, on the built-in IPC
// co-production framework (version 1).

#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "model/assessment.hpp"
#include "model/framework.hpp"
#include "model/framework_catalog.hpp"
#include "model/period.hpp"
#include "model/perspective.hpp"
#include "model/score.hpp"
#include "yaml/builtin_frameworks.hpp"

namespace coprod::test {

inline std::shared_ptr<const model::Framework> ipc() {
  static const model::FrameworkCatalog catalog = yaml::builtin_catalog();
  return catalog.find("ipc-coproduction", 1);
}

// A row's score to set in place of uniform_assessment()'s: section, row, score, and whether its
// warning sign is marked as seen too.
using RowOverride = std::tuple<std::string, std::string, model::Score, bool>;

// Northbridge's assessment from this perspective, every row of every section scored `halves`,
// except the overrides.
inline model::Assessment uniform_assessment(model::Perspective perspective, int halves,
                                            const std::vector<RowOverride>& overrides = {}) {
  model::Assessment assessment;
  assessment.area = "Northbridge";
  assessment.perspective = perspective;
  for (const auto& section : ipc()->sections) {
    model::SectionResponse response;
    response.section_id = section.id;
    for (const auto& row : section.rows) {
      model::RowResponse r;
      r.row_id = row.id;
      r.score = model::Score::from_halves(halves);
      for (const auto& [s, id, score, warning] : overrides) {
        if (s == section.id && id == row.id) {
          r.score = score;
          if (warning) r.warning_seen = true;
        }
      }
      response.rows.push_back(r);
    }
    assessment.sections.push_back(response);
  }
  return assessment;
}

// The peer network's 2026-Q4 review of commitment.strategy and .motivation, as one version of its
// file: strategy scored `strategy_halves`, motivation 3.
inline model::Assessment review_version(const std::string& origin, int strategy_halves,
                                        std::optional<std::string> strategy_evidence,
                                        std::optional<std::string> motivation_evidence) {
  model::Assessment assessment;
  assessment.source = origin + ".yaml";
  assessment.origin = origin;
  assessment.area = "Northbridge";
  assessment.perspective = model::Perspective::peer_network;
  assessment.period = *model::Period::parse("2026-Q4");
  model::SectionResponse section;
  section.section_id = "commitment";
  section.rows.push_back({});
  section.rows[0].row_id = "strategy";
  section.rows[0].score = model::Score::from_halves(strategy_halves);
  section.rows[0].evidence = std::move(strategy_evidence);
  section.rows.push_back({});
  section.rows[1].row_id = "motivation";
  section.rows[1].score = model::Score::from_halves(6);
  section.rows[1].evidence = std::move(motivation_evidence);
  assessment.sections.push_back(section);
  return assessment;
}

// A row of the commitment section, its score and evidence (none when empty), for commitment_assessment().
struct CommitmentRow {
  std::string row;
  model::Score score;
  std::string evidence;
};

// An assessment from this perspective, area and period whose commitment section holds the rows given.
inline model::Assessment commitment_assessment(model::Perspective perspective, const std::vector<CommitmentRow>& rows,
                                               const std::string& period, const std::string& area) {
  model::Assessment result;
  result.source = std::string(model::perspective_id(perspective)) + "-" + period + ".yaml";
  result.area = area;
  result.perspective = perspective;
  result.period = *model::Period::parse(period);
  model::SectionResponse section;
  section.section_id = "commitment";
  for (const auto& row : rows) {
    section.rows.push_back({});
    section.rows.back().row_id = row.row;
    section.rows.back().score = row.score;
    if (!row.evidence.empty()) section.rows.back().evidence = row.evidence;
  }
  result.sections.push_back(section);
  return result;
}

}  // namespace coprod::test
