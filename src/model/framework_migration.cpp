#include "model/framework_migration.hpp"

#include <algorithm>

namespace coprod::model {

namespace {

std::string renamed(const std::vector<std::pair<std::string, std::string>>& renames, const std::string& id) {
  for (const auto& [from, to] : renames) {
    if (from == id) return to;
  }
  return id;
}

}  // namespace

std::optional<FrameworkMigration> FrameworkMigration::between(const Framework& latest, int from_version) {
  if (from_version >= latest.version) return std::nullopt;
  FrameworkMigration migration;
  migration.m_from = from_version;
  migration.m_to = latest.version;
  for (int version = from_version + 1; version <= latest.version; ++version) {
    const auto change = std::find_if(latest.changes.begin(), latest.changes.end(),
                                     [version](const FrameworkChange& c) { return c.version == version; });
    if (change == latest.changes.end()) return std::nullopt;
    migration.m_chain.push_back(*change);
  }
  return migration;
}

std::string FrameworkMigration::section(const std::string& old_id) const {
  std::string id = old_id;
  for (const auto& change : m_chain) id = renamed(change.renamed_sections, id);
  return id;
}

std::optional<std::string> FrameworkMigration::row(const std::string& old_reference) const {
  std::string reference = old_reference;
  for (const auto& change : m_chain) {
    if (std::find(change.retired_rows.begin(), change.retired_rows.end(), reference) != change.retired_rows.end()) {
      return std::nullopt;
    }
    const auto dot = reference.find('.');
    if (dot != std::string::npos)
      reference = renamed(change.renamed_sections, reference.substr(0, dot)) + reference.substr(dot);
    reference = renamed(change.renamed_rows, reference);
  }
  return reference;
}

std::vector<std::string> FrameworkMigration::added_rows() const {
  std::vector<std::string> added;
  for (const auto& change : m_chain) {
    for (const auto& reference : change.retired_rows)
      added.erase(std::remove(added.begin(), added.end(), reference), added.end());
    added.insert(added.end(), change.added_rows.begin(), change.added_rows.end());
  }
  return added;
}

std::vector<std::string> FrameworkMigration::notes() const {
  std::vector<std::string> notes;
  for (const auto& change : m_chain) {
    if (!change.note.empty()) notes.push_back(change.note);
  }
  return notes;
}

}  // namespace coprod::model
