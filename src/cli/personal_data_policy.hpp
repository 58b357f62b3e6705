#pragma once
// What a command that writes the files' text for others to read (report's
// pack, compare's sheets and files) does with likely personal data in it, the
// one policy both follow: each flag is named at its place and nothing is
// written (exit 1) unless told how, --redact to mask it or --include-flagged
// to keep it after checking it by hand (with a warning).

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/check_flags.hpp"
#include "cli/console.hpp"
#include "model/text_field.hpp"
#include "yaml/document.hpp"

namespace coprod::cli {

// How the one running the command said to treat flagged text.
struct PersonalDataChoice {
  bool redact = false;           // --redact
  bool include_flagged = false;  // --include-flagged
};

// What the refusal says of what was not written: "the inputs hold 1 likely
// piece of personal data{where}, so no {output} was written; remove it, mark
// it as reviewed, or use --redact to mask it, --include-flagged to keep it{other_way}".
struct RefusalWords {
  std::string_view output;     // "report", "comparison"
  std::string_view where;      // " in what a pack with --scores-only still shows", or ""
  std::string_view other_way;  // ", or --scores-only to leave all evidence out", or ""
};

// One input file read and checked for personal data: its tree, to load, and
// its free-text fields, to redact.
struct CheckedSource {
  yaml::Node document;
  std::vector<model::TextField> fields;
};

// Parses `text` (throws Error(k_exit_invalid_input) when it is not YAML) and
// adds to `flags` the likely personal data in the fields `shown` keeps: the
// ones the output prints.
CheckedSource read_checked_source(const std::string& source, std::string_view text,
                                  const std::function<bool(const model::TextField&)>& shown,
                                  std::vector<analysis::Flag>& flags);

// With flags and neither choice made: prints each flag and throws
// Error(k_exit_findings) saying so in `words`.
void refuse_personal_data(const std::vector<analysis::Flag>& flags, const PersonalDataChoice& choice,
                          const RefusalWords& words, Console& console);

// With --include-flagged and flags: "coprod: warning: the {output} includes 2
// flagged pieces of likely personal data (--include-flagged)".
void warn_of_included_personal_data(const std::vector<analysis::Flag>& flags, const PersonalDataChoice& choice,
                                    std::string_view output, Console& console);

// "2 pieces of likely personal data were masked." (empty for none).
std::string masked_words(int masked);

}  // namespace coprod::cli
