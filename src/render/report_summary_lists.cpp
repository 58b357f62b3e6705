// Page 1's two lists under the web and the section scores: the largest
// differences and the action plan's status. Printed, each stays whole in its
// column (see k_report_style), so each lists only as many rows as the room
// left on page 1 holds, counted in printed lines (page_one_room.hpp), and says
// how many more there are and where.

#include <algorithm>
#include <functional>

#include <fmt/format.h>

#include "render/comparison.hpp"
#include "render/missing_score.hpp"
#include "render/no_differences.hpp"
#include "render/page_one_room.hpp"
#include "render/report_html_parts.hpp"
#include "render/report_parts.hpp"
#include "render/report_row_actions.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"

namespace coprod::render {

namespace {

using util::xml_text;

// The most actions page 1 lists, room allowing: the full actions are in the action plan.
constexpr std::size_t k_summary_actions = 3;
// A list's margins (.2rem over and under it) beyond the gap over each of its items (item_height()): under a
// heading, whose own .2rem takes in the list's, the one under it; under a paragraph, both.
constexpr double k_list_margins_under_heading = 1.6;
constexpr double k_list_margins_under_paragraph = 3.2;

// One item of a list: its HTML and how tall it prints.
struct ListItem {
  std::string html;
  double height = 0;
};

double paragraph_height(std::string_view html, double width) {
  return printed_text_height(shown_text(html), width) + k_page_one_gap;
}

// An item's text and, on lines of their own, its note and the abbreviations it spells out (in small print),
// and the gap between it and the item before it.
double item_height(std::string_view text, std::string_view note, std::string_view spelled, double width) {
  const double inner = width - k_page_one_list_indent;
  return printed_text_height(text, inner) + printed_text_height(note, inner) +
         printed_text_height(spelled, inner, k_page_one_text * 0.85, k_page_one_small_line) + k_page_one_gap;
}

// A list's items measured: those it may show, `fixed` px besides them (its heading), its `margins`, and the line
// that says how many more there are, of `all` in all, when it shows fewer.
struct MeasuredList {
  std::vector<ListItem> items;
  std::size_t all = 0;
  double fixed = 0;
  double margins = 0;
  std::function<double(std::size_t)> more_line;

  // How tall it prints with the first `count` of its items.
  double height(std::size_t count) const {
    double total = fixed + (count > 0 ? margins : 0) + (count < all ? more_line(count) : 0);
    for (std::size_t i = 0; i < count; ++i) total += items[i].height;
    return total;
  }

  // How many of its items, at most `most`, fit in `room` px.
  std::size_t that_fit(std::size_t most, double room) const {
    std::size_t shown = std::min(most, items.size());
    while (shown > 0 && height(shown) > room) --shown;
    return shown;
  }
};

// A row's wording on page 1: whole sentences, and where the rest is when more follows, by its part's heading.
std::string row_summary_html(const Report& report, const analysis::RowComparison& row) {
  const FirstSentence text = row_summary_text(*report.comparison->framework, row);
  if (!text.cut) return xml_text(text.text);
  return fmt::format("{} <a href=\"#difference-{}\">(more under “{}”)</a>", xml_text(text.text),
                     xml_text(row.reference()), xml_text(part_heading(report, ReportPart::differences)));
}

ListItem prompt_item(const Report& report, const analysis::RowComparison& prompt, Abbreviations& abbreviations,
                     double width, RowActionsGiven& given, bool short_words) {
  const auto& comparison = *report.comparison;
  std::vector<std::string> scores;
  for (std::size_t i = 0; i < prompt.results.size(); ++i) {
    const std::string people = people_spread_words(*prompt.results[i]);
    scores.push_back(fmt::format("{} {}{}", report_input_short(report, i), row_score_full_words(*prompt.results[i]),
                                 people.empty() ? "" : " (" + people + ")"));
  }
  const std::string label = summary_row_label(prompt);
  const std::string wording = row_summary_text(*comparison.framework, prompt).text;
  const auto note = summary_scale_note(*comparison.framework, *prompt.row);
  const std::string said = summary_label_is_the_row(prompt) ? "" : ": " + row_summary_html(report, prompt);
  const std::string rest = fmt::format("{} ({}; {})", said, xml_text(util::join(scores, ", ")),
                                       xml_text(difference_in_words(comparison, prompt.difference(), prompt.spread())));
  // Under the row, on a line of its own: the plan's actions that name it or its section.
  const std::string actions =
      report.plan ? row_actions_html(report, prompt, row_actions(report, prompt, given), short_words) : "";
  const std::string spelled = spelled_out_html(abbreviations, label + " " + wording + "\n" + shown_text(actions));
  const std::string html =
      fmt::format("<li><strong>{}</strong>{}{}{}{}</li>\n", xml_text(label), rest,
                  note ? "<span class=\"scale-note\">" + xml_text(*note) + "</span>" : "",
                  actions.empty() ? "" : "<span class=\"row-actions\">" + actions + "</span>", spelled);
  // The note and the actions each on lines of their own.
  return {html, item_height(label + shown_text(rest), note.value_or("") + "\n" + shown_text(actions),
                            shown_text(spelled), width)};
}

std::vector<ListItem> prompt_items(const Report& report, std::size_t count, Abbreviations& abbreviations, double width,
                                   bool short_words) {
  std::vector<ListItem> items;
  RowActionsGiven given;
  for (std::size_t p = 0; p < count; ++p) {
    items.push_back(prompt_item(report, report.comparison->rows[report.comparison->row_prompts[p]], abbreviations,
                                width, given, short_words));
  }
  return items;
}

std::string more_prompts_html(const Report& report, std::size_t shown) {
  return fmt::format("<p>{}: see “<a href=\"#conversation\">{}</a>”.</p>\n",
                     xml_text(more_prompts_text(*report.comparison, shown)),
                     xml_text(part_heading(report, ReportPart::differences)));
}

// Page 1's rows that differ most, as many as it may list (summary_prompt_count()), measured `width` px wide, with
// the line that says how many more rows differ when it lists fewer than all of them.
MeasuredList measured_prompts(const Report& report, Abbreviations abbreviations, double width, bool short_words) {
  const auto more_line = [&report, width](std::size_t shown) {
    return paragraph_height(more_prompts_html(report, shown), width);
  };
  return {prompt_items(report, summary_prompt_count(*report.comparison), abbreviations, width, short_words),
          report.comparison->row_prompts.size(), printed_heading_height(k_largest_differences_heading, width),
          k_list_margins_under_heading, more_line};
}

// How many rows page 1 keeps room for before the asks of the board: the row that differs most, with any that
// differ by as much (a tie is listed whole or not at all); none where page 1 would not list them anyway.
std::size_t top_rows(const analysis::Comparison& comparison) {
  const std::size_t most = summary_prompt_count(comparison);
  for (std::size_t count = 1; count <= most; ++count) {
    if (prompts_outside_tie(comparison, count) == count) return count;
  }
  return 0;
}

// An action whole, with its owner, due date and status; one cut short (over 40 words) says where it is in full.
ListItem action_item(const Report& report, const SummaryAction& action, Abbreviations& abbreviations, double width) {
  // Without a date, the due date goes beside the status, for a reader to tell it may be overdue.
  const std::string due =
      action.due.empty() ? "" : fmt::format(", due <span class=\"due\">{}</span>", xml_text(action.due));
  const std::string in_full = action.cut ? fmt::format(" <a href=\"#plan\">(in full under “{}”)</a>",
                                                       xml_text(part_heading(report, ReportPart::plan)))
                                         : "";
  const std::string text = fmt::format("{}{}{}{}: <strong>{}</strong>{}", xml_text(action.what), in_full,
                                       xml_text(summary_owner_words(report, action)), action.status_checked ? due : "",
                                       xml_text(action.status), action.status_checked ? "" : due);
  const std::string spelled = spelled_out_html(abbreviations, action.what + " " + action.owner);
  return {"<li>" + text + spelled + "</li>", item_height(shown_text(text), "", shown_text(spelled), width)};
}

// Where the rest of the plan's actions are: its part after page 1, whose heading page 1's own list shares.
std::string more_actions_html(const Report& report, std::size_t shown, std::size_t more) {
  const std::string pointer =
      fmt::format("see “<a href=\"#plan\">{}</a>”", xml_text(part_heading(report, ReportPart::plan)));
  if (shown == 0)
    return fmt::format("<p>{} still to finish: {}.</p>\n", util::counted(more, "action", "actions"), pointer);
  return fmt::format("<p>And {} more: {}.</p>\n", more, pointer);
}

// Where page 1 has no room for its lists even at their least (their headings and the lines that say where their
// rows and actions are): one line across the page that says where they are, when it fits, else nothing. A
// framework of many sections ("Making co-production work" has 15) can fill page 1 with its web and section
// scores; the lists' heading was then printed on a page 2 of its own, all but empty.
std::string lists_elsewhere_html(const Report& report, double room) {
  std::vector<std::string> parts;
  if (report.comparison)
    parts.push_back(fmt::format("The largest differences to talk about are in “<a href=\"#conversation\">{}</a>”",
                                xml_text(part_heading(report, ReportPart::differences))));
  if (report.plan)
    parts.push_back(fmt::format("{} in “<a href=\"#plan\">{}</a>”",
                                report.comparison ? "the action plan's status" : "The action plan's status is",
                                xml_text(part_heading(report, ReportPart::plan))));
  if (parts.empty()) return "";
  const std::string html = "<p>" + util::join(parts, ", and ") + ".</p>\n";
  return paragraph_height(html, k_page_one_width) <= room ? html : "";
}

}  // namespace

SummaryList summary_differences_html(const Report& report, Abbreviations& abbreviations, double width, double room,
                                     bool short_words) {
  constexpr std::string_view heading = k_largest_differences_heading;
  std::string out = fmt::format("<section id=\"summary-differences\">\n<h3>{}</h3>\n", heading);
  const auto& prompts = report.comparison->row_prompts;
  if (prompts.empty()) {
    const std::string none = fmt::format("<p>{}</p>\n", xml_text(no_differences_words(*report.comparison)));
    return {out + none + "</section>\n", printed_heading_height(heading, width) + paragraph_height(none, width), 0};
  }
  const MeasuredList candidates = measured_prompts(report, abbreviations, width, short_words);
  // As many as fit, never cutting between two rows that differ by as much (a tie is listed whole or not at all):
  // a row left out would read as a smaller difference than one shown. Where the largest tie alone is more than
  // page 1 has room for, none: the line says why and where they are (more_prompts_text()).
  const std::size_t shown = prompts_outside_tie(*report.comparison, candidates.that_fit(candidates.items.size(), room));
  if (shown > 0) {
    out += "<ul class=\"prompts\">\n";  // bullets: each section label has its number
    for (const auto& item : prompt_items(report, shown, abbreviations, width, short_words)) out += item.html;
    out += "</ul>\n";
  }
  if (shown < prompts.size()) out += more_prompts_html(report, shown);
  return {out + "</section>\n", candidates.height(shown), shown};
}

SummaryList summary_plan_html(const Report& report, Abbreviations& abbreviations, double width, double room) {
  const std::string heading = plan_heading(*report.plan);
  const std::string status = fmt::format("<p>{}.</p>\n", xml_text(plan_status_summary(report)));
  std::string out = fmt::format("<section id=\"summary-plan\">\n<h3>{}</h3>\n{}", xml_text(heading), status);
  const double fixed = printed_heading_height(heading, width) + paragraph_height(status, width);
  const auto actions = unfinished_actions(report);
  if (actions.empty()) return {out + "</section>\n", fixed, 0};
  Abbreviations trial = abbreviations;
  MeasuredList candidates{{}, actions.size(), fixed, k_list_margins_under_paragraph, [&](std::size_t shown) {
                            return paragraph_height(more_actions_html(report, shown, actions.size() - shown), width);
                          }};
  for (const auto& action : actions) candidates.items.push_back(action_item(report, action, trial, width));
  const std::size_t shown = candidates.that_fit(k_summary_actions, room);
  if (shown > 0) {
    std::vector<std::string> items;
    for (std::size_t a = 0; a < shown; ++a) items.push_back(action_item(report, actions[a], abbreviations, width).html);
    out += "<ul>\n" + util::join(items, "\n") + "\n</ul>\n";
  }
  if (shown < actions.size()) out += more_actions_html(report, shown, actions.size() - shown);
  return {out + "</section>\n", candidates.height(shown), shown};
}

std::string summary_lists_html(const Report& report, Abbreviations& abbreviations, double room) {
  if (room < summary_lists_least_height(report, abbreviations, false)) return lists_elsewhere_html(report, room);
  if (!report.comparison || !report.plan) {
    if (report.comparison) return summary_differences_html(report, abbreviations, k_page_one_width, room, false).html;
    return report.plan ? summary_plan_html(report, abbreviations, k_page_one_width, room).html : "";
  }
  const double column = (k_page_one_width - k_page_one_column_gap) / 2;
  // The plan's heading and status line, which stay whatever gives way.
  Abbreviations trial = abbreviations;
  const double plan_least = summary_plan_html(report, trial, k_page_one_width, 0).height;
  // In order of preference, the layout that lists the most rows: beside, across, then each with the actions by
  // their numbers in the action plan's part and their status alone, without their words.
  struct Layout {
    bool across = false;
    bool short_words = false;
  };
  const auto rows_listed = [&](Layout layout) {
    Abbreviations measured = abbreviations;
    return layout.across
               ? summary_differences_html(report, measured, k_page_one_width, room - plan_least, layout.short_words)
                     .shown
               : summary_differences_html(report, measured, column, room, layout.short_words).shown;
  };
  Layout best;
  std::size_t most = rows_listed(best);
  for (const Layout layout : {Layout{true, false}, Layout{false, true}, Layout{true, true}}) {
    if (const std::size_t listed = rows_listed(layout); listed > most) {
      best = layout;
      most = listed;
    }
  }
  if (!best.across) {
    const std::string differences =
        summary_differences_html(report, abbreviations, column, room, best.short_words).html;
    return differences + summary_plan_html(report, abbreviations, column, room).html;
  }
  const SummaryList differences =
      summary_differences_html(report, abbreviations, k_page_one_width, room - plan_least, best.short_words);
  const SummaryList plan = summary_plan_html(report, abbreviations, k_page_one_width, room - differences.height);
  return "<div class=\"summary-lists-stacked\">\n" + differences.html + plan.html + "</div>\n";
}

double summary_lists_least_height(const Report& report, const Abbreviations& abbreviations, bool with_top_rows) {
  const std::size_t rows = report.comparison && with_top_rows ? top_rows(*report.comparison) : 0;
  const auto differences = [&](double width, bool short_words) {
    Abbreviations trial = abbreviations;
    return rows == 0 ? summary_differences_html(report, trial, width, 0, false).height
                     : measured_prompts(report, trial, width, short_words).height(rows);
  };
  const auto plan = [&](double width) {
    Abbreviations trial = abbreviations;
    return summary_plan_html(report, trial, width, 0).height;
  };
  if (!report.comparison || !report.plan) {
    if (report.comparison) return differences(k_page_one_width, false);
    return report.plan ? plan(k_page_one_width) : 0;
  }
  // Beside each other, the plan's column its heading and status at the least; with rows to list, one under the
  // other across the page too, and each with the actions beside a row by their numbers alone: the least of those,
  // as summary_lists_html() takes whichever lists the most rows. Never less than the plan's column beside, which
  // it takes when no layout lists more rows than another.
  const double column = (k_page_one_width - k_page_one_column_gap) / 2;
  const double beside = std::max(differences(column, false), plan(column));
  if (rows == 0) return beside;
  double least = beside;
  least = std::min(least, std::max(differences(column, true), plan(column)));
  for (const bool short_words : {false, true})
    least = std::min(least, differences(k_page_one_width, short_words) + plan(k_page_one_width));
  return std::max(least, plan(column));
}

}  // namespace coprod::render
