#include "yaml/assessment_writer.hpp"

#include <fmt/format.h>

#include "model/individual_voice.hpp"
#include "model/sections_as_rows.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"
#include "yaml/assessment_loader.hpp"
#include "yaml/scalar_writer.hpp"

namespace coprod::yaml {

namespace {

constexpr std::size_t k_comment_width = 78;

// "# label text..." wrapped, with continuation lines indented under the text.
// Leading spaces in `label` indent the whole comment inside the '#'.
void comment(std::string& out, std::size_t indent, std::string_view label, std::string_view text,
             std::size_t continuation = 2) {
  const std::size_t inner = label.find_first_not_of(' ') == std::string_view::npos ? 0 : label.find_first_not_of(' ');
  label.remove_prefix(inner);
  const std::string prefix = std::string(indent, ' ') + "# " + std::string(inner, ' ');
  const std::string first = label.empty() ? "" : std::string(label) + " ";
  const std::size_t used = prefix.size() + continuation;
  const std::size_t width = k_comment_width > used + 20 ? k_comment_width - used : 40;
  const auto lines = util::wrap_words(first + util::terminal_text(text), width);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    out += prefix + (i == 0 ? "" : std::string(continuation, ' ')) + lines[i] + '\n';
  }
}

void rich_comment(std::string& out, std::size_t indent, std::string_view label, const model::RichText& text) {
  comment(out, indent, label, text.text);
  for (const auto& bullet : text.bullets) comment(out, indent, "  -", bullet, 4);
}

void rule(std::string& out, std::size_t indent) {
  out += std::string(indent, ' ') + "# " + std::string(k_comment_width - indent - 2, '-') + '\n';
}

// "#   score:    how far ...", its text wrapped under itself, as the guidance lays out a row's fields.
void field_comment(std::string& out, std::string_view field, std::string_view text) {
  const std::string first = fmt::format("#   {:<10}", field);
  const std::string under = "#" + std::string(first.size() - 1, ' ');
  const auto lines = util::wrap_words(text, k_comment_width - first.size());
  for (std::size_t i = 0; i < lines.size(); ++i) out += (i == 0 ? first : under) + lines[i] + '\n';
}

// The framework's glossary, then the blank line that ends the file's header.
std::string glossary_comments(const model::Framework& framework) {
  std::string out;
  if (!framework.glossary.empty()) {
    out += "#\n";
    for (const auto& entry : framework.glossary) comment(out, 0, "", entry.term + ": " + entry.meaning + ".", 2);
  }
  return out + '\n';
}

// Where every section is its one row (the shorter guides), the guidance speaks of sections: the heading is
// the early indicator, and the section's one row is where its answers go.
std::string one_row_sections_guidance(const model::Framework& framework, std::string_view when) {
  std::string out = "#\n";
  out += comment_lines(
      "For each section, read its heading: it is the early indicator (a sign things are on the right track). Then, "
      "under its one row, fill in:");
  field_comment(out, "score:",
                fmt::format("how far things have got locally, from {} to {}{}, or n/a if the section does not apply "
                            "here. Leave it empty {}.",
                            framework.scale.min, framework.scale.max,
                            framework.scale.half_points ? " (half points such as 2.5 are allowed)" : "", when));
  field_comment(out,
                "evidence:", "why? What has been achieved, progressed or produced locally that supports the score.");
  out += comment_lines(
      "It may also record 'indicator_seen: true'. coprod works out the scores every time ('coprod score FILE'), so "
      "do not write them here.");
  return out;
}

// One person's file says when to leave a score empty in their own voice (model/individual_voice.hpp).
std::string guidance_comments(const model::Framework& framework, bool individual) {
  const std::string_view when = individual ? model::k_individual_not_scored_when : "until it has been discussed";
  if (model::every_section_is_its_row(framework))
    return one_row_sections_guidance(framework, when) + glossary_comments(framework);
  std::string out = "#\n";
  out += comment_lines(
      fmt::format("For each row, read the early indicator (a sign things are on the right track){}, then fill in:",
                  framework.has_warning_signs() ? " and the warning sign" : ""));
  out += fmt::format("#   score:    how far things have got locally, from {} to {}{}\n", framework.scale.min,
                     framework.scale.max, framework.scale.half_points ? " (half points" : ",");
  out += framework.scale.half_points ? "#             such as 2.5 are allowed), or n/a if the row does not apply\n"
                                       "#             here. Leave it empty "
                                     : "#             or n/a if the row does not apply here. Leave it empty\n"
                                       "#             ";
  out += std::string(when) + ".\n";
  out +=
      "#   evidence: why? What has been achieved, progressed or produced locally\n"
      "#             that supports the score.\n";
  out += framework.has_warning_signs() ? "# Rows may also record 'indicator_seen: true' or 'warning_seen: true'.\n"
                                       : "# Rows may also record 'indicator_seen: true'.\n";
  out += comment_lines(
      "A section's score is the average of its scored rows. coprod works the averages out every time "
      "('coprod score FILE'), so do not write them here.");
  return out + glossary_comments(framework);
}

void write_header(std::string& out, const model::Framework& framework, const model::Assessment& assessment,
                  std::string_view schema_url) {
  if (!schema_url.empty()) out += fmt::format("# yaml-language-server: $schema={}\n#\n", schema_url);
  out += comment_lines(framework.title);
  out += self_assessment_comment(assessment);
  out += guidance_comments(framework, assessment.perspective == model::Perspective::individual);
}

void write_identity(std::string& out, const model::Framework& framework, const model::Assessment& assessment) {
  out += fmt::format("format: {}\n", k_assessment_format);
  out += fmt::format("framework: {}\n", framework.id);
  out += fmt::format("framework_version: {}\n", framework.version);
  out += fmt::format("area: {}\n", scalar(assessment.area));
  out += fmt::format("perspective: {}\n", model::perspective_id(assessment.perspective));
  out += fmt::format("period: {}\n", assessment.period.to_string());
  if (assessment.combined_from) out += fmt::format("combined_from: {}\n", *assessment.combined_from);
}

void optional_field(std::string& out, std::string_view key, const std::optional<std::string>& value,
                    std::size_t indent) {
  if (value && !value->empty()) out += text_field(key, *value, indent);
  else out += fmt::format("{}{}:\n", std::string(indent, ' '), key);
}

// A section's one row worded as its heading (model::row_is_the_section()) has no comment saying it again.
std::string row_comments(const model::FrameworkSection& section, const model::FrameworkRow& row) {
  std::string out = "\n";
  if (model::row_is_the_section(section, row)) return out;
  if (row.indicator) rich_comment(out, 6, "Early indicator:", *row.indicator);
  if (row.warning) rich_comment(out, 6, "Warning sign:", *row.warning);
  return out;
}

void write_row(std::string& out, const model::FrameworkSection& section, const model::FrameworkRow& row,
               const model::RowResponse* response) {
  out += row_comments(section, row);
  out += fmt::format("      {}:\n", row.id);
  const std::string score = response ? response->score.to_string() : "";
  out += score.empty() ? "        score:\n" : fmt::format("        score: {}\n", score);
  optional_field(out, "evidence", response ? response->evidence : std::nullopt, 8);
  if (response && response->indicator_seen)
    out += fmt::format("        indicator_seen: {}\n", *response->indicator_seen);
  if (response && response->warning_seen) out += fmt::format("        warning_seen: {}\n", *response->warning_seen);
  if (response && response->spread) {
    const auto& spread = *response->spread;
    const std::string not_applicable =
        spread.not_applicable > 0 ? fmt::format(", not_applicable: {}", spread.not_applicable) : "";
    out += fmt::format("        spread: {{min: {}, max: {}, count: {}{}}}\n", spread.min.to_string(),
                       spread.max.to_string(), spread.count, not_applicable);
  }
  if (response && (response->indicator_seen_by || response->warning_seen_by)) {
    std::vector<std::string> counts;
    if (const auto& count = response->indicator_seen_by)
      counts.push_back("indicator: " + model::seen_count_text(*count));
    if (const auto& count = response->warning_seen_by) counts.push_back("warning: " + model::seen_count_text(*count));
    out +=
        fmt::format("        seen_by: {{{}}}  # people who see it, of those who answered\n", util::join(counts, ", "));
  }
}

std::string section_comments(const model::FrameworkSection& section) {
  std::string out = "\n";
  rule(out, 2);
  out += comment_lines(section.label(), 2);
  if (!section.aim.text.empty()) {
    out += "  #\n";
    rich_comment(out, 2, "Overall aim:", section.aim);
  }
  if (!section.what_will_be_different.empty()) {
    out += "  #\n";
    comment(out, 2, "What will be different:", section.what_will_be_different);
  }
  rule(out, 2);
  return out;
}

void write_section(std::string& out, const model::FrameworkSection& section, const model::SectionResponse* response) {
  out += section_comments(section);
  out += fmt::format("  {}:\n", section.id);
  optional_field(out, "completed_by", response ? response->completed_by : std::nullopt, 4);
  if (response && response->last_completed) {
    out += fmt::format("    last_completed: {}\n", response->last_completed->to_string());
  } else {
    out += "    last_completed:  # YYYY-MM-DD\n";
  }
  optional_field(out, "notes", response ? response->notes : std::nullopt, 4);
  if (response && response->spread) {
    const auto& spread = *response->spread;
    out += fmt::format("    spread: {{min: {}.{}, max: {}.{}, count: {}}}  # people's own section averages\n",
                       spread.min_tenths / 10, spread.min_tenths % 10, spread.max_tenths / 10, spread.max_tenths % 10,
                       spread.count);
  }
  out += "    rows:\n";
  for (const auto& row : section.rows) write_row(out, section, row, response ? response->find_row(row.id) : nullptr);
}

std::string reflections_comments(bool individual) {
  std::string out = "\n";
  rule(out, 0);
  out += comment_lines(
      individual
          ? fmt::format("Reflections and next steps: based on filling in the tool, {}", model::k_individual_reflections)
          : "Reflections and next steps: based on filling in the tool and the conversations that followed, "
            "reflect on some key learning (what was surprising, what challenged, what was learnt) and the "
            "emerging priorities for co-production going forward. Keep notes about people's concerns "
            "generalised (\"Some people in the group felt...\"), not attributed to named people.");
  rule(out, 0);
  return out;
}

}  // namespace

std::string write_reflections_entry(const model::Reflections& reflections) {
  std::string out = "reflections:\n";
  optional_field(out, "surprising", reflections.surprising, 2);
  optional_field(out, "challenging", reflections.challenging, 2);
  optional_field(out, "learnt", reflections.learnt, 2);
  optional_field(out, "priorities", reflections.priorities, 2);
  return out;
}

std::string write_assessment_file(const model::Framework& framework, const model::Assessment& assessment,
                                  std::string_view schema_url) {
  std::string out;
  write_header(out, framework, assessment, schema_url);
  write_identity(out, framework, assessment);
  out += "\nsections:\n";
  for (const auto& section : framework.sections) write_section(out, section, assessment.find_section(section.id));
  out += reflections_comments(assessment.perspective == model::Perspective::individual);
  out += write_reflections_entry(assessment.reflections);
  return out;
}

model::AssessmentFileComments assessment_file_comments(const model::Framework& framework) {
  model::AssessmentFileComments comments;
  comments.title = comment_lines(framework.title);
  comments.guidance = guidance_comments(framework, false);
  comments.individual_guidance = guidance_comments(framework, true);
  for (const auto& section : framework.sections) {
    comments.sections.push_back(section_comments(section));
    auto& rows = comments.rows.emplace_back();
    for (const auto& row : section.rows) rows.push_back(row_comments(section, row));
  }
  comments.reflections = reflections_comments(false);
  comments.individual_reflections = reflections_comments(true);
  return comments;
}

std::string self_assessment_comment(const model::Assessment& assessment) {
  if (assessment.perspective == model::Perspective::individual) {
    return comment_lines(
        fmt::format("One person's own view of co-production in {} (an individual response).", assessment.area));
  }
  return comment_lines(fmt::format("Self-assessment by the {} for {}.",
                                   model::perspective_title(assessment.perspective), assessment.area));
}

std::string comment_lines(std::string_view text, std::size_t indent) {
  std::string out;
  comment(out, indent, "", text, 0);
  return out;
}

}  // namespace coprod::yaml
