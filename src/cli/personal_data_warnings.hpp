#pragma once
// check's warnings on likely personal data in text a command set from the
// command line (score --set, --set-evidence, --add-evidence; plan --edit),
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

}  // namespace coprod::cli
