#pragma once
// The style sheet the sheets to print for a meeting share (compare --format
// html, plan --format html): one column, read on a screen or printed on A4;
// headings, table headers, the "how to use this sheet" box and the lines
// that spell out abbreviations or a period's months; in print,
// headings kept with what follows and paragraphs, list items and table rows
// kept whole. Each sheet adds its own rules after these
// (comparison_html_style.hpp, plan_sheet_html_style.hpp).

namespace coprod::render {

inline constexpr const char* k_printed_sheet_style = R"(
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
.abbreviations, .period-months { display: block; font-weight: normal; font-size: .9em; color: #444; margin: .15rem 0; }
.ref { font-weight: bold; }
.warning { color: #6b2e00; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
th, td { border: 1px solid #c9c9c9; padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: #eef2f5; }
.missing { color: #555; font-style: italic; }
@media print {
  @page { size: A4; margin: 14mm 14mm 18mm; }
  :root { --rule: 7mm; }
  body { max-width: none; padding: 0; font-size: 9.5pt; line-height: 1.3; }
  h1 { font-size: 16pt; }
  h2 { font-size: 13pt; margin-top: 1.2rem; }
  h3 { font-size: 11pt; }
  h2, h3, .abbreviations, .period-months, thead { break-after: avoid; }
  p, li, tr, .how-to { break-inside: avoid; }
  th, td { padding: .2rem .4rem; }
  .how-to { padding: 0 .8rem .3rem; margin-top: .6rem; }
  .how-to li { margin-bottom: .1rem; }
}
)";

}  // namespace coprod::render
