#include "model/framework_catalog.hpp"

#include <algorithm>

namespace coprod::model {

void FrameworkCatalog::add(Framework framework) {
  for (auto& existing : m_frameworks) {
    if (existing.id == framework.id && existing.version == framework.version) {
      existing = std::move(framework);
      return;
    }
  }
  m_frameworks.push_back(std::move(framework));
}

const Framework* FrameworkCatalog::find(const std::string& id, int version) const {
  for (const auto& framework : m_frameworks) {
    if (framework.id == id && framework.version == version) return &framework;
  }
  return nullptr;
}

const Framework* FrameworkCatalog::find_latest(const std::string& id) const {
  const Framework* latest = nullptr;
  for (const auto& framework : m_frameworks) {
    if (framework.id == id && (!latest || framework.version > latest->version)) latest = &framework;
  }
  return latest;
}

std::vector<std::string> FrameworkCatalog::ids() const {
  std::vector<std::string> ids;
  for (const auto& framework : m_frameworks) {
    if (std::find(ids.begin(), ids.end(), framework.id) == ids.end()) ids.push_back(framework.id);
  }
  return ids;
}

}  // namespace coprod::model
