#pragma once
// Internal to the owner-name rule (owner_name.cpp): what a capitalised word in
// an action's owner may be. Owners are mostly roles, teams, organisations and
// places ("Commissioning team, North Yorkshire"), so besides the words that
// name a role the rule knows first names, organisation words and places.
// Each list is lower case and sorted; a word is looked up in lower case.

#include <cstddef>
#include <span>
#include <string_view>

namespace coprod::analysis::detail {

// A common first name ("Mary", "Priya", "Oluwaseun"), including those that
// are everyday words too ("May", "Will", "Grace"); exactly as listed, never a
// plural ("Williams" is not "William").
bool is_given_name(std::string_view word);

// The first names is_given_name() knows, lower case and sorted.
std::span<const std::string_view> given_names();

// A word that names a role, a team or a department ("Lead", "Commissioning",
// "Care", "Programme"), plurals included ("Coordinators").
bool is_role_word(std::string_view word);

// A word that ends an organisation's name ("Council", "Trust", "Hospitals",
// "Partnership"): the capitalised words before it are the organisation's
// name, not a person's ("Leeds Teaching Hospitals").
bool is_organisation_word(std::string_view word);

// A word that ends a job's title and names the one who holds it ("Lead",
// "Manager", "Worker", "Navigator"), exactly as listed, never a plural.
bool is_job_holder_word(std::string_view word);

// Whether a word names a place, or is part of a place's name:
enum class PlaceWord {
  no,
  always,  // never a surname: "County", "Borough", "Valley", "Street", "Greater", "Yorkshire" (any "-shire")
  maybe,   // a surname too: "North", "West", "Royal", "Forest", "Kent", "Leeds" ("Jo North", "Sam Kent")
};
PlaceWord place_word(std::string_view word);

// Whether a word ends the name of a building, a street, a park or a hospital
// ward, which is often named after a person ("Victoria Park Health Centre",
// "Grace Darling Ward", "Jack Straw Lane", "Mary Seacole House"):
enum class SiteWord {
  no,
  always,  // "Centre", "Surgery", "Hospice", "Library", "Lane", "Road", "Ward", "Trust"
  maybe,   // a surname too: "Hall", "House", "Park", "Church" ("Mary Hall", "Sam Park")
};
SiteWord site_word(std::string_view word);

// Whether a word starts the name of a saint, and so of a church, a hospital or
// a place ("St Mark", "Saint Mary's", "St Helens").
bool is_saint_word(std::string_view word);

// How many of `words`, from the first, make the name of a place of several
// words that none of them says is a place ("Milton Keynes", "King's Lynn",
// "Black Country"); 0 when they do not start with one.
std::size_t place_of_several_words(std::span<const std::string_view> words);

}  // namespace coprod::analysis::detail
