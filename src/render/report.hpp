#pragma once
// The evidence pack of `coprod report`: everything from one review in one
// self-contained HTML page (readable on screen, printable to A4) and the same
// content as Markdown. Page 1 is a summary a board can read alone.

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/comparison.hpp"
#include "analysis/plan_review.hpp"
#include "analysis/scoring.hpp"
#include "model/framework.hpp"
#include "model/plan.hpp"
#include "render/change_marks.hpp"
#include "render/input_names.hpp"

namespace coprod::render {

// What a report is made from. Filled in and passed straight to the render
// calls, so `plan` may be a view of the caller's plan; the rest is owned.
struct Report {
  std::string title;                // "Co-production reflection: Northbridge, 2026-Q4"
  std::optional<std::string> date;  // only when given (--date or SOURCE_DATE_EPOCH)
  analysis::AssessmentResults inputs;
  analysis::AssessmentResults previous;            // earlier periods, for the change since then
  std::optional<analysis::Comparison> comparison;  // with two or more inputs
  std::string web_svg;                             // the SVG document, to inline
  const model::Plan* plan = nullptr;               // a view: the caller's plan outlives the render calls
  // The plan's actions as `plan --review` sees them on `date`; without a date,
  // the statuses as written in the plan.
  std::optional<analysis::PlanReview> plan_review;
  bool scores_only = false;                 // evidence, notes and reflections left out
  bool without_scores = false;              // every number left out: evidence, reflections and plan only
  std::vector<std::string> redacted_notes;  // e.g. "3 items of likely personal data were masked"
  std::string generator;                    // "coprod 0.1.0"
};

std::string render_report_html(const Report& report);
std::string render_report_markdown(const Report& report);

// Shared: "organisation, 2026-Q4" for input i; "Southbridge, organisation,
// 2026-Q4" when the inputs are for more than one area.
std::string report_input_label(const Report& report, std::size_t index);

// Shared: how the pack names input i in short, as every part of it does:
// "organisation", "peer network" (one review's perspectives), else its letter,
// "A" (see render/input_names.hpp).
std::string report_input_short(const Report& report, std::size_t index);
// Shared: whether the inputs go by letters, which page 1's key defines.
bool report_inputs_lettered(const Report& report);

// Shared: how a key names input i and defines its short name (see render/input_names.hpp).
DefinedName defined_input_name(const Report& report, std::size_t index, const std::string& label);

// Shared: input i's heading where the pack gives its part of a list by
// input: its label, "Organisation, 2026-Q4"; with letters, the letter and
// label, "A: organisation, 2026-Q4" (a screen reader would read "A
// organisation" as "a organisation").
std::string report_input_key(const Report& report, std::size_t index);

// Shared: page 1's note when the pack has one of the two views the guide asks
// for, naming the other: "Only the organisation's view is here: the
// co-production peer network's is missing. …"; none when both are here.
std::optional<std::string> missing_perspective_note(const Report& report);
// Whether a co-production peer network's view is among the pack's inputs.
bool report_names_peer_network(const Report& report);

// Shared: how changes and differences are worked out, ending page 1's note under its table and in the
// workbook's notes by its differences and changes.
inline constexpr std::string_view k_shown_scores_words =
    "changes and differences are worked out from the scores as shown, so they add up.";

// Shared: how a section's score is made, ending what the scores mean.
inline constexpr std::string_view k_section_average_words =
    "Each section's score is the average of its scored rows, to one decimal place; changes and differences are "
    "worked out from the scores as shown, so they add up.";
static_assert(k_section_average_words.ends_with(k_shown_scores_words), "page 1 and the workbook say it the same way");

// Shared: what the scores mean, under page 1's table, with the framework's
// scale in the form's words: "Scores run from 0 (nothing has started yet) to
// 5 (fully in place), so higher means further along. Each section's score …".
std::string score_scale_words(const Report& report);
// Its first sentence, what the scale's ends mean, as the workbook's Summary says it too: "Scores run from 0
// (nothing has started yet) to 5 (fully in place), so higher means further along."
std::string score_scale_sentence(const model::Scale& scale);

// Shared: page 1's note on sections carried forward (`init --from`) and not
// scored again (see analysis/carried_forward.hpp), so a change of 0.0 does not
// read as a fresh review that found no change: "Sections last completed before
// 2027-Q1 began, so carried forward rather than scored again (...): A: 1.
// Commitment and leadership; 6. Review impact. B: every section." None when there are none.
std::optional<std::string> carried_forward_note(const Report& report);

// Shared: "Northbridge, 2026-Q4" (every area and period of the inputs:
// "Northbridge and Southvale, 2026-Q4"), for the printed footer.
std::string report_area_and_period(const Report& report);

// Shared: the files a report is made from, for its footer: "a.yaml, b.yaml,
// plan.yaml; for the earlier period (2026-Q3), c.yaml" (--previous files last).
std::string report_sources(const Report& report);

// The start of a row's early indicator, else of its warning sign, else its id:
// a row's heading where something else tells it apart from rows that share
// that start (see row_heading).
std::string text_heading(const model::FrameworkRow& row);

// Shared: a row's heading in words, the start of its early indicator (or of
// its warning sign): "There is a clear strategy for co-production that…".
// Rows that share that start (two rows of the guide share an early
// indicator) are told apart by the start of their warning sign ("…
// (warning sign: The 'wrong' people are involved, e.g. people who…)"), else
// by their id.
std::string row_heading(const model::Framework& framework, const model::FrameworkRow& row);
// Shared: the same after which sign it is, as page 1 names a row, so the guide's wording does not read as a
// finding: "Early indicator: There are identified leaders…", "Warning sign: People are not pulling in the same
// direction." (a row with only a warning sign).
std::string signed_row_heading(const model::Framework& framework, const model::FrameworkRow& row);

// A row's heading under its section's label, joined by util::join_title(): "2. Contact and connect: There
// is…". Where the section's only row is worded as its title (each ingredient of the strategic framework is a
// section with one row, the same words), the section's label alone: the same words are not said twice.
std::string section_and_row_heading(const model::Framework& framework, const model::FrameworkSection& section,
                                    const model::FrameworkRow& row);

// A sentence of a framework's wording, whole, and whether more follows it.
struct FirstSentence {
  std::string text;
  bool cut = false;
};
// The first sentence of `text` whole ("People will be starting to identify
// what they see as important."), never cut mid-way; all of it when it is one.
FirstSentence first_sentence(std::string_view text);
// Shared: a row on page 1, "Early indicator: " and its early indicator's
// first sentence whole (else "Warning sign: " and its warning sign's); rows that share it (two rows of the guide share
// an early indicator) add their warning sign's first sentence, "... (warning sign: Groups of people are excluded
// because ...)". `cut` says more of the wording follows, for page 1 to say where it is. A section that is its row
// (model::section_is_its_row()), its label cut short before it, ends as its label does, without a leaflet's trailing
// ";" (model::without_list_mark()).
FirstSentence row_summary_text(const model::Framework& framework, const analysis::RowComparison& row);

// Shared: how many of the comparison's row prompts page 1 lists: the
// three largest differences and every row that differs by as much as the
// third (a tie is not split), unless that makes more than five; then only the
// rows that differ by more than the tied ones (page 1 says how many more
// there are and where they are).
std::size_t summary_prompt_count(const analysis::Comparison& comparison);
// At most `shown` of the prompts, never cutting between two that differ by as
// much (a tie): the tied rows all go when they are not all shown.
std::size_t prompts_outside_tie(const analysis::Comparison& comparison, std::size_t shown);
// The heading of page 1's list of the largest differences, which says their order.
inline constexpr std::string_view k_largest_differences_heading =
    "The largest differences to talk about, largest first";
// "And 2 more rows differ by 1.5 or more, each by less than the rows above",
// for the prompts page 1 leaves out (cut outside a tie, prompts_outside_tie);
// with none listed, because the largest tie is more than the room holds,
// "5 rows differ by 1.5 or more; the 2 that differ most, by 2.0 each, are
// more than this summary has room for, so all are listed together".
std::string more_prompts_text(const analysis::Comparison& comparison, std::size_t shown);

// Shared: what a row page 1 lists means by its scores when it has only a
// warning sign, in one_sign_note()'s words: page 1 gives the row by its
// warning sign, so "the peer network 2.0 higher" would read as the sign seen
// more. None for any other row: one with only an early indicator reads the
// way the others do. Plain text.
std::optional<std::string> summary_scale_note(const model::Framework& framework, const model::FrameworkRow& row);

// Shared: a section's label cut to a few words for the summary table.
std::string short_section_label(const model::FrameworkSection& section);
// Shared: how page 1 heads a row it lists, its section's short label and the
// row's number ("1. Commitment and leadership, row 1.4"), so two rows of one
// section read apart, and as the later pages number them; a section that is its
// one row (model::section_is_its_row()), by its whole label, once.
std::string summary_row_label(const analysis::RowComparison& row);
// Whether that label says all the row's wording does: a section that is its one row.
// Page 1 then gives no "Early indicator: ..." after it, which would only say the title again.
bool summary_label_is_the_row(const analysis::RowComparison& row);

// Shared: how input i's section score moved since the latest earlier period
// of the same perspective and area ("+0.4", "-1.0", "0.0"); none without one.
std::optional<std::string> section_change(const Report& report, std::size_t input, std::size_t section);
// Shared: whether that change compares averages of different rows (a row
// scored in one period only); such a change carries k_change_of_different_rows_mark.
bool change_of_different_rows(const Report& report, std::size_t input, std::size_t section);
// The earlier period the changes are measured from, for input i; null when there is none.
std::shared_ptr<const analysis::AssessmentResult> previous_of(const Report& report, std::size_t input);
// Shared: the columns of "Section scores in every period", oldest first: every
// earlier period given (--previous) and this report's. Empty unless more than
// one earlier period is given; with one, page 1's change already gives its
// numbers.
std::vector<model::Period> report_every_period(const Report& report);
// Shared: input `input`'s perspective, and its area when the pack has several,
// without a period, as that table's headings name it: "Organisation".
std::string report_input_view(const Report& report, std::size_t input);
// Shared: section `section`'s score for input `input` in `period`, as the
// pack's tables show one ("2.3", "n/a", "not scored yet"), or "no assessment"
// where no file of that period was given.
std::string section_score_in_period(const Report& report, std::size_t input, std::size_t section,
                                    const model::Period& period);

// Shared: "Action plan made after the 2026-Q3 review".
std::string plan_heading(const model::Plan& plan);
// Shared: "Reflections recorded with the action plan (after the 2026-Q3 review)".
std::string plan_reflections_heading(const model::Plan& plan);
// Shared: the pack's date as its first page gives it: "Report date: 2026-12-15". Plain text.
std::string report_date_text(std::string_view date);
// Shared: the action plan's opening lines: how its statuses are worked out,
// and what its "Score hoped for" column means.
std::string plan_statuses_text(const Report& report);
// Shared: what the plan's part says in place of its table when the plan has
// no actions (none agreed yet, or no 'actions:' line at all).
inline constexpr std::string_view k_no_plan_actions_words = "The plan has no actions yet.";
inline constexpr std::string_view k_plan_target_words =
    "Score hoped for: the section score the plan hopes the action's sections will reach, from 0 to 5, in the "
    "organisation's and in the co-production peer network's scores alike: it is reached when every one is at or "
    "above it. After it, whether it is reached yet and the section's scores in this report now, those below it "
    "first.";
// Shared: an action's target with how far its sections are from it
// (plan_target_progress()): "3.0 — not yet: peer network 2.5, organisation
// 3.7", "3.0 — reached: organisation 3.7, peer network 3.1".
std::string action_target_text(const Report& report, const model::Action& action);
// Shared: what "Section scores in every period" says above its tables.
inline constexpr std::string_view k_every_period_words =
    "Each section's score in every period given, oldest first: the numbers behind the earlier periods drawn on "
    "the web. The change on page 1 is since the latest earlier period.";
// Shared: whether any of the four reflections is written.
bool has_reflections(const model::Reflections& reflections);
// Shared: whether any input's assessment has a reflection written.
bool any_reflections(const Report& report);
// Shared: what "Reflections and next steps" says where none are written.
inline constexpr const char* k_no_reflections_words = "No reflections recorded yet.";

// Shared: action i's status in words ("overdue", "in progress").
std::string action_status_words(const Report& report, std::size_t action);
// Shared: an action page 1 lists, in words; each medium formats it.
struct SummaryAction {
  std::size_t index = 0;  // into the plan's actions
  // Its words, whole up to 40 (a longer one cut there, `cut` set: the rest is
  // in the plan's part); "2. Contact and connect: action to be agreed" when it has none yet.
  std::string what;
  bool cut = false;
  std::string owner;   // "Programme lead"; empty when it has none yet
  std::string due;     // "2026-10-31"; empty when it has no due date
  std::string status;  // as action_status_words() gives it
  // Whether the status was checked against the report's date (so "overdue"
  // where it is late). Without a date, page 1 gives the due date beside the
  // status ("open, due 2026-10-31"), for a reader to tell it may be overdue.
  bool status_checked = false;
};
// Shared: the actions page 1 lists: those not finished (neither done nor
// dropped), in the plan's order. index.html shows as many as its printed page
// has room for, report.md the first three.
std::vector<SummaryAction> unfinished_actions(const Report& report);
// Shared: " (owner: Programme lead)" after a page-1 action, or " (no owner
// named yet)"; empty for an action still to be agreed.
std::string summary_owner_words(const Report& report, const SummaryAction& action);
// "5 actions: 1 done, 2 open, 1 still a draft"; with a review, "5 actions on
// 2027-02-01: 1 done, 2 overdue, ...", in the order plan --review lists them.
// Without one, when an action not finished has a due date, "5 actions (the
// pack has no date, so none is marked overdue): ..."; "No actions yet" for none.
std::string plan_status_summary(const Report& report);

// The first `count` words of `text`, ending with "…" when any are cut.
std::string first_words(std::string_view text, std::size_t count);

// Shared: a section of one input, its score with the rows it counts (unless
// the pack is without scores) and who completed it: "score 2.8 from 2 of 3
// rows, 1 not applicable; completed by Programme lead; last completed 2026-09-30".
std::string section_status_text(const Report& report, const analysis::AssessmentResult& input, std::size_t section);
// Shared: the notes written for section `section` of input `input`, shown
// beside that line ("Staff from the programme team left the room for this
// part."); none when there are none (and in a pack with scores only, which
// leaves them out). Notes word for word those of the same section in the
// earlier period (--previous) while its date moved on (analysis/words_kept)
// are said to be, after them: "(the same words as in 2026-Q4)", or "(the
// same words as in 2026-Q4, as is who completed it)" when that stayed too.
struct SectionNotes {
  std::string text;            // as written
  std::string same_as_before;  // the words above, or ""
};
std::optional<SectionNotes> section_notes(const Report& report, std::size_t input, std::size_t section);
inline constexpr const char* k_section_notes_words = "Notes:";

}  // namespace coprod::render
