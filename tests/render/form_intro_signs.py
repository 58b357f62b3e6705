"""Checks that the scoring form's intro and footer name only the signs its framework's rows have, driven in
headless Chromium; called from check_form_in_browser.py.

For each built-in framework (one with both signs on most rows and a row or two with one, two with early
indicators only) and a made-up one with warning signs only, the rows the page draws are counted, and the
first paragraph of "How to fill in this form" and the footer must then
  * speak of warning signs only if some row has one, and of early indicators only if some row has one;
  * say that a row with only one of the two says what its scores mean, when rows differ;
  * say what the ends of the scale mean as the signs read: with warning signs only, the top score is that
    the sign is not seen at all, not "the most";
and each row's scores, on screen and as a screen reader describes them, say what they mean as its own signs
read: a row with only a warning sign never says "0 means no progress", but that 5 is the sign not seen at all.
Screenshots of the intro at 390 and 1280 px stay in OUTPUT_DIR as form-intro-<framework>-*.png.
"""
from pathlib import Path

import check_html_in_browser as browser
from form_page_state import page_problems, screenshots_around as shots

WARNINGS_ONLY = """format: coprod-framework/1
id: warnings-only
version: 1
title: Warning signs only
source: Made up for a test of the scoring form
scale:
  min: 0
  max: 5
  half_points: true
levels: []
sections:
  - id: listening
    number: 1
    title: Listening first
    rows:
      - id: papers
        warning: Papers arrive on the day, full of abbreviations.
      - id: decided
        warning: Decisions are already made before the network sees the papers.
"""


def built_in_frameworks(checks):
    """The ids 'coprod frameworks' lists: each starts a line ("ipc-coproduction (version 1): ..."), its title
    indented on the next."""
    listed = checks.coprod("frameworks").stdout.splitlines()
    return [line.split()[0] for line in listed if line.strip() and not line[0].isspace()]


def rows_have(session):
    """What the page draws for its rows: [rows, rows with an early indicator, rows with a warning sign]. A section
    that is its one row (the shorter guides) draws no sign: its heading is its early indicator."""
    return session.js("""[document.querySelectorAll('.row').length,
        document.querySelectorAll('.row .sign.indicator, .row.the-section').length,
        document.querySelectorAll('.row .sign.warning').length]""")


def check_words(checks, name, rows, intro, footer):
    count, indicators, warnings = rows
    mixed = not (indicators == warnings == count)
    for text, where in ((intro, "intro"), (footer, "footer")):
        checks.expect(("warning sign" in text) == (warnings > 0),
                      f"{name}: {warnings} rows have a warning sign, and the {where} says {text!r}")
        checks.expect(("early indicator" in text) == (indicators > 0),
                      f"{name}: {indicators} rows have an early indicator, and the {where} says {text!r}")
    warnings_only = warnings > 0 and indicators == 0
    checks.expect(("(fully in place)" not in intro and "not seen here at all" in intro) if warnings_only
                  else ("(nothing has started yet)" in intro and "(fully in place)" in intro),
                  f"{name}: {warnings} of {count} rows have a warning sign and {indicators} an early indicator, and "
                  f"the intro says what the scores mean as {intro!r}")
    if indicators and warnings:
        checks.expect(("only one of the two" in intro) == mixed,
                      f"{name}: {count} rows, {indicators} with an early indicator and {warnings} with a warning "
                      f"sign, and the intro says {intro!r}")


def rows_scores_say(session):
    """For each row: [its id, has an early indicator, has a warning sign, what is said with its scores on screen
    (the hint and any note, not the legend or the choices), the description a screen reader gives its scores]."""
    return session.js("""Array.from(document.querySelectorAll('.row')).map(row => {
        const group = row.querySelector('fieldset.score');
        const said = Array.from(group.querySelectorAll('.hint, .one-sign')).filter(e => e.offsetParent !== null)
            .map(e => e.textContent).join(' ');
        const described = (group.getAttribute('aria-describedby') || '').split(' ').filter(Boolean)
            .map(id => document.getElementById(id).textContent).join(' ');
        return [row.id, !!row.querySelector('.sign.indicator'), !!row.querySelector('.sign.warning'), said, described];
    })""")


def check_rows_say_what_scores_mean(checks, name, rows):
    """A row with only a warning sign says 5 is the sign not seen at all, and nowhere that 0 is no progress."""
    for row, indicator, warning, said, described in rows:
        for text, where in ((said, "shows with its scores"), (described, "describes its scores with")):
            if warning and not indicator:
                checks.expect("no progress" not in text and "5 means it is not seen here at all" in text,
                              f"{name}: {row} has only a warning sign, and the page {where} {text!r}")
            else:
                checks.expect("not seen here at all" not in text, f"{name}: {row}, with an early indicator, "
                                                                 f"{where} {text!r}")


def check_intro_names_the_signs(checks, session):
    local = checks.work / "warnings-only.yaml"
    local.write_text(WARNINGS_ONLY, encoding="utf-8")
    frameworks = built_in_frameworks(checks)
    checks.expect(len(frameworks) >= 3, f"'coprod frameworks' lists {frameworks}, not the three built-in ones")
    kinds = set()
    for framework in frameworks + [str(local)]:
        name = Path(framework).stem
        html = checks.make_form(f"intro-{name}.html", "--framework", framework)
        session.open(html)
        rows = rows_have(session)
        intro = session.js("document.querySelector('.intro p').textContent")
        footer = session.js("document.querySelector('.page-footer').textContent")
        check_words(checks, name, rows, intro, footer)
        check_rows_say_what_scores_mean(checks, name, rows_scores_say(session))
        kinds.add((rows[1] > 0, rows[2] > 0, rows[1] == rows[2] == rows[0]))
        shots(checks, session, ".intro", f"form-intro-{name}", height=320)
        if rows[1] == 0:
            shots(checks, session, "#r0-0", f"form-row-{name}", height=420)
        if checks.args.axe and rows[1] == 0:
            print(f"  a form with warning signs only: {browser.run_axe(session.page, Path(checks.args.axe))}")
        page_problems(checks, session, f"the intro of a form of {name}")
    checks.expect(len(kinds) >= 3, f"the frameworks checked do not cover rows with both signs, one and the other: {kinds}")
