#pragma once
// Two or more assessments of the same framework side by side: the guide's
// "differences are the value of exploring from different perspectives".
//
// Compares section scores and row scores across the inputs, finds the rows
// and sections where the inputs differ by at least a threshold (conversation
// prompts), and, for one perspective over successive periods, what moved.

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "analysis/scoring.hpp"

namespace coprod::analysis {

// What the inputs have in common decides how the comparison reads.
enum class ComparisonKind {
  perspectives,  // same area and period, different perspectives
  periods,       // same area and perspective, different periods
  mixed,         // anything else (e.g. two perspectives over two quarters)
};

struct SectionComparison {
  std::shared_ptr<const model::FrameworkSection> section;
  std::vector<std::shared_ptr<const SectionResult>> results;  // one per input
  // Largest minus smallest score among inputs that have one; none if fewer than two do.
  std::optional<double> spread() const;
  // With exactly two inputs, both scored: the second's score minus the first's.
  std::optional<double> difference() const;
  // The section's rows scored in some inputs and not in others (not scored
  // yet, or n/a), among the inputs with a score for the section, as indices
  // into section->rows: their averages are of different rows (as
  // averages_of_different_rows() says of two periods), so the difference,
  // spread and change are not like for like. Empty: like for like, or fewer
  // than two scores to compare.
  std::vector<std::size_t> rows_scored_in_some_only;
  bool like_for_like() const { return rows_scored_in_some_only.empty(); }
};

struct RowComparison {
  std::shared_ptr<const model::FrameworkSection> section;
  std::shared_ptr<const model::FrameworkRow> row;
  std::vector<std::shared_ptr<const RowResult>> results;  // one per input
  std::optional<double> spread() const;
  std::optional<double> difference() const;  // as for SectionComparison
  std::string reference() const;             // "commitment.strategy"
};

enum class Direction { up, down, same, newly_scored, no_longer_scored, not_scored };

// From the earlier input to the later one, for period comparisons.
struct RowMovement {
  std::size_t row = 0;  // in Comparison::rows
  Direction direction = Direction::same;
  double change = 0;              // later minus earlier, when both are scored
  bool newly_evidenced = false;   // evidence added where there was none
  bool evidence_changed = false;  // evidence rewritten
};

struct SectionMovement {
  std::size_t section = 0;  // in Comparison::sections
  Direction direction = Direction::same;
  double change = 0;  // in tenths, as displayed: 3.3 -> 3.8 is +0.5
};

// A row that is not the same in every version of one review.
struct RowChange {
  std::size_t row = 0;  // in Comparison::rows
  bool score_changed = false;
  bool evidence_changed = false;
  bool indicator_seen_changed = false;  // whether the early indicator is seen locally: yes, no or not answered
  bool warning_seen_changed = false;    // the same for the warning sign

  bool any() const { return score_changed || evidence_changed || indicator_seen_changed || warning_seen_changed; }
};

// A field outside the rows that is not the same in every version of one
// review: a top-level field (area, perspective, period, framework version,
// how many responses were combined), a section's notes, completed by or last
// completed, or one of the reflections.
struct FieldChange {
  enum class Kind { top_level, section, reflection };
  Kind kind = Kind::top_level;
  std::string field;        // as a file names it: "period", "notes", "priorities"
  std::string key;          // as `coprod score --set` names it: "period", "commitment.notes", "reflections.priorities"
  std::size_t section = 0;  // in Comparison::sections, for a section's field
  // Each version's value, in input order, as people read it (a perspective in
  // words, a date as 2026-12-04); none where it is not given or is only spaces.
  std::vector<std::optional<std::string>> values;
};

struct Comparison {
  std::shared_ptr<const model::Framework> framework;
  AssessmentResults inputs;  // in the order given
  ComparisonKind kind = ComparisonKind::mixed;
  double threshold = 1.5;
  std::vector<SectionComparison> sections;  // framework order
  std::vector<RowComparison> rows;          // framework order
  // Rows and sections whose spread is at least the threshold, largest first,
  // ties (to a tenth) taking turns by direction, the second input higher then
  // lower or the other way: indices in `sections` and `rows`. A section of
  // one row is never among section_prompts: its difference is its row's,
  // listed once, among row_prompts.
  std::vector<std::size_t> section_prompts;
  std::vector<std::size_t> row_prompts;
  // Period comparisons: from the earliest input to the latest.
  std::size_t earliest = 0;
  std::size_t latest = 0;
  std::vector<SectionMovement> section_movements;
  std::vector<RowMovement> row_movements;
  // Versions of one review (compare HEAD:F F; see review_versions.hpp): the
  // report is about what changed, every row in which anything did. Their
  // kind is mixed, even when their periods differ (a period corrected).
  bool versions_of_one_review = false;
  std::vector<RowChange> row_changes;
  std::vector<FieldChange> field_changes;  // top-level fields, then sections' in framework order, then reflections
};

// Inputs must share a framework (callers check; see check_comparable()).
Comparison compare(const AssessmentResults& inputs, double threshold);

// Problems that make a comparison meaningless (different frameworks) as
// errors, and ones worth knowing (different areas) as warnings; not the area
// corrected between two versions of one file, which compare lists as a change.
util::Diagnostics check_comparable(const AssessmentResults& inputs);

// "organisation, 2026-Q3" when the area is shared, else "Northbridge, organisation, 2026-Q3",
// with the perspective's id ("peer-network"): for CSV headers a script reads.
// Versions of one review (are_versions_of_one_review()) end with their
// origin: "organisation, 2026-Q4, working copy".
std::string input_label(const Comparison& comparison, std::size_t index);
// The same with the perspective's plain-English name ("co-production peer
// network, 2026-Q3"): for text people read.
std::string input_title(const Comparison& comparison, std::size_t index);

std::string_view describe_kind(ComparisonKind kind);

// Which way a difference goes, in words. With two inputs, the second minus
// the first, named by what tells them apart: "peer network minus
// organisation", "2026-Q3 minus 2026-Q2", else their titles (input_title()).
// With more, "highest minus lowest" (a spread has no direction).
std::string difference_direction(const Comparison& comparison);
// Of two inputs, the names difference_direction gives them, first and second:
// {"organisation", "peer network"}.
std::pair<std::string, std::string> compared_names(const Comparison& comparison);

// The same naming the inputs by their labels (input_label()), with the
// perspective's id: for the CSV header and JSON a script reads.
std::string difference_direction_label(const Comparison& comparison);
// The same for two assessments: "peer network minus organisation", "2026-Q3
// minus 2026-Q2", for two versions of one review (even with a corrected
// period) "working copy minus version committed at HEAD (1a2b3c4)"; nullopt when they differ in none of
// these alone.
std::optional<std::string> second_minus_first(const model::Assessment& first, const model::Assessment& second);

// What alone tells two assessments apart, as {first, second}: their
// perspectives in words ({"organisation", "peer network"}), their periods, or,
// for two versions of one file (first of all), where each comes from; nullopt when they
// differ in more than one of these (two areas, say).
std::optional<std::pair<std::string, std::string>> told_apart_by(const model::Assessment& first,
                                                                 const model::Assessment& second);

// "peer network" for peer-network: a perspective as people say it.
std::string perspective_words(model::Perspective perspective);

// One review's perspectives, each once, as people say them ({"organisation", "peer network", "individual"});
// empty when the inputs are of several areas or periods, or two share a perspective. How the pack, the
// sheets and the planning sheet's reasons name three or more inputs where that tells them apart.
std::vector<std::string> distinct_perspective_names(const AssessmentResults& inputs);

}  // namespace coprod::analysis
