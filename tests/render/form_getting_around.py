"""Checks of getting about the scoring form, driven in headless Chromium as people use it; called from
check_form_in_browser.py.

  * "Skip to the form", the first stop of Tab, moves the focus to the start of the questions ("About this
    assessment"), past the introduction, the buttons and the contents, so the next Tab is the first thing to
    fill in: the local area on a form that asks for it, the first row's score on a form made for an area,
    period and view.
A screenshot of where the skip link leads stays in OUTPUT_DIR as form-skip-link-1280.png.
"""
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
