#pragma once
// The keys of `score --interactive` as people type them when they do not
// know the keys yet: in capitals ("S", "Q", "N/A") or as the word the key
// stands for ("skip", "back", "quit", "stop", "help"). Taken only at the
// questions whose answers are a score, a date, a role or group ("Who
// completed this section?") or a key, never in free text (evidence,
// reflections), where a word is what someone wrote.

#include <string>
#include <string_view>

namespace coprod::cli {

// The key `typed` means: "s", "b", "q" or "?" for the key itself in any
// capitals or for its word; "n/a" for n/a in any capitals; "g 3" for
// "G 3"; anything else as it was typed. `typed` is trimmed already.
std::string typed_key(std::string_view typed);

// What the keys at a row (or a section, `scored`) do, in short, for the end of
// a message refusing what was typed there: "Keys: s skips this row, b goes back, ...".
std::string row_keys_in_short(std::string_view scored);

}  // namespace coprod::cli
