#pragma once
// Rule ids in a "coprod: reviewed phone, email" marker that no rule has
// ("phoen"): such a marker silences nothing for that word, so `check` warns
// at the word and names the nearest rule.

#include <string>
#include <string_view>
#include <vector>

#include "model/text_field.hpp"
#include "util/diagnostic.hpp"

namespace coprod::analysis {

// A rule id written after "coprod: reviewed", and where it starts in its line.
struct ReviewedRuleWord {
  std::string_view word;
  std::size_t offset;
};

// The rule ids after "coprod: reviewed" in `line`, parted by spaces, tabs or
// commas ("phone,email" as "phone, email"); none when the line has no marker
// or its marker names none (which marks every rule).
std::vector<ReviewedRuleWord> reviewed_rule_words(std::string_view line);

// The rule ids a marker takes ("email", ..., "attribution", "owner-name"), in
// the order `check --fail-on` lists them.
std::vector<std::string> reviewed_marker_rules();

// The rules of the one marker that covers every rule of `flagged` on a line
// already marked for `marked`, as they go after "coprod: reviewed": the rules
// of `marked` first, as written (words no rule has left out), then each of
// `flagged` not among them, in order: {"nhs-number"} and {"attribution",
// "phone", "attribution"} give "nhs-number attribution phone".
std::string combined_marker_rules(const std::vector<std::string>& marked, const std::vector<std::string>& flagged);

// Whether `line` has "coprod: reviewed" naming `rule`, or naming no rule.
bool line_marks_reviewed(std::string_view line, std::string_view rule);

// A warning at each unknown rule id after "coprod: reviewed" in `lines`
// (comments, or a framework file's lines), in the order written.
util::Diagnostics unknown_reviewed_rules(const std::string& source, const std::vector<model::TextLine>& lines);

}  // namespace coprod::analysis
