"""One way to run a test of the scoring form in headless Chromium, shared by every such script.

A script keeps only its checks, each a function of (checks, session), and ends with

    if __name__ == "__main__":
        sys.exit(form_runner.run(__doc__, check_kept_answers, done="the answers are kept on this device"))

run() reads the options (--binary, --source, --output-dir, --axe, --chromium; a script that needs no example
files or keeps nothing to look at says so with source=False or outputs=False), starts Chromium with a
FormSession (form_session.py) in a temporary folder, calls the check, and says what it found: each problem
as "FAIL: ..." as it is found, then "N problem(s)" or "OK: ...".

Exit status: 0 no problem; 1 problems found; 2 Chromium could not be started.
"""
import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_html_in_browser import StartupError  # noqa: E402
from form_session import FormSession  # noqa: E402


class Checks:
    """What a test knows (its options and a folder of its own) and what it found; runs the real binary."""

    def __init__(self, args, work):
        self.args, self.work, self.failures = args, Path(work), []
        self.out = Path(args.output_dir) if getattr(args, "output_dir", None) else None
        if self.out:
            self.out.mkdir(parents=True, exist_ok=True)

    def fail(self, text):
        print(f"FAIL: {text}")
        self.failures.append(text)

    def expect(self, condition, text):
        if not condition:
            self.fail(text)
        return condition

    def coprod(self, *arguments, expect_status=0):
        run = subprocess.run([self.args.binary, *map(str, arguments)], capture_output=True, text=True)
        if expect_status is not None and run.returncode != expect_status:
            self.fail(f"coprod {' '.join(map(str, arguments))} exited {run.returncode}: {run.stderr.strip()[:500]}")
        return run

    def score_json(self, path):
        return json.loads(self.coprod("score", "--format", "json", path).stdout or "null")

    def section_scores(self, path):
        """{section id: "3.3" or None} from coprod score --format json."""
        found = {}
        for section in self.score_json(path)["assessments"][0]["sections"]:
            found[section["id"]] = None if section["score"] is None else f"{section['score']:.1f}"
        return found

    def make_form(self, name, *arguments):
        path = self.work / name
        self.coprod("form", "-o", path, *arguments)
        return path


def options(doc, source, outputs):
    parser = argparse.ArgumentParser(description=doc.strip().splitlines()[0])
    parser.add_argument("--binary", required=True, help="the coprod binary")
    if source:
        parser.add_argument("--source", required=True, help="coprod's source folder (for its examples)")
    if outputs:
        parser.add_argument("--output-dir", required=True, help="where screenshots and printed pages are kept")
    parser.add_argument("--axe", help="axe-core's axe.min.js; without it the accessibility checks are skipped")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    if args.axe and not Path(args.axe).is_file():
        parser.error(f"no axe-core at {args.axe}: run (cd tests/browser && npm ci)")
    return args


def run(doc, check, done, source=True, outputs=True):
    """Runs check(checks, session) in a fresh Chromium; returns the exit status. `doc` is the script's __doc__
    (its first line describes it in --help); `done` is said after "OK: " when nothing was found."""
    args = options(doc, source, outputs)
    work = tempfile.mkdtemp(prefix=f"{Path(sys.argv[0]).stem}-")
    checks, session = Checks(args, work), None
    try:
        session = FormSession(Path(work, "chromium"), args.chromium)
        check(checks, session)
        checks.expect(not session.page.foreign, f"the form made requests: {session.page.foreign[:3]}")
    except StartupError as error:
        print(f"Chromium could not be started: {error}")
        return 2
    finally:
        if session:
            session.close()
        shutil.rmtree(work, ignore_errors=True)
    if checks.out:
        print(f"screenshots and printed pages: {checks.out}")
    print(f"{len(checks.failures)} problem(s)" if checks.failures else f"OK: {done}")
    return 1 if checks.failures else 0
