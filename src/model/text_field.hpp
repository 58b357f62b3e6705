#pragma once
// A free-text value of a coprod file (evidence, notes, reflections, who
// completed a section, a plan's actions) as it is written, with where it is,
// for checks that must point at a line and column, and whether people have
// marked it as reviewed.
//
// A value is marked reviewed by a comment on its first line:
//     evidence: Call the office on 01632 960123  # coprod: reviewed
//     evidence: |-  # coprod: reviewed
// (all rules), or "# coprod: reviewed phone, email" for some rules only.

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "util/diagnostic.hpp"

namespace coprod::model {

inline constexpr std::string_view k_reviewed_marker = "# coprod: reviewed";

// A line of a file, or the part of it that matters.
struct TextLine {
  int line = 0;    // 1-based
  int column = 0;  // 1-based column where `text` starts
  std::string text;
};

struct TextField {
  std::string path;                   // "sections.commitment.rows.strategy.evidence", "actions.0.what", "area"
  std::string value;                  // as read, YAML's line folding applied
  util::Position position;            // where the value starts
  std::vector<TextLine> lines;        // the raw lines the value is written on, comments left out
  std::vector<std::string> reviewed;  // rule ids marked reviewed; "*" for every rule
  int marker_line = 0;  // where a reviewed marker goes: a block scalar's first line, else the value's last line
  // A comment that cuts a value written without quotes short, as YAML reads it: its '#' after one space, as
  // in "Agreed at meeting #3 with the board", where people mean it as text; line 0 for none.
  TextLine cut_off;

  bool is_reviewed(std::string_view rule) const {
    return std::any_of(reviewed.begin(), reviewed.end(),
                       [rule](const std::string& r) { return r == "*" || r == rule; });
  }
};

}  // namespace coprod::model
