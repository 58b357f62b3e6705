#!/usr/bin/env python3
"""Runs `coprod score` and `coprod check` on every input of the public YAML
test suite (../shared/yaml-test-suite: valid and invalid YAML written by
others) and checks that coprod never crashes, hangs or trips a sanitizer, and
always answers with a clean message that names the file and a documented exit
status. None of these files is a coprod assessment, so every run should end
with exit status 3 (or 0/1 for check, never anything else).
"""
import argparse
import os
import re
import subprocess
import sys

ALLOWED = {"score": {3}, "check": {1, 3}}
BAD_OUTPUT = re.compile(r"internal error|AddressSanitizer|LeakSanitizer|runtime error:|Segmentation|terminate called|Aborted")


def check_one(binary, command, path, failures):
    args = [binary, command, path] + (["--today", "2026-01-01"] if command == "check" else [])
    try:
        result = subprocess.run(args, capture_output=True, timeout=20)
    except subprocess.TimeoutExpired:
        failures.append(f"{command} {path}: did not finish within 20 seconds")
        return
    stderr = result.stderr.decode("utf-8", "replace")
    if result.returncode < 0:
        failures.append(f"{command} {path}: killed by signal {-result.returncode}")
    elif result.returncode not in ALLOWED[command]:
        failures.append(f"{command} {path}: exit status {result.returncode}\n{stderr}")
    if BAD_OUTPUT.search(stderr):
        failures.append(f"{command} {path}: {stderr.strip()[:300]}")
    if result.returncode == 3 and path not in stderr:
        failures.append(f"{command} {path}: the message does not name the file: {stderr.strip()[:200]}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--suite", help="the YAML test suite: its valid/ and invalid/ folders")
    parser.add_argument("--files", help="a folder of other hostile inputs (such as fuzz regressions)")
    args = parser.parse_args()
    files = []
    if args.suite:
        for kind in ("valid", "invalid"):
            folder = os.path.join(args.suite, kind)
            files += sorted(os.path.join(folder, name) for name in os.listdir(folder))
        if len(files) < 100:
            print(f"FAIL: only {len(files)} files found in {args.suite}")
            return 1
    if args.files:
        files += sorted(os.path.join(args.files, name) for name in os.listdir(args.files) if not name.startswith("."))
    failures = []
    for path in files:
        for command in ("score", "check"):
            check_one(args.binary, command, path, failures)
    for failure in failures:
        print("FAIL:", failure)
    print(f"ran score and check on {len(files)} files: {len(failures)} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
