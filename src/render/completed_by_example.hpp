#pragma once
// The example of a group that completed a section, given where "Completed
// by" is asked (the form's hint, score --interactive's questions): a peer
// network's meeting where the file is the peer network's, or is no one's yet
// and the framework's guide speaks of a peer network; else (the
// organisation's own file, or a shorter guide's that never names a network)
// a meeting anyone might hold.

#include <optional>
#include <string_view>

#include "model/framework.hpp"
#include "model/perspective.hpp"

namespace coprod::render {

// "Peer network meeting, 8 members" or "Team meeting, 6 people": the form's hint.
std::string_view completed_by_example(const model::Framework& framework,
                                      const std::optional<model::Perspective>& perspective);

// "peer network meeting" or "team meeting": the example in a sentence.
std::string_view completed_by_group(const model::Framework& framework,
                                    const std::optional<model::Perspective>& perspective);

}  // namespace coprod::render
