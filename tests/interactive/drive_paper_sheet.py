#!/usr/bin/env python3
"""Drives `coprod score FILE --interactive` through a pseudo-terminal as a facilitator typing in a paper sheet of
a framework whose sections are one row each (making-coproduction-work: 15 tips), answers typed ahead as fast as
they come: no date or "completed by" is asked after each row, so each score lands on its row; the end asks one
date and one "completed by" for all the sections answered, questioning a score typed there; the summary says how
to carry on, and a second session carries on after the last row answered, past a row left empty on purpose."""
import argparse
import os
import sys
import tempfile

from pty_terminal import start_session


def run(binary, arguments, steps):
    """The session's transcript, each of `steps` (a marker, then keys typed all at once when it has come) in turn,
    read to the end; its exit status."""
    pid, fd, terminal = start_session(binary, arguments, "xterm", columns=100)
    transcript = ""
    for marker, keys in steps:
        transcript += terminal.read_until(marker)
        os.write(fd, keys)
    transcript += terminal.read_to_end()
    _, status = os.waitpid(pid, 0)
    return transcript, os.waitstatus_to_exitcode(status)


def flat(text):
    return " ".join(text.split())


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
        if f"To carry on later: coprod score {path} --interactive (it starts at row 5.1" not in flat(first):
            failures.append("first session: the summary does not say how to carry on")
        # Carried on: starts at row 5; g 15, its score, then the end's one date and "completed by", "4" questioned
        # (what was typed after it dropped, so typed again after the question).
        second, status = run(args.binary, ["score", path, "--interactive"],
                             [("Score: ", b"g 15\r5\rLast tip\r30/11/2026\r4\rPeer network meeting\r"),
                              ("type them again.", b""), ("Who completed them?", b"Peer network meeting\rq\r")])
        with open(path, encoding="utf-8") as handle:
            saved = handle.read()
        if "Starting at row 5, the first not scored after the last one answered. Row 3.1 before it" not in flat(second):
            failures.append("second session: it did not carry on after the last row answered")
        if "'4' looks like a score, not who completed the section" not in flat(second):
            failures.append("second session: a score typed for who completed the sections was not questioned")
        if saved.count("completed_by: Peer network meeting\n    last_completed: 2026-11-30") != 4:
            failures.append("second session: the four sections answered were not given the one date and name")
        if "completed_by: 4" in saved or 'completed_by: "4"' in saved:
            failures.append("second session: the score typed at 'who completed' was saved")
        if failures:
            sys.stdout.write(first + "\n----\n" + second + "\n")
    for failure in failures:
        print("FAIL:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
