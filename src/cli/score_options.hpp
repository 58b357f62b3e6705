#pragma once
// The options of `coprod score`, shared by its report and its editing modes.

#include <string>
#include <string_view>
#include <vector>

#include "model/assessment.hpp"
#include "util/diagnostic.hpp"

namespace coprod::cli {

struct ScoreOptions {
  std::vector<std::string> files;
  std::vector<std::string> frameworks;
  std::string format = "text";
  std::string output = "-";
  bool strict = false;
  bool sections_only = false;
  bool evidence = false;
  std::size_t width = 0;  // as given with --width; 0: not given (see report_width(); --interactive: terminal_width())
  bool force = false;
  unsigned jobs = 0;
  // Editing one file:
  std::vector<std::string> set;           // "section.row=score"
  std::vector<std::string> set_evidence;  // "section.row=text"
  std::vector<std::string> add_evidence;  // "section.row=text": a line after the row's evidence
  bool interactive = false;
  bool from_start = false;  // --interactive from row 1, not the first row to do
  bool ask_seen = false;    // --interactive asks every row's "seen locally" tick boxes
};

class Console;
class EditableAssessment;

// A warning for each of the `changed` sections of `file` (as saved) whose last
// completed date is before the file's period began, at that date in the file,
// ending with `how_to_update`: the date is the user's to give, never written
// for them.
util::Diagnostics completion_date_warnings(const EditableAssessment& file, const std::vector<std::string>& changed,
                                           std::string_view how_to_update);

// A warning for each of the `dated` sections of `file` (as saved) that --set
// gave a last completed date in or after the file's period where `before` (the
// file's sections before the change) had one before it began, while its notes
// or completed_by stayed word for word (analysis/words_kept.hpp): what they
// still say and how to change them, at the date in the file. None for a
// section in `texts_set`, whose notes the same --set changed.
util::Diagnostics words_kept_warnings(const EditableAssessment& file, const std::vector<model::SectionResponse>& before,
                                      const std::vector<std::string>& dated, const std::vector<std::string>& texts_set);

// score --set: change rows from a script.
int run_set(const ScoreOptions& options, Console& console);
// score --interactive: walk a facilitator through every row (score_interactive.cpp).
int run_interactive(const ScoreOptions& options, Console& console);

}  // namespace coprod::cli
