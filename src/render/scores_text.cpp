#include <algorithm>

#include <fmt/format.h>

#include "analysis/gaps.hpp"
#include "model/sections_as_rows.hpp"
#include "render/missing_score.hpp"
#include "render/row_words.hpp"
#include "render/scores.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"
#include "util/title_join.hpp"

namespace coprod::render {

namespace {

using analysis::AssessmentResult;
using analysis::SectionResult;

constexpr std::size_t k_row_id_width = 22;

std::string padded(std::string_view text, std::size_t width) {
  std::string out(text);
  const std::size_t used = util::display_width(text);
  if (used < width) out.append(width - used, ' ');
  return out;
}

// Wrapped text, every line starting with `indent` spaces.
void append_wrapped(std::string& out, std::size_t indent, std::string_view text, std::size_t width) {
  out += util::wrap_hanging(util::terminal_text(text), width, indent, indent);
}

// Free text from a file, wrapped, every line starting with `indent` spaces, its own line breaks kept.
void append_text_lines(std::string& out, std::size_t indent, std::string_view text, std::size_t width) {
  const std::size_t available = width > indent + 20 ? width - indent : 20;
  for (const auto& line : util::wrap_lines(util::terminal_text(text, true), available)) {
    out += line.empty() ? "\n" : std::string(indent, ' ') + line + '\n';
  }
}

// Columns for a row's text below which a row whose early indicator another
// row shares gives its warning sign a line of its own: beside the indicator,
// cut to two thirds of them, too few of the sign's words would show to tell
// the two rows apart.
constexpr std::size_t k_sign_beside_width = 60;

// The row's early indicator, or its warning sign when it has no indicator,
// cut to `width`. A row whose early indicator another row shares adds its
// warning sign, so the two can be told apart, as the Markdown does: beside the
// indicator, which gives way first, keeping a third of the width; or, in
// fewer than k_sign_beside_width columns, on a line of its own starting with
// `indent` spaces.
std::string row_summary(const model::Framework& framework, const model::FrameworkRow& row, std::size_t width,
                        std::size_t indent) {
  if (!row.indicator)
    return util::truncate_to_width(util::terminal_text("Warning sign: " + row.warning->flattened()), width);
  const std::string indicator = util::terminal_text(row.indicator->flattened());
  if (!row.warning || !indicator_is_shared(framework, row)) return util::truncate_to_width(indicator, width);
  if (width < k_sign_beside_width) {
    const std::string sign = util::terminal_text("Warning sign: " + row.warning->flattened());
    return util::truncate_to_width(indicator, width) + '\n' + std::string(indent, ' ') +
           util::truncate_to_width(sign, width);
  }
  const std::string sign = util::terminal_text(" (warning sign: " + row.warning->flattened() + ")");
  const std::size_t sign_width = util::display_width(sign);
  const std::size_t indicator_width = std::max(width / 3, width > sign_width ? width - sign_width : 0);
  return util::truncate_to_width(util::truncate_to_width(indicator, indicator_width) + sign, width);
}

void append_header(std::string& out, const AssessmentResult& result, std::size_t width) {
  const auto& assessment = *result.assessment;
  append_wrapped(out, 0, assessment.label(), width);
  out += util::labelled_path("File", util::terminal_text(assessment.source), width, 0, 2);
  append_wrapped(out, 0, fmt::format("Framework: {} (version {})", result.framework->id, result.framework->version),
                 width);
}

// The section table, and under it the key to its marks for missing scores
// and to those of the rows listed after it (`with_rows`), which use the same.
// Where every section is its one row (`counts` false: the shorter guides), no rows are counted: the section's score
// is its row's.
void append_section_table(std::string& out, const AssessmentResult& result, std::size_t width, bool with_rows) {
  const bool counts = !model::every_section_is_its_row(*result.framework);
  // Label, a 5-wide score, 3 spaces, and room for "5 of 5 rows, 1 not applicable".
  // With no rows counted, the label takes their room: a 5-wide score and 3 spaces beside it.
  const std::size_t label_width = counts ? std::clamp<std::size_t>(width > 38 ? width - 38 : 20, 20, 42)
                                         : std::clamp<std::size_t>(width > 8 ? width - 8 : 20, 20, 72);
  out += counts ? fmt::format("\n{}{:>5}   {}\n", padded("Section", label_width), "Score", "Rows scored")
                : fmt::format("\n{}{:>5}\n", padded("Section", label_width), "Score");
  MissingScoreKey key(!counts     ? k_one_row_section_not_applicable
                      : with_rows ? "not applicable"
                                  : k_section_not_applicable);
  for (const auto& section : result.sections) {
    const std::string label = util::truncate_to_width(util::terminal_text(section.section->label()), label_width - 1);
    const std::string score = key.cell(section);
    if (!counts) {
      out += fmt::format("{}{:>5}\n", padded(label, label_width), score);
      continue;
    }
    out += fmt::format("{}{:>5}   {}\n", padded(label, label_width), score, analysis::describe_coverage(section));
    if (!with_rows) continue;
    for (const auto& row : section.rows) key.cell(row.score);
  }
  if (!key.empty()) append_wrapped(out, 0, key.line(), width);
}

// "Completed by Peer network meeting on 2026-09-30"; for a combined file,
// "Combined from 4 individual responses; 1 of them scored this section; last
// completed on 2026-09-30".
void append_section_details(std::string& out, const model::Assessment& assessment, const SectionResult& section,
                            std::size_t width, bool details) {
  const model::SectionResponse* response = section.response.get();
  auto by = completed_by_words(assessment, response);
  if (by) *by += section_people_words(assessment, response);
  const auto date = response ? response->last_completed : std::nullopt;
  if (by || date) {
    const bool combined = by && by->starts_with("combined");
    std::string line = by ? *by : std::string("completed");
    if (date) line += (combined ? "; last completed on " : " on ") + date->to_string();
    line[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(line[0])));
    append_wrapped(out, 3, line, width);
  }
  if (details && response && response->notes && !response->notes->empty())
    append_text_lines(out, 3, "Notes: " + *response->notes, width);
}

// "   2.5  strategy                Strategy has been co-developed with...": the
// row's score, id and early indicator (else warning sign), cut to fit the
// width (a look-alike row's warning sign may take a second line, see
// row_summary()); left out when a long id leaves less than 10 columns for it.
std::string row_line(const model::Framework& framework, const analysis::RowResult& row, std::size_t width) {
  const std::string start = fmt::format("   {:<5}{}", MissingScoreKey().cell(row.score), row.row->id);
  const std::size_t used = std::max(util::display_width(start), 8 + k_row_id_width) + 3;  // 2 spaces, 1 spare
  if (width < used + 10) return start + '\n';
  return padded(start, used - 1) + row_summary(framework, *row.row, width - used, used - 1) + '\n';
}

// Where the section is its one row (each of the shorter guides' sections), its score is the row's: said once,
// with the row's evidence under it, and no line of the row repeating its title.
void append_section_as_row(std::string& out, const AssessmentResult& result, const SectionResult& section,
                           const ScoreTextOptions& options) {
  const analysis::RowResult& row = section.rows.front();
  out += '\n';
  const std::string score = section.score ? section.score->to_string() : row_score_full_words(row);
  append_wrapped(out, 0, util::join_title(section.section->label(), ": ", score), options.width);
  append_section_details(out, *result.assessment, section, options.width, options.show_evidence);
  if (options.show_evidence && row.has_evidence()) append_text_lines(out, 3, *row.response->evidence, options.width);
}

void append_rows(std::string& out, const AssessmentResult& result, const SectionResult& section,
                 const ScoreTextOptions& options) {
  if (model::every_section_is_its_row(*result.framework)) return append_section_as_row(out, result, section, options);
  const model::Assessment& assessment = *result.assessment;
  const std::string coverage = analysis::describe_coverage(section);
  const std::string summary = section.score ? fmt::format("{} from {}", section.score->to_string(), coverage)
                              : section.is_not_applicable() ? fmt::format("not applicable ({})", coverage)
                                                            : fmt::format("not scored yet ({})", coverage);
  out += '\n';
  append_wrapped(out, 0, util::join_title(section.section->label(), ": ", summary), options.width);
  append_section_details(out, assessment, section, options.width, options.show_evidence);
  for (const auto& row : section.rows) {
    out += row_line(*result.framework, row, options.width);
    if (options.show_evidence && row.has_evidence()) append_text_lines(out, 10, *row.response->evidence, options.width);
  }
}

void append_reflections(std::string& out, const model::Reflections& reflections, std::size_t width) {
  const std::pair<const char*, const std::optional<std::string>*> items[] = {
      {"What was surprising", &reflections.surprising},
      {"What challenged", &reflections.challenging},
      {"What was learnt", &reflections.learnt},
      {"Emerging priorities", &reflections.priorities}};
  bool any = false;
  for (const auto& [title, value] : items) {
    if (!*value || (*value)->empty()) continue;
    if (!any) out += "\nReflections and next steps\n";
    any = true;
    out += fmt::format("   {}:\n", title);
    append_text_lines(out, 6, **value, width);
  }
}

std::string plural(int count, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", count, count == 1 ? one : many);
}

void append_gaps(std::string& out, const AssessmentResult& result, std::size_t width) {
  const auto gaps = analysis::find_gaps(result);
  const RowWords words = row_words(*result.framework);
  if (gaps.empty()) {
    out += fmt::format("\nEvery {} is scored or marked n/a, and every score has evidence.\n", words.one);
    return;
  }
  int not_scored = 0;
  for (const auto& gap : gaps) not_scored += gap.kind == analysis::Gap::Kind::not_scored ? 1 : 0;
  const int no_evidence = static_cast<int>(gaps.size()) - not_scored;
  std::vector<std::string> parts;
  if (not_scored > 0)
    parts.push_back(
        plural(not_scored, fmt::format("{} not scored yet", words.one), fmt::format("{} not scored yet", words.many)));
  if (no_evidence > 0) parts.push_back(plural(no_evidence, "score with no evidence", "scores with no evidence"));
  out += '\n';
  append_wrapped(out, 0, "Still to do: " + util::join(parts, ", "), width);
  // Each at its file:line, so an editor can jump there: on a line of its own when the rest does not fit beside it.
  for (const auto& gap : gaps) {
    const std::string what = fmt::format("{}: {}", gap.row_reference(), gap.description());
    if (gap.position.line == 0) out += util::wrap_hanging(what, width, 2, 4);
    else {
      const std::string place = fmt::format("{}:{}", util::terminal_text(result.assessment->source), gap.position.line);
      out += util::located_text(place, what, width, 2, 4);
    }
  }
}

}  // namespace

std::string render_score_text_item(const AssessmentResult& result, const ScoreTextOptions& options) {
  std::string out;
  append_header(out, result, options.width);
  append_section_table(out, result, options.width, !options.sections_only);
  if (options.sections_only) return out;
  for (const auto& section : result.sections) append_rows(out, result, section, options);
  if (options.show_evidence) append_reflections(out, result.assessment->reflections, options.width);
  append_gaps(out, result, options.width);
  return out;
}

std::string render_scores_text(const std::vector<AssessmentResult>& results, const ScoreTextOptions& options) {
  std::string out;
  for (std::size_t i = 0; i < results.size(); ++i)
    out += score_report_item(ScoreFormat::text, results[i], i, options, {});
  return out;
}

}  // namespace coprod::render
