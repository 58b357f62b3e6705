#include "analysis/owner_name_words.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "analysis/personal_data_scan.hpp"

namespace coprod::analysis::detail {

namespace {

// First names common in England, from its many communities. A name missing
// here is still found when it stands alone with a surname ("Oluwaseun
// Okafor"); the list lets a name be found next to a role ("Priya Shah,
// Programme Lead") and where the name is also an everyday word ("May Jones").
// clang-format off
constexpr std::array<std::string_view, 320> k_given_names = {
    "aaron", "abdul", "abena", "adam", "ade", "adebayo", "adrian", "agnieszka", "ahmed", "aisha", "alan", "albert",
    "aled", "alex", "alexander", "alexandra", "ali", "alice", "alison", "amanda", "amber", "amelia", "amina",
    "amir", "amy", "ana", "andrea", "andrew", "angela", "anil", "anita", "ann", "anna", "anne", "annie", "anthony",
    "aoife", "april", "arjun", "arthur", "asha", "ashok", "ayesha", "barbara", "ben", "benjamin", "beth", "bethan",
    "bethany", "bill", "bob", "brenda", "brian", "callum", "carl", "carol", "caroline", "catherine", "cerys",
    "charles", "charlie", "charlotte", "chidi", "chinedu", "chloe", "chris", "christine", "christopher", "ciara",
    "claire", "clare", "colin", "craig", "dafydd", "daniel", "danielle", "darren", "dave", "david", "dawn", "dean",
    "debbie", "deborah", "declan", "deepak", "delroy", "denise", "derek", "diane", "donna", "dorothy", "douglas",
    "dylan", "eamon", "eileen", "eilidh", "elaine", "eleanor", "elena", "elizabeth", "ella", "ellie", "emily",
    "emma", "eric", "evie", "farah", "fatima", "femi", "fergus", "fiona", "frances", "frank", "freya", "funmilayo",
    "gareth", "gary", "gemma", "geoff", "george", "georgia", "gillian", "gordon", "grace", "graham", "gurpreet",
    "gwen", "hannah", "harpreet", "harry", "hassan", "hayley", "heather", "helen", "holly", "hope", "huw", "iain",
    "ian", "imran", "ioan", "isabel", "isla", "ivan", "jack", "jackie", "jacob", "jade", "jake", "james", "jamie",
    "jan", "jane", "janet", "jason", "jaspreet", "jean", "jennifer", "jenny", "jessica", "jill", "jo", "joan",
    "joanne", "joe", "john", "jonathan", "joseph", "josh", "joshua", "joy", "judith", "julie", "june", "karen",
    "katarzyna", "kate", "katherine", "kathleen", "katie", "keith", "kelly", "kemi", "kevin", "kim", "kiran",
    "kofi", "krishna", "krzysztof", "kwame", "laura", "lauren", "leah", "lee", "leo", "lesley", "linda", "lisa",
    "liz", "lorraine", "louise", "lucy", "luke", "lynn", "lynne", "magda", "manpreet", "marcus", "margaret",
    "maria", "marie", "mark", "marta", "martin", "mary", "matthew", "maureen", "may", "megan", "melanie", "michael",
    "michelle", "mike", "mohammad", "mohammed", "muhammad", "nadia", "naomi", "natalie", "neil", "ngozi", "niamh",
    "nicholas", "nick", "nicola", "nigel", "nisha", "noah", "oliver", "olivia", "oluwaseun", "omar", "owen", "pam",
    "pamela", "pat", "patricia", "patrick", "paul", "pauline", "peter", "phil", "philip", "piotr", "pooja", "priya",
    "rachel", "rahul", "raj", "rajesh", "ravi", "rebecca", "rhys", "richard", "rob", "robert", "rose", "ruth",
    "ryan", "sally", "sam", "samantha", "sandra", "sanjay", "sarah", "scott", "seamus", "sean", "shabana", "sharon",
    "shirley", "sian", "simon", "simran", "siobhan", "sophie", "stephen", "steve", "steven", "stuart", "sue",
    "sunita", "susan", "tanya", "tariq", "teresa", "thandiwe", "thomas", "tim", "tina", "toby", "tom", "tomasz",
    "tony", "tracey", "tracy", "tunde", "usman", "valerie", "vicky", "victoria", "vikram", "wendy", "will",
    "william", "yasmin", "yvonne", "zainab", "zara", "zoe"};
// clang-format on
static_assert(std::ranges::is_sorted(k_given_names));

// Words that name a role, a team, a department ("Business Intelligence",
// "Infection Control"), a service ("Continuing Healthcare") or an
// organisation ("Northbridge Voluntary Action"), besides those the attribution rule knows name no one ("lead",
// "manager", "team", "officer", "coordinator", "network", "board", "group",
// ...); plurals are found from the singular.
// clang-format off
constexpr std::array<std::string_view, 142> k_role_words = {
    "action", "acute", "admin", "administrator", "advice", "adviser", "advisor", "advocacy", "ageing", "analyst",
    "analytics", "assistant", "assurance", "autism", "broker", "brokerage", "budget", "business", "cancer", "care",
    "carers", "children's", "circle", "clinical", "co-operative", "co-ordinator", "co-production", "collective",
    "commissioner", "commissioning", "communication", "condition", "conditions", "consortium", "continuing",
    "control", "cooperative", "coordination", "coproduction", "delivery", "dementia", "deputy", "development",
    "diabetes", "digital", "direct", "disabilities", "disability", "discharge", "diversity", "domiciliary",
    "education", "emergency", "end-of-life", "engagement", "enterprise", "equality", "estate", "experience",
    "federation", "finance", "frailty", "governance", "head", "health", "hospice", "housing", "hub", "human",
    "improvement", "inclusion", "independent", "infection", "information", "insight", "integrated", "intelligence",
    "involvement", "learning", "legal", "link", "lived", "living", "locality", "long", "marketing", "maternity",
    "medical", "medicine", "medicines", "mental", "navigator", "neighbourhood", "neurodiversity", "nursing",
    "occupational", "operations", "optimisation", "outcome", "owner", "palliative", "participation", "pathway",
    "payment", "performance", "personal", "personalisation", "pharmacy", "planner", "planning", "population",
    "prescribing", "prevention", "primary", "procurement", "quality", "reablement", "recovery", "resource",
    "respiratory", "safeguarding", "scheme", "secretariat", "social", "specialist", "sponsor", "steering",
    "strategic", "support", "term", "therapy", "tissue", "training", "transformation", "transition", "urgent",
    "viability", "voice", "voluntary", "wellbeing", "workstream", "youth"};
// clang-format on
static_assert(std::ranges::is_sorted(k_role_words));

// The last word of an organisation's name: what comes before it names the
// organisation ("Sheffield Teaching Hospitals", "Florence Nightingale
// Foundation").
// clang-format off
constexpr std::array<std::string_view, 43> k_organisation_words = {
    "academy", "agency", "alliance", "association", "authority", "board", "centre", "charity", "clinic",
    "co-operative", "collective", "college", "commission", "committee", "company", "consortium", "cooperative",
    "council", "enterprise", "federation", "forum", "foundation", "group", "healthcare", "hospice", "hospital",
    "infirmary", "institute", "limited", "ltd", "mind", "network", "partnership", "plc", "practice", "school",
    "service", "society", "surgery", "team", "trust", "union", "university"};
// clang-format on
static_assert(std::ranges::is_sorted(k_organisation_words));

// Words that say a place and are not surnames.
// clang-format off
constexpr std::array<std::string_view, 30> k_always_place_words = {
    "avenue", "borough", "central", "city", "coast", "country", "county", "district", "fens", "greater", "hamlets",
    "heartlands", "inner", "isle", "isles", "lane", "lower", "metropolitan", "mid", "outer", "riding", "road",
    "saint", "square", "st", "street", "upper", "vale", "valley", "wolds"};
// clang-format on
static_assert(std::ranges::is_sorted(k_always_place_words));

// Compass points and the like, and counties, cities and boroughs of England
// that do not end in "-shire": places, or a surname after a first name.
// clang-format off
constexpr std::array<std::string_view, 141> k_maybe_place_words = {
    "barnet", "barnsley", "bath", "bedford", "birmingham", "blackburn", "blackpool", "bolton", "bournemouth",
    "bradford", "brent", "brighton", "bristol", "bromley", "bury", "calderdale", "cambridge", "camden", "carlisle",
    "chase", "cheshire", "cornwall", "coventry", "croydon", "cumbria", "dales", "darlington", "derby", "devon",
    "doncaster", "dorset", "downs", "dudley", "durham", "ealing", "east", "eastern", "enfield", "essex", "exeter",
    "forest", "frimley", "gateshead", "gloucester", "great", "hackney", "halton", "haringey", "harrogate", "harrow",
    "hartlepool", "havering", "heath", "hereford", "hillingdon", "hounslow", "hull", "humber", "islington", "kent",
    "kirklees", "knowsley", "lambeth", "lancaster", "leeds", "leicester", "lewisham", "lincoln", "little",
    "liverpool", "london", "luton", "manchester", "medway", "merseyside", "merton", "middlesbrough", "moor",
    "moors", "newcastle", "newham", "norfolk", "north", "north-east", "north-west", "northern", "northumberland",
    "norwich", "nottingham", "oldham", "oxford", "peak", "peterborough", "plymouth", "portsmouth", "preston",
    "reading", "redbridge", "rochdale", "rotherham", "royal", "rutland", "salford", "sandwell", "sefton",
    "sheffield", "shropshire", "solihull", "somerset", "south", "south-east", "south-west", "southampton",
    "southern", "southwark", "stockport", "stockton", "suffolk", "sunderland", "surrey", "sussex", "sutton",
    "swindon", "tameside", "torbay", "trafford", "tyneside", "wakefield", "walsall", "wandsworth", "warrington",
    "waveney", "wells", "west", "western", "westminster", "wigan", "wirral", "wolverhampton", "worcester", "york"};
// clang-format on
static_assert(std::ranges::is_sorted(k_maybe_place_words));

// Words that end the name of a building, a street, a park or a ward.
// clang-format off
constexpr std::array<std::string_view, 33> k_always_site_words = {
    "academy", "avenue", "building", "centre", "chapel", "clinic", "college", "council", "crescent", "drive", "estate",
    "gardens", "hospice", "hospital", "infirmary", "lane", "library", "manor", "mews", "museum", "practice", "road",
    "school", "square", "street", "surgery", "terrace", "trust", "unit", "university", "villas", "ward", "wards"};
// clang-format on
static_assert(std::ranges::is_sorted(k_always_site_words));

// Words that end such a name and are surnames too.
// clang-format off
constexpr std::array<std::string_view, 10> k_maybe_site_words = {
    "church", "close", "court", "green", "grove", "hall", "house", "lodge", "park", "place"};
// clang-format on
static_assert(std::ranges::is_sorted(k_maybe_site_words));

// Places of several words, none of them one of the place words above; the
// parks and the districts named after Queen Victoria, Prince Albert and Queen
// Alexandra are among them, since a first name before "Park" is otherwise
// taken for a person ("Sam Park").
// clang-format off
constexpr std::array<std::string_view, 23> k_places_of_several_words = {
    "albert park", "alexandra park", "black country", "cannock chase", "castle point", "epping forest",
    "forest heath", "hemel hempstead", "high peak", "king's lynn", "kings lynn", "malvern hills", "milton keynes",
    "new forest", "queen's park", "queens park", "sutton coldfield", "three rivers", "tower hamlets",
    "tunbridge wells", "victoria park", "waltham forest", "welwyn hatfield"};
// clang-format on
static_assert(std::ranges::is_sorted(k_places_of_several_words));

// Words that name a person holding a job ("Peer Lead", "Care Navigator"),
// after which a person's name may follow ("Peer Lead Chiamaka Eze").
// clang-format off
constexpr std::array<std::string_view, 16> k_job_holder_words = {
    "adviser", "advisor", "ambassador", "chair", "champion", "co-ordinator", "commissioner", "coordinator",
    "director", "facilitator", "lead", "leader", "manager", "navigator", "officer", "worker"};
// clang-format on
static_assert(std::ranges::is_sorted(k_job_holder_words));

std::string lower_case(std::string_view word) {
  std::string lower(word.size(), ' ');
  std::transform(word.begin(), word.end(), lower.begin(),
                 [](char c) { return to_lower(static_cast<unsigned char>(c)); });
  return lower;
}

template <std::size_t N>
bool has_exactly(const std::array<std::string_view, N>& sorted_words, std::string_view word) {
  return std::ranges::binary_search(sorted_words, lower_case(word));
}

}  // namespace

bool is_given_name(std::string_view word) { return has_exactly(k_given_names, word); }

std::span<const std::string_view> given_names() { return k_given_names; }

bool is_role_word(std::string_view word) { return is_everyday_word(word) || is_listed_word(word, k_role_words); }

bool is_organisation_word(std::string_view word) { return is_listed_word(word, k_organisation_words); }

bool is_job_holder_word(std::string_view word) { return has_exactly(k_job_holder_words, word); }

PlaceWord place_word(std::string_view word) {
  if (has_exactly(k_always_place_words, word) || (word.size() > 5 && lower_case(word).ends_with("shire")))
    return PlaceWord::always;
  return has_exactly(k_maybe_place_words, word) ? PlaceWord::maybe : PlaceWord::no;
}

SiteWord site_word(std::string_view word) {
  if (has_exactly(k_always_site_words, word)) return SiteWord::always;
  return has_exactly(k_maybe_site_words, word) ? SiteWord::maybe : SiteWord::no;
}

bool is_saint_word(std::string_view word) {
  const std::string lower = lower_case(word);
  return lower == "st" || lower == "saint";
}

std::size_t place_of_several_words(std::span<const std::string_view> words) {
  std::string place;
  for (std::size_t count = 0; count < words.size(); ++count) {
    place += (count == 0 ? "" : " ") + lower_case(words[count]);
    if (count > 0 && std::ranges::binary_search(k_places_of_several_words, place)) return count + 1;
  }
  return 0;
}

}  // namespace coprod::analysis::detail
