#pragma once
// Likely personal data in a file, as flags that point at the place and say
// how to mark it as reviewed (for `check` and `report`). Flags whose one
// reviewed mark goes on the same line are worded together: each names the one
// mark that covers them all ("# coprod: reviewed attribution phone"), and a
// line already marked for other rules keeps them in it.

#include <string>
#include <string_view>
#include <vector>

#include "analysis/check_flags.hpp"
#include "model/text_field.hpp"

namespace coprod::analysis {

// What flag_personal_data() looks for besides every personal data rule.
struct TextFlagOptions {
  bool owner_names = false;   // an action's owner written as a person's name ("owner-name"; analysis/owner_name)
  std::string_view left_out;  // a rule not to flag ("attribution": score words a named person its own way)
};

// Every likely piece of personal data not marked as reviewed in the free-text
// values (what reports publish): line by line, so each flag points at the very
// place, then in each value as read, where YAML joins wrapped lines (a phone
// number split over two lines is flagged at the start of the value).
std::vector<Flag> flag_personal_data(const std::string& source, const std::vector<model::TextField>& fields,
                                     const TextFlagOptions& options = {});

// The same in comments (committed and shared with the file, though reports
// leave them out). A comment holding "coprod: reviewed" (or "coprod: reviewed
// phone, email") is passed over.
std::vector<Flag> flag_personal_data_in_comments(const std::string& source,
                                                 const std::vector<model::TextLine>& comments);

// The same anywhere in a framework file (its wording and its comments); a
// line is passed over if it holds "# coprod: reviewed".
std::vector<Flag> flag_personal_data_in_framework(const std::string& source, std::string_view text);

}  // namespace coprod::analysis
