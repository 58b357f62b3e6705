// score --interactive and sections of one row carried forward from an
// earlier period (init --from leaves every section so; every tip of the
// shorter frameworks is one): like those with no date yet
// (score_one_row_sections.cpp), they are not asked their date and who
// completed them after each row, but once, at the end of the walk (or after
// q at a row), for all of them answered in the session. Last time's answers
// are shown first, each different one with its sections; Enter keeps each
// section's own, and a date or name typed is saved for each of them.

#include <algorithm>

#include <fmt/format.h>

#include "analysis/carried_forward.hpp"
#include "analysis/same_last_time.hpp"
#include "cli/score_walkthrough.hpp"
#include "render/sections_named.hpp"
#include "util/text.hpp"

namespace coprod::cli {

namespace {

// The sections of one row carried forward and answered in the session
// (`answered`), their date still before the file's period, in the
// framework's order.
struct CarriedOneRow {
  std::vector<model::SectionResponse> was;  // as they were before these questions: last time's answers
  std::vector<std::string> ids;
  std::vector<yaml::AssessmentField> dates;
  std::vector<analysis::LastTimeAnswers> last_time;  // "completed by" only when it is asked
};

CarriedOneRow carried_one_row(const model::Framework& framework, const model::Assessment& assessment,
                              const std::vector<std::string>& answered, bool who) {
  CarriedOneRow found;
  for (std::size_t i = 0; i < framework.sections.size(); ++i) {
    const std::string& id = framework.sections[i].id;
    const auto* section = assessment.find_section(id);
    const auto date = yaml::find_assessment_field(id + ".last_completed", framework);
    if (!section || !date || std::ranges::find(answered, id) == answered.end() ||
        !analysis::changed_but_completed_before_message(*section, assessment.period))
      continue;
    found.was.push_back(*section);
    found.ids.push_back(id);
    found.dates.push_back(*date);
    found.last_time.push_back({i + 1, section->last_completed, who ? section->completed_by.value_or("") : ""});
  }
  return found;
}

std::vector<std::size_t> numbers_of(const std::vector<analysis::LastTimeAnswers>& sections) {
  std::vector<std::size_t> numbers;
  for (const auto& section : sections) numbers.push_back(section.number);
  return numbers;
}

std::string who_in_words(const std::string& completed_by) {
  return completed_by.empty() ? "no one named" : completed_by;
}

// What the sections were given last time, before the date question: "Last
// time: 30 September 2026, peer network meeting." when it is the same for
// all, else a line for each different answer with its sections.
std::vector<std::string> last_time_lines(const std::vector<analysis::SameLastTime>& groups, bool who) {
  const auto answers = [who](const analysis::SameLastTime& group) {
    const std::string day = group.last_completed ? model::in_words(*group.last_completed) : "no date";
    return who ? day + ", " + who_in_words(group.completed_by) : day;
  };
  if (groups.size() == 1) return {"Last time: " + answers(groups.front()) + "."};
  std::vector<std::string> lines = {"Last time (not the same for all of them):"};
  for (const auto& group : groups)
    lines.push_back(fmt::format("{}: {}", render::sections_named(group.numbers), answers(group)));
  return lines;
}

// The same sections, grouped by who completed them alone.
std::vector<analysis::SameLastTime> by_who(std::vector<analysis::LastTimeAnswers> sections) {
  for (auto& section : sections) section.last_completed.reset();
  return analysis::group_by_last_time(sections);
}

}  // namespace

// A section of one row carried forward, answered in this session, on
// leaving it (or on q in it): asked at the end.
void ScoreWalkthrough::carried_one_row_answered(const std::string& section_id) {
  if (std::ranges::find(m_carried_one_row, section_id) == m_carried_one_row.end())
    m_carried_one_row.push_back(section_id);
}

// One date for every section of one row carried forward that the session
// answered, last time's answers shown: Enter keeps each section's own date
// (and asks who completed only those that name no one); a date typed is
// saved for each, then who completed them is asked once for all (Enter
// keeps each one's) and each one's notes from last time, as for any section
// carried forward given a new date (score_last_time.cpp). Returns false to
// stop: q, or the input ended.
bool ScoreWalkthrough::ask_carried_one_row_sections() {
  const bool who = asks_who_completed();
  const auto found = carried_one_row(m_file.framework(), m_file.loaded().assessment, m_carried_one_row, who);
  m_carried_one_row.clear();
  if (found.ids.empty()) return true;
  const auto groups = analysis::group_by_last_time(found.last_time);
  const bool one = found.ids.size() == 1;
  say("\n");
  wrapped(0, fmt::format(
                 "{} ({}): the day {} completed, as {} still before {} began, so a report may call {} "
                 "carried forward from an earlier period.{}",
                 one ? fmt::format("Asked for the {} carried forward and answered in this session", one_row_sections(1))
                     : fmt::format("Asked once for all {} {} carried forward and answered in this session",
                                   found.ids.size(), one_row_sections(found.ids.size())),
                 render::sections_named(numbers_of(found.last_time)), one ? "it was" : "they were",
                 one ? "its date is" : "their dates are", m_file.loaded().assessment.period.to_string(),
                 one ? "it" : "them",
                 one ? "" : " A date typed is saved for each of them; Enter keeps each section's own."));
  for (const auto& line : last_time_lines(groups, who)) wrapped(line.starts_with("Last time") ? 0 : 2, line);
  const auto date = read_date(one ? "When was this section completed?" : "When were these sections completed?",
                              found.dates.front(), analysis::last_dates(groups));
  if (!date) return false;
  // Each section's own date kept: who completed it stays last time's, asked only where no one was named.
  if (date->empty()) return !who || ask_no_one_named(found.ids);
  save_completed(found.dates, *date);
  if (who && !ask_carried_completed_by(found.ids, found.last_time)) return false;
  return ask_carried_notes(found.was);
}

// After a new date: who completed the sections, once for all of them, last
// time's shown (each different one with its sections). Enter keeps each
// section's own; then those that named no one are asked as any section
// with no one is. Returns false to stop: q, or the input ended.
bool ScoreWalkthrough::ask_carried_completed_by(const std::vector<std::string>& section_ids,
                                                const std::vector<analysis::LastTimeAnswers>& last_time) {
  const auto groups = by_who(last_time);
  if (groups.size() == 1 && groups.front().completed_by.empty()) return ask_no_one_named(section_ids);
  const bool one = section_ids.size() == 1;
  std::vector<std::string> named;
  for (const auto& group : groups)
    named.push_back(fmt::format("{} ({})", who_in_words(group.completed_by), render::sections_named(group.numbers)));
  const std::string shown = groups.size() == 1 ? groups.front().completed_by : util::join(named, "; ");
  const std::string keys =
      groups.size() == 1
          ? fmt::format("Enter keeps it, - leaves it empty, or type who completed {} now", one ? "it" : "them")
          : "Enter keeps each section's own, - leaves them all empty, or type who completed them now";
  if (!ask_last_time({section_ids, "completed_by", one ? "Who completed this section?" : "Who completed them?", keys},
                     shown))
    return false;
  // Enter kept each one's: those that named no one last time are asked (after -, all are empty, and none is).
  std::size_t no_one = 0;
  for (const auto& id : section_ids) {
    const auto* section = m_file.loaded().assessment.find_section(id);
    if (section && (!section->completed_by || util::trim(*section->completed_by).empty())) ++no_one;
  }
  return no_one == section_ids.size() || ask_no_one_named(section_ids);
}

// Who completed those of `section_ids` that name no one yet, once for all
// of them, as at the end for sections with no date: Enter leaves them empty
// (or gives the answer given before). Returns false to stop: q, or the
// input ended.
bool ScoreWalkthrough::ask_no_one_named(const std::vector<std::string>& section_ids) {
  std::vector<std::pair<std::string, yaml::AssessmentField>> fields;
  std::vector<std::size_t> numbers;
  const auto& sections = m_file.framework().sections;
  for (std::size_t i = 0; i < sections.size(); ++i) {
    const std::string reference = sections[i].id + ".completed_by";
    const auto* section = m_file.loaded().assessment.find_section(sections[i].id);
    const auto field = yaml::find_assessment_field(reference, m_file.framework());
    if (std::ranges::find(section_ids, sections[i].id) == section_ids.end() || !section || !field ||
        (section->completed_by && !util::trim(*section->completed_by).empty()))
      continue;
    fields.emplace_back(reference, *field);
    numbers.push_back(i + 1);
  }
  if (fields.empty()) return true;
  const auto named =
      read_completed_by(fmt::format("Who completed {}?", render::sections_named(numbers)), fields.front().second);
  if (!named) return false;
  if (!named->empty() && save_texts(fields, *named)) m_completed_by = *named;
  return true;
}

// After a new date: each section's notes from last time, asked again, the
// section named first (those with none are not asked). Returns false to
// stop: q, or the input ended.
bool ScoreWalkthrough::ask_carried_notes(const std::vector<model::SectionResponse>& was) {
  for (const auto& section : was) {
    if (!section.notes || util::trim(*section.notes).empty()) continue;
    say("\n");
    if (const auto* framework_section = m_file.framework().find_section(section.section_id))
      wrapped(0, framework_section->label());
    if (!ask_last_notes(section)) return false;
  }
  return true;
}

}  // namespace coprod::cli
