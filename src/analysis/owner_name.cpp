#include "analysis/owner_name.hpp"

#include <array>
#include <vector>

#include "analysis/personal_data_scan.hpp"

namespace coprod::analysis {

namespace {

using namespace detail;

// Words that name a role, a team, a department ("Business Intelligence") or an
// organisation ("Northbridge Voluntary Action") in an owner, besides those the
// attribution rule knows name no one ("lead", "manager", "team", "officer",
// "coordinator", "network", "board", "group", ...): lower case, sorted;
// plurals are found from the singular.
// clang-format off
constexpr std::array<std::string_view, 98> k_role_words = {
    "action", "admin", "administrator", "advice", "adviser", "advisor", "advocacy", "analyst", "analytics",
    "assistant", "assurance", "broker", "brokerage", "budget", "business", "care", "circle", "clinical",
    "co-operative", "co-ordinator", "co-production", "collective", "commissioning", "communication", "consortium",
    "cooperative", "coordination", "coproduction", "delivery", "deputy", "development", "digital", "direct",
    "disability", "diversity", "education", "engagement", "enterprise", "equality", "estate", "experience",
    "federation", "finance", "governance", "head", "health", "hospice", "housing", "hub", "human", "improvement",
    "inclusion", "independent", "information", "insight", "integrated", "intelligence", "involvement", "learning",
    "legal", "link", "lived", "living", "marketing", "medical", "mental", "navigator", "nursing", "operations",
    "outcome", "owner", "participation", "payment", "performance", "personal", "personalisation", "pharmacy",
    "planner", "planning", "prescribing", "primary", "procurement", "quality", "resource", "safeguarding",
    "secretariat", "social", "specialist", "sponsor", "steering", "support", "therapy", "training",
    "transformation", "voice", "voluntary", "wellbeing", "workstream"};
// clang-format on
static_assert(std::ranges::is_sorted(k_role_words));

bool is_role_word(std::string_view word) { return is_everyday_word(word) || is_listed_word(word, k_role_words); }

// A capitalised word that may be part of a name: not a title, not a role.
bool is_name_word(std::string_view word) { return !is_title_word(word) && !is_role_word(word); }

using Run = std::vector<NameInText>;  // capitalised words in a row, each a span of the owner

// Whether the word at `start` follows the word `before` in a run: only spaces
// between them, or a full stop and spaces after a title ("Dr. Patel").
bool follows(std::string_view owner, const NameInText& before, std::size_t start) {
  std::size_t pos = before.offset + before.length;
  if (byte_at(owner, pos) == '.' && is_title_word(owner.substr(before.offset, before.length))) ++pos;
  if (pos == start) return false;
  for (; pos < start; ++pos) {
    if (byte_at(owner, pos) != ' ') return false;
  }
  return true;
}

// The owner's runs of capitalised words, in order: "Programme lead (Mary
// Jones)" has {Programme} and {Mary, Jones}.
std::vector<Run> capitalised_runs(std::string_view owner) {
  std::vector<Run> runs(1);
  for (std::size_t pos = 0; pos < owner.size();) {
    if (!word_char_at(owner, pos)) {
      ++pos;
      continue;
    }
    const NameInText word{pos, end_of_word(owner, pos) - pos};
    Run& run = runs.back();
    if (!run.empty() && !follows(owner, run.back(), pos)) runs.emplace_back();
    if (is_capitalised_word(owner.substr(word.offset, word.length))) {
      runs.back().push_back(word);
    } else if (!runs.back().empty()) {
      runs.emplace_back();
    }
    pos = word.offset + word.length;
  }
  return runs;
}

NameInText spanning(const NameInText& first, const NameInText& last) {
  return {first.offset, last.offset + last.length - first.offset};
}

// A title and the name words after it ("Dr Patel", "Mrs Jo Khan"), else the
// whole run when it has two or more words and every one may be part of a name.
std::optional<NameInText> person_name_in_run(std::string_view owner, const Run& run) {
  const auto text = [&](const NameInText& word) { return owner.substr(word.offset, word.length); };
  for (std::size_t i = 0; i + 1 < run.size(); ++i) {
    if (!is_title_word(text(run[i])) || !is_name_word(text(run[i + 1]))) continue;
    std::size_t last = i + 1;
    while (last + 1 < run.size() && is_name_word(text(run[last + 1]))) ++last;
    return spanning(run[i], run[last]);
  }
  if (run.size() < 2) return std::nullopt;
  for (const auto& word : run) {
    if (!is_name_word(text(word))) return std::nullopt;
  }
  return spanning(run.front(), run.back());
}

}  // namespace

std::optional<NameInText> find_person_name_in_owner(std::string_view owner) {
  for (const auto& run : capitalised_runs(owner)) {
    if (auto name = person_name_in_run(owner, run)) return name;
  }
  return std::nullopt;
}

bool is_action_owner(const model::TextField& field) {
  return field.path.starts_with("actions.") && field.path.ends_with(".owner");
}

}  // namespace coprod::analysis
