#pragma once
// For a row combined from several people's responses (coprod combine): how
// many of the people who answered "I see this locally" for its early
// indicator or its warning sign said yes, written "1 of 3" in a file.

#include <optional>
#include <string>
#include <string_view>

namespace coprod::model {

struct SeenCount {
  int yes = 0;       // said they see it
  int answered = 0;  // said yes or no
  bool operator==(const SeenCount&) const = default;
};

// "1 of 3".
std::string seen_count_text(SeenCount count);

// The combined answer a count gives (coprod combine's rule). An early
// indicator is seen when more than half of those who answered see it: one
// person's progress is not the group's. A warning sign is seen when anyone
// sees it: the guide's warning signs are there to be watched for and given
// attention, not outvoted. A count that disagrees with its row's answer (the
// answer edited since) is not shown.
bool indicator_seen_by_most(SeenCount count);
bool warning_seen_by_anyone(SeenCount count);

// "1 of 3" read back; nullopt unless it is two whole numbers, the first at
// most the second, and the second at least 1.
std::optional<SeenCount> parse_seen_count(std::string_view text);

}  // namespace coprod::model
