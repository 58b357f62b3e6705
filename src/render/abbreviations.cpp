#include "render/abbreviations.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "util/text.hpp"

namespace coprod::render {

namespace {

// Abbreviations people write in the health and care system that a framework's
// glossary may leave out; the framework's own meaning comes first. A table
// here, not a data file embedded at build time: the guide's words are data
// (each framework's YAML glossary, which a user's framework file extends),
// but these few are coprod's own, and a file would need a YAML reader in
// render (which depends on no loader) or a code generation step, for a list
// that reads as plainly as it does here.
const model::GlossaryEntry k_common_abbreviations[] = {
    {"GP", "general practitioner"},
    {"NHS", "National Health Service"},
    {"ICB", "integrated care board"},
    {"ICS", "integrated care system"},
    {"CCG", "clinical commissioning group"},
    {"VCSE", "voluntary, community and social enterprise"},
    {"IPC", "Integrated Personal Commissioning"},
    {"PHB", "personal health budget"},
};

// "CCG", "A&E": a term of capital letters, not a word the glossary explains ("co-production").
bool is_abbreviation(std::string_view term) {
  return term.size() >= 2 && std::all_of(term.begin(), term.end(), [](char c) {
           return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '&';
         });
}

bool is_word_character(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// Where `text` first uses `term` as a word of its own ("GP" and "GPs", not
// "GPS"), or npos.
std::size_t first_use(std::string_view text, std::string_view term) {
  for (auto at = text.find(term); at != std::string_view::npos; at = text.find(term, at + 1)) {
    const std::size_t end = at + term.size();
    const bool starts = at == 0 || !is_word_character(text[at - 1]);
    const std::size_t after = end < text.size() && text[end] == 's' ? end + 1 : end;
    if (starts && (after == text.size() || !is_word_character(text[after]))) return at;
  }
  return std::string_view::npos;
}

}  // namespace

Abbreviations::Abbreviations(const std::vector<model::GlossaryEntry>& glossary) {
  for (const auto& entry : glossary)
    if (is_abbreviation(entry.term)) m_entries.push_back({entry});
  for (const auto& entry : k_common_abbreviations) {
    const bool known =
        std::any_of(m_entries.begin(), m_entries.end(), [&](const Entry& e) { return e.words.term == entry.term; });
    if (!known) m_entries.push_back({entry});
  }
}

std::string Abbreviations::first_uses(std::string_view text) {
  std::vector<std::string> parts;
  for (const auto& entry : first_used(text)) parts.push_back(fmt::format("{}: {}", entry.term, entry.meaning));
  return util::join(parts, "; ");
}

std::vector<model::GlossaryEntry> Abbreviations::first_used(std::string_view text) {
  std::vector<std::pair<std::size_t, Entry*>> used;
  for (auto& entry : m_entries) {
    if (entry.spelled_out) continue;
    const std::size_t at = first_use(text, entry.words.term);
    if (at != std::string_view::npos) used.emplace_back(at, &entry);
  }
  std::sort(used.begin(), used.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<model::GlossaryEntry> entries;
  for (const auto& [at, entry] : used) {
    entry->spelled_out = true;
    entries.push_back(entry->words);
  }
  return entries;
}

std::string words_and_abbreviations(const std::vector<model::GlossaryEntry>& glossary, std::string_view text) {
  std::vector<std::string> entries;
  for (const auto& entry : glossary) entries.push_back(entry.term + " (" + entry.meaning + ")");
  for (const auto& entry : Abbreviations(glossary).first_used(text)) {
    const bool in_glossary =
        std::any_of(glossary.begin(), glossary.end(), [&](const auto& known) { return known.term == entry.term; });
    if (!in_glossary) entries.push_back(entry.term + " (" + entry.meaning + ")");
  }
  return entries.empty() ? "" : "Words and abbreviations: " + util::join(entries, "; ") + ".";
}

}  // namespace coprod::render
