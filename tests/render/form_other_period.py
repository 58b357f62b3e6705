"""Checks of the scoring form's review period and dates against the file opened and today, driven in
headless Chromium; called from check_form_in_browser.py.

  * a file of an earlier period opened in a form made for a period (--period 2027-Q1, a group's form and an
    individual's) is said at once to be for the other period, naming both; by default its answers are a
    start for the form's period, saved as 'coprod init --from FILE --period' writes it (the period moved
    on, the reflections empty, combine's spreads left out, the dates sections were last completed kept),
    and the page shows that period; choosing the file's own period saves the file as it was;
  * a file of a later period is not carried back in time: Open says it stays a file of its own period;
  * a date a section was last completed later than today (the page's own clock) gets a gentle note under
    its box, as 'coprod check' notes it [future-date], typed or opened, and Save still saves it.
Screenshots of the question of the period and of the date's note stay in OUTPUT_DIR as
form-other-period-*.png and form-future-date-*.png.
"""
import difflib
import json
import re
from pathlib import Path

import check_html_in_browser as browser
from form_page_state import live_region, open_with_the_button, page_problems, screenshots_around as shots

# 5 December 2026, noon, for every "new Date()" the page makes from here on.
FIXED_TODAY = """(() => { const Real = Date;
    window.Date = class extends Real { constructor(...a) { if (a.length) super(...a); else super(2026, 11, 5, 12, 0, 0); } }; })()"""
LATER = "That is later than today, 5 December 2026: check it is the day the section was last reviewed."


def diff(expected, saved):
    return "".join(difflib.unified_diff(expected.splitlines(True), saved.splitlines(True), "expected", "saved", n=0))[:1200]


def carried_by_init(checks, path, period):
    out = checks.work / f"init-from-{path.stem}-{period}.yaml"
    checks.coprod("init", out, "--from", path, "--period", period, "--schema", "none", "--force")
    return out.read_text(encoding="utf-8")


def without_schema_line(text):
    """The text without its "# yaml-language-server" line: the form keeps the file's as it was, where 'coprod init
    --from' moves it to reach the schema from the new file's folder (here, --schema none, it leaves it out)."""
    return "".join(line for line in text.splitlines(True) if not line.startswith("# yaml-language-server:"))


def shown_period(session):
    return session.js("document.getElementById('period-text').textContent")


# The months of each quarter these checks open, as the page says them after the period (a reader in the NHS
# counts quarters from April, so 2027-Q1 would be April to June to them).
MONTHS = {"2027-Q1": "January to March 2027", "2026-Q4": "October to December 2026",
          "2026-Q3": "July to September 2026"}


def shown_period_in_full(session):
    """What the page says of the period, as read on screen and on paper: "Review period: 2027-Q1 (January to
    March 2027)"."""
    return session.js("document.getElementById('period-text').parentElement.textContent")


def check_period_shown(checks, session, period, what):
    expected = f"Review period: {period} ({MONTHS[period]})"
    shown = " ".join(shown_period_in_full(session).split()).replace("Review period ", "Review period: ")
    checks.expect(shown == expected, f"{what}: the page shows {shown!r}, not {expected!r}")


def check_carried(checks, session, html, path, period, what):
    """Opens `path` (of an earlier period) in the form made for `period` as a person does and checks what the
    page says, shows and saves, for either choice."""
    session.open(html)
    check_period_shown(checks, session, period, f"{what}, as made")
    text = path.read_text(encoding="utf-8")
    old = next(line.split()[1] for line in text.splitlines() if line.startswith("period:"))
    said = open_with_the_button(session, path)
    if session.js("(q => !!q && !q.hidden)(document.getElementById('whose-answers'))"):
        session.click("label[for='whose-answers-mine']")  # a response opened: Save asks whose answers it holds
    checks.expect(old in said and period in said and "Which period are you scoring?" in said,
                  f"{what}: opening a file for {old} in a form for {period} said {said!r}")
    checks.expect(shown_period(session) == period, f"{what}: the page shows the period {shown_period(session)!r}")
    check_period_shown(checks, session, period, f"{what}, carried forward")
    if not checks.expect(session.js("(document.getElementById('period-choice-form') || {}).checked") is True,
                         f"{what}: the page does not ask which period, with the form's period {period} chosen"):
        return
    saved = without_schema_line(session.js("window.coprodForm.toYaml()"))
    expected = carried_by_init(checks, path, period)
    checks.expect(saved == expected, f"{what}: carried to {period}, the form saves differently from "
                                     f"'coprod init --from':\n{diff(expected, saved)}")
    shots(checks, session, "#about", "form-other-period-" + re.sub(r"[^a-z0-9]+", "-", what), height=560)
    if checks.args.axe:
        print(f"  {what}, a file of another period: {browser.run_axe(session.page, Path(checks.args.axe))}")
    session.click("#period-choice-file")
    checks.expect(shown_period(session) == old, f"{what}: choosing {old} shows the period {shown_period(session)!r}")
    check_period_shown(checks, session, old, f"{what}, the file's own period chosen")
    saved = session.js("window.coprodForm.toYaml()")
    checks.expect(saved == text, f"{what}: kept for {old}, the file saves changed:\n{diff(text, saved)}")
    session.click("#period-choice-form")
    checks.expect(without_schema_line(session.js("window.coprodForm.toYaml()")) == expected, f"{what}: choosing {period} again saves "
                                                                        "differently from the first time")
    page_problems(checks, session, f"{what}, a file of another period")


def response_of(checks, source, period):
    """One person's response for `period`: the peer network's example as an individual's answers."""
    text = (source / "2026-Q4-peer-network.coprod.yaml").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines(True) if not line.lstrip().startswith("completed_by:")]
    text = "".join(lines).replace("perspective: peer-network", "perspective: individual")
    path = checks.work / f"response-0a1b2c3d-{period}.coprod.yaml"
    path.write_text(text.replace("period: 2026-Q4", f"period: {period}"), encoding="utf-8")
    checks.coprod("check", "--quiet", path, expect_status=None)
    return path


def check_other_period(checks, session):
    source = Path(checks.args.source) / "examples/northbridge"
    group = checks.make_form("period-2027-Q1.html", "--perspective", "organisation", "--area", "Northbridge",
                             "--period", "2027-Q1")
    check_carried(checks, session, group, source / "2026-Q4-organisation.coprod.yaml", "2027-Q1", "a group's form")
    individual = checks.make_form("period-2027-Q1-individual.html", "--perspective", "individual", "--area",
                                  "Northbridge", "--period", "2027-Q1")
    check_carried(checks, session, individual, response_of(checks, source, "2026-Q4"), "2027-Q1",
                  "an individual's form")
    earlier = checks.make_form("period-2026-Q3.html", "--perspective", "organisation", "--area", "Northbridge",
                               "--period", "2026-Q3")
    session.open(earlier)
    said = open_with_the_button(session, source / "2026-Q4-organisation.coprod.yaml")
    checks.expect("2026-Q4" in said and "2026-Q3" in said and "cannot be carried back" in said,
                  f"a file for 2026-Q4 opened in a form for 2026-Q3 said {said!r}")
    checks.expect(shown_period(session) == "2026-Q4" and session.js("(document.getElementById('period-choice') || {hidden: true}).hidden"),
                  f"a file for 2026-Q4 in a form for 2026-Q3 shows {shown_period(session)!r} or offers to carry it back")
    check_period_shown(checks, session, "2026-Q4", "a file for 2026-Q4 in a form for 2026-Q3")
    same = open_with_the_button(session, source / "2026-Q3-organisation.coprod.yaml")
    checks.expect("Which period" not in same and session.js("(document.getElementById('period-choice') || {hidden: true}).hidden"),
                  f"a file of the form's own period opened after one of another asks which period: {same!r}")
    page_problems(checks, session, "a file of a later period")


def check_combined_carried(checks, session, combined):
    """A file 'coprod combine' wrote (for 2026-Q3), carried forward to 2026-Q4 without its spreads."""
    path = checks.work / "combined-2026-Q3.coprod.yaml"
    path.write_text(combined, encoding="utf-8")
    html = checks.make_form("period-2026-Q4.html", "--perspective", "peer-network", "--area", "Northbridge",
                            "--period", "2026-Q4")
    check_carried(checks, session, html, path, "2026-Q4", "a combined file")


def date_note(session, field):
    return session.text_once_in(f"#{field}-done")


def check_future_dates(checks, session):
    html = checks.make_form("future-date.html", "--perspective", "organisation", "--area", "Northbridge",
                            "--period", "2026-Q4")
    session.open(html)
    session.js(FIXED_TODAY)
    field = "s0-last-completed"
    session.click(f"#{field}")
    session.type("31/12/2026")
    session.press("Tab")
    said = date_note(session, field)
    checks.expect(said == "Read as 31 December 2026 (saved as 2026-12-31). " + LATER,
                  f"a date later than today, typed day first, is said as {said!r}")
    region = live_region(session, f"#{field}-done")
    checks.expect(region and region[:2] == ["status", "polite"], f"the note is not in a polite live region: {region}")
    checks.expect(session.js(f"document.getElementById('{field}-error').hidden"), "a later date is refused")
    checks.expect("    last_completed: 2026-12-31\n" in session.js("window.coprodForm.toYaml()"),
                  "a date later than today is not saved")
    shots(checks, session, f"#{field}", "form-future-date", above=120, height=260)
    if checks.args.axe:
        print(f"  a date later than today: {browser.run_axe(session.page, Path(checks.args.axe))}")
    for typed, expected in (("2026-12-06", LATER), ("2026-12-05", ""), ("30/11/2026", "Read as 30 November 2026 "
                                                                                     "(saved as 2026-11-30).")):
        session.js(f"document.getElementById('{field}').select()")
        session.click(f"#{field}")
        session.js(f"document.getElementById('{field}').value = ''")
        session.type(typed)
        session.press("Tab")
        said = date_note(session, field) if expected else session.js(f"document.getElementById('{field}-done').textContent")
        checks.expect(said == expected, f"the date {typed} with today 5 December 2026 is said as {said!r}")
    text = (Path(checks.args.source) / "examples/northbridge/2026-Q4-organisation.coprod.yaml").read_text(encoding="utf-8")
    lines = text.splitlines(True)
    second = [i for i, line in enumerate(lines) if line.strip().startswith("last_completed:")][1]
    lines[second] = "    last_completed: 2027-01-15\n"  # the second section's
    session.js(f"window.coprodForm.loadYaml({json.dumps(''.join(lines))})")
    said = date_note(session, "s1-last-completed")
    checks.expect(said == LATER, f"a file opened with a date later than today says under it {said!r}")
    checks.expect(not session.js("document.getElementById('s0-last-completed-done').textContent"),
                  "a file opened says a note under a date that is not later than today")
    page_problems(checks, session, "a date later than today")
