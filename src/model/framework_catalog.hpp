#pragma once
// The frameworks a run knows about: the built-in ones and any the user passed.
// Built once per run and shared by every file, so many files cost one parse
// of each framework.
//
// A catalog is frozen once built: there is no add(). Each framework is held
// by a shared pointer, so what find() returns stays valid however long the
// caller keeps it, even after the catalog is gone.

#include <memory>
#include <string>
#include <vector>

#include "model/framework.hpp"

namespace coprod::model {

class FrameworkCatalog {
 public:
  FrameworkCatalog() = default;
  // A framework with the same id and version as an earlier one replaces it
  // (in the earlier one's place). The command line refuses a framework file
  // with a built-in framework's id, or with another file's id and version
  // (cli/loading.cpp), so none replaces another.
  explicit FrameworkCatalog(std::vector<Framework> frameworks);

  // Null when there is none.
  std::shared_ptr<const Framework> find(const std::string& id, int version) const;
  // The newest version with this id; null when there is none.
  std::shared_ptr<const Framework> find_latest(const std::string& id) const;
  const std::vector<std::shared_ptr<const Framework>>& all() const { return m_frameworks; }
  std::vector<std::string> ids() const;

 private:
  std::vector<std::shared_ptr<const Framework>> m_frameworks;
};

}  // namespace coprod::model
