// coprod score --set: changing rows from a script without editing YAML by hand
// (score_interactive.cpp is the facilitator's walk through them).

#include <algorithm>

#include <fmt/format.h>

#include "analysis/carried_forward.hpp"
#include "analysis/check_flags.hpp"
#include "analysis/file_name_period.hpp"
#include "analysis/scoring.hpp"
#include "cli/editable_assessment.hpp"
#include "cli/error.hpp"
#include "cli/files.hpp"
#include "cli/loading.hpp"
#include "cli/personal_data_warnings.hpp"
#include "cli/score_options.hpp"
#include "cli/today.hpp"
#include "render/attribution_note.hpp"
#include "util/escape.hpp"
#include "util/shell_word.hpp"
#include "util/text.hpp"
#include "yaml/assessment_fields.hpp"
#include "yaml/text_fields.hpp"

namespace coprod::cli {

namespace {

const std::string& single_file(const ScoreOptions& options, std::string_view mode) {
  if (options.files.size() != 1)
    throw Error(k_exit_usage, fmt::format("{} edits one file at a time; name exactly one", mode));
  return options.files.front();
}

// "" clears the score; anything else must be on the framework's scale.
std::string checked_score(const std::string& text, const model::Framework& framework, const std::string& reference) {
  if (text.empty()) return text;
  const auto parsed = model::parse_score(text, framework.scale);
  if (const auto* problem = std::get_if<std::string>(&parsed)) {
    throw Error(k_exit_usage, fmt::format("--set {}: {}", reference, *problem));
  }
  return std::get<model::Score>(parsed).to_string();
}

// A name=value as given, split at the first '=': the name without spaces
// around it ("commitment.strategy = 4" is taken as commitment.strategy=4),
// the value as written after the '='.
struct Assignment {
  std::string reference;
  std::string value;
  bool spaced = false;  // a space before the '=', as in "commitment.strategy = 4"
};

Assignment split_assignment(const std::string& assignment, std::string_view option) {
  const auto equals = assignment.find('=');
  if (equals == std::string::npos) {
    throw Error(k_exit_usage, option != "--set"
                                  ? fmt::format("{} '{}' should be section.row=text, such as "
                                                "\"commitment.strategy=Agreed at the November meeting\"",
                                                option, assignment)
                                  : fmt::format("{} '{}' should be section.row=value, such as commitment.strategy=4",
                                                option, assignment));
  }
  return {std::string(util::trim(std::string_view(assignment).substr(0, equals))), assignment.substr(equals + 1),
          equals > 0 && assignment[equals - 1] == ' '};
}

// The value to save: a score, a date or true/false without spaces around
// it; a text as written, but for the spaces after the '=' of "name = text"
// (text that starts with spaces, name=  text, keeps them).
std::string value_to_save(const Assignment& assignment, bool is_text) {
  if (!is_text) return std::string(util::trim(assignment.value));
  if (!assignment.spaced) return assignment.value;
  const auto start = assignment.value.find_first_not_of(' ');
  return start == std::string::npos ? "" : assignment.value.substr(start);
}

bool looks_like_a_file(const std::string& argument) {
  return argument == "-" || file_exists(argument) || argument.ends_with(".yaml") || argument.ends_with(".yml") ||
         argument.find(':') != std::string::npos;
}

// The value a name was given in separate words: `--set commitment.strategy 4`,
// or with spaces around '=' (`= 4`, `=4`, or `4` after `commitment.strategy=`),
// the '=' taken away; for --set only the first word, a score or a date.
std::string value_given_apart(const std::vector<std::string>& words, bool whole) {
  std::string value = util::join(words, " ");
  if (value.starts_with('=')) value = std::string(util::trim(std::string_view(value).substr(1)));
  return whole ? value : value.substr(0, value.find(' '));
}

// `--set commitment.strategy 4`: the shell gave the value as a separate word,
// which is read as a file name; so it does for `commitment.strategy = 4`, split
// at the spaces around '='. Says to join them with '=', with no spaces.
void refuse_value_given_apart(const ScoreOptions& options) {
  std::vector<std::string> values;
  for (const auto& file : options.files) {
    if (!looks_like_a_file(file)) values.push_back(file);
  }
  if (values.empty()) return;
  const auto refuse = [&](std::string_view option, const std::string& name) {
    const bool evidence = option != "--set";
    const bool spaced = name.ends_with('=') || values.front().starts_with('=');
    const std::string bare = name.ends_with('=') ? name.substr(0, name.size() - 1) : name;
    const std::string written = util::shell_word(bare + "=" + value_given_apart(values, evidence));
    const std::string how = evidence ? " (and the text in quotes)" : "";
    if (spaced) {
      throw Error(k_exit_usage, fmt::format("{} {} {}: the spaces around '=' split it into separate words: write {} "
                                            "{}, with no spaces around '='{}",
                                            option, name, util::join(values, " "), option, written, how));
    }
    throw Error(k_exit_usage, fmt::format("{} {} has no '=', and what follows it is not a file: write {} {}, with "
                                          "the value after '=' and no space{}",
                                          option, util::shell_word(name), option, written, how));
  };
  for (const auto& name : options.set) {
    if (name.find('=') == std::string::npos || name.ends_with('=')) refuse("--set", name);
  }
  for (const auto& name : options.set_evidence) {
    if (name.find('=') == std::string::npos || name.ends_with('=')) refuse("--set-evidence", name);
  }
  for (const auto& name : options.add_evidence) {
    if (name.find('=') == std::string::npos || name.ends_with('=')) refuse("--add-evidence", name);
  }
}

// Error(usage) when one value is named twice (`key`: the same for
// commitment.strategy and commitment.strategy.score): only one could be saved.
// `given` holds each key with the name it was first given as.
void refuse_given_twice(std::vector<std::pair<std::string, std::string>>& given, const std::string& key,
                        std::string_view option, const std::string& name) {
  const auto before = std::find_if(given.begin(), given.end(), [&](const auto& seen) { return seen.first == key; });
  if (before != given.end()) {
    throw Error(k_exit_usage, fmt::format("{} {} is given twice, and only one value can be saved; give it once", option,
                                          before->second));
  }
  given.emplace_back(key, name);
}

}  // namespace

namespace {

// The field a --set names, or Error(usage) naming the closest reference.
yaml::AssessmentField field_or_throw(const std::string& reference, const model::Framework& framework) {
  if (auto field = yaml::find_assessment_field(reference, framework)) return *field;
  throw_unknown_reference(reference, framework, yaml::assessment_field_references(framework), "row or field");
}

std::string described_change(const yaml::AssessmentField& field, const std::string& value) {
  if (value.empty()) return "is now empty";
  return field.kind == yaml::AssessmentField::Kind::text ? "now has new text" : "is now " + value;
}

// The place in the saved file of the value at `path`, or {0, 0} if it is not there.
util::Position saved_position(const EditableAssessment& file, const std::vector<std::string>& path) {
  const yaml::Node* node = file.tree().find_path(path);
  return node ? node->position : util::Position{0, 0};
}

// check's future-date warning for a --set SECTION.last_completed later than
// today, at the date in the saved file: saved all the same (a date can be put
// right), but said.
std::optional<util::Diagnostic> future_date_warning(const EditableAssessment& file, const yaml::AssessmentField& field,
                                                    const std::string& value, Console& console) {
  if (field.kind != yaml::AssessmentField::Kind::date) return std::nullopt;
  const auto date = model::Date::parse(value);
  if (!date) return std::nullopt;
  const Today today = today_with_origin("", console, "");
  const auto message = analysis::future_date_message(field.section_id, *date, today.date, today.origin);
  if (!message) return std::nullopt;
  return util::Diagnostic{util::Severity::warning, file.path(), saved_position(file, field.path),
                          fmt::format("{} [future-date]", *message)};
}

// The scoring form's note on evidence saved that may tie a remark to a named
// person, as `check` finds it [attribution]: saved all the same, with how to
// change it.
std::optional<util::Diagnostic> named_person_warning(const EditableAssessment& file, const yaml::RowEdit& edit) {
  if (!edit.evidence) return std::nullopt;
  const auto note =
      render::attribution_note(*edit.evidence, file.loaded().assessment.perspective == model::Perspective::individual);
  if (!note) return std::nullopt;
  return util::Diagnostic{
      util::Severity::warning, file.path(),
      saved_position(file, {"sections", edit.section_id, "rows", edit.row_id, "evidence"}),
      fmt::format("{}.{}: {} It is saved as given; to change it, give --set-evidence {}.{}=TEXT again [attribution]",
                  edit.section_id, edit.row_id, *note, edit.section_id, edit.row_id)};
}

// check's warnings on likely personal data (e-mail addresses, phone numbers,
// NHS numbers, postcodes) in the evidence `edit` saved, at its place in the
// saved file, worded as check words them: saved all the same, but said. A
// remark tied to a named person is named_person_warning()'s.
util::Diagnostics evidence_personal_data_warnings(const EditableAssessment& file, const yaml::RowEdit& edit) {
  if (!edit.evidence || edit.evidence->empty()) return {};
  return cli::evidence_personal_data_warnings(file.path(), file.text(), file.tree(), edit.section_id, edit.row_id);
}

// The same for a text field other than evidence (a section's notes, who
// completed it, reflections), with check's word on a named person too.
util::Diagnostics field_personal_data_warnings(const EditableAssessment& file, const yaml::AssessmentField& field) {
  if (field.kind != yaml::AssessmentField::Kind::text) return {};
  return personal_data_warnings(file.path(), file.text(), file.tree(), {util::join(field.path, ".")});
}

// What --set says of a field it changed, once saved.
struct FieldNote {
  yaml::AssessmentField field;
  std::string value;
  std::string change;  // "q4.yaml: contact.last_completed is now 2027-01-15"
};

// The sections whose fields named `names` (a section's, not a row's) --set changed.
std::vector<std::string> sections_given(const std::vector<FieldNote>& notes, const std::vector<std::string>& names) {
  std::vector<std::string> sections;
  for (const auto& note : notes) {
    if (!note.field.section_id.empty() && note.field.row_id.empty() &&
        std::find(names.begin(), names.end(), note.field.path.back()) != names.end())
      sections.push_back(note.field.section_id);
  }
  return sections;
}

}  // namespace

util::Diagnostics completion_date_warnings(const EditableAssessment& file, const std::vector<std::string>& changed,
                                           std::string_view how_to_update) {
  util::Diagnostics warnings;
  const model::Assessment& assessment = file.loaded().assessment;
  for (const auto& section_id : changed) {
    const model::SectionResponse* section = assessment.find_section(section_id);
    if (!section) continue;
    const auto message = analysis::changed_but_completed_before_message(*section, assessment.period);
    if (!message) continue;
    warnings.push_back({util::Severity::warning, file.path(),
                        saved_position(file, {"sections", section_id, "last_completed"}),
                        fmt::format("{}; {}", *message, how_to_update)});
  }
  return warnings;
}

namespace {

// The sections of `edits`, each once, in order.
std::vector<std::string> sections_of(const std::vector<yaml::RowEdit>& edits) {
  std::vector<std::string> sections;
  for (const auto& edit : edits) {
    if (std::find(sections.begin(), sections.end(), edit.section_id) == sections.end())
      sections.push_back(edit.section_id);
  }
  return sections;
}

// How many lines `evidence` has, not counting line breaks at its end.
std::size_t line_count(std::string_view evidence) {
  while (!evidence.empty() && evidence.back() == '\n') evidence.remove_suffix(1);
  return evidence.empty() ? 0 : static_cast<std::size_t>(std::count(evidence.begin(), evidence.end(), '\n')) + 1;
}

// `evidence` with `line` after it, on a line of its own (as "+ text" at
// --interactive's evidence question adds it).
std::string with_line_added(std::string evidence, std::string_view line) {
  while (!evidence.empty() && evidence.back() == '\n') evidence.pop_back();
  return evidence.empty() ? std::string(line) : evidence + "\n" + std::string(line);
}

// What became of a row's evidence: how many lines it had before the change,
// and how many --add-evidence added after them (0: it was replaced).
struct EvidenceChange {
  std::size_t lines_before = 0;
  std::size_t lines_added = 0;
};

// "new evidence, in place of its 3 earlier lines (...)", "2 lines of
// evidence added after its 3 earlier lines", "no evidence"...
std::string described_evidence(const yaml::RowEdit& edit, const EvidenceChange& change) {
  const std::string row = edit.section_id + "." + edit.row_id;
  const std::string before =
      change.lines_before == 1 ? "its earlier line" : fmt::format("its {} earlier lines", change.lines_before);
  if (change.lines_added > 0 && change.lines_before > 0) {
    return fmt::format(
        "{} added after {}",
        change.lines_added == 1 ? "a line of evidence" : fmt::format("{} lines of evidence", change.lines_added),
        before);
  }
  if (edit.evidence->empty()) {
    return change.lines_before == 0 ? "no evidence" : fmt::format("no evidence ({} removed)", before);
  }
  if (change.lines_added > 0 || change.lines_before == 0) return "new evidence";
  return fmt::format("new evidence, in place of {} (--add-evidence {}=TEXT adds a line instead)", before, row);
}

// Evidence of only spaces or blank lines is no evidence, so it is cleared
// rather than saved (check would otherwise count it as evidence given).
std::string evidence_value(const std::string& value) { return util::trim(value).empty() ? "" : value; }

// The evidence of a row, in the file's tree; nullptr when it has none.
const yaml::Node* evidence_node(const yaml::Node& tree, const yaml::RowEdit& edit) {
  return tree.find_path({"sections", edit.section_id, "rows", edit.row_id, "evidence"});
}

// Rows whose evidence is being replaced while a comment cut its old text
// short ("meeting #3 with the board"; see check's comment-in-text): the
// comment stays after the new text, as every comment does.
std::vector<yaml::RowEdit> cut_short_evidence(const EditableAssessment& file, const std::vector<yaml::RowEdit>& edits) {
  std::vector<yaml::RowEdit> cut;
  for (const auto& edit : edits) {
    const yaml::Node* old = edit.evidence ? evidence_node(file.tree(), edit) : nullptr;
    if (old && yaml::cut_short_by_comment(file.text(), *old)) cut.push_back(edit);
  }
  return cut;
}

// Says, at the saved evidence, that the comment after it was kept.
util::Diagnostics kept_comment_warnings(const EditableAssessment& file, const std::vector<yaml::RowEdit>& cut) {
  util::Diagnostics warnings;
  for (const auto& edit : cut) {
    const yaml::Node* saved = evidence_node(file.tree(), edit);
    if (!saved || saved->comment.empty()) continue;
    warnings.push_back({util::Severity::warning, file.path(), saved->position,
                        fmt::format("the comment '{}' after the evidence of {}.{} was kept, as coprod keeps every "
                                    "comment; it was read as a comment before too, so if it was the end of the old "
                                    "text, delete it",
                                    util::truncate_to_width(saved->comment, 40), edit.section_id, edit.row_id)});
  }
  return warnings;
}

// A row's '# coprod: reviewed' mark, as written before the change ("# coprod: reviewed phone").
struct ReviewedMark {
  std::string section_id;
  std::string row_id;
  std::string mark;
};

// The marks on the evidence of the rows `edits` change: saving new text
// takes them off (yaml/tree_edit), since they vouched for the old text.
std::vector<ReviewedMark> reviewed_marks(const EditableAssessment& file, const std::vector<yaml::RowEdit>& edits) {
  std::vector<ReviewedMark> marks;
  for (const auto& edit : edits) {
    const yaml::Node* old = edit.evidence ? evidence_node(file.tree(), edit) : nullptr;
    const auto at = old ? old->comment.find(model::k_reviewed_marker) : std::string::npos;
    if (at != std::string::npos)
      marks.push_back({edit.section_id, edit.row_id, std::string(util::trim(old->comment.substr(at)))});
  }
  return marks;
}

// Says, at the saved evidence, that a row's mark was taken off and why, and
// where to put it back. With lines `kept` (--add-evidence), they are looked
// at again, as check will look at them.
std::optional<util::Diagnostic> removed_mark_warning(const EditableAssessment& file,
                                                     const std::vector<ReviewedMark>& marks, const yaml::RowEdit& edit,
                                                     bool kept) {
  const auto mark = std::find_if(marks.begin(), marks.end(), [&](const ReviewedMark& m) {
    return m.section_id == edit.section_id && m.row_id == edit.row_id;
  });
  const yaml::Node* saved = mark == marks.end() ? nullptr : evidence_node(file.tree(), edit);
  if (!saved || saved->comment.find(model::k_reviewed_marker) != std::string::npos) return std::nullopt;
  const std::string path = "sections." + edit.section_id + ".rows." + edit.row_id + ".evidence";
  int line = saved->position.line;
  for (const auto& field : yaml::find_text_fields(file.text(), file.tree())) {
    if (field.path == path) line = field.marker_line;
  }
  const std::string why =
      kept ? "it vouched for the earlier lines only and would pass over the line added too, so the earlier lines are "
             "looked at again; if what it marked may stay and the new line needs no mark"
           : "it vouched for the text replaced only; if the new text needs it too";
  return util::Diagnostic{util::Severity::warning, file.path(), saved->position,
                          fmt::format("{}.{}: the mark '{}' was taken off its evidence, as {}, end line {} with '{}' "
                                      "again",
                                      edit.section_id, edit.row_id, mark->mark, why, line, mark->mark)};
}

}  // namespace

int run_set(const ScoreOptions& options, Console& console) {
  refuse_value_given_apart(options);
  const std::string& path = single_file(options, "--set");
  const model::FrameworkCatalog catalog = load_catalog(options.frameworks);
  EditableAssessment file(path, catalog, console);
  // One edit per row, in the order rows are first named.
  std::vector<yaml::RowEdit> edits;
  const auto edit_for = [&](const std::pair<std::string, std::string>& row) -> yaml::RowEdit& {
    for (auto& edit : edits) {
      if (edit.section_id == row.first && edit.row_id == row.second) return edit;
    }
    edits.push_back({row.first, row.second, std::nullopt, std::nullopt});
    return edits.back();
  };
  std::vector<yaml::ValueChange> fields;
  std::vector<FieldNote> field_notes;
  // Rows whose evidence is replaced: given ROW.evidence=... with --set, or --set-evidence.
  std::vector<std::pair<std::string, std::string>> evidence_by_set;
  std::vector<std::pair<std::string, std::string>> given;  // each field's path, to refuse one twice
  for (const auto& assignment : options.set) {
    const auto given_as = split_assignment(assignment, "--set");
    const std::string& reference = given_as.reference;
    const auto field = field_or_throw(reference, file.framework());
    refuse_given_twice(given, util::join(field.path, "."), "--set", reference);
    const std::string value = value_to_save(given_as, field.kind == yaml::AssessmentField::Kind::text);
    const std::pair<std::string, std::string> row = {field.section_id, field.row_id};
    if (field.kind == yaml::AssessmentField::Kind::score) {
      edit_for(row).score = checked_score(value, file.framework(), field.section_id + "." + field.row_id);
    } else if (const auto problem = yaml::check_field_value(field, value, file.framework())) {
      throw Error(k_exit_usage, fmt::format("--set {}: {}", reference, *problem));
    } else if (!field.row_id.empty() && field.path.back() == "evidence") {
      edit_for(row).evidence = evidence_value(value);
      evidence_by_set.push_back(row);
    } else {
      fields.push_back(yaml::field_change(field, value));
      field_notes.push_back(
          {field, value, fmt::format("{}: {} {}\n", path, reference, described_change(field, value))});
    }
  }
  std::vector<std::pair<std::string, std::string>> given_evidence;
  for (const auto& assignment : options.set_evidence) {
    const auto given_as = split_assignment(assignment, "--set-evidence");
    const std::string& reference = given_as.reference;
    const auto row = parse_row_reference(reference, file.framework());
    refuse_given_twice(given_evidence, row.first + "." + row.second, "--set-evidence", reference);
    const std::string value = value_to_save(given_as, true);
    if (std::find(evidence_by_set.begin(), evidence_by_set.end(), row) != evidence_by_set.end()) {
      // The two options' order on the command line is not known, so neither can win.
      throw Error(k_exit_usage,
                  fmt::format("the evidence of {0}.{1} is given twice, with --set {0}.{1}.evidence and with "
                              "--set-evidence; give it once",
                              row.first, row.second));
    }
    edit_for(row).evidence = evidence_value(value);
    evidence_by_set.push_back(row);
  }
  // --add-evidence: a line after what the row has (and after any added before it).
  std::vector<std::pair<yaml::RowEdit, EvidenceChange>> evidence_changes;
  for (const auto& edit : edits) {
    if (!edit.evidence) continue;
    const yaml::Node* old = evidence_node(file.tree(), edit);
    evidence_changes.push_back({edit, {line_count(old && old->is_scalar() ? old->text : ""), 0}});
  }
  for (const auto& assignment : options.add_evidence) {
    const auto given_as = split_assignment(assignment, "--add-evidence");
    const auto row = parse_row_reference(given_as.reference, file.framework());
    if (std::find(evidence_by_set.begin(), evidence_by_set.end(), row) != evidence_by_set.end()) {
      throw Error(k_exit_usage, fmt::format("the evidence of {0}.{1} is both replaced and added to; give it with "
                                            "--set-evidence or with --add-evidence, not both",
                                            row.first, row.second));
    }
    const std::string line{util::trim(value_to_save(given_as, true))};
    if (line.empty()) continue;
    yaml::RowEdit& edit = edit_for(row);
    const yaml::Node* old = evidence_node(file.tree(), edit);
    const std::string old_text = old && old->is_scalar() ? old->text : "";
    const auto tracked = std::find_if(evidence_changes.begin(), evidence_changes.end(), [&](const auto& change) {
      return change.first.section_id == row.first && change.first.row_id == row.second;
    });
    edit.evidence = with_line_added(edit.evidence.value_or(old_text), line);
    if (tracked == evidence_changes.end()) {
      evidence_changes.push_back({edit, {line_count(old_text), line_count(line)}});
    } else {
      tracked->second.lines_added += line_count(line);
    }
  }
  const auto cut_short = cut_short_evidence(file, edits);
  const auto marks = reviewed_marks(file, edits);
  // Before the change, for what a new date leaves as it was; none when the file has errors (loaded() has no value).
  const std::vector<model::SectionResponse> sections_before =
      util::has_errors(file.problems()) ? std::vector<model::SectionResponse>{} : file.loaded().assessment.sections;
  if (const auto not_saved = file.apply(edits, fields)) {
    if (!not_saved->conflict) throw Error(k_exit_not_written, not_saved->refused);
    throw Error(k_exit_not_written,
                fmt::format("{}: {} was changed by someone else while coprod was working (it now has {}), so nothing "
                            "was saved and the file is as they left it; look at it, then make your change again if it "
                            "is still needed",
                            path, not_saved->conflict->row, not_saved->conflict->now_has));
  }
  for (const auto& edit : edits) {
    std::vector<std::string> changes;
    if (edit.score) changes.push_back(edit.score->empty() ? "no score" : "score " + *edit.score);
    EvidenceChange evidence_change;
    if (edit.evidence) {
      const auto change = std::find_if(evidence_changes.begin(), evidence_changes.end(), [&](const auto& tracked) {
        return tracked.first.section_id == edit.section_id && tracked.first.row_id == edit.row_id;
      });
      if (change != evidence_changes.end()) evidence_change = change->second;
      changes.push_back(described_evidence(edit, evidence_change));
    }
    console.err(
        fmt::format("{}: {}.{} now has {}\n", path, edit.section_id, edit.row_id, util::join(changes, " and ")));
    const bool kept = evidence_change.lines_added > 0 && evidence_change.lines_before > 0;
    if (auto warning = removed_mark_warning(file, marks, edit, kept)) print_diagnostics(console, {*warning});
    print_diagnostics(console, evidence_personal_data_warnings(file, edit));
    if (auto warning = named_person_warning(file, edit)) print_diagnostics(console, {*warning});
  }
  for (const auto& note : field_notes) {
    console.err(note.change);
    print_diagnostics(console, field_personal_data_warnings(file, note.field));
    if (auto warning = future_date_warning(file, note.field, note.value, console))
      print_diagnostics(console, {*warning});
  }
  print_diagnostics(console, words_kept_warnings(file, sections_before, sections_given(field_notes, {"last_completed"}),
                                                 sections_given(field_notes, {"notes"})));
  print_diagnostics(console, kept_comment_warnings(file, cut_short));
  if (auto warning = analysis::file_name_period_warning(file.loaded().assessment))
    print_diagnostics(console, {*warning});
  for (const auto& section_id : sections_of(edits)) {
    print_diagnostics(console, completion_date_warnings(
                                   file, {section_id},
                                   fmt::format("if it was reviewed in {}, give the day it was completed with --set "
                                               "{}.last_completed=YYYY-MM-DD",
                                               file.loaded().assessment.period.to_string(), section_id)));
  }
  return k_exit_success;
}

}  // namespace coprod::cli
