#include "cli/editable_assessment.hpp"

#include <fmt/format.h>

#include "cli/error.hpp"
#include "cli/files.hpp"
#include "util/text.hpp"
#include "yaml/loaded_from_tree.hpp"

namespace coprod::cli {

namespace {

yaml::Node parse_or_throw(const std::string& text, const std::string& path) {
  auto tree = yaml::parse_document(text, path);
  if (!tree) throw Error(k_exit_invalid_input, tree.problems());
  return std::move(*tree);
}

yaml::LoadedAssessment load_or_throw(const yaml::Node& tree, const std::string& path, const model::FrameworkCatalog& catalog) {
  auto loaded = yaml::load_assessment(tree, path, catalog);
  if (!loaded) throw Error(k_exit_invalid_input, loaded.problems());
  return std::move(*loaded);
}

std::string read_or_throw(const std::string& path) {
  if (path == "-" || (!file_exists(path) && path.find(':') != std::string::npos)) {
    throw Error(k_exit_usage, fmt::format("{} cannot be edited: name a file (not standard input or a git revision)", path));
  }
  auto text = read_input_file(path);
  if (!text) throw Error(k_exit_invalid_input, text.problems());
  return std::move(*text);
}

}  // namespace

EditableAssessment::EditableAssessment(std::string path, const model::FrameworkCatalog& catalog, Console& console)
    : m_path(std::move(path)), m_catalog(catalog), m_console(console), m_text(read_or_throw(m_path)),
      m_tree(parse_or_throw(m_text, m_path)), m_loaded(load_or_throw(m_tree, m_path, m_catalog)) {}

void EditableAssessment::apply(const std::vector<yaml::RowEdit>& edits, const std::vector<yaml::ValueChange>& more) {
  auto changed = yaml::apply_row_edits(m_text, m_tree, m_path, edits, more);
  if (!changed) throw Error(k_exit_invalid_input, changed.problems());
  yaml::LoadedAssessment reloaded = load_or_throw(changed->root, m_path, m_catalog);
  write_output_file(m_console, m_path, changed->text, true);
  m_text = std::move(changed->text);
  m_tree = std::move(changed->root);
  m_loaded = std::move(reloaded);
}

std::pair<std::string, std::string> parse_row_reference(const std::string& reference, const model::Framework& framework) {
  std::vector<std::string> known;
  for (const auto& section : framework.sections) {
    for (const auto& row : section.rows) known.push_back(section.id + "." + row.id);
  }
  const auto dot = reference.find('.');
  if (dot != std::string::npos) {
    const auto* section = framework.find_section(reference.substr(0, dot));
    if (section && section->find_row(reference.substr(dot + 1))) return {section->id, reference.substr(dot + 1)};
  }
  const auto suggestion = util::closest_match(reference, known);
  throw Error(k_exit_usage, fmt::format("'{}' is not a row of the framework '{}'; {}", reference, framework.id,
                                        suggestion ? fmt::format("did you mean '{}'?", *suggestion)
                                                   : fmt::format("rows are written section.row; run 'coprod frameworks {}'", framework.id)));
}

}  // namespace coprod::cli
