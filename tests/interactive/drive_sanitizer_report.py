#!/usr/bin/env python3
"""A bug that AddressSanitizer reports while a session has turned the terminal's
echo and line editing off: the sanitizer ends the program with _exit() after
its report, with no signal for coprod's handlers, unless told to abort
(ASAN_OPTIONS=abort_on_error=1, which scripts/test gives and which SIGABRT's
handler covers). So the probe (sanitizer_report_probe.cpp, built only with the
sanitizers) runs on a pseudo-terminal with abort_on_error=0, and the terminal
must be left showing what is typed and editing lines, as it was found.
"""
import argparse
import os
import sys

from pty_terminal import echo_off, start_session, terminal_failures


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--probe", required=True)
    args = parser.parse_args()
    sanitizer_options = ":".join(filter(None, [os.environ.get("ASAN_OPTIONS"), "abort_on_error=0:detect_leaks=0"]))
    pid, fd, terminal = start_session(args.probe, [], "xterm", environment={"ASAN_OPTIONS": sanitizer_options},
                                      core_file=False)
    terminal.read_until("Press a key: ")
    failures = []
    if not echo_off(fd):
        failures.append("the probe did not turn the terminal's echo off, so the test cannot tell")
    os.write(fd, b"x")
    transcript = terminal.read_to_end()
    _, status = os.waitpid(pid, 0)
    if "AddressSanitizer" not in transcript or os.WIFSIGNALED(status) or os.WEXITSTATUS(status) == 0:
        failures.append(f"no sanitizer report ending the program without a signal (wait status {status:#x}):\n"
                        f"{transcript[-1500:]}")
    failures += terminal_failures("after a sanitizer's report", fd)
    for failure in failures:
        print("FAIL:", failure)
    print("terminal after a sanitizer's report:", "ok" if not failures else "failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
