#include "render/missing_score.hpp"

#include <fmt/format.h>

#include "analysis/held_back_scores.hpp"
#include "util/text.hpp"

namespace coprod::render {

std::string row_score_words(const model::Score& score) {
  return score.state() == model::Score::State::not_scored ? std::string(k_not_scored_words) : score.to_string();
}

std::string row_score_full_words(const model::Score& score) {
  return score.is_scored() ? score.to_string() : std::string(missing_score_words(score.is_not_applicable()));
}

std::string row_score_words(const analysis::RowResult& row) {
  return analysis::is_held_back(row) ? std::string(k_held_back_words) : row_score_words(row.score);
}

std::string row_score_full_words(const analysis::RowResult& row) {
  return analysis::is_held_back(row) ? std::string(k_held_back_words) : row_score_full_words(row.score);
}

std::string_view missing_score_words(bool not_applicable) {
  return not_applicable ? k_not_applicable_words : k_not_scored_words;
}

std::string MissingScoreKey::cell(const model::Score& score) {
  if (score.is_scored()) return score.to_string();
  if (score.is_not_applicable()) m_not_applicable = true;
  else m_not_scored = true;
  return score.is_not_applicable() ? std::string(model::k_not_applicable) : std::string(k_not_scored_mark);
}

std::string MissingScoreKey::cell(const analysis::SectionResult& section) {
  if (section.score) return section.score->to_string();
  if (analysis::is_held_back(section)) return held_back_cell();
  return cell(std::nullopt, section.is_not_applicable());
}

std::string MissingScoreKey::cell(std::optional<double> value, bool not_applicable) {
  if (value) return fmt::format("{:.1f}", *value);
  if (!not_applicable) return not_scored_cell();
  m_not_applicable = true;
  return std::string(model::k_not_applicable);
}

std::string MissingScoreKey::not_scored_cell() {
  m_not_scored = true;
  return std::string(k_not_scored_mark);
}

std::string MissingScoreKey::held_back_cell() {
  m_held_back = true;
  return std::string(k_held_back_words);
}

std::string MissingScoreKey::line(std::string_view more, bool quoted) const {
  const auto mark = [quoted](std::string_view text) {
    return quoted ? fmt::format("\u201c{}\u201d", text) : std::string(text);
  };
  std::vector<std::string> parts;
  if (m_not_scored) parts.push_back(fmt::format("{} means {}", mark(k_not_scored_mark), m_not_scored_meaning));
  if (m_held_back) parts.push_back(fmt::format("{} means only 1 person scored it", mark(k_held_back_words)));
  if (m_not_applicable) {
    parts.push_back(fmt::format("{} means {}", mark(model::k_not_applicable), m_not_applicable_meaning));
  }
  if (!more.empty()) parts.emplace_back(more);
  return parts.empty() ? std::string() : "Key: " + util::join(parts, "; ") + ".";
}

}  // namespace coprod::render
