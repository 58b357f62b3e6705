#pragma once
// The report of `coprod summary`, in four formats.

#include <string>

#include "analysis/summary.hpp"

namespace coprod::render {

std::string render_summary_text(const analysis::Summary& summary);
std::string render_summary_json(const analysis::Summary& summary);
std::string render_summary_csv(const analysis::Summary& summary);
std::string render_summary_markdown(const analysis::Summary& summary);

}  // namespace coprod::render
