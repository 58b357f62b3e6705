#include "render/summary.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "render/comparison.hpp"
#include "render/coverage_notes.hpp"
#include "render/missing_score.hpp"
#include "render/summary_left_out.hpp"
#include "util/escape.hpp"
#include "util/json_writer.hpp"
#include "util/text.hpp"
#include "util/title_join.hpp"

namespace coprod::render {

namespace {

using analysis::Summary;

std::string perspective_heading(const Summary& summary, const analysis::PerspectiveSummary& perspective) {
  std::string title(model::perspective_title(perspective.perspective));
  title[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(title[0])));
  return fmt::format("{}, {} ({} {})", title, summary.latest.to_string(), perspective.areas,
                     perspective.areas == 1 ? "area" : "areas");
}

// `escape` makes an area's name safe for the medium.
std::string missing_text(
    const analysis::MissingPerspective& missing,
    std::string (*escape)(std::string_view) = [](std::string_view t) { return std::string(t); }) {
  std::vector<std::string> names;
  for (const auto perspective : missing.missing) names.emplace_back(model::perspective_title(perspective));
  std::string text = "no " + util::join(names, " or ") + " assessment";
  std::vector<std::string> escaped;
  for (const auto& other : missing.probably_same_as) escaped.push_back(escape(other));
  if (!escaped.empty())
    text += fmt::format(" (probably the same area as {}, written differently)", util::join_in_words(escaped));
  return text;
}

// Under the areas missing a perspective, when some file could not be read:
// the missing assessment may be that file, not absent.
// `where`: where the files' errors are ("see Files left out, below").
std::optional<std::string> unreadable_note(const Summary& summary, std::string_view where) {
  const auto unreadable = std::count_if(summary.left_out.begin(), summary.left_out.end(), [](const auto& file) {
    return file.reason == analysis::LeftOutReason::unreadable;
  });
  if (summary.missing.empty() || unreadable == 0) return std::nullopt;
  return fmt::format("{} could not be read, so a perspective named here may be in {}, not missing: {}",
                     util::counted(static_cast<std::size_t>(unreadable), "file", "files"),
                     unreadable == 1 ? "it" : "one of them", where);
}

// "last completed 2026-12-10", or for a file with some sections completed in
// the window, "only 1 of 7 sections completed since 2026-06-10, last on 2026-12-10".
std::string stale_text(const Summary& summary, const analysis::StaleAssessment& stale) {
  const auto& d = stale.digest;
  std::string when =
      d.last_completed ? "last completed " + d.last_completed->to_string() : std::string("no completion date");
  if (stale.recent_sections > 0 && d.last_completed) {
    when = fmt::format("only {} of {} completed since {}, last on {}", stale.recent_sections,
                       util::counted(stale.sections, "section", "sections"), summary.stale_cutoff.to_string(),
                       d.last_completed->to_string());
  }
  return fmt::format("{}, {}: {} ({}, {})", d.area, model::perspective_title(d.perspective), when, d.period.to_string(),
                     d.source);
}

// "the 6 months before 2026-12-01", "the month before 2026-12-01" (--stale-months 1).
std::string months_before(const Summary& summary) {
  const std::string months =
      summary.stale_months == 1 ? std::string("the month") : fmt::format("the {} months", summary.stale_months);
  return fmt::format("{} before {}", months, summary.today.to_string());
}

std::string tenths_text(int tenths) { return analysis::Mean{tenths, 5}.to_string(); }

std::string gap_text(const analysis::PerspectiveGap& gap) {
  return fmt::format(
      "{}, {}", gap.area,
      util::join_title(gap.section->label(), ": ",
                       fmt::format("organisation {}, peer network {} ({}: {})", tenths_text(gap.organisation),
                                   tenths_text(gap.peer_network), analysis::k_gap_direction,
                                   format_difference(gap.difference() / 10.0))));
}

// What a section no area has scored shows: a mark in the text table (its key
// says what it means), words in Markdown, an empty cell in CSV.
constexpr std::string_view k_no_area_scored = "no area has a score for the section";
constexpr std::string_view k_no_score_words = "no score";

// Rounded half up, as every score coprod shows; `missing` where no area has a score.
std::string cell(const analysis::SectionStatistics& s, const analysis::Mean& value, std::string_view missing) {
  return s.areas == 0 ? std::string(missing) : value.to_string();
}

// In CSV a section no area has scored is an empty cell, as in the other CSV outputs.
std::string csv_cell(const analysis::SectionStatistics& s, const analysis::Mean& value) {
  return s.areas == 0 ? "" : value.to_string();
}

// The count of areas, marked (k_partial_mark) when some of them score the
// section from some of its rows only: their averages are in the statistics.
std::string areas_cell(const analysis::SectionStatistics& s) {
  return fmt::format("{}{}", s.areas, s.partly_scored.empty() ? std::string_view() : k_partial_mark);
}

// "1. Commitment and leadership: Northbridge from 1 of 5 rows, 4 not scored
// yet", one a section with partly scored areas; plain text.
std::vector<std::string> coverage_notes(const analysis::PerspectiveSummary& perspective) {
  std::vector<std::string> notes;
  for (const auto& s : perspective.sections) {
    std::vector<ColumnCoverage> columns;
    for (const auto& [area, coverage] : s.partly_scored) columns.push_back({area, coverage});
    if (auto note = coverage_note(s.section->label(), columns)) notes.push_back(*note);
  }
  return notes;
}

// "2. Contact and connect: 1 area left out, every row does not apply: areaA",
// one a section some areas leave out as n/a throughout; plain text. A section
// of one row (each of the shorter guides' sections) "does not apply".
std::vector<std::string> not_applicable_notes(const analysis::PerspectiveSummary& perspective) {
  std::vector<std::string> notes;
  for (const auto& s : perspective.sections) {
    if (s.not_applicable.empty()) continue;
    notes.push_back(
        util::join_title(s.section->label(), ": ",
                         fmt::format("{} left out, {}: {}", util::counted(s.not_applicable.size(), "area", "areas"),
                                     s.section->has_one_row() ? "it does not apply" : "every row does not apply",
                                     util::join(s.not_applicable, ", "))));
  }
  return notes;
}

}  // namespace

namespace {

constexpr std::size_t k_numbers_width = 38;  // Median, Q1, Q3, Min, Max and Areas
constexpr std::size_t k_label_width = 42;    // as wide as the built-in frameworks' longest name needs

// `text` wrapped to `width`: its first line after `first`, the rest after `rest` (the same or deeper).
void append_wrapped(std::string& out, std::string_view first, std::string_view rest, const std::string& text,
                    std::size_t width) {
  out += util::wrap_hanging(util::terminal_text(text), width, first.size(), rest.size());
}

// Beside periods named 2026-Q3, a column headed Q1 reads as a quarter of the year.
constexpr const char* k_quartiles_note =
    "Q1 and Q3 are the lower and upper quartiles across areas (about a quarter of areas score below Q1 and a "
    "quarter above Q3), not quarters of the year.";

// The statistics of a section, aligned; a mark noted in `key` where no area has a score.
std::string numbers(const analysis::SectionStatistics& s, MissingScoreKey& key) {
  const std::string missing = s.areas == 0 ? key.not_scored_cell() : "";
  return fmt::format("{:>7}{:>6}{:>6}{:>6}{:>6}{:>7}{}", cell(s, s.median, missing), cell(s, s.lower_quartile, missing),
                     cell(s, s.upper_quartile, missing), cell(s, s.minimum, missing), cell(s, s.maximum, missing),
                     s.areas, s.partly_scored.empty() ? "" : k_partial_mark);
}

// One line a section, its name in a left column of 42 (wider when the width
// leaves room for longer names, narrower when every name is shorter), when
// the names fit beside the numbers; on a narrower width, each section's name
// on a line of its own (wrapped) with its numbers below it.
void append_section_table(std::string& out, const analysis::PerspectiveSummary& perspective, std::size_t width) {
  std::size_t longest = 0;
  for (const auto& s : perspective.sections) {
    longest = std::max(longest, util::display_width(util::terminal_text(s.section->label())));
  }
  const std::size_t room = width > k_numbers_width ? width - k_numbers_width : 0;
  const std::size_t label_width = std::min(room, std::max(longest + 1, k_label_width));
  const std::string heading =
      fmt::format("{:>7}{:>6}{:>6}{:>6}{:>6}{:>7}", "Median", "Q1", "Q3", "Min", "Max", "Areas");
  MissingScoreKey key(k_section_not_applicable, k_no_area_scored);
  if (label_width >= std::min(longest + 1, k_label_width) && label_width > 8) {
    out += fmt::format("{:<{}}{}\n", "Section", label_width, heading);
    for (const auto& s : perspective.sections) {
      const std::string label = util::truncate_to_width(util::terminal_text(s.section->label()), label_width - 1);
      out += label + std::string(label_width - util::display_width(label), ' ') + numbers(s, key) + '\n';
    }
  } else {
    out += "Section\n  " + heading + '\n';
    for (const auto& s : perspective.sections) {
      append_wrapped(out, "", "  ", s.section->label(), width);
      out += "  " + numbers(s, key) + '\n';
    }
  }
  if (!key.empty()) append_wrapped(out, "", "", key.line(), width);
  for (const auto& note : not_applicable_notes(perspective)) append_wrapped(out, "", "  ", note, width);
  const auto notes = coverage_notes(perspective);
  if (notes.empty()) return;
  append_wrapped(out, "", "", std::string(k_coverage_notes_heading), width);
  for (const auto& note : notes) append_wrapped(out, "  ", "    ", note, width);
}

}  // namespace

std::string render_summary_text(const Summary& summary, std::size_t width) {
  std::string out;
  append_wrapped(
      out, "", "",
      fmt::format("Summary of {} in {}; latest period {}", util::counted(summary.files, "assessment", "assessments"),
                  util::counted(summary.areas_summarised, "area", "areas"), summary.latest.to_string()),
      width);
  if (const auto counts = left_out_counts(summary); !counts.empty()) append_wrapped(out, "", "", counts, width);
  for (const auto& perspective : summary.perspectives) {
    out += '\n';
    append_wrapped(out, "", "", perspective_heading(summary, perspective), width);
    append_section_table(out, perspective, width);
  }
  if (!summary.perspectives.empty()) {
    out += '\n';
    append_wrapped(out, "", "", k_quartiles_note, width);
  }
  out += '\n';
  append_wrapped(
      out, "", "",
      fmt::format("Areas missing a perspective in {} ({}):", summary.latest.to_string(), summary.missing.size()),
      width);
  for (const auto& missing : summary.missing) {
    append_wrapped(out, "  ", "    ", fmt::format("{}: {}", missing.area, missing_text(missing)), width);
  }
  if (summary.missing.empty()) out += "  None.\n";
  if (const auto note = unreadable_note(summary, "its error, given before the summary, says what to correct"))
    append_wrapped(out, "  ", "  ", "(" + *note + ")", width);
  out += '\n';
  append_wrapped(out, "", "", fmt::format("Not completed in {} ({}):", months_before(summary), summary.stale.size()),
                 width);
  for (const auto& stale : summary.stale) append_wrapped(out, "  ", "    ", stale_text(summary, stale), width);
  if (summary.stale.empty()) out += "  None.\n";
  out += '\n';
  append_wrapped(out, "", "",
                 fmt::format("Largest organisation and peer network differences in {}:", summary.latest.to_string()),
                 width);
  for (const auto& gap : summary.gaps) append_wrapped(out, "  ", "    ", gap_text(gap), width);
  if (summary.gaps.empty())
    append_wrapped(out, "  ", "    ", "None: no area has both perspectives for this period.", width);
  return out;
}

namespace {

// Each file left out and why, but those for earlier periods (an area's
// history, often many and nothing to put right) only counted.
void append_left_out_markdown(std::string& out, const Summary& summary) {
  out += "\n## Files left out\n\n";
  std::size_t earlier = 0;
  for (const auto& file : summary.left_out) {
    if (file.reason == analysis::LeftOutReason::earlier_period) ++earlier;
    else
      out += fmt::format("- {}: {}\n", util::markdown_text(file.source),
                         util::markdown_inline_text(left_out_reason_text(summary, file)));
  }
  if (earlier > 0)
    out +=
        fmt::format("- {} for {} before {}, the period the summary is of (not listed here; the JSON format lists {})\n",
                    util::counted(earlier, "file", "files"), earlier == 1 ? "a period" : "periods",
                    summary.latest.to_string(), earlier == 1 ? "it" : "them");
  if (summary.left_out.empty()) out += "None.\n";
}

}  // namespace

std::string render_summary_markdown(const Summary& summary) {
  using util::markdown_inline_text;
  using util::markdown_text;
  std::string out = fmt::format("# Co-production reflection: summary across areas\n\n{} in {}; latest period {}.\n",
                                util::counted(summary.files, "assessment", "assessments"),
                                util::counted(summary.areas_summarised, "area", "areas"), summary.latest.to_string());
  if (const auto counts = left_out_counts(summary); !counts.empty())
    out += fmt::format("\n{}; see Files left out, below.\n", markdown_text(counts));
  for (const auto& perspective : summary.perspectives) {
    out += fmt::format(
        "\n## {}\n\n| Section | Median | Q1 | Q3 | Min | Max | Areas |\n|---|---:|---:|---:|---:|---:|---:|\n",
        markdown_inline_text(perspective_heading(summary, perspective)));
    for (const auto& s : perspective.sections) {
      const auto words = [&s](const analysis::Mean& value) { return cell(s, value, k_no_score_words); };
      out += fmt::format("| {} | {} | {} | {} | {} | {} | {} |\n", markdown_inline_text(s.section->label()),
                         words(s.median), words(s.lower_quartile), words(s.upper_quartile), words(s.minimum),
                         words(s.maximum), markdown_inline_text(areas_cell(s)));
    }
    const auto left_out = not_applicable_notes(perspective);
    if (!left_out.empty()) out += '\n';
    for (const auto& note : left_out) out += "- " + markdown_text(note) + '\n';
    const auto notes = coverage_notes(perspective);
    if (!notes.empty()) out += '\n' + markdown_text(std::string(k_coverage_notes_heading)) + "\n\n";
    for (const auto& note : notes) out += "- " + markdown_text(note) + '\n';
  }
  if (!summary.perspectives.empty()) out += fmt::format("\n{}\n", k_quartiles_note);
  out += fmt::format("\n## Areas missing a perspective in {}\n\n", summary.latest.to_string());
  for (const auto& missing : summary.missing)
    out += fmt::format("- {}: {}\n", markdown_text(missing.area), missing_text(missing, markdown_text));
  if (summary.missing.empty()) out += "None.\n";
  if (const auto note = unreadable_note(summary, "see Files left out, below"))
    out += fmt::format("\n{}.\n", markdown_text(*note));
  out += fmt::format("\n## Not completed in {}\n\n", months_before(summary));
  for (const auto& stale : summary.stale) out += "- " + markdown_text(stale_text(summary, stale)) + '\n';
  if (summary.stale.empty()) out += "None.\n";
  out += "\n## Largest organisation and peer network differences\n\n";
  for (const auto& gap : summary.gaps) out += "- " + markdown_text(gap_text(gap)) + '\n';
  if (summary.gaps.empty()) out += "None.\n";
  append_left_out_markdown(out, summary);
  return out;
}

// Every cell through util::csv_record, so a local framework's section ids are
// quoted and neutralised like any other text.
std::string render_summary_csv(const Summary& summary) {
  std::string out =
      util::csv_record({"perspective", "period", "section", "areas", "median", "lower_quartile", "upper_quartile",
                        "minimum", "maximum", "areas_partly_scored", "areas_not_applicable"});
  for (const auto& perspective : summary.perspectives) {
    for (const auto& s : perspective.sections) {
      out += util::csv_record({std::string(model::perspective_id(perspective.perspective)), summary.latest.to_string(),
                               s.section->id, fmt::format("{}", s.areas), csv_cell(s, s.median),
                               csv_cell(s, s.lower_quartile), csv_cell(s, s.upper_quartile), csv_cell(s, s.minimum),
                               csv_cell(s, s.maximum), fmt::format("{}", s.partly_scored.size()),
                               fmt::format("{}", s.not_applicable.size())});
    }
  }
  return out;
}

namespace {

void write_json_section(util::JsonWriter& json, const analysis::SectionStatistics& s) {
  json.begin_object();
  json.key("id").string(s.section->id);
  json.key("areas").number(s.areas);
  json.key("partly_scored_areas").begin_array();  // areas whose average leaves rows out
  for (const auto& [area, coverage] : s.partly_scored) json.string(area);
  json.end_array();
  json.key("not_applicable_areas").begin_array();  // areas left out: every row n/a
  for (const auto& area : s.not_applicable) json.string(area);
  json.end_array();
  for (const auto& [name, value] : {std::pair{"median", s.median},
                                    {"lower_quartile", s.lower_quartile},
                                    {"upper_quartile", s.upper_quartile},
                                    {"minimum", s.minimum},
                                    {"maximum", s.maximum}}) {
    json.key(name);
    if (s.areas > 0) json.real(value.value());
    else json.null();
  }
  json.end_object();
}

void write_json_perspectives(util::JsonWriter& json, const Summary& summary) {
  json.key("perspectives").begin_array();
  for (const auto& perspective : summary.perspectives) {
    json.begin_object();
    json.key("perspective").string(model::perspective_id(perspective.perspective));
    json.key("areas").number(perspective.areas);
    json.key("sections").begin_array();
    for (const auto& s : perspective.sections) write_json_section(json, s);
    json.end_array();
    json.end_object();
  }
  json.end_array();
}

void write_json_missing(util::JsonWriter& json, const Summary& summary) {
  json.key("missing_perspectives").begin_array();
  for (const auto& missing : summary.missing) {
    json.begin_object();
    json.key("area").string(missing.area);
    json.key("missing").begin_array();
    for (const auto perspective : missing.missing) json.string(model::perspective_id(perspective));
    json.end_array();
    json.key("probably_same_area_as").begin_array();
    for (const auto& other : missing.probably_same_as) json.string(other);
    json.end_array();
    json.end_object();
  }
  json.end_array();
}

void write_json_stale(util::JsonWriter& json, const Summary& summary) {
  json.key("stale").begin_array();
  for (const auto& stale : summary.stale) {
    json.begin_object();
    json.key("file").string(stale.digest.source);
    json.key("area").string(stale.digest.area);
    json.key("perspective").string(model::perspective_id(stale.digest.perspective));
    json.key("last_completed")
        .optional_string(stale.digest.last_completed ? std::optional(stale.digest.last_completed->to_string())
                                                     : std::nullopt);
    json.key("sections").number(stale.sections);
    json.key("sections_completed_in_window").number(stale.recent_sections);
    json.end_object();
  }
  json.end_array();
}

void write_json_gaps(util::JsonWriter& json, const Summary& summary) {
  json.key("gap_direction").string(analysis::k_gap_direction);
  json.key("gaps").begin_array();
  for (const auto& gap : summary.gaps) {
    json.begin_object();
    json.key("area").string(gap.area);
    json.key("section").string(gap.section->id);
    json.key("organisation").decimal(gap.organisation / 10.0, 1);
    json.key("peer_network").decimal(gap.peer_network / 10.0, 1);
    json.key("difference").decimal(gap.difference() / 10.0, 1);
    json.end_object();
  }
  json.end_array();
}

void write_json_left_out(util::JsonWriter& json, const Summary& summary) {
  json.key("left_out").begin_array();  // every file found but not summarised, by file name
  for (const auto& file : summary.left_out) {
    json.begin_object();
    json.key("file").string(file.source);
    json.key("reason").string(left_out_reason_id(file.reason));
    json.key("period").optional_string(file.period ? std::optional(file.period->to_string()) : std::nullopt);
    json.key("detail").string(left_out_reason_text(summary, file));
    json.end_object();
  }
  json.end_array();
}

}  // namespace

std::string render_summary_json(const Summary& summary) {
  util::JsonWriter json;
  json.begin_object();
  json.key("format").string("coprod-summary/2");  // 2: differences are peer network minus organisation
  json.key("files").number(summary.files);
  json.key("areas").number(summary.areas_summarised);
  json.key("latest_period").string(summary.latest.to_string());
  write_json_perspectives(json, summary);
  write_json_missing(json, summary);
  write_json_stale(json, summary);
  write_json_gaps(json, summary);
  write_json_left_out(json, summary);
  json.end_object();
  return json.finish();
}

}  // namespace coprod::render
