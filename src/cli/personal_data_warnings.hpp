#pragma once
// check's warnings on likely personal data in text a command set from the
// command line (score --set, --set-evidence, --add-evidence; plan --edit) or
// typed at its questions (score and plan --edit with --interactive),
// at their place in the file as saved: the text is saved all the same, but
// people are told, as check would tell them.

#include <string>
#include <string_view>
#include <vector>

#include "util/diagnostic.hpp"
#include "yaml/document.hpp"

namespace coprod::cli {

// The flags check gives (worded as it words them) in the values at
// `field_paths` ("sections.commitment.notes", "actions.0.what") of the file
// `source` as saved (`text`, parsed as `tree`), leaving out the rule
// `left_out` ("" for none: score words a named person in evidence its own way).
util::Diagnostics personal_data_warnings(const std::string& source, std::string_view text, const yaml::Node& tree,
                                         const std::vector<std::string>& field_paths, std::string_view left_out = "");

// The same for the evidence of the row `section_id`.`row_id` as saved
// (score --set-evidence, --add-evidence, and --interactive as each answer is
// saved), but for a remark tied to a named person, which score words its
// own way (render::attribution_note).
util::Diagnostics evidence_personal_data_warnings(const std::string& source, std::string_view text,
                                                  const yaml::Node& tree, const std::string& section_id,
                                                  const std::string& row_id);

}  // namespace coprod::cli
