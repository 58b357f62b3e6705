#!/usr/bin/env python3
"""Presses Tab in a real interactive zsh (zsh -f -i, compinit), through a
pseudo-terminal, with coprod's completion loaded the two ways people load it:
`source <(coprod completion zsh)`, and the installed _coprod file found on
$fpath. Checks what zsh puts on the line by running the completed line through
a function that prints each argument it gets (commands, options, --format and
--perspective values, --set references, framework ids, and file names with
spaces, quotes and backslashes in a folder whose name holds a space, each one
argument), and reads the lists zsh shows (commands and options with their
descriptions, apostrophes and colons intact; coprod's own --help and
--version before a command; an option given once not offered again, under
either of its names, while one that may be repeated is).
"""
import argparse
import os
import re
import shutil
import subprocess
import sys

from completion_workspace import PROMPT, completion_workspace, start_shell

# keys typed ("\t" is Tab); the arguments zsh reads from the completed line
# (None: not run); text the list shown must hold (runs of spaces in either are
# taken as one); and, if given, text it must not hold. A case with a list has
# one Tab, at the end, that lists and leaves the line as it is.
CASES = [
    ("coprod \t", None, ["history     -- Show how an assessment's section scores changed",
                         "score       -- Check one or more assessment files and show each section's score",
                         "form        -- Write a scoring form: one HTML file",
                         "help        -- Show a command's help"],
     ["Print this help message", "Display program version"]),
    ("coprod sc\t", ["coprod", "sc"], ["schema  -- ", "score   -- "]),
    ("coprod hist\t", ["coprod", "history"], []),
    ("coprod score --for\t", ["coprod", "score", "--for"], ["--force   -- Replace the --output file", "--format  -- Output format"]),
    ("coprod score --form\t", ["coprod", "score", "--format"], []),
    ("coprod init --per\t", ["coprod", "init", "--per"],
     ["--perspective  -- Whose view this records: organisation, peer-network (the co-product",
      "--period       -- The review period, for example 2026-Q3"]),
    ("coprod score --format mark\t", ["coprod", "score", "--format", "markdown"], []),
    ("coprod init --perspective \t", None, ["individual", "organisation", "peer-network"]),
    ("coprod init --perspective peer\t", ["coprod", "init", "--perspective", "peer-network"], []),
    ("coprod score x --set knowledge.confidence.sc\t4", ["coprod", "score", "x", "--set", "knowledge.confidence.score=4"],
     []),
    ("coprod init --framework ipc\t", ["coprod", "init", "--framework", "ipc-coproduction"], []),
    ("coprod frameworks ipc\t", ["coprod", "frameworks", "ipc-coproduction"], []),
    ("coprod score Nor\t2026-Q3\t", ["coprod", "score", "North Tyneside/2026-Q3-organisation.coprod.yaml"], []),
    ("coprod score North\\ Tyneside/2026-Q4\t", ["coprod", "score", "North Tyneside/2026-Q4-organisation.coprod.yaml"],
     []),
    ('coprod score "North Tyneside/2026-Q4\t', ["coprod", "score", "North Tyneside/2026-Q4-organisation.coprod.yaml"], []),
    ("coprod score 'North Tyneside/2026-Q3\t", ["coprod", "score", "North Tyneside/2026-Q3-organisation.coprod.yaml"], []),
    ("coprod compare it\t", ["coprod", "compare", "it's here.coprod.yaml"], []),
    ("coprod web say\t", ["coprod", "web", 'say "hello".coprod.yaml'], []),
    ("coprod web back\t", ["coprod", "web", "back\\slash.coprod.yaml"], []),
    ("coprod score --output say\t", ["coprod", "score", "--output", 'say "hello".coprod.yaml'], []),
    ("coprod score -\t", None, ["--output -o -- Write the report to this file", "--help -h -- Print this help"]),
    ("coprod score -o say\t", ["coprod", "score", "-o", 'say "hello".coprod.yaml'], []),
    # coprod's own options: offered where an option is started, not among the commands
    ("coprod -\t", None, ["--help -h -- Print this help message and exit",
                          "--version -- Display program version information and exit"], ["init -- "]),
    ("coprod --he\t", ["coprod", "--help"], []),
    ("coprod s\t", None, ["schema -- ", "score -- ", "summary -- "], ["Print this help message"]),
    # an option given once is not offered again, under either name; --set may be repeated
    ("coprod score -o x -\t", None, ["--format -- Output format", "--set -- Change a value"],
     ["--output -o", "Write the report to this file"]),
    ("coprod score --output x --format json --s\t", None, ["--set -- ", "--set-evidence -- ", "--strict -- "],
     ["Write the report to this file"]),
    ("coprod score --format json --form\t", ["coprod", "score", "--format", "json", "--form"], []),
    ("coprod score x --set knowledge.confidence.score=4 --set knowledge.learning.sc\t3",
     ["coprod", "score", "x", "--set", "knowledge.confidence.score=4", "--set", "knowledge.learning.score=3"], []),
    ("coprod plan x --framework a.yaml --framework b.yaml --fra\t",
     ["coprod", "plan", "x", "--framework", "a.yaml", "--framework", "b.yaml", "--framework"], []),
]

# With the installed file on $fpath instead: a few, to see that it loads.
AUTOLOAD_CASES = [CASES[0], CASES[2], CASES[9], CASES[16], CASES[22]]


def plain(text):
    """The terminal's output without escape sequences, carriage returns and trailing spaces."""
    text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", text).replace("\r", "")
    return "\n".join(line.rstrip() for line in text.split("\n"))


def run_line(fd, terminal, command):
    """Runs a command; its output (the prompt is set by the first, so it is written in two parts)."""
    os.write(fd, command.encode() + b"; print -r -- COMMAND''-DONE\r")
    return plain(terminal.read_until("COMMAND-DONE\r\n"))


def run_case(fd, terminal, keys, expected, listed, unlisted=()):
    """Types the keys, then runs the line through args(); what went wrong, if anything."""
    parts = keys.split("\t")
    shown = ""
    for part in parts[:-1]:
        # zsh reads keys in order, so only a list to be read needs waiting for:
        # it ends where zsh writes the prompt and the line again below it
        os.write(fd, part.encode() + b"\t")
    if listed:
        try:
            shown = terminal.read_until("\n" + PROMPT + "".join(parts[:-1]))
        except TimeoutError as error:
            shown = str(error)
    os.write(fd, parts[-1].encode())
    shown = plain(shown)
    spaced = re.sub(" +", " ", shown)
    failures = [f"{keys!r}: zsh did not list {text!r}; it showed:\n{shown}" for text in listed
                if re.sub(" +", " ", text) not in spaced]
    failures += [f"{keys!r}: zsh listed {text!r}; it showed:\n{shown}" for text in unlisted
                 if re.sub(" +", " ", text) in spaced]
    if expected is None:  # Ctrl-U: drop the line
        os.write(fd, b"\x15print -r -- CASE''-DONE\r")
        terminal.read_until("CASE-DONE\r\n")
        return failures
    # Ctrl-A: to the start of the line, to run it through args()
    os.write(fd, b"\x01args \r")
    try:
        output = plain(terminal.read_until("ARGS-DONE\r\n", timeout=10))
    except TimeoutError as error:  # the line was left open (a quote not closed): Ctrl-C drops it
        os.write(fd, b"\x03")
        terminal.read_quiet()
        return failures + [f"{keys!r}: zsh did not run the completed line: {error}"]
    got = [line[1:-1] for line in output.split("\n") if line.startswith("<") and line.endswith(">")]
    if got != expected:
        failures.append(f"{keys!r}: zsh read {got!r}, expected {expected!r}\n{output}")
    return failures


def session(workspace, load, cases):
    """A zsh that loads the completion with `load` (COMPINIT where compinit runs), then the cases; what went wrong."""
    # wide, so that the lists are not folded or cut short
    pid, fd, terminal = start_shell(workspace, [shutil.which("zsh"), "-f", "-i"], columns=220)
    failures = []
    try:
        run_line(fd, terminal, "PS1='READY''> '; args() { printf '<%s>\\n' \"$@\"; print -r -- ARGS''-DONE }")
        load = load.replace("COMPINIT", "autoload -Uz compinit && compinit -u -D")
        output = run_line(fd, terminal, load + "; print -r -- \"completer: ${_comps[coprod]:-none}\"")
        if "completer: _coprod" not in output:
            failures.append(f"{load!r} did not set up completion for coprod:\n{output}")
            run_line(fd, terminal, "source <(coprod completion zsh); compdef _coprod coprod")
        for case in cases:
            failures += run_case(fd, terminal, *case)
    finally:
        os.write(fd, b"\x15exit\r")
        os.waitpid(pid, 0)
    return failures


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    args = parser.parse_args()
    with completion_workspace(args.binary) as workspace:
        functions = os.path.join(workspace.root, "functions")
        os.mkdir(functions)
        with open(os.path.join(functions, "_coprod"), "w") as script:
            subprocess.run([args.binary, "completion", "zsh"], stdout=script, check=True)
        failures = session(workspace, "COMPINIT; source <(coprod completion zsh)", CASES)
        failures += session(workspace, f"fpath=({functions} $fpath); COMPINIT", AUTOLOAD_CASES)
        for failure in failures:
            print("FAIL:", failure)
        print(f"completed {len(CASES) + len(AUTOLOAD_CASES)} lines in an interactive zsh:",
              "ok" if not failures else "failed")
        return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
