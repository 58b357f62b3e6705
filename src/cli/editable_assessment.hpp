#pragma once
// One assessment file open for editing: each change is made in the file's
// text (see yaml/assessment_editor.hpp), checked by parsing and loading the
// result, and saved at once, atomically. The file is parsed once when opened
// and once after each change.

#include <string>
#include <vector>

#include "cli/console.hpp"
#include "model/framework_catalog.hpp"
#include "yaml/assessment_editor.hpp"
#include "yaml/assessment_loader.hpp"

namespace coprod::cli {

class EditableAssessment {
 public:
  // Throws Error if the file cannot be read or is not a valid assessment.
  EditableAssessment(std::string path, const model::FrameworkCatalog& catalog, Console& console);

  const yaml::LoadedAssessment& loaded() const { return m_loaded; }
  const model::Framework& framework() const { return *m_loaded.framework; }
  const std::string& path() const { return m_path; }

  // Makes the changes and saves the file once. Throws Error when any of them
  // cannot be made; the file is then unchanged (all or nothing).
  // `more` changes other values (section notes, reflections...; see
  // yaml/assessment_fields.hpp) in the same write.
  void apply(const std::vector<yaml::RowEdit>& edits, const std::vector<yaml::ValueChange>& more = {});

 private:
  std::string m_path;
  const model::FrameworkCatalog& m_catalog;
  Console& m_console;
  std::string m_text;
  yaml::Node m_tree;
  yaml::LoadedAssessment m_loaded;
};

// "commitment.strategy" -> the framework's section and row, or Error(usage)
// naming the closest ids.
std::pair<std::string, std::string> parse_row_reference(const std::string& reference, const model::Framework& framework);

}  // namespace coprod::cli
