#!/usr/bin/python3
"""One headless Chromium kept running for all of a test script's pages.

A Chromium started for each page took 1.3 s and 2.3 s of processor time; the scripts that check many pages
(report_in_browser.sh and the sheets) start one with this, give its port to each check_html_in_browser.py
(--port), which opens its page in a tab of its own and closes the tab after, and stop it when they end:

    shared_browser.py start FOLDER   starts Chromium with its profile in FOLDER and prints its DevTools port
    shared_browser.py stop FOLDER    ends the Chromium started in FOLDER and the helpers it started

Exit status: 0 done; 2 Chromium could not be started.
"""
import os
import signal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_html_in_browser import StartupError, start_chromium  # noqa: E402

PID_FILE = "chromium.pid"


def start(folder, binary="/usr/bin/chromium"):
    try:
        proc, port = start_chromium(binary, folder)
    except StartupError as error:
        print(f"Chromium could not be started: {error}", file=sys.stderr)
        return 2
    Path(folder, PID_FILE).write_text(f"{proc.pid}\n", encoding="utf-8")
    print(port)
    return 0


def running_in_group(group):
    """Whether a process of the process group still runs: one that has ended but is not yet waited for (a
    zombie, whose parent is now the system's first process) does not count."""
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()  # after "PID (NAME)": state, parent, group
        except OSError:
            continue  # ended meanwhile
        if len(fields) > 2 and fields[2] == str(group) and fields[0] != "Z":
            return True
    return False


def stop(folder):
    """SIGTERM to Chromium's process group (it was started in a session of its own), SIGKILL if it is still
    there after 5 s."""
    pid_file = Path(folder, PID_FILE)
    if not pid_file.exists():
        return 0
    group = int(pid_file.read_text(encoding="utf-8"))
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(group, sig)
        except ProcessLookupError:
            return 0
        deadline = time.monotonic() + 5
        while running_in_group(group) and time.monotonic() < deadline:
            time.sleep(0.05)
        if not running_in_group(group):
            return 0
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("start", "stop"):
        sys.exit(__doc__)
    sys.exit(start(sys.argv[2]) if sys.argv[1] == "start" else stop(sys.argv[2]))
