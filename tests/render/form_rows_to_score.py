#!/usr/bin/python3
"""Checks the scoring form's list of rows still to score in headless Chromium, as a screen-reader user and a
sighted one use it (one person's form, made for an area and a period, as user testers drove it).

  * under the table of scores so far, "Rows still to score" names, section by section, exactly the rows whose
    score is "Not scored yet" (a row marked "Does not apply here" is answered), each a link named with its row
    and its section; the contents lead to it; it follows the scores as they change;
  * a link, clicked or followed with the keyboard, takes the focus to the row's first score, whose group a
    screen reader names with the row and its section, and shows the row's title on screen;
  * choosing a score says nothing until a section has no row left to score: then a polite live region says so
    once, with how many rows are left in the whole form, and once every row is answered, that none is left;
  * Save's message says how many rows are not scored yet and links to the list, whose heading takes the focus;
    so does Open's, the file Save wrote opened again; a file with every row answered opened says nothing of it;
  * the list is not printed (on paper every row is there to fill in), and axe-core finds no WCAG 2.2 A/AA
    violation with it shown.
Screenshots of the list at 390 and 1280 px (form-rows-to-score-*.png), of a row a link led to on a phone
(form-rows-to-score-row-reached-390.png), of Save's message (form-rows-to-score-saved-*.png) and of Open's
(form-rows-to-score-opened-*.png) stay in
OUTPUT_DIR, with the printed form (form-rows-to-score-a4.pdf).

Usage: form_rows_to_score.py --binary COPROD --output-dir DIR [--axe axe.min.js]
"""
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import check_html_in_browser as browser  # noqa: E402
import form_runner  # noqa: E402
from form_page_state import (live_region, open_with_the_button, page_problems, screenshots_around as shots,  # noqa: E402
                             status_once_said)

# Each row of the page as [row id, section index, row index, its section's title, whether it has no score].
ROWS = """Array.from(document.querySelectorAll('.row')).map(row => {
    const [i, j] = row.id.slice(1).split('-').map(Number);
    const none = document.getElementById(row.id + '-score-none');
    return [row.id, i, j, document.getElementById('s' + i + '-title').textContent, none.checked]; })"""
# The list as shown: [section's title, [[each link's href, its name as a screen reader gives it]]].
LISTED = """Array.from(document.querySelectorAll('#rows-to-score-list > li')).map(item => [
    item.querySelector('.rows-to-score-section').textContent,
    Array.from(item.querySelectorAll('a')).map(a => [a.getAttribute('href'), a.textContent])])"""
SAID = "#rows-to-score-said"


def expected_list(session):
    """The list the page should show, from its rows' own "Not scored yet" choices."""
    listed = []
    for row, _, j, title, not_scored in session.js(ROWS):
        if not not_scored:
            continue
        if not listed or listed[-1][0] != title:
            listed.append([title, []])
        listed[-1][1].append([f"#{row}", f"Row {j + 1} ({title})"])
    return listed


def check_list_follows_scores(checks, session, what):
    shown = session.js("(e => !!e && !e.hidden && e.offsetParent !== null)(document.getElementById('rows-to-score'))")
    if not checks.expect(shown, f"{what}: no list of rows still to score under the scores so far"):
        return False
    listed, expected = session.js(LISTED), expected_list(session)
    checks.expect(listed == expected, f"{what}: the rows still to score listed are {listed}, not {expected}")
    left = sum(len(rows) for _, rows in expected)
    count = session.js("document.getElementById('rows-to-score-count').textContent")
    all_rows = len(session.js(ROWS))
    checks.expect(count.startswith(f"{left} of {all_rows} rows are not scored yet") if left > 1 else
                  count.startswith("Every row has a score") if left == 0 else count.startswith(f"1 of {all_rows} rows is"),
                  f"{what}: the list says {count!r} with {left} rows left")
    return True


def focused(session):
    """The focused control's id and the name of the group it is in, from the accessibility tree."""
    element = session.js("document.activeElement.id")
    legend = session.js("(f => f ? f.querySelector('legend').textContent : '')"
                        "(document.activeElement.closest('fieldset'))")
    return element, re.sub(r"\s+", " ", legend).strip()


def check_link_moves_focus(checks, session, row, by_keyboard):
    """Follows the list's link to `row` (r2-1); the focus lands on its first score, the row's title in view."""
    link = f"#rows-to-score-list a[href='#{row}']"
    if by_keyboard:
        session.js(f"document.querySelector({link!r}).focus()")
        session.press("Enter")
    else:
        session.click(link)
    session.settle()
    element, legend = focused(session)
    i, j = (int(n) for n in row[1:].split("-"))
    title = session.js(f"document.getElementById('s{i}-title').textContent")
    how = "followed with Enter" if by_keyboard else "clicked"
    checks.expect(element == f"{row}-score-0", f"the link to {row}, {how}, left the focus on {element!r}")
    checks.expect(legend == f"Row {j + 1}: how far have things got locally? ({title})",
                  f"the link to {row}, {how}, leaves the focus in a group a screen reader calls {legend!r}")
    seen = session.js(f"""(r => [r.top, document.getElementById('{row}-score-0').getBoundingClientRect().bottom])
        (document.getElementById('{row}').querySelector('.row-title').getBoundingClientRect())""")
    height = session.js("innerHeight")
    checks.expect(0 <= seen[0] < height and seen[1] <= height,
                  f"the link to {row}, {how}: the row's title ({seen[0]} px) or its first score (bottom {seen[1]} px) "
                  f"is out of the {height} px window")


def score(session, label):
    session.click(f"label[for='{label}']")
    session.settle()


def said(session):
    return session.js(f"document.querySelector({SAID!r}).textContent")


def check_section_done_said_once(checks, session):
    """Section 1 of the individual's form: its rows scored one by one, the last one said."""
    rows = [row for row, i, *_ in session.js(ROWS) if i == 0]
    title = session.js("document.getElementById('s0-title').textContent")
    for row in rows[:-1]:
        score(session, f"{row}-score-6")
        checks.expect(said(session) == "", f"choosing a score in {row}, with rows of its section left, said "
                                           f"{said(session)!r}")
    score(session, f"{rows[-1]}-score-na")  # "Does not apply here" answers a row too
    left = sum(1 for *_, none in session.js(ROWS) if none)
    words = session.text_once_in(SAID)
    checks.expect(words == f'Every row of {title} now has a score or is marked "Does not apply here". '
                           f"{left} rows are not scored yet in the form.",
                  f"answering the last row of {title} said {words!r}")
    checks.expect(live_region(session, SAID) == ["status", "polite", words],
                  f"what is said of a section done is not in a polite live region: {live_region(session, SAID)}")
    score(session, f"{rows[0]}-score-8")  # a score changed in a section already done: nothing new said
    checks.expect(said(session) == words, f"changing a score in a section already done said {said(session)!r}")


def click_first_line(session, selector):
    """A click on a link's first line: a link over two lines has nothing of it in the middle of its box."""
    x, y = session.js(f"""(e => {{ e.scrollIntoView({{block: 'center'}}); const r = e.getClientRects()[0];
        return [r.left + Math.min(r.width / 2, 20), r.top + r.height / 2]; }})(document.querySelector({selector!r}))""")
    for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
        session.page.call("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left",
                          clickCount=0 if kind == "mouseMoved" else 1)
    session.page.listen(0.05)


def check_message_links_to_list(checks, session, what, status, shot):
    """`status`, what Save or Open just said, is said whole in the polite live region, and its link takes the focus
    to the list's heading; screenshots of it named `shot`."""
    checks.expect(live_region(session, "#status") == ["status", "polite", status],
                  f"{what}'s message with its link is not said whole: {live_region(session, '#status')}")
    shots(checks, session, "#actions-top", shot, height=380)
    if not checks.expect(session.js("document.querySelectorAll('#status a').length") == 1,
                         f"{what}'s message has no link to the rows still to score"):
        return
    click_first_line(session, "#status a")
    session.settle()
    checks.expect(session.js("document.activeElement.id") == "rows-to-score-title",
                  f"the link in {what}'s message took the focus to {session.js('document.activeElement.id')!r}")
    top = session.js("document.getElementById('rows-to-score-title').getBoundingClientRect().top")
    checks.expect(-1 <= top < session.js("innerHeight"), f"the list's heading is {top} px down the window")


def check_save_links_to_list(checks, session, downloads):
    """Save's message says how many rows are left and links to the list. Returns the file saved."""
    session.catch_downloads(downloads)
    session.click("#actions-top [data-action=save]")
    saved = session.wait_for_file(downloads, "*.coprod.yaml", timeout=5)
    status = session.text_once_in("#status")
    left = sum(1 for *_, none in session.js(ROWS) if none)
    checks.expect(f"; {left} rows are not scored yet: see the rows still to score. You can open this file later "
                  "to carry on." in status, f"Save with {left} rows not scored said {status!r}")
    check_message_links_to_list(checks, session, "Save", status, "form-rows-to-score-saved")
    return saved[0] if saved else None


def check_open_links_to_list(checks, session, saved):
    """The file Save wrote, opened again with "Open a saved file": Open's message says how many rows are left, in
    Save's words, and links to the list as Save's does."""
    if not checks.expect(saved is not None, "Save wrote no file to open"):
        return
    session.js("document.getElementById('status').textContent = ''")
    status = open_with_the_button(session, saved)
    rows = session.js(ROWS)
    left = sum(1 for *_, none in rows if none)
    not_applicable = session.js("document.querySelectorAll('input[id$=\"-score-na\"]:checked').length")
    scored = len(rows) - left - not_applicable
    checks.expect(status.startswith(f"Opened {saved.name}: {scored} of {len(rows)} rows have a score, "
                                    f"{not_applicable} not applicable; {left} rows are not scored yet: see the rows "
                                    "still to score. "),
                  f"Open of a file with {left} rows not scored said {status!r}")
    check_message_links_to_list(checks, session, "Open", status, "form-rows-to-score-opened")
    if checks.args.axe:
        print(f"  Open's message: {browser.run_axe(session.page, Path(checks.args.axe))}")


def check_open_with_none_left(checks, session):
    """A file whose every row is answered, opened: Open's message says nothing of rows left, and has no link."""
    session.js("document.getElementById('status').textContent = ''")
    session.js("window.coprodForm.loadYaml(window.coprodForm.toYaml())")
    status = status_once_said(session)
    checks.expect(status.startswith("Opened the text: ") and "not scored yet" not in status and
                  session.js("document.querySelectorAll('#status a').length") == 0,
                  f"Open of a file with every row answered said {status!r}")


def check_not_printed(checks, session):
    pdf = checks.out / "form-rows-to-score-a4.pdf"
    session.print_pdf(pdf)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    checks.expect("Scores so far" in text and "Rows still to score" not in text,
                  "on paper the list of rows still to score is printed, or the scores so far are not")


def check_every_row_answered(checks, session):
    for row, *_, none in session.js(ROWS):
        if none:
            session.js(f"document.getElementById('{row}-score-na').checked = true")
    last = session.js(ROWS)[-1][0]
    session.js(f"document.getElementById('{last}-score-none').checked = true")
    score(session, f"{last}-score-4")
    check_list_follows_scores(checks, session, "every row answered")
    checks.expect(session.js("document.getElementById('rows-to-score-list').hidden"),
                  "every row answered: an empty list is still shown")
    words = session.text_once_in(SAID)
    checks.expect(words.endswith("No row is left to score in the form."), f"answering the last row said {words!r}")


def check_rows_to_score(checks, session):
    html = checks.make_form("rows-to-score.html", "--perspective", "individual", "--area", "Northbridge",
                            "--period", "2026-Q4")
    session.open(html)
    if not check_list_follows_scores(checks, session, "a blank form"):
        return
    contents = session.js("(a => a && a.offsetParent !== null ? a.getAttribute('href') : null)"
                          "(document.querySelector('.contents a[href=\"#rows-to-score-title\"]'))")
    checks.expect(contents == "#rows-to-score-title", "the contents do not lead to the rows still to score")
    if contents:
        session.click(".contents a[href='#rows-to-score-title']")
        session.settle()
        checks.expect(session.js("document.activeElement.id") == "rows-to-score-title",
                      f"the contents' link left the focus on {session.js('document.activeElement.id')!r}, not on "
                      "the list's heading")
    check_section_done_said_once(checks, session)
    score(session, "r2-0-score-4")
    check_list_follows_scores(checks, session, "section 1 answered and a row of section 3 scored")
    check_link_moves_focus(checks, session, "r2-1", by_keyboard=False)
    session.viewport(390, 700)
    check_link_moves_focus(checks, session, "r4-0", by_keyboard=True)
    session.screenshot(checks.out / "form-rows-to-score-row-reached-390.png", 390, top=session.js("scrollY"), height=700)
    session.viewport(1280)
    shots(checks, session, "#rows-to-score", "form-rows-to-score", above=300, height=700)
    if checks.args.axe:
        print(f"  the rows still to score: {browser.run_axe(session.page, Path(checks.args.axe))}")
    saved = check_save_links_to_list(checks, session, checks.work / "downloads")
    check_open_links_to_list(checks, session, saved)
    check_not_printed(checks, session)
    check_every_row_answered(checks, session)
    check_open_with_none_left(checks, session)
    page_problems(checks, session, "the rows still to score")


if __name__ == "__main__":
    sys.exit(form_runner.run(__doc__, check_rows_to_score, done="the form lists the rows still to score",
                             source=False))
