// coprod check: validate files and flag what should not be published or
// committed unexamined: likely personal data in free text, scores of 3 or
// more with no evidence, and evidence more than a year old.

#include <algorithm>
#include <filesystem>
#include <memory>
#include <set>

#include <fmt/format.h>

#include "analysis/check_flags.hpp"
#include "analysis/comment_in_text.hpp"
#include "analysis/field_in_text.hpp"
#include "analysis/file_name_period.hpp"
#include "analysis/personal_data_flags.hpp"
#include "analysis/reviewed_marker_rules.hpp"
#include "analysis/scoring.hpp"
#include "cli/command.hpp"
#include "cli/error.hpp"
#include "cli/files.hpp"
#include "cli/git_history.hpp"
#include "cli/loading.hpp"
#include "cli/plan_paths.hpp"
#include "cli/source_texts.hpp"
#include "cli/standard_input.hpp"
#include "cli/today.hpp"
#include "render/diagnostic_json.hpp"
#include "util/escape.hpp"
#include "util/json_writer.hpp"
#include "util/shell_word.hpp"
#include "util/text.hpp"
#include "yaml/assessment_loader.hpp"
#include "yaml/plan_loader.hpp"
#include "yaml/text_fields.hpp"

namespace coprod::cli {

namespace {

struct CheckOptions {
  std::vector<std::string> files;
  std::vector<std::string> frameworks;
  std::string format = "text";
  std::string today;
  std::string since;
  std::vector<std::string> fail_on;  // rules that fail the run; empty: all
};

// --since: the revision, and the repositories of the files checked, each
// opened once for the run.
struct Since {
  std::string revision;  // "" without --since
  Repositories repositories;
};

// A score that changed since `revision` while its evidence did not: the
// evidence should say why the score moved. Compared with the file at that
// revision (under the name it had there, when git recorded a rename), or else
// the latest earlier period's file of the same area and perspective beside it
// (as `history` finds them); what cannot be read there is a problem, never a
// silent pass; finding nothing to compare with is a warning in `notes`, which
// does not fail the check.
void flag_unexplained_changes(const yaml::LoadedAssessment& now, Since& since_revision,
                              const model::FrameworkCatalog& catalog, std::vector<analysis::Flag>& flags,
                              util::Diagnostics& problems, util::Diagnostics& notes) {
  const std::string& revision = since_revision.revision;
  GitRepository* const repository = since_revision.repositories.for_file(now.assessment.source);
  if (!repository) throw Error(k_exit_usage, "--since needs the files to be in a git repository");
  const auto path = path_in_repository(*repository, now.assessment.source);
  const auto commit = resolve_commit(*repository, revision);
  if (!path || !commit) return;  // outside its work tree; the revision was checked first
  auto before = earlier_version(*repository, *commit, *path, now.assessment, catalog);
  if (!before) {  // where the earlier file is wrong, as it was at that commit
    util::Diagnostic problem = before.problems().front();
    problem.message = fmt::format("--since {}: {}", revision, problem.message);
    problems.push_back(std::move(problem));
    return;
  }
  if (!*before) {  // a new area or perspective, or a file or folder renamed since
    notes.push_back(
        {util::Severity::warning,
         now.assessment.source,
         {0, 0},
         fmt::format("--since {0}: nothing to compare with (neither this file, under this name or one "
                     "git records it was renamed from, nor an earlier period's file beside it was there at "
                     "{0}), so no unexplained changes were looked for; if it was there under another name, "
                     "compare it with that: coprod compare {2} {1}",
                     revision, util::shell_word(now.assessment.source), util::shell_word(revision + ":OLD-PATH"))});
    return;
  }
  const std::string since = (*before)->path == *path ? revision : fmt::format("{} ({})", revision, (*before)->path);
  const auto found = analysis::flag_unexplained_changes(now.assessment, (*before)->loaded.assessment, since);
  flags.insert(flags.end(), found.begin(), found.end());
}

// Stops early, before any file is read, if --since names no commit in the
// repository of any file: a typo must not quietly turn the check off.
void require_revision(const std::string& revision, const std::vector<std::string>& files) {
  std::set<std::string> folders_seen;
  for (const auto& file : files) {
    if (file == "-") {
      throw Error(k_exit_usage,
                  "--since compares files with their committed versions, and standard input (-) has none; name the "
                  "files");
    }
    if (!folders_seen.insert(std::filesystem::path(file).parent_path().string()).second) continue;
    const auto repository = GitRepository::discover_for_file(file);
    if (!repository) throw Error(k_exit_usage, fmt::format("--since needs {} to be in a git repository", file));
    if (auto commit = resolve_commit(*repository, revision); !commit) {
      throw Error(k_exit_usage, "--since: " + commit.problems().front().message);
    }
  }
}

// Loads one file (an assessment or a plan), adding its problems or flags.
void check_file(const std::string& path, const model::FrameworkCatalog& catalog, const Today& today, Since& since,
                util::Diagnostics& problems, util::Diagnostics& notes, std::vector<analysis::Flag>& flags) {
  auto text = read_input_file(path);
  if (!text) {
    problems.insert(problems.end(), text.problems().begin(), text.problems().end());
    return;
  }
  auto document = yaml::parse_document(*text, path);
  if (!document) {
    problems.insert(problems.end(), document.problems().begin(), document.problems().end());
    return;
  }
  const yaml::Node* format = document->find("format");
  if (format && format->text == yaml::k_plan_format) {
    auto plan = yaml::load_plan(*document, path, catalog);
    if (!plan) {
      problems.insert(problems.end(), plan.problems().begin(), plan.problems().end());
      return;
    }
    const auto files = plan_assessment_files(path, plan->plan.assessments, *document);
    if (!files) {
      problems.insert(problems.end(), files.problems().begin(), files.problems().end());
      return;
    }
  } else {
    auto assessment = yaml::load_assessment(*document, path, catalog);
    if (!assessment) {
      problems.insert(problems.end(), assessment.problems().begin(), assessment.problems().end());
      return;
    }
    const auto scored = analysis::flag_scores(analysis::score_assessment(assessment->framework, assessment->assessment),
                                              today.date, today.origin);
    flags.insert(flags.end(), scored.begin(), scored.end());
    if (auto message = analysis::future_period_message(assessment->assessment.period, today.date, today.origin))
      flags.push_back(analysis::make_flag(path, document->find("period")->position, "future-date", *message));
    if (auto message = analysis::file_name_period_message(assessment->assessment)) {
      flags.push_back(analysis::make_flag(path, assessment->assessment.period_position,
                                          analysis::k_file_name_period_rule, *message));
    }
    if (auto flag = analysis::flag_carried_forward(assessment->assessment)) flags.push_back(std::move(*flag));
    if (!since.revision.empty()) flag_unexplained_changes(*assessment, since, catalog, flags, problems, notes);
  }
  const auto fields = yaml::find_text_fields(*text, *document);
  const auto personal = analysis::flag_personal_data(path, fields, {.owner_names = true, .left_out = {}});
  flags.insert(flags.end(), personal.begin(), personal.end());
  const auto cut = analysis::flag_text_cut_by_comments(path, fields);
  flags.insert(flags.end(), cut.begin(), cut.end());
  const auto misplaced = analysis::flag_fields_in_text(path, fields);
  flags.insert(flags.end(), misplaced.begin(), misplaced.end());
  const auto comments = yaml::find_comments(*text, *document);
  const auto unknown_rules = analysis::unknown_reviewed_rules(path, comments);
  notes.insert(notes.end(), unknown_rules.begin(), unknown_rules.end());
  for (auto& flag : analysis::flag_personal_data_in_comments(path, comments)) {
    // A comment after a plain value is on a line the value's own scan has read.
    const bool seen = std::any_of(personal.begin(), personal.end(), [&](const analysis::Flag& other) {
      return other.rule == flag.rule && other.diagnostic.position.line == flag.diagnostic.position.line &&
             other.diagnostic.position.column == flag.diagnostic.position.column;
    });
    if (!seen) flags.push_back(std::move(flag));
  }
}

// Each line of a file, numbered from 1.
std::vector<model::TextLine> numbered_lines(std::string_view text) {
  std::vector<model::TextLine> lines;
  int number = 0;
  for (const auto& line : util::split_lines(text)) lines.push_back({++number, 1, std::string(line)});
  return lines;
}

// `warnings` are what the text output prints as warnings without failing the
// check (nothing to compare with at the --since revision).
std::string render_json(const std::vector<analysis::Flag>& flags, const util::Diagnostics& problems,
                        const util::Diagnostics& warnings) {
  util::JsonWriter json;
  json.begin_object();
  json.key("format").string("coprod-check/1");
  util::Diagnostics invalid;
  for (const auto& problem : problems) invalid.push_back(with_character_column(problem));
  render::write_invalid_files_json(json, invalid);
  json.key("flags").begin_array();
  for (const auto& flag : flags) render::write_diagnostic_json(json, with_character_column(flag.diagnostic), flag.rule);
  json.end_array();
  json.key("warnings").begin_array();
  for (const auto& warning : warnings) {
    json.begin_object();
    json.key("file").string(warning.source);
    json.key("line").number(warning.position.line);
    json.key("column").number(character_position(warning.source, warning.position).column);
    json.key("message").string(warning.message);
    json.end_object();
  }
  json.end_array();
  json.end_object();
  return json.finish();
}

// A file that does not exist but is named like a check rule is a rule meant
// for --fail-on ("--fail-on evidence-missing email"), which takes its rules
// in one value, comma-separated; the message gives that value whole, and
// names the first three such files and how many more.
void refuse_rules_given_as_files(const CheckOptions& options) {
  std::vector<std::string> rules = options.fail_on;
  std::vector<std::string> stray;
  for (const auto& path : options.files) {
    const bool rule = std::find_if(std::begin(analysis::k_check_rules), std::end(analysis::k_check_rules),
                                   [&](const char* name) { return path == name; }) != std::end(analysis::k_check_rules);
    if (!rule || file_exists(path)) continue;
    stray.push_back(path);
    rules.push_back(path);
  }
  if (stray.empty()) return;
  const bool one = stray.size() == 1;
  throw Error(k_exit_usage, fmt::format("{}: no such {}; {} the name of a check rule, and --fail-on takes the rules "
                                        "in one value, comma-separated: --fail-on {}",
                                        util::join_first_in_words(stray, 3), one ? "file" : "files",
                                        one ? "it is" : "each is", util::join(rules, ",")));
}

int run_check(const CheckOptions& options, Console& console) {
  refuse_standard_input_twice({{"", options.files}, {"--framework", options.frameworks}});
  refuse_files_named_twice(options.files);
  refuse_rules_given_as_files(options);
  const model::FrameworkCatalog catalog = load_catalog(options.frameworks);
  const Today today = today_with_origin(options.today, console);
  if (!options.since.empty()) require_revision(options.since, options.files);
  util::Diagnostics problems;
  util::Diagnostics notes;
  std::vector<analysis::Flag> flags;
  Since since{options.since, {}};
  for (const auto& path : options.files) check_file(path, catalog, today, since, problems, notes, flags);
  for (const auto& path : options.frameworks) {
    // Local framework files are published with reports too; load_catalog has read them already.
    if (const auto text = read_input_file(path)) {
      const auto found = analysis::flag_personal_data_in_framework(path, *text);
      flags.insert(flags.end(), found.begin(), found.end());
      const auto unknown_rules = analysis::unknown_reviewed_rules(path, numbered_lines(*text));
      notes.insert(notes.end(), unknown_rules.begin(), unknown_rules.end());
    }
  }
  util::sort_by_position(problems);
  util::sort_by_position(flags, [](const analysis::Flag& flag) -> const util::Diagnostic& { return flag.diagnostic; });
  if (options.format == "json") {
    console.out(render_json(flags, problems, notes));
  } else {  // the report, every line a problem at file:line:column, on standard output; the summary on error
    for (const auto& problem : problems) console.out(diagnostic_line(problem));
    for (const auto& note : notes) console.out(diagnostic_line(note));
    for (const auto& flag : flags) console.out(diagnostic_line(flag.diagnostic));
    std::set<std::string> invalid_files;
    for (const auto& problem : problems) invalid_files.insert(problem.source);
    console.err(fmt::format("coprod check: {} {} checked: {} invalid, {} {}\n", options.files.size(),
                            options.files.size() == 1 ? "file" : "files", invalid_files.size(), flags.size(),
                            flags.size() == 1 ? "flag" : "flags"));
  }
  if (!problems.empty()) return k_exit_invalid_input;
  const bool failing = std::any_of(flags.begin(), flags.end(), [&](const analysis::Flag& flag) {
    return options.fail_on.empty() ||
           std::find(options.fail_on.begin(), options.fail_on.end(), flag.rule) != options.fail_on.end();
  });
  return failing ? k_exit_findings : k_exit_success;
}

}  // namespace

CommandRunner setup_check(CLI::App& app) {
  auto options = std::make_shared<CheckOptions>();
  CLI::App* command = app.add_subcommand(
      "check",
      "Check assessment and plan files for continuous integration (CI) and pre-commit hooks: each must be valid, and "
      "free text is scanned "
      "for likely personal data (e-mail addresses, UK phone numbers, NHS numbers, UK postcodes, remarks "
      "attributed to a named person), and a plan's action owners written as a person's name rather than a role. Also "
      "flags scores of 3 or more with no evidence, evidence in sections "
      "last completed more than a year ago, completion dates still to come, sections carried forward from an "
      "earlier period and not reviewed, and text that a '#' cuts short. Exit "
      "code 1 if anything is flagged, 3 "
      "if a file is invalid.");
  command->add_option("files", options->files, "Assessment and plan files")->required();
  add_format_option(*command, options->format, {"text", "json"});
  command
      ->add_option("--today", options->today,
                   "The date to judge stale evidence and completion dates against (YYYY-MM-DD); default "
                   "SOURCE_DATE_EPOCH, else today")
      ->type_name("DATE");
  const std::vector<std::string> rules(std::begin(analysis::k_check_rules), std::end(analysis::k_check_rules));
  restrict_to(command->add_option("--fail-on", options->fail_on,
                                  "Only these rules fail the run (exit code 1); others are still printed. Rules: " +
                                      util::join(rules, ", ")),
              rules)
      ->delimiter(',')
      ->allow_extra_args(false)
      ->type_name("RULES");
  command
      ->add_option("--since", options->since,
                   "Also flag scores that changed since this git revision (such as HEAD, main, or origin/main in "
                   "a pull request's checkout) while their evidence did not")
      ->check(CLI::Validator(
          [](const std::string& value) {
            return value.empty() ? std::string("give a git revision, such as HEAD or main") : std::string();
          },
          ""))
      ->type_name("REVISION");
  one_value_each_time(command->add_option("--framework", options->frameworks, "A framework file (may be repeated)"))
      ->type_name("FILE");
  return {command, [options](Console& console) { return run_check(*options, console); }};
}

}  // namespace coprod::cli
