#include "render/completed_by_example.hpp"

namespace coprod::render {

namespace {

// The organisation's own file is never the peer network's meeting, even in
// a guide that speaks of one: the guide has the two complete it separately.
bool speaks_of_peer_network(const model::Framework& framework, const std::optional<model::Perspective>& perspective) {
  if (perspective == model::Perspective::organisation) return false;
  return perspective == model::Perspective::peer_network || framework.text_uses("peer network");
}

}  // namespace

std::string_view completed_by_example(const model::Framework& framework,
                                      const std::optional<model::Perspective>& perspective) {
  return speaks_of_peer_network(framework, perspective) ? "Peer network meeting, 8 members" : "Team meeting, 6 people";
}

std::string_view completed_by_group(const model::Framework& framework,
                                    const std::optional<model::Perspective>& perspective) {
  return speaks_of_peer_network(framework, perspective) ? "peer network meeting" : "team meeting";
}

}  // namespace coprod::render
