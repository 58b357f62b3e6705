#include "render/summary.hpp"

#include <cmath>

#include <fmt/format.h>

#include "render/comparison.hpp"
#include "util/escape.hpp"
#include "util/json_writer.hpp"
#include "util/text.hpp"

namespace coprod::render {

namespace {

using analysis::Summary;

std::string perspective_heading(const Summary& summary, const analysis::PerspectiveSummary& perspective) {
  std::string title(model::perspective_title(perspective.perspective));
  title[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(title[0])));
  return fmt::format("{}, {} ({} {})", title, summary.latest.to_string(), perspective.areas,
                     perspective.areas == 1 ? "area" : "areas");
}

std::string missing_text(const analysis::MissingPerspective& missing) {
  std::vector<std::string> names;
  for (const auto perspective : missing.missing) names.emplace_back(model::perspective_title(perspective));
  return "no " + util::join(names, " or ") + " assessment";
}

std::string stale_text(const analysis::StaleAssessment& stale) {
  const auto& d = stale.digest;
  return fmt::format(
      "{}, {}: {} ({}, {})", d.area, model::perspective_title(d.perspective),
      d.last_completed ? "last completed " + d.last_completed->to_string() : std::string("no completion date"),
      d.period.to_string(), d.source);
}

std::string tenths_text(int tenths) { return analysis::Mean{tenths, 5}.to_string(); }

std::string gap_text(const analysis::PerspectiveGap& gap) {
  return fmt::format("{}, {}: organisation {}, peer network {} ({}: {})", gap.area, gap.section->label(),
                     tenths_text(gap.organisation), tenths_text(gap.peer_network), analysis::k_gap_direction,
                     format_difference(gap.difference() / 10.0));
}

// Rounded half up, as every score coprod shows.
std::string cell(const analysis::SectionStatistics& s, const analysis::Mean& value) {
  return s.areas == 0 ? "-" : value.to_string();
}

// In CSV a section no area has scored is an empty cell, as in the other CSV outputs.
std::string csv_cell(const analysis::SectionStatistics& s, const analysis::Mean& value) {
  return s.areas == 0 ? "" : value.to_string();
}

}  // namespace

std::string render_summary_text(const Summary& summary) {
  std::string out =
      fmt::format("Summary of {} in {}; latest period {}\n", util::counted(summary.files, "assessment", "assessments"),
                  util::counted(summary.areas.size(), "area", "areas"), summary.latest.to_string());
  for (const auto& perspective : summary.perspectives) {
    out += fmt::format("\n{}\n{:<42}{:>7}{:>6}{:>6}{:>6}{:>6}{:>7}\n",
                       util::terminal_text(perspective_heading(summary, perspective)), "Section", "Median", "Q1", "Q3",
                       "Min", "Max", "Areas");
    for (const auto& s : perspective.sections) {
      out += fmt::format("{:<42}{:>7}{:>6}{:>6}{:>6}{:>6}{:>7}\n", util::truncate_to_width(s.section->label(), 41),
                         cell(s, s.median), cell(s, s.lower_quartile), cell(s, s.upper_quartile), cell(s, s.minimum),
                         cell(s, s.maximum), s.areas);
    }
  }
  out += fmt::format("\nAreas missing a perspective in {} ({}):\n", summary.latest.to_string(), summary.missing.size());
  for (const auto& missing : summary.missing)
    out += fmt::format("  {}: {}\n", util::terminal_text(missing.area), missing_text(missing));
  if (summary.missing.empty()) out += "  None.\n";
  out += fmt::format("\nNot completed in the {} months before {} ({}):\n", summary.stale_months,
                     summary.today.to_string(), summary.stale.size());
  for (const auto& stale : summary.stale) out += "  " + util::terminal_text(stale_text(stale)) + '\n';
  if (summary.stale.empty()) out += "  None.\n";
  out += fmt::format("\nLargest organisation and peer network differences in {}:\n", summary.latest.to_string());
  for (const auto& gap : summary.gaps) out += "  " + util::terminal_text(gap_text(gap)) + '\n';
  if (summary.gaps.empty()) out += "  None: no area has both perspectives for this period.\n";
  return out;
}

std::string render_summary_markdown(const Summary& summary) {
  using util::markdown_text;
  std::string out = fmt::format("# Co-production reflection: summary across areas\n\n{} in {}; latest period {}.\n",
                                util::counted(summary.files, "assessment", "assessments"),
                                util::counted(summary.areas.size(), "area", "areas"), summary.latest.to_string());
  for (const auto& perspective : summary.perspectives) {
    out += fmt::format(
        "\n## {}\n\n| Section | Median | Q1 | Q3 | Min | Max | Areas |\n|---|---:|---:|---:|---:|---:|---:|\n",
        markdown_text(perspective_heading(summary, perspective)));
    for (const auto& s : perspective.sections) {
      out += fmt::format("| {} | {} | {} | {} | {} | {} | {} |\n", markdown_text(s.section->label()), cell(s, s.median),
                         cell(s, s.lower_quartile), cell(s, s.upper_quartile), cell(s, s.minimum), cell(s, s.maximum),
                         s.areas);
    }
  }
  out += fmt::format("\n## Areas missing a perspective in {}\n\n", summary.latest.to_string());
  for (const auto& missing : summary.missing)
    out += fmt::format("- {}: {}\n", markdown_text(missing.area), missing_text(missing));
  if (summary.missing.empty()) out += "None.\n";
  out +=
      fmt::format("\n## Not completed in the {} months before {}\n\n", summary.stale_months, summary.today.to_string());
  for (const auto& stale : summary.stale) out += "- " + markdown_text(stale_text(stale)) + '\n';
  if (summary.stale.empty()) out += "None.\n";
  out += "\n## Largest organisation and peer network differences\n\n";
  for (const auto& gap : summary.gaps) out += "- " + markdown_text(gap_text(gap)) + '\n';
  if (summary.gaps.empty()) out += "None.\n";
  return out;
}

// Every cell through util::csv_record, so a local framework's section ids are
// quoted and neutralised like any other text.
std::string render_summary_csv(const Summary& summary) {
  std::string out = util::csv_record({"perspective", "period", "section", "areas", "median", "lower_quartile",
                                      "upper_quartile", "minimum", "maximum"});
  for (const auto& perspective : summary.perspectives) {
    for (const auto& s : perspective.sections) {
      out += util::csv_record({std::string(model::perspective_id(perspective.perspective)), summary.latest.to_string(),
                               s.section->id, fmt::format("{}", s.areas), csv_cell(s, s.median),
                               csv_cell(s, s.lower_quartile), csv_cell(s, s.upper_quartile), csv_cell(s, s.minimum),
                               csv_cell(s, s.maximum)});
    }
  }
  return out;
}

std::string render_summary_json(const Summary& summary) {
  util::JsonWriter json;
  json.begin_object();
  json.key("format").string("coprod-summary/2");  // 2: differences are peer network minus organisation
  json.key("files").number(summary.files);
  json.key("areas").number(static_cast<int>(summary.areas.size()));
  json.key("latest_period").string(summary.latest.to_string());
  json.key("perspectives").begin_array();
  for (const auto& perspective : summary.perspectives) {
    json.begin_object();
    json.key("perspective").string(model::perspective_id(perspective.perspective));
    json.key("areas").number(perspective.areas);
    json.key("sections").begin_array();
    for (const auto& s : perspective.sections) {
      json.begin_object();
      json.key("id").string(s.section->id);
      json.key("areas").number(s.areas);
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
    json.end_array();
    json.end_object();
  }
  json.end_array();
  json.key("missing_perspectives").begin_array();
  for (const auto& missing : summary.missing) {
    json.begin_object();
    json.key("area").string(missing.area);
    json.key("missing").begin_array();
    for (const auto perspective : missing.missing) json.string(model::perspective_id(perspective));
    json.end_array();
    json.end_object();
  }
  json.end_array();
  json.key("stale").begin_array();
  for (const auto& stale : summary.stale) {
    json.begin_object();
    json.key("file").string(stale.digest.source);
    json.key("area").string(stale.digest.area);
    json.key("perspective").string(model::perspective_id(stale.digest.perspective));
    json.key("last_completed")
        .optional_string(stale.digest.last_completed ? std::optional(stale.digest.last_completed->to_string())
                                                     : std::nullopt);
    json.end_object();
  }
  json.end_array();
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
  json.end_object();
  return json.finish();
}

}  // namespace coprod::render
