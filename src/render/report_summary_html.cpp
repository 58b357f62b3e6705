// Page 1 of the evidence pack: a summary a board can read alone.

#include <algorithm>

#include <fmt/format.h>

#include "render/abbreviations.hpp"
#include "render/comparison.hpp"
#include "render/coverage_notes.hpp"
#include "render/missing_score.hpp"
#include "render/no_differences.hpp"
#include "render/report_html_parts.hpp"
#include "render/report_summary_keys.hpp"
#include "render/web_layout.hpp"
#include "render/web_svg.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"

namespace coprod::render {

namespace {

using util::xml_text;

// What page 1 has room for beside the scores and the largest differences:
// the full actions are in the action plan.
constexpr std::size_t k_summary_actions = 3;
constexpr std::size_t k_summary_coverage_notes = 3;
// How many columns of changes page 1's scores table, printed beside the web, has room for with each change
// beside its score; with more, each goes under its score (see k_report_style).
constexpr std::size_t k_changes_beside_scores = 2;

std::string inline_svg(std::string svg) {
  if (svg.rfind("<?xml", 0) == 0) svg.erase(0, svg.find('\n') + 1);
  return svg;
}

// Page 1's web: its axes numbered, for the section scores' table beside it
// to name them, so that printed on A4 it is large and its words as large as
// the page's; its legend under it in the page's own text. The abbreviations
// its legend is the first on the page to use are spelled out at the legend's
// foot: the picture has no room beside them.
std::string summary_web(const Report& report, Abbreviations& abbreviations) {
  const WebChart chart = build_web_chart(report.inputs, report.previous);
  const WebLayout layout = lay_out_web(chart, k_page_one_web);
  const bool numbered = layout.numbered_axes;
  // Its width in the picture's units, for print to give each unit the same size (see k_report_style).
  std::string out = fmt::format("<figure id=\"web\" style=\"--web-units: {:g}\">\n", layout.width) +
                    inline_svg(render_web_svg(chart, k_page_one_web));
  out += "<figcaption><ul class=\"web-legend\">\n";
  std::size_t current = 0;
  std::size_t previous = 0;
  std::vector<std::string> words = numbered ? std::vector<std::string>{} : chart.axis_labels;
  for (const auto& series : summary_legend_series(report, chart)) {
    words.push_back(legend_text(chart, series, numbered));
    out += fmt::format("<li>{}{}</li>\n", legend_swatch(series, series.previous ? previous++ : current++),
                       xml_text(words.back()));
  }
  if (const std::string keys = numbered ? unnumbered_keys(chart) : ""; !keys.empty()) {
    words.push_back(keys);
    out += fmt::format("<li class=\"keys\">{}</li>\n", xml_text(keys));
  }
  // Lined up with the legend's words, as one more line of it.
  if (const std::string spelled = abbreviations.first_uses(util::join(words, "\n")); !spelled.empty())
    out += fmt::format("<li class=\"abbreviations\">{}</li>\n", xml_text(spelled));
  return out + "</ul></figcaption>\n</figure>\n";
}

// What the section scores' table shows for a missing score or change: the
// marks, and whether a column of changes leaves one out.
struct ScoresTableKey {
  MissingScoreKey marks{k_section_not_applicable};
  bool change_left_out = false;
  bool change_of_different_rows = false;

  // The marks in quotation marks: a bare "-" at the end of a line would read as a hyphen.
  std::string line() const {
    std::vector<std::string> notes;
    if (change_left_out) notes.push_back("no change is given where either period has no score");
    if (change_of_different_rows) notes.push_back(k_change_of_different_rows_words);
    return marks.line(util::join(notes, "; "), true);
  }
};

// A narrow column: a missing score is a mark ("-", "n/a") that `key` notes, to say under the table what it means.
std::string score_cell(const Report& report, std::size_t input, std::size_t section, ScoresTableKey& key) {
  const auto& result = report.inputs[input]->sections[section];
  // The mark, and a column's changes, have a box of their own in every cell, so
  // the scores and marks stay aligned and a mark is never read as a change.
  std::string cell =
      fmt::format("{}<span class=\"partial\">{}</span>", key.marks.cell(result), partial_mark(result.coverage()));
  if (!previous_of(report, input)) return cell;
  auto change = section_change(report, input, section);
  if (!change) key.change_left_out = true;
  if (change && change_of_different_rows(report, input, section)) {
    key.change_of_different_rows = true;
    *change += k_change_of_different_rows_mark;
  }
  return cell + fmt::format(" <span class=\"change\">{}</span>", change ? "(" + *change + ")" : "");
}

// Under the scores: which averages leave out rows. More notes than page 1 has
// room for give way to a pointer to each section's own line, which says it too.
std::string coverage_notes_html(const Report& report, const std::vector<std::string>& notes) {
  if (notes.empty()) return "";
  std::string out = fmt::format("<p class=\"coverage-notes\">{}", xml_text(k_coverage_notes_heading));
  if (notes.size() > k_summary_coverage_notes) {
    // Without the evidence, the pack has no section lines to point to: the workbook has the rows scored.
    const std::string where =
        report.scores_only ? "in the workbook, scores.xlsx" : "under <a href=\"#rows\">Every row and its evidence</a>";
    return out + fmt::format(" {} sections; see how many rows each counts {}.</p>\n", notes.size(), where);
  }
  for (const auto& note : notes) out += "<br>" + xml_text(note);
  return out + "</p>\n";
}

// One note per section whose average, for some input, leaves out rows.
std::vector<std::string> coverage_notes(const Report& report) {
  const auto& framework = *report.inputs.front()->framework;
  std::vector<std::string> notes;
  for (std::size_t s = 0; s < framework.sections.size(); ++s) {
    std::vector<ColumnCoverage> coverage;
    for (std::size_t i = 0; i < report.inputs.size(); ++i)
      coverage.push_back({input_letter(i), report.inputs[i]->sections[s].coverage()});
    if (auto note = coverage_note(short_section_label(framework.sections[s]), coverage)) notes.push_back(*note);
  }
  return notes;
}

// The lines page 1 gives the coverage notes: each note, or one pointer line for more than fit.
std::size_t coverage_note_lines(std::size_t notes) { return notes > k_summary_coverage_notes ? 1 : notes; }

// Whether the scores table marks a change with k_change_of_different_rows_mark
// (so its key has a line more).
bool any_change_of_different_rows(const Report& report) {
  for (std::size_t i = 0; i < report.inputs.size(); ++i) {
    for (std::size_t s = 0; s < report.inputs[i]->sections.size(); ++s) {
      if (section_change(report, i, s) && change_of_different_rows(report, i, s)) return true;
    }
  }
  return false;
}

// How many of the scores table's columns give the change since a previous period.
std::size_t columns_of_changes(const Report& report) {
  std::size_t columns = 0;
  for (std::size_t i = 0; i < report.inputs.size(); ++i) {
    if (previous_of(report, i)) ++columns;
  }
  return columns;
}

std::string scores_table(const Report& report, Abbreviations& abbreviations) {
  const auto& framework = *report.inputs.front()->framework;
  std::string out = "<section id=\"scores\">\n<h3>Section scores</h3>\n" + inputs_key(report, abbreviations);
  // Named, and each column headed by its letter and (for a screen reader, the key being the line above) its name.
  out += fmt::format(
      "<table class=\"small{}\">\n<caption class=\"visually-hidden\">Section scores by perspective</caption>\n"
      "<thead><tr><th scope=\"col\">Section</th>",
      columns_of_changes(report) > k_changes_beside_scores ? " changes-under" : "");
  for (std::size_t i = 0; i < report.inputs.size(); ++i)
    out += fmt::format("<th scope=\"col\" class=\"score\">{}<span class=\"visually-hidden\">: {}</span></th>",
                       input_letter(i), xml_text(report_input_label(report, i)));
  out += "</tr></thead>\n<tbody>\n";
  ScoresTableKey key;
  for (std::size_t s = 0; s < framework.sections.size(); ++s) {
    const std::string label = short_section_label(framework.sections[s]);
    out += fmt::format("<tr><th scope=\"row\">{}{}</th>", xml_text(label), spelled_out_html(abbreviations, label));
    for (std::size_t i = 0; i < report.inputs.size(); ++i)
      out += fmt::format("<td class=\"score\">{}</td>", score_cell(report, i, s, key));
    out += "</tr>\n";
  }
  const std::string key_line = key.line();
  out += fmt::format("</tbody>\n</table>\n<p>{}{}</p>\n", xml_text(k_score_scale_words),
                     key_line.empty() ? "" : " " + xml_text(key_line));
  if (const auto note = carried_forward_note(report)) out += "<p>" + xml_text(*note) + "</p>\n";
  return out + coverage_notes_html(report, coverage_notes(report)) + "</section>\n";
}

// A row's wording on page 1: whole sentences, and where the rest is when more follows.
std::string row_summary_html(const model::Framework& framework, const analysis::RowComparison& row) {
  const FirstSentence text = row_summary_text(framework, *row.row);
  if (!text.cut) return xml_text(text.text);
  return fmt::format("{} <a href=\"#difference-{}\">(more under Where the perspectives differ)</a>",
                     xml_text(text.text), xml_text(row.reference()));
}

// How many of the rows page 1 lists carry that note (each takes a line).
std::size_t summary_scale_notes(const Report& report) {
  if (!report.comparison || report.without_scores) return 0;
  const auto& comparison = *report.comparison;
  std::size_t notes = 0;
  for (std::size_t p = 0; p < std::min(summary_prompt_count(comparison), comparison.row_prompts.size()); ++p) {
    if (summary_scale_note(*comparison.framework, *comparison.rows[comparison.row_prompts[p]].row)) ++notes;
  }
  return notes;
}

std::string largest_prompts(const Report& report, Abbreviations& abbreviations) {
  const auto& prompts = report.comparison->row_prompts;
  std::string out = "<section id=\"summary-differences\">\n<h3>The largest differences to talk about</h3>\n";
  if (prompts.empty()) {
    return out + fmt::format("<p>{}</p>\n</section>\n", xml_text(no_differences_words(*report.comparison)));
  }
  const std::size_t shown = summary_prompt_count(*report.comparison);
  if (shown > 0) out += "<ul class=\"prompts\">\n";  // bullets: each section label has its number
  for (std::size_t p = 0; p < shown; ++p) {
    const auto& prompt = report.comparison->rows[prompts[p]];
    std::vector<std::string> scores;
    for (std::size_t i = 0; i < prompt.results.size(); ++i) {
      const std::string people = people_spread_words(*prompt.results[i]);
      scores.push_back(fmt::format("{} {}{}", input_letter(i), row_score_full_words(prompt.results[i]->score),
                                   people.empty() ? "" : " (" + people + ")"));
    }
    const std::string label = short_section_label(*prompt.section);
    const std::string wording = row_summary_text(*report.comparison->framework, *prompt.row).text;
    const auto note = summary_scale_note(*report.comparison->framework, *prompt.row);
    out += fmt::format("<li><strong>{}</strong>: {} ({}; {}){}{}</li>\n", xml_text(label),
                       row_summary_html(*report.comparison->framework, prompt), xml_text(util::join(scores, ", ")),
                       xml_text(difference_in_words(*report.comparison, prompt.difference(), prompt.spread())),
                       note ? "<span class=\"scale-note\">" + xml_text(*note) + "</span>" : "",
                       spelled_out_html(abbreviations, label + " " + wording));
  }
  if (shown > 0) out += "</ul>\n";
  if (shown < prompts.size()) {
    out += fmt::format("<p>{}: see <a href=\"#conversation\">Where the perspectives differ</a>.</p>\n",
                       xml_text(more_prompts_text(*report.comparison, shown)));
  }
  return out + "</section>\n";
}

std::string plan_status(const Report& report, Abbreviations& abbreviations) {
  std::string out = fmt::format("<section id=\"summary-plan\">\n<h3>{}</h3>\n<p>{}.</p>\n",
                                xml_text(plan_heading(*report.plan)), xml_text(plan_status_summary(report)));
  std::vector<std::string> items;
  for (const auto& action : unfinished_actions(report)) {
    // Without a date, the due date goes beside the status, for a reader to tell it may be overdue.
    const std::string due =
        action.due.empty() ? "" : fmt::format(", due <span class=\"due\">{}</span>", xml_text(action.due));
    items.push_back(fmt::format("<li>{}{}: <strong>{}</strong>{}{}</li>", xml_text(action.what),
                                action.status_checked ? due : "", xml_text(action.status),
                                action.status_checked ? "" : due, spelled_out_html(abbreviations, action.what)));
  }
  if (items.empty()) return out + "</section>\n";
  // The plan's status sits under the scores and the largest differences: each
  // coverage note there, the key's line for changes of different rows, each
  // listed row's scale note and the note on sections carried forward takes
  // the room of one action.
  const std::size_t notes = report.without_scores
                                ? 0
                                : coverage_note_lines(coverage_notes(report).size()) +
                                      (any_change_of_different_rows(report) ? 1 : 0) + summary_scale_notes(report) +
                                      (carried_forward_note(report) ? 1 : 0);
  const std::size_t shown = std::min(items.size(), k_summary_actions - std::min(notes, k_summary_actions));
  const std::size_t more = items.size() - shown;
  items.resize(shown);
  if (!items.empty()) out += "<ul>\n" + util::join(items, "\n") + "\n</ul>\n";
  if (more > 0 && shown == 0) {
    out += fmt::format("<p>{} still to finish: see <a href=\"#plan\">Action plan</a>.</p>\n",
                       util::counted(more, "action", "actions"));
  } else if (more > 0) {
    out += fmt::format("<p>And {} more: see <a href=\"#plan\">Action plan</a>.</p>\n", more);
  }
  return out + "</section>\n";
}

std::string priorities(const Report& report, Abbreviations& abbreviations) {
  std::string out = "<section>\n<h3>Emerging priorities</h3>\n";
  bool any = false;
  for (std::size_t i = 0; i < report.inputs.size(); ++i) {
    const auto& text = report.inputs[i]->assessment->reflections.priorities;
    if (!text || text->empty()) continue;
    any = true;
    const std::string label = report_input_label(report, i);
    out += fmt::format("<p><strong>{}</strong>: <span class=\"evidence\">{}</span>{}</p>\n", xml_text(label),
                       xml_text(*text), spelled_out_html(abbreviations, label + "\n" + *text));
  }
  if (!any) out += "<p class=\"missing\">None written yet.</p>\n";
  return out + "</section>\n";
}

}  // namespace

std::string spelled_out_html(Abbreviations& abbreviations, std::string_view text) {
  const std::string words = abbreviations.first_uses(text);
  return words.empty() ? "" : fmt::format("<span class=\"abbreviations\">{}</span>", xml_text(words));
}

std::string render_report_summary_html(const Report& report, Abbreviations& abbreviations) {
  std::string out = fmt::format(
      "<section id=\"summary\" aria-labelledby=\"summary-title\">\n<h2 id=\"summary-title\">Summary</h2>\n"
      "<div class=\"summary-grid{}\">\n",
      report.without_scores ? "" : " with-web");
  if (const auto note = missing_perspective_note(report)) out += "<p class=\"note\">" + xml_text(*note) + "</p>\n";
  if (!report.without_scores) out += summary_web(report, abbreviations);
  out += "<div class=\"summary-facts\">\n";
  if (!report.without_scores) out += scores_table(report, abbreviations);
  // Printed, what follows the scores runs on in two columns under the web and the scores (see k_report_style).
  if (!report.without_scores) out += "<div class=\"summary-more\">\n";
  if (report.comparison && !report.without_scores) out += largest_prompts(report, abbreviations);
  if (report.without_scores && !report.scores_only) out += priorities(report, abbreviations);
  if (report.plan) out += plan_status(report, abbreviations);
  if (!report.without_scores) out += "</div>\n";
  return out + "</div>\n</div>\n</section>\n";
}

}  // namespace coprod::render
