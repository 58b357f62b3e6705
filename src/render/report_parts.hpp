#pragma once
// The parts of the evidence pack, numbered in the order they come, so that
// page 1 can point to one that a reader finds on paper too (Chromium prints
// no page number a link could give): "see “Part 4: Scored rows with no
// evidence”". Each part's heading, the contents list and every pointer to a
// part take its heading from here, in index.html and report.md alike.

#include <string>
#include <string_view>
#include <vector>

#include "render/report.hpp"

namespace coprod::render {

enum class ReportPart {
  summary,
  about,
  every_period,
  row_changes,
  no_evidence,
  differences,
  rows,
  reflections,
  plan,
  glossary,
};

struct PartOfReport {
  ReportPart part = ReportPart::summary;
  std::string_view id;  // the HTML section's id: "no-evidence"
  std::string title;    // "Scored rows with no evidence"
};

// The parts this pack has, in order: part 1 is the summary on page 1.
std::vector<PartOfReport> report_parts(const Report& report);

// A part's heading as printed: "Part 4: Scored rows with no evidence"; empty
// for a part this pack does not have.
std::string part_heading(const Report& report, ReportPart part);

// That heading's link target in report.md, as GitHub and other Markdown
// viewers make one from a heading: "part-4-scored-rows-with-no-evidence".
std::string part_markdown_anchor(const Report& report, ReportPart part);

}  // namespace coprod::render
