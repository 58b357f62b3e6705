#pragma once
// The report of `coprod compare`: conversation prompts first (where the inputs
// differ most, with each side's evidence), then every section and row side by
// side, and for successive periods what moved. Versions of one review
// (compare HEAD:F F) read as changes to one assessment: every row whose score
// or evidence changed, in place of the prompts.

#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "analysis/comparison.hpp"

namespace coprod::render {

struct CompareTextOptions {
  std::size_t width = 80;
  bool colour = false;   // ANSI colour (only on a terminal, never with NO_COLOR)
  bool unicode = false;  // the dagger for a change not like for like; else a caret, as history's --ascii
};

std::string render_comparison_text(const analysis::Comparison& comparison, const CompareTextOptions& options);
std::string render_comparison_json(const analysis::Comparison& comparison);
std::string render_comparison_csv(const analysis::Comparison& comparison);
// `redacted_notes`: what --redact masked, in report's words ("2 pieces of
// likely personal data were masked."), said on the sheet as the pack says it.
std::string render_comparison_markdown(const analysis::Comparison& comparison,
                                       const std::vector<std::string>& redacted_notes = {});
// The "differences to discuss" sheet: a self-contained HTML page to read or
// print on A4 for the meeting where the perspectives compare their
// assessments. The sections and rows whose scores differ by the threshold or
// more, largest difference first, each with its early indicator and warning
// sign, every score and its evidence, and a ruled box for notes; then the
// rows without a score from every assessment, their scores in words.
std::string render_comparison_html(const analysis::Comparison& comparison,
                                   const std::vector<std::string>& redacted_notes = {});

// Shared wording.
// The footnote of a section whose averages are not like for like
// (SectionComparison::like_for_like()), its mark first: for two periods the
// evidence pack's and history's words, else the same said of assessments.
std::string_view not_like_for_like_words(const analysis::Comparison& comparison);
// The rows that make a section's averages not like for like, as numbered on
// the form: "1.4 and 1.6".
std::string rows_scored_in_some_only_words(const analysis::SectionComparison& section);
std::string format_difference(double value);                                         // "+1.5", "-0.5", "0.0"
std::string describe_direction(const analysis::Direction direction, double change);  // "up 0.5"
std::string input_letter(std::size_t index);                                         // "A", "B", ...
// The letter in the input's colour of the web's palette when `colour` (ANSI).
std::string coloured_input_letter(std::size_t index, bool colour);
// Input i's short name (or any text naming it) in that colour when `colour`.
std::string coloured_input_name(std::string_view name, std::size_t index, bool colour);

// How the text and Markdown reports name the inputs: in short, as the pack
// does (render/input_names), "organisation" and "peer network", "2026-Q3"
// and "2026-Q4", "version committed at HEAD (1a2b3c4)" and "working copy",
// else "A", "B", which the key over the report defines.
// What heads the last column of a table: "B minus A" with letters,
// "Difference" with names (the line over the tables says which way), "Spread"
// with more than two inputs.
std::string last_column_title(const analysis::Comparison& comparison);
// The line over the tables saying which way the differences go: "Differences
// are peer network minus organisation."; with letters "Differences are B minus
// A: peer network minus organisation."; with more inputs "Spreads are the
// highest score minus the lowest." Plain text.
std::string differences_sentence(const analysis::Comparison& comparison);
// The key's words for a blank last cell: "a blank B minus A means either has
// no score", "a blank difference means ...", "a blank spread means fewer than two scores".
std::string blank_last_cell_words(const analysis::Comparison& comparison);
// A difference with its direction: "peer network minus organisation: -1.5"
// with two inputs (the second minus the first), "highest minus lowest: 1.5"
// with more; "none, as a score is missing" in words where there is none.
std::string labelled_difference(const analysis::Comparison& comparison, std::optional<double> difference,
                                std::optional<double> spread);

// The same in words, for people who do not read "minus": "the peer network
// 2.0 lower than the organisation", "2026-Q4 and 2026-Q3 the same"; with
// more inputs "1.5 between the highest and lowest score"; "difference: none,
// as a score is missing" where there is none.
std::string difference_in_words(const analysis::Comparison& comparison, std::optional<double> difference,
                                std::optional<double> spread);
// How those words name two inputs, the first then the second: "the organisation" and "the peer network",
// "2026-Q3" and "2026-Q4", or by their letters, "A" and "B", where they differ in more than one of these.
std::pair<std::string, std::string> difference_names(const analysis::Comparison& comparison);

// For a row combined from several people's responses (coprod combine), who
// scored it: "median of 5 people; range 0.5 to 4.5", with "; 1 said it does not
// apply" before the range when some marked it n/a; "scored by 1 person only"
// for a row one person scored (their own answer, with no range to give), or
// "only 1 person scored it" when report held its score back; empty for
// anyone else's row.
std::string people_spread_words(const analysis::RowResult& result);
// Under the table of rows, for each row with only one of the two signs: its
// name, as the table names it, and what its scores mean, in one_sign_note()'s
// words: "Row F.3: This row has only a warning sign: 5 means ...".
// Plain text, not escaped for any medium.
std::vector<std::string> one_sign_lines(const analysis::Comparison& comparison);

// Whether the report is about change: one perspective over periods (not
// versions of one review), as the text report's "What moved" is.
bool compares_periods(const analysis::Comparison& comparison);
// The report's title, as the text and Markdown reports head it: "Comparing
// perspectives: Northbridge, 2026-Q4", "Comparing periods: Northbridge,
// co-production peer network, 2026-Q3 to 2026-Q4", "Comparing 3 assessments:
// Northbridge", or versions_title(). Plain text.
std::string comparison_title(const analysis::Comparison& comparison);
// The heading of the prompts: "Conversation prompts: where the scores differ
// by 1.5 or more"; for periods, "Largest movements: rows and sections that
// moved by 1.5 or more".
std::string prompts_heading(const analysis::Comparison& comparison);
// What the prompts say when there are none: nothing_to_compare_words(), else
// "None: every section and row is within 1.5 across the inputs."; for
// periods "None: no section or row moved by 1.5 or more since 2026-Q3."
std::string no_prompts_words(const analysis::Comparison& comparison);
// What changed in a row from the earliest period to the latest, one phrase
// each: "up 0.5", "newly scored", "newly evidenced", "evidence updated";
// none when nothing did (see "What moved").
std::vector<std::string> movement_words(const analysis::RowMovement& movement);
// A row's move in words, for the HTML sheet and Markdown, each period naming
// its score: "2026-Q3 2, 2026-Q4 2.5: up 0.5, evidence updated",
// "2026-Q3 not scored yet, 2026-Q4 3.5: newly scored, newly evidenced",
// "2026-Q3 not applicable, 2026-Q4 2: newly scored" (never "n/a").
std::string movement_in_words(const analysis::Comparison& comparison, const analysis::RowMovement& movement);
// Under "What moved" when no row did: "Nothing: every row has the same score and evidence." ("every section",
// names_sections()).
std::string nothing_moved_words(const analysis::Comparison& comparison);
// A section's score where there is room for words (the text's prompts, the
// Markdown's table): "3.2", "not applicable" (every row marked n/a) or "not
// scored yet", as the html sheet and the pack say it.
std::string section_score_in_words(const analysis::SectionResult& section);
// Whether the sheet names rows by their sections: every section of the framework is its one row
// (model::every_section_is_its_row(), the shorter frameworks), so a reader who has only seen sections is told of
// sections, never "Row 5.1". The one rule compare's row and section wording is chosen by.
bool names_sections(const analysis::Comparison& comparison);
// "row" or "rows" (names_sections(): "section" or "sections") as `count` needs: "1 row", "6 sections".
std::string rows_counted(const analysis::Comparison& comparison, std::size_t count);
// "rows" or "sections", as names_sections() chooses.
std::string rows_word(const analysis::Comparison& comparison);
// "row" or "section", as names_sections() chooses.
std::string row_word(const analysis::Comparison& comparison);
// "Row 1.4", as the form, the printed sheets and the pack name a row; where the
// sheet names sections (names_sections()), "Section 5", as the plan names it.
std::string row_name(const analysis::Comparison& comparison, const analysis::RowComparison& row);
// The same with its section, as text and Markdown name a row where it stands
// on its own (a prompt, a changed row): "Row 1.4 (1. Commitment and leadership)";
// where the sheet names sections, the section once: "5. Commitment from senior management".
std::string row_name_with_section(const analysis::Comparison& comparison, const analysis::RowComparison& row);
// The abbreviations the report uses, spelled out as the planning sheet does
// (words_and_abbreviations()): "Words and abbreviations: IPC (Integrated
// Personal Commissioning); CCG (clinical commissioning group); ...", from the
// words the text and Markdown reports show (title, inputs, sections, and the
// prompts' or changed rows' signs and evidence, the changed fields' values). "" when there are none.
std::string comparison_abbreviations(const analysis::Comparison& comparison);

// Versions of one review (Comparison::versions_of_one_review).
// "Changes to one assessment: co-production peer network, Northbridge, 2026-Q4";
// a perspective, area or period that changed as each version's ("2026-Q4 -> 2027-Q1").
std::string versions_title(const analysis::Comparison& comparison);
// A top-level field ("area", "period") as the title gives it: `first` (the
// first version's value) when it is the same in every version, else each
// version's value, "2026-Q4 -> 2027-Q1". Plain text.
std::string value_or_change(const analysis::Comparison& comparison, std::string_view field, std::string first);
// A changed row as the form, the sheets and the pack name it, with its section
// and its title as the HTML sheet heads it (signed_row_heading()): "Row 1.4
// (1. Commitment and leadership): Early indicator: There are identified
// leaders…"; a section's only row worded as its title, "Row 7.1 (7. ...)".
// Plain text, heading each row of the list of changes in text and Markdown.
std::string changed_row_heading(const analysis::Comparison& comparison, const analysis::RowComparison& row);
// "score 3 -> 1 (down 2.0)", "score 2 (unchanged)", "score not scored yet -> 3
// (newly scored)", "score not applicable -> 2 (newly scored)": in words, never "n/a".
std::string describe_score_change(const analysis::RowComparison& row, const analysis::RowChange& change);
// What else changed in a row, one phrase each: "evidence unchanged" or
// "evidence changed:" (the texts follow), then "early indicator seen: not
// said -> yes" and the same for the warning sign, where they changed.
std::vector<std::string> describe_other_changes(const analysis::RowComparison& row, const analysis::RowChange& change);
// A changed field outside the rows, named as people read it: "Notes (1.
// Commitment and leadership)", "Completed by (1. ...)", "Last completed (1.
// ...)", "Reflections: Emerging priorities", "Period". Plain text.
std::string changed_field_heading(const analysis::Comparison& comparison, const analysis::FieldChange& change);
// Whether the field is text people write at length (a section's notes, a
// reflection): shown as each version's text, as changed evidence is; other
// fields are shown on one line (describe_field_values()).
bool is_long_text(const analysis::FieldChange& change);
// Each version's value, escaped for its medium by `escape`: "Joint review
// meeting -> Board meeting", "not given -> 2026-12-04".
std::string describe_field_values(const analysis::FieldChange& change,
                                  const std::function<std::string(std::string_view)>& escape);
// The heading of that section, what it says when nothing changed, and when
// only fields outside the rows did.
inline constexpr std::string_view k_changes_heading = "Changes: everything that changed";
inline constexpr std::string_view k_nothing_changed =
    "Nothing changed: each version has the same scores, evidence, answers to 'seen locally?', sections' notes, "
    "completed by and last completed, and reflections (comments in the file are not compared).";
inline constexpr std::string_view k_no_row_changed =
    "No row changed: every row has the same score, evidence and answers to 'seen locally?' in each version.";
// The text written where a version has none of a long field: "(none written)".
inline constexpr std::string_view k_none_written = "(none written)";
// The section listing every changed row, its heading included, as text and as Markdown.
std::string render_changes_text(const analysis::Comparison& comparison, const CompareTextOptions& options);
std::string render_changes_markdown(const analysis::Comparison& comparison);

}  // namespace coprod::render
