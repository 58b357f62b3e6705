#!/usr/bin/env python3
"""Temporary files and devices.

1. Ctrl-C (SIGINT), SIGTERM and SIGHUP while coprod is writing an output file
   leave no temporary file behind, and the process still ends by that signal.
   coprod is caught mid-write by giving it standard input as its last file and
   not sending it: the output's temporary file exists while it waits.
2. `-o` naming a block device is refused (exit 4), with or without --force,
   and the device is left as it was. The device is a loop device over a file of
   the test's own when losetup works (root), else a device node made with
   mknod that no driver answers; without either the check is skipped (exit 77),
   and the unit test of output_kind() still covers the rule.
"""
import argparse
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
        skipped = check_block_device(binary, args.source, work, failures)
    for failure in failures:
        print("FAIL:", failure)
    if failures:
        return 1
    return skipped


if __name__ == "__main__":
    sys.exit(main())
