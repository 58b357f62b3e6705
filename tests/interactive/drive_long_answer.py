#!/usr/bin/env python3
"""Drives `coprod score FILE --interactive` on an 80-column pseudo-terminal: a long answer to "Who completed this
section?" (120 characters, as a facilitator wrote who was at the meeting) is offered again for the next section with
the question's line still leaving room to type (at most 50 columns, as every prompt of the session): the whole answer
said on a line before the question, the brackets holding its first words, cut after a whole word and ending "...";
Enter then saves the whole answer, not the shortened one. A short answer is still offered whole in the brackets.
The file is checked byte for byte against the same answers given with --set."""
import argparse
import os
import re
import subprocess
import sys
import tempfile

from drive_carried_session import expected_with, missing
from drive_interactive import converse, file_failures, guarded
from pty_terminal import start_session

LONG = ("peer network meeting, 8 members with lived experience, the programme lead, two care coordinators and a "
        "facilitator there")
QUESTION = "Who completed this section? "
ROOM = 50  # the widest a question's prompt is, so that on 80 columns the answer has room on its line


def shown(transcript):
    """The session's words with the terminal's escape sequences (bracketed paste marks, the line editor's) taken out."""
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", transcript).replace("\r", "")


def prompt_failures(what, transcript, answer):
    """What is wrong with the second "Who completed" prompt, which offers `answer` again."""
    lines = [line for line in shown(transcript).split("\n") if line.startswith(QUESTION + "[")]
    if not lines:
        return [f"{what}: no question offered the answer before in brackets:\n{transcript}"]
    prompt = lines[-1][:lines[-1].index("] ") + 2] if "] " in lines[-1] else lines[-1]
    failures = []
    if len(prompt) > ROOM:
        failures.append(f"{what}: the prompt {prompt!r} is {len(prompt)} columns, more than {ROOM}")
    offered = prompt[len(QUESTION) + 1:-2]
    if len(answer) + len(QUESTION) + 3 <= ROOM:
        if offered != answer:
            failures.append(f"{what}: a short answer offered as {offered!r}, not whole")
        return failures
    kept = offered.removesuffix("...")
    if not offered.endswith("...") or not answer.startswith(kept) or answer[len(kept)] not in " ,":
        failures.append(f"{what}: the brackets hold {offered!r}, not the answer's first whole words and '...'")
    return failures


def long_answer_session(binary, work, answer, name):
    """Section 1's first row scored, then "g 2": its date and `answer` for who completed it typed; section 2's first
    row scored, then "g 3": its date, and Enter at who completed it, which saves `answer` again."""
    path = os.path.join(work, name)
    subprocess.run([binary, "init", path, "--perspective", "organisation", "--area", "Northbridge", "--period",
                    "2026-Q3"], check=True, capture_output=True)
    expected = expected_with(binary, path, "expected-" + name, [
        "commitment.strategy=2", "commitment.last_completed=2026-09-01", f"commitment.completed_by={answer}",
        "contact.wrong-people=3", "contact.last_completed=2026-09-02", f"contact.completed_by={answer}"])
    pid, fd, terminal = start_session(binary, ["score", path, "--interactive"], "xterm", columns=80)

    def steps():
        transcript = converse(terminal, fd, [
            ("Score: ", b"2\r"), ("Evidence", b"\r"), ("Saved.", None), ("Score: ", b"g 2\r"),
            ("When was this section completed? ", b"01/09/2026\r"),
            (QUESTION, answer.encode() + b"\r"), ("Saved.", None),
            ("Score: ", b"3\r"), ("Evidence", b"\r"), ("Saved.", None), ("Score: ", b"g 3\r"),
            ("When was this section completed? ", b"02/09/2026\r"),
            (QUESTION + "[", None), ("] ", b"\r"), ("Saved.", None),
            ("Score: ", b"q\r"), ("Still to do", None)])
        failures = prompt_failures(name, transcript, answer)
        if len(answer) + len(QUESTION) + 3 > ROOM:
            failures += missing(name, transcript, [f"Enter gives '{answer}', as for the section before."])
        return failures + file_failures(name, path, expected)
    return guarded(name, pid, steps)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        failures = long_answer_session(args.binary, work, LONG, "long.coprod.yaml")
        failures += long_answer_session(args.binary, work, "Network meeting", "short.coprod.yaml")
    for failure in failures:
        print("FAIL:", failure)
    print("drove a long and a short 'completed by' offered again:", "ok" if not failures else "failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
