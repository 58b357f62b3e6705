#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "render/comparison.hpp"
#include "render/coverage_notes.hpp"
#include "render/missing_score.hpp"
#include "render/scores.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"

namespace coprod::render {

namespace {

using analysis::Comparison;
using analysis::ComparisonKind;

class Writer {
 public:
  Writer(const Comparison& comparison, const CompareTextOptions& options) : m_c(comparison), m_options(options) {}

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
  std::string coloured_letter(std::size_t index) const { return coloured_input_letter(index, m_options.colour); }
  void wrapped(std::size_t indent, std::string_view text) {
    const std::size_t width = m_options.width > indent + 20 ? m_options.width - indent : 20;
    for (const auto& line : util::wrap_words(util::terminal_text(text), width)) {
      m_out += std::string(indent, ' ') + line + '\n';
    }
  }
  // Indented by 2, its later lines by 4.
  void hanging(std::string_view text) { prompt_line(util::terminal_text(text)); }
  // The same for text made safe already, which may hold the letters' colours.
  void prompt_line(std::string_view safe_text) { m_out += util::wrap_hanging(safe_text, m_options.width, 2, 4); }
  std::size_t count() const { return m_c.inputs.size(); }
  const model::Assessment& assessment(std::size_t i) const { return *m_c.inputs[i]->assessment; }

  std::string title() const {
    if (m_c.versions_of_one_review) return versions_title(m_c);
    const auto& first = assessment(0);
    std::set<std::string> periods;
    for (std::size_t i = 0; i < count(); ++i) periods.insert(assessment(i).period.to_string());
    switch (m_c.kind) {
      case ComparisonKind::perspectives:
        return fmt::format("Comparing perspectives: {}, {}", first.area, first.period.to_string());
      case ComparisonKind::periods:
        return fmt::format("Comparing periods: {}, {}, {} to {}", first.area,
                           model::perspective_title(first.perspective), *periods.begin(), *periods.rbegin());
      case ComparisonKind::mixed: break;
    }
    bool shared_area = true;
    for (std::size_t i = 0; i < count(); ++i) shared_area = shared_area && assessment(i).area == first.area;
    return shared_area ? fmt::format("Comparing {} assessments: {}", count(), first.area)
                       : fmt::format("Comparing {} assessments", count());
  }

  // Versions of one review share the title's perspective, area and period: where each comes from tells them apart.
  std::string input_name(std::size_t i) const {
    return m_c.versions_of_one_review ? assessment(i).origin : analysis::input_title(m_c, i);
  }

  void header() {
    m_out += bold(util::terminal_text(title())) + "\n";
    for (std::size_t i = 0; i < count(); ++i) {
      m_out += fmt::format("  {}  {}: {}\n", coloured_letter(i), util::terminal_text(input_name(i)),
                           util::terminal_text(assessment(i).source));
    }
    if (count() == 2) {
      m_out +=
          fmt::format("Differences are B minus A: {}.\n", util::terminal_text(analysis::difference_direction(m_c)));
    } else {
      m_out += "Spreads are the highest score minus the lowest.\n";
    }
  }

  // "A 3.5, B 2.0"; "A 2.8 from 2 of 3 rows, 1 not applicable; B 2.0" when a score has commas of its own.
  std::string scores_in_words(const std::vector<std::string>& scores) const {
    std::vector<std::string> parts;
    bool commas = false;
    for (std::size_t i = 0; i < scores.size(); ++i) {
      parts.push_back(fmt::format("{} {}", coloured_letter(i), scores[i]));
      commas = commas || scores[i].find(',') != std::string::npos;
    }
    return util::join(parts, commas ? "; " : ", ");
  }

  template <class Compared>
  std::string spread_words(const Compared& compared) const {
    return util::terminal_text(labelled_difference(m_c, compared.difference(), compared.spread()));
  }

  void prompts() {
    const std::string threshold = fmt::format("{:.1f}", m_c.threshold);
    m_out += '\n';
    if (m_c.kind == ComparisonKind::periods) {
      m_out += bold(fmt::format("Largest movements: rows and sections that moved by {} or more", threshold)) + "\n";
    } else {
      m_out += bold(fmt::format("Conversation prompts: where the scores differ by {} or more", threshold)) + "\n";
      if (m_c.kind == ComparisonKind::perspectives) {
        wrapped(0, "Differences are the value of exploring from different perspectives: start here.");
      }
    }
    if (m_c.section_prompts.empty() && m_c.row_prompts.empty()) {
      m_out += fmt::format("  None: every section and row is within {} across the inputs.\n", threshold);
      return;
    }
    for (const std::size_t s : m_c.section_prompts) section_prompt(m_c.sections[s]);
    for (const std::size_t r : m_c.row_prompts) row_prompt(m_c.rows[r]);
  }

  void section_prompt(const analysis::SectionComparison& section) {
    std::vector<std::string> scores;
    for (const auto& result : section.results) {
      std::string score = section_score_text(*result, k_not_scored_words);
      if (result->coverage().is_partial()) score += " from " + describe_rows_counted(result->coverage());
      scores.push_back(std::move(score));
    }
    m_out += '\n';
    prompt_line(fmt::format("{}: {} ({})", util::terminal_text(section.section->label()), scores_in_words(scores),
                            spread_words(section)));
  }

  void row_prompt(const analysis::RowComparison& row) {
    std::vector<std::string> scores;
    for (const auto& result : row.results) scores.push_back(row_score_words(result->score));
    m_out += '\n';
    prompt_line(fmt::format("{}: {} ({})", row.reference(), scores_in_words(scores), spread_words(row)));
    if (row.row->indicator) wrapped(4, "Early indicator: " + row.row->indicator->flattened());
    if (row.row->warning) wrapped(4, "Warning sign: " + row.row->warning->flattened());
    for (std::size_t i = 0; i < count(); ++i) {
      const auto& result = row.results[i];
      m_out += fmt::format("    {} ({}) {}{}\n", coloured_letter(i), util::terminal_text(analysis::input_title(m_c, i)),
                           row_score_words(result->score), spread_note(*result));
      if (result->has_evidence()) wrapped(8, *result->response->evidence);
      else m_out += "        (no evidence given)\n";
    }
  }

  static std::string spread_note(const analysis::RowResult& result) {
    const std::string people = people_spread_words(result);
    return people.empty() ? "" : " (" + people + ")";
  }

  void movements() {
    m_out += '\n' + bold("What moved") + "\n";
    bool any = false;
    MissingScoreKey key;
    for (const auto& movement : m_c.row_movements) {
      std::vector<std::string> notes;
      if (movement.direction != analysis::Direction::same && movement.direction != analysis::Direction::not_scored) {
        notes.push_back(describe_direction(movement.direction, movement.change));
      }
      if (movement.newly_evidenced) notes.push_back("newly evidenced");
      if (movement.evidence_changed) notes.push_back("evidence updated");
      if (notes.empty()) continue;
      any = true;
      const auto& row = m_c.rows[movement.row];
      const auto& results = row.results;
      m_out += fmt::format("  {:<34}{:>4} -> {:<4} {}\n", row.reference(), key.cell(results[m_c.earliest]->score),
                           key.cell(results[m_c.latest]->score), util::join(notes, ", "));
    }
    if (!any) m_out += "  Nothing: every row has the same score and evidence.\n";
    if (!key.empty()) wrapped(0, key.line());
  }

  std::size_t label_width() const {
    const std::size_t used = 7 * count() + 12;
    return m_options.width > used + 20 ? std::min<std::size_t>(m_options.width - used, 42) : 20;
  }

  std::string last_column_title() const { return count() == 2 ? "B minus A" : "Spread"; }

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
    const std::string more = !blank         ? ""
                             : count() == 2 ? "a blank B minus A means either has no score"
                                            : "a blank spread means fewer than two scores";
    if (const std::string line = key.line(more); !line.empty()) wrapped(0, line);
  }

  // `marked`: the score cells end with a partial-coverage mark or a space, so the letters do too.
  void table_header(std::string_view title, bool marked = false) {
    std::string line = fmt::format("\n{:<{}}", title, label_width());
    for (std::size_t i = 0; i < count(); ++i) line += fmt::format("{:>7}", input_letter(i) + (marked ? " " : ""));
    line += fmt::format("{:>12}", last_column_title());
    m_out += bold(line.substr(1)).insert(0, "\n") + "\n";
  }

  void table_line(std::string_view label, const std::vector<std::string>& cells, const std::string& last) {
    std::string line = fmt::format("{:<{}}", util::truncate_to_width(label, label_width() - 1), label_width());
    for (const auto& cell : cells) line += fmt::format("{:>7}", cell);
    line += fmt::format("{:>12}", last);
    while (!line.empty() && line.back() == ' ') line.pop_back();
    m_out += line + '\n';
  }

  bool any_partial_average() const {
    return std::any_of(m_c.sections.begin(), m_c.sections.end(), [](const auto& section) {
      return std::any_of(section.results.begin(), section.results.end(),
                         [](const auto& result) { return result->coverage().is_partial(); });
    });
  }

  void section_table() {
    const bool marked = any_partial_average();
    table_header("Section", marked);
    std::vector<std::string> notes;
    MissingScoreKey key(k_section_not_applicable);
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
        coverage.push_back({input_letter(i), result.coverage()});
      }
      table_line(util::terminal_text(section.section->label()), cells, last_column(values, section.spread(), blank));
      if (auto note = coverage_note(section.section->label(), coverage)) notes.push_back(std::move(*note));
    }
    key_line(key, blank);
    if (notes.empty()) return;
    m_out += '\n';
    wrapped(0, k_coverage_notes_heading);
    for (const auto& note : notes) hanging(note);
  }

  void row_table() {
    table_header("Row");
    MissingScoreKey key;
    bool blank = false;
    for (const auto& row : m_c.rows) {
      std::vector<std::string> cells;
      std::vector<std::optional<double>> values;
      for (const auto& result : row.results) {
        cells.push_back(key.cell(result->score));
        values.push_back(result->score.is_scored() ? std::optional<double>(result->score.value()) : std::nullopt);
      }
      table_line(row.reference(), cells, last_column(values, row.spread(), blank));
    }
    key_line(key, blank);
  }

  const Comparison& m_c;
  const CompareTextOptions& m_options;
  std::string m_out;
};

}  // namespace

std::string render_comparison_text(const Comparison& comparison, const CompareTextOptions& options) {
  return Writer(comparison, options).render();
}

}  // namespace coprod::render
