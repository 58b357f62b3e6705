#pragma once
// The report of `coprod summary`, in four formats.

#include <cstddef>
#include <string>

#include "analysis/summary.hpp"

namespace coprod::render {

// Fitted to `width` columns (60 or more): the section tables go to two lines a
// section when the names do not fit beside the numbers, and long lines wrap.
std::string render_summary_text(const analysis::Summary& summary, std::size_t width = 80);
std::string render_summary_json(const analysis::Summary& summary);
std::string render_summary_csv(const analysis::Summary& summary);
std::string render_summary_markdown(const analysis::Summary& summary);

}  // namespace coprod::render
