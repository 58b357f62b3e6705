#!/usr/bin/env python3
"""Runs score, compare, web, plan, plan --review, summary, frameworks (the
list and ID) and help on a real pseudo-terminal of a given width, with COLUMNS
not set (as in a shell that does not export it): each fits the terminal, and
prints what --width with that width prints to a pipe.
"""
import argparse
import fcntl
import os
import pty
import struct
import subprocess
import sys
import termios

from pty_terminal import Terminal

Q4 = ["examples/northbridge/2026-Q4-organisation.coprod.yaml", "examples/northbridge/2026-Q4-peer-network.coprod.yaml"]

# (arguments, the narrowest --width takes, whether some line is wider than 80
# on a wide terminal: not the web, whose chart is never wider than 80 columns,
# nor the list of frameworks, whose lines are short). The web is refused on a
# terminal narrower than it can be drawn (narrow_web()).
COMMANDS = [
    (["frameworks"], 40, False),
    (["frameworks", "ipc-coproduction"], 40, True),
    (["score", "--evidence"] + Q4, 60, True),
    (["compare"] + Q4, 60, True),
    (["web", "--format", "terminal"] + Q4, 60, False),
    (["plan"] + Q4, 60, True),
    (["plan"] + Q4 + ["--review", "examples/northbridge/2026-Q3-action-plan.yaml", "--today", "2026-12-01"], 60, True),
    (["summary", "examples", "--today", "2026-12-01"], 60, True),
]


def environment():
    env = {name: value for name, value in os.environ.items() if name != "COLUMNS"}
    return dict(env, TERM="dumb", LC_ALL="C.UTF-8")


def on_terminal(binary, source, arguments, columns, expected_status=0):
    """What `coprod ARGUMENTS` shows on a terminal `columns` wide, with line breaks as \\n."""
    pid, fd = pty.fork()
    if pid == 0:
        # the size is set before coprod starts, so it cannot ask too early
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
        os.chdir(source)
        os.execve(binary, [binary] + arguments, environment())
    text = Terminal(fd).read_to_end()
    _, status = os.waitpid(pid, 0)
    if os.waitstatus_to_exitcode(status) != expected_status:
        raise RuntimeError(f"coprod {' '.join(arguments)} exited with {os.waitstatus_to_exitcode(status)}:\n{text}")
    return text.replace("\r\n", "\n")


def to_pipe(binary, source, arguments):
    # A terminal shows standard error too (plan's notes, after the sheet).
    done = subprocess.run([binary] + arguments, cwd=source, env=environment(), capture_output=True, text=True,
                          check=True)
    return done.stdout + done.stderr


def same_as_pipe(shown, binary, source, arguments):
    """Whether `shown` is what a pipe gets: standard output the same, and standard error's messages the same words
    (a terminal wraps them at its width; drive_message_wrapping.py checks how)."""
    done = subprocess.run([binary] + arguments, cwd=source, env=environment(), capture_output=True, text=True,
                          check=True)
    return shown.startswith(done.stdout) and shown[len(done.stdout):].split() == done.stderr.split()


def narrow_web(binary, source, arguments, columns):
    """The web on a terminal narrower than 60 columns: not drawn (it would wrap into broken characters) but refused,
    saying how wide the terminal needs to be (exit status 2)."""
    shown = on_terminal(binary, source, arguments, columns, expected_status=2)
    needle = "this terminal is too narrow for the web, which needs at least 60 columns"
    if needle not in " ".join(shown.split()):
        return [f"coprod {' '.join(arguments)} on a terminal {columns} wide: not refused with {needle!r}:\n{shown}"]
    return []


def widest(text):
    return max(len(line) for line in text.split("\n"))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--source", required=True)
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    failures = []
    for arguments, narrowest, wider_than_80 in COMMANDS:
        for columns in (120, 50):
            if arguments[0] == "web" and columns < narrowest:
                failures += narrow_web(binary, args.source, arguments, columns)
                continue
            width = max(columns, narrowest)
            shown = on_terminal(binary, args.source, arguments, columns)
            name = f"coprod {' '.join(arguments)} on a terminal {columns} wide"
            if not same_as_pipe(shown, binary, args.source, arguments + ["--width", str(width)]):
                failures.append(f"{name}: not what --width {width} prints ({widest(shown)} columns at most)")
            elif widest(shown) > width or (columns > 80 and wider_than_80 and widest(shown) <= 80):
                failures.append(f"{name}: lines of up to {widest(shown)} columns")
            elif (columns < 80 or wider_than_80) and shown == to_pipe(binary, args.source, arguments):
                failures.append(f"{name}: the same as to a pipe (80 columns)")
    help_shown = on_terminal(binary, args.source, ["help", "plan"], 120)
    if not 80 < widest(help_shown) <= 120:
        failures.append(f"coprod help plan on a terminal 120 wide: lines of up to {widest(help_shown)} columns")
    for failure in failures:
        print("FAIL:", failure)
    print(f"ran {2 * len(COMMANDS) + 1} commands on a terminal:", "ok" if not failures else "failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
