#!/usr/bin/env python3
"""Runs one end-to-end case: the real coprod binary on real files.

A case file keeps its inputs, the command and the expected results together:

    # What this case shows (comment lines before the first section).
    $ coprod score input.yaml
    >>> file input.yaml
    ...content written before the command runs...
    >>> stdout
    ...expected standard output...
    >>> stderr
    ...expected standard error...
    >>> status 3
    >>> after input.yaml
    ...expected content of a file after the command...

A missing stdout or stderr section means "empty"; a missing status means 0.
A section whose text does not end with a line break is marked
"(no newline at end)". The command runs in bash in a fresh temporary folder,
with `coprod` on PATH, `examples` linked to the project's examples folder, and
$SHARED pointing at the shared material. UPDATE_GOLDEN=1 rewrites the
expected sections from what the binary printed.
"""
import argparse
import difflib
import os
import subprocess
import sys
import tempfile

NO_EOL = " (no newline at end)"


def parse_case(text):
    header, sections, current = [], [], None
    command = None
    for line in text.split("\n")[:-1] if text.endswith("\n") else text.split("\n"):
        if line.startswith(">>> "):
            current = [line[4:], []]
            sections.append(current)
        elif current is not None:
            current[1].append(line)
        elif line.startswith("$ "):
            command = line[2:]
            header.append(line)
        else:
            header.append(line)
    parsed = []
    for title, lines in sections:
        body = "\n".join(lines)
        if title.endswith(NO_EOL):
            title = title[: -len(NO_EOL)]
        elif lines:
            body += "\n"
        parsed.append((title, body))
    return header, command, parsed


def section_text(title, body):
    if body == "":
        return f">>> {title}\n"
    if body.endswith("\n"):
        return f">>> {title}\n{body}"
    return f">>> {title}{NO_EOL}\n{body}\n"


def run(args):
    with open(args.case, encoding="utf-8") as handle:
        header, command, sections = parse_case(handle.read())
    if command is None:
        sys.exit(f"{args.case}: no '$ command' line")
    with tempfile.TemporaryDirectory(prefix="coprod-case-") as work:
        bin_dir = os.path.join(work, ".bin")
        os.mkdir(bin_dir)
        os.symlink(os.path.abspath(args.binary), os.path.join(bin_dir, "coprod"))
        os.symlink(os.path.join(os.path.abspath(args.source), "examples"), os.path.join(work, "examples"))
        for title, body in sections:
            if title.startswith("file "):
                path = os.path.join(work, title[5:])
                os.makedirs(os.path.dirname(path), exist_ok=True)
                with open(path, "w", encoding="utf-8", newline="") as out:
                    out.write(body)
        env = {
            "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": work,
            "LC_ALL": "C.UTF-8",
            "SHARED": os.path.abspath(args.shared),
            "SOURCE": os.path.abspath(args.source),
            # Today is fixed (2027-01-15, after the bundled examples' last
            # completion dates), so what depends on it (stale evidence,
            # overdue actions, dates in packs) is the same whenever the
            # cases run; a case may set its own.
            "SOURCE_DATE_EPOCH": "1800014400",
        }
        result = subprocess.run(["bash", "-c", command], cwd=work, env=env, capture_output=True, timeout=120)
        actual = {
            "stdout": result.stdout.decode("utf-8", "replace"),
            "stderr": result.stderr.decode("utf-8", "replace"),
            "status": str(result.returncode),
        }
        afters = {}
        for title, _ in sections:
            if title.startswith("after "):
                path = os.path.join(work, title[6:])
                try:
                    with open(path, encoding="utf-8", newline="") as handle:
                        afters[title] = handle.read()
                except OSError as error:
                    afters[title] = f"<cannot read: {error.strerror}>\n"

    expected = {"stdout": "", "stderr": "", "status": "0"}
    for title, body in sections:
        if title in ("stdout", "stderr"):
            expected[title] = body
        elif title.startswith("status "):
            expected["status"] = title[7:].strip()

    if os.environ.get("UPDATE_GOLDEN") == "1":
        out = "\n".join(header) + "\n"
        for title, body in sections:
            if title.startswith("file "):
                out += section_text(title, body)
        if actual["stdout"]:
            out += section_text("stdout", actual["stdout"])
        if actual["stderr"]:
            out += section_text("stderr", actual["stderr"])
        if actual["status"] != "0":
            out += f">>> status {actual['status']}\n"
        for title, body in afters.items():
            out += section_text(title, body)
        with open(args.case, "w", encoding="utf-8") as handle:
            handle.write(out)
        print(f"updated {args.case}")
        return 0

    failures = []
    for key in ("status", "stdout", "stderr"):
        if actual[key] != expected[key]:
            failures.append((key, expected[key], actual[key]))
    for title, body in sections:
        if title.startswith("after ") and afters[title] != body:
            failures.append((title, body, afters[title]))
    for key, want, got in failures:
        print(f"--- {key} differs (expected, then actual):")
        sys.stdout.writelines(
            difflib.unified_diff(want.splitlines(True), got.splitlines(True), "expected", "actual")
        )
        print()
    if failures:
        print(f"FAILED: {args.case}\n$ {command}\n(run with UPDATE_GOLDEN=1 to accept the new output)")
        return 1
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("--shared", required=True)
    parser.add_argument("case")
    sys.exit(run(parser.parse_args()))


if __name__ == "__main__":
    main()
