#include "model/framework_catalog.hpp"

#include <algorithm>

#include "util/add_once.hpp"

namespace coprod::model {

FrameworkCatalog::FrameworkCatalog(std::vector<Framework> frameworks) {
  for (auto& framework : frameworks) {
    auto shared = std::make_shared<const Framework>(std::move(framework));
    const auto same = std::find_if(m_frameworks.begin(), m_frameworks.end(), [&](const auto& existing) {
      return existing->id == shared->id && existing->version == shared->version;
    });
    if (same != m_frameworks.end()) *same = std::move(shared);
    else m_frameworks.push_back(std::move(shared));
  }
}

std::shared_ptr<const Framework> FrameworkCatalog::find(const std::string& id, int version) const {
  for (const auto& framework : m_frameworks) {
    if (framework->id == id && framework->version == version) return framework;
  }
  return nullptr;
}

std::shared_ptr<const Framework> FrameworkCatalog::find_latest(const std::string& id) const {
  std::shared_ptr<const Framework> latest;
  for (const auto& framework : m_frameworks) {
    if (framework->id == id && (!latest || framework->version > latest->version)) latest = framework;
  }
  return latest;
}

std::vector<std::string> FrameworkCatalog::ids() const {
  std::vector<std::string> ids;
  for (const auto& framework : m_frameworks) {
    util::add_once(ids, framework->id);
  }
  return ids;
}

}  // namespace coprod::model
