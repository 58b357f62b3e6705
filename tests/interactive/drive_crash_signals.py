#!/usr/bin/env python3
"""A crash while `coprod score FILE --interactive` or `coprod plan --edit PLAN
--interactive` waits for an answer, with the terminal passing keys on as typed
and not showing them: SIGSEGV, SIGBUS, SIGFPE, SIGILL and SIGABRT sent to it
with kill. Each time the terminal is left showing what is typed and editing
lines, as the session found it, and the program ends by the signal, as it would
with no handler (no core file is written: the limit is 0).

AddressSanitizer (the sanitizer pass of scripts/test) has handlers of its own
for SIGSEGV, SIGBUS and SIGFPE, which coprod's hands the signal on to: they end
the program with a report and an exit status of their own. So these sessions
turn them off (ASAN_OPTIONS=...:handle_segv=0, the last value counts, and
nothing at all without the sanitizer), and one more session leaves them as they
are and checks that the terminal is put back and that the program ends by
SIGSEGV, or, under the sanitizer, with its report and not as if all were well.
"""
import argparse
import os
import signal
import sys
import tempfile

from drive_interactive import converse, three_rows
from pty_terminal import echo_off, start_session, terminal_failures

CRASH_SIGNALS = (signal.SIGSEGV, signal.SIGBUS, signal.SIGFPE, signal.SIGILL, signal.SIGABRT)
SANITIZER_HANDLERS_OFF = "handle_segv=0:handle_sigbus=0:handle_sigfpe=0:handle_sigill=0:handle_abort=0"


def start_crash_session(binary, arguments, sanitizer_handlers):
    """`coprod ARGUMENTS` on a new pseudo-terminal, with no core file (and the sanitizer's handlers off unless
    `sanitizer_handlers`): its process id, its fd and a Terminal."""
    environment = {}
    if not sanitizer_handlers:
        environment["ASAN_OPTIONS"] = ":".join(filter(None, [os.environ.get("ASAN_OPTIONS"), SANITIZER_HANDLERS_OFF]))
    return start_session(binary, arguments, "xterm", environment=environment, core_file=False)


def crash_failures(what, pid, fd, terminal, crash, expected_signal):
    """Sends `crash` to the program waiting at a question; failures if the terminal did not show what is typed
    before (the check could not fail), is not put back after, or the program did not end as `expected_signal` (a
    signal's number, or None when a sanitizer's report may end it instead) says."""
    if not echo_off(fd):
        terminal.read_to_end()
        os.waitpid(pid, 0)
        return [f"{what}: the terminal still showed what was typed at the question, so the test cannot tell"]
    os.kill(pid, crash)
    transcript = terminal.read_to_end()
    _, status = os.waitpid(pid, 0)
    failures = terminal_failures(what, fd)
    ended_by = os.WTERMSIG(status) if os.WIFSIGNALED(status) else None
    if expected_signal is None and "Sanitizer" in transcript:
        if os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0:
            failures.append(f"{what}: the program ended with exit status 0 after its sanitizer's report")
    elif ended_by != (expected_signal or crash):
        failures.append(f"{what}: the program did not end by {signal.Signals(crash).name} (wait status {status:#x}):"
                        f"\n{transcript[-1500:]}")
    return failures


def score_session_failures(binary, work, crash, sanitizer_handlers=False):
    """score --interactive at its first question, ended by `crash`."""
    name = signal.Signals(crash).name
    path, _ = three_rows(work, f"{name}{'-sanitizer' if sanitizer_handlers else ''}.coprod.yaml")
    pid, fd, terminal = start_crash_session(binary, ["score", path, "--interactive"], sanitizer_handlers)
    converse(terminal, fd, [("Score: ", None)])
    what = f"score --interactive, {name}{' with the sanitizer handlers as they are' if sanitizer_handlers else ''}"
    return crash_failures(what, pid, fd, terminal, crash, None if sanitizer_handlers else crash)


def plan_session_failures(binary, work, crash):
    """plan --edit --interactive at its first question, ended by `crash`."""
    path = os.path.join(work, f"{signal.Signals(crash).name}.plan.yaml")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("format: coprod-plan/1\nframework: ipc-coproduction\nframework_version: 1\narea: Northbridge\n"
                     "period: 2026-Q3\nactions:\n  - id: commitment-1\n    what: Invite the director\n"
                     "    sections: [commitment]\n")
    pid, fd, terminal = start_crash_session(binary, ["plan", "--edit", path, "--interactive"], False)
    converse(terminal, fd, [("What is the action, in a sentence? ", None)])
    return crash_failures(f"plan --edit --interactive, {signal.Signals(crash).name}", pid, fd, terminal, crash,
                          crash)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    args = parser.parse_args()
    failures = []
    with tempfile.TemporaryDirectory() as work:
        for crash in CRASH_SIGNALS:
            failures += score_session_failures(args.binary, work, crash)
        failures += plan_session_failures(args.binary, work, signal.SIGSEGV)
        failures += plan_session_failures(args.binary, work, signal.SIGILL)
        failures += score_session_failures(args.binary, work, signal.SIGSEGV, sanitizer_handlers=True)
    for failure in failures:
        print("FAIL:", failure)
    print("crashed interactive sessions through a pseudo-terminal:", "ok" if not failures else "failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
