#pragma once
// What the co-production web shows, worked out once from the scored
// assessments and drawn by both the SVG and the terminal renderers.

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "analysis/scoring.hpp"

namespace coprod::render {

struct WebSeries {
  std::string label;                          // "organisation, 2026-Q3"
  std::vector<std::optional<double>> values;  // per section, as displayed (one decimal place)
  // Per section, for combined assessments: the lowest and highest of the
  // people's own section averages.
  std::vector<std::optional<std::pair<double, double>>> ranges;
  bool previous = false;  // a previous period, drawn as a faint outline behind
  // An input's short name (render/input_names.hpp), "organisation", "2026-Q3" or "A", which the section
  // labels name it by beside its scores; empty for an earlier period.
  std::string short_name;
  // Per section: every row n/a. Drawn as a gap like a section not scored,
  // but named as not applicable.
  std::vector<bool> not_applicable;
  // Per section: no score, as each row anyone scored was scored by only 1
  // person and held back (analysis/held_back_scores.hpp). Drawn as a gap too.
  std::vector<bool> held_back;

  bool is_not_applicable(std::size_t section) const {
    return section < not_applicable.size() && not_applicable[section];
  }
  bool is_held_back(std::size_t section) const { return section < held_back.size() && held_back[section]; }
};

struct WebChart {
  std::string title;                     // "Co-production web: Northbridge"
  std::string subtitle;                  // the framework's title
  std::vector<std::string> axis_labels;  // "1. Commitment and leadership"
  std::vector<std::string> axis_keys;    // "1" ... "6", "F"
  double max_score = 5;
  std::vector<WebSeries> series;  // previous periods first, so they are drawn behind
  // The inputs' short names are letters ("A", "B"), which the legend then defines: "A: organisation, 2026-Q4".
  bool lettered = false;
  // The abbreviations the web's words use (title, subtitle, section labels,
  // series), each spelled out once: "IPC: Integrated Personal Commissioning".
  std::string abbreviations;
  // The months of the series' quarters and half years, as the pack gives them
  // (periods_in_words()): "2026-Q4: October to December 2026; ...".
  std::string period_months;
};

// The section's key (FrameworkSection::key, unique in its framework: its
// number, else its title's first letter or letters, as its rows are
// numbered); for a section without one, model::own_section_key() at `place`
// on the web, from 0.
std::string axis_key(const model::FrameworkSection& section, std::size_t place);

// `previous` are drawn as faint outlines; `current` are the inputs.
WebChart build_web_chart(const analysis::AssessmentResults& current, const analysis::AssessmentResults& previous);

// "1. Commitment and leadership 3.7 (5 of 5 rows); ...": the values in words.
std::string describe_series(const WebChart& chart, const WebSeries& series);

}  // namespace coprod::render
