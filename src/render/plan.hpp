#pragma once
// The action-planning sheet of `coprod plan` and the follow-up of
// `coprod plan --review`.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "analysis/attention.hpp"
#include "analysis/plan_review.hpp"

namespace coprod::render {

// The actions of an earlier plan that are neither done nor dropped ('plan
// --from EARLIER.yaml'), for the sheet to list before new actions are agreed.
struct PlanSheetCarried {
  std::string plan_file;               // the earlier plan, as the sheet names it
  model::Period plan_period;           // its period
  std::vector<model::Action> actions;  // each with carried_from set, in the earlier plan's order
  std::optional<model::Date> today;    // the date statuses are on; none: overdue is not marked
};

struct PlanSheet {
  analysis::AssessmentResults inputs;
  std::vector<analysis::SectionAttention> sections;  // most in need of attention first
  std::size_t detailed = 3;                          // how many sections get the guide's tips in full
  std::optional<PlanSheetCarried> carried;           // with --from
};

std::string render_plan_sheet_text(const PlanSheet& sheet, std::size_t width);
std::string render_plan_sheet_markdown(const PlanSheet& sheet);
std::string render_plan_sheet_json(const PlanSheet& sheet);
// The sheet as a self-contained page to print on A4 for the meeting, with a
// box under each section shown in full to write the actions agreed by hand.
std::string render_plan_sheet_html(const PlanSheet& sheet);

std::string render_plan_review_text(const model::Plan& plan, const analysis::PlanReview& review, std::size_t width);
std::string render_plan_review_markdown(const model::Plan& plan, const analysis::PlanReview& review);
std::string render_plan_review_json(const model::Plan& plan, const analysis::PlanReview& review);

// Shared wording: "peer-network, 2026-Q4" for input i, with the perspective's
// id, for JSON; "co-production peer network, 2026-Q4" for text people read.
std::string plan_input_label(const PlanSheet& sheet, std::size_t index);
std::string plan_input_title(const PlanSheet& sheet, std::size_t index);
// What the sheet calls each input beside its scores, in the inputs' order:
// what alone tells them apart (analysis::told_apart_by()), so that a page
// read on its own says whose each score is: {"organisation", "peer network"}
// for one review's perspectives, {"2026-Q3", "2026-Q4"} for two periods of
// one, {"organisation"} for one input; else their letters {"A", "B", "C"}.
std::vector<std::string> plan_input_names(const PlanSheet& sheet);
// Whether plan_input_names() gives the letters, so the list of inputs needs
// them as a key.
bool plan_inputs_lettered(const PlanSheet& sheet);
// Section scores, averages to one decimal as every other output shows them,
// labelled and each after its input's name (plan_input_names()): "section
// scores: organisation 3.7, peer network 2.3" ("section scores: A 3.7, B
// 2.3, C n/a" when only letters tell them apart; "section score:
// organisation 3.0" for one input); "not scored yet" in words, never a bare
// "-".
std::string plan_section_scores(const PlanSheet& sheet, const analysis::SectionAttention& section);

// The sections an action is for, by their labels: "2. Contact and connect; 5.
// Co-produce IPC" (an id the framework does not have, as written), for the
// workbook's Plan sheet, the evidence pack's actions, the planning sheet's
// carried actions and the comment 'plan --write --from' writes above one.
std::string action_section_labels(const model::Action& action, const model::Framework& framework);
// The same with the sections of the rows it names, each once, for a framework whose every section is its one
// row (row_words()), where the pack's actions have no Rows column: "4. Feedback and ongoing conversation".
std::string action_section_labels_with_rows(const model::Action& action, const model::Framework& framework);
// The rows an action is for as people find them on the form, in the
// framework's order: "1.1, 1.4, 1.5" (a reference the framework does not
// have, as written, last), for the workbook's Plan sheet and the evidence
// pack's actions.
std::string action_row_numbers(const model::Action& action, const model::Framework& framework);
// The same without the label, "organisation 3.7, peer network 2.3", for the
// list of sections in order of attention, where every number is a section's
// and each line's reasons say "section score".
// A score whose average leaves out rows (n/a or not scored yet) carries
// k_partial_mark, "organisation 0.3, peer network 5.0*", as in compare and
// the pack.
std::string plan_section_score_list(const PlanSheet& sheet, const analysis::SectionAttention& section);
// Under that list, one note for each section with such a score, in the list's
// order: "6. Review impact: peer network from 1 of 3 rows, 2 not scored yet".
// Plain text.
std::vector<std::string> plan_coverage_notes(const PlanSheet& sheet);
// What makes up section `index`'s place in the list, for every format: what
// ranks it, in words first with each part's number after it ("ranked by how
// far the lower score is below the top score of 5 (2.7), the difference
// between the scores (1.4) and the warning sign seen (0.5), 4.6 in all"), or
// "after the scored sections, as it has no score"; and, when it is level with
// others, what decides ("tied with "Facilitate the process", so they are in
// the guide's order"). "" for a section that does not apply here (its reason
// says so).
std::string plan_place_words(const PlanSheet& sheet, std::size_t index);
// Section `index`'s line in the list of sections in order of attention, after
// its name and scores, as sentences in every format people read: why it is
// there, then how it is ranked. "Why here: the lower of the two section scores
// is 2.3; ...; 1 warning sign is seen." and "Ranked by how far ...". Plain
// text.
struct PlanRankingWords {
  std::string why;
  std::string place;  // "" for a section that does not apply here
};
PlanRankingWords plan_ranking_words(const PlanSheet& sheet, std::size_t index);
// The ids of the sections level with section `index`, in the guide's order.
std::vector<std::string> plan_level_with(const PlanSheet& sheet, std::size_t index);
// Row scores as people gave them and every other output shows them, whole or
// half points, labelled and named as section scores are: "row scores:
// organisation 4, peer network 2.5"; "not scored yet".
std::string plan_row_scores(const PlanSheet& sheet, const analysis::RowAttention& row);
// An action's target as the section scores it is checked against are shown,
// to one decimal: "3.0", "3.5".
std::string plan_target_text(const model::Score& target);
// The scores below an action's target in one of its sections: the section as
// named beside a score (plan_section_name(); "" for an action of one section)
// and who is below it with the score, as a pair ("B", "2.5"), ("the
// organisation", "2.7").
struct TargetShortfall {
  std::string section;
  std::vector<std::pair<std::string, std::string>> below;
};
// Whether a target is reached, as `plan --review` says it: "reached"; "not reached yet", naming the scores below it
// when there are any: "not reached yet by B (2.5)", "... by the organisation (2.7) or the co-production peer network
// (2.5)" for an action of one section; grouped by section for several, each section named once: "not reached yet in
// section 5 (A 2.7, B 2.8) and section 2 (B 2.3)". A section with no score has not reached it but has no score to name.
// `space` goes between a name and its score in a group: a no-break space keeps a letter with its score.
std::string plan_target_reached_words(bool reached, const std::vector<TargetShortfall>& shortfalls,
                                      std::string_view space = " ");
// A section as an action of several names it beside a score: "section 5", or
// the title of an unnumbered one ("Facilitate the process").
std::string plan_section_name(const model::FrameworkSection& section);
// The same for an action against the section scores of `inputs` (sharing one
// framework), lettered A, B... as in the pack: "reached", "not reached yet by B
// (2.5)", "not reached yet in section 5 (A 2.7, B 2.8) and section 2 (B 2.3)"
// for an action of several sections; "" without a target or with no score to
// check it against. The pack counts by it the done actions short of their
// target; what it prints is plan_target_progress().
std::string plan_target_state(const analysis::AssessmentResults& inputs, const model::Action& action);
// How far an action's sections are from its target, said once, the scores
// below it (or with none) first: "not yet: peer network 2.5, organisation
// 3.7", "reached: organisation 3.7, peer network 3.1"; for an action of several
// sections, each named: "not yet in section 5 (organisation 2.7, peer network
// 2.8); reached in section 6 (organisation 3.1, peer network 3.2)". A section
// with no score has not reached it ("peer network not scored yet"). The
// evidence pack's "Score hoped for" and the workbook's Plan sheet say it so;
// "" without a scored target.
std::string plan_target_progress(const analysis::AssessmentResults& inputs, const model::Action& action);
// An action's status or state for people: "in-progress" -> "in progress".
std::string plan_status_words(std::string_view id);
// An action's status for people without a review: the plan's status, except
// that an action with no 'what' yet is a "draft" (as plan --review says)
// until it is done or dropped.
std::string plan_action_status(const model::Action& action);
// How many actions have each status or state (plan_status_words()), in the
// order plan --review lists them: "1 done, 2 open, 1 still a draft".
std::string plan_action_counts(const std::vector<std::string>& statuses);
// An action's state in a review, for people: "done", "open", "overdue", ..., and
// "in progress, overdue" for an overdue action the plan says is in progress,
// so that being late does not hide that it was started.
std::string plan_review_status(const analysis::ActionReview& item);
// `status` (as the two above give it) with, for an action carried from an
// earlier plan, when it was agreed: "open, carried over from 2026-Q3".
std::string with_carried_over(std::string status, const model::Action& action);
// The carried actions of a sheet (PlanSheet::carried), in groups by the
// sections each is for (plan_action_sections(): "2. Contact and connect"),
// the groups in the order of attention of their first section, each
// action's index into PlanSheetCarried::actions.
struct PlanCarriedGroup {
  std::string sections;
  std::vector<std::size_t> actions;
};
std::vector<PlanCarriedGroup> plan_carried_groups(const PlanSheet& sheet);
// At the printed sheet's box of actions for a section, which its page may hold
// far from that list: the carried actions that name the section (or, where
// every section is its one row, its row; their
// indexes into PlanSheetCarried::actions), under "Still open from an earlier
// plan:", at most k_plan_carried_at_section_most of them, then "and 2 more,
// listed under “Actions still open from earlier plans”."
std::vector<std::size_t> plan_carried_at_section(const PlanSheet& sheet, const std::string& section_id);
inline constexpr std::string_view k_plan_carried_at_section_heading = "Still open from an earlier plan:";
inline constexpr std::size_t k_plan_carried_at_section_most = 3;
std::string plan_carried_at_section_more(std::size_t more);
// The heading of the sheet's part listing them: "Actions still open from
// earlier plans".
inline constexpr std::string_view k_plan_carried_heading = "Actions still open from earlier plans";
// Under it, what they are and how their statuses are judged: "These actions
// of the 2026-Q3 plan (2026-Q3-action-plan.yaml) are not done or dropped:
// look at them before agreeing new ones. Statuses on 2027-01-10: an action
// past its due date is overdue." (undated: "This sheet has no date, so ...
// compare each due date with the date of the meeting."); "Every action of the
// 2026-Q3 plan (...) is done or dropped." when there are none.
std::string plan_carried_intro(const PlanSheet& sheet);
// A carried action's owner, due date and status, as the pack gives them:
// "owner: Northbridge Voluntary Action; due 2026-12-15; in progress, overdue,
// carried over from 2026-Q3" ("no owner named yet", "no due date").
std::string plan_carried_details(const PlanSheet& sheet, const model::Action& action);
// Its status alone: "in progress, overdue" on a dated sheet, "in progress"
// undated, followed by ", carried over from 2026-Q3".
std::string plan_carried_status(const PlanSheet& sheet, const model::Action& action);

// The framework's glossary spelt out for the sheet's readers, then the other
// abbreviations the sheet uses that Abbreviations knows (such as NHS in the
// guide's words, GP in an area's name), in the order the sheet uses them:
// "Words and abbreviations: IPC (Integrated Personal Commissioning); ...;
// NHS (National Health Service).". "" when there are none.
std::string plan_glossary(const PlanSheet& sheet);
// When the sheet shows fewer sections in full than were scored, how many it
// shows, in words for its readers (no command syntax): "This sheet shows the
// first 3 sections in full, with the guide's considerations and tips; the
// other 2 scored are in the list above."; and that the sections nobody scored
// are not written up ("The 2 sections not scored yet are not written up here,
// ...: score them first."). "" when every section that applies is scored and
// shown in full.
std::string plan_sections_in_full(const PlanSheet& sheet);

// The end of every format of the sheet: what the group asks the board to do,
// agreed in the meeting as the actions are, which page 1 of the evidence pack
// opens with (see report_board_asks.hpp).
inline constexpr std::string_view k_plan_sheet_board_asks_heading = "What we ask the board to do";
inline constexpr std::string_view k_plan_sheet_board_asks_words =
    "Agree together what the board is asked to note, agree or decide, each in a short sentence (\"Agree to fund "
    "travel for peer network members\"). Page 1 of the evidence pack opens with them. After the meeting, add each "
    "to the action plan as one of its asks of the board.";
// Whether a section shown in full lists the rows that pull it down: not where every section is its one row
// (row_words()), as that row is the section, named with its score just above, worded as its title.
bool plan_lists_rows(const model::Framework& framework);
// The rows that pull a section down as a section shown in full lists them (plan_lists_rows()): none where every
// section is its one row. JSON keeps them all (SectionAttention::rows), for scripts.
std::span<const analysis::RowAttention> plan_rows_listed(const PlanSheet& sheet,
                                                         const analysis::SectionAttention& attention);
// What the sheet shows for each section, for the comment 'plan --write' writes at the top of a plan: "why it needs
// attention and the rows that pull it down, with the guide's advice where it gives some"; "why it needs attention"
// where every section is its one row and the guide gives no advice (plan_guidance_parts()).
std::string plan_sheet_shows(const model::Framework& framework);
// The sections an action is for, as the sheet's carried actions and the comment 'plan --write --from' writes
// above one name them: action_section_labels(), or, where every section is its one row (row_words()), with the
// sections of the rows it names (action_section_labels_with_rows()), as the evidence pack names them.
std::string plan_action_sections(const model::Action& action, const model::Framework& framework);
// What a section shown in full holds besides the rows that pull it down, as
// far as the framework gives it: "the guide's “Bear in mind” and “Top
// tips”", "what each level needs at that stage"; none for a framework with
// neither (the two shorter guides).
std::vector<std::string> plan_guidance_parts(const model::Framework& framework);
// A row that pulls a section down, as people find it on the form: its number
// and the start of its early indicator ("Row 2.1: CCG, local authority and
// VCSE sector colleagues are working together…"), not its id. The number
// tells apart the two rows of the guide that share an early indicator (2.1
// and 2.2), and the sheet gives each row's warning sign in full after it, so
// the title does not add the start of the warning sign as row_heading() does.
std::string plan_row_title(const model::FrameworkSection& section, const analysis::RowAttention& row);
// The level's title for a level id ("peer-network" -> "Co-production peer network").
std::string level_title(const model::Framework& framework, const std::string& level_id);

}  // namespace coprod::render
