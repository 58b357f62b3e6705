#pragma once
// Changing an assessment file in place (see tree_edit.hpp): the rows that
// `score` edits, and the next period's file that `init --from` makes.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/period.hpp"
#include "util/result.hpp"
#include "yaml/tree_edit.hpp"

namespace coprod::yaml {

struct RowEdit {
  std::string section_id;
  std::string row_id;
  std::optional<std::string> score;     // as written in a file ("4", "2.5", "n/a"); "" clears it
  std::optional<std::string> evidence;  // "" clears it
};

// The file's text with the edits made, and its tree. A new score also
// removes the row's `spread:` (the range of people's scores, written by
// 'coprod combine') and its section's, which no longer describe it; the
// score a row already has is left as it is, spreads and all. Scores must
// already be valid; the caller loads the result to check it. Fails where
// row_not_editable() does. `more` are changes to other values (see
// assessment_fields.hpp), made in the same write; a new answer to whether a
// row's early indicator or warning sign is seen removes the count of people
// who see that sign (`seen_by`, written by 'coprod combine'), the other
// sign's kept, and `seen_by` when neither is left. A new score or evidence
// keeps `seen_by`: it counts answers to other questions.
util::Result<EditedText> apply_row_edits(std::string_view text, const Node& root, const std::string& source,
                                         const std::vector<RowEdit>& edits, const std::vector<ValueChange>& more = {});

// Why the row's values cannot be changed in place (it is missing from the
// file, or written on one line), naming the place; nullopt when they can.
std::optional<util::Diagnostic> row_not_editable(const Node& root, const std::string& source,
                                                 const std::string& section_id, const std::string& row_id);

// The next period's assessment, made from the previous period's file: the same
// text with the new period and empty reflections, so that in version control
// the diff between the two files shows only what people then change. What
// 'coprod combine' derived from several people's files (`combined_from:` and
// each section's and row's `spread:`) is not carried: it described the old
// scores.
// Fails, saying why at which place of `source`, if the file's layout cannot
// be edited in place (for example reflections written on one line); callers
// then write a fresh file.
// `schema`: where the first line's "# yaml-language-server: $schema=..."
// points; nullopt keeps the line as it is, "" removes it.
util::Result<std::string> carry_forward(std::string_view previous_text, const Node& previous, const std::string& source,
                                        const model::Period& next_period,
                                        const std::optional<std::string>& schema = std::nullopt);

// Where a file's first line "# yaml-language-server: $schema=..." points,
// if it has one (editors use it to check the file as it is typed).
std::optional<std::string> schema_location_of(std::string_view text, const Node& root);

}  // namespace coprod::yaml
