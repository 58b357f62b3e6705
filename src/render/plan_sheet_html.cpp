// The action-planning sheet to print (plan --format html): what the text and
// Markdown sheets say, as a page for the meeting where the actions are
// agreed. The sections in order of where attention is most needed and why;
// then for the first ones (--sections) the rows that pull each down, the
// guide's "Bear in mind" and "Top tips", what each level needs, and a box to
// write the actions agreed, who will do each and by when.

#include <fmt/format.h>

#include "render/comparison.hpp"
#include "render/coverage_notes.hpp"
#include "render/html_dates.hpp"
#include "render/period_words.hpp"
#include "render/plan.hpp"
#include "render/plan_sheet_html_style.hpp"
#include "render/printed_page.hpp"
#include "render/printed_sheet_style.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"

namespace coprod::render {

namespace {

using util::xml_text;

// A file's name on paper; "-" means nothing to a meeting.
std::string source_name(const std::string& source) { return source == "-" ? "read from standard input" : source; }

// Rows in each box of actions: space to write three actions by hand.
constexpr std::size_t k_action_rows = 3;

class SheetWriter {
 public:
  explicit SheetWriter(const PlanSheet& sheet) : m_sheet(sheet) {}

  std::string render() {
    m_out += printed_sheet_head(title(), std::string(k_printed_sheet_style) + k_plan_sheet_style + k_whole_dates_style);
    m_out += "<body>\n<main>\n";
    header();
    how_to_use();
    ranking();
    carried();
    for (std::size_t i = 0; i < detailed(); ++i) details(i);
    board_asks();
    m_out += "</main>\n</body>\n</html>\n";
    return std::move(m_out);
  }

 private:
  const model::Framework& framework() const { return *m_sheet.inputs.front()->framework; }
  std::size_t detailed() const { return std::min(m_sheet.detailed, m_sheet.sections.size()); }

  std::string title() const {
    const auto& first = *m_sheet.inputs.front()->assessment;
    return fmt::format("Action planning: {}, {}", first.area, first.period.to_string());
  }

  void header() {
    m_out += fmt::format("<header>\n<h1>{}</h1>\n<p class=\"subtitle\">{}</p>\n</header>\n", xml_text(title()),
                         xml_text(framework().title));
  }

  void how_to_use() {
    m_out +=
        "<section class=\"how-to\" aria-labelledby=\"how-to\">\n<h2 id=\"how-to\">How to use this "
        "sheet</h2>\n<ul>\n";
    m_out += fmt::format(
        "<li>The sections are in order of where attention is most needed: low scores{}. Each section "
        "says why.</li>\n",
        framework().has_warning_signs() ? ", big differences between the assessments and warning signs seen come first"
                                        : " and big differences between the assessments come first");
    if (detailed() > 0) {
      m_out += fmt::format("<li>{}</li>\n", xml_text(sections_in_full()));
      m_out +=
          "<li>Agree the actions together. In the box at the end of each section, write each action, who will do it "
          "(a role rather than a person's name) and by when.</li>\n";
    }
    // With the months of a quarter or half year, as the pack gives them (to an NHS reader Q4 is January to
    // March), on the line "Made from" has to itself: a line more under the title would push the end of the
    // sections' list, printed, on to a page of its own.
    const std::string months = periods_in_words(m_sheet.inputs, {});
    m_out += fmt::format("</ul>\n<p>Made from{}:</p>\n<ul>\n", months.empty() ? "" : " (" + xml_text(months) + ")");
    // Each score is named by whose it is; letters, where only they tell the inputs apart, need this key.
    const bool lettered = plan_inputs_lettered(m_sheet);
    for (std::size_t i = 0; i < m_sheet.inputs.size(); ++i) {
      m_out += fmt::format(
          "<li>{}{} ({})</li>\n", lettered ? fmt::format("<strong>{}</strong>: ", input_letter(i)) : "",
          xml_text(plan_input_title(m_sheet, i)), xml_text(source_name(m_sheet.inputs[i]->assessment->source)));
    }
    m_out += "</ul>\n";
    if (const std::string glossary = plan_glossary(m_sheet); !glossary.empty())
      m_out += fmt::format("<p>{}</p>\n", xml_text(glossary));
    m_out += "</section>\n";
  }

  // What the sections shown in full hold: "The first 3 sections follow in full: the rows that pull each down,
  // the guide's ..."; where they hold nothing of the guide's and no rows (every section its one row, named with
  // its score), what each has instead.
  std::string sections_in_full() const {
    const std::string first = detailed() == 1 ? "The first section" : fmt::format("The first {} sections", detailed());
    const std::string follow = detailed() == 1 ? "follows" : "follow";
    std::vector<std::string> parts = plan_guidance_parts(framework());
    if (plan_lists_rows(framework()))
      parts.insert(parts.begin(), fmt::format("the rows that pull {} down", detailed() == 1 ? "it" : "each"));
    if (parts.empty())
      return fmt::format("{} {}, {} why it is here and a box for the actions agreed.", first, follow,
                         detailed() == 1 ? "with" : "each with");
    const std::string last = parts.back();
    parts.pop_back();
    return fmt::format("{} {} in full: {}{}.{}", first, follow, util::join(parts, ", "),
                       parts.empty() ? last : ", and " + last,
                       parts.empty() ? "" : " The guide suggests using them to shape next steps.");
  }

  void ranking() {
    m_out +=
        "<section aria-labelledby=\"ranking\">\n<h2 id=\"ranking\">Sections in order of where attention is most "
        "needed</h2>\n<ol class=\"ranking\">\n";
    for (std::size_t i = 0; i < m_sheet.sections.size(); ++i) {
      const auto& section = m_sheet.sections[i];
      const std::string name = xml_text(section.section->label());
      const auto words = plan_ranking_words(m_sheet, i);
      m_out += fmt::format(
          "<li><strong>{}</strong> <span class=\"scores\">({})</span>\n<span class=\"reason\">{}</span>{}</li>\n",
          i < detailed() ? fmt::format("<a href=\"#section-{}\">{}</a>", i + 1, name) : name,
          xml_text(plan_section_score_list(m_sheet, section)), xml_text(words.why),
          words.place.empty() ? "" : fmt::format("\n<span class=\"reason place\">{}</span>", xml_text(words.place)));
    }
    m_out += "</ol>\n";
    const auto notes = plan_coverage_notes(m_sheet);
    if (!notes.empty()) {
      m_out +=
          fmt::format("<p class=\"coverage\">{}</p>\n<ul class=\"coverage\">\n", xml_text(k_coverage_notes_heading));
      for (const auto& note : notes) m_out += fmt::format("<li>{}</li>\n", xml_text(note));
      m_out += "</ul>\n";
    }
    if (const std::string note = plan_sections_in_full(m_sheet); !note.empty()) {
      m_out += fmt::format("<p>{}</p>\n", xml_text(note));
    }
    m_out += "</section>\n";
  }

  // What is still open from earlier plans, by section, before new actions are agreed.
  void carried() {
    if (!m_sheet.carried) return;
    m_out +=
        fmt::format("<section class=\"carried\" aria-labelledby=\"carried\">\n<h2 id=\"carried\">{}</h2>\n<p>{}</p>\n",
                    xml_text(k_plan_carried_heading), html_text_with_whole_dates(plan_carried_intro(m_sheet)));
    for (const auto& group : plan_carried_groups(m_sheet)) {
      m_out += fmt::format("<h3>{}</h3>\n<ul>\n", xml_text(group.sections));
      for (const std::size_t index : group.actions) {
        carried_item(m_sheet.carried->actions[index]);
      }
      m_out += "</ul>\n";
    }
    m_out += "</section>\n";
  }

  void details(std::size_t index) {
    const auto& attention = m_sheet.sections[index];
    const auto& section = *attention.section;
    m_out += fmt::format(
        "<section class=\"detail\" aria-labelledby=\"section-{0}\">\n"
        "<h2 id=\"section-{0}\">{1}<span class=\"about\">{2}</span></h2>\n",
        index + 1, xml_text(section.label()), xml_text(util::capitalised(plan_section_scores(m_sheet, attention))));
    m_out += fmt::format("<p class=\"why\"><strong>Why here:</strong> {}.</p>\n",
                         xml_text(util::join(attention.reasons, "; ")));
    rows(section, attention);
    list("Bear in mind", section.bear_in_mind);
    list("Top tips", section.top_tips);
    needs(section);
    actions(section);
    m_out += "</section>\n";
  }

  void rows(const model::FrameworkSection& section, const analysis::SectionAttention& attention) {
    const auto listed = plan_rows_listed(m_sheet, attention);
    if (listed.empty()) return;
    m_out += "<h3>Rows that pull it down</h3>\n<ul class=\"pulling\">\n";
    for (const auto& row : listed) {
      m_out += fmt::format("<li><span class=\"row-title\">{}</span> ({}){}", xml_text(plan_row_title(section, row)),
                           xml_text(plan_row_scores(m_sheet, row)),
                           row.warning_seen ? ", <span class=\"seen\">warning sign seen</span>" : "");
      if (row.row->warning) {
        m_out +=
            fmt::format("<span class=\"warning\">Warning sign: {}</span>", xml_text(row.row->warning->flattened()));
      }
      m_out += "</li>\n";
    }
    m_out += "</ul>\n";
  }

  void list(std::string_view title, const std::vector<model::RichText>& items) {
    if (items.empty()) return;
    m_out += fmt::format("<h3>{}</h3>\n<ul>\n", title);
    for (const auto& item : items) {
      m_out += "<li>" + xml_text(item.text);
      if (!item.bullets.empty()) {
        m_out += "\n<ul>\n";
        for (const auto& bullet : item.bullets) m_out += fmt::format("<li>{}</li>\n", xml_text(bullet));
        m_out += "</ul>\n";
      }
      m_out += "</li>\n";
    }
    m_out += "</ul>\n";
  }

  void needs(const model::FrameworkSection& section) {
    if (section.needs.empty()) return;
    m_out += "<h3>What each level needs (Table 2 of the guide)</h3>\n<ul>\n";
    for (const auto& level : section.needs) {
      m_out += fmt::format("<li><strong>{}:</strong> {}</li>\n", xml_text(level_title(framework(), level.level_id)),
                           xml_text(util::join(level.paragraphs, " ")));
    }
    m_out += "</ul>\n";
  }

  // In the box, the actions of an earlier plan still open for the section, as the list of them gives each.
  void carried_at(const model::FrameworkSection& section) {
    const auto open = plan_carried_at_section(m_sheet, section.id);
    if (open.empty()) return;
    m_out += fmt::format("<p class=\"carried-here\">{}</p>\n<ul class=\"carried-here\">\n",
                         xml_text(k_plan_carried_at_section_heading));
    const std::size_t shown = std::min(open.size(), k_plan_carried_at_section_most);
    for (std::size_t i = 0; i < shown; ++i) carried_item(m_sheet.carried->actions[open[i]]);
    if (open.size() > shown)
      m_out += fmt::format("<li>{}</li>\n", xml_text(plan_carried_at_section_more(open.size() - shown)));
    m_out += "</ul>\n";
  }

  void carried_item(const model::Action& action) {
    m_out += fmt::format("<li>{}<span class=\"carried-details\">{}</span></li>\n", xml_text(action.what),
                         html_text_with_whole_dates(util::capitalised(plan_carried_details(m_sheet, action)) + "."));
  }

  // A box to write the actions agreed in by hand, each with who and by when;
  // headed by the section's name, as its page may be the second of the section.
  void actions(const model::FrameworkSection& section) {
    m_out += fmt::format("<div class=\"actions\">\n<h3>Actions agreed for {}</h3>\n", xml_text(section.label()));
    carried_at(section);
    m_out +=
        "<table>\n<thead><tr><th scope=\"col\">What will be done</th><th scope=\"col\">Who (a role)</th><th "
        "scope=\"col\">By when</th></tr></thead>\n<tbody>\n";
    for (std::size_t i = 0; i < k_action_rows; ++i) m_out += "<tr><td></td><td></td><td></td></tr>\n";
    m_out +=
        "</tbody>\n</table>\n<p>After the meeting, add each action to the action plan: what will be done, who "
        "and by when.</p>\n</div>\n";
  }

  // A box to write in what the group asks the board to do, agreed in the meeting.
  void board_asks() {
    m_out += fmt::format(
        "<section class=\"board-asks\" aria-labelledby=\"board-asks\">\n<h2 id=\"board-asks\">{}</h2>\n"
        "<p>{}</p>\n<table>\n<thead><tr><th scope=\"col\">What the board is asked to do</th></tr></thead>\n"
        "<tbody>\n",
        xml_text(k_plan_sheet_board_asks_heading), xml_text(k_plan_sheet_board_asks_words));
    for (std::size_t i = 0; i < k_action_rows; ++i) m_out += "<tr><td></td></tr>\n";
    m_out += "</tbody>\n</table>\n</section>\n";
  }

  const PlanSheet& m_sheet;
  std::string m_out;
};

}  // namespace

std::string render_plan_sheet_html(const PlanSheet& sheet) { return SheetWriter(sheet).render(); }

}  // namespace coprod::render
