#include <fmt/format.h>

#include "render/comparison.hpp"
#include "render/coverage_notes.hpp"
#include "render/plan.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"

namespace coprod::render {

namespace {

using util::markdown_inline_text;
using util::markdown_text;

void append_list(std::string& out, std::string_view title, const std::vector<model::RichText>& items) {
  if (items.empty()) return;
  out += fmt::format("\n**{}**\n\n", title);
  for (const auto& item : items) {
    out += fmt::format("- {}\n", markdown_text(item.text));
    for (const auto& bullet : item.bullets) out += fmt::format("  - {}\n", markdown_text(bullet));
  }
}

void append_details(std::string& out, const PlanSheet& sheet, const analysis::SectionAttention& attention) {
  const auto& section = *attention.section;
  out += fmt::format("\n## {} ({})\n\n", markdown_inline_text(section.label()),
                     markdown_inline_text(plan_section_scores(sheet, attention)));
  out += fmt::format("Why here: {}.\n", markdown_inline_text(util::join(attention.reasons, "; ")));
  if (const auto listed = plan_rows_listed(sheet, attention); !listed.empty()) {
    out += "\n**Rows that pull it down**\n\n";
    for (const auto& row : listed) {
      out +=
          fmt::format("- {} ({}){}", markdown_text(plan_row_title(section, row)),
                      markdown_inline_text(plan_row_scores(sheet, row)), row.warning_seen ? ", warning sign seen" : "");
      if (row.row->warning) out += fmt::format(": *{}*", markdown_inline_text(row.row->warning->flattened()));
      out += '\n';
    }
  }
  append_list(out, "Bear in mind", section.bear_in_mind);
  append_list(out, "Top tips", section.top_tips);
  if (section.needs.empty()) return;
  out += "\n**What each level needs**\n\n";
  for (const auto& level : section.needs) {
    out +=
        fmt::format("- *{}*: {}\n", markdown_inline_text(level_title(*sheet.inputs.front()->framework, level.level_id)),
                    markdown_inline_text(util::join(level.paragraphs, " ")));
  }
}

// Under the list of sections: which rows each score marked with
// k_partial_mark counts, as text and HTML say.
void append_coverage_notes(std::string& out, const PlanSheet& sheet) {
  const auto notes = plan_coverage_notes(sheet);
  if (notes.empty()) return;
  out += "\n" + markdown_text(k_coverage_notes_heading) + "\n\n";
  for (const auto& note : notes) out += "- " + markdown_text(note) + "\n";
}

// What is still open from earlier plans, by section, before new actions are agreed.
void append_carried(std::string& out, const PlanSheet& sheet) {
  if (!sheet.carried) return;
  out += fmt::format("\n## {}\n\n{}\n", k_plan_carried_heading, markdown_text(plan_carried_intro(sheet)));
  for (const auto& group : plan_carried_groups(sheet)) {
    out += fmt::format("\n**{}**\n\n", markdown_inline_text(group.sections));
    for (const std::size_t index : group.actions) {
      const auto& action = sheet.carried->actions[index];
      out += fmt::format("- {} ({})\n", markdown_inline_text(action.what),
                         markdown_inline_text(plan_carried_details(sheet, action)));
    }
  }
}

}  // namespace

std::string render_plan_sheet_markdown(const PlanSheet& sheet) {
  const auto& first = *sheet.inputs.front()->assessment;
  std::string out =
      fmt::format("# Action planning: {}, {}\n\n", markdown_inline_text(first.area), first.period.to_string());
  const bool lettered = plan_inputs_lettered(sheet);
  for (std::size_t i = 0; i < sheet.inputs.size(); ++i) {
    out += fmt::format("- {}{} ({})\n", lettered ? fmt::format("**{}**: ", input_letter(i)) : "",
                       markdown_inline_text(plan_input_title(sheet, i)),
                       markdown_inline_text(sheet.inputs[i]->assessment->source));
  }
  const std::string glossary = plan_glossary(sheet);
  if (!glossary.empty()) out += "\n" + markdown_text(glossary) + "\n";
  out += "\n## Where attention is most needed\n\n";
  for (std::size_t i = 0; i < sheet.sections.size(); ++i) {
    const auto& section = sheet.sections[i];
    const auto words = plan_ranking_words(sheet, i);
    // A bullet, not a list number: the section's own number follows, and "1. 2. Contact" ran the two together.
    out += fmt::format("- **{}** ({}). {}{}\n", markdown_inline_text(section.section->label()),
                       markdown_inline_text(plan_section_score_list(sheet, section)), markdown_inline_text(words.why),
                       words.place.empty() ? "" : " " + markdown_inline_text(words.place));
  }
  append_coverage_notes(out, sheet);
  if (const std::string note = plan_sections_in_full(sheet); !note.empty()) out += "\n" + markdown_text(note) + "\n";
  append_carried(out, sheet);
  for (std::size_t i = 0; i < std::min(sheet.detailed, sheet.sections.size()); ++i) {
    append_details(out, sheet, sheet.sections[i]);
  }
  out += fmt::format("\n## {}\n\n{}\n", k_plan_sheet_board_asks_heading, markdown_text(k_plan_sheet_board_asks_words));
  return out;
}

}  // namespace coprod::render
