#!/usr/bin/env python3
"""Presses Tab in a real interactive bash, through a pseudo-terminal, with
coprod's completion loaded, in a folder whose name holds a space: file names
with spaces, quotes and backslashes are completed as one word, quoted the way
bash reads them back (checked by running the completed line through a
function that prints each argument it gets), whether the name was started
bare, in quotes or with backslashes; a list of words (--set references) is
put on the line as it is, without backslashes. Reads the lists bash shows
(readline's possible-completions, Alt-?): on "-" an option's long and short
names, on "--" its long one; an option already given, under either name, not
offered again unless it may be repeated; coprod's own --help and --version
where an option is begun before the command, not among the commands; nothing
after --help.
"""
import argparse
import os
import re
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
    # an option given once is not completed again, under either name, however it was given
    ("coprod score -o x --outp\t", ["coprod", "score", "-o", "x", "--outp"]),
    ("coprod score --output x --outp\t", ["coprod", "score", "--output", "x", "--outp"]),
    ("coprod score --output=x --outp\t", ["coprod", "score", "--output=x", "--outp"]),
    ("coprod score -ox --outp\t", ["coprod", "score", "-ox", "--outp"]),
    ("coprod score -o x --form\t", ["coprod", "score", "-o", "x", "--format"]),
    # after --help, nothing more
    ("coprod score --help --outp\t", ["coprod", "score", "--help", "--outp"]),
    ("coprod --vers\t", ["coprod", "--version"]),
]

# keys typed before Alt-? lists what Tab would offer; words the list must
# hold, and words it must not.
LIST_CASES = [
    ("coprod score -", ["--output", "-o", "--help", "-h", "--format", "--set"], []),
    ("coprod score --", ["--output", "--help", "--format"], ["-o", "-h"]),
    ("coprod score -o x -", ["--format", "--set", "--help", "-h"], ["--output", "-o"]),
    ("coprod score --output x --format json --", ["--set", "--set-evidence", "--strict"], ["--output", "--format"]),
    ("coprod score x --set knowledge.confidence.score=4 --set-evidence knowledge.learning=x --",
     ["--set", "--set-evidence"], []),
    ("coprod report x --previous a.yaml --framework a.yaml --force -", ["--previous", "--framework"], ["--force"]),
    ("coprod -", ["--help", "-h", "--version"], ["init", "score"]),
    ("coprod ", ["init", "score", "help"], ["--help", "--version", "-h"]),
    ("coprod s", ["schema", "score", "summary"], ["--help"]),
]


def run_line_case(fd, terminal, keys, expected):
    """Types the keys, then runs the line through args(); what went wrong, if anything."""
    for part in keys.split("\t")[:-1]:
        os.write(fd, part.encode() + b"\t")
        time.sleep(0.3)
    os.write(fd, keys.split("\t")[-1].encode())
    # Ctrl-A: to the start of the line, to run it through args()
    os.write(fd, b"\x01args \r")
    try:
        output = terminal.read_until("ARGS-DONE\r\n", timeout=5)
    except TimeoutError as error:  # the line was left open (a quote not closed): Ctrl-C drops it
        os.write(fd, b"\x03")
        terminal.read_until(PROMPT)
        return [f"{keys!r}: bash did not run the completed line: {error}"]
    terminal.read_until(PROMPT)
    got = [line[1:-1] for line in output.replace("\r\n", "\n").split("\n")
           if line.startswith("<") and line.endswith(">")]
    return [] if got == expected else [f"{keys!r}: bash read {got!r}, expected {expected!r}\n{output}"]


def run_list_case(fd, terminal, keys, listed, unlisted):
    """Types the keys and Alt-?, reads the list bash shows (up to the prompt and the line again),
    then drops the line; what went wrong, if anything."""
    os.write(fd, keys.encode() + b"\x1b?")
    try:
        shown = terminal.read_until("\n" + PROMPT + keys)
    except TimeoutError as error:
        shown = str(error)
    os.write(fd, b"\x15echo CASE''-DONE\r")
    terminal.read_until("CASE-DONE\r\n")
    terminal.read_until(PROMPT)
    shown = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", shown).replace("\r", "")
    shown = shown[shown.find("\n") + 1:shown.rfind("\n" + PROMPT)]  # the lines between the line typed and the prompt
    offered = set(shown.split())
    failures = [f"{keys!r}: bash did not offer {word!r}; it showed:\n{shown}" for word in listed if word not in offered]
    failures += [f"{keys!r}: bash offered {word!r}; it showed:\n{shown}" for word in unlisted if word in offered]
    return failures


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
            failures += run_line_case(fd, terminal, keys, expected)
        for keys, listed, unlisted in LIST_CASES:
            failures += run_list_case(fd, terminal, keys, listed, unlisted)
        os.write(fd, b"exit\r")
        os.waitpid(pid, 0)
        for failure in failures:
            print("FAIL:", failure)
        print(f"completed {len(CASES)} lines and read {len(LIST_CASES)} lists in an interactive bash:",
              "ok" if not failures else "failed")
        return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
