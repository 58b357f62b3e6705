#pragma once
// Loading what commands work on: the framework catalog and assessment files.

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/scoring.hpp"
#include "cli/console.hpp"
#include "model/framework_catalog.hpp"
#include "model/text_field.hpp"
#include "yaml/assessment_loader.hpp"

namespace coprod::cli {

// The built-in frameworks plus the user's framework files. Throws Error on an
// invalid file, on one whose id is a built-in framework's, and on one with the
// same id and version as an earlier file's.
model::FrameworkCatalog load_catalog(const std::vector<std::string>& framework_files);

// The framework init and form use when none is named: the main guide's reflection tool.
inline constexpr std::string_view k_default_framework = "ipc-coproduction";

// A framework named on the command line (a built-in id, or a file path), and
// the catalog to read files with: the built-in frameworks, plus that file's
// framework when it is one. Throws Error when there is no such framework.
struct ResolvedFramework {
  model::FrameworkCatalog catalog;
  std::shared_ptr<const model::Framework> framework;
};
ResolvedFramework resolve_framework(const std::string& id_or_file);

// Loads and checks every file. Prints warnings; if any file is invalid,
// throws Error(k_exit_invalid_input) carrying every problem found in every file.
// With `texts`, each file's text is kept there too (in the order of `paths`);
// with `fields`, each file's free-text values (yaml::find_text_fields()).
std::vector<yaml::LoadedAssessment> load_assessments(const std::vector<std::string>& paths,
                                                     const model::FrameworkCatalog& catalog, Console& console,
                                                     std::vector<std::string>* texts = nullptr,
                                                     std::vector<std::vector<model::TextField>>* fields = nullptr);

// A diagnostic as a line of the terminal: "file:line:column: error: ...",
// its column in characters (see source_texts.hpp), the file's text in it made
// harmless for a terminal, and a line break.
std::string diagnostic_line(const util::Diagnostic& diagnostic);

void print_diagnostics(Console& console, const util::Diagnostics& diagnostics);

// The one rule for a file named twice among the files a command reads
// together (`paths`: under any name or link, or one revision twice), in every
// command that takes several: refused as a wrong command line, since it would
// count, or be shown, twice. Throws Error(k_exit_usage) naming each later one
// ("./a.yaml: error: this is the same file as a.yaml, named twice; name each
// file once"). A folder (summary's, whose files are all read) follows the
// same rule: named twice, or with a file or folder inside it, it is refused.
// Standard input ('-') is refuse_standard_input_twice()'s.
void refuse_files_named_twice(const std::vector<std::string>& paths);

// Inputs with the same content (copies; a file named twice is refused before
// anything is read): one per later file, naming the earlier one ("this has
// the same content as a.yaml; " + `advice`). `texts` are the files' texts,
// in the order of `paths`.
util::Diagnostics find_repeated_inputs(const std::vector<std::string>& paths, const std::vector<std::string>& texts,
                                       util::Severity severity, std::string_view advice);

// Assessments loaded and scored together, for the commands that put several
// side by side. Each result owns its assessment and shares its framework.
struct ScoredAssessments {
  analysis::AssessmentResults inputs;  // in the order of the paths
};

// Loads and scores the files, which must share a framework (different areas
// are a warning); throws Error otherwise.
ScoredAssessments load_and_score(const std::vector<std::string>& paths, const model::FrameworkCatalog& catalog,
                                 Console& console);
// The same for files already loaded (and perhaps redacted).
ScoredAssessments score_together(std::vector<yaml::LoadedAssessment> loaded, Console& console);

}  // namespace coprod::cli
