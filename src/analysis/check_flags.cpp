#include "analysis/check_flags.hpp"

#include <utility>

#include <fmt/format.h>

#include "analysis/carried_forward.hpp"
#include "analysis/words_kept.hpp"
#include "util/shell_word.hpp"
#include "util/text.hpp"

namespace coprod::analysis {

namespace {

std::string score_text(const model::Score& score) {
  return score.to_string().empty() ? "not scored" : score.to_string();
}

}  // namespace

Flag make_flag(const std::string& source, util::Position position, std::string rule, const std::string& message) {
  return {{util::Severity::warning, source, position, fmt::format("{} [{}]", message, rule)}, std::move(rule)};
}

namespace {

// What to correct in the file, after what to check first when today's date
// came from SOURCE_DATE_EPOCH or an option: that may be what is out of date.
std::string correction(const std::optional<DateOrigin>& origin, const std::string& fix) {
  if (!origin) return fix;
  return fmt::format("if {} is out of date, {}; if not, {}", origin->name, origin->fix, fix);
}

// Where today's date came from, after it, when not the clock.
std::string given_by(const std::optional<DateOrigin>& origin) {
  return origin ? fmt::format(" as {} gives it", origin->name) : "";
}

}  // namespace

std::optional<std::string> future_date_message(const std::string& section_id, const model::Date& last_completed,
                                               const model::Date& today, const std::optional<DateOrigin>& origin) {
  if (!(last_completed > today)) return std::nullopt;
  return fmt::format("the section '{}' was last completed on {}, which is later than {}{}; {}", section_id,
                     last_completed.to_string(), today.to_string(), origin ? ", today's date" + given_by(origin) : "",
                     correction(origin, "correct 'last_completed' to the day the section was last reviewed"));
}

std::optional<std::string> future_period_message(const model::Period& period, const model::Date& today,
                                                 const std::optional<DateOrigin>& origin) {
  const model::Period next = model::Period::containing(today, period.kind()).next();
  if (!(next < period)) return std::nullopt;
  return fmt::format("the period {} starts on {}, after {}, the next period from today ({}{}); {}", period.to_string(),
                     period.first_day().to_string(), next.to_string(), today.to_string(),
                     origin ? "," + given_by(origin) : "",
                     correction(origin, "correct 'period' to the review period the assessment is for"));
}

namespace {

// Where a section's date problem is: its 'last_completed' value, the thing to
// correct (where score --set points too), else the section.
util::Position date_position(const model::SectionResponse& response) {
  return response.last_completed_position.line > 0 ? response.last_completed_position : response.position;
}

}  // namespace

std::vector<Flag> flag_scores(const AssessmentResult& result, const model::Date& today,
                              const std::optional<DateOrigin>& origin) {
  std::vector<Flag> flags;
  const auto& source = result.assessment->source;
  for (const auto& section : result.sections) {
    bool has_evidence = false;
    for (const auto& row : section.rows) {
      has_evidence = has_evidence || row.has_evidence();
      if (row.score.is_scored() && row.score.halves() >= 6 && !row.has_evidence()) {
        flags.push_back(make_flag(source, row.response->score_position, "evidence-missing",
                                  fmt::format("{}.{} is scored {} with no evidence; add the evidence behind the score",
                                              section.section->id, row.row->id, row.score.to_string())));
      }
    }
    const auto& response = section.response;
    if (response && response->last_completed) {
      if (auto message = future_date_message(section.section->id, *response->last_completed, today, origin)) {
        flags.push_back(make_flag(source, date_position(*response), "future-date", *message));
      }
    }
    if (has_evidence && response && response->last_completed &&
        today.days_since_epoch() - response->last_completed->days_since_epoch() > k_stale_after_days) {
      flags.push_back(
          make_flag(source, date_position(*response), "stale-evidence",
                    fmt::format("the section '{}' was last completed on {}, more than a year before {}; "
                                "review its evidence and scores, then update 'last_completed'",
                                section.section->id, response->last_completed->to_string(), today.to_string())));
    }
  }
  return flags;
}

namespace {

// What a carried section's own words still say, for the advice to correct
// its date: its notes and completed_by, those it has, with how to change
// them; empty when it has neither.
std::string words_still_there(const model::SectionResponse& section, const std::string& file) {
  std::vector<std::string> fields;
  std::vector<std::string> sets;
  const auto has = [](const std::optional<std::string>& words) { return words && !util::trim(*words).empty(); };
  if (has(section.notes)) {
    fields.push_back("notes");
    sets.push_back(fmt::format("--set {}.notes=TEXT", section.section_id));
  }
  if (has(section.completed_by)) {
    fields.push_back("completed_by");
    sets.push_back(fmt::format("--set {}.completed_by=NAMES", section.section_id));
  }
  if (fields.empty()) return "";
  const bool plural = fields.size() > 1 || fields.front() == "notes";
  return fmt::format("; its {} still {} what {} then: if about last time, change {} too (coprod score {} {})",
                     util::join(fields, " and "), plural ? "say" : "says", plural ? "they said" : "it said",
                     plural ? "them" : "it", file, util::join(sets, " "));
}

}  // namespace

std::optional<Flag> flag_carried_forward(const model::Assessment& assessment) {
  const model::SectionResponse* first = nullptr;
  std::size_t carried = 0;
  for (const auto& section : assessment.sections) {
    if (!section.last_completed || !completed_before(*section.last_completed, assessment.period)) continue;
    ++carried;
    const auto& at = section.last_completed_position;
    if (!first || std::pair(at.line, at.column) <
                      std::pair(first->last_completed_position.line, first->last_completed_position.column))
      first = &section;
  }
  if (!first) return std::nullopt;
  const std::size_t others = carried - 1;
  const std::string also = others == 0   ? ""
                           : others == 1 ? ", nor has 1 other section"
                                         : fmt::format(", nor have {} other sections", others);
  const std::string file = assessment.source == "-" ? "FILE" : util::shell_word(assessment.source);
  return make_flag(
      assessment.source, date_position(*first), "carried-forward",
      fmt::format("the section '{}' was last completed on {}, before {} began, so it still holds an earlier period's "
                  "answers (as coprod init --from carries them forward) and has not been reviewed for {}{}; review {} "
                  "with coprod score {} --interactive, or, for a section reviewed with nothing to change, correct "
                  "its 'last_completed' to the day it was reviewed{}",
                  first->section_id, first->last_completed->to_string(), assessment.period.to_string(),
                  assessment.period.to_string(), also, others == 0 ? "it" : "them", file,
                  words_still_there(*first, file)));
}

namespace {

// A section given a new last_completed since `before` whose notes stayed
// word for word: notes written for an earlier date (as init --from carries
// them) read as this period's. "Completed by" alone staying is no flag: a
// standing group completes it every period.
std::optional<Flag> flag_notes_kept(const model::SectionResponse& section, const model::SectionResponse& old,
                                    const std::string& source, const std::string& since) {
  const WordsKept kept = words_kept(section, old);
  if (!kept.notes) return {};
  return make_flag(source, date_position(section), "unexplained-change",
                   fmt::format("{}.last_completed changed from {} to {} since {}, but its notes{} did not, word for "
                               "word; check they are this period's, or empty them",
                               section.section_id, old.last_completed->to_string(), section.last_completed->to_string(),
                               since, kept.completed_by ? " and completed_by" : ""));
}

}  // namespace

std::vector<Flag> flag_unexplained_changes(const model::Assessment& now, const model::Assessment& before,
                                           const std::string& since) {
  std::vector<Flag> flags;
  for (const auto& section : now.sections) {
    const auto* old_section = before.find_section(section.section_id);
    if (old_section) {
      if (auto kept = flag_notes_kept(section, *old_section, now.source, since)) flags.push_back(std::move(*kept));
    }
    for (const auto& row : section.rows) {
      const auto* old_row = old_section ? old_section->find_row(row.row_id) : nullptr;
      if (!old_row || old_row->score == row.score || old_row->evidence != row.evidence) continue;
      flags.push_back(make_flag(
          now.source, row.score_position, "unexplained-change",
          fmt::format("{}.{} changed from {} to {} since {}, but its evidence did not; add what "
                      "changed",
                      section.section_id, row.row_id, score_text(old_row->score), score_text(row.score), since)));
    }
  }
  return flags;
}

}  // namespace coprod::analysis
