// The end of score --interactive: the section scores now and what is left
// to do.

#include <fmt/format.h>

#include "analysis/carry_on_row.hpp"
#include "analysis/same_last_time.hpp"
#include "analysis/scoring.hpp"
#include "cli/score_walkthrough.hpp"
#include "cli/still_to_do.hpp"
#include "render/missing_score.hpp"
#include "render/scores.hpp"
#include "render/sections_named.hpp"
#include "util/escape.hpp"
#include "util/shell_word.hpp"
#include "util/text.hpp"

namespace coprod::cli {

void ScoreWalkthrough::summary() {
  const auto result = analysis::score_assessment(m_file.loaded().framework, m_file.loaded().assessment);
  say("\nSection scores now:\n");
  // Where every section is its one row, "1 of 1 row" says nothing: the title takes its room.
  const bool coverage_shown = !m_words.sections;
  const std::size_t label_width = coverage_shown ? 44 : 58;
  const bool one_line_each = width() >= 2 + label_width + 5 + (coverage_shown ? 2 + 12 : 0);  // "5 of 5 rows"
  render::MissingScoreKey key(m_words.sections ? render::k_one_row_section_not_applicable
                                               : render::k_section_not_applicable);
  for (const auto& section : result.sections) {
    const std::string coverage = coverage_shown ? analysis::describe_coverage(section) : "";
    if (one_line_each) {  // a table: a mark for a missing score, and a key under it
      say(fmt::format("  {:<{}}{:>5}{}\n",
                      util::truncate_to_width(util::terminal_text(section.section->label()), label_width - 1),
                      label_width, key.cell(section), coverage.empty() ? "" : "  " + coverage));
    } else {  // a narrow terminal: the section's name, then its score in words below it
      wrapped(2, section.section->label());
      const std::string score = render::section_score_text(section, render::k_not_scored_words);
      wrapped(4, coverage.empty() ? score : score + "  " + coverage);
    }
  }
  if (!key.empty()) wrapped(2, key.line());
  say("\n");
  const auto carried = carried_sections();
  const auto todo = still_to_do(result, m_rows.size(), m_file.path());
  const std::string reflections = empty_reflections_words(m_file.loaded().assessment.reflections, m_file.path(),
                                                          m_file.framework().guide_advice.reflections);
  if (todo.heading.empty() && carried.empty() && reflections.empty()) {
    wrapped(0, fmt::format("Nothing left to do: every {} has a score and every score has evidence.", m_words.one));
    return;
  }
  if (todo.heading.empty()) wrapped(0, fmt::format("Every {} has a score and every score has evidence.", m_words.one));
  else wrapped(0, todo.heading);
  for (const auto& row : todo.rows) say(util::wrap_hanging(util::terminal_text(row), width(), 2, 4));
  if (!todo.how.empty()) wrapped(0, todo.how);
  carry_on();
  one_row_sections_note();
  if (!carried.empty()) still_carried(carried);
  if (!reflections.empty()) wrapped(0, reflections);
}

// How to carry on with the rows not answered yet, and the row a new session
// starts at (first_row_to_do()).
void ScoreWalkthrough::carry_on() {
  const auto row = analysis::row_to_carry_on(answered_rows());
  if (!row) return;
  const Place& place = m_rows[*row];
  const bool only_after = not_answered_before(*row).empty();
  wrapped(0, fmt::format("To carry on later: coprod score {} --interactive (it starts at {} {}, the first not "
                         "scored{}).",
                         util::shell_word(m_file.path()), m_words.one, number_of(place),
                         only_after ? " yet" : " after the last one answered"));
}

namespace {

// More sections carried than the main guide's seven are named by number and date ("sections 1
// to 12 (30 September 2026)"), not each by its title: 15 tips' titles make a
// paragraph no one reads.
constexpr std::size_t k_most_carried_named_in_full = 7;

// "sections 1 to 12 (30 September 2026)", a group for each date.
std::vector<std::string> carried_by_date(const model::Framework& framework, const model::Assessment& assessment,
                                         const std::vector<const model::FrameworkSection*>& carried) {
  std::vector<analysis::LastTimeAnswers> answers;
  for (const auto* section : carried) {
    const auto number = static_cast<std::size_t>(section - framework.sections.data()) + 1;
    answers.push_back({number, assessment.find_section(section->id)->last_completed, ""});
  }
  std::vector<std::string> named;
  for (const auto& group : analysis::group_by_last_time(answers))
    named.push_back(fmt::format("{} ({})", render::sections_named(group.numbers), group.last_completed->to_string()));
  return named;
}

}  // namespace

// The sections still dated before the period: not reviewed for it, by their date.
void ScoreWalkthrough::still_carried(const std::vector<const model::FrameworkSection*>& carried) {
  const model::Assessment& assessment = m_file.loaded().assessment;
  std::vector<std::string> named;
  if (carried.size() > k_most_carried_named_in_full) {
    named = carried_by_date(m_file.framework(), assessment, carried);
  } else {
    for (const auto* section : carried)
      named.push_back(
          fmt::format("{} ({})", section->label(), assessment.find_section(section->id)->last_completed->to_string()));
  }
  wrapped(0, fmt::format("Still carried forward: {} {} a last completed date from before {} began, so a report "
                         "may call {} carried forward from an earlier period: {}. Answer {}{} (Enter keeps each "
                         "answer) to be asked the day {} completed.",
                         util::counted(carried.size(), "section", "sections"), carried.size() == 1 ? "has" : "have",
                         assessment.period.to_string(), carried.size() == 1 ? "it" : "them", util::join(named, "; "),
                         m_words.sections      ? (carried.size() == 1 ? "it" : "them")
                         : carried.size() == 1 ? "its"
                                               : "their",
                         m_words.sections ? "" : " rows", carried.size() == 1 ? "it was" : "each was"));
}

}  // namespace coprod::cli
