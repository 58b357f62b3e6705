#include "model/perspective.hpp"

#include <fmt/format.h>

#include "util/text.hpp"

namespace coprod::model {

namespace {

// Lower case, words joined by hyphens, without "the" or "co-production" in front.
std::string plain_form(std::string_view text) {
  std::string form;
  for (const char c : text) {
    if (c == ' ' || c == '_' || c == '-') {
      if (!form.empty() && form.back() != '-') form += '-';
    } else {
      form += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
  }
  while (!form.empty() && form.back() == '-') form.pop_back();
  for (const std::string_view start : {"the-", "co-production-", "coproduction-"}) {
    if (form.starts_with(start)) form.erase(0, start.size());
  }
  if (const auto z = form.find("organiz"); z != std::string::npos) form[z + 6] = 's';  // US spelling
  return form;
}

}  // namespace

std::optional<Perspective> parse_perspective(std::string_view text) {
  if (text == "organisation") return Perspective::organisation;
  if (text == "peer-network") return Perspective::peer_network;
  if (text == "individual") return Perspective::individual;
  return std::nullopt;
}

std::optional<Perspective> likely_perspective(std::string_view text) {
  const std::string form = plain_form(text);
  if (auto perspective = parse_perspective(form)) return perspective;
  const auto closest = util::closest_match(form, {"organisation", "peer-network", "individual"});
  return closest ? parse_perspective(*closest) : std::nullopt;
}

std::string perspective_advice(std::string_view text, std::string_view verb) {
  if (const auto likely = likely_perspective(text)) return fmt::format("did you mean '{}'?", perspective_id(*likely));
  return fmt::format("{} {}", verb, k_perspective_ids);
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
