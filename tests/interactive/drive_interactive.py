#!/usr/bin/env python3
"""Drives `coprod score FILE --interactive` through a pseudo-terminal, as a
facilitator at a keyboard would: answers, skips, goes back, edits a line with
the arrow keys and End, pastes several lines at once, jumps to a section,
quits; then again on a dumb terminal, where arrow keys arrive as raw escape
sequences; then without a terminal; then `coprod plan --edit PLAN
--interactive`, adding an action after the plan's own. After each, checks the whole file against what was expected,
byte for byte: only the answered rows changed, no escape sequence reached it,
and the rest of the file (comments, order, blank lines) is exactly as it was.
"""
import argparse
import os
import pty
import shutil
import sys
import tempfile
import time

from pty_terminal import Terminal, start_session, terminal_failures


def start_job(binary, arguments, term):
    """`coprod ARGUMENTS` as a shell with job control starts it: on a new pseudo-terminal of type `term`, in a
    process group of its own in the terminal's foreground, under a session leader that waits for it (so that Ctrl-Z
    stops it, as it would not stop a process group with no parent in its session). The leader's process id (its
    exit status is the program's), the program's, the fd and a Terminal."""
    import signal
    env = dict(os.environ, TERM=term, LC_ALL="C.UTF-8")
    read_end, write_end = os.pipe()
    leader, fd = pty.fork()
    if leader == 0:
        os.close(read_end)
        program = os.fork()
        if program == 0:
            os.setpgid(0, 0)
            signal.signal(signal.SIGTTOU, signal.SIG_IGN)
            os.tcsetpgrp(0, os.getpgrp())
            signal.signal(signal.SIGTTOU, signal.SIG_DFL)
            os.execve(binary, [binary] + arguments, env)
        os.write(write_end, str(program).encode())
        os.close(write_end)
        _, status = os.waitpid(program, 0)
        os._exit(os.waitstatus_to_exitcode(status) & 0xFF)
    os.close(write_end)
    with os.fdopen(read_end) as handle:
        program = int(handle.read())
    return leader, program, fd, Terminal(fd)


def stopped_failures(what, pid, fd, timeout=20):
    """Waits until the process `pid` is stopped: a failure if it never is, or if the terminal is not as it was
    before the session meanwhile."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            if handle.read().rsplit(")", 1)[1].split()[0] == "T":
                return terminal_failures(what, fd)
        time.sleep(0.01)
    return [f"{what}: the program did not stop"]


def dumb_terminal_session(binary, path, before):
    """TERM=dumb: no line editor; an arrow key's raw escape sequence is dropped, not saved."""
    pid, fd, terminal = start_session(binary, ["score", path, "--interactive"], "dumb")
    # The session before answered F.1: this one carries on after it, and says which rows before it are empty.
    transcript = terminal.read_until("(23 of 24)")
    transcript += terminal.read_until("Score: ")
    os.write(fd, b"g 2.1\r")
    transcript += terminal.read_until("(6 of 24)")
    transcript += terminal.read_until("Score: ")
    os.write(fd, b"1\r")
    transcript += terminal.read_until("Evidence")
    os.write(fd, b"Plain\x1b[D text\r")
    transcript += terminal.read_until("(7 of 24)")
    transcript += terminal.read_until("Score: ")
    os.write(fd, b"q\r")
    transcript += terminal.read_until("Still to do")
    _, status = os.waitpid(pid, 0)
    with open(path, encoding="utf-8") as handle:
        after = handle.read()
    expected = before.replace("      wrong-people:\n        score:\n        evidence:\n",
                              "      wrong-people:\n        score: 1\n        evidence: Plain text\n", 1)
    failures = []
    if os.waitstatus_to_exitcode(status) != 0:
        failures.append(f"dumb terminal: exit status {os.waitstatus_to_exitcode(status)}")
    if after != expected:
        failures.append("dumb terminal: the file is not as expected")
        import difflib
        sys.stdout.writelines(difflib.unified_diff(expected.splitlines(True), after.splitlines(True), "expected", "actual"))
    if "Starting at row 23, the first not scored after the last one answered. Rows 2.1," not in transcript:
        failures.append("dumb terminal: the session did not start after the last row answered")
    if "\x1b[?2004" in transcript:
        failures.append("dumb terminal: bracketed paste was asked of a dumb terminal")
    return failures


def marks_left_on(what, transcript):
    """A failure if the session left the terminal marking pastes (bracketed paste) or never asked it to."""
    on, off = transcript.count("\x1b[?2004h"), transcript.count("\x1b[?2004l")
    if on == 0 or on != off or transcript.rfind("\x1b[?2004l") < transcript.rfind("\x1b[?2004h"):
        return [f"{what}: bracketed paste asked for {on} times and taken back {off} times, the last "
                f"{'on' if transcript.rfind(chr(27) + '[?2004h') > transcript.rfind(chr(27) + '[?2004l') else 'off'}"]
    return []


def three_rows(work, name):
    """A file whose first three rows have no score and no evidence: its path and bytes."""
    return small_file(work, name, "".join(f"      {row}:\n        score:\n        evidence:\n"
                                          for row in ("strategy", "motivation", "resources")))


def file_failures(what, path, expected):
    """A failure, with the difference, if the file is not `expected` byte for byte."""
    with open(path, encoding="utf-8") as handle:
        after = handle.read()
    if after == expected:
        return []
    import difflib
    return [f"{what}: the file is not as expected:\n" + "".join(
        difflib.unified_diff(expected.splitlines(True), after.splitlines(True), "expected", "actual"))]


def type_ahead_session(binary, work):
    """Answers typed ahead, faster than the questions come (all the keys at once, no paste marks):
    each line is its own answer, each row gets its own score and evidence."""
    path, before = three_rows(work, "ahead.coprod.yaml")
    pid, fd, terminal = start_session(binary, ["score", path, "--interactive"], "xterm")
    transcript = converse(terminal, fd, [
        ("Score: ", b"3\rsome evidence\r4\rmore\r"),
        ("(3 of 24)", None),
        ("Score: ", b"q\r"),
        ("Still to do", None)])
    transcript += terminal.read_to_end()
    _, status = os.waitpid(pid, 0)
    failures = [] if os.waitstatus_to_exitcode(status) == 0 else [f"type-ahead: exit status {status}"]
    expected = before.decode().replace(
        "      strategy:\n        score:\n        evidence:\n      motivation:\n        score:\n        evidence:\n",
        "      strategy:\n        score: 3\n        evidence: some evidence\n"
        "      motivation:\n        score: 4\n        evidence: more\n", 1)
    return failures + file_failures("type-ahead", path, expected) + marks_left_on("type-ahead", transcript)


def marked_paste_session(binary, work):
    """A paste the terminal marks (ESC [200~ ... ESC [201~) in the middle of typed evidence, then
    answers typed ahead: the paste's two lines stay one piece of evidence, with what was typed
    before and after it; the next lines answer the next row; the marks never reach the file. A
    paste of two lines at the score prompt is one line, refused as a score."""
    path, before = three_rows(work, "paste.coprod.yaml")
    pid, fd, terminal = start_session(binary, ["score", path, "--interactive"], "xterm")
    transcript = converse(terminal, fd, [
        ("Score: ", b"2\rSee: \x1b[200~First line\rSecond line\x1b[201~ (minutes)\r3\rTyped ahead\r"),
        ("(3 of 24)", None),
        ("Score: ", b"\x1b[200~4\rabout right\x1b[201~\r"),
        ("'4 about right'", None),
        ("Score: ", b"q\r"),
        ("Still to do", None)])
    transcript += terminal.read_to_end()
    _, status = os.waitpid(pid, 0)
    failures = [] if os.waitstatus_to_exitcode(status) == 0 else [f"marked paste: exit status {status}"]
    expected = before.decode().replace(
        "      strategy:\n        score:\n        evidence:\n      motivation:\n        score:\n        evidence:\n",
        "      strategy:\n        score: 2\n        evidence: |-\n          See: First line\n"
        "          Second line (minutes)\n"
        "      motivation:\n        score: 3\n        evidence: Typed ahead\n", 1)
    return failures + file_failures("marked paste", path, expected) + marks_left_on("marked paste", transcript)


def unmarked_paste_session(binary, work):
    """On a terminal that does not mark pastes, a paste of several lines at the evidence prompt is
    lines typed ahead: the first is the evidence; the next, refused as a score, and everything
    after it, are not taken for later rows (the 3 would otherwise score row 2)."""
    path, before = three_rows(work, "unmarked.coprod.yaml")
    pid, fd, terminal = start_session(binary, ["score", path, "--interactive"], "xterm")
    transcript = converse(terminal, fd, [
        ("Score: ", b"1\r"),
        ("Evidence", b"Line one\rLine two\r3\rLine four\r"),
        ("(2 of 24)", None),
        ("The lines typed after it were not taken as answers", None),
        ("Score: ", b"q\r"),
        ("Still to do", None)])
    _, status = os.waitpid(pid, 0)
    failures = [] if os.waitstatus_to_exitcode(status) == 0 else [f"unmarked paste: exit status {status}"]
    expected = before.decode().replace(
        "      strategy:\n        score:\n        evidence:\n",
        "      strategy:\n        score: 1\n        evidence: Line one\n", 1)
    return failures + file_failures("unmarked paste", path, expected)


def interrupted_session(binary, work):
    """Ctrl-C at the evidence prompt, after a row was saved and a new score typed for the next: the program says
    the score just typed was not saved and where the answers saved are, then ends by the signal (exit status 130 in
    a shell); the row saved stays saved, and the terminal is left not marking pastes."""
    path, before = three_rows(work, "interrupted.coprod.yaml")
    pid, fd, terminal = start_session(binary, ["score", path, "--interactive"], "xterm")
    transcript = converse(terminal, fd, [
        ("Score: ", b"2\r"),
        ("Evidence", b"\r"),
        ("(2 of 24)", None),
        ("Score: ", b"3\r"),
        ("Evidence", None)])
    time.sleep(0.3)  # Ctrl-C only once the line editor reads
    os.write(fd, b"\x03")
    transcript += terminal.read_to_end()
    _, status = os.waitpid(pid, 0)
    failures = [] if os.WIFSIGNALED(status) and os.WTERMSIG(status) == 2 else [
        f"Ctrl-C: the program did not end by the signal (status {status})"]
    said = "Stopped (Ctrl-C): the score 3 for commitment.motivation was not saved; every answer saved before it " \
           f"is kept in {path}."
    if "".join(said.split()) not in "".join(transcript.split()):
        failures.append(f"Ctrl-C: the session never said {said!r}:\n{transcript}")
    expected = before.decode().replace("      strategy:\n        score:\n", "      strategy:\n        score: 2\n", 1)
    return (failures + file_failures("Ctrl-C", path, expected) + marks_left_on("Ctrl-C", transcript) +
            terminal_failures("Ctrl-C", fd))


def interrupted_dumb_session(binary, work):
    """Ctrl-C at the score prompt on a dumb terminal (no line editor): where the answers saved are, then the
    program ends by the signal."""
    path, before = three_rows(work, "interrupted-dumb.coprod.yaml")
    pid, fd, terminal = start_session(binary, ["score", path, "--interactive"], "dumb")
    transcript = converse(terminal, fd, [("Score: ", None)])
    time.sleep(0.3)
    os.write(fd, b"\x03")
    transcript += terminal.read_to_end()
    _, status = os.waitpid(pid, 0)
    failures = [] if os.WIFSIGNALED(status) and os.WTERMSIG(status) == 2 else [
        f"Ctrl-C (dumb): the program did not end by the signal (status {status})"]
    said = f"Stopped (Ctrl-C): every answer saved before is kept in {path}."
    if "".join(said.split()) not in "".join(transcript.split()):
        failures.append(f"Ctrl-C (dumb): the session never said {said!r}:\n{transcript}")
    return failures + file_failures("Ctrl-C (dumb)", path, before.decode())


def long_evidence_session(binary, work):
    """Evidence of thousands of words: its first few lines are shown with how many more there are, so the row's
    early indicator and warning sign stay on the screen; Enter keeps all of it."""
    words = " ".join(f"word{i}" for i in range(3000))
    path, before = small_file(work, "long-evidence.coprod.yaml",
                              f"      strategy:\n        score: 3\n        evidence: {words}\n")
    pid, fd, terminal = start_session(binary, ["score", path, "--interactive", "--from-start"], "dumb", columns=60)
    transcript = converse(terminal, fd, [("Score [3]: ", b"q\r"), ("Still to do", None)])
    _, status = os.waitpid(pid, 0)
    failures = session_failures("long evidence", status, 0, transcript, ["Warning sign: No clear vision"], path,
                                before)
    lines = transcript.replace("\r", "").split("\n")
    shown = [line for line in lines if "word" in line]
    more = [line for line in lines if line.startswith("  ... (") and line.endswith(" more lines)")]
    if len(shown) > 6 or len(more) != 1:
        failures.append(f"long evidence: {len(shown)} lines of evidence shown, and the rest not counted:\n"
                        + "\n".join(lines[:40]))
    return failures


def resized_session(binary, work):
    """A terminal narrowed from 100 to 40 columns during the session: what is shown after it fits 40 columns, the
    date question broken at spaces only."""
    import fcntl
    import struct
    import termios
    path, before = completed_before_period_file(work, "resized.coprod.yaml")
    pid, fd, terminal = start_session(binary, ["score", path, "--interactive"], "dumb")
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 100, 0, 0))
    transcript = converse(terminal, fd, [("Score: ", b"2\r"), ("Evidence", b"\r"),
                                         ("Enter goes on to the next row: ", None)])
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 40, 0, 0))
    os.write(fd, b"g 2\r")
    after = converse(terminal, fd, [("June 2026] ", b"\r"), ("Enter goes on to the next section: ", b"q\r"),
                                    ("Still to do", None)])
    after += terminal.read_to_end()
    _, status = os.waitpid(pid, 0)
    failures = [] if os.waitstatus_to_exitcode(status) == 0 else [f"resized: exit status {status}"]
    lines = after.replace("\r", "").split("\n")
    for line in lines:
        if len(line) > 40:
            failures.append(f"resized: a line of {len(line)} columns on a terminal 40 wide: {line!r}")
    if not any("Dates are day first, such as" in line for line in lines):
        failures.append(f"resized: the date question was broken inside a word:\n{after}")
    if not any(len(line) > 40 for line in transcript.replace("\r", "").split("\n")):
        failures.append(f"resized: nothing was wider than 40 columns before the terminal was narrowed:\n{transcript}")
    return failures


def completed_date_session(binary, work):
    """A row changed in a section last completed before the file's period began: leaving the section asks when
    it was completed, on an empty line, the date Enter keeps named in the question. A date that is not one (31 November, or words) is refused with a
    message and asked again; a date typed day first, as the form takes it, is saved YYYY-MM-DD and said back in
    words."""
    path, before = completed_before_period_file(work, "dated.coprod.yaml")
    pid, fd, terminal = start_session(binary, ["score", path, "--interactive"], "xterm")
    transcript = converse(terminal, fd, [
        ("Score: ", b"2\r"),
        ("Evidence", b"\r"),
        ("Enter goes on to the next row: ", b"g 2\r"),
        # Typed as it comes, with no Ctrl-U: the line starts empty, and is empty again after a date refused.
        *date_question("30 June 2026", b"31/11/2026\r"),
        ("is not a date", None),
        *date_question("30 June 2026", b"someday\r"),
        ("is not a date", None),
        *date_question("30 June 2026", b"31/08/2026\r"),
        ("Saved", None),
        # A new date: last time's "completed by" is asked again, and kept with Enter.
        ("Who completed this section? ", b"\r"),
        ("Enter goes on to the next section: ", b"q\r"),
        ("Still to do", None)])
    _, status = os.waitpid(pid, 0)
    flat = " ".join(transcript.split())
    failures = [] if os.waitstatus_to_exitcode(status) == 0 else [
        f"completed date: exit status {os.waitstatus_to_exitcode(status)}"]
    for needle in ("This section was changed, but its last completed date is still 2026-06-30, before "
                   "2026-Q3 began, so a report may call it carried forward from an earlier period.",
                   "'31/11/2026' is not a date: November 2026 has 30 days.",
                   "'someday' is not a date; write it as day/month/year",
                   "Saved: 31 August 2026 (2026-08-31)."):
        if needle not in flat:
            failures.append(f"completed date: the session never showed {needle!r}:\n{transcript}")
    if flat.count("When was this section completed?") != 3:
        failures.append(f"completed date: the question was not asked three times:\n{transcript}")
    expected = before.decode().replace("last_completed: 2026-06-30", "last_completed: 2026-08-31", 1).replace(
        "      strategy:\n        score:\n", "      strategy:\n        score: 2\n", 1)
    return failures + file_failures("completed date", path, expected)


def completed_date_still_before_session(binary, work):
    """A date typed that is still before the file's period began is saved, as typed, with a warning that a report
    may still call the section carried forward (as --set warns)."""
    path, before = completed_before_period_file(work, "early.coprod.yaml")
    pid, fd, terminal = start_session(binary, ["score", path, "--interactive"], "xterm")
    transcript = converse(terminal, fd, [
        ("Score: ", b"4\r"),
        ("Evidence", b"\r"),
        ("Enter goes on to the next row: ", b"g 2\r"),
        *date_question("30 June 2026", b"2026-05-01\r"),
        ("carried forward from an earlier period.", None),
        ("Who completed this section? ", b"\r"),
        ("Enter goes on to the next section: ", b"q\r"),
        ("Still to do", None)])
    _, status = os.waitpid(pid, 0)
    flat = " ".join(transcript.split())
    failures = [] if os.waitstatus_to_exitcode(status) == 0 else [
        f"still before: exit status {os.waitstatus_to_exitcode(status)}"]
    needle = ("Saved: 1 May 2026 (2026-05-01). Warning: 2026-05-01 is before 2026-Q3 began, so a report may still "
              "call this section carried forward from an earlier period.")
    if needle not in flat:
        failures.append(f"still before: the session never showed {needle!r}:\n{transcript}")
    expected = before.decode().replace("last_completed: 2026-06-30", "last_completed: 2026-05-01", 1).replace(
        "      strategy:\n        score:\n", "      strategy:\n        score: 4\n", 1)
    return failures + file_failures("still before", path, expected)


def completed_date_kept_session(binary, work):
    """Stopping with q in a section changed this session asks its date too, before the summary; Enter keeps the
    date as it was (none is written for the person). A section not changed is not asked."""
    path, before = completed_before_period_file(work, "kept.coprod.yaml")
    pid, fd, terminal = start_session(binary, ["score", path, "--interactive"], "xterm")
    transcript = converse(terminal, fd, [
        ("Score: ", b"3\r"),
        ("Evidence", b"\r"),
        ("Enter goes on to the next row: ", b"q\r"),
        *date_question("30 June 2026", b"\r"),
        ("Still to do", None)])
    _, status = os.waitpid(pid, 0)
    failures = [] if os.waitstatus_to_exitcode(status) == 0 else [
        f"date kept: exit status {os.waitstatus_to_exitcode(status)}"]
    expected = before.decode().replace("      strategy:\n        score:\n", "      strategy:\n        score: 3\n", 1)
    failures += file_failures("date kept", path, expected)
    # Not changed this time: no question.
    pid, fd, terminal = start_session(binary, ["score", path, "--interactive", "--from-start"], "xterm")
    transcript = converse(terminal, fd, [("Score [3]: ", b"g 2\r"), ("Enter goes on to the next section: ", b"q\r"),
                                         ("Still to do", None)])
    _, status = os.waitpid(pid, 0)
    if "When was this section completed?" in transcript:
        failures.append(f"date kept: the date was asked of a section not changed:\n{transcript}")
    return failures + file_failures("date not asked", path, expected)


def completed_date_keys_session(binary, work):
    """The date question takes the session's keys, as the other questions do: ? shows what can be typed there, a key
    that moves between rows (b, typed as the word back) is not taken for a date and shows the same, and q (typed Q)
    stops the session at once, the date kept and the next section not shown."""
    path, before = completed_before_period_file(work, "keys.coprod.yaml")
    pid, fd, terminal = start_session(binary, ["score", path, "--interactive"], "xterm")
    keys = ("Keys here: type the date (30/09/2026, day first, or 2026-09-30), or press Enter to keep 30 June 2026; "
            "q stops (the date is kept), ? shows this. s, b and g work at the rows.")
    transcript = converse(terminal, fd, [
        ("Score: ", b"2\r"),
        ("Evidence", b"\r"),
        ("Enter goes on to the next row: ", b"g 2\r"),
        *date_question("30 June 2026", b"?\r"),
        *date_question("30 June 2026", b"back\r"),
        *date_question("30 June 2026", b"Q\r"),
        ("Still to do", None)])
    _, status = os.waitpid(pid, 0)
    flat = " ".join(transcript.split())
    failures = [] if os.waitstatus_to_exitcode(status) == 0 else [
        f"date keys: exit status {os.waitstatus_to_exitcode(status)}"]
    if flat.count(keys) != 2:
        failures.append(f"date keys: ? and b did not both show {keys!r}:\n{transcript}")
    if "is not a date" in flat or "(6 of 24)" in flat or flat.count("When was this section completed?") != 3:
        failures.append(f"date keys: a key was taken for a date, or q did not stop at once:\n{transcript}")
    expected = before.decode().replace("      strategy:\n        score:\n", "      strategy:\n        score: 2\n", 1)
    return failures + file_failures("date keys", path, expected)


def guarded(what, pid, steps):
    """`steps()` (a list of failures), a failure instead when the session waited for something it never showed
    (a question stuck asking the same thing again); the session is ended either way."""
    import signal
    try:
        failures = steps()
    except TimeoutError as stuck:
        failures = [f"{what}: {stuck}"]
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)
    return failures


def date_typed_as_told_session(binary, work):
    """The user tester's trap: after init --from, "today" typed as the date question suggests, with no Ctrl-U, is
    taken (it was appended to the date shown, 2026-06-30today, and refused for ever)."""
    path, before = completed_before_period_file(work, "told.coprod.yaml")
    pid, fd, terminal = start_session(binary, ["score", path, "--interactive"], "xterm",
                                      environment={"SOURCE_DATE_EPOCH": "1790000000"})  # 2026-09-21

    def steps():
        transcript = converse(terminal, fd, [
            ("Score: ", b"2\r"), ("Evidence", b"\r"), ("Enter goes on to the next row: ", b"g 2\r"),
            *date_question("30 June 2026", b"today\r"),
            ("Saved: 21 September 2026 (2026-09-21).", None),
            ("Who completed this section? ", b"\r"),
            ("Enter goes on to the next section: ", b"q\r"), ("Still to do", None)])
        expected = before.decode().replace("last_completed: 2026-06-30", "last_completed: 2026-09-21", 1).replace(
            "      strategy:\n        score:\n", "      strategy:\n        score: 2\n", 1)
        return file_failures("today as told", path, expected) + (
            [] if "is not a date" not in transcript else [f"today as told: a date was refused:\n{transcript}"])
    return guarded("today as told", pid, steps)


def date_refused_then_kept_session(binary, work):
    """After a date refused the line is empty again: Enter then keeps the date (it sent the refused text again, for
    ever), the next date typed is taken alone (1st Dec01/12/2026 was refused), and q stops."""
    path, before = completed_before_period_file(work, "refused.coprod.yaml")
    pid, fd, terminal = start_session(binary, ["score", path, "--interactive"], "xterm")

    def steps():
        said = converse(terminal, fd, [
            ("Score: ", b"2\r"), ("Evidence", b"\r"), ("Enter goes on to the next row: ", b"g 2\r"),
            *date_question("30 June 2026", b"1st Dec\r"), ("is not a date", None),
            *date_question("30 June 2026", b"\r"),
            ("Enter goes on to the next section: ", b"q\r"), ("Still to do", None)])
        expected = before.decode().replace("      strategy:\n        score:\n", "      strategy:\n        score: 2\n", 1)
        failures = file_failures("refused then Enter", path, expected)
        needle = "'1st Dec' is not a date; write it as day/month/year, such as 30/09/2026, or type today. Enter keeps "
        if needle + "30 June 2026; q stops." not in " ".join(said.split()):
            failures.append(f"refused then Enter: the refusal did not say what Enter and q do:\n{said}")
        # A section with no date: a date refused, then one typed as the form takes it, is saved alone.
        no_date, _ = small_file(work, "undated.coprod.yaml", "      strategy:\n        score:\n        evidence:\n")
        second, fd2, terminal2 = start_session(binary, ["score", no_date, "--interactive"], "xterm")
        try:
            transcript = converse(terminal2, fd2, [
                ("Score: ", b"2\r"), ("Evidence", b"\r"), ("Enter goes on to the next row: ", b"g 2\r"),
                *date_question(None, b"1st Dec\r"), ("is not a date", None),
                *date_question(None, b"01/12/2026\r"), ("Who completed this section? ", b"quit\r"), ("Still to do", None)])
        finally:
            guarded("refused then a date", second, lambda: [])
        if "Saved: 1 December 2026 (2026-12-01)." not in " ".join(transcript.split()):
            failures.append(f"refused then a date: 01/12/2026 was not saved alone:\n{transcript}")
        return failures
    return guarded("refused then Enter", pid, steps)


def words_at_the_score_session(binary, work):
    """What a nervous user types at Score: help shows the keys; words that are not scores are refused with the keys
    in short; SKIP, Back, N/A and Q are the keys and n/a; Enter at a row not scored yet leaves it and goes on."""
    path, before = three_rows(work, "words.coprod.yaml")
    pid, fd, terminal = start_session(binary, ["score", path, "--interactive"], "xterm")
    keys = "Keys: s skips this row, b goes back, q stops (the answers given are saved), ? shows help."

    def steps():
        transcript = converse(terminal, fd, [
            ("Score: ", b"help\r"), ("Keys: s skips a row", None),
            ("Score: ", b"I dont know\r"), ("'I dont know' is not a score", None),
            ("Score: ", b"2,5\r"), ("with a full stop", None),
            ("Score: ", b"SKIP\r"), ("(2 of 24)", None),
            ("Score: ", b"Back\r"), ("(1 of 24)", None),
            ("Score: ", b"N/A\r"), ("Evidence", b"\r"), ("(2 of 24)", None),
            ("Score: ", b"\r"), ("Left not scored; b goes back to it.", None), ("(3 of 24)", None),
            ("Score: ", b"Q\r"), ("Still to do", None)])
        flat = " ".join(transcript.split())
        failures = []
        for needle in ("'I dont know' is not a score; write a whole number from 0 to 5, a half point such as 2.5, or "
                       "n/a. " + keys, "'2,5' is not a score; write 2.5, with a full stop. " + keys):
            if needle not in flat:
                failures.append(f"words at the score: the session never showed {needle!r}:\n{transcript}")
        if "Evidence: " in transcript.split("(2 of 24)")[-1]:
            failures.append(f"words at the score: Enter at a row not scored asked for evidence:\n{transcript}")
        expected = before.decode().replace("      strategy:\n        score:\n", "      strategy:\n        score: n/a\n",
                                           1)
        return failures + file_failures("words at the score", path, expected)
    return guarded("words at the score", pid, steps)


def refused_not_recalled_session(binary, work):
    """The up arrow brings back answers taken, never one refused: after 7 is refused at a score (off the scale),
    the up arrow brings back the 3 given at the row before, not the 7."""
    path, before = three_rows(work, "recalled.coprod.yaml")
    pid, fd, terminal = start_session(binary, ["score", path, "--interactive"], "xterm")

    def steps():
        transcript = converse(terminal, fd, [
            ("Score: ", b"3\r"), ("Evidence", b"First row\r"), ("(2 of 24)", None),
            ("Score: ", b"7\r"), ("is outside the scale", None),
            ("Score: ", b"\x1b[A\r"), ("Evidence", b"\r"), ("(3 of 24)", None),
            ("Score: ", b"q\r"), ("Still to do", None)])
        failures = []
        if transcript.count("is outside the scale") != 1:
            failures.append(f"refused not recalled: the refused 7 came back:\n{transcript}")
        expected = before.decode().replace(
            "      strategy:\n        score:\n        evidence:\n      motivation:\n        score:\n",
            "      strategy:\n        score: 3\n        evidence: First row\n      motivation:\n        score: 3\n", 1)
        return failures + file_failures("refused not recalled", path, expected)
    return guarded("refused not recalled (the up arrow brought back the refused 7)", pid, steps)


def keys_after_evidence_session(binary, work):
    """q typed at the end of the evidence shown to edit, without Ctrl-U first, is the key: it stops with the
    evidence kept (it was saved as "Other notesq"); + and text typed there are the evidence going on, saved as
    typed (they were once taken for the key, which dropped the edit and the +)."""
    import subprocess
    path, _ = three_rows(work, "after.coprod.yaml")
    subprocess.run([binary, "score", path, "--set", "commitment.strategy=3", "--set", "commitment.motivation=2",
                    "--set-evidence", "commitment.strategy=Old notes", "--set-evidence",
                    "commitment.motivation=Other notes"], check=True, capture_output=True)
    expected_path = os.path.join(work, "after-expected.coprod.yaml")
    shutil.copyfile(path, expected_path)
    subprocess.run([binary, "score", expected_path, "--set-evidence", "commitment.strategy=Old notes +3 carers joined"],
                   check=True, capture_output=True)
    with open(expected_path, encoding="utf-8") as handle:
        expected = handle.read()
    pid, fd, terminal = start_session(binary, ["score", path, "--interactive", "--from-start"], "xterm")

    def steps():
        converse(terminal, fd, [
            ("Score [3]: ", b"\r"), ("Evidence", None), ("Old notes", b" +3 carers joined\r"),
            ("Score [2]: ", b"\r"), ("Evidence", None), ("Other notes", b"q\r"), ("Still to do", None)])
        return file_failures("keys after the evidence", path, expected)
    return guarded("keys after the evidence", pid, steps)


def edited_evidence_sessions(binary, work):
    """Evidence of two lines, shown to edit a line at a time, in a file with LF line ends and in one with CRLF:
    a typo put right with the arrow keys and Backspace, Enter keeping the second line, saves the line put right and
    the other as it was, the file's line ends kept; Enter alone at each line keeps the file byte for byte."""
    failures = []
    for ending in ("\n", "\r\n"):
        what = "edited evidence (" + ("CRLF" if ending == "\r\n" else "LF") + ")"
        path, before = small_file(work, "edited.coprod.yaml", "      strategy:\n        score: 3\n"
                                  "        evidence: |-\n          Minutes of the Mya meeting.\n"
                                  "          The board agreed it.\n")
        before = before.decode().replace("\n", ending)
        with open(path, "w", encoding="utf-8", newline="") as handle:
            handle.write(before)
        # Enter alone, at the score and at each line of the evidence: nothing is written.
        pid, fd, terminal = start_session(binary, ["score", path, "--interactive", "--from-start"], "xterm")
        transcript = converse(terminal, fd, [
            ("Score [3]: ", b"\r"),
            ("Evidence", None), ("Minutes of the Mya meeting.", b"\r"),
            ("The board agreed it.", b"\r"),
            ("Enter goes on to the next row: ", b"q\r"),
            ("Still to do", None)])
        _, status = os.waitpid(pid, 0)
        failures += session_failures(what + ", kept", status, 0, transcript, [], path, before.encode())
        # "Mya" put right: 9 left arrows to the end of it, two Backspaces, "ay"; Enter; Enter keeps the second line.
        pid, fd, terminal = start_session(binary, ["score", path, "--interactive", "--from-start"], "xterm")
        # The keys as soon as the line is shown, all at once: the line editor reads them, not the terminal.
        transcript = converse(terminal, fd, [("Score [3]: ", b"\r"), ("Evidence", None),
                                             ("Minutes of the Mya meeting.", b"\x1b[D" * 9 + b"\x7f\x7fay\r")])
        transcript += converse(terminal, fd, [("The board agreed it.", b"\r"),
                                              ("Enter goes on to the next row: ", b"q\r"),
                                              ("Still to do", None)])
        _, status = os.waitpid(pid, 0)
        if os.waitstatus_to_exitcode(status) != 0:
            failures.append(f"{what}: exit status {os.waitstatus_to_exitcode(status)}")
        expected = before.replace("Mya meeting", "May meeting", 1)
        with open(path, encoding="utf-8", newline="") as handle:
            after = handle.read()
        if after != expected:
            import difflib
            failures.append(f"{what}: the file is not as expected:\n" + "".join(difflib.unified_diff(
                expected.splitlines(True), after.splitlines(True), "expected", "actual")))
    return failures


class FolderLock:
    """Holds the lock coprod takes on a file's folder to save it (cli/folder_lock.hpp), so that a session saving
    an answer waits, between questions, until it is let go."""

    def __init__(self, folder):
        import fcntl
        self.fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        fcntl.flock(self.fd, fcntl.LOCK_EX)

    def wait_for(self, pid, timeout=20):
        """Waits until the process `pid` waits for this lock (a line '->' of /proc/locks)."""
        deadline = time.time() + timeout
        while time.time() < deadline:
            with open("/proc/locks", encoding="ascii") as handle:
                if any("->" in line and line.split()[5] == str(pid) for line in handle):
                    return
            time.sleep(0.01)
        raise TimeoutError(f"process {pid} never waited for the folder's lock")

    def release(self):
        os.close(self.fd)


def type_ahead_sessions(binary, work):
    """Keys typed while coprod is busy between two questions (saving an answer; held up here by the folder's lock,
    so that the keys certainly come before the next question): the answer to the question after it, and Ctrl-U
    and a date for the date question shown filled in after that. They reach the line editor as keys: Ctrl-U
    empties the date shown and the date typed replaces it, rather than the terminal taking Ctrl-U and the date
    joining the one shown ('2026-06-3031/08/2026', refused)."""
    path, before = completed_before_period_file(work, "typed-ahead.coprod.yaml")
    pid, fd, terminal = start_session(binary, ["score", path, "--interactive"], "xterm")
    transcript = converse(terminal, fd, [("Score: ", b"2\r"), ("Evidence", None)])
    lock = FolderLock(work)
    os.write(fd, b"\r")  # saves the score: coprod waits for the lock
    lock.wait_for(pid)
    os.write(fd, b"g 2\r" + b"\x1531/08/2026\r")
    transcript += terminal.read_quiet(quiet=0.3)  # the terminal has taken in the keys before coprod goes on
    lock.release()
    transcript += converse(terminal, fd, [("Who completed this section? ", b"\r"),
                                          ("Enter goes on to the next section: ", b"q\r"), ("Still to do", None)])
    _, status = os.waitpid(pid, 0)
    failures = session_failures("typed ahead", status, 0, transcript, ["Saved: 31 August 2026 (2026-08-31)."], path,
                                before.replace(b"last_completed: 2026-06-30", b"last_completed: 2026-08-31", 1).replace(
                                    b"      strategy:\n        score:\n", b"      strategy:\n        score: 2\n", 1))
    if "is not a date" in transcript:
        failures.append(f"typed ahead: the date typed ahead joined the date shown:\n{transcript}")
    return failures + terminal_failures("typed ahead", fd)


def personal_data_session(binary, work):
    """Evidence typed with a phone number in it: saved, then check's warning on it and the evidence shown again,
    ready to edit; Ctrl-U and new evidence, typed at once, replace it."""
    path, before = three_rows(work, "personal.coprod.yaml")
    pid, fd, terminal = start_session(binary, ["score", path, "--interactive"], "xterm", columns=200)
    transcript = converse(terminal, fd, [
        ("Score: ", b"3\r"),
        ("Evidence", b"Ring Sam on 07700 900123.\r"),
        ("or press Enter to keep it.", None),
        ("Ring Sam on 07700 900123.", b"\x15Ring the office.\r"),
        ("(2 of 24)", None),
        ("Score: ", b"q\r"),
        ("Still to do", None)])
    _, status = os.waitpid(pid, 0)
    expected = before.replace(b"      strategy:\n        score:\n        evidence:\n",
                              b"      strategy:\n        score: 3\n        evidence: Ring the office.\n", 1)
    return session_failures("personal data", status, 0, transcript, [
        f"{path}:12:31: warning: this looks like a UK phone number ('07700 900123'); remove it before sharing, or if "
        "it may stay, end line 12 with '# coprod: reviewed phone' [phone]"], path, expected)


def terminal_put_back_sessions(binary, work):
    """However a session ends, the terminal is left as it found it (showing what is typed, editing lines): stopped
    by SIGTERM while it saves an answer (after an earlier answer saved, so that the handler removing temporary files
    is there too); stopped with Ctrl-Z at a question (put back while stopped, then the session goes on); an error
    when the file was broken meanwhile."""
    import signal
    failures = []
    # SIGTERM between questions, while the second answer is being saved.
    path, before = three_rows(work, "terminated.coprod.yaml")
    pid, fd, terminal = start_session(binary, ["score", path, "--interactive"], "xterm")
    converse(terminal, fd, [("Score: ", b"3\r"), ("Evidence", b"\r"), ("(2 of 24)", None), ("Score: ", b"4\r"),
                            ("Evidence", None)])
    lock = FolderLock(work)
    os.write(fd, b"\r")
    lock.wait_for(pid)
    os.kill(pid, signal.SIGTERM)
    lock.release()
    terminal.read_to_end()
    _, status = os.waitpid(pid, 0)
    if not (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGTERM):
        failures.append(f"SIGTERM: the program did not end by the signal (status {status})")
    failures += terminal_failures("SIGTERM", fd)
    failures += file_failures("SIGTERM", path, before.decode().replace(
        "      strategy:\n        score:\n", "      strategy:\n        score: 3\n", 1))
    leftovers = [name for name in os.listdir(work) if ".coprod-" in name]
    if leftovers:
        failures.append(f"SIGTERM: temporary files were left behind: {leftovers}")
    # Ctrl-Z at a question, and again between questions (while an answer is saved): the terminal as it was while
    # stopped each time; the session goes on when continued.
    path, before = three_rows(work, "stopped.coprod.yaml")
    leader, program, fd, terminal = start_job(binary, ["score", path, "--interactive"], "xterm")
    converse(terminal, fd, [("Score: ", b"\x1a")])
    failures += stopped_failures("Ctrl-Z at a question", program, fd)
    os.kill(program, signal.SIGCONT)
    os.write(fd, b"2\r")
    converse(terminal, fd, [("Evidence", None)])
    lock = FolderLock(work)
    os.write(fd, b"\r")
    lock.wait_for(program)
    os.write(fd, b"\x1a")
    failures += stopped_failures("Ctrl-Z between questions", program, fd)
    os.write(fd, b"q\r")
    lock.release()
    os.kill(program, signal.SIGCONT)
    converse(terminal, fd, [("Still to do", None)])
    terminal.read_to_end()
    _, status = os.waitpid(leader, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        failures.append(f"Ctrl-Z: exit status {os.waitstatus_to_exitcode(status)}")
    failures += terminal_failures("Ctrl-Z, then the end", fd)
    failures += file_failures("Ctrl-Z", path, before.decode().replace(
        "      strategy:\n        score:\n", "      strategy:\n        score: 2\n", 1))
    # An error: the file broken while a question waits, so the answer cannot be saved.
    path, before = three_rows(work, "broken.coprod.yaml")
    pid, fd, terminal = start_session(binary, ["score", path, "--interactive"], "xterm")
    converse(terminal, fd, [("Score: ", b"3\r"), ("Evidence", None)])
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("format: coprod-assessment/1\nsections: [\n")
    os.write(fd, b"\r")
    transcript = terminal.read_to_end()
    _, status = os.waitpid(pid, 0)
    if os.waitstatus_to_exitcode(status) == 0 or "error" not in transcript:
        failures.append(f"error: the session did not end with an error (exit status "
                        f"{os.waitstatus_to_exitcode(status)}):\n{transcript}")
    return failures + terminal_failures("error", fd)


def small_file(work, name, rows):
    """An organisation's assessment with only `rows` (YAML lines) under commitment: its path and bytes."""
    path = os.path.join(work, name)
    text = ("format: coprod-assessment/1\nframework: ipc-coproduction\nframework_version: 1\n"
            "area: Northbridge\nperspective: organisation\nperiod: 2026-Q3\nsections:\n"
            "  commitment:\n    rows:\n" + rows)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)
    return path, text.encode()


def completed_before_period_file(work, name):
    """small_file() with one unscored row, in a section last completed on 2026-06-30, before the period (2026-Q3)
    began: its path and bytes."""
    path, before = small_file(work, name, "      strategy:\n        score:\n        evidence:\n")
    before = before.replace(b"  commitment:\n", b"  commitment:\n    completed_by: Programme lead\n    last_completed: 2026-06-30\n", 1)
    with open(path, "wb") as handle:
        handle.write(before)
    return path, before


def date_question(kept, keys):
    """converse() steps: the question of a section's date, which names the date Enter keeps (`kept`, "30 June
    2026", or None when the section has none), on an empty line; then `keys`."""
    return [("When was this section completed? " + (f"[{kept}] " if kept else ""), keys)]


def converse(terminal, fd, steps):
    """Waits for each (marker, keys) step's marker and then types its keys (None types nothing);
    returns all the session showed."""
    transcript = ""
    for marker, keys in steps:
        transcript += terminal.read_until(marker)
        # No wait before Ctrl-D, Ctrl-U or the arrow keys: from the first question on, the terminal passes keys to
        # coprod as typed, so they reach the line editor even when typed before it reads (type_ahead_sessions()).
        if keys is not None:
            os.write(fd, keys)
    return transcript


def session_failures(what, status, expected_status, transcript, needles, path, before):
    """What went wrong in a session: its exit status, a needle it never showed, or its file changed."""
    failures = []
    if os.waitstatus_to_exitcode(status) != expected_status:
        failures.append(f"{what}: exit status {os.waitstatus_to_exitcode(status)}")
    flat = " ".join(transcript.split())
    for needle in needles:
        if needle not in flat:
            failures.append(f"{what}: the session never showed {needle!r}:\n{transcript}")
    with open(path, "rb") as handle:
        if handle.read() != before:
            failures.append(f"{what}: the file changed")
    return failures


def refusal_session(binary, work):
    """A row coprod cannot edit in place (written on one line) is shown with the reason, and no
    score is asked for: a score typed there is not taken, Enter goes on. Leaving at the evidence
    prompt (Ctrl-D) says the score just typed was not saved. The file is untouched."""
    path, before = small_file(work, "flow.coprod.yaml", "      strategy: {score: 1}\n      motivation:\n")
    pid, fd, terminal = start_session(binary, ["score", path, "--interactive", "--from-start"], "xterm")
    transcript = converse(terminal, fd, [
        ("Enter goes on to the next row: ", b"3\r"),
        ("press Enter to go on", None),
        ("Enter goes on to the next row: ", b"\r"),
        ("(2 of 24)", None),
        ("Score: ", b"2\r"),
        ("Evidence: ", b"\x04"),
        ("Still to do", None)])
    _, status = os.waitpid(pid, 0)
    failures = session_failures(
        "refusal", status, 0, transcript,
        ("This row cannot be changed here: the row 'commitment.strategy' is written on one line",
         "The score 2 for commitment.motivation was not saved."), path, before)
    if "Score [1]" in transcript:
        failures.append(f"refusal: a score was asked for the row written on one line:\n{transcript}")
    return failures + marks_left_on("Ctrl-D", transcript + terminal.read_to_end())


def missing_section_session(binary, work):
    """A section missing from the file is passed with one Enter, not one per row; when it is the
    last section, Enter goes on to the summary. The file is untouched."""
    path, before = small_file(work, "one-section.coprod.yaml", "      strategy:\n        score: 1\n")
    pid, fd, terminal = start_session(binary, ["score", path, "--interactive"], "xterm")
    transcript = converse(terminal, fd, [
        ("Enter goes on to the next row: ", b"g 2\r"),  # row 2: that row is not in the file
        ("Enter goes on to the next section: ", b"\r"),
        ("Enter goes on to the next section: ", b"g 7\r"),  # purpose is missing too
        ("Enter goes on to the summary: ", b"\r"),
        # Through to the last row: the reflections not written yet are asked; q stops.
        ("What was surprising? ", b"q\r"),
        ("Still to do", None)])
    _, status = os.waitpid(pid, 0)
    failures = session_failures(
        "missing section", status, 0, transcript,
        ("This row cannot be changed here: the row 'commitment.motivation' is not in the file",
         "(6 of 24): contact.wrong-people",
         "This row cannot be changed here: the section 'contact' is not in the file",
         "Nor can the 2 rows after it in this section, for the same reason.",
         "(9 of 24): purpose.priorities",
         "(22 of 24): facilitate.trusting-relationships"), path, before)
    for row in ("(7 of 24)", "(8 of 24)", "(23 of 24)"):
        if row in " ".join(transcript.split()):
            failures.append(f"missing section: {row} was shown, though its whole section is missing:\n{transcript}")
    return failures


def file_with_errors_session(binary, work):
    """A file with errors (a score in quotes) is refused at a terminal too, with the errors and a way
    forward (exit status 3); the file is untouched."""
    path, before = small_file(work, "quoted.coprod.yaml", "      strategy:\n        score: \"3\"\n")
    pid, _, terminal = start_session(binary, ["score", path, "--interactive"], "xterm")
    transcript = terminal.read_until("then start again")
    _, status = os.waitpid(pid, 0)
    return session_failures(
        "file with errors", status, 3, transcript,
        (f"{path}:11:16: error: the score of the row 'commitment.strategy' is in quotes",
         f"--interactive starts on a file without errors; put them right in the file, or with "
         f"'coprod score {path} --set ROW=VALUE', then start again"), path, before)


def long_lines_session(binary, work):
    """A long file path and evidence holding a web address wider than a line: every line shown fits the
    terminal's width, the path and the address broken after a '/'."""
    folder = os.path.join(work, "reviews-of-co-production-in-the-northbridge-area", "quarterly-self-assessments-2026")
    os.makedirs(folder)
    address = "https://www.northbridge-integrated-care.example.nhs.uk/co-production/meeting-notes-2026-10-14.html"
    path, before = small_file(folder, "2026-Q3-organisation.coprod.yaml",
                              f"      strategy:\n        score: 3\n        evidence: Notes at {address} today.\n")
    pid, fd, terminal = start_session(binary, ["score", path, "--interactive", "--from-start"], "dumb", columns=60)
    transcript = converse(terminal, fd, [("Score [3]: ", b"q\r"), ("Still to do", None), ("\n", None)])
    _, status = os.waitpid(pid, 0)
    failures = session_failures("long lines", status, 0, transcript, ["Notes at https://"], path, before)
    for line in transcript.replace("\r", "").split("\n"):
        if len(line) > 60:
            failures.append(f"long lines: a line of {len(line)} columns on a terminal 60 wide: {line!r}")
    return failures


def no_terminal_session(binary, path):
    """Without a terminal: a clear message and exit status 2, and the file untouched."""
    import subprocess
    with open(path, "rb") as handle:
        before = handle.read()
    result = subprocess.run([binary, "score", path, "--interactive"], input=b"3\n\n", capture_output=True)
    with open(path, "rb") as handle:
        after = handle.read()
    failures = []
    if result.returncode != 2 or b"--interactive needs a terminal" not in result.stderr:
        failures.append(f"no terminal: exit {result.returncode}, {result.stderr!r}")
    if after != before:
        failures.append("no terminal: the file changed")
    return failures


def start_plan_edit(binary, path, before):
    """Writes `before` to `path` as it is (its line breaks kept) and starts coprod plan --edit PATH --interactive on
    it in a pseudo-terminal: (pid, fd, terminal)."""
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(before)
    return start_session(binary, ["plan", "--edit", path, "--interactive"], "xterm")


def plan_edit_session(binary, work):
    """coprod plan --edit PLAN --interactive: Enter keeps a value, a value typed is saved, a date
    that is not one is refused and asked again, q stops; an action carried from an earlier plan says so.
    The plan is checked byte for byte: only the values answered changed, its comment and the other
    action exactly as they were."""
    path = os.path.join(work, "q3.plan.yaml")
    before = ("format: coprod-plan/1\n# Agreed at the October meeting.\nframework: ipc-coproduction\n"
              "framework_version: 1\narea: Northbridge\nperiod: 2026-Q3\nactions:\n"
              "  - id: commitment-1\n    carried_from: 2026-Q2\n    what: Invite the director\n"
              "    sections: [commitment]\n"
              "  - id: contact-1\n    what: Meet them\n    sections: [contact]\n")
    pid, fd, terminal = start_plan_edit(binary, path, before)
    transcript = converse(terminal, fd, [
        ("Action 1 of 2: commitment-1", None),
        ("What is the action, in a sentence? ", b"\r"),
        ("Who owns it", None),
        ("? ", b"Programme lead\r"),
        ("When is it due (such as 28/02/2027)? ", b"30/02/2027\r"),
        ("Not saved", None),
        ("When is it due (such as 28/02/2027)? ", b"28/02/2027\r"),
        ("Status (open, in progress, done or dropped)? ", b"q\r"),
        ("saved in", None)])
    transcript += terminal.read_to_end()
    _, status = os.waitpid(pid, 0)
    expected = before.replace("    sections: [commitment]\n",
                              "    sections: [commitment]\n    owner: Programme lead\n    due: 2027-02-28\n", 1)
    failures = session_failures("plan --edit", status, 0, transcript,
                                ("Carried over from the 2026-Q2 plan, not finished there",
                                 "Saved: commitment-1.owner now has new text.", "February 2027 has 28 days",
                                 "That is 28 February 2027", "2 answers saved in"), path, expected.encode())
    if "Action 2 of 2" in transcript:
        failures.append(f"plan --edit: q did not stop the walk:\n{transcript}")
    return failures + marks_left_on("plan --edit", transcript)


def plan_owner_name_session(binary, work):
    """coprod plan --edit PLAN --interactive: an owner typed as a person's name is saved, and the warning check
    gives it (a role is asked for, with the mark that lets the name stay) shows at once, before the next question."""
    path = os.path.join(work, "owner.plan.yaml")
    before = ("format: coprod-plan/1\nframework: ipc-coproduction\nframework_version: 1\narea: Northbridge\n"
              "period: 2026-Q3\nactions:\n  - id: commitment-1\n    what: Invite the director\n"
              "    sections: [commitment]\n")
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(before)
    pid, fd, terminal = start_session(binary, ["plan", "--edit", path, "--interactive"], "xterm", columns=200)
    transcript = converse(terminal, fd, [
        ("What is the action, in a sentence? ", b"\r"),
        ("Who owns it", None),
        ("? ", b"Mary Jones\r"),
        ("When is it due (such as 28/02/2027)? ", b"q\r"),
        ("saved in", None)])
    transcript += terminal.read_to_end()
    _, status = os.waitpid(pid, 0)
    expected = before + "    owner: Mary Jones\n"
    failures = session_failures("plan --edit, owner", status, 0, transcript,
                                ("the owner 'Mary Jones' looks like a person's name",
                                 "end line 10 with '# coprod: reviewed owner-name' [owner-name]"), path,
                                expected.encode())
    flat = " ".join(transcript.split())
    if flat.find("[owner-name]") > flat.find("When is it due"):
        failures.append(f"plan --edit, owner: the warning came after the next question:\n{transcript}")
    return failures


def plan_add_action_session(binary, work):
    """coprod plan --edit PLAN --interactive, after the plan's own actions: "Add another action?" lists the
    sections for ?, takes a section by number (a misspelt name is answered with the one meant, a row not in the framework is
    asked again), adds the action as --add-action does and asks its fields; Enter alone finishes. The
    plan is checked byte for byte: the action added at the end, as plan --write writes one, with the
    answer given, and nothing else changed. Last, what the board is asked to do: none yet, and one added as
    --add-ask adds it, under a new asks_of_the_board: where plan --write puts it, before the actions, below a blank
    line and its comment."""
    path = os.path.join(work, "q4.plan.yaml")
    before = ("format: coprod-plan/1\nframework: ipc-coproduction\nframework_version: 1\narea: Northbridge\n"
              "period: 2026-Q3\nactions:\n  - id: commitment-1\n    what: Invite the director\n"
              "    sections: [commitment]\n# The end.\n")
    pid, fd, terminal = start_plan_edit(binary, path, before)
    steps = [("Action 1 of 1: commitment-1", None)]
    steps += [("? ", b"\r")] * 6
    steps += [("Add another action?", None), ("to finish: ", b"?\r"), ("Facilitate the process (F or facilitate)", None),
              ("to finish: ", b"contcat\r"), ("Not added", None),
              ("to finish: ", b"2\r"), ("Which rows is it about", None), ("Enter for none: ", b"2.9\r"),
              ("Not added", None), ("Enter for none: ", b"2.3, wrong-people\r"),
              ("Action 2 of 2: contact-1", None), ("What is the action, in a sentence? ", b"Ask the forum\r")]
    steps += [("Saved", None)] + [("? ", b"\r")] * 5
    steps += [("Add another action?", None), ("to finish: ", b"\r"), ("What we ask the board to do: nothing yet", None),
              ("to finish: ", b"Agree to fund travel\r"), ("Saved: added ask 1 of the board.", None),
              ("to finish: ", b"\r"), ("saved in", None)]
    transcript = converse(terminal, fd, steps)
    transcript += terminal.read_to_end()
    _, status = os.waitpid(pid, 0)
    asks = ("\n# What the group asks the board to do, each in a short sentence (\"Agree to\n"
            "# ...\", \"Note ...\"): page 1 of the evidence pack opens with them.\n"
            "asks_of_the_board:\n  - Agree to fund travel\n")
    expected = before.replace("# The end.\n", "").replace("period: 2026-Q3\n", "period: 2026-Q3\n" + asks) + (
        "\n  # 2. Contact and connect.\n  - id: contact-1\n"
        "    what: Ask the forum      # the action agreed, in a sentence\n    sections: [contact]\n"
        "    rows: [contact.partners-invite, contact.wrong-people]\n"
        "    owner:     # a role, such as \"Programme lead\"\n    due:       # YYYY-MM-DD\n"
        "    status: open  # open, in-progress, done or dropped\n"
        "    target:    # the section score the area hopes to reach, such as 3.5\n") + "# The end.\n"
    failures = session_failures("plan --edit, adding", status, 0, transcript,
                                ("1. Commitment and leadership (commitment)",
                                 "did you mean 'contact'? Type ? to list the sections.",
                                 "the framework has no row '2.9'",
                                 "Saved: added the action contact-1, for 2. Contact and connect.",
                                 "Section: 2. Contact and connect", "Saved: contact-1.what now has new text.",
                                 "1 action added, 1 answer saved and 1 ask of the board added in"), path,
                                expected.encode())
    return failures + marks_left_on("plan --edit, adding", transcript)


def plan_add_to_empty_session(binary, work):
    """coprod plan --edit PLAN --interactive on a plan with no actions yet ('actions: []', CRLF line breaks):
    the offer to add comes first; the action is added below the key, in CRLF, and q at its first
    question stops with "1 action added"."""
    path = os.path.join(work, "empty.plan.yaml")
    before = ("format: coprod-plan/1\r\nframework: ipc-coproduction\r\nframework_version: 1\r\narea: Northbridge\r\n"
              "period: 2026-Q3\r\nactions: []\r\n")
    pid, fd, terminal = start_plan_edit(binary, path, before)
    transcript = converse(terminal, fd, [("0 actions", None), ("to finish: ", b"Review impact\r"),
                                         ("Enter for none: ", b"\r"), ("Action 1 of 1: impact-1", None),
                                         ("in a sentence? ", b"q\r"), ("added in", None)])
    transcript += terminal.read_to_end()
    _, status = os.waitpid(pid, 0)
    expected = before.replace("actions: []\r\n", "actions:\r\n") + (
        "\r\n  # 6. Review impact.\r\n  - id: impact-1\r\n    what:      # the action agreed, in a sentence\r\n"
        "    sections: [impact]\r\n    rows: []\r\n    owner:     # a role, such as \"Programme lead\"\r\n"
        "    due:       # YYYY-MM-DD\r\n    status: open  # open, in-progress, done or dropped\r\n"
        "    target:    # the section score the area hopes to reach, such as 3.5\r\n")
    return session_failures("plan --edit, adding to none", status, 0, transcript, ("1 action added in",), path,
                            expected.encode())


def plan_one_row_sections_session(binary, work):
    """coprod plan --edit PLAN --interactive on a plan of a framework whose every section is its one row
    (strategic-coproduction): an action naming a section's only row shows the section ("Section: 7. A point of
    contact with the system"), never "Row 7.1"; adding an action, the section is its whole answer, so "Which rows
    is it about" is never asked, and the action is added for the section, with no rows, as --add-action adds it."""
    path = os.path.join(work, "strategic.plan.yaml")
    before = ("format: coprod-plan/1\nframework: strategic-coproduction\nframework_version: 1\narea: Eastvale\n"
              "period: 2026-Q4\nactions:\n  - id: point-of-contact-1\n    what: Name a contact\n    sections: []\n"
              "    rows: [point-of-contact.in-place]\n")
    pid, fd, terminal = start_plan_edit(binary, path, before)
    steps = [("Action 1 of 1: point-of-contact-1", None)] + [("? ", b"\r")] * 6
    steps += [("Add another action?", None), ("to finish: ", b"5\r"), ("Action 2 of 2: senior-commitment-1", None),
              ("in a sentence? ", b"q\r"), ("added in", None)]
    transcript = converse(terminal, fd, steps)
    transcript += terminal.read_to_end()
    _, status = os.waitpid(pid, 0)
    expected = before + (
        "\n  # 5. Commitment from senior management.\n  - id: senior-commitment-1\n"
        "    what:      # the action agreed, in a sentence\n    sections: [senior-commitment]\n    rows: []\n"
        "    owner:     # a role, such as \"Programme lead\"\n    due:       # YYYY-MM-DD\n"
        "    status: open  # open, in-progress, done or dropped\n"
        "    target:    # the section score the area hopes to reach, such as 3.5\n")
    what = "plan --edit, a framework of one-row sections"
    failures = session_failures(what, status, 0, transcript,
                                ("Section: 7. A point of contact with the system", "1 action added in"), path,
                                expected.encode())
    for said in ("Row 7.1", "Which rows"):
        if said in transcript:
            failures.append(f"{what}: the session said {said!r}:\n{transcript}")
    return failures


def plan_add_without_actions_key_session(binary, work):
    """coprod plan --edit PLAN --interactive on a plan with no 'actions:' line at all (deleted, or a plan written
    by hand): "Add an action?" comes first; the action is added as --add-action adds it to a copy of the plan (checked
    byte for byte by the case plan-edit-add-action-no-actions-key): under a new 'actions:' key after the plan's last
    entry, before a closing comment, every other byte kept."""
    path = os.path.join(work, "no-key.plan.yaml")
    before = ("format: coprod-plan/1\nframework: ipc-coproduction\nframework_version: 1\narea: Northbridge\n"
              "period: 2026-Q3\nreflections:\n  learnt: Pay people on time.\n# The end.\n")
    for name in (path, path + ".expected"):
        with open(name, "w", encoding="utf-8", newline="") as handle:
            handle.write(before)
    import subprocess
    subprocess.run([binary, "plan", "--edit", path + ".expected", "--add-action", "impact"], check=True,
                   capture_output=True)
    with open(path + ".expected", "rb") as handle:
        expected = handle.read()
    failures = []
    head = before.replace("# The end.\n", "") + "actions:\n\n  # 6. Review impact.\n  - id: impact-1\n"
    if not expected.startswith(head.encode()) or not expected.endswith(b"\n# The end.\n"):
        failures.append(f"plan --edit --add-action on a plan with no 'actions:' wrote:\n{expected.decode()}")
    pid, fd, terminal = start_session(binary, ["plan", "--edit", path, "--interactive"], "xterm")
    transcript = converse(terminal, fd, [("0 actions", None), ("Add an action?", None),
                                         ("to finish: ", b"Review impact\r"), ("Enter for none: ", b"\r"),
                                         ("Action 1 of 1: impact-1", None), ("in a sentence? ", b"q\r"),
                                         ("added in", None)])
    transcript += terminal.read_to_end()
    _, status = os.waitpid(pid, 0)
    return failures + session_failures("plan --edit, adding to a plan with no 'actions:'", status, 0, transcript,
                                       ("1 action added in",), path, expected)


def plan_remove_action_session(binary, work):
    """coprod plan --edit PLAN --interactive, r at an action's question: Enter at the question that follows keeps
    the action; r again and y takes it out as --remove-action takes it out of a copy of the plan (byte for byte),
    and the action after it is asked next. r at an action in progress is refused as --remove-action refuses it, and
    its question is asked again."""
    path = os.path.join(work, "remove.plan.yaml")
    before = ("format: coprod-plan/1\nframework: ipc-coproduction\nframework_version: 1\narea: Northbridge\n"
              "period: 2026-Q3\nactions:\n\n  # 1. Commitment and leadership.\n  - id: commitment-1\n"
              "    what: Invite the director\n    sections: [commitment]\n\n  - id: commitment-2\n"
              "    what: Pay people on time\n    sections: [commitment]\n    status: in-progress\n# The end.\n")
    for name in (path, path + ".expected"):
        with open(name, "w", encoding="utf-8", newline="") as handle:
            handle.write(before)
    import subprocess
    subprocess.run([binary, "plan", "--edit", path + ".expected", "--remove-action", "commitment-1"], check=True,
                   capture_output=True)
    with open(path + ".expected", "rb") as handle:
        expected = handle.read()
    failures = []
    if b"commitment-1" in expected or b"commitment-2" not in expected:
        failures.append(f"plan --edit --remove-action commitment-1 wrote:\n{expected.decode()}")
    pid, fd, terminal = start_session(binary, ["plan", "--edit", path, "--interactive"], "xterm")
    transcript = converse(terminal, fd, [
        ("Action 1 of 2: commitment-1", None), ("in a sentence? ", b"r\r"),
        ("Remove commitment-1 from the plan?", None), ("it: ", b"\r"), ("Kept commitment-1.", None),
        ("in a sentence? ", b"r\r"), ("it: ", b"y\r"),
        ("Action 1 of 1: commitment-2", None), ("in a sentence? ", b"r\r"), ("Not removed", None),
        ("in a sentence? ", b"q\r"), ("removed in", None)])
    transcript += terminal.read_to_end()
    _, status = os.waitpid(pid, 0)
    return failures + session_failures(
        "plan --edit, removing an action", status, 0, transcript,
        ("r removes the action (a draft or open one agreed in this plan)",
         "Saved: removed the action commitment-1.",
         "Not removed: the action 'commitment-2' is in progress, so it is part of the plan's record; only a draft or "
         "open action can be removed; set its status to dropped instead (type dropped at its Status question), so "
         "that the plan still shows it.", "1 action removed in"), path, expected)


def plan_back_session(binary, work):
    """coprod plan --edit PLAN --interactive, b: an owner typed as a person's name is warned of; b at the next question
    goes back to the owner, to change it, and the warning does not come back at the end. b at an action's first
    question goes back to the last question of the action before; b at the first question of all is refused and
    asked again. A status typed as the pack prints it ("In progress") is saved as the file's word. "Add another
    action?" takes the section by the letter the pack shows it by (F); b at its rows asks the section again.
    The plan is checked byte for byte."""
    path = os.path.join(work, "back.plan.yaml")
    before = ("format: coprod-plan/1\nframework: ipc-coproduction\nframework_version: 1\narea: Northbridge\n"
              "period: 2026-Q3\nactions:\n  - id: commitment-1\n    what: Invite the director\n"
              "    sections: [commitment]\n  - id: contact-1\n    what: Meet them\n    sections: [contact]\n")
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(before)
    pid, fd, terminal = start_session(binary, ["plan", "--edit", path, "--interactive"], "xterm", columns=200)
    steps = [("Action 1 of 2: commitment-1", None), ("in a sentence? ", b"b\r"),
             ("there is none before it", None), ("in a sentence? ", b"\r"),
             ("Who owns it", None), ("? ", b"Mary Jones\r"), ("[owner-name]", None),
             ("When is it due (such as 28/02/2027)? ", b"b\r"),
             ("Now: Mary Jones", None), ("? ", b"Programme lead\r"),
             ("When is it due (such as 28/02/2027)? ", b"\r"),
             ("Status (open, in progress, done or dropped)? ", b"In progress\r"),
             ("The section score hoped for", None), ("? ", b"\r"), ("Notes? ", b"\r"),
             ("Action 2 of 2: contact-1", None), ("in a sentence? ", b"b\r"),
             ("Action 1 of 2: commitment-1", None), ("Notes? ", b"b\r"), ("hoped for (such as 3.5)? ", b"b\r"),
             ("Now: in progress", None), ("done or dropped)? ", b"\r"), ("hoped for (such as 3.5)? ", b"\r"),
             ("Notes? ", b"\r"),
             ("Action 2 of 2: contact-1", None), ("in a sentence? ", b"\r"),
             ("Who owns it", None), ("? ", b"Peter Smith\r"), ("[owner-name]", None)]
    steps += [("? ", b"\r")] * 4
    steps += [("Add another action?", None), ("to finish: ", b"f\r"), ("Enter for none: ", b"b\r"),
              ("Add another action?", None), ("to finish: ", b"b\r"),
              ("Action 2 of 2: contact-1", None), ("Notes? ", b"\r"), ("to finish: ", b"\r"),
              ("asks the board to note", None), ("to finish:", b"Agree to write to bob@example.org\r"),
              ("asks the board to note", None), ("to finish:", b"\r"), ("saved in", None)]
    transcript = converse(terminal, fd, steps)
    transcript += terminal.read_to_end()
    _, status = os.waitpid(pid, 0)
    expected = before.replace("    sections: [commitment]\n",
                              "    sections: [commitment]\n    owner: Programme lead\n    status: in-progress\n", 1)
    expected = expected.replace("    sections: [contact]\n", "    sections: [contact]\n    owner: Peter Smith\n", 1)
    # The ask added as --add-ask adds it to a copy.
    import subprocess
    with open(path + ".expected", "w", encoding="utf-8", newline="") as handle:
        handle.write(expected)
    subprocess.run([binary, "plan", "--edit", path + ".expected", "--add-ask", "Agree to write to bob@example.org"],
                   check=True, capture_output=True)
    with open(path + ".expected", "rb") as handle:
        expected = handle.read()
    failures = session_failures("plan --edit, b", status, 0, transcript,
                                ("b goes back to the question before",
                                 "This is the first question; there is none before it.",
                                 "Saved: commitment-1.status is now in-progress.",
                                 "4 answers saved and 1 ask of the board added in"), path, expected)
    end = " ".join(transcript.split()).split("4 answers saved and 1 ask of the board added in")[-1]
    if "Still to look at" not in end or "Peter Smith" not in end or "bob@example.org" not in end or "Mary Jones" in end:
        failures.append(f"plan --edit, b: the end did not say the warnings still standing (Peter Smith, the ask's "
                        f"address), and only them:\n{end}")
    if "Not added" in transcript or "contact-2" in transcript or "facilitate-1" in transcript:
        failures.append(f"plan --edit, b: an action was added:\n{transcript}")
    return failures + marks_left_on("plan --edit, b", transcript)


def plan_q_at_add_session(binary, work):
    """coprod plan --edit PLAN --interactive: q at "Add another action?" stops the session there, as q does at every
    other question: the asks of the board are not asked, and the plan is left as it was."""
    path = os.path.join(work, "q-at-add.plan.yaml")
    before = ("format: coprod-plan/1\nframework: ipc-coproduction\nframework_version: 1\narea: Northbridge\n"
              "period: 2026-Q3\nactions:\n  - id: commitment-1\n    what: Invite the director\n"
              "    sections: [commitment]\n")
    pid, fd, terminal = start_plan_edit(binary, path, before)
    steps = [("Action 1 of 1: commitment-1", None), ("in a sentence? ", b"\r")] + [("? ", b"\r")] * 5
    steps += [("Add another action?", None), ("to finish: ", b"q\r"), ("Nothing was changed", None)]
    transcript = converse(terminal, fd, steps)
    transcript += terminal.read_to_end()
    _, status = os.waitpid(pid, 0)
    failures = session_failures("plan --edit, q at the offer to add", status, 0, transcript, ("Nothing was changed",),
                                path, before.encode())
    if "What we ask the board" in transcript:
        failures.append(f"plan --edit, q at the offer to add: the session went on to the asks:\n{transcript}")
    return failures


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--source", required=True)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        path = os.path.join(work, "q3.coprod.yaml")
        subprocess_args = [args.binary, "init", path, "--perspective", "peer-network", "--area", "Northbridge",
                           "--period", "2026-Q3", "--schema", "none"]
        import subprocess
        subprocess.run(subprocess_args, check=True, capture_output=True)
        with open(path, encoding="utf-8") as handle:
            before = handle.read()

        pid, fd, terminal = start_session(args.binary, ["score", path, "--interactive"], "xterm")
        read_until = terminal.read_until
        transcript = ""
        # Row 1 (commitment.strategy): 3, with evidence.
        transcript += read_until("Score: ")
        os.write(fd, b"3\r")
        transcript += read_until("Evidence: ")
        os.write(fd, b"Agreed at the September meeting.\r")
        # Row 2: a score off the scale is refused and asked again, then 2.5 with no evidence.
        transcript += read_until("(2 of 24)")
        transcript += read_until("Score: ")
        os.write(fd, b"7\r")
        transcript += read_until("is outside the scale")
        transcript += read_until("Score: ")
        os.write(fd, b"2.5\r")
        transcript += read_until("Evidence")
        os.write(fd, b"\r")
        # Row 3: skip. Row 4: go back to row 3, then n/a.
        transcript += read_until("(3 of 24)")
        transcript += read_until("Score: ")
        os.write(fd, b"s\r")
        transcript += read_until("(4 of 24)")
        transcript += read_until("Score: ")
        os.write(fd, b"b\r")
        transcript += read_until("(3 of 24)")
        transcript += read_until("Score: ")
        os.write(fd, b"n/a\r")
        transcript += read_until("Evidence")
        os.write(fd, b"\r")
        # Row 4: 4, with evidence typed as "helo", two left arrows, "l", End, " world".
        transcript += read_until("(4 of 24)")
        transcript += read_until("Score: ")
        os.write(fd, b"4\r")
        transcript += read_until("Evidence")
        for keys in (b"helo", b"\x1b[D", b"\x1b[D", b"l", b"\x1b[F", b" world", b"\x1b[H", b"\x1b[3~", b"H", b"\r"):
            os.write(fd, keys)
            time.sleep(0.05)
        # Row 5: 2, with two lines of evidence pasted, marked as a terminal marks a paste, and Enter.
        transcript += read_until("(5 of 24)")
        transcript += read_until("Score: ")
        os.write(fd, b"2\r")
        transcript += read_until("Evidence")
        os.write(fd, "\x1b[200~First line, caf\u00e9\rSecond line\x1b[201~".encode())
        transcript += read_until("... Second line")
        os.write(fd, b"\r")
        # Leaving section 1, a new file's section is asked when it was completed and by whom.
        transcript += read_until("When was this section completed? ")
        os.write(fd, b"24/09/2026\r")
        transcript += read_until("Who completed this section? ")
        os.write(fd, b"Peer network meeting\r")
        # Row 6, the next section: the last one's score is shown; jump to section 7, then 4 and
        # q for the evidence: the score is saved (q is not taken as evidence) and the walk stops.
        transcript += read_until("(6 of 24)")
        transcript += read_until("Score: ")
        os.write(fd, b"g 7\r")
        transcript += read_until("(22 of 24)")
        transcript += read_until("Score: ")
        os.write(fd, b"4\r")
        transcript += read_until("Evidence")
        os.write(fd, b"q\r")
        transcript += read_until("Still to do")
        transcript += terminal.read_to_end()
        _, status = os.waitpid(pid, 0)

        with open(path, encoding="utf-8") as handle:
            after = handle.read()
        expected = before.replace(
            "  commitment:\n    completed_by:\n    last_completed:  # YYYY-MM-DD\n",
            "  commitment:\n    completed_by: Peer network meeting\n    last_completed: 2026-09-24  # YYYY-MM-DD\n", 1).replace(
            "      strategy:\n        score:\n        evidence:\n",
            "      strategy:\n        score: 3\n        evidence: Agreed at the September meeting.\n", 1).replace(
            "      motivation:\n        score:\n", "      motivation:\n        score: 2.5\n", 1).replace(
            "      resources:\n        score:\n", "      resources:\n        score: n/a\n", 1).replace(
            "      leaders:\n        score:\n        evidence:\n",
            "      leaders:\n        score: 4\n        evidence: Hello world\n", 1).replace(
            "      senior-leaders:\n        score:\n        evidence:\n",
            "      senior-leaders:\n        score: 2\n        evidence: |-\n          First line, caf\u00e9\n"
            "          Second line\n", 1).replace(
            "      trusting-relationships:\n        score:\n", "      trusting-relationships:\n        score: 4\n", 1)
        failures = []
        if os.waitstatus_to_exitcode(status) != 0:
            failures.append(f"exit status {os.waitstatus_to_exitcode(status)}")
        if after != expected:
            failures.append("the file is not as expected")
            import difflib
            sys.stdout.writelines(difflib.unified_diff(expected.splitlines(True), after.splitlines(True), "expected", "actual"))
        for needle in ("Overall aim: Develop a co-production strategy", "Early indicator: Strategy has been co-developed",
                       "Warning sign: No clear vision", "Now: not scored yet", "Saved.", "Section scores now:",
                       "  Key: - means not scored yet.",
                       "1. Commitment and leadership: section score 2.9 (4 of 5 rows, 1 not applicable).",
                       "Still to do: 18 of 24 rows not scored yet,",
                       "Saved: 24 September 2026 (2026-09-24)."):
            if needle not in transcript:
                failures.append(f"the session never showed {needle!r}")
        failures += marks_left_on("session", transcript)
        failures += dumb_terminal_session(args.binary, path, after)
        failures += no_terminal_session(args.binary, path)
        failures += refusal_session(args.binary, work)
        failures += file_with_errors_session(args.binary, work)
        failures += missing_section_session(args.binary, work)
        failures += long_lines_session(args.binary, work)
        failures += type_ahead_session(args.binary, work)
        failures += marked_paste_session(args.binary, work)
        failures += unmarked_paste_session(args.binary, work)
        failures += interrupted_session(args.binary, work)
        failures += interrupted_dumb_session(args.binary, work)
        failures += long_evidence_session(args.binary, work)
        failures += resized_session(args.binary, work)
        failures += completed_date_session(args.binary, work)
        failures += completed_date_kept_session(args.binary, work)
        failures += completed_date_still_before_session(args.binary, work)
        failures += completed_date_keys_session(args.binary, work)
        failures += date_typed_as_told_session(args.binary, work)
        failures += date_refused_then_kept_session(args.binary, work)
        failures += words_at_the_score_session(args.binary, work)
        failures += refused_not_recalled_session(args.binary, work)
        failures += keys_after_evidence_session(args.binary, work)
        failures += edited_evidence_sessions(args.binary, work)
        failures += type_ahead_sessions(args.binary, work)
        failures += personal_data_session(args.binary, work)
        failures += terminal_put_back_sessions(args.binary, work)
        failures += plan_edit_session(args.binary, work)
        failures += plan_owner_name_session(args.binary, work)
        failures += plan_add_action_session(args.binary, work)
        failures += plan_add_to_empty_session(args.binary, work)
        failures += plan_one_row_sections_session(args.binary, work)
        failures += plan_add_without_actions_key_session(args.binary, work)
        failures += plan_remove_action_session(args.binary, work)
        failures += plan_back_session(args.binary, work)
        failures += plan_q_at_add_session(args.binary, work)
        for failure in failures:
            print("FAIL:", failure)
        print("drove an interactive session through a pseudo-terminal:", "ok" if not failures else "failed")
        return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
