#!/usr/bin/env python3
"""Errors and warnings on a real pseudo-terminal are wrapped at its width (at
most 100 columns) between words, each continuation line indented under the
message's text, with no path, file:line:column or quoted command broken; to a
pipe they are printed as before, one line each.
"""
import argparse
import os
import pty
import subprocess
import sys
import tempfile

from drive_terminal_width import on_terminal, environment

INIT_WITHOUT_FILE = ["init", "--from", "examples/northbridge/2026-Q4-organisation.coprod.yaml"]
LONG_FOLDER = "a-rather-long-folder-name-for-the-reviews/of-northbridge"


def on_pipe(binary, source, arguments):
    done = subprocess.run([binary] + arguments, cwd=source, env=environment(), capture_output=True, text=True)
    return done.stderr


def check_wrapped(name, shown, piped, columns, indent, whole):
    """What is wrong with `shown`, a message wrapped on a terminal `columns` wide, against `piped`."""
    failures = []
    width = min(columns, 100)
    lines = shown.rstrip("\n").split("\n")
    first_of_message = [line for line in lines if not line.startswith(" ")]
    if " ".join(shown.split()) != " ".join(piped.split()):
        failures.append(f"{name}: not the words a pipe gets:\n{shown}\n---\n{piped}")
    for line in lines:
        if len(line) > width and not any(part in line and len(part) + indent > width for part in whole):
            failures.append(f"{name}: a line of {len(line)} columns: {line!r}")
        if line.startswith(" ") and not line.startswith(" " * indent) or line.startswith(" " * (indent + 1)):
            failures.append(f"{name}: a continuation not {indent} columns in: {line!r}")
    if len(lines) == len(first_of_message) and any(len(line) > width for line in piped.split("\n")):
        failures.append(f"{name}: not wrapped:\n{shown}")
    for part in whole:
        if not any(part in line for line in lines):
            failures.append(f"{name}: {part!r} broken over lines:\n{shown}")
    if any(len(line) > 1 for line in piped.rstrip("\n").split("\n") if line.startswith(" ")):
        failures.append(f"{name}: wrapped on a pipe too:\n{piped}")
    return failures


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--source", required=True)
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    failures = []
    with tempfile.TemporaryDirectory() as folder:
        os.makedirs(os.path.join(folder, LONG_FOLDER))
        damaged = os.path.join(LONG_FOLDER, "2026-Q4-organisation.coprod.yaml")
        with open(os.path.join(folder, damaged), "w", encoding="utf-8") as file:
            file.write("format: coprod-assessment/1\nframework: ipc-coproduction\nframework: ipc-coproduction\n")
        runs = [
            # (where, arguments, exit status, indent of continuations, what stays on one line)
            (args.source, INIT_WITHOUT_FILE, 2, len("coprod: usage error: "), ["'coprod init FILE'"]),
            (folder, ["score", damaged], 3, 4, [damaged + ":3:1:"]),
            (folder, ["score", "--format", "xml", damaged], 2, len("coprod: usage error: "), []),
        ]
        for source, arguments, status, indent, whole in runs:
            piped = on_pipe(binary, source, arguments)
            for columns in (80, 50, 120):
                shown = on_terminal(binary, source, arguments, columns, expected_status=status)
                name = f"coprod {' '.join(arguments)} on a terminal {columns} wide"
                failures += check_wrapped(name, shown, piped, columns, indent, whole)
    for failure in failures:
        print("FAIL:", failure)
    print(f"ran {len(runs) * 3} messages on a terminal:", "ok" if not failures else "failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
