#pragma once
// Reading an assessment made with an older version of a framework: its
// section and row ids are carried forward through each version's changes
// (renamed, retired), and rows added since are reported as not scored.

#include <optional>
#include <string>
#include <vector>

#include "model/framework.hpp"

namespace coprod::model {

class FrameworkMigration {
 public:
  // nullopt unless `latest` records changes for every version after `from_version`.
  static std::optional<FrameworkMigration> between(const Framework& latest, int from_version);

  int from_version() const { return m_from; }
  int to_version() const { return m_to; }
  // An old section id in the current framework (renamed, or as it was).
  std::string section(const std::string& old_id) const;
  // An old "section.row" reference in the current framework, or nullopt when retired.
  std::optional<std::string> row(const std::string& old_reference) const;
  // Rows added since `from_version` (and not retired again).
  std::vector<std::string> added_rows() const;
  std::vector<std::string> notes() const;

 private:
  std::vector<FrameworkChange> m_chain;  // copied from the framework, oldest first
  int m_from = 1;
  int m_to = 1;
};

}  // namespace coprod::model
