#pragma once
// The style sheet of the action-planning sheet (plan --format html), after
// the one the printed sheets share (printed_sheet_style.hpp). In print each
// section shown in full starts a page of its own, so that one that fits on a
// page is not split and people can take the section they work on; its guide
// text is kept whole item by item and its box of actions whole. The box is a
// table ruled for writing on by hand: each row as tall as three lines of the
// notes boxes of the differences sheet. The list of sections in order of
// attention shows no list numbers: each section's own number follows ("2.
// Contact and connect"), and "1. 2. Contact and connect" ran the two together.

namespace coprod::render {

inline constexpr const char* k_plan_sheet_style = R"(
.ranking { list-style: none; padding-left: 0; }
.ranking li { margin-bottom: .35rem; }
.ranking .scores { white-space: nowrap; }
.ranking .reason { display: block; }
.ranking .place { font-size: .92em; color: #444; }
.carried li { margin-bottom: .35rem; break-inside: avoid; }
.carried .carried-details, .carried-here .carried-details { display: block; font-size: .92em; color: #444; }
p.carried-here { margin: .3em 0 .1em; }
ul.carried-here { margin: 0 0 .5em; }
.detail h2 { margin-top: 2.4rem; }
.detail h3 { margin-top: 1rem; }
.why { margin: .4rem 0; }
.pulling li { margin-bottom: .3rem; }
.pulling .warning { display: block; }
.seen { font-weight: bold; }
.actions { margin-top: 1.2rem; border: 1px solid #767676; border-radius: 4px; padding: .3rem .6rem .5rem; }
.actions h3 { margin: 0; }
.actions p { margin: .2rem 0 0; font-size: .9rem; color: #444; }
.actions td { height: calc(var(--rule) * 3); border-color: #8c8c8c; }
.actions th:first-child { width: 55%; }
.actions th:last-child { width: 20%; }
.board-asks { margin-top: 2.4rem; }
.board-asks td { height: calc(var(--rule) * 2); border-color: #8c8c8c; }
@media print {
  .detail { break-before: page; }
  .board-asks { break-inside: avoid; }
  .detail h2 { margin-top: 0; }
  .why { break-after: avoid; }
  .actions { break-inside: avoid; padding: .2rem .6rem .4rem; }
  .actions td { height: calc(var(--rule) * 2); }
}
)";

}  // namespace coprod::render
