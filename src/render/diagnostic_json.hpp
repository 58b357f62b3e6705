#pragma once
// A problem or flag in a file, as the JSON of `check` and `score` gives it:
// {"file", "line", "column", "rule", "message"}. Columns are written as
// given: the command line converts them to characters first.

#include <string_view>

#include "util/diagnostic.hpp"
#include "util/json_writer.hpp"

namespace coprod::render {

void write_diagnostic_json(util::JsonWriter& json, const util::Diagnostic& diagnostic, std::string_view rule);

// `"invalid": [...]`: the files that could not be read, each problem with the
// rule "invalid".
void write_invalid_files_json(util::JsonWriter& json, const util::Diagnostics& problems);

}  // namespace coprod::render
