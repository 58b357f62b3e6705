#include "cli/still_to_do.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "analysis/gaps.hpp"
#include "render/missing_score.hpp"
#include "render/reflection_questions.hpp"
#include "render/report.hpp"
#include "render/row_words.hpp"
#include "util/shell_word.hpp"
#include "util/text.hpp"
#include "util/title_join.hpp"

namespace coprod::cli {

namespace {

// "Row 2.3 (contact.colleagues), scored 4: CCG, local authority and …
// share…": its number and heading as the pack gives them, and the id the
// commands take; the heading last, as it may end with its own full stop.
// Where every section is its one row (render::row_words()), the section by its heading, once:
// "8. Sufficient time for a group to grow … (time-to-grow.in-place), scored 1."
std::string row_named(const model::Framework& framework, const render::RowWords& words, const analysis::Gap& gap) {
  if (words.sections) {
    std::string label = gap.section->label();
    if (label.ends_with('.')) label.pop_back();  // the leaflet's full stop, before the id in brackets
    return fmt::format("{} ({}), scored {}.", label, gap.row_reference(), gap.score.to_string());
  }
  std::string heading = render::row_heading(framework, *gap.row);
  if (!heading.ends_with("…")) heading = util::join_title(heading, ".");
  return fmt::format("Row {} ({}), scored {}: {}", gap.section->row_number(gap.row->id), gap.row_reference(),
                     gap.score.to_string(), heading);
}

}  // namespace

StillToDo still_to_do(const analysis::AssessmentResult& result, std::size_t rows, const std::string& path) {
  std::size_t not_scored = 0;
  std::vector<analysis::Gap> no_evidence;
  for (auto& gap : analysis::find_gaps(result)) {
    if (gap.kind == analysis::Gap::Kind::not_scored) ++not_scored;
    else no_evidence.push_back(std::move(gap));
  }
  StillToDo todo;
  if (not_scored == 0 && no_evidence.empty()) return todo;
  const auto words = render::row_words(*result.framework);
  std::vector<std::string> parts;
  if (not_scored > 0)
    parts.push_back(fmt::format("{} of {} {}", not_scored, words.counted(rows), render::k_not_scored_words));
  if (!no_evidence.empty())
    parts.push_back(util::counted(no_evidence.size(), "score with no evidence", "scores with no evidence"));
  todo.heading = "Still to do: " + util::join(parts, ", and ") + (no_evidence.empty() ? "." : ":");
  if (no_evidence.empty()) return todo;
  for (std::size_t i = 0; i < no_evidence.size() && i < k_rows_named; ++i)
    todo.rows.push_back(row_named(*result.framework, words, no_evidence[i]));
  if (no_evidence.size() > k_rows_named) {
    todo.rows.push_back(fmt::format("and {} more (coprod score {} lists them all).", no_evidence.size() - k_rows_named,
                                    util::shell_word(path)));
  }
  const bool one = no_evidence.size() == 1;
  const auto& row = no_evidence.front();
  todo.how = fmt::format(
      "To add {}: coprod score {} --set-evidence {}=TEXT{}; or, in a session, type {} to go to {} and press Enter at "
      "its score to be asked for its evidence.",
      one ? "its evidence" : "the evidence of each", util::shell_word(path), one ? row.row_reference() : "ROW",
      one ? "" : ", ROW as in brackets above",
      one ? fmt::format("g {}", words.number(*row.section, *row.row))
          : fmt::format("g and a {}'s number (such as g {})", words.one, words.sections ? "3" : "2.3"),
      one ? "the " + std::string(words.one) : "each " + std::string(words.one));
  return todo;
}

std::vector<std::string> empty_reflections(const model::Reflections& reflections) {
  std::vector<std::string> keys;
  for (const auto& question : render::k_reflection_questions) {
    const auto& answer = reflections.*question.answer;
    if (!answer || util::trim(*answer).empty()) keys.emplace_back(question.key);
  }
  return keys;
}

std::string empty_reflections_words(const model::Reflections& reflections, const std::string& path, bool guide_asks) {
  const auto keys = empty_reflections(reflections);
  if (keys.empty()) return "";
  std::vector<std::string> others;
  for (std::size_t i = 1; i < keys.size(); ++i) others.push_back("." + keys[i]);
  const bool all = keys.size() == render::k_reflection_questions.size();
  return fmt::format("{} ({}){}. To write one: coprod score {} --set reflections.{}=TEXT{}.",
                     all ? "The reflections are not written yet" : "Reflections not written yet",
                     util::join(keys, ", "), guide_asks ? ": the guide asks for them after scoring" : "",
                     util::shell_word(path), keys.front(),
                     others.empty() ? "" : fmt::format(" (or {})", util::join(others, ", ")));
}

}  // namespace coprod::cli
