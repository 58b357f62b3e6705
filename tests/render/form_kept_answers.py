#!/usr/bin/python3
"""The scoring form keeps the answers typed in this browser on this device, driven in headless Chromium as
people use it:

  * answers typed (a score, evidence, a section's notes) come back when the page is opened again (a reload,
    a tab closed by mistake, a phone that dropped the page), with a message at the top saying from when and
    a button "Clear answers on this device" under it; the text Save writes is the same as before, also for a
    file opened with Open (changed in place, its comments kept);
  * the introduction says what is kept where; "Clear answers on this device", under that message or beside
    Save, clears the page and the browser's copy; Save clears the copy (the answers are in the file) and says so;
  * answers that reach the browser's store only after the page opened (Chromium under load) are put back
    when the store tells the page, unless something was changed on it (shown with two tabs of one form);
  * two different forms (another view, or the same options made from a file) never share answers;
  * a response keeps its name across a reload, so Save after it does not make a second person;
  * with the browser's storage refused (a private window throws on localStorage), the page works and says
    it is not keeping a copy, with no error;
  * a response renamed by hand and opened is asked about, and the person's own saves under its name;
  * axe-core finds no WCAG 2.2 A/AA violation with the message shown, at 1280 and 390 px; screenshots at both
    widths stay in OUTPUT_DIR as form-kept-*.png.

Usage: form_kept_answers.py --binary COPROD --source DIR --output-dir DIR [--axe axe.min.js]
"""
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import check_html_in_browser as browser  # noqa: E402
import form_runner  # noqa: E402
from form_session import KEPT_LATE, STORAGE_MARKER  # noqa: E402
from form_page_state import open_with_the_button, page_problems, save_with_problems  # noqa: E402

RESTORED = re.compile(r"These answers were kept in this browser on this device, last changed on \d{1,2} [A-Z][a-z]+ \d{4} "
                      r"at \d\d:\d\d\. If they are not yours, press \"Clear answers on this device\" to start with an "
                      r"empty form\.")
KEPT_NOTE = ("Your answers are kept only in this browser on this device until you save the file or press \"Clear "
             "answers on this device\". On a shared computer, press it when you finish. If this is your own phone or "
             "computer, you can choose to keep them on it after you save.")
EVIDENCE = "Some people in the group felt the strategy\nwas written with them. <b>not markup</b>"
NO_STORAGE = f"""if (!location.pathname.endsWith('/{STORAGE_MARKER}'))
  Object.defineProperty(window, 'localStorage', {{configurable: true,
    get() {{ throw new DOMException('The user denied permission to access the database.', 'SecurityError'); }}}});"""


def shown(session, element_id):
    return session.js(f"(e => !!e && !e.hidden && e.offsetParent !== null)(document.getElementById('{element_id}'))")


def type_answers(session):
    session.click("label[for='r0-0-score-6']")
    session.click("#r0-0-evidence")
    session.type(EVIDENCE)
    session.click("#s0-notes")
    session.type("Met twice.")
    session.click("#r1-0-indicator-seen")


def restored_message(session):
    return session.js("document.getElementById('kept-restored-text').textContent") if shown(session, "kept-restored") else None


def axe_at_both_widths(checks, session, what):
    if not checks.args.axe:
        return
    for width in (1280, 390):
        session.viewport(width)
        session.next_frame()
        print(f"  {what} at {width} px: {browser.run_axe(session.page, Path(checks.args.axe))}")
    session.viewport(1280)


def screenshots(checks, session, name):
    for width in (390, 1280):
        session.viewport(width)
        session.next_frame()
        session.js("window.scrollTo(0, 0)")
        session.screenshot(checks.out / f"{name}-{width}.png", width, top=0, height=1500 if width < 500 else 1000)
    session.viewport(1280)


def check_answers_come_back(checks, session):
    html = checks.make_form("kept.html", "--perspective", "organisation", "--area", "Northbridge", "--period", "2026-Q3")
    session.open(html)
    checks.expect(shown(session, "kept-note") and session.js("document.getElementById('kept-note').textContent") == KEPT_NOTE,
                  "the introduction does not say what is kept where")
    checks.expect(not shown(session, "kept-none") and not shown(session, "kept-restored"),
                  "a new form says the browser keeps nothing, or that answers were restored")
    type_answers(session)
    before = session.js("window.coprodForm.toYaml()")
    scores = session.js("window.coprodForm.sectionScores()")
    session.reopen(html, restored=True)
    said = restored_message(session)
    checks.expect(said is not None and RESTORED.fullmatch(said), f"answers kept were restored saying {said!r}")
    checks.expect(session.js("document.getElementById('r0-0-evidence').value") == EVIDENCE,
                  "the evidence typed did not come back as typed")
    checks.expect(session.js("window.coprodForm.toYaml()") == before, "the answers restored save differently")
    checks.expect(session.js("window.coprodForm.sectionScores()") == scores, "the scores restored differ")
    checks.expect(session.js("window.coprodForm.hasUnsavedChanges()"), "answers restored but not saved count as saved")
    screenshots(checks, session, "form-kept-restored")
    axe_at_both_widths(checks, session, "answers restored")
    page_problems(checks, session, "answers restored")
    return html


def check_other_forms_do_not_share(checks, session):
    """Another view, or the same options made from a file: nothing of the first form's answers shows."""
    start = checks.work / "kept-start.coprod.yaml"
    checks.coprod("init", start, "--perspective", "organisation", "--area", "Northbridge", "--period", "2026-Q3",
                  "--schema", "none")
    others = {"another view": checks.make_form("kept-peer.html", "--perspective", "peer-network", "--area",
                                               "Northbridge", "--period", "2026-Q3"),
              "made from a file": checks.make_form("kept-from-file.html", start)}
    for what, html in others.items():
        session.reopen(html)
        checks.expect(restored_message(session) is None, f"a form {what} says answers were restored")
        checks.expect(session.js("document.getElementById('r0-0-evidence').value") == "" and
                      session.js("CoprodControls.scoreOf(0, 0)") == "",
                      f"a form {what} shows another form's answers")
        page_problems(checks, session, f"a form {what}")


def check_clearing(checks, session, html):
    """"Clear answers on this device" under the message clears the page and the copy; so does the one at the bottom."""
    session.reopen(html, restored=True)
    session.js("window.confirm = () => true")
    session.click("#kept-clear")
    session.page.listen(0.5)
    session.settle()
    checks.expect(restored_message(session) is None and session.js("CoprodControls.scoreOf(0, 0)") == "",
                  "after \"Clear answers on this device\" under the message the answers are still there")
    session.reopen(html)
    checks.expect(restored_message(session) is None, "after \"Clear answers on this device\" under the message the answers came back")
    session.click("label[for='r0-0-score-4']")
    checks.expect(shown(session, "actions-bottom") and
                  session.js("!document.querySelector('#actions-bottom [data-action=clear-kept]').hidden"),
                  "there is no \"Clear answers on this device\" button at the bottom")
    session.js("window.confirm = () => true")
    session.click("#actions-bottom [data-action=clear-kept]")
    session.page.listen(0.5)
    session.settle()
    session.reopen(html)
    checks.expect(restored_message(session) is None and session.js("CoprodControls.scoreOf(0, 0)") == "",
                  "after \"Clear answers on this device\" the answers came back")
    page_problems(checks, session, "clearing the answers kept")


def check_save_forgets(checks, session, html):
    session.reopen(html)
    downloads = checks.work / "kept-downloads"
    session.catch_downloads(downloads)
    session.click("label[for='r0-0-score-6']")
    save_with_problems(session)
    said = session.text_once_in("#status")
    checks.expect(said.startswith("Saved as 2026-Q3-organisation.coprod.yaml in your downloads folder. This browser "
                                  "no longer keeps a copy of your answers. "),
                  f"Save did not say the browser's copy is cleared: {said!r}")
    checks.expect(session.wait_for_file(downloads, "*.coprod.yaml"), "Save downloaded nothing")
    session.reopen(html)
    checks.expect(restored_message(session) is None, "answers saved to a file came back from the browser's copy")
    session.click("label[for='r0-0-score-8']")
    session.reopen(html, restored=True)
    checks.expect(restored_message(session) is not None and session.js("CoprodControls.scoreOf(0, 0)") == "4",
                  "a change after Save was not kept")
    page_problems(checks, session, "Save clears the browser's copy")


def check_opened_file_comes_back(checks, session):
    """A file opened with Open replaces the browser's copy of what was on the form; changed, and the page
    reopened, it comes back, and Save still changes the file in place."""
    html = checks.make_form("kept-open.html", "--perspective", "organisation", "--area", "Northbridge",
                            "--period", "2026-Q3")
    opened = checks.work / "kept-opened.coprod.yaml"
    checks.coprod("init", opened, "--perspective", "organisation", "--area", "Northbridge", "--period", "2026-Q3",
                  "--schema", "none")
    opened.write_text("# Our own note, kept.\n" + opened.read_text(encoding="utf-8"), encoding="utf-8")
    session.open(html)
    session.click("label[for='r0-0-score-6']")
    session.js("window.confirm = () => true")  # "you have changes that are not saved. Open it anyway?"
    open_with_the_button(session, opened)
    session.reopen(html)
    checks.expect(restored_message(session) is None and session.js("CoprodControls.scoreOf(0, 0)") == "",
                  "the answers replaced by a file opened came back from the browser's copy")
    open_with_the_button(session, opened)
    session.click("label[for='r2-1-score-2']")
    before = session.js("window.coprodForm.toYaml()")
    checks.expect(before.startswith("# Our own note, kept.\n"), "the file opened lost its comment before the reload")
    session.reopen(html, restored=True)
    checks.expect(session.js("window.coprodForm.toYaml()") == before,
                  "a file opened and changed saves differently once restored")
    page_problems(checks, session, "a file opened, restored")


def check_response_keeps_its_name(checks, session):
    html = checks.make_form("kept-response.html", "--perspective", "individual", "--area", "Northbridge",
                            "--period", "2026-Q3")
    session.open(html)
    session.click("label[for='r0-0-score-6']")
    name = session.js("CoprodResponses.fileName()")
    session.reopen(html, restored=True)
    again = session.js("CoprodResponses.fileName()")
    checks.expect(re.fullmatch(r"response-[0-9a-f]{8}\.coprod\.yaml", name or "") and again == name,
                  f"a response saved as {name} before the reload is saved as {again} after it")
    page_problems(checks, session, "a response's name kept")


def check_renamed_response(checks, session):
    """A response renamed by hand: the form asks whose it is; the person's own keeps the name it was opened
    with, so it replaces that file rather than counting as a second person. A copy mark a file manager adds
    (".coprod copy.yaml") is taken off, as 'coprod combine' reads it."""
    html = checks.make_form("kept-renamed.html", "--perspective", "individual", "--area", "Northbridge",
                            "--period", "2026-Q3")
    downloads = checks.work / "renamed-downloads"
    session.catch_downloads(downloads)
    for name, expected in (("my answers.coprod.yaml", "my answers.coprod.yaml"),
                           ("response-0a1b2c3d.coprod copy.yaml", "response-0a1b2c3d.coprod.yaml")):
        path = checks.work / name
        checks.coprod("init", path, "--perspective", "individual", "--area", "Northbridge", "--period", "2026-Q3",
                      "--schema", "none")
        checks.coprod("score", path, "--set", "commitment.strategy=3")
        session.open(html)
        open_with_the_button(session, path)
        checks.expect(shown(session, "whose-answers"), f"opening {name} did not ask whose answers it holds")
        session.click("label[for='whose-answers-mine']")
        session.click("label[for='r2-0-score-7']")
        save_with_problems(session)
        found = session.wait_for_file(downloads, "*.yaml")
        checks.expect([p.name for p in found] == [expected], f"the person's own {name} saved as {[p.name for p in found]}")
        for p in found:
            p.unlink()
    page_problems(checks, session, "a renamed response")


def check_without_storage(checks, session):
    """Storage refused as a private window refuses it: no error, the page says it keeps no copy, Save works."""
    html = checks.make_form("kept-none.html", "--perspective", "organisation", "--area", "Northbridge",
                            "--period", "2026-Q3")
    script = session.page.call("Page.addScriptToEvaluateOnNewDocument", source=NO_STORAGE)["identifier"]
    try:
        session.open(html)
        checks.expect(session.js("(() => { try { localStorage; return false; } catch (e) { return true; } })()"),
                      "the test did not make the browser's storage throw")
        checks.expect(shown(session, "kept-none") and not shown(session, "kept-note"),
                      "with storage refused, the page does not say it keeps no copy")
        checks.expect(session.js("document.querySelectorAll('[data-action=clear-kept]:not([hidden])').length") == 0,
                      "with storage refused, the page offers to clear a copy it does not have")
        session.click("label[for='r0-0-score-6']")
        session.click("#r0-0-evidence")
        session.type("Typed with no storage.")
        checks.expect("Typed with no storage." in session.js("window.coprodForm.toYaml()"),
                      "with storage refused, what is typed does not save")
        screenshots(checks, session, "form-kept-none")
        axe_at_both_widths(checks, session, "storage refused")
        page_problems(checks, session, "storage refused")
    finally:
        session.page.call("Page.removeScriptToEvaluateOnNewDocument", identifier=script)


def within(session, seconds, holds):
    """Whether holds() comes true within the given time, handling the page's events meanwhile."""
    deadline = time.monotonic() + seconds
    while not holds() and time.monotonic() < deadline:
        session.page.listen(0.1)
    return holds()


def check_answers_kept_late(checks, session):
    """Answers that reach the browser's store after the page opened (a page opened again straight after
    typing, with Chromium under load) are put back when the store tells the page, as long as nothing has been
    changed on it. Shown with a second tab of the same form: the one opened first and untouched shows what is
    typed in the other; one already changed keeps its own."""
    html = checks.make_form("kept-late.html", "--perspective", "organisation", "--area", "Eastbrook", "--period",
                            "2026-Q3")
    url = Path(html).resolve().as_uri()
    session.open(html)
    other = session.other_tab()
    other.navigate(url)
    other.settle()
    checks.expect(restored_message(other) is None, "a form opened with nothing kept says answers were restored")
    session.page.call("Page.bringToFront")
    type_answers(session)
    typed = session.js("window.coprodForm.toYaml()")
    checks.expect(within(other, KEPT_LATE, lambda: shown(other, "kept-restored")) and
                  RESTORED.fullmatch(restored_message(other) or ""),
                  "answers kept after a page opened were not put back on it")
    checks.expect(within(other, KEPT_LATE, lambda: other.js("window.coprodForm.toYaml()") == typed) and
                  other.js("document.getElementById('r0-0-evidence').value") == EVIDENCE,
                  "answers kept after a page opened were put back differently")
    page_problems(checks, other, "answers kept late")

    session.open(html)
    other.page.call("Page.bringToFront")  # a tab in the background draws no frames, which settle() waits for
    other.reopen(html)
    other.click("label[for='r1-0-score-3']")
    mine = other.js("window.coprodForm.toYaml()")
    session.page.call("Page.bringToFront")
    session.reopen(html)
    session.click("#r0-0-evidence")
    session.type("Typed in the other tab.")
    checks.expect(not within(other, 2.0, lambda: shown(other, "kept-restored")) and other.js("window.coprodForm.toYaml()") == mine,
                  "a page already changed took the answers kept from another tab")


def check_kept_answers(checks, session):
    html = check_answers_come_back(checks, session)
    check_other_forms_do_not_share(checks, session)
    check_clearing(checks, session, html)
    check_save_forgets(checks, session, html)
    check_opened_file_comes_back(checks, session)
    check_response_keeps_its_name(checks, session)
    check_renamed_response(checks, session)
    check_without_storage(checks, session)
    check_answers_kept_late(checks, session)


if __name__ == "__main__":
    sys.exit(form_runner.run(__doc__, check_kept_answers, done="the answers are kept on this device"))
