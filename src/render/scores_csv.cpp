#include <cmath>

#include <fmt/format.h>

#include "model/perspective.hpp"
#include "render/scores.hpp"
#include "util/escape.hpp"

namespace coprod::render {

// One line per section (kind "section", row empty) followed by one line per
// row (kind "row"), so a spreadsheet filter on `kind` gives either table.
std::string render_score_csv_header() {
  return util::csv_record({"file", "area", "perspective", "period", "framework", "kind", "section", "row", "score",
                           "mean", "scored_rows", "total_rows", "evidence", "people", "lowest", "highest"});
}

std::string render_score_csv_item(const analysis::AssessmentResult& result) {
  std::string out;
  {
    const auto& a = *result.assessment;
    const std::vector<std::string> common = {a.source, a.area, std::string(model::perspective_id(a.perspective)),
                                             a.period.to_string(), result.framework->id};
    const auto line = [&](std::vector<std::string> rest) {
      std::vector<std::string> fields = common;
      fields.insert(fields.end(), rest.begin(), rest.end());
      out += util::csv_record(fields);
    };
    for (const auto& section : result.sections) {
      // A section with no score is an empty cell; one whose rows are all n/a reads "n/a", as its rows do.
      line({"section", section.section->id, "", section_score_text(section, ""),
            section.score ? fmt::format("{}", std::round(section.score->value() * 10000.0) / 10000.0) : "",
            fmt::format("{}", section.scored_rows), fmt::format("{}", section.total_rows()), "", "", "", ""});
      for (const auto& row : section.rows) {
        const std::string evidence = row.response && row.response->evidence ? *row.response->evidence : "";
        // A combined row's score is the median: how many people scored it, and their lowest and highest.
        const auto& spread = row.response ? row.response->spread : std::nullopt;
        line({"row", section.section->id, row.row->id, row.score.to_string(), "", "", "", evidence,
              spread ? fmt::format("{}", spread->count) : "", spread ? spread->min.to_string() : "",
              spread ? spread->max.to_string() : ""});
      }
    }
  }
  return out;
}

std::string render_scores_csv(const std::vector<analysis::AssessmentResult>& results) {
  std::string out = render_score_csv_header();
  for (const auto& result : results) out += render_score_csv_item(result);
  return out;
}

}  // namespace coprod::render
