#include "model/perspective.hpp"

namespace coprod::model {

std::optional<Perspective> parse_perspective(std::string_view text) {
  if (text == "organisation") return Perspective::organisation;
  if (text == "peer-network") return Perspective::peer_network;
  if (text == "individual") return Perspective::individual;
  return std::nullopt;
}

std::string_view perspective_id(Perspective perspective) {
  switch (perspective) {
    case Perspective::organisation: return "organisation";
    case Perspective::peer_network: return "peer-network";
    case Perspective::individual: return "individual";
  }
  return "";
}

std::string_view perspective_title(Perspective perspective) {
  switch (perspective) {
    case Perspective::organisation: return "organisation";
    case Perspective::peer_network: return "co-production peer network";
    case Perspective::individual: return "individual";
  }
  return "";
}

std::string_view whose_view(Perspective perspective) {
  switch (perspective) {
    case Perspective::organisation: return "the organisation";
    case Perspective::peer_network: return "the co-production peer network";
    case Perspective::individual: return "one person's own (an individual response)";
  }
  return "";
}

}  // namespace coprod::model
