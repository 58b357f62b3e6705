#pragma once
// The gentle note on a remark that looks tied to a named person ("Mary
// said"), found by `check`'s attribution rule (analysis/personal_data.hpp).
// Worded once, here, for the scoring form (under a text box, its script
// given the wording with the page's data) and for `score --interactive` and
// --set-evidence (after the evidence is saved). A note, never a refusal.

#include <optional>
#include <string>
#include <string_view>

namespace coprod::render {

// The note with "{phrases}" and "{instead}" where the remarks found and what
// to write instead go.
inline constexpr std::string_view k_attribution_note_wording =
    "This may tie what was said to a named person ({phrases}). People speak more freely when what they say is not "
    "tied to their name: you could write \"{instead}\" instead.";
// The note on e-mail addresses, phone numbers, NHS numbers and postcodes
// (`check`'s other rules), with "{details}" where what was found goes: each
// kind as analysis::rule_description says it, then what was found, quoted
// ("an e-mail address (\"jo@example.com\") and a UK phone number (...)").
inline constexpr std::string_view k_contact_note_wording =
    "This looks like {details}. The file is shared with others, so leave out anything that could tell who someone is.";
// What to write instead: in a group's answers, or in one person's own.
inline constexpr std::string_view k_attribution_instead_group = "Some people in the group felt ...";
inline constexpr std::string_view k_attribution_instead_individual = "I have heard people say ...";

// The note for the remarks tied to a named person in `text`, each line read
// on its own as `check` reads it, each remark quoted once ("Mary said" and
// "Dr Patel told"); nothing when there are none. Plain text, not escaped.
// `individual`: the text is one person's own answer.
std::optional<std::string> attribution_note(std::string_view text, bool individual);

}  // namespace coprod::render
