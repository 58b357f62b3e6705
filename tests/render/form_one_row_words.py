#!/usr/bin/python3
"""Checks in headless Chromium that the scoring form of a framework whose every section is its one row (the two
shorter guides, strategic-coproduction and making-coproduction-work: render::row_words()) says "section" and
names each section once, as the evidence pack, the workbook, compare and plan do, and that the main guide's
form still says "row":

  * a one-row form's visible text (document.body.innerText, with what its live regions say) has no "row" or
    "rows": blank, after one section is scored (its score, the sections still to score, what is said once the
    section is done), after Save and after Open of the file Save wrote; nor has its printed A4 text;
  * such a section is named once, by its heading: no "Row 1 of 1", no early indicator under it in its heading's
    words, its scores' group named "How far have things got locally?" with the section, and no "(0 of 1 row)";
  * the main guide's form (ipc-coproduction) still says "Row 1 of 4", "Row 5 of 5", "Row 1: how far have things got locally?",
    "(0 of 5 rows)" and "24 rows" in Save's message;
  * axe-core finds no WCAG 2.2 A/AA violation in a one-row form after Save.
Screenshots of each one-row form's first section and of Save's message (form-one-row-*.png), and each printed
(form-one-row-*-a4.pdf), stay in OUTPUT_DIR.

Usage: form_one_row_words.py --binary COPROD --output-dir DIR [--axe axe.min.js]
"""
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import check_html_in_browser as browser  # noqa: E402
import form_runner  # noqa: E402
from form_page_state import open_with_the_button, page_problems  # noqa: E402

ROW = re.compile(r"\brows?\b", re.IGNORECASE)
IDENTITY = ("--perspective", "peer-network", "--area", "Eastvale", "--period", "2026-Q4")
# What the page shows and what its live regions say (a visually hidden region is in innerText too).
SHOWN = "document.body.innerText"
SAID = "document.getElementById('rows-to-score-said').textContent"


def rows_named(text):
    """Each line of `text` that says "row" or "rows"."""
    return [line.strip() for line in text.splitlines() if ROW.search(line)]


def expect_no_row(checks, text, what):
    named = rows_named(text)
    checks.expect(not named, f"{what} says \"row\": {named[:6]}")


def score(session, label):
    session.click(f"label[for='{label}']")
    session.settle()


def save(checks, session, downloads):
    """Presses Save; returns what it said and the file it wrote."""
    session.catch_downloads(downloads)
    session.click("#actions-top [data-action=save]")
    saved = session.wait_for_file(downloads, "*.coprod.yaml", timeout=5)
    status = session.text_once_in("#status")
    checks.expect(bool(saved), "Save wrote no file")
    return status, saved[0] if saved else None


def check_named_once(checks, session, framework):
    """The first section of a one-row form: named by its heading alone."""
    title = session.js("document.getElementById('s0-title').textContent")
    checks.expect(session.js("document.querySelectorAll('#s0 .row-title, #s0 .signs').length") == 0,
                  f"{framework}: the first section has a row title or signs under its heading")
    legend = session.js("document.querySelector('#r0-0 fieldset.score legend').textContent")
    checks.expect(re.sub(r"\s+", " ", legend).strip() == f"How far have things got locally? ({title})",
                  f"{framework}: the first section's scores are a group named {legend!r}")
    line = session.js("document.getElementById('s0-score').textContent")
    checks.expect(line == "Score for this section so far: not scored yet",
                  f"{framework}: a section not scored says {line!r}")


def check_one_row_form(checks, session, framework):
    html = checks.make_form(f"{framework}.html", "--framework", framework, *IDENTITY)
    session.open(html)
    expect_no_row(checks, session.js(SHOWN), f"{framework}: the blank form")
    check_named_once(checks, session, framework)
    session.screenshot(checks.out / f"form-one-row-{framework}.png", 1280,
                       top=session.js("document.getElementById('s0').offsetTop") - 20, height=900)
    score(session, "r0-0-score-6")
    line = session.js("document.getElementById('s0-score').textContent")
    checks.expect(line == "Score for this section so far: 3.0", f"{framework}: a section scored 3 says {line!r}")
    said = session.text_once_in("#rows-to-score-said")
    title = session.js("document.getElementById('s0-title').textContent")
    checks.expect(said.startswith(title.rstrip(".;:") + " now has a score") and ". now has" not in said,
                  f"{framework}: scoring the first section said {said!r}")
    expect_no_row(checks, session.js(SHOWN) + "\n" + session.js(SAID), f"{framework}: one section scored")
    status, saved = save(checks, session, checks.work / f"downloads-{framework}")
    sections = session.js("document.querySelectorAll('.section[data-section]').length")
    checks.expect(f"You have scored 1 of {sections} sections; {sections - 1} sections are not scored yet: see the "
                  "sections still to score." in status, f"{framework}: Save said {status!r}")
    expect_no_row(checks, session.js(SHOWN), f"{framework}: after Save")
    session.screenshot(checks.out / f"form-one-row-{framework}-saved.png", 1280, top=0, height=700)
    if checks.args.axe:
        print(f"  {framework} after Save: {browser.run_axe(session.page, Path(checks.args.axe))}")
    if saved:
        session.js("document.getElementById('status').textContent = ''")
        opened = open_with_the_button(session, saved)
        checks.expect(opened.startswith(f"Opened {saved.name}: 1 of {sections} sections has a score;"),
                      f"{framework}: Open said {opened!r}")
        expect_no_row(checks, session.js(SHOWN), f"{framework}: after Open")
    pdf = checks.out / f"form-one-row-{framework}-a4.pdf"
    session.print_pdf(pdf)
    printed = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    expect_no_row(checks, printed, f"{framework}: the printed form")
    page_problems(checks, session, framework)


def check_main_guide_says_row(checks, session):
    html = checks.make_form("ipc-coproduction.html", *IDENTITY)
    session.open(html)
    shown = session.js(SHOWN)
    for words in ("Row 1 of 4", "Row 5 of 5", "Row 1: how far have things got locally?", "Rows still to score",
                  "For each row, read the early indicator"):
        checks.expect(words in shown, f"the main guide's form no longer says {words!r}")
    line = session.js("document.getElementById('s0-score').textContent")
    checks.expect(line == "Score for this section so far: not scored yet (0 of 5 rows)",
                  f"the main guide's first section says {line!r}")
    score(session, "r0-0-score-6")
    status, _ = save(checks, session, checks.work / "downloads-ipc")
    checks.expect("You have scored 1 of 24 rows; 23 rows are not scored yet: see the rows still to score." in status,
                  f"the main guide's Save said {status!r}")
    page_problems(checks, session, "the main guide's form")


def check_one_row_words(checks, session):
    for framework in ("strategic-coproduction", "making-coproduction-work"):
        check_one_row_form(checks, session, framework)
    check_main_guide_says_row(checks, session)


if __name__ == "__main__":
    sys.exit(form_runner.run(__doc__, check_one_row_words, done="a one-row form says \"section\", the main guide's "
                             "\"row\"", source=False))
