#pragma once
// What the end of `coprod score --interactive` says is left to do in the
// file: the rows not scored yet, counted; the scores with no evidence, each
// named as the evidence pack names rows, with how to add it; and the
// reflections not written yet, with how to write them.

#include <string>
#include <vector>

#include "analysis/scoring.hpp"

namespace coprod::cli {

// Rows named one by one before "and N more".
inline constexpr std::size_t k_rows_named = 3;

// The paragraphs to show, each to wrap: "Still to do: 1 score with no
// evidence:", then each row ("Row 2.3 (contact.colleagues), scored 4: CCG,
// local authority and … share…"), then how to add it ("To add its
// evidence: coprod score FILE --set-evidence contact.colleagues=TEXT, ...").
// Empty when every row has a score and every score has evidence. `path` is
// the file as the commands should name it; `rows` how many rows the framework
// has.
struct StillToDo {
  std::string heading;
  std::vector<std::string> rows;  // indented under the heading
  std::string how;                // "" when there is nothing to add
};
StillToDo still_to_do(const analysis::AssessmentResult& result, std::size_t rows, const std::string& path);

// The keys of the reflections not written yet ("surprising", "learnt"), in
// the guide's order.
std::vector<std::string> empty_reflections(const model::Reflections& reflections);

// "The reflections are not written yet: what was surprising, ... To write one:
// coprod score FILE --set reflections.learnt=TEXT (or .surprising, ...)."; ""
// when all are written.
// `guide_asks`: the framework's guide asks for the reflections
// (model::GuideAdvice::reflections).
std::string empty_reflections_words(const model::Reflections& reflections, const std::string& path, bool guide_asks);

}  // namespace coprod::cli
