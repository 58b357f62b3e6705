#!/usr/bin/env python3
"""Temporary files and devices.

1. Ctrl-C (SIGINT), SIGTERM and SIGHUP while coprod is writing an output file
   leave no temporary file behind, and the process still ends by that signal.
   coprod is caught mid-write by giving it standard input as its last file and
   not sending it: the output's temporary file exists while it waits.
2. The same signals once `report` has moved its pack into place do not turn a
   finished run into a failure: it still says it wrote the report and exits
   0. coprod is caught there by giving it, as standard error, a pipe that is
   already full: its closing message waits until the test reads the pipe.
   Before that point, while the pack's files are still being written (the
   workbook writer beside a linked copy of coprod stands still), the same
   signals leave neither the temporary folder nor the pack's folder, which
   the run had made.
3. `-o` naming a block device is refused (exit 4), with or without --force,
   and the device is left as it was. The device is a loop device over a file of
   the test's own when losetup works (root), else a device node made with
   mknod that no driver answers; without either the check is skipped (exit 77),
   and the unit test of output_kind() still covers the rule.
"""
import argparse
import fcntl
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

DEVICE_MESSAGE = "is a device (such as a disk), not a file, so nothing was written to it"


def example(source):
    return os.path.join(source, "examples", "northbridge", "2026-Q3-organisation.coprod.yaml")


def temporaries(folder):
    return [name for name in os.listdir(folder) if ".coprod-" in name]


def check_signals(binary, source, work, failures):
    for number in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        folder = os.path.join(work, f"signal-{number}")
        os.mkdir(folder)
        out = os.path.join(folder, "scores.csv")
        process = subprocess.Popen([binary, "score", example(source), "-", "--format", "csv", "--jobs", "1", "-o", out],
                                   stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.time() + 10
        while not temporaries(folder) and time.time() < deadline and process.poll() is None:
            time.sleep(0.01)
        if not temporaries(folder):
            failures.append(f"signal {number}: never saw the temporary file (exit {process.poll()})")
            process.kill()
            process.wait()
            continue
        process.send_signal(number)
        try:
            status = process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            status = process.wait()
            failures.append(f"signal {number}: coprod did not end")
        process.stdin.close()
        process.stdout.close()
        process.stderr.close()
        if status != -number:
            failures.append(f"signal {number}: ended with status {status}, not by the signal")
        left = temporaries(folder)
        if left:
            failures.append(f"{signal.Signals(number).name}: temporary files left behind: {left}")
        if os.path.exists(out):
            failures.append(f"{signal.Signals(number).name}: the output was written although coprod was stopped")
    print("signals: checked SIGINT, SIGTERM and SIGHUP")


PACK_FILES = ("index.html", "report.md", "web.svg", "scores.json", "scores.csv", "scores.xlsx")
F_SETPIPE_SZ = 1031


def full_pipe():
    """A pipe whose buffer (one page, the least there is) is already full."""
    read_end, write_end = os.pipe()
    fcntl.fcntl(write_end, F_SETPIPE_SZ, 4096)
    os.set_blocking(write_end, False)
    try:
        while True:
            os.write(write_end, b"x" * 512)
    except BlockingIOError:
        pass
    os.set_blocking(write_end, True)
    return read_end, write_end


def drain(read_end):
    received = b""
    while True:
        chunk = os.read(read_end, 65536)
        if not chunk:
            return received
        received += chunk


def placed(pack):
    return os.path.isdir(pack) and all(os.path.exists(os.path.join(pack, name)) for name in PACK_FILES)


def check_signal_after_report(binary, source, work, failures):
    inputs = [os.path.join(source, "examples", "northbridge", f"2026-Q4-{name}.coprod.yaml")
              for name in ("organisation", "peer-network")]
    for number in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        name = signal.Signals(number).name
        pack = os.path.join(work, f"pack-{number}")
        read_end, write_end = full_pipe()
        process = subprocess.Popen([binary, "report", "-o", pack, *inputs], stdin=subprocess.DEVNULL,
                                   stdout=subprocess.DEVNULL, stderr=write_end)
        os.close(write_end)
        deadline = time.time() + 60
        while not placed(pack) and time.time() < deadline and process.poll() is None:
            time.sleep(0.01)
        if not placed(pack):
            failures.append(f"{name} after the report: the pack never came into place (exit {process.poll()})")
        process.send_signal(number)
        said = drain(read_end).decode("utf-8", "replace")
        os.close(read_end)
        try:
            status = process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            status = process.wait()
        if status != 0:
            failures.append(f"{name} after the pack was in place: ended with status {status}, not 0")
        if "Wrote the report to" not in said:
            failures.append(f"{name} after the pack was in place: it did not say it wrote the report")
        left = temporaries(pack) if os.path.isdir(pack) else []
        if left:
            failures.append(f"{name} after the report: temporary files left behind: {left}")
    print("signals after the report: checked SIGINT, SIGTERM and SIGHUP")


def check_signal_while_report_writes(binary, source, failures):
    inputs = [os.path.join(source, "examples", "northbridge", f"2026-Q4-{name}.coprod.yaml")
              for name in ("organisation", "peer-network")]
    # coprod finds its workbook writer beside its own file, so a hard link to
    # it (in the build folder, the same file system) finds the stand-in.
    with tempfile.TemporaryDirectory(prefix="coprod-signals-", dir=os.path.dirname(binary)) as work:
        linked = os.path.join(work, "coprod")
        try:
            os.link(binary, linked)
        except OSError as error:
            print(f"signals while the report is written: skipped (cannot link coprod: {error.strerror})")
            return
        writer = os.path.join(work, "coprod-xlsx")
        with open(writer, "w", encoding="utf-8") as handle:
            handle.write("#!/bin/sh\nexec sleep 3\n")
        os.chmod(writer, 0o755)
        for number in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            name = signal.Signals(number).name
            pack = os.path.join(work, f"pack-{number}")
            process = subprocess.Popen([linked, "report", "-o", pack, *inputs], stdin=subprocess.DEVNULL,
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            deadline = time.time() + 60
            while not (os.path.isdir(pack) and temporaries(pack)) and time.time() < deadline \
                    and process.poll() is None:
                time.sleep(0.01)
            if not (os.path.isdir(pack) and temporaries(pack)):
                failures.append(f"{name} while the report is written: never saw its temporary folder")
            time.sleep(0.2)  # the files before the workbook are written by now
            process.send_signal(number)
            status = process.wait(timeout=10)
            if status != -number:
                failures.append(f"{name} while the report is written: ended with status {status}, not by the signal")
            if os.path.exists(pack):
                failures.append(f"{name} while the report is written: left {os.listdir(pack)} in the folder it made")
    print("signals while the report is written: checked SIGINT, SIGTERM and SIGHUP")


def attach_loop(image):
    if shutil.which("losetup") is None:
        return None
    result = subprocess.run(["losetup", "--find", "--show", image], capture_output=True, text=True)
    return result.stdout.strip() if result.returncode == 0 and result.stdout.strip() else None


def check_block_device(binary, source, work, failures):
    image = os.path.join(work, "disk.img")
    original = bytes(range(256)) * 4096  # 1 MiB
    with open(image, "wb") as handle:
        handle.write(original)
    loop = attach_loop(image)
    device = loop
    if device is None:
        device = os.path.join(work, "blockdev")
        try:
            os.mknod(device, 0o600 | 0o060000, os.makedev(7, 250))  # S_IFBLK; no such loop device attached
        except (OSError, AttributeError):
            print("SKIP: no loop device and no mknod here; output_kind() unit test covers the rule")
            return 77
    try:
        for extra in ([], ["--force"]):
            result = subprocess.run([binary, "score", example(source), "-o", device] + extra, capture_output=True, text=True)
            if result.returncode != 4 or DEVICE_MESSAGE not in result.stderr:
                failures.append(f"-o {device} {' '.join(extra)}: exit {result.returncode}, {result.stderr!r}")
        if loop:
            subprocess.run(["sync"])
            with open(image, "rb") as handle:
                if handle.read() != original:
                    failures.append(f"the loop device's contents changed")
        print(f"block device: checked {'a loop device' if loop else 'a device node'} ({device})")
    finally:
        if loop:
            subprocess.run(["losetup", "--detach", loop])
    # The usual character devices and a pipe are still written without --force.
    for target in ("/dev/null",):
        result = subprocess.run([binary, "score", example(source), "-o", target], capture_output=True, text=True)
        if result.returncode != 0:
            failures.append(f"-o {target}: exit {result.returncode}, {result.stderr!r}")
    return 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--source", required=True)
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    failures = []
    with tempfile.TemporaryDirectory(prefix="coprod-signals-") as work:
        check_signals(binary, args.source, work, failures)
        check_signal_after_report(binary, args.source, work, failures)
        check_signal_while_report_writes(binary, args.source, failures)
        skipped = check_block_device(binary, args.source, work, failures)
    for failure in failures:
        print("FAIL:", failure)
    if failures:
        return 1
    return skipped


if __name__ == "__main__":
    sys.exit(main())
