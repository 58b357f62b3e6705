"""Checks of the scoring form for keyboard, screen-reader and projector users, driven in headless Chromium;
called from check_form_in_browser.py.

  * while a row's scores have the focus, typing a score's number chooses it (3), and a number, a full stop
    and 5 chooses the half point (2.5); the arrow keys still move between the scores, a digit typed in the
    evidence box is only text, and the intro says how;
  * each Save replaces what the last one said under the buttons: a Save refused for a wrong date leaves no
    "Not saved: nothing is filled in" from the Save before it;
  * the review period's box is checked on leaving it, as the date boxes are: "Q4 2026", "q4 2026" and
    "2026 Q4" are written 2026-Q4 (all coprod reads in a file) and said so under the box; "autumn" gets
    Save's message at once;
  * each "We see this early indicator / warning sign" checkbox is described by its sign's words;
  * in a wide but short window (1366 by 768 at 150% zoom: 911 by 512 px) a row's signs, scores and evidence
    box fit on one screen, the signs beside the scores; at 375 px (a phone) and 640 px (1280 at 200% zoom)
    the rows stay one column with nothing wider than the window.
Screenshots at 911x512, 1280x800 and 375x800 stay in OUTPUT_DIR as form-rows-*.png.
"""
import base64
import re
from pathlib import Path

import check_html_in_browser as browser
from form_page_state import field_state, live_region, page_problems, shows_error, shows_no_error
from form_screen_reader import tree, value, words


def type_key(session, key):
    """Presses and lets go of a key that types a character (a digit, a full stop), as a keyboard does."""
    code = f"Digit{key}" if key.isdigit() else "Period"
    virtual = ord(key) if key.isdigit() else 190
    params = {"key": key, "code": code, "windowsVirtualKeyCode": virtual, "nativeVirtualKeyCode": virtual}
    session.page.call("Input.dispatchKeyEvent", type="keyDown", text=key, **params)
    session.page.call("Input.dispatchKeyEvent", type="keyUp", **params)


def chosen_score(session, row):
    return session.js(f"(document.querySelector('input[name=\"{row}-score\"]:checked') || {{}}).value")


def focused(session):
    return session.js("document.activeElement.id")


def check_scores_typed(checks, session, html):
    session.open(html)
    intro = session.js("(p => p && !p.hidden ? p.textContent : '')(document.getElementById('score-keys'))")
    checks.expect("type 3 to choose 3; for 2.5, type 2, a full stop, then 5" in intro,
                  f"the intro does not say how to choose a score by typing its number: {intro!r}")
    session.js("document.getElementById('r0-0-evidence').focus()")
    session.press("Tab", shift=True)  # back from the evidence box to the row's scores, as a person would
    checks.expect(focused(session) == "r0-0-score-none", f"Shift+Tab from the evidence box went to {focused(session)}")
    type_key(session, "3")
    session.settle()
    checks.expect(chosen_score(session, "r0-0") == "3" and focused(session) == "r0-0-score-6",
                  f"typing 3 in row 1's scores chose {chosen_score(session, 'r0-0')!r}, focus on {focused(session)}")
    scores = session.js("window.coprodForm.sectionScores()[0]")
    checks.expect(scores["score"] == "3.0" and scores["scored"] == 1, f"typing 3 left the section's score at {scores}")
    for key in "2.5":
        type_key(session, key)
    session.settle()
    checks.expect(chosen_score(session, "r0-0") == "2.5" and focused(session) == "r0-0-score-5",
                  f"typing 2 . 5 chose {chosen_score(session, 'r0-0')!r}, focus on {focused(session)}")
    session.press("ArrowRight")
    checks.expect(chosen_score(session, "r0-0") == "3", f"ArrowRight after 2.5 chose {chosen_score(session, 'r0-0')!r}")
    type_key(session, "9")  # not a score: nothing happens
    checks.expect(chosen_score(session, "r0-0") == "3", f"typing 9 changed the score to {chosen_score(session, 'r0-0')!r}")
    session.press("Tab")
    type_key(session, "4")
    checks.expect(focused(session) == "r0-0-evidence" and chosen_score(session, "r0-0") == "3" and
                  session.js("document.getElementById('r0-0-evidence').value") == "4",
                  "a digit typed in the evidence box chose a score or was not typed")
    checks.expect(session.js("window.coprodForm.hasUnsavedChanges()"), "a score typed is not a change to save")
    page_problems(checks, session, "scores typed")


def check_each_save_replaces_status(checks, session):
    html = checks.make_form("keys-status.html", "--perspective", "individual", "--area", "Northbridge",
                            "--period", "2026-Q3")
    session.open(html)
    session.js("window.confirm = () => false")
    session.click("#actions-top [data-action=save]")
    first = session.text_once_in("#status")
    checks.expect(first.startswith("Not saved"), f"Save of a blank response, answered No, said {first!r}")
    session.js("(b => { b.focus(); b.value = '31/11/2026'; })(document.getElementById('s0-last-completed'))")
    session.click("#actions-top [data-action=save]")
    session.settle()
    now = session.js("[document.getElementById('status').textContent, document.getElementById('status-bottom').textContent]")
    checks.expect(now == ["", ""] and not session.js("document.getElementById('error-summary').hidden"),
                  f"a Save refused for a wrong date left the last Save's message under the buttons: {now}")
    page_problems(checks, session, "each Save replaces the status")


def leave_period_with(session, typed):
    session.js("(b => { b.focus(); b.select(); })(document.getElementById('period'))")
    session.type(typed)
    session.press("Tab")
    session.page.listen(0.1)
    return session.text_once_in("#period-done") if session.js("!!document.getElementById('period-done')") else ""


def check_period_checked_on_leaving(checks, session):
    html = checks.make_form("keys-period.html", "--perspective", "organisation", "--area", "Northbridge")
    session.open(html)
    session.page.call("Accessibility.enable")
    for typed in ("Q4 2026", "q4 2026", "2026 Q4", "2026q4"):
        said = leave_period_with(session, typed)
        held = session.js("document.getElementById('period').value")
        checks.expect(held == "2026-Q4" and said == "Written as 2026-Q4: October to December 2026." and
                      (live_region(session, "#period-done") or [0, 0])[1] == "polite",
                      f"the period box left with {typed!r} holds {held!r} and says {said!r}")
        checks.expect(shows_no_error(field_state(session, "period")), f"{typed!r} left: the period box shows an error")
    for typed, meaning in (("2026-H2", "2026-H2: July to December 2026."), ("2026-09", "2026-09: September 2026."),
                           ("H1 2027", "Written as 2027-H1: January to June 2027."),
                           ("2026-Q4", "2026-Q4: October to December 2026.")):
        said = leave_period_with(session, typed)
        checks.expect(said == meaning, f"the period box left with {typed!r} says {said!r}, not what it means in words")
    for typed, wrong in (("autumn", '"autumn" is not a review period: write a quarter such as 2026-Q3, a half year '
                          'such as 2026-H2, or a month such as 2026-09'),
                         ("2026-Q5", '"2026-Q5" is not a review period: there are only 4 quarters, Q1 to Q4'),
                         ("Q5 2026", '"Q5 2026" is not a review period: there are only 4 quarters, Q1 to Q4'),
                         ("2026-H3", '"2026-H3" is not a review period: there are only 2 half years, H1 and H2'),
                         ("2026-13", '"2026-13" is not a review period: there is no month 13 (months go from 01 to 12)'),
                         ("Q4", '"Q4" is not a review period: write the year too, as in 2026-Q4'),
                         ("Q4 26", '"Q4 26" is not a review period: write the year in full, as in 2026-Q3')):
        said = leave_period_with(session, typed)
        state = field_state(session, "period")
        checks.expect(shows_error(state) and state[1] == wrong and said == "Error: " + wrong and
                      session.js("document.getElementById('error-summary').hidden"),
                      f"the period box left with {typed!r}: its marks are {state}, under it {said!r}, not {wrong!r}")
    leave_period_with(session, "2026-Q3")
    checks.expect(shows_no_error(field_state(session, "period")), "the period put right still shows its message")
    session.page.call("Accessibility.disable")
    page_problems(checks, session, "the period checked on leaving")


def check_seen_boxes_described(checks, session, html):
    session.open(html)
    boxes = {value(n, "name"): words(value(n, "description")) for n in tree(session) if value(n, "role") == "checkbox"}
    signs = session.js("""Array.from(document.querySelectorAll('.sign')).map(s =>
        [s.id, Array.from(s.querySelectorAll('p, li')).map(p => p.textContent)])""")
    checks.expect(len(signs) > 20, f"only {len(signs)} signs on the form")
    undescribed = []
    for sign, texts in signs:
        box = words(session.js(f"document.querySelector('label[for=\"{sign}-seen\"]').textContent"))
        described = boxes.get(box)
        if described is None or not all(words(t) in described for t in texts):
            undescribed.append((box, described, texts))
    checks.expect(not undescribed, f"{len(undescribed)} checkboxes are not described by their sign's words, such as "
                                   f"{undescribed[:2]}")


def rows_measured(session):
    return session.js("""Array.from(document.querySelectorAll('.row')).map(r => {
        const top = r.getBoundingClientRect().top, at = s => r.querySelector(s).getBoundingClientRect();
        return {id: r.id, oneSign: !!r.querySelector('.one-sign'), height: Math.round(r.getBoundingClientRect().height),
                toEvidence: Math.round(Math.max(at('.signs').bottom, at('textarea').bottom) - top),
                besides: at('.signs').right <= at('fieldset.score').left, wide: document.documentElement.scrollWidth}; })""")


def shot(checks, session, width, height):
    session.js("document.getElementById('r0-0').scrollIntoView()")
    session.next_frame()
    data = session.page.call("Page.captureScreenshot", format="png")["data"]
    (checks.out / f"form-rows-{width}x{height}.png").write_bytes(base64.b64decode(data))


def check_rows_fit_short_screens(checks, session, html):
    for width, height in ((911, 512), (1280, 800), (640, 800), (375, 800)):
        session.open(html, width, height)
        rows = rows_measured(session)
        heights = sorted(r["height"] for r in rows)
        print(f"  rows at {width}x{height}: {heights[0]}-{heights[-1]} px tall")
        checks.expect(all(r["wide"] <= width for r in rows), f"at {width}x{height} the page is wider than the window")
        if width >= 900:
            too_tall = [(r["id"], r["toEvidence"]) for r in rows if not r["oneSign"] and r["toEvidence"] > 512]
            checks.expect(not too_tall, f"at {width}x{height} these rows' signs, scores and evidence box do not fit "
                                        f"in 512 px: {too_tall}")
            checks.expect(all(r["besides"] for r in rows), f"at {width}x{height} the signs are not beside the scores")
        else:
            checks.expect(not any(r["besides"] for r in rows), f"at {width}x{height} the rows are not one column")
        if width != 640:
            shot(checks, session, width, height)
        if width == 911 and checks.args.axe:
            print(f"  the rows at 911x512: {browser.run_axe(session.page, Path(checks.args.axe))}")
    page_problems(checks, session, "rows on short screens")


def check_keyboard_and_projector(checks, session):
    html = checks.make_form("keys-and-rows.html", "--perspective", "organisation", "--area", "Northbridge",
                            "--period", "2026-Q3")
    check_scores_typed(checks, session, html)
    check_seen_boxes_described(checks, session, html)
    check_rows_fit_short_screens(checks, session, html)
    check_each_save_replaces_status(checks, session)
    check_period_checked_on_leaving(checks, session)
