"""The scoring form printed on A4 by Chromium, as peer network members who do not use computers get it.

  * an individual's blank form, an organisation's blank form and a form filled in from an example each print
    on at most MAX_PAGES pages (19 before), with no page but the last almost empty (the first section no longer pushed
    away from "About this assessment", leaving a page with only the review period on it), at 11pt or more;
  * the table of scores so far and the web are left out of a blank form's print (seven "not scored yet" and
    an empty web mean nothing on paper) and printed, on one page, when something is scored;
  * how to mark the sheet (a circle round a score) is said once near the top, on paper only;
  * each row's evidence box on paper is at least MIN_EVIDENCE_MM high, room for four or five handwritten lines,
    and a row is still kept whole on one page;
  * each row's scores have the ends of the scale under them on paper ("0 = nothing has started yet",
    "5 = fully in place"), except the rows with only one sign, which print their own note; on screen neither;
  * a row's "I see this ..." boxes line up the same way: both on the line under their question;
  * a filled-in form circles the chosen score, and the other scores have no box round them to circle;
  * a section's heading prints whole on one page, with its first row under it (the strategic framework's long
    titles were split over two pages), and the main guide's heading, aim and "what will be different" are not
    left at the foot of a page with the first row on the next ("Facilitate the process" was, on page 14).

Run on its own: form_on_paper.py --binary COPROD --source DIR --output-dir DIR (the printed pages are kept in
OUTPUT_DIR as PDF and PNG, to look at); check_form_in_browser.py runs it too.
"""
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_printed_pages import page_count, page_lines  # noqa: E402
from form_page_state import page_problems  # noqa: E402
import form_runner  # noqa: E402

# Pages at most: 19 each before the sections ran on from one another (13, 14 and 15 then, at 11pt, not 10pt);
# 17, 17 and 18 since each evidence box leaves room for four or five handwritten lines, not two.
MAX_PAGES = {"individual": 17, "organisation": 17, "filled form": 18}
MIN_LINES = 8  # fewer lines of text than this on a page but the last: a page almost empty
MIN_BODY_PT = 11
MIN_EVIDENCE_MM = 34  # a row's evidence box on paper: four or five handwritten lines (17 mm, two lines, before)
MARKING = "How to mark your answers: for each row, draw a circle round one score"
SCALE_ENDS = "0 = nothing has started yet 5 = fully in place"
SCORES_SO_FAR = "Scores so far and the co-production web"


def printed_text(pdf):
    return " ".join(subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout.split())


def print_and_keep(checks, session, name):
    """Prints the page open to OUTPUT_DIR/NAME.pdf, with a PNG of every page beside it; returns the PDF's path."""
    pdf = checks.out / f"{name}.pdf"
    session.print_pdf(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "50", str(pdf), str(checks.out / name)], check=False)
    return pdf


def check_pages(checks, pdf, what):
    count = page_count(str(pdf))
    checks.expect(0 < count <= MAX_PAGES[what], f"{what}: printed on {count} pages, more than {MAX_PAGES[what]}")
    for number in range(1, count):
        lines = page_lines(str(pdf), number)
        checks.expect(len(lines) >= MIN_LINES, f"{what}: page {number} of {count} is almost empty: {lines}")
    return count


def in_print(session, expression):
    """Evaluates expression with the page laid out for print (CSS @media print), A4's width."""
    session.page.call("Emulation.setEmulatedMedia", media="print")
    session.page.call("Emulation.setDeviceMetricsOverride", width=703, height=1000, deviceScaleFactor=1, mobile=False)
    try:
        return session.js(expression)
    finally:
        session.page.call("Emulation.setEmulatedMedia", media="")
        session.viewport(1280)


LAYOUT = """(() => {
  const pt = px => Math.round(parseFloat(px) * 0.75 * 10) / 10;
  const rows = Array.from(document.querySelectorAll('.row')).map(row => {
    const legend = row.querySelector('fieldset.seen legend').getBoundingClientRect();
    const boxes = Array.from(row.querySelectorAll('fieldset.seen .checkbox')).map(b => b.getBoundingClientRect());
    return { id: row.id, legendBottom: legend.bottom, tops: boxes.map(b => b.top) };
  });
  const label = input => getComputedStyle(input.nextElementSibling);
  const chosen = Array.from(document.querySelectorAll('.scale-item input:checked')).map(label);
  const others = Array.from(document.querySelectorAll('.scale-item input:not(:checked)')).map(label);
  const mm = px => Math.round(px * 25.4 / 96 * 10) / 10;
  return { body: pt(getComputedStyle(document.body).fontSize),
           evidenceBoxes: rows.map(row => mm(document.getElementById(row.id).querySelector('.print-text')
                                                 .getBoundingClientRect().height)),
           keptWhole: Array.from(document.querySelectorAll('.row'))
                          .every(row => getComputedStyle(row).breakInside === 'avoid'),
           signs: Array.from(document.querySelectorAll('.sign p, .print-text, .label'))
                      .map(e => pt(getComputedStyle(e).fontSize)),
           rows: rows,
           chosenCircled: chosen.every(s => parseFloat(s.borderTopWidth) >= 2 && s.borderRadius === '50%'),
           chosen: chosen.length,
           othersBare: others.every(s => parseFloat(s.borderTopWidth) === 0) };
})()"""


def check_layout_in_print(checks, session, what, chosen):
    layout = in_print(session, LAYOUT)
    checks.expect(layout["body"] >= MIN_BODY_PT and min(layout["signs"]) >= MIN_BODY_PT,
                  f"{what}: printed text is {layout['body']}pt, its smallest {min(layout['signs'])}pt, "
                  f"under {MIN_BODY_PT}pt")
    uneven = [row for row in layout["rows"]
              if any(abs(top - row["tops"][0]) >= 1 or top < row["legendBottom"] - 1 for top in row["tops"])]
    checks.expect(not uneven, f"{what}: in {len(uneven)} rows the 'I see this ...' boxes do not line up under "
                  f"their question, as in {uneven[:1]}")
    checks.expect(min(layout["evidenceBoxes"]) >= MIN_EVIDENCE_MM,
                  f"{what}: an evidence box is {min(layout['evidenceBoxes'])} mm high on paper, under "
                  f"{MIN_EVIDENCE_MM} mm (four or five handwritten lines)")
    checks.expect(layout["keptWhole"], f"{what}: a row may split across pages")
    checks.expect(layout["chosen"] == chosen, f"{what}: {layout['chosen']} scores chosen, not {chosen}")
    checks.expect(layout["chosenCircled"], f"{what}: a chosen score is not circled on paper")
    checks.expect(layout["othersBare"], f"{what}: the scores not chosen have a box round them on paper")


def check_words_on_paper_only(checks, session, what, pdf):
    """The marking instruction once, the scale's ends by each row without a note of its own; on paper only."""
    printed = printed_text(pdf)
    checks.expect(printed.count(MARKING) == 1, f"{what}: the sheet says how to mark it {printed.count(MARKING)} "
                  "times, not once")
    intro_end = printed.find("Words used in this form")
    checks.expect(0 <= printed.find(MARKING) < intro_end, f"{what}: how to mark the sheet is not said near its top")
    rows = session.js("document.querySelectorAll('.row').length")
    one_sign = session.js("document.querySelectorAll('.one-sign').length")
    checks.expect(printed.count(SCALE_ENDS) == rows - one_sign,
                  f"{what}: the scale's ends are printed {printed.count(SCALE_ENDS)} times, not once for each of "
                  f"the {rows - one_sign} rows without a note of their own")
    on_screen = " ".join(session.js("document.body.innerText").split())
    for words in ("How to mark your answers", "= nothing has started yet"):
        checks.expect(words not in on_screen, f"{what}: the screen shows {words!r}, meant for paper")


def check_sections_start_with_a_row(checks, session, pdf, what):
    """Each section's heading is printed on the same page as its first row's title."""
    pages = [" ".join(page.split()) for page in
             subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout.split("\f")]
    sections = session.js("""Array.from(document.querySelectorAll('.section[data-section]')).map(s => [
        s.querySelector('h2').textContent, s.querySelector('.row .row-title').textContent])""")
    for heading, first_row in sections:
        heading, first_row = " ".join(heading.split()), " ".join(first_row.split())
        together = [page for page in pages if heading in page and first_row in page[page.index(heading):]]
        checks.expect(together, f"{what} on paper: the heading {heading!r} is printed on another page than its "
                                f"first row ({first_row!r})")


def check_blank(checks, session, name, *identity):
    html = checks.make_form(f"paper-{name}.html", *identity)
    session.open(html)
    pdf = print_and_keep(checks, session, f"form-paper-{name}-a4")
    count = check_pages(checks, pdf, name)
    check_sections_start_with_a_row(checks, session, pdf, name)
    printed = printed_text(pdf)
    checks.expect(SCORES_SO_FAR not in printed and "not scored yet" not in printed,
                  f"{name}: the blank sheet prints the empty table of scores so far")
    checks.expect(session.js("document.getElementById('summary').offsetParent !== null"),
                  f"{name}: the screen no longer shows the table of scores so far")
    check_words_on_paper_only(checks, session, name, pdf)
    check_layout_in_print(checks, session, name, 0)
    page_problems(checks, session, f"{name} printed")
    return count


def check_filled(checks, session):
    """A form made from an example: the scores so far print, the table whole on one page; the chosen score
    circled."""
    example = Path(checks.args.source) / "examples/northbridge/2026-Q4-organisation.coprod.yaml"
    session.open(checks.make_form("paper-filled.html", example))
    pdf = print_and_keep(checks, session, "form-paper-filled-a4")
    check_pages(checks, pdf, "filled form")
    pages = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout.split("\f")
    names = session.js("Array.from(document.querySelectorAll('.summary-table tbody th')).map(t => t.textContent)")
    with_table = [" ".join(p.split()) for p in pages if SCORES_SO_FAR in " ".join(p.split())]
    checks.expect(len(with_table) == 1 and all(name in with_table[0] for name in names),
                  "filled form: the table of scores so far is not printed whole on one page")
    scored = session.js("document.querySelectorAll('.scale-item input:checked').length")
    checks.expect(scored > 0, "filled form: the example opened with no score")
    check_words_on_paper_only(checks, session, "filled form", pdf)
    check_layout_in_print(checks, session, "filled form", scored)
    # One score is enough for the table and the web to print; n/a alone too.
    session.open(checks.make_form("paper-one-na.html", "--perspective", "organisation", "--area", "Northbridge",
                                  "--period", "2027-Q1"))
    session.click("label[for='r0-0-score-na']")
    checks.expect(SCORES_SO_FAR in printed_text(print_and_keep(checks, session, "form-paper-one-na-a4")),
                  "a form with one row marked n/a prints no table of scores so far")
    page_problems(checks, session, "filled form printed")


def check_headings_kept_with_rows(checks, session):
    """The strategic framework's long section titles: each heading prints whole on one page, with the start of
    its first row under it (page 1 ended mid-way through section 1's title, which went on over the page)."""
    html = checks.make_form("paper-strategic.html", "--framework", "strategic-coproduction", "--perspective",
                            "peer-network", "--area", "Eastvale", "--period", "2026-Q4")
    session.open(html)
    pdf = print_and_keep(checks, session, "form-paper-strategic-a4")
    pages = [" ".join(page.split()) for page in
             subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout.split("\f")]
    # The first words of a section's first row: its title, or, where the section is its one row (named once, by
    # the heading: no row title), its first question.
    sections = session.js("""Array.from(document.querySelectorAll('.section[data-section]')).map(s => [
        s.querySelector('h2').textContent,
        (s.querySelector('.row .row-title') || s.querySelector('.row legend')).firstChild.textContent])""")
    checks.expect(len(sections) == 9, f"the strategic framework's form has {len(sections)} sections, not 9")
    for heading, first_row in sections:
        heading, first_row = " ".join(heading.split()), " ".join(first_row.split())
        together = [page for page in pages
                    if heading in page and page[page.index(heading) + len(heading):].lstrip().startswith(first_row)]
        checks.expect(together, f"strategic framework on paper: the heading {heading[:50]!r}... is not printed "
                                f"whole on one page with its first row ({first_row[:40]!r}) under it")


def check_printed_form(checks, session):
    identity = ["--area", "Northbridge", "--period", "2027-Q1"]
    individual = check_blank(checks, session, "individual", "--perspective", "individual", *identity)
    organisation = check_blank(checks, session, "organisation", "--perspective", "organisation", *identity)
    check_filled(checks, session)
    check_headings_kept_with_rows(checks, session)
    print(f"  printed on A4: an individual's form on {individual} pages, an organisation's on {organisation}")


if __name__ == "__main__":
    sys.exit(form_runner.run(__doc__, check_printed_form, done="the form prints as people need it"))
