#pragma once
// The frameworks a run knows about: the built-in ones and any the user passed.
// Built once per run and shared by every file, so many files cost one parse
// of each framework.

#include <string>
#include <vector>

#include "model/framework.hpp"

namespace coprod::model {

class FrameworkCatalog {
 public:
  // Adds a framework; one with the same id and version replaces the earlier
  // one, so a user's file can stand in for a built-in.
  void add(Framework framework);

  const Framework* find(const std::string& id, int version) const;
  // The newest version with this id.
  const Framework* find_latest(const std::string& id) const;
  const std::vector<Framework>& all() const { return m_frameworks; }
  std::vector<std::string> ids() const;

 private:
  std::vector<Framework> m_frameworks;
};

}  // namespace coprod::model
