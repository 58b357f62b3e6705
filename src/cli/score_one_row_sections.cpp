// score --interactive and sections of one row (every section of the shorter
// frameworks, where each tip is a section): the day they were completed and
// who completed them are asked once, at the end of the walk, for all of them
// together, as one sheet of paper is filled in at one meeting, not after
// every row (where a score typed ahead for the next row would land in the
// wrong question).

#include <fmt/format.h>

#include "cli/score_walkthrough.hpp"
#include "render/sections_named.hpp"
#include "util/text.hpp"

namespace coprod::cli {

namespace {

// The sections of one row with their row answered (a score or n/a) and with
// no date, or (`who`) no one named as completing them: their places in the
// framework (1 for the first) and their date or completed_by fields.
struct Unanswered {
  std::vector<std::size_t> numbers;
  std::vector<yaml::AssessmentField> dates;
  std::vector<std::pair<std::string, yaml::AssessmentField>> who;  // reference, field
};

bool row_answered(const model::SectionResponse& section, const model::FrameworkSection& framework_section) {
  const auto* row = section.find_row(framework_section.rows.front().id);
  return row && (row->score.is_scored() || row->score.is_not_applicable());
}

Unanswered unanswered(const model::Framework& framework, const model::Assessment& assessment, bool who) {
  Unanswered found;
  for (std::size_t i = 0; i < framework.sections.size(); ++i) {
    const auto& section = framework.sections[i];
    const auto* response = assessment.find_section(section.id);
    if (!section.has_one_row() || !response || !row_answered(*response, section)) continue;
    const auto date = yaml::find_assessment_field(section.id + ".last_completed", framework);
    const bool no_date = !response->last_completed && date;
    const std::string reference = section.id + ".completed_by";
    const auto by = yaml::find_assessment_field(reference, framework);
    const bool no_one = who && by && (!response->completed_by || util::trim(*response->completed_by).empty());
    if (no_date) found.dates.push_back(*date);
    if (no_one) found.who.emplace_back(reference, *by);
    if (no_date || no_one) found.numbers.push_back(i + 1);
  }
  return found;
}

}  // namespace

// Asked at the end of a walk through to the last row: one date (and, but
// for one person's own response, one "completed by") saved for every
// section of one row answered that has none, in this session or an earlier
// one. Returns false to stop: q, or the input ended.
bool ScoreWalkthrough::ask_one_row_sections() {
  // Those carried forward first: last time's answers shown (score_carried_one_row_sections.cpp).
  if (!ask_carried_one_row_sections()) return false;
  const auto found = unanswered(m_file.framework(), m_file.loaded().assessment, asks_who_completed());
  if (found.numbers.empty()) return true;
  m_one_row_sections_asked = true;
  const std::size_t count = found.numbers.size();
  say("\n");
  const bool one = count == 1;
  const std::string day = one ? "the day it was completed" : "the day they were completed";
  const std::string who = one ? "who completed it" : "who completed them";
  const std::string what = found.dates.empty() ? who : found.who.empty() ? day : day + " and " + who;
  wrapped(0, fmt::format(
                 "{}: {} ({}).{}",
                 one ? fmt::format("Asked for the {} answered without it", one_row_sections(1))
                     : fmt::format("Asked once for all {} {} answered without them", count, one_row_sections(count)),
                 what, render::sections_named(found.numbers), one ? "" : " Each answer is saved for each of them."));
  if (!found.dates.empty()) {
    const auto date = read_date(one ? "When was this section completed?" : "When were these sections completed?",
                                found.dates.front(), {});
    if (!date) return false;
    if (!date->empty()) save_completed(found.dates, *date);
  }
  if (found.who.empty()) return true;
  const auto named =
      read_completed_by(one ? "Who completed this section?" : "Who completed them?", found.who.front().second);
  if (!named) return false;
  if (named->empty()) return true;
  if (save_texts(found.who, *named)) m_completed_by = *named;
  return true;
}

// In the summary after q: the sections of one row answered still without a
// date, and when they are asked.
void ScoreWalkthrough::one_row_sections_note() {
  if (m_one_row_sections_asked) return;  // asked in this session, and left empty
  const auto found = unanswered(m_file.framework(), m_file.loaded().assessment, false);
  if (found.numbers.empty()) return;
  const bool one = found.numbers.size() == 1;
  wrapped(0, fmt::format("{} {} answered ({}) {} no date completed yet: {} asked at the end of a walk through to "
                         "the last {}{}.",
                         found.numbers.size(), one_row_sections(found.numbers.size()),
                         render::sections_named(found.numbers), one ? "has" : "have", one ? "it is" : "they are",
                         m_words.one, one ? "" : ", once for all of them"));
}

}  // namespace coprod::cli
