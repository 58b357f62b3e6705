"""Checks of getting about the scoring form, driven in headless Chromium as people use it; called from
check_form_in_browser.py.

  * "Skip to the form", the first stop of Tab, moves the focus to the start of the questions ("About this
    assessment"), past the introduction, the buttons and the contents, so the next Tab is the first thing to
    fill in: the local area on a form that asks for it, the first row's score on a form made for an area,
    period and view;
  * the table of scores so far reflows with nothing cut off and the page never scrolls sideways, down to a
    phone at 200% zoom (188 px wide): there each section's score goes under its name, while from 320 px up
    the score stays beside it.
Screenshots of the table at 188, 320, 375 and 1280 px stay in OUTPUT_DIR as form-scores-so-far-*.png, and of
where the skip link leads as form-skip-link-1280.png.
"""
from pathlib import Path

import check_html_in_browser as browser
from form_page_state import page_problems


def check_skip_link(checks, session, blank):
    """blank: a form made for an area, period and view."""
    asking = checks.make_form("asking.html")  # asks for the area, the period and whose view
    for html, first in ((asking, "area"), (blank, "r0-0-score-none")):
        session.open(html)
        session.press("Tab")
        link = session.js("document.activeElement.textContent")
        if not checks.expect(link == "Skip to the form", f"{html.name}: the first Tab reaches {link!r}, not the skip link"):
            continue
        session.press("Enter")
        session.settle()
        landed = session.js("document.activeElement.id")
        top = session.js("Math.round(document.getElementById('about').getBoundingClientRect().top)")
        checks.expect(landed == "about" and 0 <= top < 100,
                      f"{html.name}: the skip link moved the focus to {landed!r}, its top {top} px down the window, "
                      f"not to the start of the questions")
        if html == blank:
            session.screenshot(checks.out / "form-skip-link-1280.png", 1280, top=session.js("scrollY"), height=500)
        session.press("Tab")
        reached = session.js("document.activeElement.id")
        checks.expect(reached == first, f"{html.name}: a Tab after the skip link reaches {reached!r}, not {first!r}")
    page_problems(checks, session, "the skip link")


def table_layout(session):
    """The page's width, and each row of the table of scores so far as [the section's box, its score's box]:
    [left, top, right, bottom] each."""
    return session.js("""[document.documentElement.scrollWidth, document.documentElement.clientWidth,
        Array.from(document.querySelectorAll('.summary-table tbody tr')).map(tr => Array.from(tr.children).map(c => {
            const r = c.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; }))]""")


def check_scores_table_reflows(checks, session, blank):
    session.open(blank)
    for width, stacked in ((188, True), (320, False), (375, False), (1280, False)):
        session.viewport(width, 640)
        session.next_frame()
        scroll, inside, rows = table_layout(session)
        checks.expect(scroll <= width, f"at {width} px wide the page scrolls sideways ({scroll} px)")
        cut = [i for i, cells in enumerate(rows) if any(c[0] < 0 or c[2] > inside + 0.5 for c in cells)]
        checks.expect(not cut, f"at {width} px wide the scores so far of rows {cut} are cut off")
        under = all(score[1] >= name[3] - 0.5 for name, score in rows)
        beside = all(score[0] >= name[2] - 0.5 and abs(score[1] - name[1]) < 1 for name, score in rows)
        checks.expect(under if stacked else beside, f"at {width} px wide each section's score is not "
                      f"{'under' if stacked else 'beside'} its name: {rows[:2]}")
        top = session.js("document.getElementById('summary').getBoundingClientRect().top + scrollY")
        session.screenshot(checks.out / f"form-scores-so-far-{width}.png", width, top=top, height=900 if stacked else 600)
    session.viewport(188, 640)
    if checks.args.axe:
        print(f"  188 px wide: {browser.run_axe(session.page, Path(checks.args.axe))}")
    session.viewport(1280)
    page_problems(checks, session, "the scores so far on a narrow screen")
