#pragma once
// How outputs people read show a score that is missing, the same way
// everywhere and as `plan` does: in words where there is room ("not scored
// yet", "n/a"), never a bare "-" that reads as a minus or as nothing to see.
// A narrow aligned table, where a word would not fit, shows a short mark
// ("-", "n/a") and says under it what the marks mean (MissingScoreKey). CSV
// leaves a score not scored yet empty (n/a stays n/a) and JSON gives null:
// those are for programs.

#include <optional>
#include <string>
#include <string_view>

#include "analysis/scoring.hpp"

namespace coprod::render {

inline constexpr std::string_view k_not_scored_words = "not scored yet";
inline constexpr std::string_view k_not_applicable_words = "not applicable";
// Where no file of that perspective and period was given.
inline constexpr std::string_view k_no_assessment_words = "no assessment";
inline constexpr std::string_view k_not_scored_mark = "-";
// What "n/a" means for a section, in a key: as the evidence pack's summary says it.
inline constexpr std::string_view k_section_not_applicable = "every row is marked not applicable";
// The same where every section is its one row (model::every_section_is_its_row()).
inline constexpr std::string_view k_one_row_section_not_applicable = "marked not applicable";
// Where a difference (two inputs) or a spread (more) cannot be worked out.
inline constexpr std::string_view k_no_difference_words = "none, as a score is missing";
// Where one of the two scores is missing because it is marked n/a: as the
// evidence pack says a section or row that does not apply.
inline constexpr std::string_view k_section_not_applicable_difference = "none, as the section does not apply here";
inline constexpr std::string_view k_row_not_applicable_difference = "none, as the row does not apply here";
// Two scores with no difference, as one of them is held back (k_held_back_words).
inline constexpr std::string_view k_no_difference_held_back_words = "none, as a score is held back";
inline constexpr std::string_view k_no_spread_words = "none, as fewer than two have a score";

// Where a row has no evidence, in the pack's "Every row and its evidence" and the workbook's Rows sheet; and
// what they say in its place in a pack of scores only, which leaves every piece of evidence out.
inline constexpr std::string_view k_no_evidence_given_words = "no evidence given";
inline constexpr std::string_view k_evidence_left_out_words = "left out";

// A combined row's score that report holds back, as only one person scored
// it (analysis/held_back_scores.hpp): in the score's place.
inline constexpr std::string_view k_held_back_words = "held back";
// A section with no score as each row anyone scored was held back: why, after
// its name or in a table's key ("- means held back as only 1 person scored it").
inline constexpr std::string_view k_section_held_back_words = "held back as only 1 person scored it";
// The same for a list of sections (a web's legend).
inline constexpr std::string_view k_sections_held_back_words = "held back as only 1 person scored them";

// A row's score in words: "3", "2.5", "n/a" or "not scored yet".
std::string row_score_words(const model::Score& score);
// The same with n/a in full, where there is room and a screen reader would
// spell "n/a" out as letters: "3", "2.5", "not applicable" or "not scored yet".
std::string row_score_full_words(const model::Score& score);
// The same for a row's result, "held back" for a score held back.
std::string row_score_words(const analysis::RowResult& row);
std::string row_score_full_words(const analysis::RowResult& row);

// Why a score is missing, in full words where there is room for them (a
// picture's description, the evidence pack's tables): "not applicable" (the
// row, or every row of a section, is marked n/a) or "not scored yet".
std::string_view missing_score_words(bool not_applicable);

// The marks a narrow table shows for missing scores, and the key that says
// what they mean. Each cell() gives a cell's text and notes any mark in it.
class MissingScoreKey {
 public:
  // What "n/a" and "-" mean in this table: for rows (or rows and sections),
  // "not applicable" and "not scored yet"; a table of sections says
  // k_section_not_applicable.
  explicit MissingScoreKey(std::string_view not_applicable_meaning = "not applicable",
                           std::string_view not_scored_meaning = k_not_scored_words)
      : m_not_applicable_meaning(not_applicable_meaning), m_not_scored_meaning(not_scored_meaning) {}

  std::string cell(const model::Score& score);                         // "2.5", "n/a", "-"
  std::string cell(const analysis::SectionResult& section);            // "3.2", "n/a", "-" (also held back)
  std::string cell(std::optional<double> value, bool not_applicable);  // "3.2" (one decimal), "n/a", "-"
  std::string not_scored_cell();                                       // "-"
  // "-" for a section whose scored rows were all held back; the key says so.
  std::string held_back_cell();

  bool empty() const { return !m_not_scored && !m_not_applicable && !m_held_back; }

  // "Key: - means not scored yet; n/a means not applicable." naming only the
  // marks shown, then `more` ("B minus A is blank where a score is missing")
  // when given; empty when the table shows no mark and nothing more is said.
  // With `quoted`, each mark is in quotation marks ("Key: “-” means ..."): in
  // running text that a page wraps itself, a bare "-" could end a line and
  // read as a hyphen.
  std::string line(std::string_view more = {}, bool quoted = false) const;

 private:
  std::string m_not_applicable_meaning;
  std::string m_not_scored_meaning;
  bool m_not_scored = false;
  bool m_not_applicable = false;
  bool m_held_back = false;
};

}  // namespace coprod::render
