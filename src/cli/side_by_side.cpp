#include "cli/side_by_side.hpp"

#include <algorithm>

#include "cli/files.hpp"

namespace coprod::cli {

void warn_about_side_by_side(Console& console, const std::vector<std::string>& paths, const ScoredAssessments& scored,
                             analysis::SideBySide use) {
  // The files were read moments ago; reading them again keeps loading lean.
  // Standard input cannot be read twice: it counts as its own text.
  std::vector<std::string> texts;
  for (const auto& path : paths) {
    auto text = path == "-" ? util::Result<std::string>(std::string("-")) : read_input_file(path);
    texts.push_back(text ? std::move(*text) : "\n" + path);  // unreadable now: unlike any other
  }
  const auto repeats =
      find_repeated_inputs(paths, texts, util::Severity::warning, "it is counted twice, so name each file once");
  util::Diagnostics warnings = repeats;
  for (auto& warning : analysis::check_side_by_side(scored.inputs, use)) {
    const bool repeat = std::any_of(repeats.begin(), repeats.end(),
                                    [&](const util::Diagnostic& r) { return r.source == warning.source; });
    if (!repeat) warnings.push_back(std::move(warning));
  }
  print_diagnostics(console, warnings);
}

}  // namespace coprod::cli
