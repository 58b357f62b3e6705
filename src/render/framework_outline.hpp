#pragma once
// A framework as readable text: every section's aim, "what will be
// different", and rows with their early indicators and warning signs.

#include <memory>
#include <string>
#include <vector>

#include "model/framework.hpp"

namespace coprod::render {

std::string render_framework_outline(const model::Framework& framework, std::size_t width);

// Each framework: "ipc-coproduction (version 1): 7 sections, 24 rows" and its
// title under it, wrapped to `width`.
std::string render_framework_list(const std::vector<std::shared_ptr<const model::Framework>>& frameworks,
                                  std::size_t width);

}  // namespace coprod::render
