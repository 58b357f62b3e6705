// A stable, line-per-value summary of an assessment for `git diff`
// (a textconv driver): every field a person writes (scores, evidence, early
// indicator and warning sign seen, section notes, completed by, last
// completed, reflections, framework version) has its own line, so a change
// to any of them changes exactly one line (and a section's average). A
// "# coprod: reviewed" mark on a text value (what lets likely personal data
// stay) has a line of its own after the value's, so adding one, the rules it
// names, or taking it out shows in `git log -p` too.

#include <set>

#include <fmt/format.h>

#include "model/perspective.hpp"
#include "render/missing_score.hpp"
#include "render/scores.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"

namespace coprod::render {

namespace {

// Evidence on one line: line breaks become " / ".
std::string one_line(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '\n') out += " / ";
    else if (c != '\r') out += c;
  }
  return util::terminal_text(out);
}

// The "# coprod: reviewed" marks of a file's text values, each said once,
// after the line of its value ("contact.wrong-people evidence reviewed for
// personal data: email"), or at the end for a value with no line of its own.
class ReviewMarks {
 public:
  explicit ReviewMarks(const std::vector<model::TextField>& fields) : m_fields(fields) {}

  // The line for the mark on the value at `path` (of the file's keys,
  // "sections.contact.rows.wrong-people.evidence"), named `name`; "" if none.
  std::string line(const std::string& path, std::string_view name, std::string_view indent) {
    for (const auto& field : m_fields) {
      if (field.path != path || field.reviewed.empty()) continue;
      m_said.insert(path);
      return fmt::format("{}{} reviewed for personal data: {}\n", indent, name, rules_of(field));
    }
    return {};
  }

  // Each mark not said yet, by its path.
  std::string rest() const {
    std::string out;
    for (const auto& field : m_fields) {
      if (!field.reviewed.empty() && !m_said.contains(field.path)) {
        out += fmt::format("{} reviewed for personal data: {}\n", util::terminal_text(field.path), rules_of(field));
      }
    }
    return out;
  }

 private:
  // The rules as the mark names them ("phone, email"), or "all rules" for a mark that names none.
  static std::string rules_of(const model::TextField& field) {
    if (field.reviewed == std::vector<std::string>{"*"}) return "all rules";
    return util::terminal_text(util::join(field.reviewed, ", "));
  }

  const std::vector<model::TextField>& m_fields;
  std::set<std::string> m_said;
};

const char* yes_no(bool value) { return value ? "yes" : "no"; }

// What a row records besides its score and evidence, one line each.
std::string row_marks(const std::string& reference, const model::RowResponse& row) {
  std::string out;
  if (row.indicator_seen) out += fmt::format("  {} early indicator seen: {}\n", reference, yes_no(*row.indicator_seen));
  if (row.warning_seen) out += fmt::format("  {} warning sign seen: {}\n", reference, yes_no(*row.warning_seen));
  if (row.spread) {
    const std::string not_applicable =
        row.spread->not_applicable > 0 ? fmt::format("; {} said it does not apply", row.spread->not_applicable) : "";
    out +=
        fmt::format("  {} range: {} to {} ({}{})\n", reference, row.spread->min.to_string(),
                    row.spread->max.to_string(), util::counted(row.spread->count, "person", "people"), not_applicable);
  }
  return out;
}

}  // namespace

std::string render_score_diff_item(const analysis::AssessmentResult& result,
                                   const std::vector<model::TextField>& fields) {
  ReviewMarks marks(fields);
  const auto& a = *result.assessment;
  std::string out =
      fmt::format("# {} ({} version {})\n", util::terminal_text(a.label()), result.framework->id, a.framework_version);
  out += marks.line("area", "area", "");
  if (a.combined_from)
    out += fmt::format("combined from {}\n",
                       util::counted(static_cast<std::size_t>(*a.combined_from), "response", "responses"));
  for (const auto& section : result.sections) {
    const std::string section_path = "sections." + section.section->id + ".";
    out += fmt::format("{} {}  ({})\n", util::terminal_text(section.section->label()),
                       section_score_text(section, k_not_scored_words), analysis::describe_coverage(section));
    if (section.response && section.response->completed_by) {
      out += fmt::format("  completed by: {}\n", one_line(*section.response->completed_by));
    }
    out += marks.line(section_path + "completed_by", "completed by", "  ");
    if (section.response && section.response->last_completed) {
      out += fmt::format("  last completed: {}\n", section.response->last_completed->to_string());
    }
    if (section.response && section.response->notes && !section.response->notes->empty()) {
      out += fmt::format("  notes: {}\n", one_line(*section.response->notes));
    }
    out += marks.line(section_path + "notes", "notes", "  ");
    for (const auto& row : section.rows) {
      const std::string reference = section.section->id + "." + row.row->id;
      out += fmt::format("  {} = {}\n", reference, row_score_words(row.score));
      if (row.has_evidence()) out += fmt::format("  {} evidence: {}\n", reference, one_line(*row.response->evidence));
      out += marks.line(section_path + "rows." + row.row->id + ".evidence", reference + " evidence", "  ");
      if (row.response) out += row_marks(reference, *row.response);
    }
  }
  const auto reflection = [&](std::string_view name, const std::optional<std::string>& text) {
    if (text && !text->empty()) out += fmt::format("reflections {}: {}\n", name, one_line(*text));
    out += marks.line(fmt::format("reflections.{}", name), fmt::format("reflections {}", name), "");
  };
  reflection("surprising", a.reflections.surprising);
  reflection("challenging", a.reflections.challenging);
  reflection("learnt", a.reflections.learnt);
  reflection("priorities", a.reflections.priorities);
  return out + marks.rest();
}

}  // namespace coprod::render
