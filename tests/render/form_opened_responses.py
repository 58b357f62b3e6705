"""Checks of the scoring form opening one person's response (perspective: individual), driven in
headless Chromium as people use it; called from check_form_in_browser.py.

  * a form that asks whose view (the organisation or the peer network) has no choice for a response:
    it ticks neither and says at once, under the question, in a polite live region, what the file is
    and what to do;
  * a response opened in an individual's form may be the person's own, to carry on, or someone
    else's, to start from: the form asks which, and Save asks until it is answered; the person's own
    saves under the file's own name again, someone else's under a new one, so 'coprod combine' counts
    each person once and refuses no two files of one name;
  * a form made for one view (an individual's, the organisation's, the peer network's) opening a file of
    another shows and keeps the file's view and says so at once, in a polite live region under whose view, with what to do;
  * an individual's form asks for no name, so a response opened (or the form was made from) that names who
    completed it does not keep the name unseen: Open says, naming it, that Save leaves it out, and Save does.
"""
import re
import shutil
from pathlib import Path

import check_html_in_browser as browser
from form_page_state import (field_state, live_region, open_with_the_button, page_problems, save_with_problems,
                             screenshots_around, shows_error, shows_no_error)

RESPONSE_NOTE = ("The file you opened is one person's own response. This form is for the view of the organisation "
                 "or of the co-production peer network, so it cannot save one person's response. To carry on with "
                 "the response, open the file in the form you were sent to fill it in. To use its answers for the "
                 "organisation or the peer network instead, choose which below.")
WHOSE_ANSWERS_PROBLEM = ("Say whose answers are in the file you opened, so Save knows whether to give yours the "
                         "same name or a new one")


def shot_of(checks, session, selector, name, above=40, height=520):
    screenshots_around(checks, session, selector, name, above, height, phone=360)


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
    expected = (f"Opened {response.name}: 1 of 24 rows has a score; 23 rows are not scored yet: see the rows still to "
                "score. It is one person's own response: see the note "
                "under \"Whose view does this record?\".")
    checks.expect(status == expected, f"Open of one person's response in a form asking whose view said {status!r}, "
                                      f"not {expected!r}")
    note = session.text_once_in("#perspective-note")
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


def other_view_note(file_view, made_for):
    """What the note under whose view says in a form made for one view of a file that records another."""
    def view(p):
        return {"organisation": "the organisation's view", "peer-network": "the co-production peer network's view",
                "individual": "one person's own response"}[p]
    return (f"The file you opened {'is' if file_view == 'individual' else 'records'} {view(file_view)}, not "
            f"{view(made_for)}, which this form was made for. Save keeps it as {view(file_view)}. To "
            f"{'write your own response' if made_for == 'individual' else 'fill in ' + view(made_for)} instead, "
            "open this form again without opening a file.")


def check_other_view_in_form_made_for_one(checks, session):
    """A form made for one view (--perspective) opening a file of another shows and keeps the file's view, on
    the page and in what Save writes, and says at once, under whose view, in a polite live region already on
    the page, what the file is and what to do; Open's own message points there. A file of the form's own
    view says nothing.
    Screenshots stay in OUTPUT_DIR as form-other-view-<form>-{1280,360}.png."""
    source = Path(checks.args.source) / "examples/northbridge"
    response = make_response(checks, "response-4567cdef.coprod.yaml")
    files = {"organisation": source / "2026-Q4-organisation.coprod.yaml",
             "peer-network": source / "2026-Q4-peer-network.coprod.yaml", "individual": response}
    for made_for, file_view in (("individual", "organisation"), ("organisation", "individual"),
                                ("peer-network", "organisation")):
        html = checks.make_form(f"made-for-{made_for}.html", "--perspective", made_for)
        session.open(html)
        session.page.call("Accessibility.enable")
        shown_view = session.js("document.getElementById('perspective-text').textContent")
        if not checks.expect(live_region(session, "#perspective-note") == ["status", "polite", ""],
                             f"a form made for {made_for} has no empty polite live region under whose view: "
                             f"{live_region(session, '#perspective-note')}"):
            session.page.call("Accessibility.disable")
            continue
        status = open_with_the_button(session, files[file_view])
        what = {"organisation": "the organisation's view", "individual": "one person's own response"}[file_view]
        checks.expect(status.endswith(f" It records {what}, not the view this form is for: see the note under "
                                      "\"Whose view\"."),
                      f"Open of a file of {file_view} in a form made for {made_for} said {status!r}")
        expected = other_view_note(file_view, made_for)
        note = session.text_once_in("#perspective-note")
        checks.expect(note == expected, f"a form made for {made_for} opening a file of {file_view} says {note!r} "
                                        f"under whose view, not {expected!r}")
        checks.expect(live_region(session, "#perspective-note") == ["status", "polite", expected],
                      f"the accessibility tree has {live_region(session, '#perspective-note')} under whose view")
        checks.expect(session.js("document.getElementById('perspective-text').textContent") != shown_view,
                      f"a form made for {made_for} still shows its own view after opening a file of {file_view}")
        if session.js("(q => !!q && !q.hidden)(document.getElementById('whose-answers'))"):
            session.click("label[for='whose-answers-mine']")  # else Save, and toYaml(), refuse the form
        checks.expect(f"\nperspective: {file_view}\n" in session.js("window.coprodForm.toYaml()"),
                      f"a form made for {made_for} saves a file of {file_view} as another view")
        if checks.args.axe:
            print(f"  a file of {file_view} in a form made for {made_for}: "
                  f"{browser.run_axe(session.page, Path(checks.args.axe))}")
        shot_of(checks, session, "#about", f"form-other-view-{made_for}", height=620)
        open_again(session, files[made_for])
        checks.expect(session.js("document.getElementById('perspective-note').textContent") == "",
                      f"after opening a file of its own view, a form made for {made_for} still says it is another")
        session.page.call("Accessibility.disable")
        page_problems(checks, session, f"a file of {file_view} in a form made for {made_for}")


def open_again(session, path):
    """Opens a file in the page as it is (with nothing unsaved on it) and waits for Open's message."""
    session.js("document.getElementById('status').textContent = ''")
    open_with_the_button(session, path)
    session.page.listen(0.2)


def open_response(session, html, path):
    session.open(html)
    return open_with_the_button(session, path)


def saved_by_save(session, downloads):
    """Presses Save; returns the names of the files it downloaded into the empty folder, moving them out to
    its parent folder, or [] if it saved nothing."""
    save_with_problems(session)
    found = session.wait_for_file(downloads, "*.coprod.yaml", timeout=3)
    for path in found:
        path.replace(downloads.parent / path.name)
    return [path.name for path in found]


def check_save_asks_whose_answers(checks, session, downloads):
    """Save with the question of whose answers not answered saves nothing and says why, in the summary and
    at the question; answering takes the message away."""
    if checks.args.axe:
        print(f"  whose answers asked: {browser.run_axe(session.page, Path(checks.args.axe))}")
    shot_of(checks, session, "#whose-answers", "form-whose-answers-asked", above=300, height=620)
    session.click("label[for='r2-0-score-7']")
    names = saved_by_save(session, downloads)
    checks.expect(not names, f"Save with whose answers not said saved {names}")
    summary = session.js("document.getElementById('error-summary').innerText")
    checks.expect(WHOSE_ANSWERS_PROBLEM in summary, f"Save with whose answers not said shows {summary!r}")
    state = field_state(session, "whose-answers")
    checks.expect(shows_error(state) and state[1] == WHOSE_ANSWERS_PROBLEM,
                  f"Save with whose answers not said did not mark the question: {state}")
    shot_of(checks, session, "#whose-answers", "form-whose-answers-refused", above=120, height=560)
    session.click("label[for='whose-answers-mine']")
    state = field_state(session, "whose-answers")
    checks.expect(shows_no_error(state), f"whose answers said, the old message and marks stay: {state}")


def check_whose_answers(checks, session, html, saved, others):
    """A response opened in an individual's form (it asks for no name) may be the person's own, to carry on,
    or someone else's, to start from; only the person can say. The form asks, with neither answer chosen for
    them, and Save asks until it is answered. Their own saves under the file's own name again (also from a
    browser's 'response-x (1).coprod.yaml'), so the later file replaces the earlier one rather than counting
    twice; someone else's saves under a new response-<random> name, so 'coprod combine' counts both people
    rather than refusing two files of one name. Screenshots stay in OUTPUT_DIR as
    form-whose-answers-{before,asked,refused}-{1280,360}.png."""
    session.open(html)
    checks.expect(session.js("(q => !!q && q.hidden)(document.getElementById('whose-answers'))"),
                  "a new individual's form has no hidden question of whose answers a file holds")
    shot_of(checks, session, "#about", "form-whose-answers-before", height=300)
    downloads = checks.work / "carry-on" / "downloads"
    session.catch_downloads(downloads)
    renamed = checks.work / (saved.name.replace(".coprod.yaml", " (1).coprod.yaml"))
    shutil.copyfile(saved, renamed)
    for path in (saved, renamed):
        status = open_response(session, html, path)
        checks.expect(status.endswith(" Whose answers are in it? Say just below, before you carry on."),
                      f"Open of {path.name} in an individual's form said {status!r}")
        asked = session.js("""(q => q && !q.hidden ? [q.querySelector('legend').textContent,
            q.querySelectorAll('input:checked').length] : null)(document.getElementById('whose-answers'))""")
        legend = f"Whose answers are in {path.name}, the file you opened?"
        if not checks.expect(asked == [legend, 0], f"Open of {path.name}: the question of whose answers is {asked}, "
                                                    f"not {[legend, 0]}"):
            return
        if path == renamed:
            session.click("label[for='whose-answers-mine']")
            checks.expect(not session.js("window.coprodForm.hasUnsavedChanges()"),
                          "saying whose answers a file holds counts as a change to save, so closing the page asks")
            session.click("label[for='r2-0-score-7']")
        else:
            check_save_asks_whose_answers(checks, session, downloads)
        names = saved_by_save(session, downloads)
        checks.expect(names == [saved.name], f"carrying on from {path.name} saved {names}, not {saved.name}")
    open_response(session, html, saved)
    session.click("label[for='whose-answers-someone-else']")
    session.click("label[for='r2-0-score-3']")
    names = saved_by_save(session, downloads)
    new_name = names[0] if len(names) == 1 else ""
    checks.expect(re.fullmatch(r"response-[0-9a-f]{8}\.coprod\.yaml", new_name) and new_name != saved.name,
                  f"starting from someone else's {saved.name} saved {names}, not a response of a new name")
    if new_name:
        text = (downloads.parent / new_name).read_text(encoding="utf-8")
        checks.expect("# One person's own view of co-production in Northbridge" in text
                      and "Self-assessment by the individual" not in text,
                      f"a saved response does not open with one person's own view in plain words: {text[:300]!r}")
        combined = checks.coprod("combine", "-o", "-", "--schema", "none", *others, downloads.parent / new_name)
        checks.expect("combined_from: 4" in combined.stdout,
                      f"coprod combine does not count the response started from someone else's as a fourth person: "
                      f"{combined.stderr.strip()[:300]}")
    page_problems(checks, session, "whose answers a response holds")


NAME_LEFT_OUT = ("It names who completed it (\"Mary Smith\" and \"Mary Smith and Ahmed\"). A response keeps no names, "
                 "so that answers are not tied to the person who gave them: Save leaves them out.")


def check_name_in_response_left_out(checks, session):
    """A response whose file names who completed it (by hand, or by another tool), opened in an individual's form,
    which has no "Completed by": Open says the names and that Save leaves them out, in its polite live region, and
    Save leaves them out, keeping the rest; a form made from such a file says so as it opens. Screenshots stay
    in OUTPUT_DIR as form-response-name-left-out-{360,1280}.png."""
    response = make_response(checks, "response-89abcdef.coprod.yaml")
    checks.coprod("score", response, "--set", "commitment.completed_by=Mary Smith", "--set",
                  "contact.completed_by=Mary Smith and Ahmed", "--set", "purpose.completed_by=Mary Smith")
    html = checks.make_form("name-left-out.html", "--perspective", "individual", "--area", "Northbridge",
                            "--period", "2026-Q3")
    session.open(html)
    session.page.call("Accessibility.enable")
    status = open_with_the_button(session, response)
    checks.expect(NAME_LEFT_OUT in status, f"Open of a response naming who completed it said {status!r}")
    checks.expect(live_region(session, "#status") == ["status", "polite", status],
                  f"what Open says is not in a polite live region: {live_region(session, '#status')}")
    shot_of(checks, session, "#actions-top", "form-response-name-left-out", above=20, height=300)
    if checks.args.axe:
        print(f"  a name left out of a response: {browser.run_axe(session.page, Path(checks.args.axe))}")
    session.page.call("Accessibility.disable")
    session.click("label[for='whose-answers-mine']")
    saved = session.js("window.coprodForm.toYaml()")
    kept = re.findall(r"completed_by:[ \t]*[^\s#].*", saved)
    checks.expect("Mary Smith" not in saved and not kept and "\n        score: 3\n" in saved,
                  f"Save of the response keeps who completed it ({kept}), or not its score")

    made = checks.make_form("made-from-named-response.html", response)
    session.open(made)
    status = session.text_once_in("#status")
    checks.expect(status == NAME_LEFT_OUT.strip(), f"a form made from a response naming who completed it says {status!r}")
    checks.expect("Mary Smith" not in session.js("window.coprodForm.toYaml()"),
                  "a form made from a response naming who completed it saves the name")
    page_problems(checks, session, "a name left out of a response")
