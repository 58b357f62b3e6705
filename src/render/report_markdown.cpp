#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include "analysis/held_back_scores.hpp"
#include "model/sections_as_rows.hpp"
#include "render/abbreviations.hpp"
#include "render/comparison.hpp"
#include "render/coverage_notes.hpp"
#include "render/missing_score.hpp"
#include "render/no_differences.hpp"
#include "render/one_sign_note.hpp"
#include "render/period_words.hpp"
#include "render/plan.hpp"
#include "render/reflection_points.hpp"
#include "render/report.hpp"
#include "render/report_about.hpp"
#include "render/report_board_asks.hpp"
#include "render/report_no_evidence.hpp"
#include "render/report_parts.hpp"
#include "render/report_plan_reflections.hpp"
#include "render/report_row_actions.hpp"
#include "render/report_row_changes.hpp"
#include "render/row_words.hpp"
#include "render/scores.hpp"
#include "render/seen_locally.hpp"
#include "util/escape.hpp"
#include "util/shared_part.hpp"
#include "util/text.hpp"

namespace coprod::render {

namespace {

using util::markdown_inline_text;
using util::markdown_text;

// Page 1's unfinished actions, as many as index.html's at most.
constexpr std::size_t k_summary_actions = 3;

class MarkdownWriter {
 public:
  explicit MarkdownWriter(const Report& report)
      : m_report(report), m_abbreviations(report.inputs.front()->framework->glossary) {}

  std::string render() {
    m_out += fmt::format("# {}\n\n{}\n", markdown_inline_text(m_report.title), markdown_text(framework().title));
    m_out += paragraph_note(m_report.title + "\n" + framework().title);
    if (const std::string months = periods_in_words(m_report.inputs, m_report.previous); !months.empty())
      m_out += fmt::format("\n{}\n", markdown_text(months));
    if (m_report.date) m_out += fmt::format("\n{}\n", markdown_inline_text(report_date_text(*m_report.date)));
    summary();
    about();
    if (with_scores() && !report_every_period(m_report).empty()) every_period();
    m_out += row_changes_markdown(m_report);
    m_out += no_evidence_markdown(m_report);
    if (m_report.comparison && with_scores()) prompts();
    if (!m_report.scores_only) rows();
    if (!m_report.scores_only) reflections();
    if (m_report.plan) plan();
    m_out += fmt::format("\n## {}\n\n", heading(ReportPart::glossary));
    for (const auto& entry : report_glossary(framework(), m_out, report_names_peer_network(m_report)))
      m_out += fmt::format("- **{}**: {}\n", markdown_inline_text(entry.term), markdown_inline_text(entry.meaning));
    m_out += fmt::format("\n---\n\nMade with {} from {}.\n", markdown_inline_text(m_report.generator),
                         markdown_inline_text(report_sources(m_report)));
    return std::move(m_out);
  }

 private:
  const model::Framework& framework() const { return *m_report.inputs.front()->framework; }
  RowWords words() const { return row_words(framework()); }

  // A part's heading as printed, numbered: "Part 2: About this report".
  std::string heading(ReportPart part) const { return markdown_inline_text(part_heading(m_report, part)); }
  // A link to a part by that heading: "[Part 4: Scored rows with no evidence](#part-4-scored-rows-with-no-evidence)".
  std::string link(ReportPart part) const {
    return fmt::format("[{}](#{})", heading(part), part_markdown_anchor(m_report, part));
  }

  // A list item naming input i by its label, its short name in bold: "- co-production **peer network**, 2026-Q4".
  std::string defined_markdown(std::size_t i, const std::string& label) const {
    const DefinedName defined = defined_input_name(m_report, i, label);
    return fmt::format("- {}**{}**{}", markdown_inline_text(defined.before), markdown_inline_text(defined.name),
                       markdown_inline_text(defined.after));
  }
  bool with_scores() const { return !m_report.without_scores; }

  // As on page 1 of the HTML pack, up to the end of the summary: the
  // abbreviations `text` is the first to use, spelled out on a line of their
  // own, as a paragraph under it or as a line of its list item.
  std::string paragraph_note(std::string_view text) {
    const std::string words = m_abbreviations.first_uses(text);
    return words.empty() ? "" : "\n" + markdown_text(words) + "\n";
  }
  std::string item_note(std::string_view text) {
    const std::string words = m_abbreviations.first_uses(text);
    return words.empty() ? "" : "  \n  " + markdown_text(words);
  }

  void summary() {
    m_out += fmt::format("\n## {}\n", heading(ReportPart::summary));
    board_asks();
    if (const auto note = missing_perspective_note(m_report)) m_out += "\n> " + markdown_text(*note) + "\n";
    if (with_scores()) {
      m_out += "\n![The co-production web: each section's score for each perspective](web.svg)\n";
      section_scores();
      summary_pointers();
    }
    if (m_report.comparison && with_scores()) largest_prompts();
    if (!with_scores() && !m_report.scores_only) priorities();
    if (m_report.plan) plan_status();
  }

  // What the board is asked to do, first, as a board paper opens: every ask (report.md is not printed).
  void board_asks() {
    if (!m_report.plan || m_report.plan->asks_of_the_board.empty()) return;
    m_out += fmt::format("\n### {}\n\n", k_board_asks_heading);
    const auto& asks = m_report.plan->asks_of_the_board;
    for (std::size_t i = 0; i < asks.size(); ++i)
      m_out += fmt::format("{}. {}{}\n", i + 1, markdown_inline_text(asks[i]), item_note(asks[i]));
  }

  void section_scores() {
    m_out += "\n### Section scores\n\n";
    for (std::size_t i = 0; i < m_report.inputs.size(); ++i) {
      const std::string label = report_input_label(m_report, i);
      m_out += defined_markdown(i, label);
      if (const auto earlier = previous_of(m_report, i)) {
        m_out += fmt::format(" (in brackets: the change since {})", earlier->assessment->period.to_string());
      }
      m_out += item_note(label) + "\n";
    }
    m_out += fmt::format("\n| Section |");
    for (std::size_t i = 0; i < m_report.inputs.size(); ++i)
      m_out += fmt::format(" {} |", markdown_inline_text(util::capitalised(report_input_short(m_report, i))));
    m_out += "\n|---|";
    for (std::size_t i = 0; i < m_report.inputs.size(); ++i) m_out += "---:|";
    m_out += "\n";
    std::vector<std::string> notes;            // averages that leave out rows (*)
    std::vector<std::string> held_back_notes;  // sections with no score, their scored rows held back
    std::vector<std::string> labels;
    bool changes_of_different_rows = false;
    for (std::size_t s = 0; s < framework().sections.size(); ++s) {
      labels.push_back(short_section_label(framework().sections[s]));
      m_out += fmt::format("| {} |", markdown_inline_text(labels.back()));
      std::vector<ColumnCoverage> coverage;
      for (std::size_t i = 0; i < m_report.inputs.size(); ++i) {
        const auto& result = m_report.inputs[i]->sections[s];
        auto change = section_change(m_report, i, s);
        if (change && change_of_different_rows(m_report, i, s)) {
          *change += k_change_of_different_rows_mark;
          changes_of_different_rows = true;
        }
        m_out += fmt::format(" {}{}{} |", section_score_text(result, k_not_scored_words),
                             markdown_inline_text(partial_mark(result.coverage())), change ? " (" + *change + ")" : "");
        coverage.push_back({report_input_short(m_report, i), result.coverage(), analysis::held_back_rows(result)});
      }
      m_out += "\n";
      if (auto note = coverage_note(short_section_label(framework().sections[s]), coverage)) notes.push_back(*note);
      if (auto note = held_back_note(short_section_label(framework().sections[s]), coverage))
        held_back_notes.push_back(*note);
    }
    m_out += paragraph_note(util::join(labels, "\n"));  // under the table: a cell has no room
    m_out += "\n" + markdown_text(score_scale_words(m_report)) + "\n";
    if (changes_of_different_rows) m_out += "\n" + markdown_text(k_change_of_different_rows_words) + "\n";
    if (const auto note = carried_forward_note(m_report)) m_out += "\n" + markdown_text(*note) + "\n";
    if (!notes.empty()) m_out += "\n" + markdown_text(k_coverage_notes_heading) + "\n\n";
    for (const auto& note : notes) m_out += "- " + markdown_text(note) + "\n";
    if (!held_back_notes.empty()) m_out += "\n" + markdown_text(k_held_back_notes_heading) + "\n\n";
    for (const auto& note : held_back_notes) m_out += "- " + markdown_text(note) + "\n";
  }

  // Under the section scores, as on page 1: scored rows with no evidence, and which rows moved since the
  // earlier period (report.md is not printed, so it always has room for that line). Linked to by the anchors
  // a code-hosting site gives their headings.
  void summary_pointers() {
    if (const auto text = no_evidence_summary_text(m_report))
      m_out +=
          fmt::format("\n**{}**{}: see {}.\n", k_no_evidence_lead,
                      markdown_inline_text(text->substr(k_no_evidence_lead.size())), link(ReportPart::no_evidence));
    if (const auto text = row_changes_summary_text(m_report))
      m_out += fmt::format("\n{}: see {}.\n", markdown_text(*text), link(ReportPart::row_changes));
  }

  void largest_prompts() {
    const auto& prompts = m_report.comparison->row_prompts;
    m_out += fmt::format("\n### {}\n\n", k_largest_differences_heading);
    if (prompts.empty()) {
      m_out += markdown_text(no_differences_words(*m_report.comparison)) + "\n";
      return;
    }
    const std::size_t shown = summary_prompt_count(*m_report.comparison);
    RowActionsGiven given;
    for (std::size_t p = 0; p < shown; ++p) {
      const auto& prompt = m_report.comparison->rows[prompts[p]];
      std::vector<std::string> scores;
      for (std::size_t i = 0; i < prompt.results.size(); ++i) {
        const std::string people = people_spread_words(*prompt.results[i]);
        scores.push_back(fmt::format("{} {}{}", report_input_short(m_report, i), row_score_words(*prompt.results[i]),
                                     people.empty() ? "" : " (" + people + ")"));
      }
      // A row with only a warning sign: what its scores mean, on a line of its own in the item.
      const auto note = summary_scale_note(framework(), *prompt.row);
      const std::string label = summary_row_label(prompt);
      const std::string actions = m_report.plan ? row_actions_text(prompt, row_actions(m_report, prompt, given)) : "";
      m_out += fmt::format(
          "- **{}**{} ({}; {}){}{}{}\n", markdown_inline_text(label),
          summary_label_is_the_row(prompt) ? "" : ": " + summary_row_text(prompt), util::join(scores, ", "),
          markdown_inline_text(difference_in_words(*m_report.comparison, prompt.difference(), prompt.spread())),
          note ? "  \n  " + markdown_text(*note) : "", actions.empty() ? "" : "  \n  " + actions,
          item_note(label + "\n" + row_summary_text(framework(), prompt).text + "\n" + actions));
    }
    if (shown < prompts.size()) {
      m_out +=
          fmt::format("{}{}: see {}.\n", shown > 0 ? "\n" : "",
                      markdown_text(more_prompts_text(*m_report.comparison, shown)), link(ReportPart::differences));
    }
  }

  // Under a row of the summary, as on page 1, and of the differences: the plan's `actions` that name it or its
  // section.
  std::string row_actions_text(const analysis::RowComparison& row, const std::vector<RowAction>& actions) const {
    const std::string part = plan_part_number(m_report);
    const auto escaped = [](std::string_view words) { return markdown_inline_text(words); };
    const auto action_words = [&](const RowAction& action) {
      return markdown_inline_text(action.what) + (action.cut ? " (in full in " + part + ")" : "");
    };
    return row_actions_words(words(), row, actions, escaped, action_words);
  }

  // A row's wording in the summary: whole sentences, and where the rest is when more follows.
  std::string summary_row_text(const analysis::RowComparison& row) const {
    const FirstSentence text = row_summary_text(framework(), row);
    return markdown_inline_text(text.text) +
           (text.cut ? fmt::format(" (more under {})", link(ReportPart::differences)) : "");
  }

  void priorities() {
    m_out += "\n### Emerging priorities\n\n";
    bool any = false;
    for (std::size_t i = 0; i < m_report.inputs.size(); ++i) {
      const auto& text = m_report.inputs[i]->assessment->reflections.priorities;
      if (!text || text->empty()) continue;
      any = true;
      const std::string label = report_input_label(m_report, i);
      m_out += fmt::format("- **{}**: {}{}\n", markdown_inline_text(label), markdown_inline_text(*text),
                           item_note(label + "\n" + *text));
    }
    if (!any) m_out += "*None written yet.*\n";
  }

  void plan_status() {
    m_out += fmt::format("\n### {}\n\n{}.\n", markdown_inline_text(plan_heading(*m_report.plan)),
                         markdown_text(plan_status_summary(m_report)));
    const auto unfinished = unfinished_actions(m_report);
    const std::size_t shown = std::min(unfinished.size(), k_summary_actions);
    if (shown > 0) m_out += "\n";
    for (std::size_t n = 0; n < shown; ++n) {
      const auto& action = unfinished[n];
      const std::string due = action.due.empty() ? "" : markdown_inline_text(", due " + action.due);
      const std::string what = markdown_text(action.what) +
                               (action.cut ? " (in full under " + link(ReportPart::plan) + ")" : "") +
                               markdown_inline_text(summary_owner_words(m_report, action));
      m_out += action.status_checked ? fmt::format("- {}{}: **{}**", what, due, markdown_inline_text(action.status))
                                     : fmt::format("- {}: **{}**{}", what, markdown_inline_text(action.status), due);
      m_out += item_note(action.what + " " + action.owner) + "\n";
    }
    if (unfinished.size() > shown)
      m_out += fmt::format("\nAnd {} more: see {}.\n", unfinished.size() - shown, link(ReportPart::plan));
  }

  void about() {
    m_out +=
        fmt::format("\n## {}\n\n{}\n\n", heading(ReportPart::about), markdown_text(report_about_text(framework())));
    for (std::size_t i = 0; i < m_report.inputs.size(); ++i) {
      m_out += defined_markdown(i, report_input_label(m_report, i)) + "\n";
    }
    if (m_report.scores_only)
      m_out += "\n> This version shows scores only: evidence, notes and reflections are left out.\n";
    if (m_report.without_scores) {
      m_out +=
          "\n> This version leaves every score out (the guide says scores need not be made public): it shows the "
          "evidence, reflections and action plan.\n";
    }
    for (const auto& note : m_report.redacted_notes) m_out += fmt::format("\n> {}\n", markdown_text(note));
  }

  // As the HTML page: a table per perspective with the periods across.
  void every_period() {
    const auto periods = report_every_period(m_report);
    m_out += fmt::format("\n## {}\n\n{}\n", heading(ReportPart::every_period), markdown_text(k_every_period_words));
    for (std::size_t i = 0; i < m_report.inputs.size(); ++i) {
      const std::string view = report_inputs_lettered(m_report)
                                   ? fmt::format("{}: {}", input_letter(i), report_input_view(m_report, i))
                                   : report_input_view(m_report, i);
      m_out += fmt::format("\n### {}\n\n| Section |", markdown_inline_text(view));
      for (const auto& period : periods) m_out += fmt::format(" {} |", period.to_string());
      m_out += "\n|---|";
      for (std::size_t p = 0; p < periods.size(); ++p) m_out += "---:|";
      m_out += "\n";
      for (std::size_t s = 0; s < framework().sections.size(); ++s) {
        m_out += fmt::format("| {} |", markdown_inline_text(framework().sections[s].label()));
        for (const auto& period : periods)
          m_out += fmt::format(" {} |", markdown_inline_text(section_score_in_period(m_report, i, s, period)));
        m_out += "\n";
      }
    }
  }

  void row_block(const model::FrameworkRow& row, const std::vector<std::shared_ptr<const analysis::RowResult>>& results,
                 bool is_the_section) {
    if (row.indicator && !is_the_section)
      m_out += fmt::format("*Early indicator:* {}  \n", markdown_inline_text(row.indicator->flattened()));
    if (row.warning) m_out += fmt::format("*Warning sign:* {}\n", markdown_inline_text(row.warning->flattened()));
    // Which way a one-sign row's scores run, as the HTML pack says it.
    const auto note = one_sign_note(framework(), row);
    if (note && with_scores()) m_out += fmt::format("\n**{}**\n", markdown_inline_text(*note));
    // One blank line before the table, whether or not the row's wording came first.
    if (!m_out.ends_with("\n\n")) m_out += "\n";
    m_out += with_scores() ? "| Perspective | Score | Evidence |\n|---|---:|---|\n"
                           : "| Perspective | Evidence |\n|---|---|\n";
    const SeenAnswered answered = seen_answered(results);
    for (std::size_t i = 0; i < results.size(); ++i) {
      const auto& result = results[i];
      // Whether the row's signs are seen locally, as `compare` says it, on a line above the evidence.
      const std::string seen = seen_locally_line(*result, answered);
      const std::string evidence = m_report.scores_only     ? fmt::format("*{}*", k_evidence_left_out_words)
                                   : result->has_evidence() ? markdown_inline_text(*result->response->evidence)
                                                            : fmt::format("*{}*", k_no_evidence_given_words);
      m_out += fmt::format("| {} |", markdown_inline_text(report_input_key(m_report, i)));
      if (with_scores()) {
        const std::string people = people_spread_words(*result);
        m_out += fmt::format(" {}{} |", row_score_words(*result), people.empty() ? "" : " (" + people + ")");
      }
      m_out += fmt::format(" {}{} |\n", seen.empty() ? "" : "*" + markdown_inline_text(seen) + "*<br>", evidence);
    }
  }

  void prompts() {
    const auto& comparison = *m_report.comparison;
    m_out += fmt::format("\n## {}\n\n{} whose scores differ by {:.1f} or more, largest difference first.\n",
                         heading(ReportPart::differences), words().capital_many(), comparison.threshold);
    if (comparison.row_prompts.empty()) m_out += "\n" + markdown_text(no_differences_words(comparison)) + "\n";
    RowActionsGiven given;
    for (const std::size_t r : comparison.row_prompts) {
      const auto& row = comparison.rows[r];
      // A section that is its row (model::row_is_the_section()) is named once, by its heading: no "Row 7.1", no
      // wording under it that says the heading again.
      const bool is_the_section = model::row_is_the_section(*row.section, *row.row);
      const std::string difference = difference_in_words(comparison, row.difference(), row.spread());
      m_out += fmt::format(
          "\n### {}\n\n{}\n\n", markdown_inline_text(section_and_row_heading(framework(), *row.section, *row.row)),
          markdown_inline_text(is_the_section
                                   ? util::capitalised(difference)
                                   : fmt::format("Row {}, {}", row.section->row_number(row.row->id), difference)));
      // The plan's actions that name the row or its section, as page 1 says them; nothing where none does.
      const auto actions = m_report.plan ? row_actions(m_report, row, given) : std::vector<RowAction>{};
      if (!actions.empty()) m_out += row_actions_text(row, actions) + "\n\n";
      row_block(*row.row, row.results, is_the_section);
    }
  }

  void rows() {
    m_out += fmt::format("\n## {}\n", heading(ReportPart::rows));
    for (std::size_t s = 0; s < framework().sections.size(); ++s) {
      const auto& section = framework().sections[s];
      m_out += fmt::format("\n### {}\n\n", markdown_inline_text(section.label()));
      for (std::size_t i = 0; i < m_report.inputs.size(); ++i) {
        const auto notes = section_notes(m_report, i, s);
        m_out += fmt::format(
            "- {}; {}{}\n", markdown_inline_text(report_input_key(m_report, i)),
            markdown_inline_text(section_status_text(m_report, *m_report.inputs[i], s)),
            notes ? fmt::format(
                        "  \n  {} {}{}", k_section_notes_words, markdown_inline_text(notes->text),
                        notes->same_as_before.empty() ? "" : "  \n  " + markdown_inline_text(notes->same_as_before))
                  : "");
      }
      for (std::size_t r = 0; r < section.rows.size(); ++r) {
        const std::string number = markdown_inline_text(section.row_number(section.rows[r].id));
        // A row worded as its section's title (heading it already) is that section: no heading or wording of its own.
        const bool is_the_section = model::row_is_the_section(section, section.rows[r]);
        if (!is_the_section)
          m_out += fmt::format("\n#### {}\n\nRow {}\n\n",
                               markdown_inline_text(signed_row_heading(framework(), section.rows[r])), number);
        std::vector<std::shared_ptr<const analysis::RowResult>> results;
        for (const auto& input : m_report.inputs)
          results.push_back(util::share_part(input, &input->sections[s].rows[r]));
        row_block(section.rows[r], results, is_the_section);
      }
    }
  }

  void reflection_list(const model::Reflections& reflections) {
    for (const auto& [title, value] : titled_reflections(reflections)) {
      if (*value && !(*value)->empty()) reflection_points_markdown(title, **value);
    }
  }

  // One point a line, as a list nested under the view it is grouped by; a single point beside its title.
  void reflection_points_markdown(std::string_view title, std::string_view text) {
    const auto views = reflection_points(text);
    if (is_single_point(views)) {
      m_out += fmt::format("- **{}**: {}\n", title, markdown_inline_text(views.front().points.front()));
      return;
    }
    m_out += fmt::format("- **{}**:\n", title);
    for (const auto& view : views) {
      const std::string indent = view.view.empty() ? "  " : "    ";
      if (!view.view.empty()) m_out += fmt::format("  - {}:\n", markdown_inline_text(view.view));
      for (const auto& point : view.points) m_out += indent + "- " + markdown_text(point) + "\n";
    }
  }

  // As the HTML page: "No reflections recorded yet." under each heading
  // without any, or once when none has any.
  void reflections() {
    m_out += fmt::format("\n## {}\n", heading(ReportPart::reflections));
    if (!any_reflections(m_report)) m_out += fmt::format("\n*{}*\n", k_no_reflections_words);
    for (std::size_t i = 0; i < m_report.inputs.size() && any_reflections(m_report); ++i) {
      m_out += fmt::format("\n### {}\n\n", markdown_inline_text(report_input_key(m_report, i)));
      const auto& reflections = m_report.inputs[i]->assessment->reflections;
      if (has_reflections(reflections)) reflection_list(reflections);
      else m_out += fmt::format("*{}*\n", k_no_reflections_words);
    }
  }

  void plan() {
    m_out += fmt::format("\n## {}\n\n", heading(ReportPart::plan));
    if (m_report.plan->actions.empty()) m_out += markdown_text(k_no_plan_actions_words) + "\n";
    else actions_table();
    if (!m_report.scores_only && has_reflections(m_report.plan->reflections)) {
      m_out += fmt::format("\n### {}\n\n", markdown_inline_text(plan_reflections_heading(*m_report.plan)));
      const std::string repeated = plan_reflections_repeated_words(m_report);
      const auto shown = plan_reflections_not_repeated(m_report);
      if (!repeated.empty()) m_out += markdown_text(repeated) + (has_reflections(shown) ? "\n\n" : "\n");
      if (has_reflections(shown)) reflection_list(shown);
    }
  }

  void actions_table() {
    m_out += markdown_text(plan_statuses_text(m_report)) + "\n\n";
    if (with_scores()) m_out += markdown_text(k_plan_target_words) + "\n\n";
    // Where every section is its one row, a row's number says nothing its section does not: no Rows column.
    const bool rows_column = !words().sections;
    m_out += fmt::format("| Action | Sections |{} Owner | Due | Status |{}\n|---|---|{}---|---|---|{}\n",
                         rows_column ? " Rows |" : "", with_scores() ? " Score hoped for |" : "",
                         rows_column ? "---|" : "", with_scores() ? "---:|" : "");
    for (std::size_t i = 0; i < m_report.plan->actions.size(); ++i) {
      const auto& action = m_report.plan->actions[i];
      const std::string notes = action.notes && !action.notes->empty()
                                    ? "<br>*Notes:* " + markdown_inline_text(*action.notes)
                                    : std::string();
      m_out +=
          fmt::format("| {}{} | {} |{} {} | {} | {} |",
                      action.what.empty() ? "*to be agreed*" : markdown_inline_text(action.what), notes,
                      markdown_inline_text(rows_column ? action_section_labels(action, framework())
                                                       : action_section_labels_with_rows(action, framework())),
                      rows_column ? " " + markdown_inline_text(action_row_numbers(action, framework())) + " |" : "",
                      markdown_inline_text(action.owner.value_or("")), action.due ? action.due->to_string() : "",
                      action_status_words(m_report, i));
      if (with_scores()) m_out += fmt::format(" {} |", markdown_inline_text(action_target_text(m_report, action)));
      m_out += "\n";
    }
  }

  const Report& m_report;
  Abbreviations m_abbreviations;  // spelled out where the title and summary first use them
  std::string m_out;
};

}  // namespace

std::string render_report_markdown(const Report& report) { return MarkdownWriter(report).render(); }

}  // namespace coprod::render
