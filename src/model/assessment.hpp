#pragma once
// One completed (or partly completed) reflection tool: one perspective, one
// local area, one review period. Holds only what people wrote; every average
// is computed from it (see analysis/scoring.hpp), never stored.

#include <optional>
#include <string>
#include <vector>

#include "model/date.hpp"
#include "model/period.hpp"
#include "model/perspective.hpp"
#include "model/score.hpp"
#include "model/seen_count.hpp"
#include "util/diagnostic.hpp"
#include "util/text.hpp"

namespace coprod::model {

// For a row combined from several people's responses (coprod combine): the
// lowest and highest individual scores, how many people scored it, and how
// many said it does not apply here (n/a), who have no score in the median.
struct ScoreSpread {
  Score min = Score::not_scored();
  Score max = Score::not_scored();
  int count = 0;
  int not_applicable = 0;
};

struct RowResponse {
  std::string row_id;
  Score score = Score::not_scored();
  std::optional<std::string> evidence;         // "Why? (Supporting evidence)"
  std::optional<bool> indicator_seen;          // is the early indicator seen locally?
  std::optional<bool> warning_seen;            // is the warning sign seen locally?
  std::optional<ScoreSpread> spread;           // only in combined assessments
  std::optional<SeenCount> indicator_seen_by;  // only in combined assessments: "1 of 3"
  std::optional<SeenCount> warning_seen_by;    // the same for the warning sign
  util::Position position;                     // where the row starts in the file
  util::Position score_position;               // where its score is (or would go)

  // Evidence of only spaces or blank lines is no evidence.
  bool has_evidence() const { return evidence && !util::trim(*evidence).empty(); }
};

// For a section combined from several people's responses: the lowest and
// highest of the people's own section averages, in tenths (2.3 is 23), and
// how many people scored any row of it. The web's band shows this range.
struct SectionSpread {
  int min_tenths = 0;
  int max_tenths = 0;
  int count = 0;
};

struct SectionResponse {
  std::string section_id;
  std::optional<std::string> completed_by;  // "Completed by"
  std::optional<Date> last_completed;       // "Last completed (date)"
  std::optional<std::string> notes;
  std::optional<SectionSpread> spread;  // only in combined assessments
  std::vector<RowResponse> rows;
  util::Position position;                 // where the section starts in the file
  util::Position last_completed_position;  // its 'last_completed' value; {0, 0} when it has none

  const RowResponse* find_row(const std::string& row_id) const;
};

// Section 5.4.4 of the guide: "Reflections and next steps".
struct Reflections {
  std::optional<std::string> surprising;   // what was surprising
  std::optional<std::string> challenging;  // what challenged
  std::optional<std::string> learnt;       // what was learnt
  std::optional<std::string> priorities;   // emerging priorities
};

// The keys of 'reflections' in a file, in the order files write them.
inline const std::vector<std::string> k_reflection_keys = {"surprising", "challenging", "learnt", "priorities"};

inline constexpr int k_assessment_format_version = 1;

struct Assessment {
  std::string source;  // the file it was read from, for messages
  // Which version of its file this is, when a command reads several versions
  // of one file ("HEAD:a.yaml" and "a.yaml"): "working copy", "version
  // committed at HEAD (1a2b3c4)". Empty otherwise.
  std::string origin;
  std::string framework_id;
  int framework_version = 1;
  std::string area;
  Perspective perspective = Perspective::organisation;
  Period period = *Period::parse("2026-Q1");
  util::Position period_position;  // where the period is written in the file
  std::vector<SectionResponse> sections;
  Reflections reflections;
  std::optional<int> combined_from;  // how many individual responses were combined

  const SectionResponse* find_section(const std::string& section_id) const;
  // "Northbridge, co-production peer network, 2026-Q3": for people (the
  // perspective in words, never its id).
  std::string label() const;
  // For the same area, perspective and period: one review.
  bool is_same_review(const Assessment& other) const {
    return area == other.area && perspective == other.perspective && period == other.period;
  }
  // Another version of the same file (the committed one and the working copy, say).
  bool is_other_version_of(const Assessment& other) const {
    return !origin.empty() && !other.origin.empty() && origin != other.origin;
  }
};

}  // namespace coprod::model
