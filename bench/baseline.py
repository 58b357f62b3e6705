#!/usr/bin/env python3
"""The script a user would otherwise write: the same computations as coprod
with Python and PyYAML's C loader, for the benchmark to compare against.

    baseline.py score FILE...      section means of each file, as CSV
    baseline.py summary DIR        per perspective and section, median and quartiles across areas (latest period)
    baseline.py web FILE           a radar chart of one file as SVG
"""
import math
import os
import statistics
import sys

import yaml

SECTIONS = ["commitment", "contact", "purpose", "knowledge", "coproduce", "impact", "facilitate"]


def load(path):
    with open(path, encoding="utf-8") as handle:
        return yaml.load(handle, Loader=yaml.CSafeLoader)


def section_means(document):
    means = []
    for section in SECTIONS:
        rows = ((document.get("sections") or {}).get(section) or {}).get("rows") or {}
        scores = [row["score"] for row in rows.values() if row and isinstance(row.get("score"), (int, float))]
        means.append(round(sum(scores) / len(scores), 1) if scores else None)
    return means


def score(paths):
    out = ["file,area,perspective,period," + ",".join(SECTIONS)]
    for path in paths:
        document = load(path)
        means = section_means(document)
        out.append(",".join([path, str(document["area"]), document["perspective"], str(document["period"])] +
                            ["" if m is None else f"{m:.1f}" for m in means]))
    print("\n".join(out))


def summary(folder):
    digests = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if name.endswith((".yaml", ".yml")):
                document = load(os.path.join(root, name))
                if isinstance(document, dict) and document.get("format") == "coprod-assessment/1":
                    digests.append((document["area"], document["perspective"], str(document["period"]), section_means(document)))
    latest = max(d[2] for d in digests)
    for perspective in ("organisation", "peer-network"):
        for index, section in enumerate(SECTIONS):
            values = sorted(d[3][index] for d in digests if d[1] == perspective and d[2] == latest and d[3][index] is not None)
            if values:
                quartiles = statistics.quantiles(values, n=4, method="inclusive") if len(values) > 1 else [values[0]] * 3
                print(f"{perspective},{section},{len(values)},{statistics.median(values):.1f},{quartiles[0]:.1f},{quartiles[2]:.1f}")


def web(path):
    means = section_means(load(path))
    points = []
    for index, mean in enumerate(means):
        angle = -math.pi / 2 + 2 * math.pi * index / len(SECTIONS)
        radius = 200 * (mean or 0) / 5
        points.append(f"{400 + radius * math.cos(angle):.1f},{330 + radius * math.sin(angle):.1f}")
    print(f'<svg xmlns="http://www.w3.org/2000/svg" width="800" height="700"><polygon points="{" ".join(points)}"/></svg>')


if __name__ == "__main__":
    command, arguments = sys.argv[1], sys.argv[2:]
    {"score": lambda: score(arguments), "summary": lambda: summary(arguments[0]), "web": lambda: web(arguments[0])}[command]()
