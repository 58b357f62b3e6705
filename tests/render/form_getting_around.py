"""Checks of getting about the scoring form, driven in headless Chromium as people use it; called from
check_form_in_browser.py.

  * "Skip to the form", the first stop of Tab, moves the focus to the start of the questions ("About this
    assessment"), past the introduction, the buttons and the contents, so the next Tab is the first thing to
    fill in: the local area on a form that asks for it, the first row's score on a form made for an area,
    period and view;
  * the table of scores so far reflows with nothing cut off and the page never scrolls sideways, down to a
    phone at 200% zoom (188 px wide): there each section's score goes under its name, while from 320 px up
    the score stays beside it. Blank, and filled in: a local framework's long section names (one with a web
    address, a word too long for the width), scores with decimals, a section every row of which is n/a and
    sections not scored yet.
Screenshots of the table at 188, 320, 375 and 1280 px stay in OUTPUT_DIR as form-scores-so-far-*.png (and
form-scores-so-far-filled-*.png), and of where the skip link leads as form-skip-link-1280.png.
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
        # + 0: a top of -0.4 px rounds to -0, which the DevTools protocol gives back as no value at all.
        top = session.js("Math.round(document.getElementById('about').getBoundingClientRect().top) + 0")
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


def make_filled_form(checks, source):
    """A form filled in from a file of a local framework with long section names: the strategic framework's
    (sentences of 20 words), one of them with a web address; scores of 2.5 and 0.5, a section n/a, the
    rest not scored yet."""
    framework = checks.work / "long-names.yaml"
    text = (Path(source) / "src/frameworks/strategic-coproduction.yaml").read_text(encoding="utf-8")
    text = text.replace("id: strategic-coproduction", "id: long-section-names").replace(
        'title: "Tangible outputs that make a difference."',
        'title: "Tangible outputs: www.northbridge-integrated-care-partnership.nhs.uk/co-production/outputs"')
    framework.write_text(text, encoding="utf-8")
    assessment = checks.work / "long-names.coprod.yaml"
    checks.coprod("init", assessment, "--framework", framework, "--perspective", "organisation",
                  "--area", "Northbridge", "--period", "2026-Q4")
    checks.coprod("score", assessment, "--framework", framework, "--set", "investment-in-people.in-place=2.5",
                  "--set", "statement-of-purpose.in-place=n/a", "--set", "tangible-outputs.in-place=0.5",
                  "--set", "feedback.in-place=4")
    return checks.make_form("long-names.html", assessment, "--framework", framework)


def check_scores_table_reflows(checks, session, blank):
    filled = make_filled_form(checks, checks.args.source)
    for html, name in ((blank, "form-scores-so-far"), (filled, "form-scores-so-far-filled")):
        session.open(html)
        if html == filled:
            shown = session.js("Array.from(document.querySelectorAll('.summary-table td')).map(c => c.textContent)")
            checks.expect(shown[:3] == ["2.5 from 1 of 1 row", "not applicable (0 of 1 row, 1 not applicable)",
                                        "0.5 from 1 of 1 row"], f"{html.name}: the scores so far are {shown[:3]}")
        for width, stacked in ((188, True), (320, False), (375, False), (1280, False)):
            check_table_at(checks, session, html, width, stacked, name)
        session.viewport(188, 640)
        if checks.args.axe:
            print(f"  {html.name} 188 px wide: {browser.run_axe(session.page, Path(checks.args.axe))}")
        session.viewport(1280)
        page_problems(checks, session, f"the scores so far on a narrow screen ({html.name})")


def check_table_at(checks, session, html, width, stacked, name):
    session.viewport(width, 640)
    session.next_frame()
    scroll, inside, rows = table_layout(session)
    checks.expect(scroll <= width, f"{html.name}: at {width} px wide the page scrolls sideways ({scroll} px)")
    cut = [i for i, cells in enumerate(rows) if any(c[0] < 0 or c[2] > inside + 0.5 for c in cells)]
    checks.expect(not cut, f"{html.name}: at {width} px wide the scores so far of rows {cut} are cut off")
    under = all(score[1] >= name_box[3] - 0.5 for name_box, score in rows)
    beside = all(score[0] >= name_box[2] - 0.5 and abs(score[1] - name_box[1]) < 1 for name_box, score in rows)
    checks.expect(under if stacked else beside, f"{html.name}: at {width} px wide each section's score is not "
                  f"{'under' if stacked else 'beside'} its name: {rows[:2]}")
    split = session.js(SCORE_WORDS_SPLIT)
    checks.expect(not split, f"{html.name}: at {width} px wide a word of the scores so far is split over two lines "
                  f"in {split}")
    top, bottom = session.js("""[document.getElementById('summary').getBoundingClientRect().top + scrollY,
        document.querySelector('.summary-table').getBoundingClientRect().bottom + scrollY]""")
    session.screenshot(checks.out / f"{name}-{width}.png", width, top=top, height=min(round(bottom - top) + 20, 4000))


# The ids of the cells of scores so far where a word ("scored", "applicable") is split over two lines.
SCORE_WORDS_SPLIT = """(() => Array.from(document.querySelectorAll('.summary-table td')).filter(cell => {
    const text = cell.firstChild, range = document.createRange();
    let at = 0;
    return text !== null && cell.textContent.split(' ').some(word => {
        range.setStart(text, at); range.setEnd(text, at + word.length); at += word.length + 1;
        return range.getClientRects().length > 1; });
}).map(cell => cell.id))()"""
