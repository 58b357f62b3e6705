// The "differences to discuss" sheet (compare --format html): a page to print
// for the meeting where the perspectives compare their assessments. The
// sections and rows whose scores differ by the threshold or more, largest
// difference first (as the other formats' conversation prompts), each with
// room for notes; then the rows that cannot be compared because a score is
// missing, in words.

#include <fmt/format.h>

#include "model/perspective.hpp"
#include "model/sections_as_rows.hpp"
#include "render/change_marks.hpp"
#include "render/comparison.hpp"
#include "render/comparison_html_moved.hpp"
#include "render/comparison_html_style.hpp"
#include "render/coverage_notes.hpp"
#include "render/input_names.hpp"
#include "render/missing_score.hpp"
#include "render/no_differences.hpp"
#include "render/one_sign_note.hpp"
#include "render/period_words.hpp"
#include "render/printed_page.hpp"
#include "render/printed_sheet_style.hpp"
#include "render/report.hpp"
#include "render/report_html_parts.hpp"
#include "render/seen_locally.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"

namespace coprod::render {

namespace {

using analysis::Comparison;
using analysis::ComparisonKind;
using analysis::SectionComparison;
using util::xml_text;

class SheetWriter {
 public:
  SheetWriter(const Comparison& comparison, const std::vector<std::string>& redacted_notes)
      : m_c(comparison), m_redacted_notes(redacted_notes), m_abbreviations(comparison.framework->glossary) {}

  std::string render() {
    head();
    m_out += "<body>\n<main>\n";
    header();
    how_to_use();
    section_differences();
    row_differences();
    if (compares_periods(m_c)) m_out += what_moved_html(m_c, m_abbreviations);
    rows_without_scores();
    m_out += "</main>\n</body>\n</html>\n";
    return std::move(m_out);
  }

 private:
  std::size_t count() const { return m_c.inputs.size(); }
  const model::Assessment& assessment(std::size_t i) const { return *m_c.inputs[i]->assessment; }
  std::string threshold() const { return fmt::format("{:.1f}", m_c.threshold); }

  // What is compared, for the title: "Northbridge, 2026-Q4".
  std::string subject() const {
    const auto& first = assessment(0);
    if (m_c.kind == ComparisonKind::perspectives) return fmt::format("{}, {}", first.area, first.period.to_string());
    if (m_c.versions_of_one_review) {  // one review: each version is named by where it comes from
      return fmt::format("{}, {}, {}", value_or_change(m_c, "area", first.area),
                         value_or_change(m_c, "perspective", std::string(model::perspective_title(first.perspective))),
                         value_or_change(m_c, "period", first.period.to_string()));
    }
    if (m_c.kind == ComparisonKind::periods) {
      return fmt::format("{}, {}, {} to {}", first.area, model::perspective_title(first.perspective),
                         assessment(m_c.earliest).period.to_string(), assessment(m_c.latest).period.to_string());
    }
    for (std::size_t i = 0; i < count(); ++i) {
      if (assessment(i).area != first.area) return fmt::format("{} assessments", count());
    }
    return first.area;
  }

  // One perspective over periods: a sheet about change, as the text report's "What moved" is.
  std::string title() const {
    return (compares_periods(m_c) ? "What moved: " : "Differences to discuss: ") + subject();
  }
  // How the sheet says the scores differ: "differ" between perspectives, "moved" between periods.
  std::string_view differ() const { return compares_periods(m_c) ? "moved" : "differ"; }

  // Who is compared, in words: "the organisation and the co-production peer
  // network"; one perspective's periods as "co-production peer network: 2026-Q3 and 2026-Q4".
  std::string compared_in_words() const {
    std::vector<std::string> names;
    if (m_c.kind == ComparisonKind::periods && !m_c.versions_of_one_review) {
      for (std::size_t i = 0; i < count(); ++i) names.push_back(assessment(i).period.to_string());
      return fmt::format("{}: {}", model::perspective_title(assessment(0).perspective), util::join_in_words(names));
    }
    for (std::size_t i = 0; i < count(); ++i) {
      names.push_back(m_c.kind == ComparisonKind::perspectives
                          ? "the " + std::string(model::perspective_title(assessment(i).perspective))
                          : input_name(i));
    }
    return util::join_in_words(names);
  }

  // "The organisation and the co-production peer network, compared"; inputs
  // that differ in more than one way, each named in full: "Compared:
  // organisation, 2026-Q3; co-production peer network, 2026-Q4".
  std::string subtitle() const {
    if (m_c.kind != ComparisonKind::mixed || m_c.versions_of_one_review) {
      return util::capitalised(compared_in_words()) + ", compared";
    }
    std::vector<std::string> names;
    for (std::size_t i = 0; i < count(); ++i) names.push_back(input_name(i));
    return "Compared: " + util::join(names, "; ");
  }

  // Versions of one review share the title's perspective, area and period: where each comes from tells them apart.
  std::string input_name(std::size_t i) const {
    return m_c.versions_of_one_review ? assessment(i).origin : analysis::input_title(m_c, i);
  }

  void head() { m_out += printed_sheet_head(title(), std::string(k_printed_sheet_style) + k_comparison_sheet_style); }

  void header() {
    m_out +=
        fmt::format("<header>\n<h1>{}</h1>\n<p class=\"subtitle\">{}</p>\n", xml_text(title()), xml_text(subtitle()));
    m_out += fmt::format("<p class=\"subtitle\">{}</p>\n", xml_text(m_c.framework->title));
    m_out += abbreviations_line(title() + "\n" + subtitle() + "\n" + m_c.framework->title);
    // The months of a quarter or half year, as the pack gives them: to an NHS reader Q4 is January to March.
    if (const std::string months = periods_in_words(m_c.inputs, {}); !months.empty())
      m_out += fmt::format("<p class=\"period-months\">{}</p>\n", xml_text(months));
    m_out += "</header>\n";
  }

  void how_to_use() {
    m_out +=
        "<section class=\"how-to\" aria-labelledby=\"how-to\">\n<h2 id=\"how-to\">How to use this sheet</h2>\n<ul>\n";
    if (m_c.kind == ComparisonKind::perspectives) {
      m_out += fmt::format(
          "<li>{} each scored the {} separately, from {} (nothing has started yet) to {} (fully "
          "in place).</li>\n",
          xml_text(util::capitalised(compared_in_words())), rows_word(m_c), m_c.framework->scale.min,
          m_c.framework->scale.max);
    } else {
      m_out += fmt::format(
          "<li>Each assessment scores the {} from {} (nothing has started yet) to {} (fully in "
          "place).</li>\n",
          rows_word(m_c), m_c.framework->scale.min, m_c.framework->scale.max);
    }
    if (compares_periods(m_c)) {
      m_out += fmt::format("<li>{}</li>\n", xml_text(moved_below_words(m_c)));
    } else if (m_c.section_prompts.empty()) {
      m_out += fmt::format(
          "<li>{} whose scores differ by {} or more, the largest difference first. Smaller differences are left out."
          "{}{}</li>\n",
          rows_below(), threshold(), with_space_before(xml_text(no_section_differences())), rows_listed_at_end());
    } else {
      m_out += fmt::format(
          "<li>Below are the {} whose scores differ by {} or more, the largest difference first. "
          "Smaller differences are left out.{}</li>\n",
          names_sections(m_c) ? "sections" : "sections and rows", threshold(), rows_listed_at_end());
    }
    if (m_c.kind == ComparisonKind::perspectives) {
      m_out += fmt::format(
          "<li>{}ot to be discouraged by differences: they are the value of exploring from different "
          "perspectives. Neither score is the right one.</li>\n",
          m_c.framework->guide_advice.differences ? "The guide says n" : "Try n");
    }
    m_out += fmt::format("<li>{}</li>\n", xml_text(what_to_talk_about()));
    const std::string_view box = only_what_moved(m_c) ? "the box under the list" : "the box under each one";
    m_out += fmt::format(
        "<li>Write what you agree, and any next steps for the action plan, <span class=\"on-paper\">in {}</span>"
        "<span class=\"on-screen\">in your meeting notes or the action plan ({} is for writing on a printed "
        "copy)</span>.</li>\n</ul>\n",
        box, box);
    m_out += "<p>Compared:</p>\n<ul>\n";
    for (std::size_t i = 0; i < count(); ++i) {
      const DefinedName defined = defined_input_name(m_c.inputs, i, input_name(i));
      m_out += fmt::format("<li>{}<strong>{}</strong>{} ({}){}</li>\n", xml_text(defined.before),
                           xml_text(defined.name), xml_text(defined.after), xml_text(assessment(i).source),
                           spelled_out_html(m_abbreviations, input_name(i)));
    }
    m_out += "</ul>\n";
    // As the pack says it, on paper too.
    for (const auto& note : m_redacted_notes) m_out += fmt::format("<p>{}</p>\n", xml_text(note));
    m_out += "</section>\n";
  }

  std::string what_to_talk_about() const {
    if (only_what_moved(m_c))
      return fmt::format(
          "Go through the {} under \u201cWhat moved\u201d and talk about why each moved: what was done, or what "
          "changed.",
          rows_word(m_c));
    const std::string why = compares_periods(m_c) ? "it moved" : "they differ";
    const std::string then = compares_periods(m_c) ? "; then go through the rest under \u201cWhat moved\u201d" : "";
    // Where every section is its one row, its heading is all its wording: nothing more to read first.
    if (names_sections(m_c))
      return fmt::format("For each section, read each score and its evidence, and talk about why {}{}.", why, then);
    return fmt::format("For each row, read {}, then each score and its evidence, and talk about why {}{}.",
                       signs_to_read(), why, then);
  }

  static std::string with_space_before(const std::string& words) { return words.empty() ? words : " " + words; }

  // What the framework's rows give to read: "the early indicator and the warning sign", or only the one its rows
  // have (the strategic framework's rows have no warning signs).
  std::string signs_to_read() const {
    bool indicators = false;
    bool warnings = false;
    for (const auto& section : m_c.framework->sections) {
      for (const auto& row : section.rows) {
        indicators = indicators || row.indicator.has_value();
        warnings = warnings || row.warning.has_value();
      }
    }
    if (indicators && warnings) return "the early indicator and the warning sign";
    return warnings ? "the warning sign" : "the early indicator";
  }

  // "Organisation, 2026-Q4" (with letters, "A: organisation, 2026-Q4"), heading a line of a table.
  std::string input_heading(std::size_t i) const {
    return xml_text(render::input_heading(m_c.inputs, i, input_name(i)));
  }

  // What the first column of a table by input holds: "Perspective", as the pack heads it, or "Period" where
  // the inputs are periods of one perspective.
  std::string_view inputs_column() const { return m_c.kind == ComparisonKind::periods ? "Period" : "Perspective"; }

  // The abbreviations `text` is the first on the sheet to use, spelled out
  // on a line of their own under it (a heading keeps its own words).
  std::string abbreviations_line(std::string_view text) {
    const std::string words = m_abbreviations.first_uses(text);
    return words.empty() ? "" : fmt::format("<p class=\"abbreviations\">{}</p>\n", xml_text(words));
  }

  // A box with ruled lines to write in on the printed page.
  void notes_box(std::size_t lines) { m_out += comparison_notes_box(m_c, lines); }

  // A section's score in words: "3.7", "2.8 from 2 of 3 rows, 1 not applicable", "not applicable", "not scored yet".
  static std::string section_score_words(const analysis::SectionResult& result) {
    if (!result.score) {
      return fmt::format("<span class=\"missing\">{}</span>", missing_score_words(result.is_not_applicable()));
    }
    std::string text = fmt::format("{:.1f}", result.score->tenths() / 10.0);
    if (result.coverage().is_partial()) text += " from " + xml_text(describe_rows_counted(result.coverage()));
    return text;
  }

  // "Below are the 5 rows of 24", "Below is the one row of 24": with no
  // section to discuss, the count the rows' heading would otherwise lead with.
  // Of the rows a difference can be worked out for: where some lack a score,
  // "the 5 rows, of the 21 with a score from every assessment," (not "of 24").
  std::string rows_below() const {
    const std::size_t count = m_c.row_prompts.size();
    if (count == 0) return fmt::format("Below are the {}", rows_word(m_c));
    if (count == 1)
      return fmt::format("Below is the one {}{}", names_sections(m_c) ? "section" : "row", of_rows_compared());
    return fmt::format("Below are the {} {}{}", count, rows_word(m_c), of_rows_compared());
  }

  // " of 24" (" of 24," with `comma`), or where some rows lack a score ", of the 21 with a score from every
  // assessment,".
  std::string of_rows_compared(bool comma = false) const {
    const std::size_t compared = rows_with_every_score();
    if (compared == m_c.rows.size()) return fmt::format(" of {}{}", compared, comma ? "," : "");
    return fmt::format(", of the {} with a score from every assessment,", compared);
  }

  // Where the rows a difference cannot be worked out for are, said where the count of those it can is.
  std::string rows_listed_at_end() const {
    const std::size_t missing = m_c.rows.size() - rows_with_every_score();
    if (missing == 0 || nothing_to_compare_words(m_c)) return "";  // with nothing to compare, that is said
    return fmt::format(" {} without a score from every assessment {} listed at the end.",
                       missing == 1 ? fmt::format("The one {}", names_sections(m_c) ? "section" : "row")
                                    : fmt::format("The {} {}", missing, rows_word(m_c)),
                       missing == 1 ? "is" : "are");
  }

  std::size_t rows_with_every_score() const {
    return static_cast<std::size_t>(std::count_if(
        m_c.rows.begin(), m_c.rows.end(), [](const analysis::RowComparison& row) { return !any_missing(row); }));
  }

  // When no section reaches the threshold, said in the instructions rather than
  // under a heading of its own: "None" there could be read as "no concerns",
  // and the heading (and the rows' count under theirs) would push the first
  // row on to the next printed page.
  // The largest difference is given, so a near miss is seen.
  std::string no_section_differences() const {
    if (const auto nothing = nothing_to_compare_words(m_c)) return *nothing;
    const SectionComparison* largest = nullptr;
    bool sections_of_rows = false;  // a section of one row is its row: the rows below say it
    for (const auto& section : m_c.sections) {
      if (section.section->rows.size() < 2) continue;
      sections_of_rows = true;
      if (section.spread() && (!largest || *section.spread() > *largest->spread())) largest = &section;
    }
    if (!sections_of_rows) return "";
    if (!largest || *largest->spread() <= 0) {
      return fmt::format("No section's averages differ by {} or more.", threshold());
    }
    return fmt::format("No section's averages differ by {} or more: the largest difference is {:.1f}, in {}.",
                       threshold(), *largest->spread(), largest->section->label());
  }

  // Under the heading of a section whose averages are not like for like: the
  // mark's footnote and the rows scored in some assessments only.
  std::string not_like_for_like_note(const analysis::SectionComparison& section) const {
    if (section.like_for_like()) return "";
    return fmt::format("<p class=\"like-for-like\">{} (row{} {}).</p>\n", xml_text(not_like_for_like_words(m_c)),
                       section.rows_scored_in_some_only.size() == 1 ? "" : "s",
                       xml_text(rows_scored_in_some_only_words(section)));
  }

  void section_differences() {
    if (m_c.section_prompts.empty()) return;
    m_out += fmt::format(
        "<section aria-labelledby=\"sections\">\n<h2 id=\"sections\">Sections whose averages {} "
        "by {} or more</h2>\n",
        differ(), threshold());
    for (const std::size_t s : m_c.section_prompts) {
      const auto& section = m_c.sections[s];
      m_out +=
          fmt::format("<div class=\"difference\">\n<h3>{}<span class=\"about\">{}{}</span></h3>\n",
                      xml_text(section.section->label()),
                      xml_text(util::capitalised(difference_in_words(m_c, section.difference(), section.spread()))),
                      section.like_for_like() ? "" : k_change_of_different_rows_mark);
      m_out += abbreviations_line(section.section->label());
      m_out += not_like_for_like_note(section);
      m_out += fmt::format(
          "<table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">Average score</th></tr></thead>\n"
          "<tbody>\n",
          inputs_column());
      for (std::size_t i = 0; i < count(); ++i) {
        m_out += fmt::format("<tr><td>{}</td><td>{}</td></tr>\n", input_heading(i),
                             section_score_words(*section.results[i]));
      }
      m_out += "</tbody>\n</table>\n";
      notes_box(2);
      m_out += "</div>\n";
    }
    m_out += "</section>\n";
  }

  // A row's score, or why it has none in full words, set apart as "no evidence given" is.
  static std::string row_score_cell(const analysis::RowResult& result) {
    std::string text = result.score.is_scored()
                           ? result.score.to_string()
                           : fmt::format("<span class=\"missing\">{}</span>", row_score_full_words(result.score));
    if (const std::string people = people_spread_words(result); !people.empty()) {
      text += fmt::format("<span class=\"people\">({})</span>", xml_text(people));
    }
    return text;
  }

  // What a row with only one of the two signs means by its scores, as the
  // form says it: headed by a warning sign alone, a 5 could be read as "seen a lot".
  void one_sign(const model::FrameworkRow& row) {
    if (const auto note = one_sign_note(*m_c.framework, row)) {
      m_out += fmt::format("<p class=\"one-sign\">{}</p>\n", xml_text(*note));
    }
  }

  // One assessment's answers to the "seen locally?" questions any of them answers; none when no one answers.
  static std::string seen_line(const analysis::RowResult& result, SeenAnswered answered) {
    const std::string line = seen_locally_line(result, answered);
    return line.empty() ? "" : fmt::format("<span class=\"seen\">{}</span>", xml_text(line));
  }

  static std::size_t evidence_lines(const analysis::RowResult& result) {
    return result.has_evidence() ? printed_lines(*result.response->evidence) : 0;
  }

  void row_difference(const analysis::RowComparison& row) {
    std::size_t lines = 0;
    for (const auto& result : row.results) lines += evidence_lines(*result);
    // Headed by its section and number as on the form ("Row 1.4"), not the start of its early indicator: that
    // follows in full.
    m_out += fmt::format(
        "<div class=\"difference{}\">\n<h3>{}<span class=\"about\">{}{}</span></h3>\n",
        breaks_when_printed(lines) ? " long" : "", xml_text(row.section->label()),
        names_sections(m_c) ? "" : fmt::format("<span class=\"ref\">{}</span>: ", xml_text(row_name(m_c, row))),
        xml_text(difference_in_words(m_c, row.difference(), row.spread())));
    // A section's only row, worded as its title, has said its early indicator in the heading.
    if (row.row->indicator && !model::row_is_the_section(*row.section, *row.row)) {
      m_out += fmt::format("<p class=\"indicator\"><strong>Early indicator:</strong> {}</p>\n",
                           xml_text(row.row->indicator->flattened()));
    }
    if (row.row->warning) {
      m_out += fmt::format("<p class=\"warning\"><strong>Warning sign:</strong> {}</p>\n",
                           xml_text(row.row->warning->flattened()));
    }
    one_sign(*row.row);
    m_out +=
        abbreviations_line(row.section->label() + "\n" + (row.row->indicator ? row.row->indicator->flattened() : "") +
                           "\n" + (row.row->warning ? row.row->warning->flattened() : ""));
    const SeenAnswered answered = seen_answered(row.results);
    m_out += fmt::format(
        "<table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\" class=\"score\">Score</th>"
        "<th scope=\"col\">Evidence</th></tr></thead>\n<tbody>\n",
        inputs_column());
    for (std::size_t i = 0; i < count(); ++i) {
      const auto& result = *row.results[i];
      const std::string evidence =
          result.has_evidence()
              ? fmt::format("<span class=\"evidence\">{}</span>{}", xml_text(*result.response->evidence),
                            spelled_out_html(m_abbreviations, *result.response->evidence))
              : "<span class=\"missing\">no evidence given</span>";
      m_out += fmt::format("<tr{}><td>{}</td><td class=\"score\">{}</td><td>{}{}</td></tr>\n",
                           breaks_when_printed(evidence_lines(result)) ? " class=\"long\"" : "", input_heading(i),
                           row_score_cell(result), seen_line(result, answered), evidence);
    }
    m_out += "</tbody>\n</table>\n";
    notes_box(4);
    m_out += "</div>\n";
  }

  void row_differences() {
    // For periods with no large move, "how to use" says so and "What moved" follows at once.
    if (compares_periods(m_c) && m_c.row_prompts.empty()) return;
    m_out += fmt::format(
        "<section aria-labelledby=\"rows\">\n<h2 id=\"rows\">{} whose scores {} by {} or more"
        "</h2>\n",
        util::capitalised(rows_word(m_c)), differ(), threshold());
    if (const auto nothing = nothing_to_compare_words(m_c)) {
      m_out += fmt::format("<p>{}</p>\n", xml_text(*nothing));
    } else if (m_c.row_prompts.empty()) {
      m_out += fmt::format("<p>None: every {}'s scores are within {} across the assessments.</p>\n",
                           names_sections(m_c) ? "section" : "row", threshold());
    } else if (!m_c.section_prompts.empty()) {  // else the instructions give the count
      m_out +=
          fmt::format("<p class=\"lead\">{}{} the largest {} first.</p>\n", rows_counted(m_c, m_c.row_prompts.size()),
                      of_rows_compared(true), compares_periods(m_c) ? "move" : "difference");
    }
    for (const std::size_t r : m_c.row_prompts) row_difference(m_c.rows[r]);
    m_out += "</section>\n";
  }

  static bool any_missing(const analysis::RowComparison& row) {
    for (const auto& result : row.results) {
      if (!result->score.is_scored()) return true;
    }
    return false;
  }

  // Rows a difference cannot be worked out for, in framework order, each score in words.
  void rows_without_scores() {
    std::vector<const analysis::RowComparison*> rows;
    for (const auto& row : m_c.rows) {
      if (any_missing(row)) rows.push_back(&row);
    }
    if (rows.empty()) return;
    m_out += fmt::format(
        "<section aria-labelledby=\"missing\">\n<h2 id=\"missing\">{} without a score from every "
        "assessment</h2>\n",
        util::capitalised(rows_word(m_c)));
    m_out += fmt::format(
        "<p class=\"lead\">{}, in the order of the framework. No difference can be worked out where a score is "
        "missing, but a {} marked not applicable on one side and scored on the other may be worth talking about "
        "too.</p>\n",
        rows_counted(m_c, rows.size()), names_sections(m_c) ? "section" : "row");
    // A list, not a table: on a phone a column per assessment would leave the rows' words no room.
    m_out += "<ul class=\"without-scores\">\n";
    for (const auto* row : rows) {
      const std::string heading = section_and_row_heading(*m_c.framework, *row->section, *row->row);
      // The number first: the heading may be cut short ("…They can…"), and the number is where the eye starts.
      m_out += fmt::format("<li>{}<strong>{}</strong>{}\n", row_ref_html(m_c, *row), xml_text(heading),
                           spelled_out_html(m_abbreviations, heading));
      one_sign(*row->row);
      m_out += "<ul>\n";
      const SeenAnswered answered = seen_answered(row->results);
      for (std::size_t i = 0; i < count(); ++i) {
        m_out += fmt::format("<li>{}: {}{}</li>\n", input_heading(i), row_score_cell(*row->results[i]),
                             seen_line(*row->results[i], answered));
      }
      m_out += "</ul>\n</li>\n";
    }
    m_out += "</ul>\n</section>\n";
  }

  const Comparison& m_c;
  const std::vector<std::string>& m_redacted_notes;
  Abbreviations m_abbreviations;  // each spelled out where the sheet first uses it
  std::string m_out;
};

}  // namespace

std::string render_comparison_html(const Comparison& comparison, const std::vector<std::string>& redacted_notes) {
  return SheetWriter(comparison, redacted_notes).render();
}

}  // namespace coprod::render
