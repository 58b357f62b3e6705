#include <fmt/format.h>

#include "render/comparison.hpp"
#include "render/coverage_notes.hpp"
#include "render/plan.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"

namespace coprod::render {

namespace {

class SheetWriter {
 public:
  SheetWriter(const PlanSheet& sheet, std::size_t width) : m_sheet(sheet), m_width(width) {}

  std::string render() {
    header();
    ranking();
    carried();
    for (std::size_t i = 0; i < std::min(m_sheet.detailed, m_sheet.sections.size()); ++i) details(i);
    if (const std::string note = plan_sections_in_full(m_sheet); !note.empty()) {
      m_out += '\n';
      wrapped(0, note, 2);
    }
    m_out += fmt::format("\n{}\n", k_plan_sheet_board_asks_heading);
    wrapped(2, k_plan_sheet_board_asks_words);
    return std::move(m_out);
  }

 private:
  void wrapped(std::size_t indent, std::string_view text, std::size_t hang = 0) {
    m_out += util::wrap_hanging(util::terminal_text(text), m_width, indent, indent + hang);
  }

  void header() {
    const auto& first = *m_sheet.inputs.front()->assessment;
    wrapped(0, fmt::format("Action planning: {}, {}", first.area, first.period.to_string()), 2);
    // Each score is named by whose it is; letters, where only they tell the inputs apart, need this key.
    const bool lettered = plan_inputs_lettered(m_sheet);
    for (std::size_t i = 0; i < m_sheet.inputs.size(); ++i) {
      const std::size_t at = m_out.size();
      // The path on lines of its own when it does not fit beside the title: whole, or broken after a '/'.
      m_out += util::labelled_path(util::terminal_text(plan_input_title(m_sheet, i)),
                                   util::terminal_text(m_sheet.inputs[i]->assessment->source), m_width, 5, 5);
      m_out.replace(at, 5, lettered ? fmt::format("  {}  ", input_letter(i)) : std::string("  -  "));
    }
    const std::string glossary = plan_glossary(m_sheet);
    if (!glossary.empty()) {
      m_out += '\n';
      wrapped(0, glossary, 2);
    }
  }

  void ranking() {
    m_out += "\nSections in order of where attention is most needed\n";
    for (std::size_t i = 0; i < m_sheet.sections.size(); ++i) {
      const auto& section = m_sheet.sections[i];
      const auto words = plan_ranking_words(m_sheet, i);
      wrapped(2, fmt::format("- {} ({})", section.section->label(), plan_section_score_list(m_sheet, section)), 4);
      wrapped(4, words.why, 2);
      if (!words.place.empty()) wrapped(4, words.place, 2);
    }
    const auto notes = plan_coverage_notes(m_sheet);
    if (notes.empty()) return;
    m_out += fmt::format("\n{}\n", k_coverage_notes_heading);
    for (const auto& note : notes) wrapped(2, note, 2);
  }

  // What is still open from earlier plans, by section, before new actions are agreed.
  void carried() {
    if (!m_sheet.carried) return;
    m_out += fmt::format("\n{}\n", k_plan_carried_heading);
    wrapped(2, plan_carried_intro(m_sheet));
    for (const auto& group : plan_carried_groups(m_sheet)) {
      m_out += '\n';
      wrapped(2, group.sections, 2);
      for (const std::size_t index : group.actions) {
        const auto& action = m_sheet.carried->actions[index];
        wrapped(4, "- " + action.what, 2);
        wrapped(6, util::capitalised(plan_carried_details(m_sheet, action)) + ".");
      }
    }
  }

  void details(std::size_t index) {
    const auto& attention = m_sheet.sections[index];
    const auto& section = *attention.section;
    m_out += '\n' + std::string(std::min<std::size_t>(m_width, 80), '-') + '\n';
    wrapped(0, fmt::format("{} ({})", section.label(), plan_section_scores(m_sheet, attention)), 2);
    wrapped(2, "Why here: " + util::join(attention.reasons, "; ") + ".", 2);
    rows(section, attention);
    list("Bear in mind", section.bear_in_mind);
    list("Top tips", section.top_tips);
    needs(section);
  }

  void rows(const model::FrameworkSection& section, const analysis::SectionAttention& attention) {
    const auto listed = plan_rows_listed(m_sheet, attention);
    if (listed.empty()) return;
    m_out += "\n  Rows that pull it down:\n";
    for (const auto& row : listed) {
      wrapped(4,
              fmt::format("{} ({}){}", plan_row_title(section, row), plan_row_scores(m_sheet, row),
                          row.warning_seen ? "; warning sign seen" : ""),
              2);
      if (row.row->warning) wrapped(6, "Warning sign: " + row.row->warning->flattened(), 2);
    }
  }

  void list(std::string_view title, const std::vector<model::RichText>& items) {
    if (items.empty()) return;
    m_out += fmt::format("\n  {}:\n", title);
    for (const auto& item : items) {
      wrapped(4, "- " + item.text, 2);
      for (const auto& bullet : item.bullets) wrapped(6, "- " + bullet, 2);
    }
  }

  void needs(const model::FrameworkSection& section) {
    if (section.needs.empty()) return;
    m_out += "\n  What each level needs (Table 2 of the guide):\n";
    const auto& framework = *m_sheet.inputs.front()->framework;
    for (const auto& level : section.needs) {
      wrapped(4, level_title(framework, level.level_id) + ": " + util::join(level.paragraphs, " "), 2);
    }
  }

  const PlanSheet& m_sheet;
  std::size_t m_width;
  std::string m_out;
};

}  // namespace

std::string render_plan_sheet_text(const PlanSheet& sheet, std::size_t width) {
  return SheetWriter(sheet, width).render();
}

}  // namespace coprod::render
