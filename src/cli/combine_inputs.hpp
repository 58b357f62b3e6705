#pragma once
// What `coprod combine` checks across the responses it is given: each problem
// in one run, so one pass through the files puts them all right.

#include <string>
#include <vector>

#include "cli/console.hpp"
#include "util/diagnostic.hpp"
#include "yaml/assessment_loader.hpp"

namespace coprod::cli {

// A folder named as a response: refused (exit 3) saying how to name the
// responses in it.
void refuse_folders_as_responses(const std::vector<std::string>& paths);

// Files the form named alike (see analysis/response_file_name.hpp): one
// person's two saves, whatever they hold; one error per later file.
util::Diagnostics find_two_saves_of_one_response(const std::vector<std::string>& paths);

// Files in one folder whose names differ only by a browser's or a file
// manager's copy marks ("jo-response.yaml" and "jo-response (1).yaml"), not
// the form's names: perhaps one person's two saves, but people who each sent
// a "response.yaml" can have them saved as "response (1).yaml" and so on, so
// one warning per later file, naming the first.
util::Diagnostics find_copy_named_responses(const std::vector<std::string>& paths);

// Responses with the same answers (see answers_of() in the .cpp: comments,
// spacing and line breaks aside) that are not already two saves of one
// response by their names; nothing when `identical_answers`.
util::Diagnostics find_copied_responses(const std::vector<yaml::LoadedAssessment>& loaded, bool identical_answers);

// Responses to another review (framework, area or period) than the one most of
// them answer (ties: the first named's).
util::Diagnostics find_other_reviews(const std::vector<yaml::LoadedAssessment>& loaded);

// Notes the files in the folders of `paths` that the form named (copies
// included) but that are not among `paths`: a pattern such as
// responses/response-*.coprod.yaml leaves out response-7f3a9c20.coprod (1).yaml.
// Only the folders' lists of names are read.
void note_responses_left_out(Console& console, const std::vector<std::string>& paths);

}  // namespace coprod::cli
