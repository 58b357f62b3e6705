#!/usr/bin/env python3
"""Drives `coprod score FILE --interactive` through a pseudo-terminal, as a
facilitator at a keyboard would: answers, skips, goes back, changes evidence,
quits. Then checks the whole file against what was expected, byte for byte:
only the answered rows changed, and the rest of the file (comments, order,
blank lines) is exactly as it was.
"""
import argparse
import os
import pty
import select
import shutil
import sys
import tempfile
import time


class Terminal:
    """The session's output, read as it comes; what is past a marker is kept for the next read."""

    def __init__(self, fd):
        self.fd = fd
        self.pending = b""

    def read_until(self, marker, timeout=20):
        wanted = marker.encode()
        deadline = time.time() + timeout
        while wanted not in self.pending:
            if time.time() > deadline:
                raise TimeoutError(f"waited for {marker!r}; got:\n{self.pending.decode(errors='replace')[-800:]}")
            ready, _, _ = select.select([self.fd], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(self.fd, 4096)
                except OSError:
                    break
                if not chunk:
                    break
                self.pending += chunk
        end = self.pending.find(wanted) + len(wanted)
        text, self.pending = self.pending[:end], self.pending[end:]
        return text.decode(errors="replace")


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

        pid, fd = pty.fork()
        if pid == 0:
            os.execv(args.binary, [args.binary, "score", path, "--interactive"])
        terminal = Terminal(fd)
        read_until = terminal.read_until
        transcript = ""
        # Row 1 (commitment.strategy): 3, with evidence.
        transcript += read_until("Score: ")
        os.write(fd, b"3\r")
        transcript += read_until("Evidence (Enter keeps it; - clears it): ")
        os.write(fd, b"Agreed at the September meeting.\r")
        # Row 2: a score off the scale is refused and asked again, then 2.5 with no evidence.
        transcript += read_until("Row 2 of 24")
        transcript += read_until("Score: ")
        os.write(fd, b"7\r")
        transcript += read_until("is outside the scale")
        transcript += read_until("Score: ")
        os.write(fd, b"2.5\r")
        transcript += read_until("Evidence")
        os.write(fd, b"\r")
        # Row 3: skip. Row 4: go back to row 3, then n/a.
        transcript += read_until("Row 3 of 24")
        transcript += read_until("Score: ")
        os.write(fd, b"s\r")
        transcript += read_until("Row 4 of 24")
        transcript += read_until("Score: ")
        os.write(fd, b"b\r")
        transcript += read_until("Row 3 of 24")
        transcript += read_until("Score: ")
        os.write(fd, b"n/a\r")
        transcript += read_until("Evidence")
        os.write(fd, b"\r")
        # Row 4: quit.
        transcript += read_until("Row 4 of 24")
        transcript += read_until("Score: ")
        os.write(fd, b"q\r")
        transcript += read_until("Facilitate the process")
        _, status = os.waitpid(pid, 0)

        with open(path, encoding="utf-8") as handle:
            after = handle.read()
        expected = before.replace(
            "      strategy:\n        score:\n        evidence:\n",
            "      strategy:\n        score: 3\n        evidence: Agreed at the September meeting.\n", 1).replace(
            "      motivation:\n        score:\n", "      motivation:\n        score: 2.5\n", 1).replace(
            "      resources:\n        score:\n", "      resources:\n        score: n/a\n", 1)
        failures = []
        if os.waitstatus_to_exitcode(status) != 0:
            failures.append(f"exit status {os.waitstatus_to_exitcode(status)}")
        if after != expected:
            failures.append("the file is not as expected")
            import difflib
            sys.stdout.writelines(difflib.unified_diff(expected.splitlines(True), after.splitlines(True), "expected", "actual"))
        for needle in ("Overall aim: Develop a co-production strategy", "Early indicator: Strategy has been co-developed",
                       "Warning sign: No clear vision", "Saved.", "Section scores now:"):
            if needle not in transcript:
                failures.append(f"the session never showed {needle!r}")
        for failure in failures:
            print("FAIL:", failure)
        print("drove an interactive session through a pseudo-terminal:", "ok" if not failures else "failed")
        return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
