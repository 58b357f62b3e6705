#!/usr/bin/python3
"""Checks that the scoring form names what an e-mail program did to a file as 'coprod check' does, in headless Chromium.

A facilitator who is sent answers as text in an e-mail saves it as a file; on the way, the e-mail program may have
broken a long line in two (at 72, 76 or 78 characters) or turned the spaces that start lines into no-break spaces
(U+00A0). Each damaged sample goes through 'coprod check' and through the form's Open
(window.coprodForm.loadYaml): both must name the same damage, in the same words, at the same line and column. The
words are coprod's (model/mail_damage_words.hpp), which the page carries in its data: the test takes them from
there, so a page that words the damage its own way fails. Samples that are not damaged (a line less indented after
a long one that starts as a key does, a no-break space inside text) must get neither hint from either.

Then a damaged file is opened with the Open button as a person does: the list at the top says it, screenshots at
390 and 1280 px are kept, and axe-core finds no WCAG 2.2 A/AA violation with it shown.

Usage: form_mail_damage.py --binary COPROD --source DIR --output-dir DIR [--axe axe.min.js]
"""
import json
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import check_html_in_browser as browser  # noqa: E402
import form_runner  # noqa: E402
from form_page_state import page_problems, screenshots_around  # noqa: E402

NBSP = "\u00a0"

HEAD = ("format: coprod-assessment/1\nframework: ipc-coproduction\nframework_version: 1\narea: Northbridge\n"
        "perspective: individual\nperiod: 2026-Q3\nsections:\n  commitment:\n    rows:\n")
LONG = ("We met the peer network in September and agreed the plan together; three members now sit on the steering "
        "group, and the budget holders told us the new leaflet was much clearer than the old one.")


def fold(text, width):
    """`text` as 'fold -s -w WIDTH' wraps it, counting characters as an e-mail program does: a line longer than
    `width` is broken after its last space within the width."""
    out = []
    for line in text.split("\n"):
        while len(line) > width:
            space = line.rfind(" ", 0, width)
            cut = space + 1 if space >= 0 else width
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return "\n".join(out)


def indented_with(text, line_start, count):
    """`text` with the first line starting `line_start` indented by `count` no-break spaces in place of spaces."""
    return text.replace("\n" + " " * count + line_start, "\n" + NBSP * count + line_start, 1)


def samples(checks):
    """(what, text, damaged): each text as a facilitator might save it from an e-mail."""
    one_line = HEAD + f"      strategy:\n        score: 4\n        evidence: {LONG}\n        indicator_seen: true\n"
    block = (HEAD + "      strategy:\n        score: 4\n        evidence: |-\n          The co-production strategy was "
             "signed off by the integrated care board in July.\n          It was drafted at two workshops with people "
             "who have personal health budgets.\n")
    colon = (HEAD + "      strategy:\n        score: 4\n        evidence: We met the peer network in September and "
             "agreed three things together: a plan, a budget and a date.\n      motivation:\n        score: 3\n")
    scores = HEAD + "      strategy:\n        score: 4\n        evidence: We agreed the strategy together.\n"
    accented = one_line.replace("We met the peer network", "At the café’s réunion we met the peer network")
    new = checks.work / "new.coprod.yaml"
    checks.coprod("init", new, "--perspective", "organisation", "--area", "Test", "--period", "2026-Q4",
                  "--schema", "none", expect_status=None)
    made = new.read_text(encoding="utf-8")
    less_indented = (HEAD + "      strategy:\n        evidence: We met the peer network in September and agreed the "
                     "plan together.\n     motivation:\n        score: 3\n")
    return [
        ("evidence on one line, wrapped at 78", fold(one_line, 78), True),
        ("evidence on one line, wrapped at 72", fold(one_line, 72), True),
        ("evidence on one line, wrapped at 78, CRLF line ends", fold(one_line, 78).replace("\n", "\r\n"), True),
        ("evidence on one line, wrapped at 78, a byte-order mark", "\ufeff" + fold(one_line, 78), True),
        ("evidence with accents, wrapped at 76", fold(accented, 76), True),
        ("a '|-' block, wrapped at 78", fold(block, 78), True),
        ("': ' in the wrapped part, wrapped at 78", fold(colon, 78), True),
        ("a new assessment's comments, wrapped at 72", fold(made, 72), True),
        ("a comment's rule of dashes wrapped onto a line of its own, at 76", fold(made, 76), True),
        ("a score indented with no-break spaces", indented_with(scores, "score:", 8), True),
        ("a row indented with no-break spaces", indented_with(indented_with(scores, "score:", 8), "strategy:", 6),
         True),
        ("a section indented with no-break spaces", indented_with(scores, "commitment:", 2), True),
        ("a line less indented after a long one, starting as a key", less_indented, False),
        ("a no-break space inside a value", scores.replace("the strategy", "the" + NBSP + "strategy"), False),
        ("a no-break space starting a line of a '|-' block", block.replace("          It was", "          " + NBSP
                                                                             + "It was"), False),
    ]


def coprod_says(binary, path):
    """(line, column, words) of the first error 'coprod check' gives, or None."""
    run = subprocess.run([binary, "check", str(path)], capture_output=True, text=True)
    found = re.search(rf"{re.escape(path.name)}:(\d+):(\d+): error: (.*)", run.stdout)
    return (found[1], found[2], found[3]) if found else None


def form_says(session, text):
    """(line, column, words) of the first problem the form's Open gives, or None when it opens the text."""
    result = session.js(f"window.coprodForm.loadYaml({json.dumps(text)})")
    if result["ok"]:
        return None
    first = result["problems"][0]
    found = re.match(r"Line (\d+)(?:, column (\d+))?: (.*)", first)
    return (found[1], found[2], found[3]) if found else (None, None, first)


def hint_in(said, hints):
    """The hint `said` (coprod's or the form's) gives, or None."""
    if not said:
        return None
    return next((hint for hint in hints if said[2].startswith(hint)), None)


def check_samples(checks, session, hints):
    for what, text, damaged in samples(checks):
        path = Path(checks.work, "pasted.coprod.yaml")
        path.write_bytes(text.encode("utf-8"))
        by_coprod, by_form = coprod_says(checks.args.binary, path), form_says(session, text)
        coprod_hint, form_hint = hint_in(by_coprod, hints), hint_in(by_form, hints)
        if damaged:
            checks.expect(coprod_hint is not None, f"{what}: coprod check names no e-mail damage: {by_coprod}")
            checks.expect(form_hint is not None and form_hint == coprod_hint and by_form[:2] == by_coprod[:2],
                          f"{what}: coprod says {by_coprod}, the form {by_form}")
        else:
            checks.expect(coprod_hint is None and form_hint is None,
                          f"{what}: not damaged, yet coprod says {by_coprod}, the form {by_form}")
        print(f"  {what}: coprod {by_coprod[:2] if by_coprod else 'accepts it'}, "
              f"form {by_form[:2] if by_form else 'opens it'}{', ' + repr(form_hint[:40]) if form_hint else ''}")


def open_damaged_file(checks, session, hints):
    """A damaged file opened with the Open button: the list at the top says what to do."""
    path = checks.work / "response-from-email.coprod.yaml"
    path.write_bytes(fold(HEAD + f"      strategy:\n        score: 4\n        evidence: {LONG}\n", 76).encode("utf-8"))
    document = session.page.call("DOM.getDocument")
    node = session.page.call("DOM.querySelector", nodeId=document["root"]["nodeId"], selector="#open-file")
    session.page.call("DOM.setFileInputFiles", files=[str(path.resolve())], nodeId=node["nodeId"])
    for _ in range(50):
        session.settle()
        if not session.js("document.getElementById('error-summary').hidden"):
            break
    items = session.js("Array.from(document.querySelectorAll('#error-summary-list li')).map(li => li.textContent)")
    checks.expect(any(hints[0] in item for item in items), f"Open of {path.name} did not say {hints[0]!r}: {items}")
    screenshots_around(checks, session, "#error-summary", "mail-damage", height=360)
    if checks.args.axe:
        for width in (1280, 390):
            session.viewport(width)
            session.next_frame()
            print(f"  the message shown at {width} px: {browser.run_axe(session.page, Path(checks.args.axe))}")
        session.viewport(1280)
    page_problems(checks, session, "a file damaged by e-mail opened")


def check_mail_damage(checks, session):
    session.open(checks.make_form("form.html", "--perspective", "individual", "--area", "Northbridge",
                                  "--period", "2026-Q3"))
    words = session.js("JSON.parse(document.getElementById('coprod-data').textContent).mail_damage || null")
    if not checks.expect(words is not None, "the page's data has no 'mail_damage': coprod's words are not on it"):
        return
    hints = [words["wrapped_line"], words["no_break_spaces"]]
    check_samples(checks, session, hints)
    open_damaged_file(checks, session, hints)
    page_problems(checks, session, "the page")


if __name__ == "__main__":
    sys.exit(form_runner.run(__doc__, check_mail_damage,
                             done="the form names e-mail damage as coprod check does, at the same line"))
