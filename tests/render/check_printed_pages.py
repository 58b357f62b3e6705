#!/usr/bin/env python3
"""Checks how a printed evidence pack falls into pages, reading each page's
text with pdftotext (poppler-utils).

  check_printed_pages.py PDF [--not-last-on-page REGEX ...]
                             [--repeated-header REGEX --on-pages-with REGEX]
                             [--min-web-diameter MM]

Always: no page but the last is almost empty (fewer than MIN_LINES lines of
text besides its footer), as happens when a heading or a table's header row
is left alone and what follows is pushed on to the next page; and every page's
footer says "Page N of M" on one line, N its number and M the page count (a
long area's name is shortened with an ellipsis rather than wrapping it).
--not-last-on-page: no page ends with a line matching REGEX (a table's
header row, say, cut off from its rows).
--repeated-header with --on-pages-with: every page after the first that
holds a line matching the second REGEX starts with a line matching the first
(a table's header row printed again on each page a long table runs on to).
--min-web-diameter: page 1 has the web, drawn at least MM across: twice
the length of its scale (the numbers 0 to 5 evenly up its first axis, read
with pdftotext -bbox).
Prints each problem and exits 1 when there is one.
"""

import argparse
import re
import subprocess
import sys

MIN_LINES = 8
FOOTER = re.compile(r"Page \d+ of\b")


def page_lines(pdf, number):
    """The page's lines of text without its footer: the last line that gives the page number and any after it
    (should the footer wrap on to two lines, which footer_problem reports)."""
    text = subprocess.run(["pdftotext", "-layout", "-f", str(number), "-l", str(number), pdf, "-"],
                          check=True, capture_output=True, text=True).stdout
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    footer = max((i for i, line in enumerate(lines) if FOOTER.search(line)), default=len(lines))
    return lines[:footer]


def footer_problem(pdf, number, count):
    """What is wrong with the page's "Page N of M", if anything."""
    text = subprocess.run(["pdftotext", "-layout", "-f", str(number), "-l", str(number), pdf, "-"],
                          check=True, capture_output=True, text=True).stdout
    if re.search(rf"Page {number} of {count}\b", text):
        return None
    found = [line.strip() for line in text.splitlines() if FOOTER.search(line)]
    return f"page {number}'s footer does not say 'Page {number} of {count}' on one line: {found}"


def page_count(pdf):
    info = subprocess.run(["pdfinfo", pdf], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))


def page_words(pdf, number):
    """Each word on the page with the middle of its box, in points."""
    text = subprocess.run(["pdftotext", "-bbox", "-f", str(number), "-l", str(number), pdf, "-"],
                          check=True, capture_output=True, text=True).stdout
    for match in WORD.finditer(text):
        x_min, y_min, x_max, y_max = (float(match.group(n)) for n in ("xmin", "ymin", "xmax", "ymax"))
        yield match.group("word"), (x_min + x_max) / 2, (y_min + y_max) / 2


WORD = re.compile(r'<word xMin="(?P<xmin>[\d.]+)" yMin="(?P<ymin>[\d.]+)" xMax="(?P<xmax>[\d.]+)" '
                  r'yMax="(?P<ymax>[\d.]+)">(?P<word>[^<]*)</word>')
SCALE_TOP = 5
POINTS_PER_MM = 72 / 25.4


def web_diameter(pdf):
    """Twice the length in millimetres of page 1's web's scale: a "0" with "1" to "5" evenly above it (within
    2 pt, and within 20 pt of it sideways, where a number moved clear of a marker); the longest such scale, or None when there is none."""
    words = list(page_words(pdf, 1))
    longest = None
    for zero_x, zero_y in ((x, y) for word, x, y in words if word == "0"):
        for top_x, top_y in ((x, y) for word, x, y in words if word == str(SCALE_TOP)):
            step = (zero_y - top_y) / SCALE_TOP
            if step <= 0 or abs(top_x - zero_x) > 20:
                continue
            if all(any(word == str(k) and abs(y - (zero_y - k * step)) < 2 and abs(x - zero_x) < 20
                       for word, x, y in words) for k in range(1, SCALE_TOP)):
                length = (zero_y - top_y) / POINTS_PER_MM
                longest = max(longest or 0, length)
    return None if longest is None else 2 * longest


def problems_of(pdf, args):
    if args.min_web_diameter:
        diameter = web_diameter(pdf)
        if diameter is None:
            yield "page 1 has no web (no scale from 0 to 5 found)"
        elif diameter < args.min_web_diameter:
            yield f"page 1's web is {diameter:.0f} mm across, under {args.min_web_diameter:g} mm"
    count = page_count(pdf)
    seen_table = False
    for number in range(1, count + 1):
        lines = page_lines(pdf, number)
        footer = footer_problem(pdf, number, count)
        if footer:
            yield footer
        if number < count and len(lines) < MIN_LINES:
            yield f"page {number} of {count} is almost empty: {lines}"
        for pattern in args.not_last_on_page:
            if lines and re.search(pattern, lines[-1]):
                yield f"page {number} ends with {lines[-1]!r}, cut off from what follows it"
        if args.repeated_header and any(re.search(args.on_pages_with, line) for line in lines):
            if seen_table and not re.search(args.repeated_header, lines[0]):
                yield f"page {number} starts with {lines[0]!r}, not the table's header row"
            seen_table = True


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pdf")
    parser.add_argument("--not-last-on-page", action="append", default=[], metavar="REGEX")
    parser.add_argument("--repeated-header", metavar="REGEX")
    parser.add_argument("--on-pages-with", metavar="REGEX")
    parser.add_argument("--min-web-diameter", type=float, metavar="MM")
    args = parser.parse_args()
    if bool(args.repeated_header) != bool(args.on_pages_with):
        parser.error("--repeated-header and --on-pages-with go together")
    problems = list(problems_of(args.pdf, args))
    for problem in problems:
        print(f"FAIL: {args.pdf}: {problem}")
    if not problems:
        web = f", page 1's web {web_diameter(args.pdf):.0f} mm across" if args.min_web_diameter else ""
        print(f"OK: {args.pdf}: {page_count(args.pdf)} pages, none almost empty or cut off{web}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
