#pragma once
// The score report of `coprod score`: each section's score (the values of the
// co-production web) and the rows behind them, in four formats.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/scoring.hpp"
#include "model/text_field.hpp"
#include "util/diagnostic.hpp"

namespace coprod::render {

struct ScoreTextOptions {
  bool sections_only = false;  // the section table alone
  bool show_evidence = false;  // each row's evidence under it
  std::size_t width = 80;
};

enum class ScoreFormat { text, json, csv, markdown, diff };

// A score report in pieces, so many files can be reported as they are read
// without holding them all: start, then one item per assessment, then end.
std::string score_report_start(ScoreFormat format);
// `fields`: the file's text values as written (yaml::find_text_fields()),
// whose "# coprod: reviewed" marks the diff format shows; other formats do not.
std::string score_report_item(ScoreFormat format, const analysis::AssessmentResult& result, std::size_t index,
                              const ScoreTextOptions& options, const std::vector<model::TextField>& fields);
// An item is its separator (which depends on its place) and its body (which
// does not, so bodies can be rendered in parallel).
std::string score_report_separator(ScoreFormat format, std::size_t index, const ScoreTextOptions& options);
std::string score_report_body(ScoreFormat format, const analysis::AssessmentResult& result,
                              const ScoreTextOptions& options, const std::vector<model::TextField>& fields);
// In JSON, after the assessments, the files that could not be read
// (`"invalid"`, as check gives them: columns in characters).
std::string score_report_end(ScoreFormat format, std::size_t count, const util::Diagnostics& invalid = {});

// Whole reports.
std::string render_scores_text(const std::vector<analysis::AssessmentResult>& results, const ScoreTextOptions& options);
// With earlier periods (report --previous), each assessment also says the
// period its changes are measured from and each section its score then and
// the change (as the evidence pack shows them), and whether part of the change
// is a row scored in one period only (the pack's dagger): in JSON,
// "previous_file" and "previous_period" on the assessment and
// "previous_score", "change" and "change_includes_rows_scored_once" on each
// section; in CSV, the columns previous_period, previous_score, change and
// change_includes_rows_scored_once after the others (on section lines). Null
// or empty where there is no earlier score (or no change).
std::string render_scores_json(const std::vector<analysis::AssessmentResult>& results,
                               const analysis::AssessmentResults& previous = {});
std::string render_scores_csv(const std::vector<analysis::AssessmentResult>& results,
                              const analysis::AssessmentResults& previous = {});

// A change in a section's score, from tenths: "+0.5", "-1.0", "0.0".
std::string change_text(int tenths);
std::string render_scores_markdown(const std::vector<analysis::AssessmentResult>& results);

// A row's score's status as JSON and CSV give it beside the number (null or
// empty where there is none): "scored", "not-applicable" or "not-scored".
std::string_view score_status(const model::Score& score);
// The same for a section's score: "scored", "not-applicable" (every row
// n/a) or "not-scored".
std::string_view section_status(const analysis::SectionResult& section);

// A section's score as people read it: "3.2"; "n/a" when every row is marked
// n/a; else `not_scored` (each format's mark for a section not scored yet).
std::string section_score_text(const analysis::SectionResult& section, std::string_view not_scored);

// Who completed a section, for people: "completed by Peer network meeting";
// in a combined file (coprod combine) that names no one, "combined from 4
// individual responses"; nullopt when neither.
std::optional<std::string> completed_by_words(const model::Assessment& assessment,
                                              const model::SectionResponse* response);
// Whether another row of the framework has the same early indicator, word for
// word (rows 2.1 and 2.2 of the national tool do): such a row is told apart
// by its warning sign.
bool indicator_is_shared(const model::Framework& framework, const model::FrameworkRow& row);
// For a combined file whose section names no one, how many of the people
// scored the section, to follow completed_by_words(): "; 1 of them scored this
// section" ("; none of them scored this section"); else "".
std::string section_people_words(const model::Assessment& assessment, const model::SectionResponse* response);

// One assessment's part of each format.
std::string render_score_text_item(const analysis::AssessmentResult& result, const ScoreTextOptions& options);
std::string render_score_json_item(const analysis::AssessmentResult& result);  // an object, indented for the array
std::string render_score_csv_header();
std::string render_score_csv_item(const analysis::AssessmentResult& result);  // lines, without the header
std::string render_score_markdown_item(const analysis::AssessmentResult& result);
// For `git diff` (a textconv driver): one line per value a person writes
// (section and row scores, evidence, notes, ...), so a one-score change is a
// one-line diff; and one per "# coprod: reviewed" mark of `fields` (the
// file's text values as written, yaml::find_text_fields()), after its value's
// line: "contact.wrong-people evidence reviewed for personal data: email".
std::string render_score_diff_item(const analysis::AssessmentResult& result,
                                   const std::vector<model::TextField>& fields);

}  // namespace coprod::render
