#include <algorithm>

#include <fmt/format.h>

#include "render/diagnostic_json.hpp"
#include "render/scores.hpp"
#include "util/json_writer.hpp"

namespace coprod::render {

std::optional<std::string> completed_by_words(const model::Assessment& assessment,
                                              const model::SectionResponse* response) {
  if (response && response->completed_by && !response->completed_by->empty())
    return "completed by " + *response->completed_by;
  if (assessment.combined_from) {
    return fmt::format("combined from {} individual {}", *assessment.combined_from,
                       *assessment.combined_from == 1 ? "response" : "responses");
  }
  return std::nullopt;
}

std::string section_people_words(const model::Assessment& assessment, const model::SectionResponse* response) {
  if (!assessment.combined_from || (response && response->completed_by && !response->completed_by->empty())) return {};
  const int people = response && response->spread ? response->spread->count : 0;
  return people == 0 ? "; none of them scored this section" : fmt::format("; {} of them scored this section", people);
}

bool indicator_is_shared(const model::Framework& framework, const model::FrameworkRow& row) {
  if (!row.indicator) return false;
  const std::string indicator = row.indicator->flattened();
  for (const auto& section : framework.sections)
    for (const auto& other : section.rows)
      if (&other != &row && other.indicator && other.indicator->flattened() == indicator) return true;
  return false;
}

std::string section_score_text(const analysis::SectionResult& section, std::string_view not_scored) {
  if (section.score) return section.score->to_string();
  return section.is_not_applicable() ? "n/a" : std::string(not_scored);
}

std::string score_report_start(ScoreFormat format) {
  switch (format) {
    case ScoreFormat::json: return "{\n  \"format\": \"coprod-scores/1\",\n  \"assessments\": [";
    case ScoreFormat::csv: return render_score_csv_header();
    case ScoreFormat::markdown: return "# Co-production reflection tool: scores\n";
    case ScoreFormat::text:
    case ScoreFormat::diff: break;
  }
  return {};
}

std::string score_report_separator(ScoreFormat format, std::size_t index, const ScoreTextOptions& options) {
  if (format == ScoreFormat::json) return index == 0 ? "\n    " : ",\n    ";
  if (format == ScoreFormat::text && index > 0)
    return "\n" + std::string(std::min<std::size_t>(options.width, 80), '=') + "\n\n";
  return {};
}

std::string score_report_body(ScoreFormat format, const analysis::AssessmentResult& result,
                              const ScoreTextOptions& options, const std::vector<model::TextField>& fields) {
  switch (format) {
    case ScoreFormat::json: return render_score_json_item(result);
    case ScoreFormat::csv: return render_score_csv_item(result);
    case ScoreFormat::markdown: return render_score_markdown_item(result);
    case ScoreFormat::diff: return render_score_diff_item(result, fields);
    case ScoreFormat::text: break;
  }
  return render_score_text_item(result, options);
}

std::string score_report_item(ScoreFormat format, const analysis::AssessmentResult& result, std::size_t index,
                              const ScoreTextOptions& options, const std::vector<model::TextField>& fields) {
  return score_report_separator(format, index, options) + score_report_body(format, result, options, fields);
}

std::string score_report_end(ScoreFormat format, std::size_t count, const util::Diagnostics& invalid) {
  if (format != ScoreFormat::json) return {};
  // `"invalid": [...]`, a member of the report's object: written in an object
  // of its own, at the same depth, then taken out of its braces.
  util::JsonWriter json;
  json.begin_object();
  write_invalid_files_json(json, invalid);
  json.end_object();
  const std::string object = json.fragment();
  const std::string_view opening = "{\n  ";
  const std::string_view closing = "\n}";
  const std::string member = object.substr(opening.size(), object.size() - opening.size() - closing.size());
  return (count == 0 ? "],\n  " : "\n  ],\n  ") + member + "\n}\n";
}

}  // namespace coprod::render
