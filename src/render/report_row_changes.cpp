#include "render/report_row_changes.hpp"

#include <cmath>

#include <fmt/format.h>

#include "model/sections_as_rows.hpp"
#include "render/comparison.hpp"
#include "render/missing_score.hpp"
#include "render/report_parts.hpp"
#include "render/row_words.hpp"
#include "util/add_once.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"

namespace coprod::render {

namespace {

using analysis::Direction;

RowItem row_item(const Report& report, const analysis::RowComparison& row, std::string lead, std::string detail) {
  const auto& framework = *report.inputs.front()->framework;
  return {std::move(lead), std::move(detail), row_and_section_label(*row.section, *row.row),
          // A section that is its row is named once, by its label; nothing is said after it.
          model::row_is_the_section(*row.section, *row.row) ? "" : row_heading(framework, *row.row),
          row_anchor(*row.section, *row.row), summary_scale_note(framework, *row.row)};
}

std::string change_words(double change) {
  return fmt::format("{} {}", change > 0 ? "Up" : "Down", fmt::format("{:.1f}", std::abs(change)));
}

std::string counts_text(const RowWords& words, const analysis::RowMoves& moves, const std::string& then) {
  const std::size_t up = moves.count(Direction::up);
  const std::size_t down = moves.count(Direction::down);
  std::string text = up + down == 0
                         ? fmt::format("No {} scored in both periods changed its score ({} the same)", words.one,
                                       words.counted(moves.unchanged))
                         : fmt::format("{} up, {} down and {} the same", words.counted(up), down, moves.unchanged);
  std::vector<std::string> others;
  if (!moves.newly_scored.empty())
    others.push_back(fmt::format("{} scored now, not in {}", moves.newly_scored.size(), then));
  if (!moves.no_longer_scored.empty())
    others.push_back(fmt::format("{} scored in {}, not now", moves.no_longer_scored.size(), then));
  if (!others.empty()) text += "; " + util::join(others, "; ");
  return text + ".";
}

}  // namespace

std::string row_changes_intro_words(const Report& report) {
  const auto& framework = *report.inputs.front()->framework;
  const auto& scale = framework.scale;
  // Where every section is its one row, a row's change is its section's: nothing is averaged.
  if (model::every_section_is_its_row(framework))
    return fmt::format(
        "For each perspective, the sections whose score went up or down since its earlier period, the largest change "
        "first, then the sections scored in only one of the two periods. A section is scored from {} to {}.",
        scale.min, scale.max);
  return fmt::format(
      "For each perspective, the rows whose score went up or down since its earlier period, the largest change "
      "first, then the rows scored in only one of the two periods. A row is scored from {} to {}; the change on "
      "page 1 is that of its section's average.",
      scale.min, scale.max);
}

InputRowChanges input_row_changes(const Report& report, const InputRowMoves& input) {
  const auto& moves = input.moves;
  const auto& rows = moves.comparison.rows;
  const std::string then = input.earlier->assessment->period.to_string();
  InputRowChanges changes{fmt::format("{}, since {}", report_input_key(report, input.input), then),
                          counts_text(row_words(*report.inputs.front()->framework), moves, then),
                          {}};
  RowList moved{"Up or down", {}};
  for (const std::size_t r : moves.moved) {
    moved.items.push_back(row_item(report, rows[r], change_words(moves.comparison.row_movements[r].change),
                                   fmt::format("from {} to {}", row_score_full_words(*rows[r].results[0]),
                                               row_score_full_words(*rows[r].results[1]))));
  }
  RowList newly{fmt::format("Scored now, not in {}", then), {}};
  for (const std::size_t r : moves.newly_scored) {
    newly.items.push_back(row_item(report, rows[r], "Now " + row_score_full_words(*rows[r].results[1]),
                                   fmt::format("was {} in {}", row_score_full_words(*rows[r].results[0]), then)));
  }
  RowList no_longer{fmt::format("Scored in {}, not now", then), {}};
  for (const std::size_t r : moves.no_longer_scored) {
    no_longer.items.push_back(row_item(report, rows[r], "Now " + row_score_full_words(*rows[r].results[1]),
                                       fmt::format("was {} in {}", row_score_full_words(*rows[r].results[0]), then)));
  }
  for (auto* list : {&moved, &newly, &no_longer})
    if (!list->items.empty()) changes.lists.push_back(std::move(*list));
  return changes;
}

namespace {

// "4 up, 3 down, 1 scored for the first time"; "none" when nothing moved.
std::string moves_in_brief(const analysis::RowMoves& moves) {
  std::vector<std::string> parts;
  if (const auto up = moves.count(Direction::up)) parts.push_back(fmt::format("{} up", up));
  if (const auto down = moves.count(Direction::down)) parts.push_back(fmt::format("{} down", down));
  if (!moves.newly_scored.empty())
    parts.push_back(fmt::format("{} scored for the first time", moves.newly_scored.size()));
  if (!moves.no_longer_scored.empty())
    parts.push_back(fmt::format("{} no longer scored", moves.no_longer_scored.size()));
  return parts.empty() ? "none" : util::join(parts, ", ");
}

std::string item_html(const RowItem& item, bool linked) {
  using util::xml_text;
  const std::string label = linked ? fmt::format("<a href=\"#{}\">{}</a>", xml_text(item.anchor), xml_text(item.label))
                                   : xml_text(item.label);
  return fmt::format("<li><strong>{}</strong>, {}: {}{}{}</li>\n", xml_text(item.lead), xml_text(item.detail), label,
                     item.heading.empty() ? "" : " (" + xml_text(item.heading) + ")",
                     item.note ? "<span class=\"scale-note\">" + xml_text(*item.note) + "</span>" : "");
}

std::string item_markdown(const RowItem& item) {
  using util::markdown_inline_text;
  return fmt::format("- **{}**, {}: {}{}{}\n", markdown_inline_text(item.lead), markdown_inline_text(item.detail),
                     markdown_inline_text(item.label),
                     item.heading.empty() ? "" : " (" + markdown_inline_text(item.heading) + ")",
                     item.note ? "  \n  " + util::markdown_text(*item.note) : "");
}

}  // namespace

std::string row_changes_title(const Report& report) {
  return row_words(*report.inputs.front()->framework).capital_many() + " whose score changed";
}

std::string row_and_section_label(const model::FrameworkSection& section, const model::FrameworkRow& row) {
  if (model::row_is_the_section(section, row)) return section.label();
  return fmt::format("Row {}, {}", section.row_number(row.id), section.label());
}

std::string row_anchor(const model::FrameworkSection& section, const model::FrameworkRow& row) {
  return fmt::format("row-{}.{}", section.id, row.id);
}

std::vector<InputRowMoves> report_row_moves(const Report& report) {
  std::vector<InputRowMoves> found;
  if (report.without_scores) return found;
  for (std::size_t i = 0; i < report.inputs.size(); ++i) {
    if (auto earlier = previous_of(report, i))
      found.push_back({i, earlier, analysis::row_moves(earlier, report.inputs[i])});
  }
  return found;
}

std::string row_changes_html(const Report& report) {
  using util::xml_text;
  const auto inputs = report_row_moves(report);
  if (inputs.empty()) return "";
  std::string out =
      fmt::format("<section id=\"{}\">\n<h2>{}</h2>\n<p>{}</p>\n", k_row_changes_id,
                  xml_text(part_heading(report, ReportPart::row_changes)), xml_text(row_changes_intro_words(report)));
  for (const auto& input : inputs) {
    const auto changes = input_row_changes(report, input);
    out += fmt::format("<h3>{}</h3>\n<p>{}</p>\n", xml_text(changes.heading), xml_text(changes.counts));
    for (const auto& list : changes.lists) {
      out += fmt::format("<h4>{}</h4>\n<ul>\n", xml_text(list.heading));
      // "Every row and its evidence" is left out of a pack of scores only: nothing to link to.
      for (const auto& item : list.items) out += item_html(item, !report.scores_only);
      out += "</ul>\n";
    }
  }
  return out + "</section>\n";
}

std::string row_changes_markdown(const Report& report) {
  using util::markdown_inline_text;
  using util::markdown_text;
  const auto inputs = report_row_moves(report);
  if (inputs.empty()) return "";
  std::string out = fmt::format("\n## {}\n\n{}\n", markdown_inline_text(part_heading(report, ReportPart::row_changes)),
                                markdown_text(row_changes_intro_words(report)));
  for (const auto& input : inputs) {
    const auto changes = input_row_changes(report, input);
    out += fmt::format("\n### {}\n\n{}\n", markdown_inline_text(changes.heading), markdown_text(changes.counts));
    for (const auto& list : changes.lists) {
      out += fmt::format("\n#### {}\n\n", markdown_inline_text(list.heading));
      for (const auto& item : list.items) out += item_markdown(item);
    }
  }
  return out;
}

std::optional<std::string> row_changes_summary_text(const Report& report) {
  const auto inputs = report_row_moves(report);
  if (inputs.empty()) return std::nullopt;
  std::vector<std::string> periods;
  std::vector<std::string> parts;
  for (const auto& input : inputs) {
    util::add_once(periods, input.earlier->assessment->period.to_string());
    parts.push_back(fmt::format("{} {}", report_input_short(report, input.input), moves_in_brief(input.moves)));
  }
  const std::string since = periods.size() == 1 ? periods.front() : "each perspective's earlier period";
  const RowWords words = row_words(*report.inputs.front()->framework);
  return fmt::format("{} by {} since {}: {}", words.capital_one(), words.one, since, util::join(parts, "; "));
}

}  // namespace coprod::render
