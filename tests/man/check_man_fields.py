#!/usr/bin/env python3
"""Checks that the manual pages document every JSON field and CSV column.

Each command with JSON or CSV output is run on the examples (and on a few
files made here for what the examples lack: a combined file, a git history,
a file with flags). Every JSON key it writes, at any depth, must be a field
its page names under ".SS JSON fields", and every CSV heading a column under
".SS CSV columns"; and every field and column named there must be in some
output, so the pages cannot drift from the binary either way.

A field is named by the tag of a .TP paragraph in bold, several to a tag
separated by roman text (".BR people \\", \\" lowest"). An italic word in a
tag stands for part of a heading that depends on the inputs: "section" for
a section's id, "label" for an input's label (such as "organisation,
2026-Q4"), "direction" for a difference's ("peer network minus
organisation").
"""
import argparse
import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_man_options import binary_commands, binary_options  # noqa: E402

# What an italic word in a tag stands for; "section" is set in main() to the
# example framework's section ids.
PLACEHOLDERS = {
    "section": None,
    "label": r"[a-z-]+(?:, [^,]+)*, \d{4}-Q[1-4](?:, .+)?",
    "direction": r".+ minus .+",
}

RESPONSE = """format: coprod-assessment/1
framework: ipc-coproduction
framework_version: 1
area: Northbridge
perspective: individual
period: 2026-Q3
sections:
  commitment:
    last_completed: 2099-01-01
    rows:
      strategy:
        score: {score}
        evidence: Ask jo@example.org
"""


def roff_words(line):
    """A tag line as (font, text) pieces: B bold, I italic, R roman."""
    match = re.match(r"^\.(B|I|BR|RB|BI|IB|IR|RI)\s+(.*)$", line)
    if match:
        macro, rest = match.group(1), match.group(2)
        args = [a[1:-1] if a.startswith('"') else a for a in re.findall(r'"[^"]*"|\S+', rest)]
        if len(macro) == 1:  # .B and .I: the words in one font, spaced
            pieces = [(macro, " ".join(args))]
        else:  # .BR and the like: the words in turn in two fonts, unspaced
            pieces = [(macro[i % 2], arg) for i, arg in enumerate(args)]
    else:
        pieces, font = [], "R"
        for part in re.split(r"(\\f[BIRP])", line):
            if re.fullmatch(r"\\f[BIRP]", part):
                font = "R" if part[2] in "RP" else part[2]
            elif part:
                pieces.append((font, part))
    return [(font, text.replace("\\-", "-").replace("\\&", "").replace("\\(lq", "").replace("\\(rq", ""))
            for font, text in pieces]


def tag_names(line):
    """The field names a tag gives, as regular expressions."""
    names, current = [], ""
    for font, text in roff_words(line):
        if font == "B":
            current += re.escape(text)
        elif font == "I":
            word = text.strip()
            if word not in PLACEHOLDERS:
                raise ValueError(f"unknown placeholder {word!r} in {line!r}")
            current += PLACEHOLDERS[word]
        elif text.strip():  # roman text such as ", " or " and " ends a name
            if current:
                names.append(current)
            current = ""
    if current:
        names.append(current)
    return names


def documented(page, title):
    """{pattern: tag line} for each field named by a .TP tag under `.SS title`."""
    with open(page, encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    names, inside, tag_next = {}, False, False
    for line in lines:
        if line.startswith(".SH") or line.startswith(".SS"):
            inside = line.strip() == f".SS {title}"
        elif inside and line.startswith(".TP"):
            tag_next = True
        elif inside and tag_next:
            tag_next = False
            for name in tag_names(line):
                names[name] = line
    return names


def json_keys(value):
    if isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from json_keys(item)
    elif isinstance(value, list):
        for item in value:
            yield from json_keys(item)


def run(binary, args, cwd):
    result = subprocess.run([binary, *args], capture_output=True, text=True, cwd=cwd,
                            env=dict(os.environ, SOURCE_DATE_EPOCH="1796083200"))
    if result.returncode not in (0, 1, 3):  # 1: flags found; 3: check found an invalid file
        raise RuntimeError(f"coprod {' '.join(args)} failed ({result.returncode}): {result.stderr}")
    return result.stdout


def git(cwd, *args):
    subprocess.run(["git", "-c", "user.name=test", "-c", "user.email=test@example.org", *args], cwd=cwd,
                   check=True, capture_output=True)


def prepare(work, source):
    """The files the runs need, in `work`."""
    examples = os.path.join(source, "examples", "northbridge")
    for name in os.listdir(examples):
        shutil.copy(os.path.join(examples, name), work)
    for person, score in (("a", 2), ("b", 4)):
        with open(os.path.join(work, f"response-{person}.yaml"), "w", encoding="utf-8") as handle:
            handle.write(RESPONSE.format(score=score))
    history = os.path.join(work, "history")
    os.mkdir(history)
    git(history, "init", "-q")
    for period in ("2026-Q3", "2026-Q4"):
        shutil.copy(os.path.join(examples, f"{period}-organisation.coprod.yaml"), history)
        git(history, "add", ".")
        git(history, "commit", "-q", "-m", period)
    with open(os.path.join(history, "2026-Q4-organisation.coprod.yaml"), "a", encoding="utf-8") as handle:
        handle.write("# not committed yet\n")


Q3, Q4 = "2026-Q3-organisation.coprod.yaml", "2026-Q4-organisation.coprod.yaml"
PEER = "2026-Q4-peer-network.coprod.yaml"
# Per manual page: (format, arguments, file the output is read from or None for standard output).
RUNS = {
    "score": [
        ("json", ["score", "--format", "json", Q4, "combined.yaml", "missing.yaml"], None),
        ("csv", ["score", "--format", "csv", Q4, "combined.yaml"], None),
        ("json", ["report", "-o", "pack", "--previous", Q3, Q4], "pack/scores.json"),
        ("csv", ["report", "-o", "pack", "--force", "--previous", Q3, Q4], "pack/scores.csv"),
    ],
    "compare": [
        ("json", ["compare", "--format", "json", Q4, PEER], None),
        ("csv", ["compare", "--format", "csv", Q4, PEER], None),
        ("json", ["compare", "--format", "json", Q3, Q4], None),
        ("json", ["compare", "--format", "json", f"HEAD:history/{Q4}", f"history/{Q4}"], None),
        ("csv", ["compare", "--format", "csv", Q3, Q4, PEER], None),
    ],
    "history": [
        ("json", ["history", "--format", "json", f"history/{Q4}"], None),
        ("csv", ["history", "--format", "csv", f"history/{Q4}"], None),
    ],
    "summary": [
        ("json", ["summary", "--format", "json", "--today", "2027-12-01", "."], None),
        ("json", ["summary", "--format", "json", Q4, PEER], None),
        ("csv", ["summary", "--format", "csv", "--today", "2027-12-01", "."], None),
    ],
    "plan": [
        ("json", ["plan", "--format", "json", Q4, PEER], None),
        ("json", ["plan", "--format", "json", "--from", "2026-Q3-action-plan.yaml", Q4, PEER], None),
        ("json", ["plan", "--format", "json", "--review", "2026-Q3-action-plan.yaml", Q4, PEER], None),
    ],
    "check": [
        ("json", ["check", "--format", "json", Q4, "response-a.yaml", "missing.yaml"], None),
    ],
}


def output_names(binary, work, command):
    """{'json': set of keys, 'csv': set of headings} over the command's runs."""
    found = {"json": set(), "csv": set()}
    for form, args, place in RUNS[command]:
        text = run(binary, args, work)
        if place:
            with open(os.path.join(work, place), encoding="utf-8") as handle:
                text = handle.read()
        if form == "json":
            found["json"].update(json_keys(json.loads(text)))
        else:
            found["csv"].update(next(csv.reader(io.StringIO(text))))
    return found


def field_description(page, title, name):
    """The words of the .TP paragraph under `.SS title` whose tag names `name`, flattened."""
    with open(page, encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    inside, words, found = False, [], False
    for i, line in enumerate(lines):
        if line.startswith(".SH") or line.startswith(".SS"):
            inside = line.strip() == f".SS {title}"
        elif inside and line.startswith(".TP") and i + 1 < len(lines):
            if found:
                break
            found = name in [re.sub(r"\\(.)", r"\1", n) for n in tag_names(lines[i + 1])]
        elif found and not line.startswith(".TP"):
            words.append(" ".join(text for _, text in roff_words(line)))
    return " ".join(words[1:])  # after the tag line


def page_sentences(page):
    with open(page, encoding="utf-8") as handle:
        text = " ".join(" ".join(t for _, t in roff_words(line)) for line in handle.read().splitlines())
    return re.split(r"(?<=[.;])\s+", re.sub(r"\s+", " ", text))


def check_score_claims(binary, work, source):
    """What coprod-score(1) says of a section's JSON mean and of missing scores in CSV is what the output does:
    the mean to the decimal places the page gives (worked out from the row scores), and n/a written as n/a
    where the page says a missing score is an empty cell."""
    page = os.path.join(source, "man", "coprod-score.1")
    failures = []
    mean_words = field_description(page, "JSON fields", "mean")
    places = 4 if "four decimal places" in mean_words else None if "unrounded" in mean_words else -1
    if places == -1:
        failures.append(f"coprod-score.1: JSON 'mean' does not say how it is rounded: {mean_words!r}")
    for section in json.loads(run(binary, ["score", "--format", "json", Q4], work))["assessments"][0]["sections"]:
        scores = [row["score"] for row in section["rows"] if row["score"] is not None]
        if not scores or places == -1:
            continue
        exact = sum(scores) / len(scores)
        expected = exact if places is None else round(exact, places)
        if abs(section["mean"] - expected) > 1e-12:
            failures.append(f"coprod-score.1 says JSON 'mean' is {mean_words!r}, but {section['id']}'s is "
                            f"{section['mean']} where its rows' average is {exact}")
    with open(os.path.join(work, "not-applicable.yaml"), "w", encoding="utf-8") as handle:
        handle.write(RESPONSE.format(score="n/a").replace("individual", "organisation"))
    lines = list(csv.DictReader(io.StringIO(run(binary, ["score", "--format", "csv", "not-applicable.yaml"], work))))
    if any(line["score"] == "n/a" for line in lines):
        for sentence in page_sentences(page):
            if "CSV" in sentence and "empty" in sentence and "not scored" not in sentence:
                failures.append(f"coprod-score.1 says {sentence!r}, but CSV writes n/a for a row marked n/a")
    return failures


def compare_page(page, form, title, names):
    failures = []
    patterns = documented(page, title)
    if not patterns:
        return [f"{os.path.basename(page)} has no '.SS {title}' with .TP tags naming its {form} output"]
    for name in sorted(names):
        if not any(re.fullmatch(pattern, name) for pattern in patterns):
            failures.append(f"{os.path.basename(page)}: {form} has {name!r}, not named under '{title}'")
    for pattern, line in patterns.items():
        if not any(re.fullmatch(pattern, name) for name in names):
            failures.append(f"{os.path.basename(page)}: '{title}' names {line!r}, which no {form} output has")
    return failures


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("--list", action="store_true", help="print the names each output has")
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    failures = []
    # Every command whose --format offers JSON or CSV is run here.
    for command in binary_commands(binary):
        formats = binary_options(binary, command).get("--format", "")
        if re.search(r"\b(json|csv)\b", formats) and command not in RUNS:
            failures.append(f"coprod {command} --format offers JSON or CSV, but {__file__} does not run it")
    with tempfile.TemporaryDirectory() as work:
        prepare(work, args.source)
        sections = json.loads(run(binary, ["score", "--format", "json", Q4], work))["assessments"][0]["sections"]
        PLACEHOLDERS["section"] = "(?:" + "|".join(re.escape(section["id"]) for section in sections) + ")"
        run(binary, ["combine", "--schema", "none", "-o", "combined.yaml", "response-a.yaml", "response-b.yaml"], work)
        failures += check_score_claims(binary, work, args.source)
        for command in RUNS:
            found = output_names(binary, work, command)
            page = os.path.join(args.source, "man", f"coprod-{command}.1")
            for form, title in (("json", "JSON fields"), ("csv", "CSV columns")):
                if args.list:
                    print(command, form, sorted(found[form]))
                elif found[form]:
                    failures += compare_page(page, form.upper(), title, found[form])
    for failure in failures:
        print("FAIL:", failure)
    print(f"compared the JSON and CSV of {len(RUNS)} commands with their manual pages:",
          "ok" if not failures else "failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
