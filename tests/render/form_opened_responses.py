"""Checks of the scoring form opening one person's response (perspective: individual), driven in
headless Chromium as people use it; called from check_form_in_browser.py.

  * a form that asks whose view (the organisation or the peer network) has no choice for a response:
    it ticks neither and says at once, under the question, in a polite live region, what the file is
    and what to do;
  * a response opened to carry on saves under its own name again.
"""
import shutil
from pathlib import Path

import check_html_in_browser as browser
from form_page_state import live_region, open_with_the_button, page_problems

RESPONSE_NOTE = ("The file you opened is one person's own response. This form is for the view of the organisation "
                 "or of the co-production peer network, so it cannot save one person's response. To carry on with "
                 "the response, open the file in the form you were sent to fill it in. To use its answers for the "
                 "organisation or the peer network instead, choose which below.")


def text_once_in(session, selector):
    """The text of an element, once there is any (live regions are filled a moment after the change)."""
    for _ in range(20):
        session.page.listen(0.05)
        text = session.js(f"document.querySelector({selector!r}).textContent")
        if text:
            return text
    return ""


def shot_of(checks, session, selector, name, above=40, height=520):
    """Screenshots at 1280 and 360 px of the page around an element, kept in OUTPUT_DIR (text runs to
    more lines at 360 px, so that band is taller)."""
    for width, tall in ((1280, 1), (360, 1.8)):
        session.viewport(width)
        session.page.listen(0.2)
        top = session.js(f"document.querySelector({selector!r}).getBoundingClientRect().top + scrollY")
        session.screenshot(checks.out / f"{name}-{width}.png", width, top=max(0, top - above), height=int(height * tall))
    session.viewport(1280)


def make_response(checks, name):
    response = checks.work / name
    checks.coprod("init", response, "--perspective", "individual", "--area", "Northbridge", "--period", "2026-Q3",
                  "--schema", "none")
    checks.coprod("score", response, "--set", "commitment.strategy=3")
    return response


def check_response_in_asking_form(checks, session):
    """A form that asks whose view (the organisation or the peer network) opening one person's response
    ticks neither choice and says at once, under the question, in a polite live region already on the page,
    what the file is and what to do; Open's own message points there. Choosing takes the note away;
    opening the response again says it again, and opening a file of a view it offers says nothing.
    Screenshots stay in OUTPUT_DIR as form-response-in-asking-form-{before,after}-{1280,360}.png."""
    html = checks.make_form("asks-whose-view.html")
    response = make_response(checks, "response-0123abcd.coprod.yaml")
    session.open(html)
    session.page.call("Accessibility.enable")
    before = live_region(session, "#perspective-note")
    if not checks.expect(before == ["status", "polite", ""],
                         f"under 'Whose view does this record?' there is no empty polite live region, so a screen "
                         f"reader would not announce a note put there: {before}"):
        session.page.call("Accessibility.disable")
        return
    shot_of(checks, session, "#about", "form-response-in-asking-form-before")
    status = open_with_the_button(session, response)
    expected = (f"Opened {response.name}: 1 of 24 rows have a score. It is one person's own response: see the note "
                "under \"Whose view does this record?\".")
    checks.expect(status == expected, f"Open of one person's response in a form asking whose view said {status!r}, "
                                      f"not {expected!r}")
    note = text_once_in(session, "#perspective-note")
    checks.expect(note == RESPONSE_NOTE, f"under the question of whose view the page says {note!r}, not {RESPONSE_NOTE!r}")
    checks.expect(live_region(session, "#perspective-note") == ["status", "polite", RESPONSE_NOTE],
                  f"the accessibility tree has {live_region(session, '#perspective-note')} under the question")
    checks.expect(session.js("document.querySelectorAll('input[name=perspective]:checked').length") == 0,
                  "a choice of whose view was ticked for one person's response")
    checks.expect("perspective-note" in (session.js("document.getElementById('perspective').getAttribute("
                                                    "'aria-describedby')") or ""),
                  "the question of whose view is not described by the note, so coming to it later does not say it")
    if checks.args.axe:
        print(f"  one person's response in a form asking whose view: {browser.run_axe(session.page, Path(checks.args.axe))}")
    shot_of(checks, session, "#about", "form-response-in-asking-form-after", height=720)
    session.js("""(() => { const note = document.getElementById('perspective-note'); window.__said = [];
        new MutationObserver(() => window.__said.push(note.textContent))
            .observe(note, {childList: true, characterData: true, subtree: true}); })()""")
    open_again(session, response)
    said = session.js("window.__said")
    checks.expect(said and said[0] == "" and said[-1] == RESPONSE_NOTE,
                  f"opening the response again does not empty the note and say it again, so it is not announced: {said}")
    example = Path(checks.args.source) / "examples/northbridge/2026-Q4-organisation.coprod.yaml"
    open_again(session, example)
    checks.expect(session.js("document.getElementById('perspective-note').textContent") == "",
                  "after opening the organisation's file the note about one person's response stays")
    checks.expect(session.js("document.getElementById('perspective-organisation').checked"),
                  "the organisation's file did not tick 'The organisation'")
    open_again(session, response)
    session.click("label[for='perspective-peer-network']")
    checks.expect(session.js("document.getElementById('perspective-note').textContent") == "",
                  "after choosing whose view the note that no choice fits stays")
    checks.expect("\nperspective: peer-network\n" in session.js("window.coprodForm.toYaml()"),
                  "the response's answers, for the peer network, do not save as the peer network's")
    session.page.call("Accessibility.disable")
    page_problems(checks, session, "one person's response in a form asking whose view")


def open_again(session, path):
    """Opens a file in the page as it is (with nothing unsaved on it) and waits for Open's message."""
    session.js("document.getElementById('status').textContent = ''")
    open_with_the_button(session, path)
    session.page.listen(0.2)


def check_carrying_on_keeps_the_name(checks, session, html, saved):
    """Someone who opens their saved response to carry on, and saves again, gets the file's own name
    back (also when the browser saved it as 'response-x (1).coprod.yaml'): under a new random name the
    earlier file looks like another person's, and sending both would count them twice."""
    downloads = checks.work / "carry-on"
    session.catch_downloads(downloads)
    renamed = checks.work / (saved.name.replace(".coprod.yaml", " (1).coprod.yaml"))
    shutil.copyfile(saved, renamed)
    for path in (saved, renamed):
        session.open(html)
        document = session.page.call("DOM.getDocument")
        node = session.page.call("DOM.querySelector", nodeId=document["root"]["nodeId"], selector="#open-file")
        session.page.call("DOM.setFileInputFiles", files=[str(path)], nodeId=node["nodeId"])
        for _ in range(25):
            if "Opened" in session.js("document.getElementById('status').textContent"):
                break
            session.page.listen(0.2)
        session.click("label[for='r2-0-score-7']")
        session.click("#actions-top [data-action=save]")
        found = session.wait_for_file(downloads, "*.coprod.yaml")
        checks.expect([p.name for p in found] == [saved.name],
                      f"carrying on from {path.name} saved {[p.name for p in found]}, not {saved.name}")
        for p in found:
            p.unlink()
