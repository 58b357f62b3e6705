#pragma once
// Naming input files in what is shared (the report pack, compare's sheets and
// files): util::shown_path() with this run's current folder and the file's
// git repository, so no home folder's path goes out in a pack.

#include <filesystem>
#include <optional>
#include <string>

#include "analysis/scoring.hpp"

namespace coprod::cli {

// The top folder of the git repository `file` (absolute) is in: the nearest
// folder above it with a .git folder or file; nullopt outside one.
std::optional<std::string> repository_top(const std::filesystem::path& file);

// The name shared outputs give the input `path`: see util::shown_path().
// Standard input ("-") and files read from git ("HEAD:a.yaml") keep theirs.
std::string shown_input_path(const std::string& path);

// The same results, each assessment's `source` its shown_input_path().
analysis::AssessmentResults with_shown_paths(const analysis::AssessmentResults& results);

}  // namespace coprod::cli
