#pragma once
// One assessment file open for editing: each change is made in the file's
// text (see yaml/assessment_editor.hpp), checked by parsing and loading the
// result, and saved at once, atomically. The file is parsed once when opened
// and once after each change.
//
// Someone else (another coprod, an editor) may save the file between coprod
// reading it and saving it. So each save takes a lock on the folder (see
// folder_lock.hpp: other coprods wait), reads the file again, and if it has
// changed, makes the change on top of the new content, unless the other
// person changed the very fields being set: then nothing is saved and the
// caller is told why. No change is ever lost without a word.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/console.hpp"
#include "model/framework_catalog.hpp"
#include "yaml/assessment_editor.hpp"
#include "yaml/assessment_loader.hpp"

namespace coprod::cli {

// A field being set that someone else changed since coprod read the file.
struct EditConflict {
  std::string row;      // "commitment.strategy"
  std::string now_has;  // "score 3", "new evidence", "no score and new evidence"
};

// Why changes were not saved: someone else changed one of the same fields
// meanwhile (`conflict`), or the changes cannot be made in the file as it is
// (`refused`: a row written on one line, a file that would grow past what
// coprod reads...).
struct NotSaved {
  std::optional<EditConflict> conflict;
  util::Diagnostics refused;
};

class EditableAssessment {
 public:
  // Throws Error if the file cannot be read or parsed, or names no framework
  // that `catalog` has. A file whose values have errors (a score off the
  // scale, say) opens too: problems() lists them, and apply() saves only
  // changes that put every one of them right.
  EditableAssessment(std::string path, const model::FrameworkCatalog& catalog, Console& console);

  // The errors (and warnings) the file has as it is; empty when it is valid.
  const util::Diagnostics& problems() const { return m_problems; }
  // The file as loaded; only when problems() is empty.
  const yaml::LoadedAssessment& loaded() const { return *m_loaded; }
  const model::Framework& framework() const { return *m_framework; }
  // The file's parsed text, for where its values are.
  const yaml::Node& tree() const { return m_tree; }
  const std::string& text() const { return m_text; }
  const std::string& path() const { return m_path; }
  // Why the row cannot be changed in this file (it is written on one line,
  // or missing), or nullopt when it can.
  std::optional<std::string> cannot_change(const std::string& section_id, const std::string& row_id) const;

  // Makes the changes and saves the file once, all or nothing. `more`
  // changes other values (section notes, reflections...; see
  // yaml/assessment_fields.hpp) in the same write. Returns nullopt when
  // saved, or why nothing was saved; after a conflict, loaded() shows the
  // file as the other person left it. Throws Error when the file can no
  // longer be read or is no longer valid, and when it had errors that the
  // changes leave (listing them).
  [[nodiscard]] std::optional<NotSaved> apply(const std::vector<yaml::RowEdit>& edits,
                                              const std::vector<yaml::ValueChange>& more = {});

 private:
  // Reads the file again; if someone else changed it, takes up their version.
  // Returns the first field being set that they changed too.
  std::optional<EditConflict> catch_up(const std::vector<yaml::RowEdit>& edits,
                                       const std::vector<yaml::ValueChange>& more);

  std::string m_path;
  model::FrameworkCatalog m_catalog;  // a copy, which is cheap: the frameworks are shared
  Console& m_console;
  std::string m_text;
  yaml::Node m_tree;
  std::optional<yaml::LoadedAssessment> m_loaded;  // nullopt when the file has errors
  util::Diagnostics m_problems;
  std::shared_ptr<const model::Framework> m_framework;
};

// Error(usage) for a name that is none of `known` (what --set takes: "row" or
// "row or field"), suggesting the names it may mean.
[[noreturn]] void throw_unknown_reference(const std::string& reference, const model::Framework& framework,
                                          const std::vector<std::string>& known, std::string_view what);

// "commitment.strategy" -> the framework's section and row, or Error(usage)
// naming the closest ids.
std::pair<std::string, std::string> parse_row_reference(const std::string& reference,
                                                        const model::Framework& framework);

}  // namespace coprod::cli
