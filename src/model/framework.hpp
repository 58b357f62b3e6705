#pragma once
// A reflection framework: the sections (phases), their rows (early indicator
// paired with warning sign), and the guidance used for action planning.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace coprod::model {

// A sentence or lead-in, optionally followed by bullet points.
struct RichText {
  std::string text;
  std::vector<std::string> bullets;

  // text and bullets as one line: "People are: motivated; clear; ..."
  std::string flattened() const;

  friend bool operator==(const RichText&, const RichText&) = default;
};

struct FrameworkRow {
  std::string id;
  std::optional<RichText> indicator;  // "Early indicators we're on the right track"
  std::optional<RichText> warning;    // "What are the warning signs?"

  friend bool operator==(const FrameworkRow&, const FrameworkRow&) = default;
};

// What one level (organisation, peer network, individual) needs at a phase.
struct LevelNeeds {
  std::string level_id;
  std::vector<std::string> paragraphs;

  friend bool operator==(const LevelNeeds&, const LevelNeeds&) = default;
};

struct FrameworkSection {
  std::string id;
  std::optional<int> number;  // the phase number; "Facilitate the process" has none
  std::string title;
  RichText aim;
  std::string what_will_be_different;
  std::vector<FrameworkRow> rows;
  std::vector<LevelNeeds> needs;
  std::vector<RichText> bear_in_mind;
  std::vector<RichText> top_tips;
  // What names the section where its title does not fit (the web's axis, a
  // row's number), unique in its framework: "1", "F", "Li" (set by
  // model::assign_section_keys() as a framework is loaded; empty in a section
  // made by hand).
  std::string key;

  // "1. Commitment and leadership", or the title alone when unnumbered.
  std::string label() const;
  const FrameworkRow* find_row(const std::string& row_id) const;
  // Whether the section has one row only: its row's score is the section's, and no row needs naming.
  bool has_one_row() const { return rows.size() == 1; }
  // A row as people find it on the form: the section's key, as the web keys
  // its axis, and the row's place in the section: "1.4" for the 4th row of
  // section 1, "F.2" in "Facilitate the process", "Li.1" in "Listening well"
  // when "Learning together" is in the framework too (model/section_keys.hpp).
  // Without a key: the section's number, else its title's first letter, else
  // the place alone ("2"). The row's id when it is not here.
  std::string row_number(const std::string& row_id) const;

  friend bool operator==(const FrameworkSection&, const FrameworkSection&) = default;
};

struct Level {
  std::string id;
  std::string title;

  friend bool operator==(const Level&, const Level&) = default;
};

struct GlossaryEntry {
  std::string term;
  std::string meaning;

  friend bool operator==(const GlossaryEntry&, const GlossaryEntry&) = default;
};

struct Scale {
  int min = 0;
  int max = 5;
  bool half_points = true;

  friend bool operator==(const Scale&, const Scale&) = default;
};

// What changed in a framework's rows between one version and the next, so
// assessments made with an older version still load.
struct FrameworkChange {
  int version = 2;  // the version these changes lead to (from version - 1)
  std::vector<std::pair<std::string, std::string>> renamed_sections;  // old id, new id
  std::vector<std::pair<std::string, std::string>> renamed_rows;      // "section.row" old, new
  std::vector<std::string> added_rows;                                // "section.row"
  std::vector<std::string> retired_rows;                              // "section.row", by its old id
  std::string note;

  friend bool operator==(const FrameworkChange&, const FrameworkChange&) = default;
};

// The advice on using the tool that the guide itself gives, which coprod
// credits to it ("The guide says ..."); where the guide does not give it,
// coprod gives the same advice in its own voice. A framework's
// `guide_advice:` names each: the main guide gives all three.
struct GuideAdvice {
  // Not to be discouraged by differences between the perspectives' scores
  // (the main guide, section 5.4.2).
  bool differences = false;
  // That collecting evidence to support scoring builds a clear picture of
  // progress (section 5.4.2).
  bool evidence = false;
  // To write the reflections after scoring: what was surprising, what
  // challenged, what was learnt (section 5.4.4).
  bool reflections = false;

  friend bool operator==(const GuideAdvice&, const GuideAdvice&) = default;
};

struct Framework {
  std::string id;
  int version = 1;
  std::string title;
  std::string source;       // where the wording comes from
  std::string description;  // an introduction, if the source gives one
  // What the guide calls its tool ("Co-production reflection tool"), heading
  // the scoring form; empty where the guide names none.
  std::string tool_name;
  // Whether the guide asks the organisation and the co-production peer
  // network each to complete the tool separately, then to compare their views
  // (the main guide, section 5.4.2); the pack says a missing view is missing
  // only then.
  bool separate_views = false;
  GuideAdvice guide_advice;
  std::vector<GlossaryEntry> glossary;
  Scale scale;
  std::vector<Level> levels;
  std::vector<FrameworkSection> sections;
  std::vector<FrameworkChange> changes;  // oldest first

  const FrameworkSection* find_section(const std::string& section_id) const;
  std::size_t row_count() const;
  // Whether any row has a warning sign (the national tool's do; some
  // frameworks have early indicators alone).
  bool has_warning_signs() const;
  // Whether the framework's own text (title, source, description, glossary,
  // levels, sections) uses `words`, in any capitals and as part of a longer
  // word ("personal health budget" in "personal health budgets"): which of
  // the words of co-production coprod explains its lists of words need.
  bool text_uses(std::string_view words) const;

  friend bool operator==(const Framework&, const Framework&) = default;
};

}  // namespace coprod::model
