#include <algorithm>

#include <fmt/format.h>

#include "model/sections_as_rows.hpp"
#include "render/change_marks.hpp"
#include "render/comparison.hpp"
#include "render/comparison_text_table.hpp"
#include "render/coverage_notes.hpp"
#include "render/input_names.hpp"
#include "render/missing_score.hpp"
#include "render/no_differences.hpp"
#include "render/one_sign_note.hpp"
#include "render/period_words.hpp"
#include "render/report.hpp"
#include "render/scores.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"
#include "util/title_join.hpp"

namespace coprod::render {

namespace {

using analysis::Comparison;
using analysis::ComparisonKind;

class Writer {
 public:
  Writer(const Comparison& comparison, const CompareTextOptions& options)
      : m_c(comparison),
        m_options(options),
        m_names(input_short_names(comparison.inputs)),
        m_lettered(inputs_lettered(comparison.inputs)),
        m_table(m_names, last_column_title(comparison), options.width, options.colour) {}

  std::string render() {
    header();
    if (m_c.versions_of_one_review) m_out += render_changes_text(m_c, m_options);
    else prompts();
    if (m_c.kind == ComparisonKind::periods) movements();
    section_table();
    row_table();
    return std::move(m_out);
  }

 private:
  std::string bold(std::string_view text) const {
    return m_options.colour ? fmt::format("\x1b[1m{}\x1b[0m", text) : std::string(text);
  }
  // Input i's short name ("organisation", "A"), in its colour on a terminal.
  std::string coloured_name(std::size_t index) const {
    return coloured_input_name(util::terminal_text(m_names[index]), index, m_options.colour);
  }
  // Wrapped, every line starting with `indent` spaces; the text's own line breaks kept.
  void wrapped(std::size_t indent, std::string_view text) {
    const std::size_t width = m_options.width > indent + 20 ? m_options.width - indent : 20;
    for (const auto& line : util::wrap_lines(util::terminal_text(text, true), width)) {
      m_out += line.empty() ? "\n" : std::string(indent, ' ') + line + '\n';
    }
  }
  // Text made safe already, wrapped (its later lines indented by `later`) and bold.
  void heading(std::string_view safe_text, std::size_t later = 0) {
    const std::string lines = util::wrap_hanging(safe_text, m_options.width, 0, later);
    for (const auto line : util::split_lines(lines)) m_out += bold(line) + '\n';
  }
  // Indented by 2, its later lines by 4.
  void hanging(std::string_view text) { prompt_line(util::terminal_text(text)); }
  // The same for text made safe already, which may hold the letters' colours.
  void prompt_line(std::string_view safe_text) { m_out += util::wrap_hanging(safe_text, m_options.width, 2, 4); }
  std::size_t count() const { return m_c.inputs.size(); }
  const model::Assessment& assessment(std::size_t i) const { return *m_c.inputs[i]->assessment; }

  // Versions of one review share the title's perspective, area and period: where each comes from tells them apart.
  std::string input_name(std::size_t i) const {
    return m_c.versions_of_one_review ? assessment(i).origin : analysis::input_title(m_c, i);
  }

  // The key: each input's label and file, "  A  organisation, 2026-Q3: FILE" where letters name the inputs, else
  // "  -  co-production peer network, 2026-Q3: FILE", its short name in its colour on a terminal, as the plan
  // sheet lists them; then the months of its quarters and half years.
  void header() {
    heading(util::terminal_text(comparison_title(m_c)), 2);
    for (std::size_t i = 0; i < count(); ++i) {
      // The path on lines of its own when it does not fit beside the name: whole, or broken after a '/'.
      const std::size_t at = m_out.size();
      const std::string label = util::terminal_text(input_name(i));
      m_out += util::labelled_path(label, util::terminal_text(assessment(i).source), m_options.width, 5, 5);
      if (m_lettered) {
        m_out.replace(at, 5, fmt::format("  {}  ", coloured_name(i)));
        continue;
      }
      m_out.replace(at, 5, "  -  ");
      const std::string name = util::terminal_text(m_names[i]);
      if (const auto in_label = label.find(name); in_label != std::string::npos && m_options.colour)
        m_out.replace(at + 5 + in_label, name.size(), coloured_name(i));
    }
    // The months of a quarter or half year, as the pack gives them: to an NHS reader Q4 is January to March.
    if (const std::string months = periods_in_words(m_c.inputs, {}); !months.empty()) wrapped(0, months);
    wrapped(0, differences_sentence(m_c));
    // As the planning sheet spells them out.
    if (const std::string abbreviations = comparison_abbreviations(m_c); !abbreviations.empty()) {
      m_out += '\n';
      m_out += util::wrap_hanging(util::terminal_text(abbreviations), m_options.width, 0, 2);
    }
  }

  // "organisation 3.5, peer network 2.0" ("A 3.5, B 2.0" where letters name the inputs); "A 2.8 from 2 of 3
  // rows, 1 not applicable; B 2.0" when a score has commas of its own.
  std::string scores_in_words(const std::vector<std::string>& scores) const {
    std::vector<std::string> parts;
    bool commas = false;
    for (std::size_t i = 0; i < scores.size(); ++i) {
      parts.push_back(fmt::format("{} {}", coloured_name(i), scores[i]));
      commas = commas || scores[i].find(',') != std::string::npos;
    }
    return util::join(parts, commas ? "; " : ", ");
  }

  template <class Compared>
  std::string spread_words(const Compared& compared) const {
    return util::terminal_text(labelled_difference(m_c, compared.difference(), compared.spread()));
  }

  void prompts() {
    m_out += '\n';
    heading(prompts_heading(m_c));
    if (m_c.kind == ComparisonKind::perspectives) {
      wrapped(0, "Differences are the value of exploring from different perspectives: start here.");
    }
    if (m_c.section_prompts.empty() && m_c.row_prompts.empty()) {
      hanging(no_prompts_words(m_c));
      return;
    }
    for (const std::size_t s : m_c.section_prompts) section_prompt(m_c.sections[s]);
    for (const std::size_t r : m_c.row_prompts) row_prompt(m_c.rows[r]);
  }

  void section_prompt(const analysis::SectionComparison& section) {
    std::vector<std::string> scores;
    for (const auto& result : section.results) {
      std::string score = section_score_in_words(*result);
      if (result->coverage().is_partial()) score += " from " + describe_rows_counted(result->coverage());
      scores.push_back(std::move(score));
    }
    m_out += '\n';
    prompt_line(util::join_title(util::terminal_text(section.section->label()), ": ",
                                 fmt::format("{} ({})", scores_in_words(scores), spread_words(section))));
  }

  void row_prompt(const analysis::RowComparison& row) {
    std::vector<std::string> scores;
    for (const auto& result : row.results) scores.push_back(row_score_full_words(result->score));
    m_out += '\n';
    const std::string said = fmt::format("{} ({})", scores_in_words(scores), spread_words(row));
    // Named as the form, the printed sheets and the list of changes name it. A section's only row, worded as its
    // title, is named by the section (no section line says it: see analysis::Comparison::section_prompts), its
    // words not repeated as its early indicator.
    const bool is_the_section = model::row_is_the_section(*row.section, *row.row);
    prompt_line(util::join_title(util::terminal_text(row_name_with_section(m_c, row)), ": ", said));
    if (row.row->indicator && !is_the_section) wrapped(4, "Early indicator: " + row.row->indicator->flattened());
    if (row.row->warning) wrapped(4, "Warning sign: " + row.row->warning->flattened());
    // Which way a one-sign row's scores run, as the evidence pack says it.
    if (const auto note = one_sign_note(*m_c.framework, *row.row)) wrapped(4, *note);
    for (std::size_t i = 0; i < count(); ++i) {
      const auto& result = row.results[i];
      m_out += fmt::format("    {}{}\n", whose_score(i), row_score_full_words(result->score) + spread_note(*result));
      if (result->has_evidence()) wrapped(8, *result->response->evidence);
      else m_out += "        (no evidence given)\n";
    }
  }

  // Who gave a row's score, before it: "Organisation, 2026-Q3: " (the pack's heading of the input's line), or
  // "A (organisation, 2026-Q3) " where letters name the inputs.
  std::string whose_score(std::size_t i) const {
    const std::string title = util::terminal_text(analysis::input_title(m_c, i));
    if (m_lettered) return fmt::format("{} ({}) ", coloured_name(i), title);
    return coloured_input_name(util::capitalised(title), i, m_options.colour) + ": ";
  }

  static std::string spread_note(const analysis::RowResult& result) {
    const std::string people = people_spread_words(result);
    return people.empty() ? "" : " (" + people + ")";
  }

  // "  Row 1.1        4 -> 3.5  down 0.5, evidence updated": each row named as the form and the pack name it, the
  // notes beside its scores, broken between them where they do not fit the width (every note fits beside the
  // scores at the narrowest width, 60).
  void movements() {
    m_out += '\n' + bold("What moved") + "\n";
    constexpr std::size_t k_name_width = 12, k_notes_column = 2 + k_name_width + 13;
    bool any = false;
    MissingScoreKey key;
    for (const auto& movement : m_c.row_movements) {
      const auto notes = movement_words(movement);
      if (notes.empty()) continue;
      any = true;
      const auto& row = m_c.rows[movement.row];
      std::string line = fmt::format(
          "  {:<{}}{:>4} -> {:<4}", util::truncate_to_width(row_name(m_c, row), k_name_width - 1), k_name_width,
          key.cell(row.results[m_c.earliest]->score), key.cell(row.results[m_c.latest]->score));
      for (const auto& part : util::wrap_list(notes, m_options.width - k_notes_column)) {
        m_out += line + ' ' + part + '\n';
        line = std::string(k_notes_column - 1, ' ');
      }
    }
    if (!any) m_out += fmt::format("  {}\n", nothing_moved_words(m_c));
    if (!key.empty()) wrapped(0, key.line());
  }

  // B minus A, or the spread; blank where a score is missing (`blank` is then set, for the key).
  std::string last_column(const std::vector<std::optional<double>>& values, std::optional<double> spread,
                          bool& blank) const {
    std::string text;
    if (count() == 2 && values[0] && values[1]) text = format_difference(*values[1] - *values[0]);
    else if (count() != 2 && spread) text = fmt::format("{:.1f}", *spread);
    blank = blank || text.empty();
    return text;
  }

  // Under a table: what its marks for missing scores and its blanks mean.
  void key_line(const MissingScoreKey& key, bool blank) {
    const std::string more = blank ? blank_last_cell_words(m_c) : "";
    if (const std::string line = key.line(more); !line.empty()) wrapped(0, line);
  }

  void table(std::string_view title, const std::vector<CompareTableLine>& lines, bool marked = false,
             bool last_marked = false) {
    m_out += m_table.render(title, lines, marked, last_marked);
  }

  bool any_partial_average() const {
    return std::any_of(m_c.sections.begin(), m_c.sections.end(), [](const auto& section) {
      return std::any_of(section.results.begin(), section.results.end(),
                         [](const auto& result) { return result->coverage().is_partial(); });
    });
  }

  // A section's last cell followed by the not-like-for-like mark where it is
  // not like for like, else by a space when another line has the mark.
  std::string with_like_for_like_mark(std::string cell, const analysis::SectionComparison& section,
                                      bool any_marked) const {
    if (cell.empty() || !any_marked) return cell;
    return cell + (section.like_for_like() ? " " : not_like_for_like_mark());
  }
  std::string not_like_for_like_mark() const { return m_options.unicode ? k_change_of_different_rows_mark : "^"; }

  bool any_not_like_for_like() const {
    return std::any_of(m_c.sections.begin(), m_c.sections.end(),
                       [](const auto& section) { return !section.like_for_like(); });
  }

  // Under the section table: the mark's footnote, and for each section so marked the rows scored in some
  // assessments only.
  void not_like_for_like_notes() {
    if (!any_not_like_for_like()) return;
    const std::string_view words = not_like_for_like_words(m_c);
    const std::string_view after_mark = words.substr(std::string_view(k_change_of_different_rows_mark).size());
    m_out += util::wrap_hanging(not_like_for_like_mark() + std::string(after_mark), m_options.width, 0, 2);
    for (const auto& section : m_c.sections) {
      if (section.like_for_like()) continue;
      hanging(fmt::format("{}: row{} {}", section.section->label(),
                          section.rows_scored_in_some_only.size() == 1 ? "" : "s",
                          rows_scored_in_some_only_words(section)));
    }
  }

  void section_table() {
    const bool marked = any_partial_average();
    const bool last_marked = any_not_like_for_like();
    std::vector<CompareTableLine> lines;
    std::vector<std::string> notes;
    MissingScoreKey key(names_sections(m_c) ? k_one_row_section_not_applicable : k_section_not_applicable);
    bool blank = false;
    for (const auto& section : m_c.sections) {
      std::vector<std::string> cells;
      std::vector<std::optional<double>> values;
      std::vector<ColumnCoverage> coverage;
      for (std::size_t i = 0; i < section.results.size(); ++i) {
        const auto& result = *section.results[i];
        const std::string_view mark = partial_mark(result.coverage());
        cells.push_back(key.cell(result) + std::string(marked && mark.empty() ? " " : mark));
        values.push_back(result.score ? std::optional<double>(result.score->tenths() / 10.0) : std::nullopt);
        coverage.push_back({m_names[i], result.coverage()});
      }
      lines.push_back({util::terminal_text(section.section->label()), std::move(cells),
                       with_like_for_like_mark(last_column(values, section.spread(), blank), section, last_marked)});
      if (auto note = coverage_note(section.section->label(), coverage)) notes.push_back(std::move(*note));
    }
    table("Section", lines, marked, last_marked);
    key_line(key, blank);
    not_like_for_like_notes();
    if (notes.empty()) return;
    m_out += '\n';
    wrapped(0, k_coverage_notes_heading);
    for (const auto& note : notes) hanging(note);
  }

  void row_table() {
    // Where every section is its one row (names_sections()), the table of rows would be the sections' again.
    if (names_sections(m_c)) return;
    std::vector<CompareTableLine> lines;
    MissingScoreKey key;
    bool blank = false;
    for (const auto& row : m_c.rows) {
      std::vector<std::string> cells;
      std::vector<std::optional<double>> values;
      for (const auto& result : row.results) {
        cells.push_back(key.cell(result->score));
        values.push_back(result->score.is_scored() ? std::optional<double>(result->score.value()) : std::nullopt);
      }
      // As the Markdown's table numbers it, under the sections' table that names each number's section.
      lines.push_back({util::terminal_text(row.section->row_number(row.row->id)), std::move(cells),
                       last_column(values, row.spread(), blank)});
    }
    table("Row", lines);
    key_line(key, blank);
    const auto one_sign = one_sign_lines(m_c);
    if (!one_sign.empty()) m_out += '\n';
    for (const auto& line : one_sign) wrapped(0, line);
  }

  const Comparison& m_c;
  const CompareTextOptions& m_options;
  const std::vector<std::string> m_names;  // each input's short name: "organisation", "A"
  const bool m_lettered;                   // whether those are letters, which the key over the report defines
  const CompareTextTable m_table;
  std::string m_out;
};

}  // namespace

std::string render_comparison_text(const Comparison& comparison, const CompareTextOptions& options) {
  return Writer(comparison, options).render();
}

}  // namespace coprod::render
