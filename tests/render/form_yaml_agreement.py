#!/usr/bin/python3
"""Checks that the scoring form's own YAML reading agrees with coprod's, driven in headless Chromium.

Each case is a small change to a bundled example (a quoted key, a comment after a value, a '~' score, CRLF
line ends, a byte-order mark, tabs, '|' and '>' blocks, { } and [ ], a key written twice, a second
document, ...). The changed file goes through 'coprod check' and through the form's Open
(window.coprodForm.loadYaml): both must accept it, or both refuse it at the same line and column.

Usage: form_yaml_agreement.py --binary COPROD --source DIR
"""
import json
import re
import subprocess
import sys
from pathlib import Path

import form_runner

EXAMPLE = "examples/northbridge/2026-Q3-organisation.coprod.yaml"


def swap(old, new):
    """A change: the first `old` in the example becomes `new`."""
    def change(text):
        if old not in text:
            raise ValueError(f"the example has no {old!r}")
        return text.replace(old, new, 1)
    return change


EVIDENCE = "        evidence: |-\n"

# (what, change): each change turns the example's text into the case's.
CASES = [
    ("the example as it is", lambda text: text),
    ("'---' with the first key after it", swap("\nformat: ", "\n--- format: ")),
    ("'---' with text after it", swap("\nformat: ", "\n--- text\nformat: ")),
    ("'--- # comment' before the first key", swap("\nformat: ", "\n--- # start\nformat: ")),
    ("'...' at the end", lambda text: text + "...\n"),
    ("a second document", lambda text: text + "---\nformat: coprod-assessment/1\n"),
    ("a second document on the '---' line", lambda text: text + "--- a: 1\n"),
    ("text after '...'", lambda text: text + "...\na: 1\n"),
    ("a '%YAML' directive", swap("\nformat: ", "\n%YAML 1.2\n---\nformat: ")),
    ("a '%YAML' directive and no '---'", swap("\nformat: ", "\n%YAML 1.2\nformat: ")),
    ("a double-quoted key", swap("\narea: ", "\n\"area\": ")),
    ("a single-quoted key", swap("\narea: ", "\n'area': ")),
    ("'format' quoted", swap("\nformat: ", "\n\"format\": ")),
    ("a double-quoted key, a space before ':'", swap("\narea: ", "\n\"area\" : ")),
    ("a single-quoted key, a space before ':'", swap("\narea: ", "\n'area' : ")),
    ("a plain key, a space before ':'", swap("\narea: ", "\narea : ")),
    ("a quoted key with ':' in it", swap("\narea: Northbridge\n", "\narea: Northbridge\n\"a: b\": 1\n")),
    ("no space after ':'", swap("\narea: ", "\narea:")),
    ("a comment after a value", swap("\narea: Northbridge\n", "\narea: Northbridge # to check\n")),
    ("a '#' inside a value", swap("\narea: Northbridge\n", "\narea: North#bridge\n")),
    ("a comment after a quoted value", swap("\narea: Northbridge\n", "\narea: \"Northbridge\" # the place\n")),
    ("a comment after a score", swap("score: 2.5\n", "score: 2.5 # agreed\n")),
    ("a comment right after ':'", swap("score: 2.5\n", "score: # agreed\n")),
    ("score '~'", swap("score: 2.5\n", "score: ~\n")),
    ("score 'null'", swap("score: 2.5\n", "score: null\n")),
    ("score 'Null'", swap("score: 2.5\n", "score: Null\n")),
    ("score '\"~\"'", swap("score: 2.5\n", "score: \"~\"\n")),
    ("CRLF line ends", lambda text: text.replace("\n", "\r\n")),
    ("a byte-order mark", lambda text: "\ufeff" + text),
    ("a byte-order mark and CRLF", lambda text: "\ufeff" + text.replace("\n", "\r\n")),
    ("a tab before a comment after a value", swap("\narea: Northbridge\n", "\narea: Northbridge\t# the place\n")),
    ("a tab after ':'", swap("\narea: ", "\narea:\t")),
    ("a tab at the end of a value", swap("\narea: Northbridge\n", "\narea: Northbridge\t\n")),
    ("a tab indenting a key", swap("\n      strategy:", "\n\t      strategy:")),
    ("a tab indenting a comment", swap("\nsections:\n", "\nsections:\n\t# a comment\n")),
    ("a '|' block", swap(EVIDENCE, "        evidence: |\n")),
    ("a '|+' block", swap(EVIDENCE, "        evidence: |+\n")),
    ("a '>' block", swap(EVIDENCE, "        evidence: >\n")),
    ("a '>-' block", swap(EVIDENCE, "        evidence: >-\n")),
    ("a '|2' block", swap(EVIDENCE, "        evidence: |2-\n")),
    ("a '|' block with a comment", swap(EVIDENCE, "        evidence: |- # why\n")),
    ("a '|' block with no space before '#'", swap(EVIDENCE, "        evidence: |-# why\n")),
    ("a '|' block less indented than its key", swap(EVIDENCE, "        evidence: |-\n    x\n")),
    ("a { } value", swap("score: 2.5\n", "score: 2.5\n        spread: {count: 2}\n")),
    ("a [ ] value", swap("score: 2.5\n", "score: [2.5]\n")),
    ("a [ ] not closed", swap("score: 2.5\n", "score: [2.5\n")),
    ("a { } over two lines", swap("score: 2.5\n", "score: {a: 1,\n          b: 2}\n")),
    ("a key written twice", swap("\nperiod: 2026-Q3\n", "\nperiod: 2026-Q3\nperiod: 2026-Q4\n")),
    ("a key written twice, once quoted", swap("\nperiod: 2026-Q3\n", "\nperiod: 2026-Q3\n\"period\": 2026-Q4\n")),
    ("a key written twice in { }", swap("score: 2.5\n", "score: 2.5\n        spread: {count: 2, count: 3}\n")),
    ("an anchor", swap("score: 2.5\n", "score: &s 2.5\n")),
    ("an alias", swap("score: 2.5\n", "score: *s\n")),
    ("a tag", swap("score: 2.5\n", "score: !!float 2.5\n")),
    ("a '?' key", swap("\narea: ", "\n? area\n: ")),
    ("a line indented more than the ones before", swap("\nperiod: 2026-Q3\n", "\nperiod: 2026-Q3\n  more: 1\n")),
    ("a plain value going on over two lines", swap("\narea: Northbridge\n", "\narea: North\n  bridge\n")),
    ("a line indented less inside a section", swap("\n      strategy:", "\n     strategy:")),
    ("a value on the next line", swap("\narea: Northbridge\n", "\narea:\n  Northbridge\n")),
    ("quoted text not closed", swap("\narea: Northbridge\n", "\narea: \"Northbridge\n")),
    ("text after a closing quote", swap("\narea: Northbridge\n", "\narea: \"North\" bridge\n")),
    ("a bad escape", swap("\narea: Northbridge\n", "\narea: \"North\\qbridge\"\n")),
    ("a list item where a key should be", swap("\nperiod: 2026-Q3\n", "\nperiod: 2026-Q3\n- x\n")),
]


# Where the form refuses a file in coprod's own words.
SAME_WORDS = {"'---' with the first key after it", "'---' with text after it", "a second document",
              "a second document on the '---' line", "text after '...'", "a key written twice",
              "a key written twice, once quoted", "a key written twice in { }", "a tab indenting a key",
              "a line indented more than the ones before", "a plain value going on over two lines",
              "a '|' block with no space before '#'"}

# Where the two still differ, and why; the test fails when one of these agrees, so that the list stays true.
LEFT = {
    "a '?' key": "the form does not read YAML's '? key' form, which coprod reads",
    "no space after ':'": "coprod reads 'area:Northbridge' as text going on to the next line and places the "
                          "error at that line's ':'; the form refuses the line itself",
    "a '|' block less indented than its key": "coprod places the error at the next key's ':', the form at the "
                                              "line of text",
    "a { } value": "the form does not check a row's 'spread' (coprod: it has no 'min')",
    "a [ ] not closed": "coprod places the error at the next line, the form at the line with the '['",
    "a { } over two lines": "coprod reads a { } over two lines (and refuses it as a score at its column); the form "
                            "refuses any { } not closed on its line, without a column",
}


def coprod_says(binary, path):
    """('accepted', None, None) or ('refused', line, column) of the first error from 'coprod check' (a flag
    [comment-in-text] is a note, not a refusal), and its words."""
    run = subprocess.run([binary, "check", str(path)], capture_output=True, text=True)
    found = re.search(rf"{re.escape(path.name)}:(\d+):(\d+): error: (.*)", run.stdout)  # check's report
    if run.returncode in (0, 1) and not found:
        return ("accepted", None, None), ""
    if not found:
        return ("refused", f"(exit {run.returncode}) {run.stdout[:200]}{run.stderr[:200]}", None), ""
    return ("refused", found[1], found[2]), found[3]


def form_says(session, text):
    """('accepted', None, None) or ('refused', line, column) from the form's Open, and its first problem. The
    form places its YAML errors at a line and column; the problems it finds in the values (form_assessment.js)
    only at a line, and there the column is taken as coprod's."""
    result = session.js(f"window.coprodForm.loadYaml({json.dumps(text)})")
    if result["ok"]:
        return ("accepted", None, None), ""
    first = result["problems"][0]
    found = re.match(r"Line (\d+)(?:, column (\d+))?:", first)
    if not found:
        return ("refused", None, None), first
    yaml_error = first.endswith("send it to the person who gave you this form: they can put it right.")
    return ("refused", found[1], found[2] if found[2] or yaml_error else "any"), first


def agree(by_coprod, by_form):
    return by_coprod[:2] == by_form[:2] and (by_form[2] == "any" or by_form[2] == by_coprod[2])


def check_agreement(binary, session, good, work):
    """The disagreements, as lines to print."""
    failures = []
    for what, change in CASES:
        text = change(good)
        path = Path(work, "case.coprod.yaml")
        path.write_bytes(text.encode("utf-8"))
        by_coprod, words = coprod_says(binary, path)
        by_form, first = form_says(session, text)
        same = agree(by_coprod, by_form)
        if what in SAME_WORDS and same and words not in first:
            failures.append(f"{what}: coprod says {words!r}, the form {first!r}")
        if what in LEFT:
            if same:
                failures.append(f"{what}: the form now agrees with coprod ({by_coprod}): take it out of LEFT")
            else:
                print(f"left: {what}: coprod {by_coprod}, form {by_form}: {LEFT[what]}")
        elif not same:
            failures.append(f"{what}: coprod {by_coprod}, the form {by_form}: {first[:200]}")
    return failures


def check_yaml_agreement(checks, session):
    good = Path(checks.args.source, EXAMPLE).read_text(encoding="utf-8")
    session.open(checks.make_form("form.html", "--perspective", "organisation", "--area", "Northbridge",
                                  "--period", "2026-Q3"))
    for failure in check_agreement(checks.args.binary, session, good, checks.work):
        checks.fail(failure)
    for problem in session.page.problems:
        checks.fail(f"the page: {problem}")


if __name__ == "__main__":
    sys.exit(form_runner.run(__doc__, check_yaml_agreement, done=f"the form reads YAML as coprod does ({len(CASES)} cases)",
                             outputs=False))
