"""Checks of what the scoring form says where people misread it, driven in headless Chromium as people use
it; called from check_form_in_browser.py.

  * a row with only a warning sign (facilitate.same-direction) or only an early indicator (impact.trust)
    says what its scores mean, in its group of scores in place of "0 means nothing has started yet", where a screen
    reader reads it with them, and on the printed sheet;
  * Save of a response with rows still not scored says how many are scored (those not applicable apart, as
    'coprod score' counts them) and that the file opens later to carry on; Save of one with nothing filled in asks first, says it will not count, and
    'coprod combine' indeed leaves it out; both said in the polite live region under the buttons;
  * "Copy the text" of a response with nothing filled in asks as Save asks: No copies nothing and says so,
    Yes copies and says it will not count, in the same live region; the text copied starts with comment lines
    saying to save it unchanged as a file of the name the page gives, and where (see check_copy_says_what_to_do);
  * a date typed day first (30/09/2026, 30-9-2026, 30.09.2026) is read as the UK writes it, written
    year-month-day in its box and the file, and said in words under the box; a date that is not one
    says so with the section's name in quotes and an example; the printed sheet says, beside each section's
    date, how to write it.
  * a date that is not one (31/11/2026, 11/30/2026, 2026-02-30) gets Save's message, the box marked invalid,
    as soon as the box is left, not only on Save;
  * an individual's form gives its examples in the person's own voice ("I have seen ...") and none of a
    group's words; the note about a named person there suggests words 'coprod check' does not flag; what it
    saves is what 'coprod init' writes for one person, its comments in their own voice too.
Screenshots at 390 and 1280 px stay in OUTPUT_DIR as form-one-sign-*, form-own-voice-*, form-saved-*,
form-copied-* (form-copied-header-* among them), form-date-* (form-date-wrong-on-leaving-* among them), and the printed page with a date as
form-date-a4-*.png.
"""
import difflib
import html
import re
import subprocess
from pathlib import Path

import check_html_in_browser as browser
from form_page_state import (field_state, invalid_in_tree, live_region, open_with_the_button, page_problems,
                             screenshots_around as shots, shows_error, shows_no_error)
from form_personal_data import check_names, expected_note, put_in_box

WARNING_ONLY = "This row has only a warning sign: 5 means it is not seen here at all, 0 that it is seen a lot."
INDICATOR_ONLY = ("This row has only an early indicator: 5 means it is fully true here, 0 that there is no sign of "
                  "it yet.")
NOT_SAVED = "Not saved: nothing is filled in yet. Choose a score for at least one row, then press Save."
ASKED = ("Nothing is filled in on this form yet, so the file would be empty and would not count as a response when "
         "everyone's answers are put together. Save it anyway?")
# Save's message ends with the offer to keep the answers on this device after all (form_carry_on.py).
KEEP_OFFER = ("\n\nIf this is your own phone or computer, you can keep a copy of your answers on it too, so that this "
              "form opens with them next time.")
SAVED_BLANK = ("Nothing is filled in on it yet, so it will not count as a response: open it later to fill it in, "
               "then save it again and send that file to the person who asked you to fill in the form." + KEEP_OFFER)
COPY_ASKED = ("Nothing is filled in on this form yet, so the text would be empty and would not count as a response "
              "when everyone's answers are put together. Copy it anyway?")
NOT_COPIED = 'Not copied: nothing is filled in yet. Choose a score for at least one row, then press "Copy the text".'
COPIED_BLANK = "Nothing is filled in on it yet, so it will not count as a response: fill in the form, then copy it again."
DATE_HINT = "The date, for example 30/09/2026 or 2026-09-30."
SAVED_PART = ("You have scored 2 of 24 rows, 1 not applicable; 21 rows are not scored yet: see the rows still to "
              "score. You can open this file later to carry on. When you have finished, send it to the person who asked you to fill in the form." + KEEP_OFFER)


def group_description(session, name_start):
    """The description the accessibility tree gives the group of controls whose name starts so."""
    nodes = session.page.call("Accessibility.getFullAXTree")["nodes"]
    for node in nodes:
        if not node.get("ignored") and node.get("name", {}).get("value", "").startswith(name_start):
            return node.get("description", {}).get("value", "")
    return None


def check_one_sign_rows(checks, session, html):
    """The two rows of the built-in framework with one sign say what their scores mean, and no other row."""
    session.open(html)
    checks.expect(session.js("document.querySelectorAll('.one-sign').length") == 2,
                  "not exactly two rows say what their scores mean")
    for row, text, where in (("r6-2", WARNING_ONLY, "Facilitate the process"), ("r5-2", INDICATOR_ONLY, "6. Review impact")):
        shown = session.js(f"""(n => n && n.offsetParent !== null && n.closest('fieldset.score') ? n.textContent : null)
            (document.getElementById('{row}-one-sign'))""")
        checks.expect(shown == text, f"{row}: the note in its score group is {shown!r}, not {text!r}")
        session.page.call("Accessibility.enable")
        described = group_description(session, f"Row 3: how far have things got locally? ({where})")
        session.page.call("Accessibility.disable")
        checks.expect(described is not None and text in described and "nothing has started" not in described,
                      f"{row}: a screen reader's description of its scores is {described!r}, without the note or "
                      "with the scale's own hint beside it")
        shots(checks, session, f"#{row}", f"form-one-sign-{row}", height=560)
    pdf = checks.out / "form-one-sign-a4.pdf"
    session.print_pdf(pdf)
    printed = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout.split())
    for text in (WARNING_ONLY, INDICATOR_ONLY):
        checks.expect(text in printed, f"the printed sheet does not say {text!r}")
    for number, text in enumerate(printed_pages(pdf), start=1):  # the pages with a note, to look at
        if "This row has only" in text:
            subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", str(number), "-l", str(number), str(pdf),
                            str(checks.out / "form-one-sign-a4")], check=False)
    page_problems(checks, session, "rows with one sign")


def printed_pages(pdf):
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout.split("\f")


def stub_confirm(session, answer):
    """window.confirm answers `answer` and keeps what it was asked, as a person would answer the browser's box."""
    session.js(f"window.__asked = []; window.confirm = m => {{ window.__asked.push(m); return {str(answer).lower()}; }}")


def saved_now(session, downloads):
    """Presses Save; returns the files it downloaded (none within 2 s: it saved nothing), moved out of the
    downloads folder into the one beside it, so that a later Save of the same name shows as new."""
    session.click("#actions-top [data-action=save]")
    found = session.wait_for_file(downloads, "*.coprod.yaml", timeout=2)
    kept = downloads.parent / (downloads.name + "-kept")
    kept.mkdir(exist_ok=True)
    return [path.replace(kept / path.name) for path in found]


def check_save_says_how_far(checks, session):
    """Save of an individual's response: nothing filled in asks first (No saves nothing, Yes saves and says it
    will not count, as 'coprod combine' then says); some rows not scored says how many are; all said in the
    polite live region under the buttons."""
    html = checks.make_form("plain-words-individual.html", "--perspective", "individual", "--area", "Northbridge",
                            "--period", "2026-Q3")
    downloads = checks.work / "plain-words-saves"
    session.open(html)
    session.catch_downloads(downloads)
    session.page.call("Accessibility.enable")
    stub_confirm(session, False)
    new = saved_now(session, downloads)
    checks.expect(not new, f"Save of a blank response, answered No, saved {new}")
    checks.expect(session.js("window.__asked") == [ASKED], f"Save of a blank response asked {session.js('window.__asked')}")
    status = session.text_once_in("#status")
    checks.expect(live_region(session, "#status") == ["status", "polite", NOT_SAVED],
                  f"answered No, the live region under Save says {live_region(session, '#status')}")
    shots(checks, session, "#actions-top", "form-saved-blank-refused", height=260)

    stub_confirm(session, True)
    new = saved_now(session, downloads)
    checks.expect(len(new) == 1, f"Save of a blank response, answered Yes, saved {new}")
    status = session.text_once_in("#status")
    checks.expect(status.startswith("Saved as response-") and status.endswith(SAVED_BLANK),
                  f"Save of a blank response said {status!r}")
    checks.expect(live_region(session, "#status") == ["status", "polite", status],
                  f"the blank response's message is not in a polite live region: {live_region(session, '#status')}")
    shots(checks, session, "#actions-top", "form-saved-blank", height=260)
    if new:
        combined = checks.coprod("combine", "-o", "-", "--schema", "none", new[0], expect_status=3)
        checks.expect("nothing is scored or written in this response" in combined.stderr,
                      f"coprod combine did not leave the blank response out: {combined.stderr.strip()[:300]}")

    # a sign ticked and nothing else is something filled in, as 'coprod combine' counts it: Save asks nothing
    session.open(html)
    session.catch_downloads(downloads)
    stub_confirm(session, False)
    session.click("#r0-0-warning-seen")
    new = saved_now(session, downloads)
    checks.expect(len(new) == 1 and session.js("window.__asked") == [],
                  f"Save with a warning sign ticked asked {session.js('window.__asked')} and saved {new}")
    status = session.text_once_in("#status")
    checks.expect(status.endswith(SAVED_PART.replace("2 of 24 rows, 1 not applicable; 21", "0 of 24 rows; 24")), f"Save with only a sign ticked said {status!r}")

    for label in ("r0-0-score-6", "r1-0-score-na", "r2-1-score-10"):
        session.click(f"label[for='{label}']")
    new = saved_now(session, downloads)
    checks.expect(len(new) == 1, f"Save of a response half done saved {new}")
    status = session.text_once_in("#status")
    checks.expect(status.startswith("Saved as response-") and status.endswith(SAVED_PART),
                  f"Save of a response with 2 of 24 rows scored and 1 not applicable said {status!r}")
    checks.expect(live_region(session, "#status") == ["status", "polite", status],
                  f"the half-done message is not in a polite live region: {live_region(session, '#status')}")
    shots(checks, session, "#actions-top", "form-saved-part", height=260)
    session.page.call("Accessibility.disable")
    if checks.args.axe:
        print(f"  a response saved half done: {browser.run_axe(session.page, Path(checks.args.axe))}")
    page_problems(checks, session, "Save's message of how far a response has got")


def leave_box(session):
    session.press("Tab")
    session.page.listen(0.1)


def check_dates_typed_day_first(checks, session, html):
    """A real date typed day first is read as the UK writes it and kept year-month-day; one typed the US way,
    or not a date at all, gets a message with the section's name in quotes and an example."""
    session.open(html)
    session.page.call("Accessibility.enable")
    for typed, kept, words in (("30/09/2026", "2026-09-30", "30 September 2026"),
                               ("30-9-2026", "2026-09-30", "30 September 2026"),
                               ("30.09.2026", "2026-09-30", "30 September 2026"),
                               ("1/2/2026", "2026-02-01", "1 February 2026"),  # not after today
                               ("2026-9-3", "2026-09-03", "3 September 2026")):
        session.js("document.getElementById('s0-last-completed').value = ''")
        session.click("#s0-last-completed")
        session.type(typed)
        leave_box(session)
        value = session.js("document.getElementById('s0-last-completed').value")
        told = session.text_once_in("#s0-last-completed-done")
        expected = f"Read as {words} (saved as {kept})."
        checks.expect(value == kept and told == expected,
                      f"{typed!r} typed as a date: the box holds {value!r} and under it is {told!r}, not {kept!r} and "
                      f"{expected!r}")
        checks.expect(live_region(session, "#s0-last-completed-done") == ["status", "polite", told],
                      f"{typed!r}: what is said under the box is not in a polite live region")
        if typed == "30/09/2026":
            shots(checks, session, "label[for='s0-last-completed']", "form-date-read", height=260)
    # typed, then Save at once with no change event (as a script or an autofill might): saved year-month-day
    session.js("""(b => { b.value = '4.12.2026'; b.dispatchEvent(new Event('input', {bubbles: true})); })
        (document.getElementById('s1-last-completed'))""")
    session.click("#actions-top [data-action=save]")
    saved = session.js("window.coprodForm.toYaml()")
    checks.expect("\n    last_completed: 2026-12-04\n" in saved, "4.12.2026 typed and saved at once is not saved as 2026-12-04")
    path = checks.work / "dates-day-first.coprod.yaml"
    path.write_text(saved, encoding="utf-8")
    checks.coprod("check", path)  # coprod reads the dates the form saved

    section = '"1. Commitment and leadership"'
    for typed, message in (("31/02/2026", f"Enter a real date for when {section} was last reviewed: February 2026 has 28 days"),
                           ("09/30/2026", f"Enter a real date for when {section} was last reviewed: there is no month 30 "
                                          "(write the day first, then the month: 30/09/2026)"),
                           ("next week", f"Enter the date {section} was last reviewed in numbers: the day, month and year "
                                         "(in full), as 30/09/2026 or 2026-09-30"),
                           ("30 September 2026", f"Enter the date {section} was last reviewed in numbers: for 30 September "
                                                 "2026, write 30/09/2026"),
                           ("1st Sept 2026", f"Enter the date {section} was last reviewed in numbers: for 1 September "
                                             "2026, write 01/09/2026"),
                           ("30/9/26", f"Enter the date {section} was last reviewed in numbers: for 30 September 2026, "
                                       "write 30/09/2026"),
                           ("31/9/26", f"Enter the date {section} was last reviewed in numbers: the day, month and year "
                                       "(in full), as 30/09/2026 or 2026-09-30")):
        session.js("document.getElementById('s0-last-completed').value = ''")
        session.click("#s0-last-completed")
        session.type(typed)
        session.click("#actions-top [data-action=save]")
        summary = session.js("document.getElementById('error-summary').hidden ? '' : document.getElementById('error-summary').innerText")
        field = session.js("document.getElementById('s0-last-completed-error').textContent")
        checks.expect(message in summary and field == message,
                      f"{typed!r} as a date: the summary shows {summary!r} and the field {field!r}, not {message!r}")
        checks.expect(session.js("document.getElementById('s0-last-completed').value") == typed,
                      f"{typed!r}, not a date, was changed in its box")
        if typed == "next week":
            shots(checks, session, "#error-summary", "form-date-not-a-date-summary", height=300)
            shots(checks, session, "label[for='s0-last-completed']", "form-date-not-a-date-field", height=300)
    session.page.call("Accessibility.disable")
    if checks.args.axe:
        print(f"  a date that is not one: {browser.run_axe(session.page, Path(checks.args.axe))}")
    page_problems(checks, session, "dates typed day first")


def check_wrong_date_said_on_leaving(checks, session, html):
    """A date that is not one (a day the month does not have, or the month first) gets Save's own message as soon
    as the box is left with Tab, not only on Save: shown above the box, the box marked invalid and described by
    it, and said in the polite live region under the box; the list at the top is left to Save. The box left
    with a real date loses them and says how it was read."""
    session.open(html)
    session.page.call("Accessibility.enable")
    box, section = "s0-last-completed", '"1. Commitment and leadership"'
    for typed, why in (("31/11/2026", "November 2026 has 30 days"),
                       ("11/30/2026", "there is no month 30 (write the day first, then the month: 30/09/2026)"),
                       ("2026-02-30", "February 2026 has 28 days")):
        message = f"Enter a real date for when {section} was last reviewed: {why}"
        session.js(f"(b => {{ b.focus(); b.select(); }})(document.getElementById('{box}'))")
        session.type(typed)
        leave_box(session)
        said = session.text_once_in(f"#{box}-done")
        state = field_state(session, box)
        checks.expect(shows_error(state) and state[1] == message,
                      f"{typed!r} typed and the box left: its message and marks are {state}, not {message!r}")
        checks.expect(said == "Error: " + message and live_region(session, f"#{box}-done")[1] == "polite",
                      f"{typed!r} typed and the box left: the live region under the box says {said!r}")
        checks.expect("textbox 'Date this section was last reviewed (optional) (1. Commitment and leadership)'" in invalid_in_tree(session),
                      f"{typed!r} typed and the box left: the accessibility tree does not call it invalid")
        checks.expect(session.js(f"document.getElementById('{box}').value") == typed and
                      session.js("document.getElementById('error-summary').hidden"),
                      f"{typed!r} typed and the box left: the box was changed, or the list at the top shown")
        if typed == "11/30/2026":
            shots(checks, session, f"label[for='{box}']", "form-date-wrong-on-leaving", height=300)
            if checks.args.axe:
                print(f"  a wrong date said on leaving: {browser.run_axe(session.page, Path(checks.args.axe))}")
        session.js(f"(b => {{ b.focus(); b.select(); }})(document.getElementById('{box}'))")
        session.type("30/09/2026")
        leave_box(session)
        said = session.text_once_in(f"#{box}-done")
        state = field_state(session, box)
        shown = session.js(f"document.getElementById('{box}-done').getBoundingClientRect().width > 100")
        checks.expect(shows_no_error(state) and said == "Read as 30 September 2026 (saved as 2026-09-30)." and shown,
                      f"after {typed!r}, a real date typed and the box left: its marks are {state} and under it "
                      f"is {said!r} ({'shown' if shown else 'not shown'})")
    session.page.call("Accessibility.disable")
    page_problems(checks, session, "a wrong date said on leaving")


def stub_clipboard(session):
    """The clipboard takes what is copied and keeps it in window.__copied, as a browser that allows copying does."""
    session.js("""window.__copied = [];
        Object.defineProperty(navigator, 'clipboard', {configurable: true,
            value: {writeText: t => { window.__copied.push(t); return Promise.resolve(); }}})""")


def check_copy_of_blank_response(checks, session):
    """"Copy the text" of an individual's response with nothing filled in asks first, as Save does: No copies
    nothing and says so, Yes copies and says it will not count; a response with a score copies without asking.
    All said in the polite live region under the buttons used."""
    html = checks.make_form("plain-words-copy.html", "--perspective", "individual", "--area", "Northbridge",
                            "--period", "2026-Q3")
    session.open(html)
    session.page.call("Accessibility.enable")
    stub_clipboard(session)
    stub_confirm(session, False)
    session.click("#actions-bottom [data-action=copy]")
    checks.expect(session.js("window.__asked") == [COPY_ASKED], f"Copy of a blank response asked {session.js('window.__asked')}")
    session.text_once_in("#status-bottom")
    checks.expect(session.js("window.__copied") == [], "Copy of a blank response, answered No, copied the text")
    checks.expect(live_region(session, "#status-bottom") == ["status", "polite", NOT_COPIED],
                  f"answered No, the live region under Copy says {live_region(session, '#status-bottom')}")
    shots(checks, session, "#actions-bottom", "form-copied-blank-refused", height=260)

    stub_confirm(session, True)
    session.click("#actions-bottom [data-action=copy]")
    status = session.text_once_in("#status-bottom")
    copied = session.js("window.__copied")
    checks.expect(len(copied) == 1 and copied_parts(copied[0])[1] == session.js("window.coprodForm.toYaml()"),
                  "Copy of a blank response, answered Yes, did not copy the text Save writes")
    checks.expect(status.startswith("The text of the file is copied.") and status.endswith(COPIED_BLANK),
                  f"Copy of a blank response said {status!r}")
    checks.expect(live_region(session, "#status-bottom") == ["status", "polite", status],
                  f"the blank copy's message is not in a polite live region: {live_region(session, '#status-bottom')}")
    shots(checks, session, "#actions-bottom", "form-copied-blank", height=260)

    stub_confirm(session, False)
    session.click("label[for='r0-0-score-6']")
    session.click("#actions-bottom [data-action=copy]")
    status = session.text_once_in("#status-bottom")
    checks.expect(session.js("window.__asked") == [] and len(session.js("window.__copied")) == 2,
                  f"Copy with a row scored asked {session.js('window.__asked')}")
    checks.expect(status.startswith("The text of the file is copied.") and COPIED_BLANK not in status,
                  f"Copy with a row scored said {status!r}")
    session.page.call("Accessibility.disable")
    if checks.args.axe:
        print(f"  a blank response copied: {browser.run_axe(session.page, Path(checks.args.axe))}")
    page_problems(checks, session, "Copy of a blank response")


COPY_HEADER = "# Save this text unchanged as a file named"
LONG_EVIDENCE = ("We met the peer network in September and agreed the plan together; three members now sit on the "
                 "steering group, and the people who hold a budget told us the new support planning leaflet was much "
                 "clearer than the old one, although two people said they still had to wait too long for a reply "
                 "from the team, so we are looking at that with them next.")


def copied_parts(text):
    """The comment lines "Copy the text" puts first (up to and with the first line '#' alone) and the rest."""
    lines = text.split("\n")
    end = lines.index("#") + 1 if lines[0] == COPY_HEADER and "#" in lines else 0
    return lines[:end], "\n".join(lines[end:])


def check_copy_says_what_to_do(checks, session):
    """"Copy the text" starts the text with comment lines for whoever it is pasted to: save it unchanged as a file
    of the name the page gave (the one in the message under the buttons), in the folder of responses, then
    'coprod check' and 'coprod combine'; each line short enough that an e-mail program leaves it whole. After
    them comes the text Save writes, and the whole reads as a response. Wrapped at 78 characters, as e-mail
    programs wrap, 'coprod check' points at the line to join to the one above. Opened again and copied, the
    text has those lines once; a group's assessment is kept with the group's other files."""
    html = checks.make_form("plain-words-copy-header.html", "--perspective", "individual", "--area", "Northbridge",
                            "--period", "2026-Q3")
    session.open(html)
    stub_clipboard(session)
    session.click("label[for='r0-0-score-6']")
    put_in_box(session, LONG_EVIDENCE)
    session.click("#actions-bottom [data-action=copy]")
    status = session.text_once_in("#status-bottom")
    named = re.search(r"into a file named (response-[0-9a-f]{8}\.coprod\.yaml), with its first lines, which say "
                      r"what to do with it\.$", status)
    copied = (session.js("window.__copied") or [""])[-1]
    header, rest = copied_parts(copied)
    checks.expect(bool(named) and header[:2] == [COPY_HEADER, "#   " + named.group(1)],
                  f"the copied text does not start by naming the file the page says ({status!r}): {header[:2]}")
    checks.expect("in the folder of responses" in " ".join(header) and "'coprod combine'" in " ".join(header),
                  f"the copied text's first lines do not say where the file goes and what runs on it: {header}")
    checks.expect(all(len(line) <= 72 for line in header), f"a line of the copied text's first lines is over 72 "
                  f"characters, so an e-mail program would wrap it: {header}")
    checks.expect(rest == session.js("window.coprodForm.toYaml()"),
                  "after its first lines, the copied text is not the text Save writes")
    shots(checks, session, "#actions-bottom", "form-copied-header", height=260)
    if not named:
        return
    pasted = checks.work / named.group(1)
    pasted.write_text(copied, encoding="utf-8")
    check = checks.coprod("check", pasted)
    checks.expect(check.stdout == "", f"the copied text saved as a file does not pass 'coprod check': {check.stdout}")
    wrapped = checks.work / "wrapped" / named.group(1)
    wrapped.parent.mkdir(exist_ok=True)
    wrapped.write_text(subprocess.run(["fold", "-s", "-w", "78"], input=copied, capture_output=True, text=True,
                                      check=True).stdout, encoding="utf-8")
    lines = wrapped.read_text(encoding="utf-8").split("\n")
    evidence = next(i for i, line in enumerate(lines) if line.startswith("        evidence: We met"))
    check = checks.coprod("check", wrapped, expect_status=3)
    # coprod's words for a wrapped line, which the page carries too (its Open says the same: form_mail_damage.py)
    words = session.js("JSON.parse(document.getElementById('coprod-data').textContent).mail_damage.wrapped_line")
    expected = f"{wrapped}:{evidence + 2}:1: error: {words}"
    checks.expect(check.stdout.strip() == expected, f"the copied text wrapped at 78 characters: 'coprod check' said "
                  f"{check.stdout.strip()!r}, not {expected!r}")

    stub_confirm(session, True)  # the changes not saved: Open asks before it replaces them
    open_with_the_button(session, pasted)
    if session.js("(q => !!q && !q.hidden)(document.getElementById('whose-answers'))"):
        session.click("label[for='whose-answers-mine']")
    session.click("#actions-bottom [data-action=copy]")
    again = (session.js("window.__copied") or [""])[-1]
    checks.expect(again.count(COPY_HEADER) == 1 and copied_parts(again)[0][:2] == header[:2],
                  f"the copied text opened and copied again does not start with its first lines once: {again[:400]!r}")

    group = checks.make_form("plain-words-copy-group.html", "--perspective", "organisation", "--area", "Northbridge",
                             "--period", "2026-Q3")
    session.open(group)
    stub_clipboard(session)
    session.click("label[for='r0-0-score-6']")
    session.click("#actions-bottom [data-action=copy]")
    header = copied_parts((session.js("window.__copied") or [""])[-1])[0]
    checks.expect(header[:2] == [COPY_HEADER, "#   2026-Q3-organisation.coprod.yaml"] and
                  "with the group's other assessment files" in " ".join(header),
                  f"a group's copied text does not start by naming its file and where it goes: {header}")
    # A file opened under a name with a line break in it (possible on Linux): the name stays on its comment line.
    odd = session.js("CoprodWriter.copiedText('format: coprod-assessment/1\\n', 'a\\nformat: x\\r\\n.coprod.yaml', true)")
    checks.expect(odd.split("\n")[1] == "#   a format: x .coprod.yaml" and "\nformat: x" not in odd,
                  f"a file name with a line break broke out of the copied text's comment line: {odd[:200]!r}")
    page_problems(checks, session, "Copy's first lines")


def check_printed_date_hint(checks, session, html):
    """The printed sheet says how to write each section's date, as the screen's hint does."""
    session.open(html)
    sections = session.js("document.querySelectorAll('section[data-section]').length")
    pdf = checks.out / "form-date-a4.pdf"
    session.print_pdf(pdf)
    pages = printed_pages(pdf)
    found = sum(" ".join(page.split()).count(DATE_HINT) for page in pages)
    checks.expect(sections > 0 and found == sections,
                  f"the printed sheet says how to write a date {found} times, not once for each of {sections} sections")
    for number, text in enumerate(pages, start=1):  # the first page with a date, to look at
        if "last reviewed" in text:
            subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", str(number), "-l", str(number), str(pdf),
                            str(checks.out / "form-date-a4")], check=False)
            break
    page_problems(checks, session, "the printed date hint")


def check_individual_words_and_paper(checks, session, blank):
    """An individual's form speaks to one person ("I see this early indicator", a row left "Not scored yet" if
    you are not sure), a group's form to the group; the printed sheet of each says what to do with a paper copy
    (write on it and hand it to the facilitator, who types it in) and not Save or Open, which the screen keeps;
    paper offers only scores and n/a, so it says to leave a row blank, and prints no "score so far"."""
    individual = checks.make_form("individual-words.html", "--perspective", "individual", "--area", "Northbridge",
                                  "--period", "2026-Q4")
    for html, who, when in ((individual, "I", "if you are not sure"), (blank, "We", "until you have talked about it")):
        session.open(html)
        labels = session.js("Array.from(document.querySelectorAll('.seen label')).map(l => l.textContent)")
        checks.expect(labels and all(label.startswith(f"{who} see this ") for label in labels),
                      f"{html.name}: the boxes of what is seen say {labels[:2]}, not '{who} see this ...'")
        intro = session.js("document.querySelector('.intro p').innerText")
        checks.expect(f'leave a row "Not scored yet" {when}.' in intro, f"{html.name}: the intro says {intro!r}")
        on_screen = " ".join(session.js("document.body.innerText").split())
        checks.expect("Use Save to keep a file" in on_screen and "hand it to the person who gave it" not in on_screen,
                      f"{html.name}: on screen the form does not say Save, or says what to do with paper")
        pdf = checks.out / f"form-paper-{who.lower()}-a4.pdf"
        session.print_pdf(pdf)
        printed = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout.split())
        checks.expect("hand it to the person who gave it to you (the facilitator), who types it" in printed,
                      f"{html.name}: the printed sheet does not say what to do with a paper copy")
        for screen_only in ("Use Save to keep a file", "response-7f3a9c20", "send that file back",
                            # paper offers scores and n/a, and is filled in by hand: no "Not scored yet", no score so far
                            '"Not scored yet"', "Score for this section so far"):
            checks.expect(screen_only not in printed, f"{html.name}: the printed sheet says {screen_only!r}")
        checks.expect(f"leave a row blank {when}." in printed,
                      f"{html.name}: the printed sheet does not say to leave a row blank {when}")
        subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "2", str(pdf),
                        str(checks.out / f"form-paper-{who.lower()}-a4")], check=False)
        page_problems(checks, session, f"the {'individual' if who == 'I' else 'group'} form's words")


# What a group says of itself, each on a group's form and none on one person's.
GROUP_WORDS = ("Some people in the group felt", "the conversations that followed", "What was learnt", "We see this")
OWN_VOICE = {"the intro": ".intro", "an evidence box's hint": "[id$=-evidence-hint]", "the reflections": "#reflections p"}
SAID_TO_ONE = "I have heard people say"  # what the note under a box suggests on one person's form


def page_text(session):
    """Every text of the page, shown or printed or said later, without its scripts."""
    return " ".join(session.js("(b => { b.querySelectorAll('script, style').forEach(s => s.remove()); return b.textContent; })"
                               "(document.body.cloneNode(true))").split())


def check_saved_in_own_voice(checks, session):
    """What an individual's form saves is what 'coprod init' writes for one person, byte for byte: its comments
    too are in the person's own voice, with none of a group's words."""
    init = checks.coprod("init", "-", "--perspective", "individual", "--area", "Northbridge", "--period", "2026-Q4",
                         "--schema", "none").stdout
    saved = session.js("window.coprodForm.toYaml()")
    if not checks.expect(saved == init, "an individual's form saves other text than 'coprod init' writes for one"):
        print("".join(difflib.unified_diff(init.splitlines(True), saved.splitlines(True), "init", "form", n=1))[:3000])
    for words in ("Some people in the group felt", "the conversations that followed", "until it has been discussed"):
        checks.expect(words not in saved, f"an individual's form saves {words!r} in its comments")
    checks.expect('Write as yourself ("I ...")' in saved, "an individual's form saves no 'Write as yourself' comment")


def check_individual_in_own_voice(checks, session, blank):
    """An individual's form gives its examples in the person's own voice ("I have seen ...") in the intro, under
    each evidence box and in the reflections, and the note about a remark tied to a named person suggests "I have
    heard people say ...", which 'coprod check' does not flag; none of a group's words is on it. A group's form
    keeps them."""
    individual = checks.make_form("own-voice.html", "--perspective", "individual", "--area", "Northbridge",
                                  "--period", "2026-Q4")
    for html, one in ((individual, True), (blank, False)):
        session.open(html)
        if one:
            check_saved_in_own_voice(checks, session)
        text = page_text(session)
        for words in GROUP_WORDS:
            checks.expect((words in text) != one, f"{html.name}: {words!r} is {'' if one else 'not '}on the page")
        for where, selector in OWN_VOICE.items():
            said = session.js(f"Array.from(document.querySelectorAll({selector!r})).map(e => e.textContent)")
            checks.expect(said and all(('"I ' in each) == one for each in said), f"{html.name}: {where} says {said[:2]}")
        put_in_box(session, "Mary said the meetings were too early.")
        note = session.js("document.getElementById('r0-0-evidence-personal').textContent")
        suggested = SAID_TO_ONE + " ..." if one else "Some people in the group felt ..."
        checks.expect(note == expected_note(["Mary said"], suggested), f"{html.name}: under the box: {note!r}")
        if one:
            shots(checks, session, ".intro", "form-own-voice-intro", height=520)
            shots(checks, session, "#r0-0-evidence", "form-own-voice-note", above=120, height=300)
            if checks.args.axe:
                print(f"  one person's form, with a note under a box: {browser.run_axe(session.page, Path(checks.args.axe))}")
            shots(checks, session, "#reflections", "form-own-voice-reflections", height=520)
            put_in_box(session, SAID_TO_ONE + " the meetings were too early.")
            checks.expect(session.js("document.getElementById('r0-0-evidence-personal').textContent") == "",
                          "the words the note suggests get a note themselves")
            checks.expect(check_names(checks, session.js("window.coprodForm.toYaml()")) == [],
                          "coprod check flags the words the note suggests")
        page_problems(checks, session, f"the {'individual' if one else 'group'} form's own voice")


# Words the form explains beside the framework's own glossary, each as the evidence pack explains it where both do.
FORM_WORDS = ("NHS", "Co-production", "Co-production peer network", "Lived experience", "Early indicator",
              "Warning sign", "n/a", "Personal health budget")


def check_glossary_as_the_pack(checks, session, blank):
    """'Words used in this form' explains NHS and the words of co-production people meet in it, and where the
    evidence pack's 'Words and abbreviations' explains the same word, it says the same (one list, shared)."""
    session.open(blank)
    form = dict(session.js("""Array.from(document.querySelectorAll('dl.glossary dt')).map(dt =>
        [dt.textContent, dt.nextElementSibling.textContent])"""))
    missing = [word for word in FORM_WORDS if word not in form]
    checks.expect(not missing, f"'Words used in this form' does not explain {missing}")
    root = Path(checks.args.source, "examples/northbridge")
    pack = checks.work / "glossary-pack"
    checks.coprod("report", "-o", pack, root / "2026-Q4-organisation.coprod.yaml",
                  root / "2026-Q4-peer-network.coprod.yaml")
    page = (pack / "index.html").read_text(encoding="utf-8")
    glossary = page[page.index('id="glossary"'):]
    words = {html.unescape(t): html.unescape(m) for t, m in re.findall(r"<dt>(.*?)</dt><dd>(.*?)</dd>", glossary)}
    both = [word for word in words if word in form]
    checks.expect("Co-production peer network" in both, f"the pack and the form share no words: {sorted(words)}")
    differ = [(word, form[word], words[word]) for word in both if form[word] != words[word]]
    checks.expect(not differ, f"the form and the pack explain words two ways: {differ}")
