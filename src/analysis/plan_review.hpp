#pragma once
// Following an action plan up: which actions are done, open or overdue on a
// given date, and how the sections they address moved between the
// assessments the plan was made from and the latest ones.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "analysis/scoring.hpp"
#include "model/plan.hpp"

namespace coprod::analysis {

enum class ActionState { draft, open, in_progress, overdue, done, dropped };
std::string_view action_state_id(ActionState state);  // "overdue"

// Why one side of a movement has no score: no assessment from that
// perspective among those files, the section not scored yet in it, or every
// row of the section marked not applicable.
enum class NoScore { no_assessment, not_scored, not_applicable };

struct ScoreMovement {
  std::string perspective;                     // "peer-network"
  std::optional<double> before;                // when the plan was made
  std::optional<double> now;                   // in the latest assessment
  NoScore no_before = NoScore::no_assessment;  // why `before` is empty, when it is
  NoScore no_now = NoScore::no_assessment;     // why `now` is empty, when it is
};

struct SectionProgress {
  std::shared_ptr<const model::FrameworkSection> section;  // null for an id the framework does not have
  std::vector<ScoreMovement> movements;                    // one per perspective with a score either side
};

struct ActionReview {
  model::Action action;  // a copy of the plan's
  ActionState state = ActionState::open;
  std::vector<SectionProgress> sections;
  bool target_checked = false;  // it has a target and its sections have latest scores to check it against
  bool target_reached = false;  // checked, and every latest score of its sections is at or above the target
};

struct PlanReview {
  model::Date today;
  std::vector<ActionReview> actions;  // one per action of the plan, in its order
  // The periods of the assessments each movement runs between, earliest
  // first: those the plan was made from, and the latest given.
  std::vector<model::Period> before_periods;
  std::vector<model::Period> now_periods;
  int count(ActionState state) const;
};

// An action's state on `today`: done, dropped, a draft (no 'what' yet),
// overdue (past its due date), in progress or open.
ActionState action_state(const model::Action& action, const model::Date& today);

// Whether a section score (to one decimal, as shown) is at or above an
// action's target: what "reached" means in a review and in the evidence pack.
bool reaches_target(double section_score, const model::Score& target);

// `before` are the assessments the plan was made from (may be empty when they
// cannot be found); `now` the latest ones. Matched by perspective.
PlanReview review_plan(const model::Plan& plan, const std::shared_ptr<const model::Framework>& framework,
                       const AssessmentResults& before, const AssessmentResults& now, const model::Date& today);

}  // namespace coprod::analysis
