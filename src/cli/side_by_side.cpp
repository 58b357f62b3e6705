#include "cli/side_by_side.hpp"

#include <algorithm>
#include <optional>

#include <fmt/format.h>

#include "cli/error.hpp"
#include "cli/files.hpp"
#include "util/escape.hpp"

namespace coprod::cli {

namespace {

using Inputs = std::vector<const model::Assessment*>;

// The repeats left after taking out each later file that has the same text
// as another version of it (and is no copy of the same version): those two
// are what the user asked to compare, so a note says nothing changed between
// them, in place of "counted twice".
util::Diagnostics without_unchanged_versions(Console& console, const std::vector<std::string>& paths,
                                             const std::vector<std::string>& texts, const Inputs& inputs,
                                             util::Diagnostics repeats) {
  for (std::size_t later = 1; later < paths.size() && later < inputs.size() && later < texts.size(); ++later) {
    const model::Assessment& now = *inputs[later];
    std::optional<std::size_t> version;
    bool copy = false;
    for (std::size_t earlier = 0; earlier < later; ++earlier) {
      if (texts[earlier] != texts[later]) continue;
      const model::Assessment& before = *inputs[earlier];
      if (before.is_other_version_of(now)) version = version ? version : earlier;
      else copy = true;
    }
    if (!version || copy) continue;
    std::erase_if(repeats, [&](const util::Diagnostic& repeat) { return repeat.source == paths[later]; });
    console.err(util::terminal_text(fmt::format("coprod: note: {} is the same as {}: nothing changed between the {} "
                                                "and the {}",
                                                paths[later], paths[*version], inputs[*version]->origin, now.origin)) +
                "\n");
  }
  return repeats;
}

// What a file named twice does to the output, and what to do.
std::string_view repeat_advice(analysis::SideBySide use) {
  switch (use) {
    case analysis::SideBySide::web: return "it would be drawn twice, so name each file once";
    case analysis::SideBySide::report: return "it would be shown twice, so name each file once";
    default: return "it is counted twice, so name each file once";
  }
}

bool repeats_are_errors(analysis::SideBySide use) {
  return use == analysis::SideBySide::web || use == analysis::SideBySide::report;
}

std::vector<std::string> read_again(const std::vector<std::string>& paths) {
  // The files were read moments ago; reading them again keeps loading lean.
  // Standard input cannot be read twice: it counts as its own text.
  std::vector<std::string> texts;
  for (const auto& path : paths) {
    auto text = path == "-" ? util::Result<std::string>(std::string("-")) : read_input_file(path);
    texts.push_back(text ? std::move(*text) : "\n" + path);  // unreadable now: unlike any other
  }
  return texts;
}

}  // namespace

void check_side_by_side(Console& console, const std::vector<std::string>& paths, const Inputs& inputs,
                        analysis::SideBySide use, const std::vector<std::string>* texts) {
  const std::vector<std::string> read = texts ? std::vector<std::string>{} : read_again(paths);
  const std::vector<std::string>& given = texts ? *texts : read;
  auto repeats = find_repeated_inputs(
      paths, given, repeats_are_errors(use) ? util::Severity::error : util::Severity::warning, repeat_advice(use));
  if (use == analysis::SideBySide::compare || use == analysis::SideBySide::web)
    repeats = without_unchanged_versions(console, paths, given, inputs, repeats);
  util::Diagnostics problems = repeats;
  for (auto& problem : analysis::check_side_by_side(inputs, use)) {
    const bool repeat = std::any_of(repeats.begin(), repeats.end(),
                                    [&](const util::Diagnostic& r) { return r.source == problem.source; });
    if (!repeat) problems.push_back(std::move(problem));
  }
  util::Diagnostics errors;
  util::Diagnostics warnings;
  for (auto& problem : problems)
    (problem.severity == util::Severity::error ? errors : warnings).push_back(std::move(problem));
  print_diagnostics(console, warnings);
  if (!errors.empty()) throw Error(k_exit_usage, std::move(errors));
}

void check_side_by_side(Console& console, const std::vector<std::string>& paths, const ScoredAssessments& scored,
                        analysis::SideBySide use) {
  Inputs inputs;
  for (const auto& input : scored.inputs) inputs.push_back(input->assessment.get());
  check_side_by_side(console, paths, inputs, use);
}

}  // namespace coprod::cli
