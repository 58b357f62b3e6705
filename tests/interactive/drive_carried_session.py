#!/usr/bin/env python3
"""Drives `coprod score FILE --interactive` through a pseudo-terminal as a facilitator did in a user test:
in a file carried forward by `init --from`, a row changed and the section given a new date asks again who completed
it and its notes, last time's answers shown, and the row's "Seen locally?" answers are shown and asked again after a
score typed (last quarter's headcount, meeting and "warning sign: no" were kept beside the new score and date);
at the evidence question, b, s and ? are the keys they are at the score (they were saved as the evidence "b").
Each session's file is checked byte for byte against the same answers given with --set."""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

from drive_interactive import converse, file_failures, guarded, small_file
from pty_terminal import start_session


def expected_with(binary, path, name, settings):
    """The bytes of `path` copied to `name` and changed with `coprod score --set` for each of `settings`."""
    expected = os.path.join(os.path.dirname(path), name)
    shutil.copyfile(path, expected)
    arguments = [binary, "score", expected]
    for setting in settings:
        arguments += ["--set", setting]
    subprocess.run(arguments, check=True, capture_output=True)
    with open(expected, encoding="utf-8") as handle:
        return handle.read()


def missing(what, transcript, needles):
    """A failure for each needle the session never showed (however it was wrapped, and with the terminal's
    escape sequences, such as the bracketed paste marks around each question, taken out)."""
    flat = " ".join(re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", transcript).split())
    return [f"{what}: the session never showed {needle!r}:\n{transcript}" for needle in needles if needle not in flat]


def carried_session(binary, source, work):
    """init --from the example's 2026-Q4 file; a row changed in section 1 (its warning sign now not seen locally),
    the section dated 15/01/2027, then a new "completed by" typed and last time's notes emptied with -."""
    path = os.path.join(work, "2027-Q1-peer-network.coprod.yaml")
    subprocess.run([binary, "init", path, "--from",
                    os.path.join(source, "examples", "northbridge", "2026-Q4-peer-network.coprod.yaml")],
                   check=True, capture_output=True)
    expected = expected_with(binary, path, "carried-expected.coprod.yaml", [
        "commitment.leaders=1", "commitment.leaders.warning_seen=false", "commitment.last_completed=2027-01-15",
        "commitment.completed_by=peer network meeting (6 members present)", "commitment.notes="])
    pid, fd, terminal = start_session(binary, ["score", path, "--interactive"], "xterm",
                                      environment={"SOURCE_DATE_EPOCH": "1800000000"})  # 2027-01-15

    def steps():
        transcript = converse(terminal, fd, [
            ("Score [2.5]: ", b"s\r"), ("Score [3]: ", b"s\r"), ("Score [2.5]: ", b"s\r"),
            ("Score [2]: ", b"1\r"),
            ("makes the decisions.", b"\r"), ("Evidence, line 2 of 2: ", None), ("yet.", b"\r"),
            ("Early indicator seen locally now? y/n: ", b"\r"),
            ("Warning sign seen locally now? y/n [yes]: ", b"no\r"),
            ("Saved.", None),
            ("Score [", b"s\r"),
            ("When was this section completed? [", None), ("November 2026] ", b"15/01/2027\r"),
            ("Saved: 15 January 2027 (2027-01-15).", None),
            ("Who completed this section? ", b"peer network meeting (6 members present)\r"),
            ("Saved.", None),
            ("This section's notes? ", b"-\r"),
            ("Saved.", None),
            ("Score [", b"q\r"), ("Still to do", None)])
        failures = missing("carried", transcript, [
            "Seen locally? Early indicator: not answered. Warning sign: yes.",
            "Seen locally now: y or n. Enter keeps the answer in brackets, or leaves it not answered; - leaves it "
            "not answered; q stops, ? lists the keys.",
            "Early indicator seen locally now? y/n:",
            "Warning sign seen locally now? y/n [yes]:",
            "Last time: Northbridge co-production peer network (8 members present)",
            "Last time's answer for who completed the section is shown first: Enter keeps it, - leaves it empty, or "
            "type who completed it now; q stops, ? lists the keys.",
            "Last time: Scored together at the November meeting with the facilitator. Staff from the programme team "
            "left the room for this part.",
            "Last time's notes are shown first: Enter keeps them, - leaves them empty, or type the notes now; q "
            "stops, ? lists the keys."])
        return failures + file_failures("carried", path, expected)
    return guarded("carried", pid, steps)


def evidence_keys_session(binary, work):
    """At the evidence question ? shows its keys, b (or B) goes back to the row's score and s skips the row, the
    score typed not saved and nothing taken for evidence; on evidence shown to edit, a line emptied with Ctrl-U and
    s is the key too. A row with no evidence says so."""
    path, before = small_file(work, "keys.coprod.yaml",
                              "      strategy:\n        score:\n        evidence:\n"
                              "      motivation:\n        score:\n        evidence:\n"
                              "      resources:\n        score:\n        evidence: Old notes\n")
    expected = before.decode().replace("      motivation:\n        score:\n        evidence:\n",
                                       "      motivation:\n        score: 4\n        evidence: Real evidence\n", 1)
    pid, fd, terminal = start_session(binary, ["score", path, "--interactive"], "xterm")
    evidence = "Evidence: "

    def steps():
        transcript = converse(terminal, fd, [
            ("Score: ", b"3\r"), (evidence, b"?\r"), ("shows this.", None),
            (evidence, b"b\r"), ("back to this row's score.", None),
            ("Score: ", b"2\r"), (evidence, b"s\r"), ("was not saved.", None),
            ("Score: ", b"4\r"), (evidence, b"B\r"), ("back to this row's score.", None),
            ("Score: ", b"4\r"), (evidence, b"Real evidence\r"), ("Saved.", None),
            ("Score: ", b"5\r"), ("Evidence", None), ("Old notes", b"\x15s\r"), ("was not saved.", None),
            ("Early indicator: There are identified leaders", None), (": ", b"q\r"), ("Still to do", None)])
        failures = missing("evidence keys", transcript, [
            "Evidence now: none",
            "Keys here: type the evidence and press Enter; Enter alone keeps the evidence now, - clears it, + and text "
            "adds a line after it; a line typed ending with a space and + asks for another line. q saves the score "
            "and stops; b goes back to the score, s skips the row and g goes to a section, none of them saving the "
            "score typed; ? shows this. One of these letters typed alone is always the key: evidence that is only "
            "that letter needs more words.",
            "The score 3 for commitment.strategy was not saved; back to this row's score.",
            "The score 2 for commitment.strategy was not saved.",
            "The score 4 for commitment.motivation was not saved; back to this row's score.",
            "The score 5 for commitment.resources was not saved."])
        return failures + file_failures("evidence keys", path, expected)
    return guarded("evidence keys", pid, steps)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--source", required=True)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        failures = carried_session(args.binary, args.source, work)
        failures += evidence_keys_session(args.binary, work)
    for failure in failures:
        print("FAIL:", failure)
    print("drove carried and evidence-key sessions through a pseudo-terminal:", "ok" if not failures else "failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
