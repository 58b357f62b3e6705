#include "analysis/plan_carried_version.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "model/framework_migration.hpp"
#include "util/add_once.hpp"
#include "util/text.hpp"

namespace coprod::analysis {

namespace {

// `action`'s sections by the names `migration` leads to, each change added to `changed`.
std::vector<std::string> renamed_sections(const model::Action& action, const model::FrameworkMigration& migration,
                                          std::vector<ChangedReference>& changed) {
  std::vector<std::string> sections;
  for (const auto& section : action.sections) {
    const std::string now = migration.section(section);
    if (now != section) changed.push_back({action.id, "section", section, now});
    util::add_once(sections, now);
  }
  return sections;
}

// `action`'s rows by the names `migration` leads to (a retired one as it
// was), each change added to `changed`.
std::vector<std::string> renamed_rows(const model::Action& action, const model::FrameworkMigration& migration,
                                      std::vector<ChangedReference>& changed) {
  std::vector<std::string> rows;
  for (const auto& row : action.rows) {
    const auto now = migration.row(row);
    if (!now) changed.push_back({action.id, "row", row, ""});
    else if (*now != row) changed.push_back({action.id, "row", row, *now});
    util::add_once(rows, now.value_or(row));
  }
  return rows;
}

bool was_retired(const std::vector<ChangedReference>& changed, const std::string& action, const std::string& row) {
  return std::any_of(changed.begin(), changed.end(), [&](const ChangedReference& c) {
    return c.action == action && c.kind == "row" && c.from == row && c.to.empty();
  });
}

// The sections and rows `carried` name that `framework` does not have, each
// with the action naming it: "row 'listening.first-say' (listening-1)", and
// "row 'listening.minutes' (listening-2, retired after version 1)".
std::vector<std::string> names_not_in(const CarriedAcrossVersions& carried, const model::Framework& framework,
                                      int earlier_version) {
  std::vector<std::string> missing;
  for (const auto& action : carried.actions) {
    for (const auto& section : action.sections)
      if (!framework.find_section(section)) missing.push_back(fmt::format("section '{}' ({})", section, action.id));
    for (const auto& reference : action.rows) {
      const auto dot = reference.find('.');
      const auto* section = framework.find_section(reference.substr(0, dot));
      const std::string row = dot == std::string::npos ? "" : reference.substr(dot + 1);
      const bool found = section && std::any_of(section->rows.begin(), section->rows.end(),
                                                [&](const model::FrameworkRow& r) { return r.id == row; });
      if (found) continue;
      const std::string retired = was_retired(carried.changed, action.id, reference)
                                      ? fmt::format(", retired after version {}", earlier_version)
                                      : "";
      missing.push_back(fmt::format("row '{}' ({}{})", reference, action.id, retired));
    }
  }
  return missing;
}

bool any_renamed(const CarriedAcrossVersions& carried) {
  return std::any_of(carried.changed.begin(), carried.changed.end(),
                     [](const ChangedReference& c) { return !c.to.empty(); });
}

}  // namespace

CarriedAcrossVersions follow_renames(std::vector<model::Action> carried, int from_version,
                                     const model::Framework& framework) {
  CarriedAcrossVersions result{std::move(carried), {}};
  const auto migration = model::FrameworkMigration::between(framework, from_version);
  if (!migration) return result;
  for (auto& action : result.actions) {
    action.sections = renamed_sections(action, *migration, result.changed);
    action.rows = renamed_rows(action, *migration, result.changed);
  }
  return result;
}

std::string renamed_in_words(const ChangedReference& changed, int to_version) {
  if (changed.to.empty()) return "";
  return fmt::format("{} moved from {} '{}' to '{}', its name in version {}", changed.action, changed.kind,
                     changed.from, changed.to, to_version);
}

std::optional<CarriedVersionCheck> check_carried_version(const model::Plan& earlier, const model::Plan& later,
                                                         const CarriedAcrossVersions& carried,
                                                         const model::Framework& framework, CarriedInto into) {
  if (earlier.framework_version == later.framework_version || carried.actions.empty()) return std::nullopt;
  const std::string versions =
      fmt::format("it was made with version {} of the framework '{}' and the assessments with version {}",
                  earlier.framework_version, earlier.framework_id, later.framework_version);
  const auto missing = names_not_in(carried, framework, earlier.framework_version);
  const bool renamed = any_renamed(carried);
  const std::string check = "check that each still means what was agreed";
  if (into == CarriedInto::sheet_only) {
    const std::string new_names =
        renamed ? fmt::format(", each section and row renamed since by its name in version {}", later.framework_version)
                : "";
    const std::string lacking =
        missing.empty() ? ""
                        : fmt::format("; version {} has no {}", later.framework_version, util::join_in_words(missing));
    return CarriedVersionCheck{false, fmt::format("{}; the sheet lists its unfinished actions as they were agreed "
                                                  "under version {}{}{}: {}",
                                                  versions, earlier.framework_version, new_names, lacking, check)};
  }
  if (missing.empty())
    return CarriedVersionCheck{
        false, fmt::format("{}; every section and row its unfinished actions name is in version {}{}: {}", versions,
                           later.framework_version,
                           renamed ? ", some by a new name, so they are carried with the new names"
                                   : ", so they are carried as they are",
                           check)};
  return CarriedVersionCheck{
      true, fmt::format("{}, which has no {}; to carry the others, set those actions' status to dropped in the "
                        "earlier plan (coprod plan --edit EARLIER.yaml --set ID.status=dropped) and run this again, "
                        "then add each again with a section and rows version {} has (coprod plan --edit NEW.yaml "
                        "--add-action SECTION --row ROW)",
                        versions, util::join_in_words(missing), later.framework_version)};
}

}  // namespace coprod::analysis
