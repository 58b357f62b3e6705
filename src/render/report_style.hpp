#pragma once
// The evidence pack's style sheet: one column on a phone, the summary beside
// the web on a wide screen, and A4 pages in print with the summary alone on
// page 1, headings kept with what follows, rows and small tables kept whole,
// and each table's header row (its thead) printed again on every page it runs
// on to. A block marked "long" (report_html.cpp: evidence over about half a
// page) may break across pages: kept whole, it would be pushed on to the next
// page and leave most of this one empty.
// The printed footer (area, period, page numbers) is in report_html.cpp,
// because it holds the area's name.

namespace coprod::render {

inline constexpr const char* k_report_style = R"(
:root { color-scheme: light; }
body { font-family: "DejaVu Sans", Verdana, Arial, Helvetica, sans-serif; color: #1a1a1a; background: #fff;
       max-width: 72rem; margin: 0 auto; padding: 1rem; line-height: 1.45; overflow-wrap: anywhere; }
h1 { font-size: clamp(1.35rem, 5vw, 1.7rem); margin: 0 0 .25rem; }
h2 { font-size: 1.4rem; margin-top: 2.2rem; border-bottom: 2px solid #0072B2; padding-bottom: .2rem; }
h3 { font-size: 1.15rem; margin: 1.6rem 0 .4rem; }
h4 { font-size: 1rem; margin: 1.2rem 0 .3rem; }
.subtitle { color: #444; margin: 0; }
.note { background: #f3f6f9; border-left: 4px solid #0072B2; padding: .6rem .9rem; }
.row-id { display: block; font-weight: normal; font-size: .8rem; color: #555; }
.change { font-size: .85em; color: #444; white-space: nowrap; display: inline-block; min-width: 3.4em; }
.due { white-space: nowrap; }  /* page 1's due dates, kept whole */
.completion { font-size: .9rem; color: #333; margin: .2rem 0; }
.section-notes { display: block; margin-left: 1.5em; }  /* a section's notes, under its completion line */
.same-notes { display: block; font-style: italic; }  /* the pack's word on notes kept from the earlier period, apart from them */
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid #c9c9c9; padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: #eef2f5; }
td.score, th.score { text-align: right; white-space: nowrap; width: 1%; }
#scores th.score { white-space: normal; overflow-wrap: normal; }  /* a score column's name, "Peer network", over two lines as it needs */
td.score .partial { display: inline-block; width: .6em; text-align: left; }  /* "*": an average of some rows */
td.score .people { display: block; white-space: normal; overflow-wrap: normal; min-width: 8em; font-size: .85em; color: #444; }  /* small print under a score: a combined row's people and range, an action's scores now */
th, .evidence-table td:first-child { overflow-wrap: break-word; }  /* labels keep whole words beside long text */
.table-scroll { overflow-x: auto; container-type: scroll-state; }
/* Said to a screen reader, not shown: a table's name, a column's full heading beside its letter. */
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%);
                   white-space: nowrap; }
.evidence-table tbody th { background: none; font-weight: normal; }  /* a perspective: a row's header, as plain */
/* Where a table scrolls sideways in its box (none should, from a phone's width up: see the media queries), a
   line says so and takes the focus for the arrow keys, wherever the browser can tell it scrolls. */
.scroll-hint { display: none; position: sticky; left: 0; margin: 0 0 .3rem; font-size: .9rem; color: #444; }
@container scroll-state(scrollable: inline) { .scroll-hint { display: block; } }
.scroll-hint:focus-visible { outline: 3px solid #0072B2; outline-offset: 2px; }
table.actions td { overflow-wrap: break-word; }
table.actions td:nth-child(5) { white-space: nowrap; }  /* the due date */
table.actions tbody th { overflow-wrap: anywhere; min-width: 12rem; background: none; font-weight: normal; }  /* the action: its row's header, as plain */
table.actions td.score .target-state { display: block; white-space: normal; min-width: 8em; }  /* reached or not */
table.actions .action-number { display: block; font-weight: bold; }  /* "Action 1", as page 1 may name it */
table.actions .action-notes { display: block; white-space: pre-wrap; font-size: .9em; margin-top: .2rem; }  /* as written */
table.periods { margin-top: .8rem; }
table.periods caption { text-align: left; font-weight: bold; padding: .2rem 0; }
table.periods td.score, table.periods th.score { width: 7.5em; }  /* the periods line up from table to table */
/* Reflections: under each question, one point an item, grouped by whose view they are (the plan's) */
.reflections dt { font-weight: bold; margin-top: .6rem; }
.reflections dd { margin-left: 0; }
.reflection-view { margin: .3rem 0 0 1rem; font-style: italic; }
.reflection-points { margin: .1rem 0 .3rem; padding-left: 1.5rem; }
.reflection-view + .reflection-points { margin-left: 1rem; }  /* a view's points under its name */
.reflection-points li { margin: .1rem 0; }
.indicator { margin: .2rem 0; }
.warning { margin: .2rem 0; color: #6b2e00; }
.one-sign { margin: .3rem 0; padding: .1rem .6rem; border-left: 4px solid #1a1a1a; font-weight: bold; }  /* what a one-sign row's scores mean */
.evidence { white-space: pre-wrap; }  /* line breaks and the spaces that indent a line kept */
.missing { color: #555; font-style: italic; }
.seen { display: block; font-size: .9em; color: #444; margin-bottom: .15rem; }  /* "Seen locally? Warning sign: yes." above the evidence, as compare sets it */
figure { margin: 1rem 0; text-align: center; }
figure svg { max-width: 100%; height: auto; }
.summary-grid { display: grid; gap: 1rem 2rem; }
.summary-grid figure { margin: 0; }
.board-asks { border: 2px solid #0072B2; padding: .6rem .9rem; margin: .6rem 0; }
#summary .board-asks h3 { margin-top: 0; }
.summary-grid > .board-asks { grid-column: 1 / -1; }
.web-legend { list-style: none; padding: 0; margin: .3rem auto 0; display: table; text-align: left; }
.web-legend li { margin: .15rem 0; padding-left: 52px; text-indent: -52px; }
.web-legend li.abbreviations, .web-legend li.keys { text-indent: 0; }  /* under the legend's words */
.web-legend .swatch { vertical-align: middle; margin-right: 8px; }
.summary-facts h3:first-child { margin-top: 0; }
.prompts li { margin-bottom: .4rem; }
.row-actions { display: block; }  /* page 1: the plan's actions beside a listed row, on a line of their own */
.scale-note { display: block; }  /* page 1: what a listed row's scores mean when it has only a warning sign */
.abbreviations { display: block; font-size: .85em; font-weight: normal; color: #444; }  /* spelled out where page 1 first uses them */
nav ol { padding-left: 1.5rem; }
nav li { margin: .15rem 0; }
nav a { display: inline-block; min-height: 24px; padding: 2px 0; }
footer { margin-top: 3rem; color: #555; font-size: .9rem; border-top: 1px solid #c9c9c9; padding-top: .5rem; }
@media (max-width: 40rem) {  /* a phone: "not scored yet" wraps, to leave the evidence room */
  td.score .missing { white-space: normal; overflow-wrap: normal; }
  td.score .people { min-width: 0; overflow-wrap: normal; }
}
@media screen and (min-width: 60.01rem) {  /* a wide window: whether a target is reached, some 20 letters a line */
  table.actions td.score .target-state { min-width: 10em; }
}
@media screen and (max-width: 60rem) {
  /* A tablet or a phone: the action plan's seven columns do not fit (on a tablet they scrolled sideways), so
     each action is a block of its own, its words on the left and the rest on the right, each with its column's
     heading as its label (data-label); a phone puts the rest under its words. A screen reader still reads a
     table: its roles are given in the HTML. */
  table.actions, table.actions :is(tbody, tr, th, td) { display: block; }
  table.actions thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%);
    white-space: nowrap; }
  table.actions tr { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); margin-bottom: .5rem;
    border: 1px solid #c9c9c9; }
  table.actions :is(th, td) { border: 0; padding: .25rem .6rem; }
  table.actions tbody th { grid-row: span 6; min-width: 0; background: #eef2f5; padding: .4rem .6rem; }
  table.actions td { grid-column: 2; }
  table.actions td.score { text-align: left; white-space: normal; width: auto; }
  table.actions td.score :is(.target-state, .people) { display: block; min-width: 0; overflow-wrap: normal; }
}
@media screen and (max-width: 40rem) {
  /* A phone: each row of an evidence table a block too, the perspective over its score and evidence, so that
     the evidence has the window's width (beside the other columns it ran a word a line); each action's details
     under its words. Page 1's changes under their scores, and the periods' columns as wide as their words,
     leave the section labels room. */
  table.evidence-table, table.evidence-table :is(tbody, tr, th, td) { display: block; }
  table.evidence-table thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%);
    white-space: nowrap; }
  table.evidence-table tr { margin-bottom: .5rem; border: 1px solid #c9c9c9; }
  table.evidence-table :is(th, td) { border: 0; padding: .25rem .6rem; }
  table.evidence-table tbody th { background: #eef2f5; }
  table.evidence-table td.score { text-align: left; white-space: normal; width: auto; }
  table.evidence-table td.score .people { display: block; }
  table.actions tr { display: block; }
  #scores td.score .change { display: block; min-width: 0; }
  #scores :is(td.score, th.score) { padding: .35rem .3rem; }
  #scores th.score { font-size: .8em; }  /* "Peer network" no wider than its scores, leaving the sections room */
  /* each section's scores in every period a block too: its label over its periods, side by side as they fit */
  table.periods, table.periods :is(caption, tbody, tr, th, td) { display: block; }
  table.periods thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%);
    white-space: nowrap; }
  table.periods tr { display: flex; flex-wrap: wrap; margin-bottom: .5rem; border: 1px solid #c9c9c9; }
  table.periods :is(th, td) { border: 0; padding: .25rem .6rem; }
  table.periods tbody th { flex-basis: 100%; background: #eef2f5; }
  table.periods td.score { flex: 1 1 5rem; width: auto; text-align: left; white-space: normal; }
}
@media screen and (max-width: 60rem) {  /* each cell's label, as its column's heading says it: not read out again */
  :is(table.evidence-table, table.actions, table.periods) td[data-label]::before {
    content: attr(data-label) ": " / ""; font-weight: bold; }
  :is(table.evidence-table, table.actions) td:empty { display: none; }  /* no owner or due date: no label */
}
@media screen and (min-width: 40.01rem) {
  :is(table.evidence-table, table.periods) td[data-label]::before { content: none; }  /* a tablet: as tables */
}
@media screen {  /* the web and its legend in one window (a projector at 150% zoom is 911 by 512), the web no smaller than 20rem */
  #web > svg { width: auto; max-height: max(20rem, calc(100vh - 2rem - var(--legend-lines) * 1.7rem)); }
}
@media (min-width: 60rem) {
  .summary-grid { grid-template-columns: minmax(0, 11fr) minmax(0, 9fr); align-items: start; }
  nav ol { columns: 2; }
}
@media print {
  @page { size: A4; margin: 14mm 14mm 18mm; }
  body { max-width: none; padding: 0; font-size: 9.5pt; line-height: 1.35; }
  h1 { font-size: 14pt; line-height: 1.25; }
  h2 { font-size: 13pt; margin-top: 1.2rem; }
  h3 { font-size: 11pt; }
  h4 { font-size: 10pt; }
  nav { display: none; }
  footer { margin-top: 1.2rem; font-size: 8pt; break-inside: avoid; }  /* which files and versions, on paper too */
  h1, h2, h3, h4, .completion, .indicator, .warning, .one-sign, #plan > p:not(:last-child), thead { break-after: avoid; }
  /* a heading kept with at least its first item: the line that introduces a section or a list stays with
     what follows it, not left alone at the foot of a page. A part's last paragraph leaves the page free to break
     after it: kept with the next part too, the chain ran from it through the next part's heading to its first
     item, and Chromium broke inside that item instead, leaving "Part 9: Words and abbreviations" and "NHS" at a
     page's foot, apart from what follows them. */
  :is(h2, h3, h4) + p:not(:last-child), p:has(+ :is(ul, ol, dl)) { break-after: avoid; }
  h1, h2, h3, h4, p, li, tr, figure, .prompt, table.small, dl div, .summary-facts section, .indicator, .warning {
    break-inside: avoid; }
  .prompt.long, table.long, tr.long, dl div.long { break-inside: auto; }
  #summary { break-after: page; }
  /* no margin left over below a full page 1, to be pushed on to a page of its own */
  #summary ul, #summary ol { margin: .2rem 0; }
  .summary-facts section:last-child > :last-child { margin-bottom: 0; }
  #summary h2 { margin-top: .6rem; }
  .summary-grid { display: block; }
  .summary-facts { display: grid; grid-template-columns: 1fr 1fr; gap: 0 6mm; align-items: start; }
  /* without the web: the emerging priorities beside the plan's status */
  /* With the web: the web beside the section scores (its key), and the largest differences and the
     plan's status under both, side by side. The web at 0.21 mm a unit of its picture, its width in
     units in --web-units: its scale prints at 7.1 pt, its numbered axes at 8.3 pt and its outer ring
     over 80 mm across. */
  .summary-grid.with-web { display: grid; grid-template-columns: min-content minmax(0, 1fr); gap: 0 5mm;
    align-items: start; grid-template-areas: "asks asks" "note note" "web scores" "scores-notes scores-notes" "more more"; }
  .with-web > .board-asks { grid-area: asks; }
  /* what the board is asked to do, first: at most k_board_asks_room of the page (report_board_asks.hpp) */
  #summary .board-asks { padding: .3rem .6rem; margin: 0 0 .3rem; }
  .with-web .summary-facts { display: contents; }
  .with-web > .note { grid-area: note; }
  .with-web #web { grid-area: web; }
  .with-web #scores { grid-area: scores; }
  /* the scale and the notes under a table taller than the web, across the page under both (scores_beside_web()) */
  .with-web .scores-notes { grid-area: scores-notes; }
  /* each list whole in a column of its own, never split across both (its second half above the plan); a
     list alone runs across the page. The renderer lists only as many rows as fit (page_one_room.hpp). */
  .summary-more { grid-area: more; display: grid; grid-template-columns: 1fr 1fr; gap: 0 6mm; align-items: start; }
  .summary-more > :only-child { grid-column: 1 / -1; }
  /* the lines that point further into the pack, above the lists, run across the page (report_summary_pointers.cpp);
     a list alone after them runs across it too */
  .summary-more > .summary-pointers, .summary-more > .summary-pointers + :last-child { grid-column: 1 / -1; }
  .summary-pointers { margin-top: .3rem; }
  /* where the largest differences, with the actions beside each, list more rows across the page than in a
     column, the two lists one under the other, across it (summary_lists_html()) */
  .summary-more > .summary-lists-stacked { grid-column: 1 / -1; }
  #web > svg { width: calc(var(--web-units) * 0.21mm); max-width: none; height: auto; }
  #web .web-legend { display: block; columns: 2; column-gap: 6mm; margin: .2rem 0 0; }
  .web-legend li { font-size: 8.5pt; margin: 0; }
  #summary table { font-size: 8.5pt; margin-bottom: .4rem; }
  #summary th, #summary td { padding: .15rem .3rem; }
  /* more columns of changes than fit beside the web (report_summary_html.cpp): each under its score */
  #summary table.changes-under td.score { white-space: normal; overflow-wrap: normal; }
  #summary h3 { font-size: 10pt; margin: .5rem 0 .2rem; }
  #summary p, #summary li { font-size: 8.5pt; margin: .1rem 0; }
  /* page 1 set a little closer than the pages after it, for four inputs' scores and their long names to
     leave room for the largest differences and the plan's status on the same page */
  #summary { line-height: 1.25; }
  #summary table.changes-under th, #summary table.changes-under td { padding: .1rem .2rem; }
  a { color: inherit; text-decoration: none; }
  .table-scroll { overflow: visible; }
  .scroll-hint, .visually-hidden { display: none; }
  /* the axes' key and the abbreviations apart from the perspectives' legend, across both its columns */
  #web .web-legend li.keys, #web .web-legend li.abbreviations { column-span: all; margin-top: .25rem; }
  /* the action's words a readable width beside the other six columns; the Rows column as narrow as a row's number */
  table.actions tbody th { min-width: 0; width: 22%; }
  table.actions td:nth-child(3) { width: 1%; }
}
.table-scroll:focus-visible { outline: 3px solid #0072B2; outline-offset: 2px; }
)";

// Where the actions have no Rows column (row_words(): every section is its one row), the due date is an action's
// 4th cell, not its 5th: kept whole there, and the status beside it wraps as any other cell; printed, the owner,
// 3rd, is not made as narrow as a row's number.
inline constexpr const char* k_actions_without_rows_style = R"(table.actions td:nth-child(4) { white-space: nowrap; }
table.actions td:nth-child(5) { white-space: normal; }
@media print { table.actions td:nth-child(3) { width: auto; } }
)";

}  // namespace coprod::render
