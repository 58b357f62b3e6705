#pragma once
// Carrying the unfinished actions of a plan made with an earlier version of
// the framework ('coprod plan --from EARLIER' when the assessments are of a
// later version): each section and row renamed since is given its new name,
// through the changes the later version records (model::FrameworkMigration,
// the same mapping that reads an older assessment), and whether what is left
// fits the later version.

#include <optional>
#include <string>
#include <vector>

#include "model/framework.hpp"
#include "model/plan.hpp"

namespace coprod::analysis {

// A section or row an action agreed under an earlier version of the
// framework names that a later version renamed or retired.
struct ChangedReference {
  std::string action;  // the action's id
  std::string kind;    // "section" or "row"
  std::string from;    // the earlier version's id: "listening.first-say"
  std::string to;      // the later version's: "listening.speak-first"; "" when retired
};

// Actions carried from an earlier plan, with what changed in the names they use.
struct CarriedAcrossVersions {
  std::vector<model::Action> actions;
  std::vector<ChangedReference> changed;  // in the actions' order
};

// `carried` (agreed under version `from_version`) with each section and row
// renamed since named as `framework` (a later version) names it, through the
// `changes:` it records; a row retired since is kept as it was and listed as
// retired. Unchanged when `framework` is not later or does not record the
// changes of every version since `from_version`.
CarriedAcrossVersions follow_renames(std::vector<model::Action> carried, int from_version,
                                     const model::Framework& framework);

// What a renamed section or row is now, for the person running coprod:
// "listening-1 moved from row 'listening.first-say' to 'listening.speak-first',
// its name in version 2". "" for a retired one.
std::string renamed_in_words(const ChangedReference& changed, int to_version);

// When `earlier` was made with another version of its framework than
// `later`: whether its carried actions (after follow_renames()) fit
// `framework` (the version of `later`). Each section and row they name is
// there: carried, with a warning naming both versions, since the words may
// have changed (and some ids, where renamed). A section or row that version
// does not have (a retired row is named as retired): refused, as the new
// plan would not load, unless they only go on the planning sheet
// (CarriedInto::sheet_only), which lists them as agreed under the earlier
// version, with a warning. nullopt when the versions are the same or
// nothing is carried.
struct CarriedVersionCheck {
  bool refused = false;
  std::string message;  // after "--from EARLIER: "
};
enum class CarriedInto { sheet_only, plan_file };
std::optional<CarriedVersionCheck> check_carried_version(const model::Plan& earlier, const model::Plan& later,
                                                         const CarriedAcrossVersions& carried,
                                                         const model::Framework& framework, CarriedInto into);

}  // namespace coprod::analysis
