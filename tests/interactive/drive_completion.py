#!/usr/bin/env python3
"""Presses Tab in a real interactive bash, through a pseudo-terminal, with
coprod's completion loaded, in a folder whose name holds a space: file names
with spaces, quotes and backslashes are completed as one word, quoted the way
bash reads them back (checked by running the completed line through a
function that prints each argument it gets), whether the name was started
bare, in quotes or with backslashes; a list of words (--set references) is
put on the line as it is, without backslashes.
"""
import argparse
import os
import pty
import select
import shutil
import sys
import tempfile
import time

PROMPT = "READY> "

# (keys typed, Tab where "\t"; then the arguments bash reads from the completed line)
CASES = [
    ("coprod score Nor\t2026-Q3\t", ["coprod", "score", "North Tyneside/2026-Q3-organisation.coprod.yaml"]),
    ("coprod score North\\ Tyneside/2026-Q4\t", ["coprod", "score", "North Tyneside/2026-Q4-organisation.coprod.yaml"]),
    ('coprod score "North Tyneside/2026-Q4\t', ["coprod", "score", "North Tyneside/2026-Q4-organisation.coprod.yaml"]),
    ("coprod score 'North Tyneside/2026-Q3\t", ["coprod", "score", "North Tyneside/2026-Q3-organisation.coprod.yaml"]),
    ("coprod compare it\t", ["coprod", "compare", "it's here.coprod.yaml"]),
    ("coprod web say\t", ["coprod", "web", 'say "hello".coprod.yaml']),
    ("coprod web back\t", ["coprod", "web", "back\\slash.coprod.yaml"]),
    ("coprod score tab\t", ["coprod", "score", "tab\there.coprod.yaml"]),
    ("coprod frameworks --width 60 ipc\t", ["coprod", "frameworks", "--width", "60", "ipc-coproduction"]),
    ("coprod score x --set knowledge.confidence.sc\t4", ["coprod", "score", "x", "--set", "knowledge.confidence.score=4"]),
]

FILES = ["North Tyneside/2026-Q3-organisation.coprod.yaml", "North Tyneside/2026-Q4-organisation.coprod.yaml",
         "it's here.coprod.yaml", 'say "hello".coprod.yaml', "back\\slash.coprod.yaml", "tab\there.coprod.yaml"]


def read_until(fd, marker, timeout=20):
    text = b""
    deadline = time.time() + timeout
    while marker.encode() not in text:
        if time.time() > deadline:
            raise TimeoutError(f"waited for {marker!r}; got:\n{text.decode(errors='replace')[-800:]}")
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            chunk = os.read(fd, 4096)
            if not chunk:
                break
            text += chunk
    return text.decode(errors="replace")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        work = os.path.join(temporary, "area reviews")
        for name in FILES:
            path = os.path.join(work, name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            open(path, "w").close()
        bin_dir = os.path.join(temporary, "bin")
        os.mkdir(bin_dir)
        os.symlink(os.path.abspath(args.binary), os.path.join(bin_dir, "coprod"))
        env = {"PATH": bin_dir + os.pathsep + os.environ.get("PATH", "/usr/bin:/bin"), "HOME": temporary,
               "TERM": "dumb", "LC_ALL": "C.UTF-8", "INPUTRC": "/dev/null", "PS1": PROMPT}
        pid, fd = pty.fork()
        if pid == 0:
            os.chdir(work)
            bash = shutil.which("bash")
            os.execve(bash, [bash, "--norc", "--noprofile", "-i"], env)
        read_until(fd, PROMPT)
        os.write(fd, b"source <(coprod completion bash); args() { printf '<%s>\\n' \"$@\"; echo ARGS-DONE; }\r")
        read_until(fd, PROMPT)
        failures = []
        for keys, expected in CASES:
            for part in keys.split("\t")[:-1]:
                os.write(fd, part.encode() + b"\t")
                time.sleep(0.3)
            os.write(fd, keys.split("\t")[-1].encode())
            # Ctrl-A: to the start of the line, to run it through args()
            os.write(fd, b"\x01args \r")
            try:
                output = read_until(fd, "ARGS-DONE\r\n", timeout=5)
            except TimeoutError as error:  # the line was left open (a quote not closed): Ctrl-C drops it
                failures.append(f"{keys!r}: bash did not run the completed line: {error}")
                os.write(fd, b"\x03")
                read_until(fd, PROMPT)
                continue
            got = [line[1:-1] for line in output.replace("\r\n", "\n").split("\n")
                   if line.startswith("<") and line.endswith(">")]
            if got != expected:
                failures.append(f"{keys!r}: bash read {got!r}, expected {expected!r}\n{output}")
        os.write(fd, b"exit\r")
        os.waitpid(pid, 0)
        for failure in failures:
            print("FAIL:", failure)
        print(f"completed {len(CASES)} lines in an interactive bash:", "ok" if not failures else "failed")
        return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
