#!/usr/bin/env python3
"""Drives `coprod score FILE --interactive` through a pseudo-terminal as a facilitator typing in a paper sheet of
a framework whose sections are one row each (making-coproduction-work: 15 tips), answers typed ahead as fast as
they come: no date or "completed by" is asked after each row, so each score lands on its row; the end asks one
date and one "completed by" for all the sections answered, questioning a score typed there; the summary says how
to carry on, and a second session carries on after the last row answered, past a row left empty on purpose. The same
sheet carried forward to the next period (init --from) asks its date and "completed by" once at the end too, last
time's shown, never after each row."""
import argparse
import os
import re
import subprocess
import sys
import tempfile

from pty_terminal import start_session


def run(binary, arguments, steps, environment=None):
    """The session's transcript, each of `steps` (a marker, then keys typed all at once when it has come) in turn,
    read to the end; its exit status."""
    pid, fd, terminal = start_session(binary, arguments, "xterm", columns=100, environment=environment)
    transcript = ""
    for marker, keys in steps:
        transcript += terminal.read_until(marker)
        os.write(fd, keys)
    transcript += terminal.read_to_end()
    _, status = os.waitpid(pid, 0)
    return transcript, os.waitstatus_to_exitcode(status)


def flat(text):
    return " ".join(text.split())


def carried_session(binary, work):
    """Last period's sheet (2026-Q4), every tip scored and completed on 2026-11-19 by the peer network meeting, carried
    forward with init --from; every tip given a new score and evidence, typed ahead all at once, then one date and one
    "completed by" for all 15: the failures."""
    last = os.path.join(work, "last.coprod.yaml")
    subprocess.run([binary, "init", last, "--framework", "making-coproduction-work", "--perspective",
                    "peer-network", "--area", "Riverside", "--period", "2026-Q4", "--schema", "none"],
                   check=True, capture_output=True)
    with open(last, encoding="utf-8") as handle:
        sections = re.findall(r"^  ([a-z-]+):\n    completed_by:", handle.read(), re.MULTILINE)
    settings = []
    for section in sections:
        settings += ["--set", f"{section}.in-place=2", "--set", f"{section}.last_completed=2026-11-19",
                     "--set", f"{section}.completed_by=peer network meeting"]
    subprocess.run([binary, "score", last] + settings, check=True, capture_output=True)
    path = os.path.join(work, "next.coprod.yaml")
    subprocess.run([binary, "init", path, "--from", last, "--schema", "none"], check=True, capture_output=True)
    typed = b"".join(b"4\rTip %d evidence\r" % tip for tip in range(1, len(sections) + 1))
    try:
        transcript, status = run(binary, ["score", path, "--interactive"],
                                 [("Score [2]: ", typed), ("When were these sections completed?", b""),
                                  ("[19 November 2026] ", b"15/01/2027\r"),
                                  ("Who completed them? ", b"Peer network meeting (9 present)\r"),
                                  ("What was surprising?", b"q\r")],
                                 environment={"SOURCE_DATE_EPOCH": "1800000000"})  # 2027-01-15
    except TimeoutError as error:
        return [f"carried session: {error}"]
    with open(path, encoding="utf-8") as handle:
        saved = handle.read()
    failures = []
    if status != 0:
        failures.append(f"carried session: exit status {status}")
    if "When was this section completed?" in transcript:
        failures.append("carried session: a section of one row was asked its date after its row")
    if "Last time: 19 November 2026, peer network meeting." not in flat(transcript):
        failures.append("carried session: last time's date and 'completed by' were not shown")
    if len(sections) != 15 or saved.count("        score: 4\n") != 15:
        failures.append("carried session: the 15 scores typed ahead did not each land on their row")
    if saved.count("completed_by: Peer network meeting (9 present)\n    last_completed: 2027-01-15") != 15:
        failures.append("carried session: the 15 tips were not given the one date and 'completed by'")
    if failures:
        sys.stdout.write(transcript + "\n")
    return failures


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    args = parser.parse_args()
    failures = []
    with tempfile.TemporaryDirectory() as work:
        path = os.path.join(work, "tips.coprod.yaml")
        os.spawnv(os.P_WAIT, args.binary, [args.binary, "init", path, "--framework", "making-coproduction-work",
                                           "--perspective", "peer-network", "--area", "Riverside", "--period",
                                           "2026-Q4", "--schema", "none"])
        # Rows 1 and 2 answered, row 3 left empty (Enter), row 4 answered with two lines of evidence (the first
        # ending in " +"), then q: typed ahead, all at once.
        first, status = run(args.binary, ["score", path, "--interactive"],
                            [("Score: ", b"3\rTip 1 evidence\r4\rTip 2 evidence\r\r"
                                         b"2\rTip 4 evidence +\rits second line\r\rq\r")])
        with open(path, encoding="utf-8") as handle:
            saved = handle.read()
        if status != 0:
            failures.append(f"first session: exit status {status}")
        if "Who completed" in first or "When was this section completed" in first:
            failures.append("first session: a section of one row was asked its date or who completed it")
        for row in ("score: 3\n        evidence: Tip 1 evidence", "score: 4\n        evidence: Tip 2 evidence",
                    "Tip 4 evidence\n          its second line\n"):
            if row not in saved:
                failures.append(f"first session: the file has no {row!r}")
        if f"To carry on later: coprod score {path} --interactive (it starts at section 5" not in flat(first):
            failures.append("first session: the summary does not say how to carry on")
        # Carried on: starts at section 5; g 15, its score, then the end's one date and "completed by", "4" questioned
        # (what was typed after it dropped, so typed again after the question).
        second, status = run(args.binary, ["score", path, "--interactive"],
                             [("Score: ", b"g 15\r5\rLast tip\r30/11/2026\r4\rPeer network meeting\r"),
                              ("type them again.", b""), ("Who completed them?", b"Peer network meeting\rq\r")])
        with open(path, encoding="utf-8") as handle:
            saved = handle.read()
        if "Starting at section 5, the first not scored after the last one answered. Section 3 before it" not in flat(second):
            failures.append("second session: it did not carry on after the last row answered")
        if "'4' looks like a score, not who completed the section" not in flat(second):
            failures.append("second session: a score typed for who completed the sections was not questioned")
        if saved.count("completed_by: Peer network meeting\n    last_completed: 2026-11-30") != 4:
            failures.append("second session: the four sections answered were not given the one date and name")
        if "completed_by: 4" in saved or 'completed_by: "4"' in saved:
            failures.append("second session: the score typed at 'who completed' was saved")
        if failures:
            sys.stdout.write(first + "\n----\n" + second + "\n")
        failures += carried_session(args.binary, work)
    for failure in failures:
        print("FAIL:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
