#pragma once
// The style sheet of the "differences to discuss" sheet (compare --format
// html): one column, read on a screen or printed on A4 for a meeting. Each
// difference is kept whole on a printed page with its box for notes, unless its
// evidence is long (class "long"): kept whole, it would be pushed on to the next
// page and leave most of this one empty. The notes box is ruled for writing on
// by hand: a bottom border per line, which prints crisply where a gradient may
// drop lines. The printed footer (what is compared, page numbers) is in
// comparison_html.cpp, because it holds the area's name.

namespace coprod::render {

inline constexpr const char* k_comparison_sheet_style = R"(
:root { color-scheme: light; --rule: 1.6rem; }
body { font-family: "DejaVu Sans", Verdana, Arial, Helvetica, sans-serif; color: #1a1a1a; background: #fff;
       max-width: 60rem; margin: 0 auto; padding: 1rem; line-height: 1.45; overflow-wrap: anywhere; }
h1 { font-size: clamp(1.35rem, 5vw, 1.7rem); margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 2px solid #0072B2; padding-bottom: .2rem; }
h3 { font-size: 1.1rem; margin: 0 0 .4rem; }
.subtitle { color: #444; margin: 0; }
.how-to { background: #f3f6f9; border-left: 4px solid #0072B2; padding: .2rem .9rem .6rem; margin-top: 1rem; }
.how-to h2 { margin-top: .6rem; border-bottom: 0; }
.how-to li { margin-bottom: .3rem; }
.about { display: block; font-weight: normal; font-size: .9rem; color: #444; margin-top: .15rem; }
.abbreviations { display: block; font-weight: normal; font-size: .9em; color: #444; margin: .15rem 0; }
.ref { font-family: "DejaVu Sans Mono", monospace; }
.difference { border-top: 1px solid #c9c9c9; padding-top: 1rem; margin-top: 1.4rem; }
.indicator, .warning { margin: .2rem 0; }
.warning { color: #6b2e00; }
.one-sign { margin: .3rem 0; padding: .1rem .6rem; border-left: 4px solid #1a1a1a; font-weight: bold; }
.seen { display: block; font-size: .9em; color: #444; margin-bottom: .15rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
th, td { border: 1px solid #c9c9c9; padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: #eef2f5; }
td:first-child { overflow-wrap: break-word; }
td.score, th.score { width: 1%; white-space: nowrap; }
.people { display: block; white-space: normal; min-width: 8em; font-size: .85em; color: #444; }
.evidence { white-space: pre-wrap; }  /* line breaks and the spaces that indent a line kept */
.missing { color: #555; font-style: italic; }
.without-scores > li { margin-bottom: .5rem; }
.notes { border: 1px solid #767676; border-radius: 4px; padding: .3rem .6rem .5rem; margin-top: .6rem; }
.notes p { margin: 0; font-weight: bold; }
.line { height: var(--rule); border-bottom: 1px solid #8c8c8c; }
@media print {
  @page { size: A4; margin: 14mm 14mm 18mm; }
  :root { --rule: 7mm; }
  body { max-width: none; padding: 0; font-size: 9.5pt; line-height: 1.3; }
  h1 { font-size: 16pt; }
  h2 { font-size: 13pt; margin-top: 1.2rem; }
  h3 { font-size: 11pt; }
  h2, h3, .indicator, .warning, .one-sign, .abbreviations, thead, .lead { break-after: avoid; }
  p, li, tr, .how-to, .difference, .notes { break-inside: avoid; }
  .difference.long, tr.long { break-inside: auto; }
  .difference { padding-top: .5rem; margin-top: .8rem; }
  th, td { padding: .2rem .4rem; }
  .how-to { padding: 0 .8rem .3rem; margin-top: .6rem; }
  .how-to li { margin-bottom: .1rem; }
  .notes { padding: .2rem .6rem .4rem; }
}
)";

}  // namespace coprod::render
