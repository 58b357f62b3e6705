#include <fmt/format.h>

#include "render/comparison.hpp"
#include "render/report.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"

namespace coprod::render {

namespace {

using util::xml_text;

constexpr const char* k_style = R"(
:root { color-scheme: light; }
body { font-family: "DejaVu Sans", Verdana, Arial, Helvetica, sans-serif; color: #1a1a1a; background: #fff;
       max-width: 62rem; margin: 0 auto; padding: 1.5rem; line-height: 1.45; }
h1 { font-size: 1.9rem; margin: 0 0 .25rem; }
h2 { font-size: 1.4rem; margin-top: 2.2rem; border-bottom: 2px solid #0072B2; padding-bottom: .2rem; }
h3 { font-size: 1.1rem; margin: 1.6rem 0 .4rem; }
.subtitle { color: #444; margin: 0; }
.note { background: #f3f6f9; border-left: 4px solid #0072B2; padding: .6rem .9rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid #c9c9c9; padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: #eef2f5; }
td.score, th.score { text-align: right; white-space: nowrap; width: 4.5rem; }
table.evidence-table { table-layout: fixed; }
table.evidence-table th:first-child { width: 15rem; }
.indicator { margin: .2rem 0; }
.warning { margin: .2rem 0; color: #6b2e00; }
.evidence { white-space: pre-line; }
.missing { color: #666; font-style: italic; }
figure { margin: 1rem 0; text-align: center; }
figure svg { max-width: 100%; height: auto; }
nav ol { columns: 2; }
footer { margin-top: 3rem; color: #555; font-size: .9rem; border-top: 1px solid #c9c9c9; padding-top: .5rem; }
@media print {
  @page { size: A4; margin: 16mm 14mm; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  nav { display: none; }
  h2 { break-after: avoid; }
  h3 { break-after: avoid; }
  tr, figure, .prompt { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
)";

std::string score_text(const model::Score& score) {
  return score.state() == model::Score::State::not_scored ? "–" : score.to_string();
}

std::string paragraphs(std::string_view text) { return xml_text(text); }

class HtmlWriter {
 public:
  explicit HtmlWriter(const Report& report) : m_report(report) {}

  std::string render() {
    head();
    m_out += "<body>\n";
    header();
    contents();
    about();
    web();
    section_scores();
    if (m_report.comparison) prompts();
    if (!m_report.scores_only) rows();
    if (!m_report.scores_only) reflections();
    if (m_report.plan) plan();
    glossary();
    footer();
    m_out += "</body>\n</html>\n";
    return std::move(m_out);
  }

 private:
  std::size_t count() const { return m_report.inputs.size(); }
  const model::Framework& framework() const { return *m_report.inputs.front()->framework; }

  void head() {
    m_out += "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n";
    m_out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    // Nothing may be fetched: the page is self-contained and safe to open offline.
    m_out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
             "img-src data:\">\n";
    m_out += fmt::format("<meta name=\"generator\" content=\"{}\">\n", xml_text(m_report.generator));
    m_out += fmt::format("<title>{}</title>\n<style>{}</style>\n</head>\n", xml_text(m_report.title), k_style);
  }

  void header() {
    m_out += fmt::format("<header>\n<h1>{}</h1>\n<p class=\"subtitle\">{}</p>\n", xml_text(m_report.title),
                         xml_text(framework().title));
    if (m_report.date) m_out += fmt::format("<p class=\"subtitle\">Report date: {}</p>\n", xml_text(*m_report.date));
    m_out += "</header>\n";
  }

  void contents() {
    m_out += "<nav aria-label=\"Contents\"><ol>\n<li><a href=\"#about\">About this report</a></li>\n"
             "<li><a href=\"#web\">The co-production web</a></li>\n<li><a href=\"#scores\">Section scores</a></li>\n";
    if (m_report.comparison) m_out += "<li><a href=\"#conversation\">Where the perspectives differ</a></li>\n";
    if (!m_report.scores_only) m_out += "<li><a href=\"#rows\">Every row and its evidence</a></li>\n<li><a href=\"#reflections\">Reflections and next steps</a></li>\n";
    if (m_report.plan) m_out += "<li><a href=\"#plan\">Action plan</a></li>\n";
    m_out += "<li><a href=\"#glossary\">Words and abbreviations</a></li>\n</ol></nav>\n";
  }

  void about() {
    m_out += "<section id=\"about\">\n<h2>About this report</h2>\n";
    m_out += "<p>The co-production reflection tool comes from NHS England's guide <cite>Co-production for personal "
             "health budgets and Integrated Personal Commissioning</cite>. Each section (phase) has rows that pair an "
             "early indicator that things are on the right track with a warning sign. Each row is scored from 0 to 5 "
             "with supporting evidence, and a section's score is the average of its scored rows. The tool is "
             "completed separately by the organisation and by the co-production peer network; the differences are "
             "the start of an open conversation.</p>\n<p>This report covers:</p>\n<ul>\n";
    for (std::size_t i = 0; i < count(); ++i) {
      m_out += fmt::format("<li><strong>{}</strong>: {}</li>\n", input_letter(i), xml_text(report_input_label(m_report, i)));
    }
    m_out += "</ul>\n";
    if (m_report.scores_only) {
      m_out += "<p class=\"note\">This version shows scores only: evidence, notes and reflections are left out.</p>\n";
    }
    for (const auto& note : m_report.redacted_notes) m_out += fmt::format("<p class=\"note\">{}</p>\n", xml_text(note));
    m_out += "</section>\n";
  }

  void web() {
    std::string svg = m_report.web_svg;
    if (svg.rfind("<?xml", 0) == 0) svg.erase(0, svg.find('\n') + 1);
    m_out += "<section id=\"web\">\n<h2>The co-production web</h2>\n<figure>\n" + svg + "</figure>\n</section>\n";
  }

  void score_header(std::string_view first) {
    m_out += fmt::format("<tr><th scope=\"col\">{}</th>", first);
    for (std::size_t i = 0; i < count(); ++i) {
      m_out += fmt::format("<th scope=\"col\" class=\"score\">{}</th>", input_letter(i));
    }
    m_out += "</tr>\n";
  }

  void section_scores() {
    m_out += "<section id=\"scores\">\n<h2>Section scores</h2>\n<table>\n";
    score_header("Section");
    for (std::size_t s = 0; s < framework().sections.size(); ++s) {
      m_out += fmt::format("<tr><th scope=\"row\">{}</th>", xml_text(framework().sections[s].label()));
      for (const auto* input : m_report.inputs) {
        const auto& result = input->sections[s];
        m_out += fmt::format("<td class=\"score\">{}</td>", result.score ? result.score->to_string() : "–");
      }
      m_out += "</tr>\n";
    }
    m_out += "</table>\n<p>A section's score is the average of its scored rows, to one decimal place; – means not "
             "scored yet.</p>\n</section>\n";
  }

  void prompts() {
    const auto& comparison = *m_report.comparison;
    m_out += fmt::format("<section id=\"conversation\">\n<h2>Where the perspectives differ</h2>\n<p>Rows whose scores "
                         "differ by {:.1f} or more, largest difference first.</p>\n",
                         comparison.threshold);
    if (comparison.row_prompts.empty()) m_out += "<p>None.</p>\n";
    for (const auto* row : comparison.row_prompts) {
      m_out += fmt::format("<div class=\"prompt\">\n<h3>{} (difference {:.1f})</h3>\n", xml_text(row->reference()), *row->spread());
      row_text(*row->row);
      evidence_table(row->results);
      m_out += "</div>\n";
    }
    m_out += "</section>\n";
  }

  void row_text(const model::FrameworkRow& row) {
    if (row.indicator) m_out += fmt::format("<p class=\"indicator\"><strong>Early indicator:</strong> {}</p>\n", xml_text(row.indicator->flattened()));
    if (row.warning) m_out += fmt::format("<p class=\"warning\"><strong>Warning sign:</strong> {}</p>\n", xml_text(row.warning->flattened()));
  }

  void evidence_table(const std::vector<const analysis::RowResult*>& results) {
    m_out += "<table class=\"evidence-table\">\n<tr><th scope=\"col\">Perspective</th><th scope=\"col\" class=\"score\">Score</th><th scope=\"col\">Evidence</th></tr>\n";
    for (std::size_t i = 0; i < results.size(); ++i) {
      const auto* result = results[i];
      const std::string evidence = m_report.scores_only ? "<span class=\"missing\">left out</span>"
                                   : result->has_evidence()
                                       ? fmt::format("<span class=\"evidence\">{}</span>", paragraphs(*result->response->evidence))
                                       : "<span class=\"missing\">no evidence given</span>";
      m_out += fmt::format("<tr><td>{} {}</td><td class=\"score\">{}</td><td>{}</td></tr>\n", input_letter(i),
                           xml_text(report_input_label(m_report, i)), score_text(result->score), evidence);
    }
    m_out += "</table>\n";
  }

  void rows() {
    m_out += "<section id=\"rows\">\n<h2>Every row and its evidence</h2>\n";
    for (std::size_t s = 0; s < framework().sections.size(); ++s) {
      const auto& section = framework().sections[s];
      m_out += fmt::format("<h3>{}</h3>\n", xml_text(section.label()));
      for (std::size_t r = 0; r < section.rows.size(); ++r) {
        m_out += fmt::format("<div class=\"prompt\">\n<p><strong>{}.{}</strong></p>\n", section.id, section.rows[r].id);
        row_text(section.rows[r]);
        std::vector<const analysis::RowResult*> results;
        for (const auto* input : m_report.inputs) results.push_back(&input->sections[s].rows[r]);
        evidence_table(results);
        m_out += "</div>\n";
      }
    }
    m_out += "</section>\n";
  }

  void reflection_list(const model::Reflections& reflections) {
    const std::pair<const char*, const std::optional<std::string>*> items[] = {
        {"What was surprising", &reflections.surprising}, {"What challenged", &reflections.challenging},
        {"What was learnt", &reflections.learnt}, {"Emerging priorities", &reflections.priorities}};
    m_out += "<dl>\n";
    for (const auto& [title, value] : items) {
      if (*value && !(*value)->empty()) {
        m_out += fmt::format("<dt>{}</dt><dd class=\"evidence\">{}</dd>\n", title, paragraphs(**value));
      }
    }
    m_out += "</dl>\n";
  }

  void reflections() {
    m_out += "<section id=\"reflections\">\n<h2>Reflections and next steps</h2>\n";
    for (std::size_t i = 0; i < count(); ++i) {
      m_out += fmt::format("<h3>{} {}</h3>\n", input_letter(i), xml_text(report_input_label(m_report, i)));
      reflection_list(m_report.inputs[i]->assessment->reflections);
    }
    m_out += "</section>\n";
  }

  void plan() {
    const auto& plan = *m_report.plan;
    m_out += "<section id=\"plan\">\n<h2>Action plan</h2>\n<table>\n<tr><th scope=\"col\">Action</th><th scope=\"col\">"
             "Sections</th><th scope=\"col\">Owner</th><th scope=\"col\">Due</th><th scope=\"col\">Status</th>"
             "<th scope=\"col\" class=\"score\">Target</th></tr>\n";
    for (const auto& action : plan.actions) {
      m_out += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"score\">{}</td></tr>\n",
                           action.what.empty() ? "<span class=\"missing\">to be agreed</span>" : xml_text(action.what),
                           xml_text(action_sections_label(action, framework())), xml_text(action.owner.value_or("")),
                           action.due ? action.due->to_string() : "", model::action_status_id(action.status),
                           action.target ? action.target->to_string() : "");
    }
    m_out += "</table>\n";
    if (!m_report.scores_only) reflection_list(plan.reflections);
    m_out += "</section>\n";
  }

  void glossary() {
    m_out += "<section id=\"glossary\">\n<h2>Words and abbreviations</h2>\n<dl>\n";
    for (const auto& entry : framework().glossary) {
      m_out += fmt::format("<dt>{}</dt><dd>{}</dd>\n", xml_text(entry.term), xml_text(entry.meaning));
    }
    m_out += "<dt>Co-production peer network</dt><dd>People with lived experience working strategically to "
             "co-produce IPC.</dd>\n</dl>\n</section>\n";
  }

  void footer() {
    std::vector<std::string> sources;
    for (const auto* input : m_report.inputs) sources.push_back(input->assessment->source);
    if (m_report.plan) sources.push_back(m_report.plan->source);
    m_out += fmt::format("<footer>Made with {} from {}.</footer>\n", xml_text(m_report.generator),
                         xml_text(util::join(sources, ", ")));
  }

  const Report& m_report;
  std::string m_out;
};

}  // namespace

std::string report_input_label(const Report& report, std::size_t index) {
  const auto& a = *report.inputs[index]->assessment;
  return fmt::format("{}, {}", model::perspective_title(a.perspective), a.period.to_string());
}

std::string action_sections_label(const model::Action& action, const model::Framework& framework) {
  std::vector<std::string> labels;
  for (const auto& id : action.sections) {
    const auto* section = framework.find_section(id);
    labels.push_back(section ? section->label() : id);
  }
  return util::join(labels, "; ");
}

std::string render_report_html(const Report& report) { return HtmlWriter(report).render(); }

}  // namespace coprod::render
