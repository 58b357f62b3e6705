#pragma once
// Whose view an assessment records. The guide asks for the tool to be
// completed separately by the organisation and by the co-production peer
// network; individuals may also score before a group agrees.

#include <optional>
#include <string>
#include <string_view>

namespace coprod::model {

enum class Perspective { organisation, peer_network, individual };

std::optional<Perspective> parse_perspective(std::string_view text);
// The perspective a slip most likely means: another spelling or form of the
// words ("organization", "peer network", "Co-production peer network") or a
// typing slip ("individal"); nullopt when nothing is close.
std::optional<Perspective> likely_perspective(std::string_view text);
// What to give instead of a perspective that is not known: "did you mean
// 'organisation'?", else (with `verb` "write") "write organisation,
// peer-network or individual".
std::string perspective_advice(std::string_view text, std::string_view verb = "write");
std::string_view perspective_id(Perspective perspective);     // "peer-network"
std::string_view perspective_title(Perspective perspective);  // "co-production peer network"
// Whose view, as people read it after "Whose view:": "the co-production peer
// network", "one person's own (an individual response)".
std::string_view whose_view(Perspective perspective);

inline constexpr std::string_view k_perspective_ids = "organisation, peer-network or individual";

}  // namespace coprod::model
