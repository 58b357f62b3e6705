#include "cli/assessment_input.hpp"

#include <fmt/format.h>

#include "cli/files.hpp"
#include "cli/git_history.hpp"
#include "cli/git_repository.hpp"
#include "util/escape.hpp"
#include "yaml/assessment_loader.hpp"

namespace coprod::cli {

namespace {

// The earlier period's file standing in for "REVISION:path", when `path` is
// an assessment in the work tree that is not in REVISION; nullopt otherwise.
std::optional<util::Result<AssessmentInput>> earlier_period_input(const std::string& path,
                                                                  const model::FrameworkCatalog& catalog,
                                                                  Console& console) {
  const auto parts = split_revision_path(path);
  if (!parts || file_exists(path) || !file_exists(parts->second)) return std::nullopt;
  const auto& [revision, work_tree_path] = *parts;
  auto repository = GitRepository::discover_for_file(work_tree_path);
  if (!repository) return std::nullopt;
  auto commit = resolve_commit(*repository, revision);
  const auto inside = path_in_repository(*repository, work_tree_path);
  if (!commit || !inside) return std::nullopt;
  const auto same_file = repository->look_up(*commit + ":" + *inside);
  if (!same_file || *same_file) return std::nullopt;  // there, so its own problem stands
  auto now_text = read_input_file(work_tree_path);
  if (!now_text) return std::nullopt;
  auto now = yaml::load_assessment(*now_text, work_tree_path, catalog);
  if (!now) return std::nullopt;
  auto earlier = earlier_version(*repository, *commit, *inside, now->assessment, catalog);
  if (!earlier) return util::Result<AssessmentInput>(earlier.problems());
  if (!*earlier || (*earlier)->path == *inside) return std::nullopt;
  const std::string source = revision + ":" + (*earlier)->path;
  auto text = read_file_at(*repository, *commit, (*earlier)->path, source, k_max_input_bytes);
  if (!text) return util::Result<AssessmentInput>(text.problems());
  if (!*text) return std::nullopt;
  const bool renamed = (*earlier)->relation == PeriodVersion::Relation::earlier_name;
  if (renamed) {
    console.err(util::terminal_text(fmt::format("coprod: note: {} is not in the repository at {} under this name; "
                                                "reading it under the name it had there, as git recorded the rename "
                                                "and 'coprod history' follows it: {}",
                                                work_tree_path, revision, source)) +
                "\n");
  } else {
    console.err(
        util::terminal_text(fmt::format("coprod: note: {} is not in the repository at {}; reading the earlier "
                                        "period's file for {}, {} from {} instead, "
                                        "as 'coprod history' does: {}",
                                        work_tree_path, revision, now->assessment.area,
                                        model::perspective_title(now->assessment.perspective), revision, source)) +
        "\n");
  }
  // Under an earlier name it is still one file: its versions are told apart, not taken for copies.
  CommittedVersion committed{revision, *commit, repository->workdir(),
                             repository->workdir() + "/" + (renamed ? *inside : (*earlier)->path)};
  return util::Result<AssessmentInput>(AssessmentInput{source, std::move(**text), std::move(committed)});
}

}  // namespace

util::Result<AssessmentInput> read_assessment_input(const std::string& path, const model::FrameworkCatalog& catalog,
                                                    Console& console) {
  auto text = read_input(path);
  if (text) return AssessmentInput{path, std::move(text->text), std::move(text->committed)};
  if (auto earlier = earlier_period_input(path, catalog, console)) return std::move(*earlier);
  return text.problems();
}

}  // namespace coprod::cli
