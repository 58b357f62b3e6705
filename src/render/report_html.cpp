#include <fmt/format.h>

#include "model/sections_as_rows.hpp"
#include "render/comparison.hpp"
#include "render/missing_score.hpp"
#include "render/no_differences.hpp"
#include "render/one_sign_note.hpp"
#include "render/period_words.hpp"
#include "render/plan.hpp"
#include "render/printed_page.hpp"
#include "render/reflection_points.hpp"
#include "render/report.hpp"
#include "render/report_about.hpp"
#include "render/report_board_asks.hpp"
#include "render/report_html_parts.hpp"
#include "render/report_no_evidence.hpp"
#include "render/report_parts.hpp"
#include "render/report_plan_reflections.hpp"
#include "render/report_row_changes.hpp"
#include "render/report_style.hpp"
#include "render/row_words.hpp"
#include "render/seen_locally.hpp"
#include "util/escape.hpp"
#include "util/shared_part.hpp"
#include "util/text.hpp"

namespace coprod::render {

namespace {

using util::xml_text;

// Above a table that may scroll sideways in its box: where it does (report_style.hpp), a line that says so and
// takes the keyboard's focus, for the arrow keys to scroll it; hidden where nothing scrolls, it is no Tab stop.
constexpr std::string_view k_scroll_hint =
    "<p class=\"scroll-hint\" tabindex=\"0\">The table scrolls sideways: more columns to the right.</p>\n";

// A table whose rows a phone shows as blocks (report_style.hpp): CSS that changes a table's display takes its
// semantics away in some browsers, so its parts carry their roles, and each data cell its column's heading as
// its label there.
constexpr std::string_view k_stacked_table = " role=\"table\"";
constexpr std::string_view k_stacked_group = " role=\"rowgroup\"";
constexpr std::string_view k_stacked_row = " role=\"row\"";

std::string stacked_column(std::string_view heading, std::string_view css_class = "") {
  return fmt::format("<th scope=\"col\" role=\"columnheader\"{}>{}</th>",
                     css_class.empty() ? "" : fmt::format(" class=\"{}\"", css_class), heading);
}

// A data cell's opening tag: <td class="score" role="cell" data-label="Score">.
std::string stacked_cell(std::string_view label, std::string_view css_class = "") {
  return fmt::format("<td{} role=\"cell\" data-label=\"{}\">",
                     css_class.empty() ? "" : fmt::format(" class=\"{}\"", css_class), label);
}

class HtmlWriter {
 public:
  explicit HtmlWriter(const Report& report)
      : m_report(report), m_abbreviations(report.inputs.front()->framework->glossary) {}

  std::string render() {
    head();
    m_out += "<body>\n<main>\n";
    header();
    m_out += render_report_summary_html(m_report, m_abbreviations);
    contents();
    about();
    if (with_scores() && !report_every_period(m_report).empty()) every_period();
    m_out += row_changes_html(m_report);
    m_out += no_evidence_html(m_report);
    if (m_report.comparison && !m_report.without_scores) prompts();
    if (!m_report.scores_only) rows();
    if (!m_report.scores_only) reflections();
    if (m_report.plan) plan();
    glossary();
    m_out += "</main>\n";
    footer();
    m_out += "</body>\n</html>\n";
    return std::move(m_out);
  }

 private:
  std::size_t count() const { return m_report.inputs.size(); }
  const model::Framework& framework() const { return *m_report.inputs.front()->framework; }
  RowWords words() const { return row_words(framework()); }
  bool with_scores() const { return !m_report.without_scores; }

  void head() {
    m_out += "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n";
    m_out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    // Nothing may be fetched: the page is self-contained and safe to open offline.
    m_out +=
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        "img-src data:\">\n";
    m_out += fmt::format("<meta name=\"generator\" content=\"{}\">\n", xml_text(m_report.generator));
    m_out += fmt::format("<title>{}</title>\n<style>{}{}{}</style>\n</head>\n", xml_text(m_report.title),
                         k_report_style, words().sections ? k_actions_without_rows_style : "",
                         print_footer_style(report_area_and_period(m_report)));
  }

  // Page 1 starts here: the abbreviations the title and the framework's title use are spelled out under them,
  // then the months of its periods.
  void header() {
    m_out += fmt::format("<header>\n<h1>{}</h1>\n<p class=\"subtitle\">{}</p>\n", xml_text(m_report.title),
                         xml_text(framework().title));
    if (const std::string words = m_abbreviations.first_uses(page_one_header_text(m_report)); !words.empty())
      m_out += fmt::format("<p class=\"subtitle abbreviations\">{}</p>\n", xml_text(words));
    // The months of a quarter or half year: to an NHS board, counting from April, Q4 is January to March.
    if (const std::string months = periods_in_words(m_report.inputs, m_report.previous); !months.empty())
      m_out += fmt::format("<p class=\"subtitle abbreviations\">{}</p>\n", xml_text(months));
    if (m_report.date)
      m_out += fmt::format("<p class=\"subtitle\">{}</p>\n", xml_text(report_date_text(*m_report.date)));
    m_out += "</header>\n";
  }

  // The parts in order, numbered as their headings are (an ordered list gives the numbers).
  void contents() {
    m_out += "<nav aria-label=\"Contents\"><ol>\n";
    for (const auto& part : report_parts(m_report))
      m_out += fmt::format("<li><a href=\"#{}\">{}</a></li>\n", part.id, xml_text(part.title));
    m_out += "</ol></nav>\n";
  }

  // A part's heading as printed, numbered: "Part 2: About this report".
  std::string heading(ReportPart part) const { return xml_text(part_heading(m_report, part)); }

  void about() {
    m_out += fmt::format("<section id=\"about\">\n<h2>{}</h2>\n", heading(ReportPart::about));
    m_out += fmt::format("<p>{}</p>\n<p>This report covers:</p>\n<ul>\n", xml_text(report_about_text(framework())));
    for (std::size_t i = 0; i < count(); ++i) {
      const DefinedName defined = defined_input_name(m_report, i, report_input_label(m_report, i));
      m_out += fmt::format("<li>{}<strong>{}</strong>{}</li>\n", xml_text(defined.before), xml_text(defined.name),
                           xml_text(defined.after));
    }
    m_out += "</ul>\n";
    if (m_report.scores_only) {
      m_out += "<p class=\"note\">This version shows scores only: evidence, notes and reflections are left out.</p>\n";
    }
    if (m_report.without_scores) {
      m_out +=
          "<p class=\"note\">This version leaves every score out (the guide says scores need not be made "
          "public): it shows the evidence, reflections and action plan.</p>\n";
    }
    for (const auto& note : m_report.redacted_notes) m_out += fmt::format("<p class=\"note\">{}</p>\n", xml_text(note));
    m_out += "</section>\n";
  }

  // After page 1: each perspective's section scores in every period the web
  // draws, a table per perspective with the periods across, oldest first.
  void every_period() {
    const auto periods = report_every_period(m_report);
    m_out += fmt::format("<section id=\"periods\">\n<h2>{}</h2>\n<p>{}</p>\n", heading(ReportPart::every_period),
                         xml_text(k_every_period_words));
    for (std::size_t i = 0; i < count(); ++i) {
      const std::string view = report_inputs_lettered(m_report)
                                   ? fmt::format("{}: {}", input_letter(i), report_input_view(m_report, i))
                                   : report_input_view(m_report, i);
      m_out += fmt::format(
          "<div class=\"table-scroll\" role=\"region\" aria-label=\"{}, section scores by period\">\n{}"
          "<table class=\"periods\"{}>\n<caption>{}</caption>\n<thead{}><tr{}>{}",
          xml_text(view), k_scroll_hint, k_stacked_table, xml_text(view), k_stacked_group, k_stacked_row,
          stacked_column("Section"));
      for (const auto& period : periods) m_out += stacked_column(xml_text(period.to_string()), "score");
      m_out += fmt::format("</tr></thead>\n<tbody{}>\n", k_stacked_group);
      for (std::size_t s = 0; s < framework().sections.size(); ++s) {
        m_out += fmt::format("<tr{}><th scope=\"row\" role=\"rowheader\">{}</th>", k_stacked_row,
                             xml_text(framework().sections[s].label()));
        for (const auto& period : periods)
          m_out += fmt::format("{}{}</td>", stacked_cell(xml_text(period.to_string()), "score"),
                               xml_text(section_score_in_period(m_report, i, s, period)));
        m_out += "</tr>\n";
      }
      m_out += "</tbody>\n</table>\n</div>\n";
    }
    m_out += "</section>\n";
  }

  void prompts() {
    const auto& comparison = *m_report.comparison;
    m_out += fmt::format(
        "<section id=\"conversation\">\n<h2>{}</h2>\n<p>{} whose scores differ by {:.1f} or more, largest "
        "difference first.</p>\n",
        heading(ReportPart::differences), words().capital_many(), comparison.threshold);
    if (comparison.row_prompts.empty()) m_out += fmt::format("<p>{}</p>\n", xml_text(no_differences_words(comparison)));
    RowActionsGiven given;
    for (const std::size_t r : comparison.row_prompts) {
      const auto& row = comparison.rows[r];
      // A section that is its row (model::row_is_the_section()) is named once, by its heading: no "Row 7.1", no
      // wording under it that says the heading again.
      const bool is_the_section = model::row_is_the_section(*row.section, *row.row);
      const std::string difference = difference_in_words(comparison, row.difference(), row.spread());
      m_out += fmt::format(
          "<div class=\"{}\" id=\"difference-{}\">\n<h3>{}<span class=\"row-id\">{}</span></h3>\n",
          prompt_class(row.results), xml_text(row.reference()),
          xml_text(section_and_row_heading(framework(), *row.section, *row.row)),
          xml_text(is_the_section ? util::capitalised(difference)
                                  : fmt::format("Row {}, {}", row.section->row_number(row.row->id), difference)));
      row_actions_line(row, given);
      if (!is_the_section) row_text(*row.row);
      evidence_table(row.results, util::capitalised(words().named(*row.section, *row.row)));
      m_out += "</div>\n";
    }
    m_out += "</section>\n";
  }

  // The plan's actions that name the row or its section, in page 1's words (report_row_actions.hpp); nothing
  // where none does, rather than the same "No action ..." under row after row.
  void row_actions_line(const analysis::RowComparison& row, RowActionsGiven& given) {
    if (!m_report.plan) return;
    const auto actions = row_actions(m_report, row, given);
    if (!actions.empty())
      m_out += fmt::format("<p class=\"row-actions\">{}</p>\n", row_actions_html(m_report, row, actions, false));
  }

  void row_text(const model::FrameworkRow& row) {
    if (row.indicator)
      m_out += fmt::format("<p class=\"indicator\"><strong>Early indicator:</strong> {}</p>\n",
                           xml_text(row.indicator->flattened()));
    if (row.warning)
      m_out += fmt::format("<p class=\"warning\"><strong>Warning sign:</strong> {}</p>\n",
                           xml_text(row.warning->flattened()));
    // A row with only one of the two signs says which way its scores run, as
    // the form does: headed by a warning sign, a 5 could be read as "seen a lot".
    const auto note = one_sign_note(framework(), row);
    if (note && with_scores()) m_out += fmt::format("<p class=\"one-sign\">{}</p>\n", xml_text(*note));
  }

  // How many lines a row's evidence takes printed, about; none when left out.
  std::size_t evidence_lines(const analysis::RowResult& result) const {
    return m_report.scores_only || !result.has_evidence() ? 0 : printed_lines(*result.response->evidence);
  }

  std::size_t evidence_lines(const std::vector<std::shared_ptr<const analysis::RowResult>>& results) const {
    std::size_t lines = 0;
    for (const auto& result : results) lines += evidence_lines(*result);
    return lines;
  }

  // A row and its evidence are kept on one printed page, unless the evidence
  // is long: then they may break across pages (see k_report_style).
  std::string prompt_class(const std::vector<std::shared_ptr<const analysis::RowResult>>& results) const {
    return breaks_when_printed(evidence_lines(results)) ? "prompt long" : "prompt";
  }

  // Named for a screen reader's list of tables ("Row 1.4: evidence by perspective", "Section 5: ..." where the
  // section is its row, RowWords::named()), each perspective a row header.
  void evidence_table(const std::vector<std::shared_ptr<const analysis::RowResult>>& results, const std::string& name) {
    m_out += fmt::format(
        "<table class=\"evidence-table small{}\"{}>\n<caption class=\"visually-hidden\">{}: evidence by "
        "perspective</caption>\n<thead{}><tr{}>{}",
        breaks_when_printed(evidence_lines(results)) ? " long" : "", k_stacked_table, xml_text(name), k_stacked_group,
        k_stacked_row, stacked_column("Perspective"));
    if (with_scores()) m_out += stacked_column("Score", "score");
    m_out += fmt::format("{}</tr></thead>\n<tbody{}>\n", stacked_column("Evidence"), k_stacked_group);
    const SeenAnswered answered = seen_answered(results);
    for (std::size_t i = 0; i < results.size(); ++i) {
      const auto& result = results[i];
      const std::string evidence =
          m_report.scores_only ? fmt::format("<span class=\"missing\">{}</span>", k_evidence_left_out_words)
          : result->has_evidence()
              ? fmt::format("<span class=\"evidence\">{}</span>", xml_text(*result->response->evidence))
              : fmt::format("<span class=\"missing\">{}</span>", k_no_evidence_given_words);
      m_out += fmt::format("<tr{}{}><th scope=\"row\" role=\"rowheader\">{}</th>",
                           breaks_when_printed(evidence_lines(*result)) ? " class=\"long\"" : "", k_stacked_row,
                           xml_text(report_input_key(m_report, i)));
      if (with_scores())
        m_out += fmt::format("{}{}{}</td>", stacked_cell("Score", "score"), score_words(*result), people(*result));
      m_out += fmt::format("{}{}{}</td></tr>\n", stacked_cell("Evidence"), seen_html(*result, answered), evidence);
    }
    m_out += "</tbody>\n</table>\n";
  }

  // Whether the row's early indicator and warning sign are seen locally, as `compare` says it, above the evidence.
  static std::string seen_html(const analysis::RowResult& result, SeenAnswered answered) {
    const std::string line = seen_locally_line(result, answered);
    return line.empty() ? "" : fmt::format("<span class=\"seen\">{}</span>", xml_text(line));
  }

  // A row's score, or why it has none in full words ("not scored yet", "not
  // applicable", "held back"), set apart as the evidence column sets apart "no evidence given".
  static std::string score_words(const analysis::RowResult& result) {
    if (result.score.is_scored()) return result.score.to_string();
    return fmt::format("<span class=\"missing\">{}</span>", row_score_full_words(result));
  }

  // Under a combined row's median: how many people scored it and their range.
  static std::string people(const analysis::RowResult& result) { return people_note(people_spread_words(result)); }

  // Small print under a score, in brackets, that may wrap: the column stays narrow.
  static std::string people_note(const std::string& words) {
    return words.empty() ? "" : fmt::format("<span class=\"people\">({})</span>", xml_text(words));
  }

  // A section's notes after its completion line, and what the pack says of them in a span of its own.
  static std::string notes_html(const SectionNotes& notes) {
    const std::string same = notes.same_as_before.empty()
                                 ? ""
                                 : fmt::format(" <span class=\"same-notes\">{}</span>", xml_text(notes.same_as_before));
    return fmt::format(" <span class=\"section-notes\">{} <span class=\"evidence\">{}</span>{}</span>",
                       k_section_notes_words, xml_text(notes.text), same);
  }

  void completion(std::size_t section) {
    for (std::size_t i = 0; i < count(); ++i) {
      const auto notes = section_notes(m_report, i, section);
      m_out += fmt::format("<p class=\"completion\">{}; {}{}</p>\n", xml_text(report_input_key(m_report, i)),
                           xml_text(section_status_text(m_report, *m_report.inputs[i], section)),
                           notes ? notes_html(*notes) : "");
    }
  }

  void rows() {
    m_out += fmt::format("<section id=\"rows\">\n<h2>{}</h2>\n", heading(ReportPart::rows));
    for (std::size_t s = 0; s < framework().sections.size(); ++s) {
      const auto& section = framework().sections[s];
      m_out += fmt::format("<h3>{}</h3>\n", xml_text(section.label()));
      completion(s);
      for (std::size_t r = 0; r < section.rows.size(); ++r) {
        std::vector<std::shared_ptr<const analysis::RowResult>> results;
        for (const auto& input : m_report.inputs)
          results.push_back(util::share_part(input, &input->sections[s].rows[r]));
        const std::string number = xml_text(section.row_number(section.rows[r].id));
        // A row worded as its section's title (the h3 above) is that section: no heading or wording of its own.
        const bool is_the_section = model::row_is_the_section(section, section.rows[r]);
        const std::string heading =
            is_the_section ? ""
                           : fmt::format("<h4>{}<span class=\"row-id\">Row {}</span></h4>\n",
                                         xml_text(signed_row_heading(framework(), section.rows[r])), number);
        m_out += fmt::format("<div class=\"{}\" id=\"{}\">\n{}", prompt_class(results),
                             xml_text(row_anchor(section, section.rows[r])), heading);
        if (!is_the_section) row_text(section.rows[r]);
        evidence_table(results, util::capitalised(words().named(section, section.rows[r])));
        m_out += "</div>\n";
      }
    }
    m_out += "</section>\n";
  }

  void reflection_list(const model::Reflections& reflections) {
    m_out += "<dl class=\"reflections\">\n";
    for (const auto& [title, value] : titled_reflections(reflections)) {
      if (*value && !(*value)->empty()) {
        m_out += fmt::format("<div{}><dt>{}</dt><dd>{}</dd></div>\n",
                             breaks_when_printed(printed_lines(**value)) ? " class=\"long\"" : "", title,
                             reflection_points_html(**value));
      }
    }
    m_out += "</dl>\n";
  }

  // One point a line, as a list under the view it is grouped by ("Organisation"); a single point as written.
  static std::string reflection_points_html(std::string_view text) {
    const auto views = reflection_points(text);
    if (is_single_point(views)) return xml_text(views.front().points.front());
    std::string out;
    for (const auto& view : views) {
      if (!view.view.empty()) out += fmt::format("<p class=\"reflection-view\">{}</p>", xml_text(view.view));
      out += "<ul class=\"reflection-points\">";
      for (const auto& point : view.points) out += fmt::format("<li>{}</li>", xml_text(point));
      out += "</ul>";
    }
    return out;
  }

  // A perspective with no reflections says so under its heading; when none
  // has any, one line says so for all of them.
  void reflections() {
    m_out += fmt::format("<section id=\"reflections\">\n<h2>{}</h2>\n", heading(ReportPart::reflections));
    if (!any_reflections(m_report)) {
      m_out += fmt::format("<p class=\"missing\">{}</p>\n", k_no_reflections_words);
    }
    for (std::size_t i = 0; i < count() && any_reflections(m_report); ++i) {
      m_out += fmt::format("<h3>{}</h3>\n", xml_text(report_input_key(m_report, i)));
      const auto& reflections = m_report.inputs[i]->assessment->reflections;
      if (has_reflections(reflections)) reflection_list(reflections);
      else m_out += fmt::format("<p class=\"missing\">{}</p>\n", k_no_reflections_words);
    }
    m_out += "</section>\n";
  }

  // How far the action's sections are from its target, on a line of its own under it (it wraps, where the
  // number does not): "not yet: peer network 2.5, organisation 3.7".
  std::string target_progress(const model::Action& action) const {
    const std::string progress = plan_target_progress(m_report.inputs, action);
    return progress.empty() ? "" : fmt::format("<span class=\"target-state\">{}</span>", xml_text(progress));
  }

  // An action's notes under it, as written (--scores-only has left them out).
  static std::string action_notes(const model::Action& action) {
    if (!action.notes || action.notes->empty()) return "";
    return fmt::format("<span class=\"action-notes\"><em>Notes:</em> {}</span>", xml_text(*action.notes));
  }

  void plan() {
    const auto& plan = *m_report.plan;
    m_out += fmt::format("<section id=\"plan\">\n<h2>{}</h2>\n", heading(ReportPart::plan));
    m_out += board_asks_in_full_html(m_report);  // the asks page 1 had no room for, with the rest
    if (plan.actions.empty()) m_out += fmt::format("<p>{}</p>\n", xml_text(k_no_plan_actions_words));
    else actions_table(plan);
    if (!m_report.scores_only && has_reflections(plan.reflections)) {
      m_out += fmt::format("<h3>{}</h3>\n", xml_text(plan_reflections_heading(plan)));
      const std::string repeated = plan_reflections_repeated_words(m_report);
      if (!repeated.empty()) m_out += fmt::format("<p>{}</p>\n", xml_text(repeated));
      const auto shown = plan_reflections_not_repeated(m_report);
      if (has_reflections(shown)) reflection_list(shown);
    }
    m_out += "</section>\n";
  }

  void actions_table(const model::Plan& plan) {
    m_out += fmt::format("<p>{}</p>\n", xml_text(plan_statuses_text(m_report)));
    if (with_scores()) m_out += fmt::format("<p>{}</p>\n", xml_text(k_plan_target_words));
    // On a phone the table scrolls sideways in its own box rather than
    // squeezing every word into a column a few letters wide (k_scroll_hint).
    m_out += fmt::format("<div class=\"table-scroll\" role=\"region\" aria-label=\"Actions\">\n{}", k_scroll_hint);
    m_out += fmt::format(
        "<table class=\"actions\"{}>\n<caption class=\"visually-hidden\">Actions</caption>\n"
        "<thead{}><tr{}>",
        k_stacked_table, k_stacked_group, k_stacked_row);
    // Where every section is its one row, a row's number says nothing its section does not: no Rows column.
    const bool rows_column = !words().sections;
    for (const auto heading : {"Action", "Sections", "Rows", "Owner", "Due", "Status"})
      if (rows_column || std::string_view(heading) != "Rows") m_out += stacked_column(heading);
    if (with_scores()) m_out += stacked_column("Score hoped for", "score");
    m_out += fmt::format("</tr></thead>\n<tbody{}>\n", k_stacked_group);
    for (std::size_t i = 0; i < plan.actions.size(); ++i) {
      const auto& action = plan.actions[i];
      // The action's words head its row (for a screen reader) and its block on a phone: no label.
      // Its id, for page 1's differences to link to the action beside a row, and its number, for them to name it
      // by on paper, "action 1 in Part 8" (report_row_actions.hpp).
      m_out += fmt::format(
          "<tr{} id=\"action-{}\"><th scope=\"row\" role=\"rowheader\"><span class=\"action-number\">Action "
          "{}</span> {}{}</th>{}{}</td>{}{}{}</td>{}{}</td>{}{}</td>",
          k_stacked_row, i + 1, i + 1,
          action.what.empty() ? "<span class=\"missing\">to be agreed</span>" : xml_text(action.what),
          action_notes(action), stacked_cell("Sections"),
          xml_text(rows_column ? action_section_labels(action, framework())
                               : action_section_labels_with_rows(action, framework())),
          rows_column ? stacked_cell("Rows") + xml_text(action_row_numbers(action, framework())) + "</td>" : "",
          stacked_cell("Owner"), xml_text(action.owner.value_or("")), stacked_cell("Due"),
          action.due ? action.due->to_string() : "", stacked_cell("Status"),
          xml_text(action_status_words(m_report, i)));
      if (with_scores())
        m_out += fmt::format("{}{}{}</td>", stacked_cell("Score hoped for", "score"),
                             action.target ? plan_target_text(*action.target) : "", target_progress(action));
      m_out += "</tr>\n";
    }
    m_out += "</tbody>\n</table>\n</div>\n";
  }

  void glossary() {
    m_out += fmt::format("<section id=\"glossary\">\n<h2>{}</h2>\n<dl>\n", heading(ReportPart::glossary));
    for (const auto& entry : report_glossary(framework(), m_out, report_names_peer_network(m_report)))
      m_out += fmt::format("<div><dt>{}</dt><dd>{}</dd></div>\n", xml_text(entry.term), xml_text(entry.meaning));
    m_out += "</dl>\n</section>\n";
  }

  void footer() {
    m_out += fmt::format("<footer>Made with {} from {}.</footer>\n", xml_text(m_report.generator),
                         xml_text(report_sources(m_report)));
  }

  const Report& m_report;
  Abbreviations m_abbreviations;  // spelled out where page 1 first uses them
  std::string m_out;
};

}  // namespace

// Printed on A4, a line of the evidence column holds some 80 characters and a
// page some 55 lines. A block longer than half a page may break across pages:
// kept whole, it would be pushed on to the next page and leave most of this
// one empty (and one longer than a page breaks anyway).
constexpr std::size_t k_printed_line_characters = 80;
constexpr std::size_t k_lines_kept_together = 27;

std::size_t printed_lines(std::string_view text) {
  std::size_t lines = 0;
  for (const auto line : util::split_lines(text)) lines += 1 + util::display_width(line) / k_printed_line_characters;
  return lines;
}

bool breaks_when_printed(std::size_t lines) { return lines > k_lines_kept_together; }

std::string css_string(std::string_view text) {
  std::string out = "\"";
  for (const char c : util::without_control_characters(text)) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || byte < 0x20 || byte == 0x7f) {
      out += fmt::format("\\{:x} ", byte);
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string render_report_html(const Report& report) { return HtmlWriter(report).render(); }

}  // namespace coprod::render
