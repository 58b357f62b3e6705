#include "cli/editable_assessment.hpp"

#include <algorithm>
#include <utility>

#include <fmt/format.h>

#include "analysis/reference_suggestions.hpp"
#include "cli/error.hpp"
#include "cli/files.hpp"
#include "cli/folder_lock.hpp"
#include "cli/output_file.hpp"
#include "util/shell_word.hpp"
#include "util/text.hpp"
#include "yaml/reader.hpp"

namespace coprod::cli {

namespace {

yaml::Node parse_or_throw(const std::string& text, const std::string& path) {
  auto tree = yaml::parse_document(text, path);
  if (!tree) throw Error(k_exit_invalid_input, tree.problems());
  return std::move(*tree);
}

// Why the changed text is refused: its problems, at their places in the
// file as it is (the changed text may have more lines or fewer); for a file
// that had errors, then why nothing was saved.
util::Diagnostics refused_changes(const std::string& path, const yaml::EditedText& changed, util::Diagnostics problems,
                                  bool had_errors) {
  for (auto& problem : problems) problem.position.line = yaml::line_before_edits(changed, problem.position.line);
  if (had_errors) {
    problems.push_back({util::Severity::error,
                        path,
                        {0, 0},
                        "the file has the problems above, which these changes do not put right, so it was not "
                        "changed; put them right in the file, or set those values too in the same command"});
  }
  return problems;
}

std::string read_or_throw(const std::string& path) {
  if (path == "-" || (!file_exists(path) && path.find(':') != std::string::npos)) {
    throw Error(k_exit_usage,
                fmt::format("{} cannot be edited: name a file (not standard input or a git revision)", path));
  }
  auto text = read_input_file(path);
  if (!text) throw Error(k_exit_invalid_input, text.problems());
  refuse_read_only_edit(path);
  return std::move(*text);
}

const model::RowResponse* find_row(const model::Assessment& assessment, const yaml::RowEdit& edit) {
  const auto* section = assessment.find_section(edit.section_id);
  return section ? section->find_row(edit.row_id) : nullptr;
}

std::string score_of(const model::RowResponse* row) { return row ? row->score.to_string() : ""; }
std::string evidence_of(const model::RowResponse* row) { return row && row->evidence ? *row->evidence : ""; }

// What someone else changed in the fields `edit` sets, between `before` and
// `now`, in words ("score 3"); empty when they changed none of them.
std::string changed_by_others(const model::Assessment& before, const model::Assessment& now,
                              const yaml::RowEdit& edit) {
  const auto* old_row = find_row(before, edit);
  const auto* new_row = find_row(now, edit);
  std::vector<std::string> changes;
  if (edit.score && score_of(old_row) != score_of(new_row)) {
    changes.push_back(score_of(new_row).empty() ? "no score" : "score " + score_of(new_row));
  }
  if (edit.evidence && evidence_of(old_row) != evidence_of(new_row)) {
    changes.push_back(evidence_of(new_row).empty() ? "no evidence" : "new evidence");
  }
  return util::join(changes, " and ");
}

// The text of the value at `path` (keys from the root), "" when there is none.
std::string value_at(const yaml::Node& root, const std::vector<std::string>& path) {
  const yaml::Node* node = root.find_path(path);
  return node && node->is_scalar() ? node->text : "";
}

// What an unknown name's message says after it: the names it may mean,
// "did you mean 'impact.trust'?" (several named alike when none is likelier,
// "did you mean 'a' or 'b'?"), else how names are written.
std::string suggestion_hint(analysis::ReferenceSuggestions likely, const std::string& framework_id) {
  constexpr std::size_t k_listed = 3;
  auto& names = likely.references;
  if (names.empty()) return fmt::format("rows are written section.row; run 'coprod frameworks {}'", framework_id);
  const std::size_t more = names.size() > k_listed ? names.size() - k_listed : 0;
  names.resize(std::min(names.size(), k_listed));
  for (auto& name : names) name = "'" + name + "'";
  if (likely.section_left_out && names.size() > 1) {
    return fmt::format("write it with its section, such as {}{}", util::join_in_words(names, "or"),
                       more > 0 ? fmt::format(" ({} more)", more) : "");
  }
  if (more > 0) {
    return fmt::format("did you mean {} or one of {} more? run 'coprod frameworks {}' to see them all",
                       util::join(names, ", "), more, framework_id);
  }
  return fmt::format("did you mean {}?", util::join_in_words(names, "or"));
}

}  // namespace

EditableAssessment::EditableAssessment(std::string path, const model::FrameworkCatalog& catalog, Console& console)
    : m_path(std::move(path)),
      m_catalog(catalog),
      m_console(console),
      m_text(read_or_throw(m_path)),
      m_tree(parse_or_throw(m_text, m_path)) {
  auto loaded = yaml::load_assessment(m_tree, m_path, m_catalog);
  if (loaded) {
    m_framework = loaded->framework;
    m_loaded = std::move(*loaded);
    return;
  }
  m_problems = loaded.problems();
  m_framework = yaml::assessment_framework(m_tree, m_catalog);
  if (!m_framework) throw Error(k_exit_invalid_input, m_problems);
}

std::optional<std::string> EditableAssessment::cannot_change(const std::string& section_id,
                                                             const std::string& row_id) const {
  const auto why = yaml::row_not_editable(m_tree, m_path, section_id, row_id);
  return why ? std::optional(why->message) : std::nullopt;
}

std::optional<EditConflict> EditableAssessment::catch_up(const std::vector<yaml::RowEdit>& edits,
                                                         const std::vector<yaml::ValueChange>& more) {
  std::string current = read_or_throw(m_path);
  if (current == m_text) return std::nullopt;
  if (!m_loaded) {  // it had errors: there is no earlier assessment to compare theirs with
    throw Error(k_exit_not_written,
                fmt::format("{} was changed by someone else since coprod read it, so nothing was saved; look at it, "
                            "then make your change again if it is still needed",
                            m_path));
  }
  auto tree = yaml::parse_document(current, m_path);
  auto loaded =
      tree ? yaml::load_assessment(*tree, m_path, m_catalog) : util::Result<yaml::LoadedAssessment>(tree.problems());
  if (!loaded || loaded->framework != m_framework) {
    throw Error(
        k_exit_not_written,
        fmt::format("{} was changed by someone else since coprod read it, and is now {}, so nothing was saved; run "
                    "'coprod check {}', put the file right, then make your change again",
                    m_path, loaded ? "for another framework" : "not a valid assessment", util::shell_word(m_path)));
  }
  const yaml::LoadedAssessment before = *std::exchange(m_loaded, std::move(*loaded));
  const yaml::Node old_tree = std::exchange(m_tree, std::move(*tree));
  m_text = std::move(current);
  for (const auto& edit : edits) {
    const std::string changes = changed_by_others(before.assessment, m_loaded->assessment, edit);
    if (!changes.empty()) return EditConflict{edit.section_id + "." + edit.row_id, changes};
  }
  for (const auto& change : more) {
    const std::string old_value = value_at(old_tree, change.path);
    const std::string new_value = value_at(m_tree, change.path);
    if (old_value != new_value) {
      return EditConflict{util::join(change.path, "."), new_value.empty() ? "no value" : "'" + new_value + "'"};
    }
  }
  m_console.err(
      fmt::format("{} was changed by someone else meanwhile; their changes are kept and yours are made on top "
                  "of them\n",
                  m_path));
  return std::nullopt;
}

std::optional<NotSaved> EditableAssessment::apply(const std::vector<yaml::RowEdit>& edits,
                                                  const std::vector<yaml::ValueChange>& more) {
  const FolderLock lock(resolved_output_path(m_path));
  if (auto conflict = catch_up(edits, more)) return NotSaved{conflict, {}};
  auto changed = yaml::apply_row_edits(m_text, m_tree, m_path, edits, more);
  if (!changed) return NotSaved{std::nullopt, changed.problems()};
  if (auto too_large = edited_size_problem(m_path, changed->text.size()))
    return NotSaved{std::nullopt, {std::move(*too_large)}};
  auto reloaded = yaml::load_assessment(changed->root, m_path, m_catalog);
  if (!reloaded) {
    throw Error(k_exit_invalid_input, refused_changes(m_path, *changed, reloaded.problems(), !m_loaded.has_value()));
  }
  write_output_file(m_console, m_path, changed->text, true);
  m_text = std::move(changed->text);
  m_tree = std::move(changed->root);
  m_loaded = std::move(*reloaded);
  m_problems.clear();
  return std::nullopt;
}

std::pair<std::string, std::string> parse_row_reference(const std::string& reference,
                                                        const model::Framework& framework) {
  std::vector<std::string> known;
  for (const auto& section : framework.sections) {
    for (const auto& row : section.rows) known.push_back(section.id + "." + row.id);
  }
  const auto dot = reference.find('.');
  if (dot != std::string::npos) {
    const auto* section = framework.find_section(reference.substr(0, dot));
    if (section && section->find_row(reference.substr(dot + 1))) return {section->id, reference.substr(dot + 1)};
  }
  throw_unknown_reference(reference, framework, known, "row");
}

void throw_unknown_reference(const std::string& reference, const model::Framework& framework,
                             const std::vector<std::string>& known, std::string_view what) {
  throw Error(k_exit_usage,
              fmt::format("'{}' is not a {} of the framework '{}'; {}", reference, what, framework.id,
                          suggestion_hint(analysis::suggest_references(reference, framework, known), framework.id)));
}

}  // namespace coprod::cli
