#!/usr/bin/env python3
"""Checks how a printed evidence pack falls into pages, reading each page's
text with pdftotext (poppler-utils).

  check_printed_pages.py PDF [--not-last-on-page REGEX ...]
                             [--repeated-header REGEX --on-pages-with REGEX]

Always: no page but the last is almost empty (fewer than MIN_LINES lines of
text besides its footer), as happens when a heading or a table's header row
is left alone and what follows is pushed on to the next page.
--not-last-on-page: no page ends with a line matching REGEX (a table's
header row, say, cut off from its rows).
--repeated-header with --on-pages-with: every page after the first that
holds a line matching the second REGEX starts with a line matching the first
(a table's header row printed again on each page a long table runs on to).
Prints each problem and exits 1 when there is one.
"""

import argparse
import re
import subprocess
import sys

MIN_LINES = 8
FOOTER = re.compile(r"Page \d+ of \d+")


def page_lines(pdf, number):
    text = subprocess.run(["pdftotext", "-layout", "-f", str(number), "-l", str(number), pdf, "-"],
                          check=True, capture_output=True, text=True).stdout
    return [line.strip() for line in text.splitlines() if line.strip() and not FOOTER.search(line)]


def page_count(pdf):
    info = subprocess.run(["pdfinfo", pdf], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))


def problems_of(pdf, args):
    count = page_count(pdf)
    seen_table = False
    for number in range(1, count + 1):
        lines = page_lines(pdf, number)
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
    args = parser.parse_args()
    if bool(args.repeated_header) != bool(args.on_pages_with):
        parser.error("--repeated-header and --on-pages-with go together")
    problems = list(problems_of(args.pdf, args))
    for problem in problems:
        print(f"FAIL: {args.pdf}: {problem}")
    if not problems:
        print(f"OK: {args.pdf}: {page_count(args.pdf)} pages, none almost empty or cut off")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
