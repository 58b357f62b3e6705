#!/usr/bin/python3
"""Carrying on with one person's response after saving halfway, on a phone (375 x 812), driven in headless
Chromium as people use it:

  * Save forgets the browser's copy of the answers (nothing is left on a shared computer): opened again, the
    form is empty, as before; Save's message ends with the offer to keep a copy on this device, and a button
    "Keep my answers on this device too" under it (under the bottom message when Save at the bottom was used);
  * pressed, the answers come back when the form is opened again, saying under which name they were saved,
    and when, counted as saved (no "leave this page?"); the focus moves from the button, once gone, to the Save above the message; a file opened withdraws the offer;
  * the file this page saved, opened with "Open a saved file" in the same visit (with a browser's " (1)"), is
    the person's own: the form does not ask whose answers it holds, and Save
    gives the same name; a response of another name, or renamed by hand (even once saved here), is asked about,
    at once, just under what Open says;
  * Save a second time under one name says the browser may have kept the earlier file too and numbered the new
    one, and that the newest is the one to send; the first Save does not;
  * the next day (the form opened afresh, nothing kept but the names of the files saved from it), the file saved
    yesterday, opened, is asked about at once under Open's message with no answer chosen (on a shared computer it
    may be another person's), the note under the question and Open's message saying it was saved on this device;
    "My own" chosen, it saves under its name, "Someone else's" under a new one; "Clear answers on this device"
    forgets the names, and the file is then asked about without the note;
  * answers put back from this device are never taken as the person's own: the page asks whose they are, with
    no answer chosen (not even the "My own" chosen before), just under the note that says when they were kept
    and offers "Clear answers on this device"; chosen with the keyboard alone, "My own" saves under the name they
    had and "Someone else's" under a new one;
  * axe-core finds no WCAG 2.2 A/AA violation with the offer shown, the second Save's message or yesterday's
    file opened; screenshots of Save's message with the offer, of the message once kept and of the answers
    restored stay in OUTPUT_DIR as form-carry-on-*.png (the second Save's, the answers put back and asked
    about, and the next day's at 1280 and 640 px).

Usage: form_carry_on.py --binary COPROD --source DIR --output-dir DIR [--axe axe.min.js]
"""
import re
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import check_html_in_browser as browser  # noqa: E402
import form_runner  # noqa: E402
from form_page_state import open_with_the_button, page_problems, save_with_problems  # noqa: E402
from form_session import KEPT_LATE  # noqa: E402

PHONE = (375, 812)
HALFWAY = ("r0-0-score-6", "r0-1-score-4", "r0-2-score-2", "r1-0-score-8", "r1-1-score-na")
OFFER = ("If this is your own phone or computer, you can keep a copy of your answers on it too, so that this form "
         "opens with them next time.")
KEEP_TOO = "Keep my answers on this device too"
KEPT = re.compile(r"Your answers are kept on this device too: open this form again in this browser to carry on, and "
                  r"Save then gives the file the same name, (response-[0-9a-f]{8}\.coprod\.yaml), so it counts once \(your "
                  r"browser may keep the earlier file too and add a number to the new one's name: send the newest\)\. "
                  r"On a shared computer, press \"Clear "
                  r"answers on this device\" when you finish\.")
SAVED_AGAIN = ("A file of that name may be there already: if so, your browser keeps both and adds a number to the "
               "new one's name, such as (1). The newest file, with the highest number, is the one to send. ")
OPENED_KNOWN = " It was saved from this form on this device. Whose answers are in it? Say just below, before you carry on."
KNOWN_NOTE = "This file was saved from this form on this device. If you saved it, choose \"My own\"."
OPENED_ASKED = " Whose answers are in it? Say just below, before you carry on."
RESTORED = re.compile(r"These answers were saved as (response-[0-9a-f]{8}\.coprod\.yaml) and kept in this browser on "
                      r"\d{1,2} [A-Z][a-z]+ \d{4} at \d\d:\d\d\. If they are not yours, press \"Clear answers on this "
                      r"device\" to start with an empty form\.")
RESTORED_ASKED = "Whose answers are on this page, from the file {}?"


def shown(session, element_id):
    return session.js(f"(e => !!e && !e.hidden && e.offsetParent !== null)(document.getElementById('{element_id}'))")


def fill_halfway(session):
    for label in HALFWAY:
        session.click(f"label[for='{label}']")


def save_at(session, where="top"):
    """Save, top or bottom; returns the message it gives."""
    if where == "top":
        save_with_problems(session)
    else:
        session.click("#actions-bottom [data-action=save]")
    session.settle()
    return session.js(f"document.getElementById('{'status' if where == 'top' else 'status-bottom'}').textContent")


def downloaded(checks, session, folder):
    """The one file Save downloaded into folder, moved out of it so the next Save's name is not changed."""
    found = session.wait_for_file(folder, "*.yaml")
    if not checks.expect(len(found) == 1, f"Save downloaded {[p.name for p in found]}, not one file"):
        return None
    kept = checks.work / "saved" / found[0].name
    kept.parent.mkdir(exist_ok=True)
    shutil.move(found[0], kept)
    return kept


def axe(checks, session, what):
    if checks.args.axe:
        print(f"  {what} at {PHONE[0]} px: {browser.run_axe(session.page, Path(checks.args.axe))}")


def look(checks, session, selector, name, height=620):
    """A screenshot at phone width of the page from just above an element, kept in the output folder."""
    top = session.js(f"document.querySelector({selector!r}).getBoundingClientRect().top + scrollY")
    session.screenshot(checks.out / f"{name}-{PHONE[0]}.png", PHONE[0], top=max(0, top - 60), height=height)


def question_under_message(session):
    """Whether the question of whose answers is shown straight under the top message box (and its offer)."""
    return session.js("(q => !!q && !q.hidden && document.getElementById('kept-offer').nextElementSibling === q)"
                      "(document.getElementById('whose-answers'))")


def look_wide(checks, session, selector, name, height=420):
    """Screenshots at 1280 and 640 px of the page from just above an element; the page is left at phone width."""
    for width in (1280, 640):
        session.viewport(width, PHONE[1])
        session.next_frame()
        top = session.js(f"document.querySelector({selector!r}).getBoundingClientRect().top + scrollY")
        session.screenshot(checks.out / f"{name}-{width}.png", width, top=max(0, top - 100), height=height)
    session.viewport(*PHONE)


def check_default_keeps_nothing(checks, session, html, downloads):
    """Save without the offer taken: nothing is kept, as on a shared computer."""
    session.open(html, *PHONE)
    fill_halfway(session)
    said = save_at(session)
    checks.expect("This browser no longer keeps a copy of your answers." in said and
                  "You have scored 4 of 24 rows, 1 not applicable; 19 rows are not scored yet: see the rows still to score. "
                  "You can open this file later to carry on." in said
                  and said.endswith("\n\n" + OFFER), f"Save halfway said {said!r}")
    checks.expect(shown(session, "kept-offer") and not shown(session, "kept-offer-bottom"),
                  "Save at the top does not offer to keep the answers under its message")
    label = session.js("(b => b && b.textContent)(document.querySelector('#kept-offer [data-action=keep-too]'))")
    checks.expect(label == KEEP_TOO, f"the offer's button says {label!r}")
    look(checks, session, "#status", "form-carry-on-saved")
    axe(checks, session, "Save's offer")
    downloaded(checks, session, downloads)
    session.reopen(html)
    checks.expect(not shown(session, "kept-restored") and session.js("CoprodControls.scoreOf(0, 0)") == "",
                  "answers saved without the offer taken came back: a shared computer keeps them")
    page_problems(checks, session, "Save keeps nothing by default")


def check_kept_and_restored(checks, session, html, downloads):
    """The offer taken: reopened, the answers are back under the name Save gave, and Save gives it again."""
    session.open(html, *PHONE)
    fill_halfway(session)
    said = save_at(session, "bottom")
    checks.expect(said.endswith(OFFER), f"Save at the bottom said {said!r}")
    checks.expect(shown(session, "kept-offer-bottom") and not shown(session, "kept-offer"),
                  "Save at the bottom does not offer to keep the answers under its own message")
    saved = downloaded(checks, session, downloads)
    if shown(session, "kept-offer-bottom"):
        session.click("#kept-offer-bottom [data-action=keep-too]")
    said = session.text_once_in("#status-bottom")
    kept = KEPT.fullmatch(said)
    checks.expect(kept and saved and kept.group(1) == saved.name, f"keeping the answers said {said!r}")
    checks.expect(not shown(session, "kept-offer-bottom"), "the offer is still shown once taken")
    checks.expect(session.js("document.activeElement.matches('#actions-bottom [data-action=save]')"),
                  "once the offer was taken, the focus was not on the Save button above its message")
    look(checks, session, "#status-bottom", "form-carry-on-kept", height=360)
    before = session.js("window.coprodForm.toYaml()")
    prompts = session.reopen(html, restored=True)
    checks.expect(prompts == 0, "leaving the page once the answers were saved and kept asked whether to leave")
    restored = session.js("document.getElementById('kept-restored-text').textContent") \
        if shown(session, "kept-restored") else ""
    found = RESTORED.fullmatch(restored)
    checks.expect(found and saved and found.group(1) == saved.name, f"the answers kept came back saying {restored!r}")
    checks.expect(not session.js("window.coprodForm.hasUnsavedChanges()"), "answers saved and kept count as unsaved")
    look(checks, session, "#kept-restored", "form-carry-on-restored", height=700)
    axe(checks, session, "answers saved and kept, restored")
    if saved:
        check_restored_asked(checks, session, saved, downloads, before)
    page_problems(checks, session, "answers saved and kept")


def nothing_chosen(session):
    return session.js("document.querySelectorAll('input[name=whose-answers]:checked').length") == 0


def restored_question(checks, session, saved, what):
    """The answers put back are asked about as Open asks of yesterday's file: just under the note that they
    were put back, with no answer chosen, the note under it saying the file was saved on this device."""
    legend = session.js("document.querySelector('#whose-answers legend').textContent")
    checks.expect(shown(session, "whose-answers") and legend == RESTORED_ASKED.format(saved.name) and
                  session.js("document.getElementById('kept-restored').nextElementSibling.id") == "whose-answers",
                  f"{what}: the page does not ask whose answers they are under the note ({legend!r})")
    checks.expect(nothing_chosen(session), f"{what}: an answer to whose answers they are was chosen for the person")
    note = session.js("document.getElementById('whose-answers-known').textContent") \
        if shown(session, "whose-answers-known") else None
    checks.expect(note == KNOWN_NOTE, f"{what}: the note under the question says {note!r}")


def tab_to(session, selector, most=80):
    """Presses Tab, from where the focus is, until it is on the element; whether it got there."""
    for _ in range(most):
        session.press("Tab")
        if session.js(f"document.activeElement.matches({selector!r})"):
            return True
    return False


def check_restored_asked(checks, session, saved, downloads, before):
    """Answers kept as saved and put back are not taken as the person's own (on a shared computer they may be
    another person's): the page asks whose they are, and only "My own", chosen with the keyboard, saves under
    the name Save gave them; "Clear answers on this device" is just above the question."""
    restored_question(checks, session, saved, "the answers put back")
    checks.expect(session.js("CoprodResponses.fileName()") != saved.name,
                  "the answers put back, not yet said to be the person's own, would save under the name they had")
    look_wide(checks, session, "#kept-restored", "form-carry-on-restored-asked", height=800)
    axe(checks, session, "the answers put back, asked about")
    checks.expect(tab_to(session, "#kept-clear") and tab_to(session, "#whose-answers-mine"),
                  "\"Clear answers on this device\" and the question cannot be reached with Tab")
    session.press("Space")
    checks.expect(session.js("CoprodResponses.fileName()") == saved.name,
                  "\"My own\" chosen with the keyboard, the answers put back would not save under the name they had")
    checks.expect(session.js("window.coprodForm.toYaml()") == before, "the answers kept came back different")
    session.press("ArrowDown")
    checks.expect(session.js("CoprodResponses.fileName()") != saved.name,
                  "\"Someone else's\" chosen, the answers put back would still save under the name they had")
    session.press("ArrowUp")
    checks.expect(tab_to(session, "#actions-top [data-action=save]"), "Save cannot be reached with Tab")
    session.press("Enter")
    session.settle()
    again = downloaded(checks, session, downloads)
    checks.expect(again and again.name == saved.name, f"the person's own answers put back saved as {again and again.name}")


def check_own_file_not_asked(checks, session, saved, downloads, how):
    """The file this page saved, opened: no question whose answers it holds, and Save replaces the same name."""
    said = open_with_the_button(session, saved)
    checks.expect(not shown(session, "whose-answers"), f"the file this page saved, opened {how}, was asked about")
    checks.expect("whose answers" not in said and said.endswith(" It is the response this form saved, so Save "
                                                                "gives it the same name and it counts once."), f"opening it {how} said {said!r}")
    session.click("label[for='r2-0-score-4']")
    said = save_at(session)
    checks.expect(said.startswith("Saved as ") and not shown(session, "error-summary"),
                  f"Save of the file this page saved, opened {how}, said {said!r}")
    again = downloaded(checks, session, downloads)
    own = re.sub(r" \(\d+\)", "", saved.name)
    checks.expect(again and again.name == own, f"Save of {saved.name}, opened {how}, gave {again and again.name}")
    return again


def check_own_file(checks, session, html, downloads):
    """In the same visit, with the " (1)" a browser adds to a second download of one name; then someone else's
    response (another name) is still asked about."""
    session.open(html, *PHONE)
    fill_halfway(session)
    save_at(session)
    first = downloaded(checks, session, downloads)
    if first:
        copy = first.with_name(first.name.replace(".coprod.yaml", " (1).coprod.yaml"))
        shutil.move(first, copy)
        check_own_file_not_asked(checks, session, copy, downloads, "in the same visit with \" (1)\"")
        checks.expect(shown(session, "kept-offer"), "the second Save did not offer to keep the answers")
    other = checks.work / "response-0a1b2c3d.coprod.yaml"
    checks.coprod("init", other, "--perspective", "individual", "--area", "Northbridge", "--period", "2026-Q3",
                  "--schema", "none")
    checks.coprod("score", other, "--set", "commitment.strategy=3")
    session.js("window.confirm = () => true")  # "you have changes that are not saved. Open it anyway?"
    said = open_with_the_button(session, other)
    checks.expect(shown(session, "whose-answers") and said.endswith(OPENED_ASKED),
                  f"a response of another name was not asked about: {said!r}")
    checks.expect(question_under_message(session) and
                  session.js("document.querySelectorAll('input[name=whose-answers]:checked').length") == 0,
                  "a response of another name is not asked about at once, under Open's message, with no answer chosen")
    checks.expect(not shown(session, "kept-offer"), "a file opened after Save left the offer to keep the answers")
    # A file renamed by hand is still asked about, even once saved from this page: another person's could have
    # been given the same name.
    renamed = checks.work / "my answers.coprod.yaml"
    shutil.copy(other, renamed)
    for time in ("first", "again after Save"):
        open_with_the_button(session, renamed)
        checks.expect(shown(session, "whose-answers"), f"a file renamed by hand, opened {time}, was not asked about")
        session.click("label[for='whose-answers-mine']")
        save_at(session)
        again = downloaded(checks, session, downloads)
        checks.expect(again and again.name == renamed.name, f"the person's own {renamed.name} saved as {again}")
        if again:
            shutil.move(again, renamed)
    page_problems(checks, session, "the file this page saved, opened")


def check_saved_again(checks, session, html, downloads):
    """Save twice: the second Save, under the same name, says the browser may have kept the first file too and
    numbered the new one, and which to send; the first says nothing of it."""
    session.open(html, *PHONE)
    fill_halfway(session)
    said = save_at(session)
    checks.expect(said.startswith("Saved as response-") and "may be there already" not in said,
                  f"the first Save said {said!r}")
    first = downloaded(checks, session, downloads)
    session.click("label[for='r2-0-score-4']")
    said = save_at(session)
    checks.expect(first and said.startswith(f"Saved as {first.name} in your downloads folder. {SAVED_AGAIN}"),
                  f"the second Save said {said!r}")
    look_wide(checks, session, "#status", "form-carry-on-saved-again")
    axe(checks, session, "the second Save's message")
    downloaded(checks, session, downloads)
    page_problems(checks, session, "Save twice")


def wait_for_names_kept(session):
    """Waits (up to KEPT_LATE s) until the page opened again has the names saved in the browser's store: under
    load Chromium can open a page before its store has the last writes of the page before."""
    for _ in range(int(KEPT_LATE * 10)):
        if session.js("!!localStorage.getItem('coprod-form:saved-responses')"):
            return
        session.page.listen(0.1)


def check_next_day(checks, session, html, downloads):
    """Yesterday's file, saved without keeping the answers and opened in the form opened afresh, is asked about
    with no answer chosen, saying it was saved on this device; "My own" chosen, it saves under its name; "Clear
    answers on this device" forgets the names."""
    session.open(html, *PHONE)
    checks.expect(shown(session, "kept-names-note"), "a form for responses does not say it keeps the names it saves")
    fill_halfway(session)
    save_at(session)
    saved = downloaded(checks, session, downloads)
    if not saved:
        return
    session.reopen(html)
    wait_for_names_kept(session)
    checks.expect(not shown(session, "kept-restored"), "the answers came back, though Save kept none")
    said = open_with_the_button(session, saved)
    checks.expect(said.endswith(OPENED_KNOWN), f"yesterday's file, opened, said {said!r}")
    checks.expect(question_under_message(session) and
                  session.js("document.querySelectorAll('input[name=whose-answers]:checked').length") == 0,
                  "yesterday's file is not asked about at once, under Open's message, with no answer chosen")
    note = session.js("document.getElementById('whose-answers-known').textContent") \
        if shown(session, "whose-answers-known") else None
    checks.expect(note == KNOWN_NOTE, f"the note under the question of yesterday's file says {note!r}")
    described = session.js("document.getElementById('whose-answers').getAttribute('aria-describedby')")
    checks.expect(described == "whose-answers-hint whose-answers-known", f"the question is described by {described!r}")
    look_wide(checks, session, "#status", "form-carry-on-next-day", height=640)
    axe(checks, session, "yesterday's file opened")
    session.click("label[for='r2-0-score-4']")
    said = save_at(session)
    summary = session.js("document.getElementById('error-summary').textContent") if shown(session, "error-summary") else ""
    checks.expect("Say whose answers are in the file you opened" in summary and
                  not session.wait_for_file(downloads, "*.yaml", timeout=1),
                  f"Save of yesterday's file, with no answer chosen, did not ask whose answers: {said!r}, {summary!r}")
    session.click("label[for='whose-answers-mine']")
    said = save_at(session)
    checks.expect(said.startswith(f"Saved as {saved.name} in your downloads folder. {SAVED_AGAIN}") and
                  not shown(session, "error-summary"), f"Save of yesterday's file said {said!r}")
    again = downloaded(checks, session, downloads)
    checks.expect(again and again.name == saved.name, f"yesterday's {saved.name} saved as {again and again.name}")
    session.click("label[for='r2-1-score-6']")
    session.reopen(html, restored=True)
    restored_question(checks, session, saved, "yesterday's file, \"My own\" chosen, changed and put back")
    session.click("label[for='whose-answers-someone-else']")
    checks.expect(session.js("CoprodResponses.fileName()") != saved.name,
                  "yesterday's file, said to be someone else's, would still save under its name")
    session.js("window.confirm = () => true")
    session.click("#actions-top [data-action=clear-kept]")
    session.page.listen(0.5)
    session.settle()
    session.reopen(html)
    said = open_with_the_button(session, saved)
    checks.expect(said.endswith(OPENED_ASKED) and not shown(session, "whose-answers-known") and
                  session.js("document.querySelectorAll('input[name=whose-answers]:checked').length") == 0,
                  f"after \"Clear answers on this device\", yesterday's file is still taken as the person's own: {said!r}")
    look_wide(checks, session, "#status", "form-carry-on-asked", height=640)
    page_problems(checks, session, "the next day")


def check_carry_on(checks, session):
    html = checks.make_form("carry-on.html", "--perspective", "individual", "--area", "Northbridge",
                            "--period", "2026-Q3")
    downloads = checks.work / "downloads"
    session.catch_downloads(downloads)
    check_default_keeps_nothing(checks, session, html, downloads)
    check_kept_and_restored(checks, session, html, downloads)
    check_own_file(checks, session, html, downloads)
    check_saved_again(checks, session, html, downloads)
    check_next_day(checks, session, html, downloads)


if __name__ == "__main__":
    sys.exit(form_runner.run(__doc__, check_carry_on, done="a response saved halfway carries on"))
