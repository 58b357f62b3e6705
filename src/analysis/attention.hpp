#pragma once
// Where attention is most needed, for action planning: sections ordered by a
// low score, a large disagreement between the inputs (perspectives), and
// warning signs that people say they see, each with the reasons in words.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "analysis/scoring.hpp"

namespace coprod::analysis {

struct RowAttention {
  std::shared_ptr<const model::FrameworkRow> row;
  std::vector<std::shared_ptr<const RowResult>> results;  // one per input
  std::optional<double> lowest;                           // lowest score among the inputs
  bool warning_seen = false;                              // some input says the warning sign is seen
  std::string reference;                                  // "contact.partners-invite"
};

struct SectionAttention {
  std::shared_ptr<const model::FrameworkSection> section;
  std::vector<std::shared_ptr<const SectionResult>> results;  // one per input
  std::optional<double> lowest;                               // lowest section score among the inputs
  std::optional<double> spread;                               // highest minus lowest, with two or more scores
  int warnings_seen = 0;
  bool not_applicable = false;          // every input marks every row n/a
  double priority = 0;                  // higher needs attention sooner: the sum of the three parts below
  std::optional<double> below_top;      // the top of the scale minus the lowest score; none when not scored
  double disagreement = 0;              // the larger of the spread and the widest range inside a combined input
  bool disagreement_is_people = false;  // the disagreement is people's own scores inside a combined input
  std::vector<std::string> reasons;     // "the lowest section score is 2.3", ...
  std::vector<RowAttention> rows;       // rows that pull the section down, lowest first
};

// Every section, most in need of attention first. The priority is
//   (top of the scale - lowest score) + disagreement + 0.5 per warning sign seen,
// where the disagreement is the larger of the spread between the inputs and the
// widest range of people's own section scores inside a combined input;
// ties keep the guide's order. Sections nobody has scored come after every scored
// section (ordered among themselves by warning signs seen, then the guide's order),
// and sections that do not apply here (every row n/a in every input) come last.
std::vector<SectionAttention> rank_sections(const AssessmentResults& inputs);

// Whether a needs attention before b in rank_sections' order; two sections
// where neither does are level, and the guide's order decides between them.
bool needs_attention_sooner(const SectionAttention& a, const SectionAttention& b);
bool level_in_attention(const SectionAttention& a, const SectionAttention& b);

// How many of the ranked sections could be acted on: all but those that do
// not apply here, which get no tips in full and no draft action.
std::size_t sections_that_apply(const std::vector<SectionAttention>& ranked);

// How many of the ranked sections someone scored (they come first): only they
// are written up in full and get a draft action, since a section nobody
// scored gives nothing to go on; the plan says to score it first.
std::size_t sections_scored(const std::vector<SectionAttention>& ranked);

}  // namespace coprod::analysis
