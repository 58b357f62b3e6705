#pragma once
// The style sheet of the "differences to discuss" sheet (compare --format
// html), after the one the printed sheets share (printed_sheet_style.hpp).
// Each difference is kept whole on a printed page with its box for notes,
// unless its evidence is long (class "long"): kept whole, it would be pushed
// on to the next page and leave most of this one empty. The notes box is
// ruled for writing on by hand: a bottom border per line, which prints crisply
// where a gradient may drop lines. The printed footer (what is compared, page
// numbers) comes from printed_page.hpp, because it holds the area's name.
// The boxes cannot be typed in, so "how to use" says on screen to note what
// is agreed elsewhere (.on-screen) and on paper to write in them (.on-paper).

namespace coprod::render {

inline constexpr const char* k_comparison_sheet_style = R"(
.difference { border-top: 1px solid #c9c9c9; padding-top: 1rem; margin-top: 1.4rem; }
.indicator, .warning { margin: .2rem 0; }
.one-sign { margin: .3rem 0; padding: .1rem .6rem; border-left: 4px solid #1a1a1a; font-weight: bold; }
.like-for-like { margin: .3rem 0; }
.seen { display: block; font-size: .9em; color: #444; margin-bottom: .15rem; }
td:first-child { overflow-wrap: break-word; }
td.score, th.score { width: 1%; white-space: nowrap; }
.people { display: block; white-space: normal; min-width: 8em; font-size: .85em; color: #444; }
.evidence { white-space: pre-wrap; }  /* line breaks and the spaces that indent a line kept */
.without-scores > li, .moved > li { margin-bottom: .5rem; }
.move { display: block; }
.notes { border: 1px solid #767676; border-radius: 4px; padding: .3rem .6rem .5rem; margin-top: .6rem; }
.notes p { margin: 0; font-weight: bold; }
.line { height: var(--rule); border-bottom: 1px solid #8c8c8c; }
.on-paper { display: none; }  /* where to write what is agreed: the boxes on paper, notes on screen */
@media print {
  .on-paper { display: inline; }
  .on-screen { display: none; }
  .indicator, .warning, .one-sign, .lead { break-after: avoid; }
  .difference, .notes { break-inside: avoid; }
  .difference.long, tr.long { break-inside: auto; }
  .difference { padding-top: .5rem; margin-top: .8rem; }
  .notes { padding: .2rem .6rem .4rem; }
}
)";

}  // namespace coprod::render
