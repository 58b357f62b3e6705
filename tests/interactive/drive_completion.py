#!/usr/bin/env python3
"""Presses Tab in a real interactive bash, through a pseudo-terminal, with
coprod's completion loaded, in a folder whose name holds a space: file names
with spaces, quotes and backslashes are completed as one word, quoted the way
bash reads them back (checked by running the completed line through a
function that prints each argument it gets), whether the name was started
bare, in quotes or with backslashes; a list of words (--set references) is
put on the line as it is, without backslashes.
"""
import argparse
import os
import shutil
import sys
import time

from completion_workspace import PROMPT, completion_workspace, start_shell

# (keys typed, Tab where "\t"; then the arguments bash reads from the completed line)
CASES = [
    ("coprod score Nor\t2026-Q3\t", ["coprod", "score", "North Tyneside/2026-Q3-organisation.coprod.yaml"]),
    ("coprod score North\\ Tyneside/2026-Q4\t", ["coprod", "score", "North Tyneside/2026-Q4-organisation.coprod.yaml"]),
    ('coprod score "North Tyneside/2026-Q4\t', ["coprod", "score", "North Tyneside/2026-Q4-organisation.coprod.yaml"]),
    ("coprod score 'North Tyneside/2026-Q3\t", ["coprod", "score", "North Tyneside/2026-Q3-organisation.coprod.yaml"]),
    ("coprod compare it\t", ["coprod", "compare", "it's here.coprod.yaml"]),
    ("coprod web say\t", ["coprod", "web", 'say "hello".coprod.yaml']),
    ("coprod web back\t", ["coprod", "web", "back\\slash.coprod.yaml"]),
    ("coprod score tab\t", ["coprod", "score", "tab\there.coprod.yaml"]),
    ("coprod frameworks --width 60 ipc\t", ["coprod", "frameworks", "--width", "60", "ipc-coproduction"]),
    ("coprod score x --set knowledge.confidence.sc\t4", ["coprod", "score", "x", "--set", "knowledge.confidence.score=4"]),
]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    args = parser.parse_args()
    with completion_workspace(args.binary, INPUTRC="/dev/null") as workspace:
        pid, fd, terminal = start_shell(workspace, [shutil.which("bash"), "--norc", "--noprofile", "-i"])
        terminal.read_until(PROMPT)
        os.write(fd, b"source <(coprod completion bash); args() { printf '<%s>\\n' \"$@\"; echo ARGS-DONE; }\r")
        terminal.read_until(PROMPT)
        failures = []
        for keys, expected in CASES:
            for part in keys.split("\t")[:-1]:
                os.write(fd, part.encode() + b"\t")
                time.sleep(0.3)
            os.write(fd, keys.split("\t")[-1].encode())
            # Ctrl-A: to the start of the line, to run it through args()
            os.write(fd, b"\x01args \r")
            try:
                output = terminal.read_until("ARGS-DONE\r\n", timeout=5)
            except TimeoutError as error:  # the line was left open (a quote not closed): Ctrl-C drops it
                failures.append(f"{keys!r}: bash did not run the completed line: {error}")
                os.write(fd, b"\x03")
                terminal.read_until(PROMPT)
                continue
            terminal.read_until(PROMPT)
            got = [line[1:-1] for line in output.replace("\r\n", "\n").split("\n")
                   if line.startswith("<") and line.endswith(">")]
            if got != expected:
                failures.append(f"{keys!r}: bash read {got!r}, expected {expected!r}\n{output}")
        os.write(fd, b"exit\r")
        os.waitpid(pid, 0)
        for failure in failures:
            print("FAIL:", failure)
        print(f"completed {len(CASES)} lines in an interactive bash:", "ok" if not failures else "failed")
        return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
