#!/usr/bin/env python3
"""Two people change one assessment file at once; no change is ever lost silently.

1. Stress: several `coprod score FILE --set ROW=VALUE` on different rows start
   together, round after round (bounded to a few seconds). After each round,
   every process that exited 0 must find its change in the file, and any other
   must have exited 4 with the documented message and left the file valid.
2. The same row set to different values at once: the file ends up with a value
   some process reported saving, and at most one saved from the same starting point.
3. `score --interactive` while a colleague saves other rows and the row being
   answered: the colleague's rows survive, and the answer to the row they changed
   is refused with a message and asked again rather than written over theirs.
"""
import argparse
import json
import os
import pty
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# The pseudo-terminal reader of the interactive test.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "interactive"))
from pty_terminal import Terminal  # noqa: E402

ROWS = ["commitment.strategy", "commitment.motivation", "commitment.resources", "commitment.leaders"]
CONFLICT_MESSAGE = "was changed by someone else while coprod was working"


def scores_of(binary, path):
    """Every row's score as `coprod score --format json` reads it: {"section.row": score}."""
    out = subprocess.run([binary, "score", path, "--format", "json"], capture_output=True, check=True).stdout
    scores = {}
    for section in json.loads(out)["assessments"][0]["sections"]:
        for item in section["rows"]:
            scores[f"{section['id']}.{item['id']}"] = item["score"]
    return scores


def score_of(binary, path, row):
    return scores_of(binary, path)[row]


def new_file(binary, work, name="shared.coprod.yaml"):
    path = os.path.join(work, name)
    if os.path.exists(path):
        os.remove(path)
    subprocess.run([binary, "init", path, "--perspective", "organisation", "--area", "Northbridge",
                    "--period", "2026-Q3", "--schema", "none"], check=True, capture_output=True)
    return path


def stress_different_rows(binary, work, seconds, failures):
    deadline = time.time() + seconds
    rounds = refused = 0
    while (time.time() < deadline or rounds < 20) and rounds < 400:
        rounds += 1
        path = new_file(binary, work)
        values = [str(1 + (rounds + i) % 4) for i in range(len(ROWS))]
        processes = [subprocess.Popen([binary, "score", path, "--set", f"{row}={value}"],
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                     for row, value in zip(ROWS, values)]
        results = [(p.wait(), p.stderr.read().decode()) for p in processes]
        for p in processes:
            p.stdout.close()
            p.stderr.close()
        scores = scores_of(binary, path)
        for (status, err), row, value in zip(results, ROWS, values):
            got = scores[row]
            if status == 0 and str(got) != value:
                failures.append(f"round {rounds}: --set {row}={value} exited 0 but the file has {got!r} (change lost)")
            elif status == 4:
                refused += 1
                if CONFLICT_MESSAGE not in err:
                    failures.append(f"round {rounds}: exit 4 without the documented message: {err!r}")
            elif status not in (0, 4):
                failures.append(f"round {rounds}: --set {row} exited {status}: {err!r}")
        if len(failures) > 5:
            break
    print(f"different rows: {rounds} rounds of {len(ROWS)} concurrent --set, {refused} refused, "
          f"{len(failures)} problems")


def stress_same_row(binary, work, seconds, failures):
    deadline = time.time() + seconds
    rounds = refusals = 0
    while (time.time() < deadline or rounds < 10) and rounds < 200:
        rounds += 1
        path = new_file(binary, work)
        values = ["1", "2", "3"]
        processes = [subprocess.Popen([binary, "score", path, "--set", f"{ROWS[0]}={value}"],
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE) for value in values]
        results = [(p.wait(), p.stderr.read().decode()) for p in processes]
        for p in processes:
            p.stdout.close()
            p.stderr.close()
        final = str(score_of(binary, path, ROWS[0]))
        saved = [value for (status, _), value in zip(results, values) if status == 0]
        refusals += sum(1 for status, _ in results if status == 4)
        if final not in saved:
            failures.append(f"round {rounds}: the file has {final} but the processes that saved wrote {saved}")
        for status, err in results:
            if status not in (0, 4) or (status == 4 and CONFLICT_MESSAGE not in err):
                failures.append(f"round {rounds}: exit {status}: {err!r}")
        if len(failures) > 5:
            break
    print(f"same row: {rounds} rounds of 3 concurrent --set, {refusals} refused, {len(failures)} problems")


def interactive_with_colleague(binary, work, failures):
    path = new_file(binary, work, "meeting.coprod.yaml")
    pid, fd = pty.fork()
    if pid == 0:
        os.execv(binary, [binary, "score", path, "--interactive"])
    try:
        drive_session(binary, path, pid, fd, failures)
    finally:
        try:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        os.close(fd)


def drive_session(binary, path, pid, fd, failures):
    terminal = Terminal(fd)
    transcript = terminal.read_until("Score: ")
    os.write(fd, b"3\r")
    transcript += terminal.read_until("Evidence: ")
    os.write(fd, b"\r")
    # Row 2 on the screen: a colleague saves a row the session has not reached.
    transcript += terminal.read_until("(2 of 24)")
    transcript += terminal.read_until("Score: ")
    subprocess.run([binary, "score", path, "--set", "commitment.leaders=4"], check=True, capture_output=True)
    os.write(fd, b"2\r")
    transcript += terminal.read_until("Evidence: ")
    os.write(fd, b"\r")
    # Row 3 on the screen: the colleague saves row 3 itself.
    transcript += terminal.read_until("(3 of 24)")
    transcript += terminal.read_until("Score: ")
    subprocess.run([binary, "score", path, "--set", "commitment.resources=1"], check=True, capture_output=True)
    os.write(fd, b"2\r")
    transcript += terminal.read_until("Evidence: ")
    os.write(fd, b"\r")
    transcript += terminal.read_until("Score [1]: ")
    os.write(fd, b"2.5\r")
    transcript += terminal.read_until("Evidence: ")
    os.write(fd, b"\r")
    transcript += terminal.read_until("(4 of 24)")
    transcript += terminal.read_until("Score [4]: ")  # the colleague's score, shown
    os.write(fd, b"q\r")
    transcript += terminal.read_until("Section scores now:")
    _, status = os.waitpid(pid, 0)
    expected = {"commitment.strategy": 3, "commitment.motivation": 2, "commitment.resources": 2.5,
                "commitment.leaders": 4}
    for row, value in expected.items():
        got = score_of(binary, path, row)
        if got != value:
            failures.append(f"interactive: {row} is {got!r}, expected {value!r}")
    if os.waitstatus_to_exitcode(status) != 0:
        failures.append(f"interactive: exit status {os.waitstatus_to_exitcode(status)}")
    for needle in ("Not saved: commitment.resources was changed by someone else while you were answering "
                   "(it now has score 1)", "changed by someone else meanwhile; their changes are kept"):
        if needle not in transcript.replace("\r\n", "\n").replace("\n  ", " ").replace("\n", " "):
            failures.append(f"interactive: the session never said {needle!r}")
    if failures:
        print(transcript)
    print("interactive session with a colleague's edits:", "ok" if not failures else "problems")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--seconds", type=float, default=3.0)
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    failures = []
    with tempfile.TemporaryDirectory(prefix="coprod-concurrent-") as work:
        stress_different_rows(binary, work, args.seconds, failures)
        stress_same_row(binary, work, args.seconds / 2, failures)
        try:
            interactive_with_colleague(binary, work, failures)
        except TimeoutError as error:
            failures.append(f"interactive: {error}")
        leftovers = [name for name in os.listdir(work) if ".coprod-" in name]
        if leftovers:
            failures.append(f"temporary files left behind: {leftovers}")
    for failure in failures[:20]:
        print("FAIL:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
