// Page 1 of the evidence pack: a summary a board can read alone.

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "analysis/held_back_scores.hpp"
#include "model/sections_as_rows.hpp"
#include "render/abbreviations.hpp"
#include "render/comparison.hpp"
#include "render/coverage_notes.hpp"
#include "render/missing_score.hpp"
#include "render/page_one_room.hpp"
#include "render/period_words.hpp"
#include "render/report_board_asks.hpp"
#include "render/report_html_parts.hpp"
#include "render/report_parts.hpp"
#include "render/report_summary_keys.hpp"
#include "render/web_layout.hpp"
#include "render/web_svg.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"

namespace coprod::render {

namespace {

using util::xml_text;

constexpr std::size_t k_summary_coverage_notes = 3;
// How many columns of changes page 1's scores table, printed beside the web, has room for with each change
// beside its score; with more, each goes under its score (see k_report_style).
constexpr std::size_t k_changes_beside_scores = 2;

// A block of page 1's HTML and how tall it prints (see page_one_room.hpp), in CSS px.
struct PrintedBlock {
  std::string html;
  double height = 0;
  double width = 0;
};

// Printed: the web's width (0.21 mm a unit of its picture, see k_report_style) and its legend's two columns.
constexpr double k_web_px_per_unit = 0.21 * 96 / 25.4;
constexpr double k_legend_indent = 52;   // the swatch, beside the legend's words
constexpr double k_web_gap = 18.9;       // 5 mm between the web and the scores
constexpr double k_legend_margin = 7.5;  // between the web and its legend
constexpr double k_swatch_over = 2;      // a swatch (16 px high) stands above its line of words by up to this
constexpr double k_spanned_margin = 4;   // over the keys and abbreviations (.25rem)

// The legend: the perspectives' items in two balanced columns, each item whole in one (two_columns_height()), with
// page 1's gap (its items' .1rem margins) between them and over the first; then the keys and abbreviations
// (`spanned`) across both, each with its margin over it.
double legend_height(const std::vector<std::string>& items, const std::vector<std::string>& spanned, double web_width) {
  const double width = (web_width - k_page_one_column_gap) / 2 - k_legend_indent;
  std::vector<double> heights;
  for (const auto& item : items) heights.push_back(printed_text_height(item, width) + k_swatch_over + k_page_one_gap);
  double across = 0;
  for (const auto& item : spanned) across += k_spanned_margin + printed_text_height(item, web_width);
  return k_legend_margin + k_page_one_gap + two_columns_height(heights) + across;
}

std::string inline_svg(std::string svg) {
  if (svg.rfind("<?xml", 0) == 0) svg.erase(0, svg.find('\n') + 1);
  return svg;
}

// Page 1's web: its axes numbered, for the section scores' table beside it
// to name them, so that printed on A4 it is large and its words as large as
// the page's; its legend under it in the page's own text. The abbreviations
// its legend is the first on the page to use are spelled out at the legend's
// foot: the picture has no room beside them.
PrintedBlock summary_web(const Report& report, Abbreviations& abbreviations) {
  const WebChart chart = build_web_chart(report.inputs, report.previous);
  const WebLayout layout = lay_out_web(chart, k_page_one_web);
  const bool numbered = layout.numbered_axes;
  std::string out = "<figcaption><ul class=\"web-legend\">\n";
  std::size_t current = 0;
  std::size_t previous = 0;
  std::vector<std::string> items;    // the legend's, to measure: beside their swatches
  std::vector<std::string> spanned;  // and across both its columns
  for (const auto& series : summary_legend_series(report, chart)) {
    items.push_back(legend_text(chart, series, numbered));
    out += fmt::format("<li>{}{}</li>\n", legend_swatch(series, series.previous ? previous++ : current++),
                       xml_text(items.back()));
  }
  if (const std::string keys = numbered ? unnumbered_keys(chart) : ""; !keys.empty()) {
    spanned.push_back(keys);
    out += fmt::format("<li class=\"keys\">{}</li>\n", xml_text(keys));
  }
  std::vector<std::string> words = numbered ? std::vector<std::string>{} : chart.axis_labels;
  words.insert(words.end(), items.begin(), items.end());
  words.insert(words.end(), spanned.begin(), spanned.end());
  // Lined up with the legend's words, as one more line of it.
  if (const std::string spelled = abbreviations.first_uses(util::join(words, "\n")); !spelled.empty()) {
    out += fmt::format("<li class=\"abbreviations\">{}</li>\n", xml_text(spelled));
    spanned.push_back(spelled);
  }
  // Its width in the picture's units, for print to give each unit the same size, and its legend's lines, for a
  // screen to leave them room beneath it (see k_report_style).
  const std::string figure = fmt::format("<figure id=\"web\" style=\"--web-units: {:g}; --legend-lines: {}\">\n",
                                         layout.width, items.size() + spanned.size()) +
                             inline_svg(render_web_svg(chart, k_page_one_web));
  const double width = layout.width * k_web_px_per_unit;
  return {figure + out + "</ul></figcaption>\n</figure>\n",
          layout.height * k_web_px_per_unit + legend_height(items, spanned, width), width};
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

// Under the scores: which averages leave out rows (or, under `heading`, which sections were held back). More
// notes than page 1 has room for give way to a pointer to each section's own line, which says it too.
std::string coverage_notes_html(const Report& report, std::string_view heading, const std::vector<std::string>& notes) {
  if (notes.empty()) return "";
  std::string out = fmt::format("<p class=\"coverage-notes\">{}", xml_text(heading));
  if (notes.size() > k_summary_coverage_notes) {
    // Without the evidence, the pack has no section lines to point to: the workbook has the rows scored.
    const std::string where = report.scores_only ? "in the workbook, scores.xlsx"
                                                 : fmt::format("under “<a href=\"#rows\">{}</a>”",
                                                               xml_text(part_heading(report, ReportPart::rows)));
    return out + fmt::format(" {} sections; see how many rows each counts {}.</p>\n", notes.size(), where);
  }
  for (const auto& note : notes) out += "<br>" + xml_text(note);
  return out + "</p>\n";
}

// Under the scores, two kinds of note, each one per section: whose average, for some input, leaves out rows
// (marked *), and which has no score to show, for some input, as its scored rows were held back.
struct CoverageNotes {
  std::vector<std::string> partial;
  std::vector<std::string> held_back;
};

CoverageNotes coverage_notes(const Report& report) {
  const auto& framework = *report.inputs.front()->framework;
  CoverageNotes notes;
  for (std::size_t s = 0; s < framework.sections.size(); ++s) {
    std::vector<ColumnCoverage> coverage;
    for (std::size_t i = 0; i < report.inputs.size(); ++i)
      coverage.push_back({report_input_short(report, i), report.inputs[i]->sections[s].coverage(),
                          analysis::held_back_rows(report.inputs[i]->sections[s])});
    const std::string label = short_section_label(framework.sections[s]);
    if (auto note = coverage_note(label, coverage)) notes.partial.push_back(*note);
    if (auto note = held_back_note(label, coverage)) notes.held_back.push_back(*note);
  }
  return notes;
}

// How many of the scores table's columns give the change since a previous period.
std::size_t columns_of_changes(const Report& report) {
  std::size_t columns = 0;
  for (std::size_t i = 0; i < report.inputs.size(); ++i) {
    if (previous_of(report, i)) ++columns;
  }
  return columns;
}

// Printed, a cell's padding and border, in px (see k_report_style); the table's margins, with the key's over it,
// and the border under its last row (each row's cell edges count the one over it).
constexpr double k_cell_padding = 10.6;
constexpr double k_cell_edges = 5.8;
constexpr double k_table_margins = 14.4 + 1;

// How tall a table row prints: its label (and any abbreviation spelled out under it) or its scores.
double scores_row_height(const std::string& label, const std::string& spelled, double label_width, bool changes_under) {
  const double label_height = printed_text_height(label, label_width, k_page_one_text, k_page_one_line, true) +
                              printed_text_height(spelled, label_width, k_page_one_text * 0.85, k_page_one_small_line);
  return std::max(label_height, k_page_one_line * (changes_under ? 2 : 1)) + k_cell_edges;
}

// A score column's name, as narrow as its scores: "Peer network" over two lines, and "Organisation" with a
// soft hyphen, "Organi-sation", which is wider in bold than "3.7 (+0.2)" and would narrow the sections' labels.
std::string score_column_name(const Report& report, std::size_t input) {
  const std::string name = util::capitalised(report_input_short(report, input));
  return name == "Organisation" ? "Organi\u00adsation" : name;
}

// The width of a score column's text printed, inside its padding: its widest score or mark ("n/a") with its
// change, or, when wider, its name's widest word in bold ("network", "Organi-"), which the browser never breaks
// (printed_score_column_width()). The sections' labels have the rest of the table's width: measured as a fixed
// width a column, they were given less than Chromium prints them with, each long title a line taller.
double score_column_text_width(const Report& report, std::size_t input, bool changes_under) {
  MissingScoreKey marks{k_section_not_applicable};
  std::vector<std::string> scores;
  std::vector<std::string> changes;
  const auto& sections = report.inputs[input]->sections;
  for (std::size_t s = 0; s < sections.size(); ++s) {
    scores.push_back(shown_text(marks.cell(sections[s])));
    if (!previous_of(report, input)) continue;
    auto change = section_change(report, input, s);
    if (change && change_of_different_rows(report, input, s)) *change += k_change_of_different_rows_mark;
    changes.push_back(change ? "(" + *change + ")" : "");
  }
  return printed_score_column_width(scores, changes, changes_under, score_column_name(report, input));
}

// How tall the lines under the scores table print `width` px wide, from the text each shows: each paragraph,
// and the gap between it and the one before.
double notes_height(const std::vector<std::string>& notes, double width) {
  double height = 0;
  for (const auto& note : notes) height += printed_text_height(note, width) + k_page_one_gap;
  return height;
}

// The section scores' table beside the web, `width` px wide printed (`html`, its section left open, and `height`),
// and the lines under it: the scale and its key, any sections carried forward and the notes on averages that
// leave rows out or hold scores back (`notes`, each a paragraph's HTML; `shown`, the text of each, to measure),
// and how tall they print under the table and across the page.
struct ScoresTable {
  std::string html;
  double height = 0;
  std::vector<std::string> notes;
  std::vector<std::string> shown;
  double notes_under = 0;
  double notes_across = 0;
};

ScoresTable scores_table(const Report& report, Abbreviations& abbreviations, double width) {
  const auto& framework = *report.inputs.front()->framework;
  const std::string inputs = inputs_key(report, abbreviations);
  constexpr std::string_view heading = "Section scores";
  std::string out = fmt::format("<section id=\"scores\">\n<h3>{}</h3>\n", heading) + inputs;
  double height = printed_heading_height(heading, width) + printed_text_height(shown_text(inputs), width) +
                  k_table_margins + k_cell_edges;
  const bool changes_under = columns_of_changes(report) > k_changes_beside_scores;
  double label_width = width - k_cell_padding;
  // Named, and each column headed by its short name, "Peer network" (else its letter) and (for a screen reader,
  // the key being the line above) its label. A name may wrap in its narrow column: the tallest sets the row's.
  double heading_height = k_page_one_line;
  for (std::size_t i = 0; i < report.inputs.size(); ++i) {
    const double column = score_column_text_width(report, i, changes_under);
    label_width -= column + k_cell_padding;
    heading_height = std::max(heading_height, printed_text_height(util::capitalised(report_input_short(report, i)),
                                                                  column, k_page_one_text, k_page_one_line, true));
  }
  height += heading_height;
  out += fmt::format(
      "<table class=\"small{}\">\n<caption class=\"visually-hidden\">Section scores by perspective</caption>\n"
      "<thead><tr><th scope=\"col\">Section</th>",
      changes_under ? " changes-under" : "");
  for (std::size_t i = 0; i < report.inputs.size(); ++i)
    out += fmt::format("<th scope=\"col\" class=\"score\">{}<span class=\"visually-hidden\">: {}</span></th>",
                       xml_text(score_column_name(report, i)), xml_text(report_input_label(report, i)));
  out += "</tr></thead>\n<tbody>\n";
  // A section that is its one row is marked not applicable, not "every row" of it (model::every_section_is_its_row()).
  ScoresTableKey key{MissingScoreKey(model::every_section_is_its_row(framework) ? k_one_row_section_not_applicable
                                                                                : k_section_not_applicable)};
  for (std::size_t s = 0; s < framework.sections.size(); ++s) {
    const std::string label = short_section_label(framework.sections[s]);
    const std::string spelled = spelled_out_html(abbreviations, label);
    height += scores_row_height(label, shown_text(spelled), label_width, changes_under);
    out += fmt::format("<tr><th scope=\"row\">{}{}</th>", xml_text(label), spelled);
    for (std::size_t i = 0; i < report.inputs.size(); ++i)
      out += fmt::format("<td class=\"score\">{}</td>", score_cell(report, i, s, key));
    out += "</tr>\n";
  }
  out += "</tbody>\n</table>\n";
  const std::string key_line = key.line();
  const std::string scale = score_scale_words(report) + (key_line.empty() ? "" : " " + key_line);
  ScoresTable table{out, height, {fmt::format("<p>{}</p>\n", xml_text(scale))}, {scale}};
  if (const auto note = carried_forward_note(report)) {
    table.notes.push_back("<p>" + xml_text(*note) + "</p>\n");
    table.shown.push_back(*note);
  }
  const CoverageNotes coverage = coverage_notes(report);
  for (std::string notes : {coverage_notes_html(report, k_coverage_notes_heading, coverage.partial),
                            coverage_notes_html(report, k_held_back_notes_heading, coverage.held_back)})
    if (!notes.empty()) {
      table.shown.push_back(shown_text(notes));
      table.notes.push_back(std::move(notes));
    }
  table.notes_under = notes_height(table.shown, width);
  // Across the page, in a box of its own whose margins meet no other's.
  table.notes_across = notes_height(table.shown, k_page_one_width) + k_page_one_gap;
  return table;
}

// The section scores beside the web (`html`, after the web, in page 1's facts), and how tall the two print side
// by side (`height`). The lines under the table run across the page, under the web too, where the table and
// its lines are the taller and that leaves more of page 1 (a framework's long titles, wrapped, make the table
// tall: its lines, in its narrow column, left the room under the web empty).
PrintedBlock scores_beside_web(const Report& report, Abbreviations& abbreviations, const PrintedBlock& web) {
  const ScoresTable scores = scores_table(report, abbreviations, k_page_one_width - web.width - k_web_gap);
  const double under = std::max(web.height, scores.height + scores.notes_under);
  const double across = std::max(web.height, scores.height) + scores.notes_across;
  const std::string notes = util::join(scores.notes, "");
  if (under <= across) return {scores.html + notes + "</section>\n", under, 0};
  return {scores.html + "</section>\n<div class=\"scores-notes\">\n" + notes + "</div>\n", across, 0};
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

// Printed, how far down page 1 its two columns start: the title (14 pt, bold), the framework's title, any
// abbreviations they use spelled out, the months of its periods, the report's date (9.5 pt) and the heading "Summary".
constexpr double k_title_size = 14 * 4.0 / 3;
constexpr double k_subtitle_size = 9.5 * 4.0 / 3;
constexpr double k_subtitle_line = k_subtitle_size * 1.35;
constexpr double k_header_margins = 13.6;
constexpr double k_summary_heading = 41;
constexpr double k_note_padding = 33;  // a note's padding, margins and border

double header_height(const Report& report) {
  const auto& framework = *report.inputs.front()->framework;
  Abbreviations fresh(framework.glossary);
  const std::string spelled = fresh.first_uses(page_one_header_text(report));
  return printed_text_height(report.title, k_page_one_width, k_title_size, k_title_size * 1.25, true) +
         printed_text_height(framework.title, k_page_one_width, k_subtitle_size, k_subtitle_line) +
         printed_text_height(spelled, k_page_one_width, k_subtitle_size * 0.85, k_subtitle_line * 0.85) +
         printed_text_height(periods_in_words(report.inputs, report.previous), k_page_one_width, k_subtitle_size * 0.85,
                             k_subtitle_line * 0.85) +
         (report.date ? k_subtitle_line : 0) + k_header_margins + k_summary_heading;
}

// How tall the missing perspective's note prints, when there is one.
double note_height(const Report& report) {
  const auto note = missing_perspective_note(report);
  return note ? printed_text_height(*note, k_page_one_width - k_note_padding) + k_note_padding : 0;
}

}  // namespace

double page_one_asks_room(const Report& report) {
  if (report.without_scores) return k_board_asks_room;
  // Measured with only the header's abbreviations spelled out, so those the asks spell out count under them too.
  Abbreviations abbreviations(report.inputs.front()->framework->glossary);
  abbreviations.first_uses(page_one_header_text(report));
  const PrintedBlock web = summary_web(report, abbreviations);
  const double web_and_scores = scores_beside_web(report, abbreviations, web).height;
  // The lines that point further into the pack, but the one shown only when the lists are whole.
  const auto cut_lists = [](double room) { return std::string(std::isinf(room) ? "whole" : "cut"); };
  const double pointers = summary_pointer_lines(report, cut_lists, 0).height;
  const double above_lists = header_height(report) + note_height(report) + web_and_scores + pointers;
  const auto room_left = [&](bool top_rows) {
    return std::min(k_board_asks_room, k_page_one_height - k_page_one_foot - above_lists -
                                           summary_lists_least_height(report, abbreviations, top_rows));
  };
  // The row that differs most before any ask; but not before the asks' box and the line that says where they are.
  const double with_top_rows = room_left(true);
  return with_top_rows >= least_board_asks_height(report) ? with_top_rows : room_left(false);
}

std::string page_one_header_text(const Report& report) {
  return report.title + "\n" + report.inputs.front()->framework->title;
}

std::string spelled_out_html(Abbreviations& abbreviations, std::string_view text) {
  const std::string words = abbreviations.first_uses(text);
  return words.empty() ? "" : fmt::format("<span class=\"abbreviations\">{}</span>", xml_text(words));
}

std::string render_report_summary_html(const Report& report, Abbreviations& abbreviations) {
  std::string out = fmt::format(
      "<section id=\"summary\" aria-labelledby=\"summary-title\">\n<h2 id=\"summary-title\">{}</h2>\n"
      "<div class=\"summary-grid{}\">\n",
      xml_text(part_heading(report, ReportPart::summary)), report.without_scores ? "" : " with-web");
  double top = header_height(report);
  const BoardAsksBlock asks = summary_board_asks_html(report, abbreviations);  // first, as a board paper opens
  out += asks.html;
  top += asks.height;
  if (const auto note = missing_perspective_note(report)) out += "<p class=\"note\">" + xml_text(*note) + "</p>\n";
  top += note_height(report);
  if (report.without_scores) {
    // The emerging priorities beside the plan's status, which has the room of the page.
    out += "<div class=\"summary-facts\">\n";
    if (!report.scores_only) out += priorities(report, abbreviations);
    if (report.plan) out += summary_plan_html(report, abbreviations, k_page_one_width / 2, k_page_one_height).html;
    return out + "</div>\n</div>\n</section>\n";
  }
  const PrintedBlock web = summary_web(report, abbreviations);
  const PrintedBlock scores = scores_beside_web(report, abbreviations, web);
  out += web.html + "<div class=\"summary-facts\">\n" + scores.html;
  // Printed, the lists follow the web and the scores, each whole in a column of its own beside the other (or
  // across the page when it is alone), in the room left on page 1 (see k_report_style): all of it, no line kept
  // spare (the words are measured wide enough to allow for the font already, page_one_room.cpp).
  const double room = k_page_one_height - k_page_one_foot - top - scores.height;
  const auto lists = [&](Abbreviations& spelled, double room_left) {
    return summary_lists_html(report, spelled, room_left);
  };
  // Above the lists, across the page: the lines that point further into the pack.
  const SummaryLines lines = summary_pointer_lines(
      report,
      [&](double room_left) {
        Abbreviations trial = abbreviations;  // to lay the lists out without spelling anything out yet
        return lists(trial, room_left);
      },
      room);
  out += "<div class=\"summary-more\">\n" + lines.html + lists(abbreviations, room - lines.height);
  return out + "</div>\n</div>\n</div>\n</section>\n";
}

}  // namespace coprod::render
