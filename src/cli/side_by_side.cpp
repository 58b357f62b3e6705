#include "cli/side_by_side.hpp"

#include <algorithm>
#include <optional>

#include <fmt/format.h>

#include "cli/files.hpp"
#include "util/escape.hpp"

namespace coprod::cli {

namespace {

// The repeats left after taking out each later file that has the same text
// as another version of it (and is no copy of the same version): those two
// are what the user asked to compare, so a note says nothing changed between
// them, in place of "counted twice".
util::Diagnostics without_unchanged_versions(Console& console, const std::vector<std::string>& paths,
                                             const std::vector<std::string>& texts, const ScoredAssessments& scored,
                                             util::Diagnostics repeats) {
  const auto& inputs = scored.inputs;
  for (std::size_t later = 1; later < paths.size() && later < inputs.size() && later < texts.size(); ++later) {
    const model::Assessment& now = *inputs[later]->assessment;
    std::optional<std::size_t> version;
    bool copy = false;
    for (std::size_t earlier = 0; earlier < later; ++earlier) {
      if (texts[earlier] != texts[later]) continue;
      const model::Assessment& before = *inputs[earlier]->assessment;
      if (before.is_other_version_of(now)) version = version ? version : earlier;
      else copy = true;
    }
    if (!version || copy) continue;
    std::erase_if(repeats, [&](const util::Diagnostic& repeat) { return repeat.source == paths[later]; });
    console.err(util::terminal_text(fmt::format("coprod: note: {} is the same as {}: nothing changed between the {} "
                                                "and the {}",
                                                paths[later], paths[*version], inputs[*version]->assessment->origin,
                                                now.origin)) +
                "\n");
  }
  return repeats;
}

}  // namespace

void warn_about_side_by_side(Console& console, const std::vector<std::string>& paths, const ScoredAssessments& scored,
                             analysis::SideBySide use) {
  // The files were read moments ago; reading them again keeps loading lean.
  // Standard input cannot be read twice: it counts as its own text.
  std::vector<std::string> texts;
  for (const auto& path : paths) {
    auto text = path == "-" ? util::Result<std::string>(std::string("-")) : read_input_file(path);
    texts.push_back(text ? std::move(*text) : "\n" + path);  // unreadable now: unlike any other
  }
  auto repeats =
      find_repeated_inputs(paths, texts, util::Severity::warning, "it is counted twice, so name each file once");
  if (use == analysis::SideBySide::compare)
    repeats = without_unchanged_versions(console, paths, texts, scored, repeats);
  util::Diagnostics warnings = repeats;
  for (auto& warning : analysis::check_side_by_side(scored.inputs, use)) {
    const bool repeat = std::any_of(repeats.begin(), repeats.end(),
                                    [&](const util::Diagnostic& r) { return r.source == warning.source; });
    if (!repeat) warnings.push_back(std::move(warning));
  }
  print_diagnostics(console, warnings);
}

}  // namespace coprod::cli
