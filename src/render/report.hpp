#pragma once
// The evidence pack of `coprod report`: everything from one review in one
// self-contained HTML page (readable on screen, printable to A4) and the same
// content as Markdown.

#include <optional>
#include <string>
#include <vector>

#include "analysis/comparison.hpp"
#include "analysis/scoring.hpp"
#include "model/plan.hpp"

namespace coprod::render {

struct Report {
  std::string title;                           // "Co-production reflection: Northbridge, 2026-Q4"
  std::optional<std::string> date;             // only when given (--date or SOURCE_DATE_EPOCH)
  std::vector<const analysis::AssessmentResult*> inputs;
  std::optional<analysis::Comparison> comparison;  // with two or more inputs
  std::string web_svg;                          // the SVG document, to inline
  const model::Plan* plan = nullptr;
  bool scores_only = false;                     // evidence, notes and reflections left out
  std::vector<std::string> redacted_notes;      // e.g. "3 items of likely personal data were masked"
  std::string generator;                        // "coprod 0.1.0"
};

std::string render_report_html(const Report& report);
std::string render_report_markdown(const Report& report);

// Shared: "organisation, 2026-Q4" for input i.
std::string report_input_label(const Report& report, std::size_t index);

// Shared: the sections an action addresses, by label ("1. Commitment and
// leadership; Facilitate the process"); an unknown id as it is.
std::string action_sections_label(const model::Action& action, const model::Framework& framework);

}  // namespace coprod::render
