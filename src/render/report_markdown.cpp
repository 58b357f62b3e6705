#include <fmt/format.h>

#include "render/comparison.hpp"
#include "render/report.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"

namespace coprod::render {

namespace {

using util::markdown_text;

std::string score_text(const model::Score& score) {
  return score.state() == model::Score::State::not_scored ? "–" : score.to_string();
}

class MarkdownWriter {
 public:
  explicit MarkdownWriter(const Report& report) : m_report(report) {}

  std::string render() {
    m_out += fmt::format("# {}\n\n{}\n", markdown_text(m_report.title), markdown_text(framework().title));
    if (m_report.date) m_out += fmt::format("\nReport date: {}\n", markdown_text(*m_report.date));
    about();
    m_out += "\n## The co-production web\n\n![The co-production web: each section's score for each perspective](web.svg)\n";
    section_scores();
    if (m_report.comparison) prompts();
    if (!m_report.scores_only) rows();
    if (!m_report.scores_only) reflections();
    if (m_report.plan) plan();
    m_out += "\n## Words and abbreviations\n\n";
    for (const auto& entry : framework().glossary) {
      m_out += fmt::format("- **{}**: {}\n", markdown_text(entry.term), markdown_text(entry.meaning));
    }
    m_out += fmt::format("\n---\n\nMade with {}.\n", markdown_text(m_report.generator));
    return std::move(m_out);
  }

 private:
  const model::Framework& framework() const { return *m_report.inputs.front()->framework; }

  void about() {
    m_out += "\n## About this report\n\nThe co-production reflection tool comes from NHS England's guide *Co-production "
             "for personal health budgets and Integrated Personal Commissioning*. Each row is scored from 0 to 5 with "
             "supporting evidence; a section's score is the average of its scored rows. The organisation and the "
             "co-production peer network complete it separately, and the differences start the conversation.\n\n";
    for (std::size_t i = 0; i < m_report.inputs.size(); ++i) {
      m_out += fmt::format("- **{}**: {}\n", input_letter(i), markdown_text(report_input_label(m_report, i)));
    }
    if (m_report.scores_only) m_out += "\n> This version shows scores only: evidence, notes and reflections are left out.\n";
    for (const auto& note : m_report.redacted_notes) m_out += fmt::format("\n> {}\n", markdown_text(note));
  }

  void table_header(std::string_view first) {
    m_out += fmt::format("| {} |", first);
    for (std::size_t i = 0; i < m_report.inputs.size(); ++i) m_out += fmt::format(" {} |", input_letter(i));
    m_out += "\n|---|";
    for (std::size_t i = 0; i < m_report.inputs.size(); ++i) m_out += "---:|";
    m_out += "\n";
  }

  void section_scores() {
    m_out += "\n## Section scores\n\n";
    table_header("Section");
    for (std::size_t s = 0; s < framework().sections.size(); ++s) {
      m_out += fmt::format("| {} |", markdown_text(framework().sections[s].label()));
      for (const auto* input : m_report.inputs) {
        m_out += fmt::format(" {} |", input->sections[s].score ? input->sections[s].score->to_string() : "–");
      }
      m_out += "\n";
    }
  }

  void row_block(const model::FrameworkRow& row, const std::vector<const analysis::RowResult*>& results) {
    if (row.indicator) m_out += fmt::format("*Early indicator:* {}  \n", markdown_text(row.indicator->flattened()));
    if (row.warning) m_out += fmt::format("*Warning sign:* {}\n", markdown_text(row.warning->flattened()));
    m_out += "\n| Perspective | Score | Evidence |\n|---|---:|---|\n";
    for (std::size_t i = 0; i < results.size(); ++i) {
      const auto* result = results[i];
      const std::string evidence = m_report.scores_only ? "*left out*"
                                   : result->has_evidence() ? markdown_text(*result->response->evidence)
                                                            : "*no evidence given*";
      m_out += fmt::format("| {} {} | {} | {} |\n", input_letter(i), markdown_text(report_input_label(m_report, i)),
                           score_text(result->score), evidence);
    }
  }

  void prompts() {
    const auto& comparison = *m_report.comparison;
    m_out += fmt::format("\n## Where the perspectives differ\n\nRows whose scores differ by {:.1f} or more, largest "
                         "difference first.\n",
                         comparison.threshold);
    if (comparison.row_prompts.empty()) m_out += "\nNone.\n";
    for (const auto* row : comparison.row_prompts) {
      m_out += fmt::format("\n### `{}` (difference {:.1f})\n\n", row->reference(), *row->spread());
      row_block(*row->row, row->results);
    }
  }

  void rows() {
    m_out += "\n## Every row and its evidence\n";
    for (std::size_t s = 0; s < framework().sections.size(); ++s) {
      const auto& section = framework().sections[s];
      m_out += fmt::format("\n### {}\n", markdown_text(section.label()));
      for (std::size_t r = 0; r < section.rows.size(); ++r) {
        m_out += fmt::format("\n**`{}.{}`**\n\n", section.id, section.rows[r].id);
        std::vector<const analysis::RowResult*> results;
        for (const auto* input : m_report.inputs) results.push_back(&input->sections[s].rows[r]);
        row_block(section.rows[r], results);
      }
    }
  }

  void reflection_list(const model::Reflections& reflections) {
    const std::pair<const char*, const std::optional<std::string>*> items[] = {
        {"What was surprising", &reflections.surprising}, {"What challenged", &reflections.challenging},
        {"What was learnt", &reflections.learnt}, {"Emerging priorities", &reflections.priorities}};
    for (const auto& [title, value] : items) {
      if (*value && !(*value)->empty()) m_out += fmt::format("- **{}**: {}\n", title, markdown_text(**value));
    }
  }

  void reflections() {
    m_out += "\n## Reflections and next steps\n";
    for (std::size_t i = 0; i < m_report.inputs.size(); ++i) {
      m_out += fmt::format("\n### {} {}\n\n", input_letter(i), markdown_text(report_input_label(m_report, i)));
      reflection_list(m_report.inputs[i]->assessment->reflections);
    }
  }

  void plan() {
    m_out += "\n## Action plan\n\n| Action | Sections | Owner | Due | Status | Target |\n|---|---|---|---|---|---:|\n";
    for (const auto& action : m_report.plan->actions) {
      m_out += fmt::format("| {} | {} | {} | {} | {} | {} |\n",
                           action.what.empty() ? "*to be agreed*" : markdown_text(action.what),
                           markdown_text(action_sections_label(action, framework())), markdown_text(action.owner.value_or("")),
                           action.due ? action.due->to_string() : "", model::action_status_id(action.status),
                           action.target ? action.target->to_string() : "");
    }
    if (!m_report.scores_only) {
      m_out += '\n';
      reflection_list(m_report.plan->reflections);
    }
  }

  const Report& m_report;
  std::string m_out;
};

}  // namespace

std::string render_report_markdown(const Report& report) { return MarkdownWriter(report).render(); }

}  // namespace coprod::render
