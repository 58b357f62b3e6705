#!/usr/bin/env python3
"""Checks every #include "folder/..." line in src/ against the layer table in ARCHITECTURE.md.

The table's first column names a folder (`util/`), its last column says which
other folders it may use ("model, util", "everything", "core"). A file may
always include files of its own folder. Like Chromium's checkdeps, this makes
the layering a rule the build enforces rather than a convention. Exits 1 and
names file:line for every include that breaks the table.
"""
import argparse
import re
import sys
from pathlib import Path

CORE = ["util", "model", "yaml", "analysis", "render"]


def read_layer_table(architecture):
    """Returns {folder: set of folders it may include}, from the ARCHITECTURE.md table."""
    allowed = {}
    for line in architecture.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        folder = re.fullmatch(r"`([a-z_]+)/`", cells[0]) if len(cells) >= 3 else None
        if not folder:
            continue
        uses = cells[-1]
        names = set(re.findall(r"[a-z_-]+", uses))
        if "everything" in names:
            names |= set(CORE) | {"cli"}
        if "core" in names:
            names |= set(CORE)
        allowed[folder.group(1)] = names
    return allowed


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", required=True, help="the checkout's root")
    args = parser.parse_args()
    root = Path(args.source)
    allowed = read_layer_table(root / "ARCHITECTURE.md")
    if not all(folder in allowed for folder in CORE + ["cli"]):
        print(f"ARCHITECTURE.md's table lacks a row for some of {CORE + ['cli']}: found {sorted(allowed)}")
        return 1
    include = re.compile(r'^\s*#\s*include\s+"([a-z_]+)/')
    problems, checked = [], 0
    for path in sorted((root / "src").rglob("*")):
        if path.suffix not in (".cpp", ".hpp", ".h") or path.parent == root / "src":
            continue
        folder = path.relative_to(root / "src").parts[0]
        if folder not in allowed:
            problems.append(f"{path.relative_to(root)}: the folder {folder}/ has no row in ARCHITECTURE.md")
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            match = include.match(line)
            if not match:
                continue
            checked += 1
            used = match.group(1)
            if used != folder and used not in allowed[folder]:
                problems.append(f"{path.relative_to(root)}:{number}: {folder}/ may not include {used}/ "
                                f"(ARCHITECTURE.md allows: {', '.join(sorted(allowed[folder])) or 'nothing'})")
    for problem in problems:
        print(problem)
    print(f"{checked} includes checked against the layer table: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
