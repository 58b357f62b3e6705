// coprod score --set and --interactive: changing rows without editing YAML by hand.

#include <fmt/format.h>

#include "analysis/scoring.hpp"
#include "cli/editable_assessment.hpp"
#include "cli/error.hpp"
#include "cli/loading.hpp"
#include "cli/score_options.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"
#include "yaml/assessment_fields.hpp"

namespace coprod::cli {

namespace {

const std::string& single_file(const ScoreOptions& options, std::string_view mode) {
  if (options.files.size() != 1) throw Error(k_exit_usage, fmt::format("{} edits one file at a time; name exactly one", mode));
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

}  // namespace

// "section.row=value" -> the row and the value.
std::pair<std::pair<std::string, std::string>, std::string> parse_assignment(const std::string& assignment, std::string_view option,
                                                                             const model::Framework& framework) {
  const auto equals = assignment.find('=');
  if (equals == std::string::npos) {
    throw Error(k_exit_usage, fmt::format("{} '{}' should be section.row=value, such as commitment.strategy=4", option, assignment));
  }
  return {parse_row_reference(assignment.substr(0, equals), framework), assignment.substr(equals + 1)};
}

namespace {

// The field a --set names, or Error(usage) naming the closest reference.
yaml::AssessmentField field_or_throw(const std::string& reference, const model::Framework& framework) {
  if (auto field = yaml::find_assessment_field(reference, framework)) return *field;
  const auto suggestion = util::closest_match(reference, yaml::assessment_field_references(framework));
  throw Error(k_exit_usage,
              fmt::format("'{}' is not a row or field of the framework '{}'; {}", reference, framework.id,
                          suggestion ? fmt::format("did you mean '{}'?", *suggestion)
                                     : fmt::format("rows are written section.row; run 'coprod frameworks {}'", framework.id)));
}

std::string described_change(const yaml::AssessmentField& field, const std::string& value) {
  if (value.empty()) return "is now empty";
  return field.kind == yaml::AssessmentField::Kind::text ? "now has new text" : "is now " + value;
}

}  // namespace

int run_set(const ScoreOptions& options, Console& console) {
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
  std::vector<std::string> field_notes;
  for (const auto& assignment : options.set) {
    const auto equals = assignment.find('=');
    if (equals == std::string::npos) parse_assignment(assignment, "--set", file.framework());  // throws
    const std::string reference = assignment.substr(0, equals);
    const std::string value = assignment.substr(equals + 1);
    const auto field = field_or_throw(reference, file.framework());
    const std::pair<std::string, std::string> row = {field.section_id, field.row_id};
    if (field.kind == yaml::AssessmentField::Kind::score) {
      edit_for(row).score = checked_score(value, file.framework(), field.section_id + "." + field.row_id);
    } else if (const auto problem = yaml::check_field_value(field, value, file.framework())) {
      throw Error(k_exit_usage, fmt::format("--set {}: {}", reference, *problem));
    } else if (!field.row_id.empty() && field.path.back() == "evidence") {
      edit_for(row).evidence = value;
    } else {
      fields.push_back(yaml::field_change(field, value));
      field_notes.push_back(fmt::format("{}: {} {}\n", path, reference, described_change(field, value)));
    }
  }
  for (const auto& assignment : options.set_evidence) {
    const auto [row, value] = parse_assignment(assignment, "--set-evidence", file.framework());
    edit_for(row).evidence = value;
  }
  file.apply(edits, fields);
  for (const auto& edit : edits) {
    std::vector<std::string> changes;
    if (edit.score) changes.push_back(edit.score->empty() ? "no score" : "score " + *edit.score);
    if (edit.evidence) changes.push_back(edit.evidence->empty() ? "no evidence" : "new evidence");
    console.err(fmt::format("{}: {}.{} now has {}\n", path, edit.section_id, edit.row_id, util::join(changes, " and ")));
  }
  for (const auto& note : field_notes) console.err(note);
  return k_exit_success;
}

namespace {

// The facilitator's walk through the file, one row at a time.
class Walkthrough {
 public:
  Walkthrough(EditableAssessment& file, Console& console, std::size_t width)
      : m_file(file), m_console(console), m_width(width) {
    for (const auto& section : file.framework().sections) {
      for (const auto& row : section.rows) m_rows.push_back({&section, &row});
    }
  }

  int run() {
    introduction();
    std::size_t index = 0;
    while (index < m_rows.size()) {
      const auto next = ask(index);
      if (!next) break;
      index = *next;
    }
    summary();
    return k_exit_success;
  }

 private:
  struct Place {
    const model::FrameworkSection* section;
    const model::FrameworkRow* row;
  };

  void say(std::string_view text) { m_console.out(text); }
  void wrapped(std::size_t indent, std::string_view text) {
    const std::size_t width = m_width > indent + 20 ? m_width - indent : 20;
    for (const auto& line : util::wrap_words(util::terminal_text(text), width)) say(std::string(indent, ' ') + line + "\n");
  }

  void introduction() {
    const auto& a = m_file.loaded().assessment;
    say(fmt::format("Scoring {} ({}): {} rows in {} sections.\n", util::terminal_text(m_file.path()),
                    util::terminal_text(a.label()), m_rows.size(), m_file.framework().sections.size()));
    wrapped(0, "For each row, type a score from " + std::to_string(m_file.framework().scale.min) + " to " +
                   std::to_string(m_file.framework().scale.max) +
                   (m_file.framework().scale.half_points ? " (half points such as 2.5 are fine)" : "") +
                   ", or n/a if the row does not apply. Press Enter to keep the current answer; type s to skip, b to go "
                   "back, q to stop. Each answer is saved at once.");
  }

  const model::RowResponse* response(const Place& place) const {
    const auto* section = m_file.loaded().assessment.find_section(place.section->id);
    return section ? section->find_row(place.row->id) : nullptr;
  }

  void show(std::size_t index) {
    const Place& place = m_rows[index];
    if (index == 0 || m_rows[index - 1].section != place.section) {
      say("\n" + std::string(std::min<std::size_t>(m_width, 80), '=') + "\n");
      wrapped(0, place.section->label());
      if (!place.section->aim.text.empty()) wrapped(2, "Overall aim: " + place.section->aim.flattened());
      if (!place.section->what_will_be_different.empty()) wrapped(2, "What will be different: " + place.section->what_will_be_different);
    }
    say(fmt::format("\nRow {} of {}: {}.{}\n", index + 1, m_rows.size(), place.section->id, place.row->id));
    if (place.row->indicator) wrapped(2, "Early indicator: " + place.row->indicator->flattened());
    if (place.row->warning) wrapped(2, "Warning sign: " + place.row->warning->flattened());
    const auto* current = response(place);
    const std::string score = current ? current->score.to_string() : "";
    say(fmt::format("  Now: {}\n", score.empty() ? "not scored" : score));
    if (current && current->has_evidence()) wrapped(2, "Evidence now: " + *current->evidence);
  }

  // Returns the next row to show, or nullopt to stop.
  std::optional<std::size_t> ask(std::size_t index) {
    show(index);
    const Place& place = m_rows[index];
    for (;;) {
      const auto* current = response(place);
      const std::string now = current ? current->score.to_string() : "";
      say(fmt::format("Score{}: ", now.empty() ? "" : " [" + now + "]"));
      const auto line = m_console.read_line();
      if (!line) return std::nullopt;
      const std::string answer(util::trim(*line));
      if (answer == "q") return std::nullopt;
      if (answer == "s") return index + 1;
      if (answer == "b") return index == 0 ? 0 : index - 1;
      std::string score = answer.empty() ? now : answer;
      if (!answer.empty()) {
        const auto parsed = model::parse_score(answer, m_file.framework().scale);
        if (const auto* problem = std::get_if<std::string>(&parsed)) {
          say(util::terminal_text(*problem) + "\n");
          continue;
        }
        score = std::get<model::Score>(parsed).to_string();
      }
      say("Evidence (Enter keeps it; - clears it): ");
      const auto evidence = m_console.read_line();
      if (!evidence) return std::nullopt;
      yaml::RowEdit edit{place.section->id, place.row->id, score, std::nullopt};
      if (util::trim(*evidence) == "-") edit.evidence = "";
      else if (!util::trim(*evidence).empty()) edit.evidence = std::string(util::trim(*evidence));
      if (score != now || edit.evidence) {
        m_file.apply({edit});
        say("Saved.\n");
      }
      return index + 1;
    }
  }

  void summary() {
    const auto result = analysis::score_assessment(m_file.framework(), m_file.loaded().assessment);
    say("\nSection scores now:\n");
    for (const auto& section : result.sections) {
      say(fmt::format("  {:<44}{:>5}  {}\n", util::truncate_to_width(util::terminal_text(section.section->label()), 43),
                      section.score ? section.score->to_string() : "-", analysis::describe_coverage(section)));
    }
  }

  EditableAssessment& m_file;
  Console& m_console;
  std::size_t m_width;
  std::vector<Place> m_rows;
};

}  // namespace

int run_interactive(const ScoreOptions& options, Console& console) {
  const std::string& path = single_file(options, "--interactive");
  const model::FrameworkCatalog catalog = load_catalog(options.frameworks);
  EditableAssessment file(path, catalog, console);
  return Walkthrough(file, console, options.width).run();
}

}  // namespace coprod::cli
