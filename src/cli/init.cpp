// coprod init: create a new assessment file to complete in any editor.

#include <algorithm>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "analysis/carried_forward.hpp"
#include "analysis/check_flags.hpp"
#include "analysis/file_name_period.hpp"
#include "analysis/next_period.hpp"
#include "analysis/scoring.hpp"
#include "cli/command.hpp"
#include "cli/error.hpp"
#include "cli/files.hpp"
#include "cli/loading.hpp"
#include "cli/output_file.hpp"
#include "cli/output_format_warning.hpp"
#include "cli/output_place.hpp"
#include "cli/schema_location.hpp"
#include "cli/standard_input.hpp"
#include "cli/today.hpp"
#include "model/typed_period.hpp"
#include "render/row_words.hpp"
#include "util/escape.hpp"
#include "util/shell_word.hpp"
#include "util/text.hpp"
#include "yaml/assessment_editor.hpp"
#include "yaml/assessment_loader.hpp"
#include "yaml/assessment_writer.hpp"

namespace coprod::cli {

namespace {

struct InitOptions {
  std::string output;
  std::string perspective;
  std::string area;
  std::string period;
  std::string framework{k_default_framework};
  std::string from;
  std::string schema;
  bool force = false;
};

// The period as the files write it (2026-Q4), or typed as the scoring form takes it ("Q4 2026", "09/2026").
model::Period parse_period_option(const std::string& text) {
  if (auto period = model::parse_typed_period(text)) return *period;
  throw Error(k_exit_usage,
              fmt::format("--period '{}' is not a review period; {}", text, model::what_to_write_for_period(text)));
}

model::Assessment new_assessment(const InitOptions& options) {
  std::vector<std::string> missing;
  if (options.perspective.empty()) missing.push_back("--perspective");
  if (util::trim(options.area).empty()) missing.push_back("--area");
  if (options.period.empty()) missing.push_back("--period");
  if (!missing.empty()) {
    throw Error(k_exit_usage,
                fmt::format("init needs --perspective, --area and --period (or --from a previous period's file), and "
                            "{} {} missing or empty; for example: coprod init org.yaml --perspective organisation "
                            "--area \"Northbridge\" --period 2026-Q3",
                            util::join_in_words(missing), missing.size() == 1 ? "is" : "are"));
  }
  model::Assessment assessment;
  assessment.perspective = perspective_option(options.perspective);
  assessment.area = std::string(util::trim(options.area));  // spaces around it would make it another area's name
  assessment.period = parse_period_option(options.period);
  return assessment;
}

std::string schema_location(const InitOptions& options) {
  if (options.schema == "none") return {};
  return options.schema.empty() ? default_schema_location(k_assessment_schema, options.output) : options.schema;
}

// check's future-date warning for a period that starts after today (2036-Q1
// typed for 2026-Q1), at the period's line in what was written, as score and
// check give it: the file is made all the same, but it is said.
void warn_if_future_period(const InitOptions& options, const model::Period& period, const std::string& written,
                           Console& console) {
  const Today today = today_with_origin("", console, "");
  const auto message = analysis::future_period_message(period, today.date, today.origin);
  if (!message) return;
  const std::string source = output_name(options.output, "the new assessment");
  const auto document = yaml::parse_document(written, source);
  const yaml::Node* at = document ? document->find("period") : nullptr;
  print_diagnostics(
      console, {analysis::make_flag(source, at ? at->position : util::Position{}, "future-date", *message).diagnostic});
}

// A new file whose name gives one period while it would hold another, which
// check would flag (file-name-period): refused before anything is written.
// `why` says where the period came from ("--period is 2027-Q3").
void refuse_file_name_period(const InitOptions& options, const model::Period& period, const std::string& why) {
  if (output_place(options.output) != OutputPlace::file) return;
  const auto named = analysis::period_in_file_name(options.output);
  if (!named || *named == period) return;
  throw Error(k_exit_usage,
              fmt::format("the file name {0} says {1}, but {2}, and coprod check would flag the "
                          "difference (file-name-period); {3} --period {1}, or name the file {4}; "
                          "nothing was written",
                          options.output, named->to_string(), why, options.period.empty() ? "add" : "give",
                          analysis::file_name_with_period(options.output, period)));
}

int init_fresh(const InitOptions& options, Console& console) {
  const auto resolved = resolve_framework(options.framework);
  const model::Framework& framework = *resolved.framework;
  const model::Assessment assessment = new_assessment(options);
  refuse_file_name_period(options, assessment.period, "--period is " + assessment.period.to_string());
  const std::string written = yaml::write_assessment_file(framework, assessment, {schema_location(options)});
  write_output_file(console, options.output, written, options.force);
  const auto place = output_place(options.output);
  if (place == OutputPlace::nowhere) console.err(nothing_kept_message(options.output, "the new assessment"));
  if (place == OutputPlace::file) {
    // Where every section is its one row (the shorter guides), the sections are what is scored: counted once.
    const std::string to_score =
        render::row_words(framework).sections
            ? util::counted(framework.sections.size(), "section", "sections") + " to score"
            : fmt::format("{} to score in {}", util::counted(framework.row_count(), "row", "rows"),
                          util::counted(framework.sections.size(), "section", "sections"));
    console.err(fmt::format("Created {}: {} ({}, {}, {}).\n", options.output, to_score, assessment.area,
                            model::perspective_title(assessment.perspective), assessment.period.to_string()));
  }
  warn_if_future_period(options, assessment.period, written, console);
  return k_exit_success;
}

// Where the new file's schema line points: as asked (--schema), else as the
// previous file's does, a relative location moved so that it still reaches
// the same schema from the new file's folder, or the default when it reaches
// nothing from there; nullopt keeps the line.
std::optional<std::string> carried_schema(const InitOptions& options, const std::string& previous_text,
                                          const yaml::Node& previous) {
  namespace fs = std::filesystem;
  if (options.schema == "none") return "";
  if (!options.schema.empty()) return options.schema;
  const auto old = yaml::schema_location_of(previous_text, previous);
  if (!old) return std::nullopt;
  const fs::path from_folder = fs::absolute(options.from).parent_path().lexically_normal();
  return moved_schema_location(*old, from_folder, folder_of_written_file(options.output), real_schema_disk(),
                               [&options] { return schema_location(options); });
}

// What to do after init --from: the sections still give the earlier
// period's completed dates. Said when any does.
std::string next_step_message(const std::string& output, const model::Assessment& earlier,
                              const model::Period& period) {
  const auto dated = std::count_if(earlier.sections.begin(), earlier.sections.end(), [&](const auto& section) {
    return section.last_completed && analysis::completed_before(*section.last_completed, period);
  });
  if (dated == 0) return "";
  return util::terminal_text(fmt::format(
             "Next: {} {}'s completed {}; as you review {}, record its score and date with 'coprod score {} "
             "--interactive' (or --set SECTION.last_completed=YYYY-MM-DD).",
             dated == 1 ? "one section still gives" : fmt::format("{} sections still give", dated),
             earlier.period.to_string(), dated == 1 ? "date" : "dates", dated == 1 ? "it" : "each",
             util::shell_word(output))) +
         "\n";
}

// The previous file's text with the next period and empty reflections, so the
// diff between the two periods' files shows only what people change.
int init_from_previous(const InitOptions& options, Console& console) {
  if (!options.perspective.empty() || !options.area.empty()) {
    throw Error(k_exit_usage,
                "with --from, the area and perspective come from the previous file; leave out "
                "--area and --perspective");
  }
  // So --framework can supply a local framework's file.
  const auto resolved = resolve_framework(options.framework);
  const model::FrameworkCatalog& catalog = resolved.catalog;
  auto text = read_input_file(options.from);
  if (!text) throw Error(k_exit_invalid_input, text.problems());
  auto tree = yaml::parse_document(*text, options.from);
  if (!tree) throw Error(k_exit_invalid_input, tree.problems());
  auto previous = yaml::load_assessment(*tree, options.from, catalog);
  if (!previous) throw Error(k_exit_invalid_input, previous.problems());
  const model::Assessment& assessment = previous->assessment;
  if (options.framework != k_default_framework && resolved.framework->id != assessment.framework_id) {
    throw Error(k_exit_usage, fmt::format("{} is for the framework '{}', and --from keeps it; --framework with --from "
                                          "only supplies that framework's file, not another framework ('{}')",
                                          options.from, assessment.framework_id, resolved.framework->id));
  }
  const model::Period period = options.period.empty() ? assessment.period.next() : parse_period_option(options.period);
  if (!model::Period::parse(period.to_string())) {
    throw Error(k_exit_usage, fmt::format("the period after {} would be {}, which is not a review period coprod "
                                          "reads; give --period for the new file",
                                          assessment.period.to_string(), period.to_string()));
  }
  if (period == assessment.period) {
    throw Error(k_exit_usage,
                fmt::format("--period {0} is the period of {1} itself; give the new file's period, such as "
                            "{2}, or leave out --period for {2}",
                            period.to_string(), options.from, assessment.period.next().to_string()));
  }
  const auto period_problems = analysis::check_next_period(assessment, period);
  if (util::has_errors(period_problems)) throw Error(k_exit_usage, period_problems);
  refuse_file_name_period(options, period,
                          options.period.empty()
                              ? fmt::format("the new file's period would be {}, the period after {} in {}",
                                            period.to_string(), assessment.period.to_string(), options.from)
                              : "--period is " + period.to_string());
  print_diagnostics(console, period_problems);
  auto carried = yaml::carry_forward(*text, *tree, options.from, period, carried_schema(options, *text, *tree));
  if (!carried) {
    util::Diagnostic why = carried.problems().front();
    why.severity = util::Severity::warning;
    why.message = fmt::format(
        "{}; as it is, the file cannot be copied line for line, so {} is written afresh from its "
        "answers, without its comments and layout",
        why.message, output_name(options.output, "the new assessment"));
    print_diagnostics(console, {why});
    model::Assessment moved = assessment;
    moved.period = period;
    moved.reflections = {};
    moved.combined_from.reset();
    for (auto& section : moved.sections) {
      section.spread.reset();
      for (auto& row : section.rows) {
        row.spread.reset();
        row.indicator_seen_by.reset();
        row.warning_seen_by.reset();
      }
    }
    const auto schema = carried_schema(options, *text, *tree);
    const auto kept = yaml::schema_location_of(*text, *tree);
    carried = yaml::write_assessment_file(*previous->framework, moved,
                                          {schema ? *schema
                                           : kept ? *kept
                                                  : schema_location(options)});
  }
  write_output_file(console, options.output, *carried, options.force);
  const auto place = output_place(options.output);
  if (place == OutputPlace::nowhere) console.err(nothing_kept_message(options.output, "the new assessment"));
  if (place == OutputPlace::file) {
    const auto scored = analysis::score_assessment(previous->framework, assessment);
    int rows_with_scores = 0;
    for (const auto& section : scored.sections) rows_with_scores += section.scored_rows + section.not_applicable_rows;
    console.err(fmt::format("Created {} for {} from {}: {} of {} {} forward; reflections start empty.\n",
                            options.output, period.to_string(), options.from, rows_with_scores,
                            render::row_words(*previous->framework).counted(previous->framework->row_count()),
                            rows_with_scores == 1 ? "carries its score" : "carry their score"));
    console.err(next_step_message(options.output, assessment, period));
  }
  warn_if_future_period(options, period, *carried, console);
  return k_exit_success;
}

int run_init(const InitOptions& options, Console& console) {
  refuse_standard_input_twice({{"--from", {options.from}}, {"--framework", {options.framework}}});
  if (std::any_of(options.schema.begin(), options.schema.end(),
                  [](char c) { return static_cast<unsigned char>(c) < 0x20; }))
    throw Error(k_exit_usage, "--schema holds a line break or a control character; give the schema's path or address");
  refuse_output_among_inputs(options.output, {{options.from, options.framework}}, "the new file");
  check_output_writable(options.output, options.force);
  warn_about_output_format(console, options.output, "yaml", {});
  return options.from.empty() ? init_fresh(options, console) : init_from_previous(options, console);
}

}  // namespace

CommandRunner setup_init(CLI::App& app) {
  auto options = std::make_shared<InitOptions>();
  CLI::App* command = app.add_subcommand(
      "init",
      "Create a new assessment file for one perspective, area and review period. Each row's early indicator "
      "and warning sign, and each section's aim, are written as comments, so it can be completed in any "
      "editor without the guide beside you.");
  command->add_option("file", options->output, "The file to create (- for standard output)")->required();
  command
      ->add_option("--perspective", options->perspective,
                   "Whose view this records: organisation, peer-network (the co-production peer network) or individual")
      ->type_name("PERSPECTIVE");
  remember_perspectives(command->get_option("--perspective"));
  command->add_option("--area", options->area, "The local area, for example \"Northbridge\"")->type_name("AREA");
  command->add_option("--period", options->period, "The review period, for example 2026-Q3 (also 2026-H2 or 2026-09)")
      ->type_name("PERIOD");
  accepts_framework_id(command
                           ->add_option("--framework", options->framework,
                                        "A built-in framework id (see 'coprod frameworks') or a framework file")
                           ->default_str(std::string(k_default_framework))
                           ->type_name("FRAMEWORK"));
  command
      ->add_option("--from", options->from,
                   "Start from a previous period's file: copy it with the next period and empty reflections, "
                   "keeping its scores, evidence, notes and layout, so next quarter's diff shows only what "
                   "changes. The period moves on by one unless --period is given")
      ->type_name("FILE");
  command
      ->add_option("--schema", options->schema,
                   "Where editors find the JSON Schema for the '# yaml-language-server' line (a path or URL; "
                   "'none' to leave the line out). Default: the nearest schemas/assessment.schema.json (or "
                   "assessment.schema.json) in the new file's folder or one above it, up to the top of its git "
                   "repository, as a relative path; else the schema installed with coprod")
      ->type_name("LOCATION");
  command->add_flag("--force", options->force, "Replace the file if it already exists");
  return {command, [options](Console& console) { return run_init(*options, console); }};
}

}  // namespace coprod::cli
