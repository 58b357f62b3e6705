#!/usr/bin/env python3
"""The scores workbook as LibreOffice prints it with its default fonts (no
Calibri or Carlito: DejaVu Sans, a third wider), converted to PDF with
`soffice --headless` and read back page by page with pdftotext:

- every word prints at 9 point or more, the chart's and every sheet's of a
  report with a plan too (measured when the stand-in font is DejaVu Sans,
  whose box pdftotext gives);
- with 6 inputs (a report given --previous) each input's three columns on the
  Change sheet, and its score and evidence on the Rows sheet, print together
  on one page, however many pages across the sheet takes;
- with 6 and 11 inputs the Summary prints one page wide (its title once), each
  of its tables whole on a page, its heading row and its sections' names
  beside the numbers, and every input's score and rows scored once;
- with 1 and 2 inputs (score's and compare's workbooks) the Summary, chart
  and all, prints on one page;
- with 2 inputs, one of them combined from several people's responses or
  not, every page of the Rows sheet shows whole rows: the signs and each
  input's score and evidence side by side, under the heading row;
- the Change sheet's tables, one an input, each whole on a page, short ones
  sharing a page (two inputs' on one);
- the Northbridge pack's Rows sheet prints on at most 9 pages (10 with
  Excel's margins);
- every word of the Plan sheet's owners prints whole, not broken inside;
- a plan of 36 actions prints on several pages, each page of the Plan sheet
  opening with the line that says on what date its statuses hold (here, that
  they are as the plan file records them), then its headings, so a page read
  on its own is read right; an action's notes longer than Excel's tallest
  row holds print whole, on in the lines under it;
- the abbreviations the workbook uses print spelled out on its last page;
- where there are differences or changes, the Summary's note and the Change
  sheet say they are worked out from the scores as shown;
- with a framework of long section names (strategic-coproduction), two
  perspectives and an earlier period, every table of the Summary and Change
  sheets prints whole on a page;
- with a framework of 15 sections (making-coproduction-work), two
  perspectives and an earlier period, whose Summary and Change tables run
  over a page, every printed page of a table starts with its heading row.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

FAILURES = []

NORTHBRIDGE = "examples/northbridge"
# One word each, found in no evidence, so each input's headings can be counted on a page.
AREAS = ["Ashby", "Brent", "Corby", "Derby", "Epsom", "Fleet", "Goole", "Hythe", "Ilkley", "Jarrow", "Kendal"]
# Where every section is its one row, "Section changes" and "Sections" for "Row changes" and "Rows".
SHEETS = ["Summary", "Change", "Row changes", "Section changes", "Rows", "Sections", "About these scores",
          "Reflections", "Plan", "Web data", "Abbreviations"]
LEGIBLE_POINTS = 9
# The most pages the Northbridge pack's Rows sheet may print on.
ROWS_PAGES_MOST = 9
# pdftotext gives a word's box as its font's full height: 1.3 times the size for DejaVu Sans as LibreOffice
# writes it (11 point text printed at 90% is 12.87 points tall).
DEJAVU_BOX_PER_POINT = 1.3


def check(condition, message):
    if not condition:
        FAILURES.append(message)


def run(command, cwd):
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=600)
    if result.returncode != 0:
        raise AssertionError(f"{' '.join(command)}: exit {result.returncode}; stderr: {result.stderr}")
    return result.stdout


def write_inputs(work, source):
    """Each area's organisation in 2026-Q3 and 2026-Q4; the first area's peer network in 2026-Q4."""
    names = {}
    for period in ["Q3", "Q4"]:
        with open(os.path.join(source, NORTHBRIDGE, f"2026-{period}-organisation.coprod.yaml")) as f:
            text = f.read()
        for area in AREAS:
            name = f"{area}-2026-{period}.coprod.yaml"
            with open(os.path.join(work, name), "w") as f:
                f.write(re.sub(r"^area: .*$", f"area: {area}", text, count=1, flags=re.M))
            names[(area, period)] = name
    with open(os.path.join(source, NORTHBRIDGE, "2026-Q4-peer-network.coprod.yaml")) as f:
        text = f.read()
    with open(os.path.join(work, "peer.coprod.yaml"), "w") as f:
        f.write(re.sub(r"^area: .*$", f"area: {AREAS[0]}", text, count=1, flags=re.M))
    return names


class Page:
    def __init__(self, pdf, number):
        text = subprocess.run(["pdftotext", "-layout", "-f", str(number), "-l", str(number), pdf, "-"],
                              capture_output=True, text=True).stdout
        lines = [line for line in text.split("\n") if line.strip()]
        self.header = lines[0] if lines else ""
        # The page header (the areas, and the sheet's name at the right) and "Page N of M" left out.
        self.lines = lines[1:-1]
        self.body = "\n".join(self.lines)
        self.sheet = next((s for s in SHEETS if self.header.rstrip().endswith(s)), None)
        self.number = number
        boxes = subprocess.run(["pdftotext", "-bbox", "-f", str(number), "-l", str(number), pdf, "-"],
                               capture_output=True, text=True).stdout
        self.word_heights = [(float(bottom) - float(top), word) for top, bottom, word in
                             re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<', boxes)]

    def count(self, word):
        return len(re.findall(rf"\b{re.escape(word)}\b", self.body))


def printed_pages(pdf):
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    return [Page(pdf, number) for number in range(1, pages + 1)]


def check_legible(pages, label, dejavu):
    for page in pages:
        if not dejavu:
            break
        smallest = min(page.word_heights, default=(LEGIBLE_POINTS * DEJAVU_BOX_PER_POINT, ""))
        points = smallest[0] / DEJAVU_BOX_PER_POINT
        check(points >= LEGIBLE_POINTS - 0.05,
              f"{label}: page {page.number} ({page.sheet}) prints {smallest[1]!r} at {points:.1f} point")


def check_groups_on_one_page(pages, label, sheet, areas, per_page):
    """Each area's column headings on the sheet's pages: all `per_page` of them on a page, or none."""
    sheet_pages = [page for page in pages if page.sheet == sheet]
    check(sheet_pages, f"{label}: no page of the {sheet} sheet")
    for area in areas:
        counts = [page.count(area) for page in sheet_pages]
        check(all(count in (0, per_page) for count in counts) and any(counts),
              f"{label}: {sheet}: {area}'s {per_page} columns split across pages: {counts} on pages "
              f"{[page.number for page in sheet_pages]}")


def check_rows_whole(pages, label, inputs, combined):
    """Every page of the Rows sheet with all its columns: the signs, each input's score (and people who scored
    it) and evidence, so no row is cut across pages."""
    rows = [page for page in pages if page.sheet == "Rows"]
    check(rows, f"{label}: no page of the Rows sheet")
    for page in rows:
        # The heading "Warning sign", not the "Warning sign: yes." of a row's evidence (seen locally).
        shown = (len(re.findall(r"\bWarning sign\b(?!:)", page.body)), page.body.count("Score:"),
                 page.body.count("People who"),
                 page.body.count("Evidence:"))
        check(shown == (1, inputs, combined, inputs),
              f"{label}: Rows page {page.number} shows (signs, scores, people who scored, evidence) headings "
              f"{shown}, not (1, {inputs}, {combined}, {inputs}): a row cut across pages")


def check_tables_whole(pages, label, sheet, heading, first, last):
    """Each table of the sheet whole on a page: on every page as many heading rows as first and last lines
    (above the key to the Summary's web, which names the sections too)."""
    for page in (page for page in pages if page.sheet == sheet):
        key = next((i for i, line in enumerate(page.lines) if line.strip().startswith("The web's axes")), None)
        counts = [len([line for line in page.lines[:key] if re.match(rf"\s*{re.escape(text)}", line)])
                  for text in [heading, first, last]]
        check(counts[0] == counts[1] == counts[2],
              f"{label}: {sheet} page {page.number}: {counts[0]} headings, {counts[1]} lines of {first!r}, "
              f"{counts[2]} of {last!r}: a table split across pages")


def check_words_whole(pages, label, sheet, words):
    body = "\n".join(page.body for page in pages if page.sheet == sheet)
    for word in words:
        check(re.search(rf"\b{re.escape(word)}\b", body), f"{label}: {sheet}: {word!r} does not print whole")


def write_combined(work, source):
    """Three people's own responses, the peer network's scores a little apart, combined into one assessment."""
    with open(os.path.join(source, NORTHBRIDGE, "2026-Q4-peer-network.coprod.yaml")) as f:
        text = re.sub(r"^perspective: .*$", "perspective: individual", f.read(), count=1, flags=re.M)
    responses = []
    for person, (old, new) in enumerate([("score: 3\n", "score: 3\n"), ("score: 3\n", "score: 4\n"),
                                         ("score: 2\n", "score: 1\n")]):
        responses.append(f"response-{person}.coprod.yaml")
        with open(os.path.join(work, responses[-1]), "w") as f:
            f.write(text.replace(old, new))
    return responses


def write_long_named(work, binary, framework="strategic-coproduction"):
    """The organisation's and the peer network's assessments in 2026-Q3 and 2026-Q4 with a framework whose
    sections' names are a sentence or two (strategic-coproduction) or that has many sections, every row scored."""
    names = []
    for perspective in ["organisation", "peer-network"]:
        for period, step in [("2026-Q3", 2), ("2026-Q4", 3)]:
            name = f"{framework}-{perspective}-{period}.coprod.yaml"
            run([binary, "init", name, "--framework", framework, "--perspective", perspective,
                 "--area", "Northbridge", "--period", period, "--schema", "none"], work)
            with open(os.path.join(work, name)) as f:
                lines = f.read().split("\n")
            scored = 0
            for i, line in enumerate(lines):
                if re.match(r"^\s*score:$", line):
                    lines[i] = f"{line} {(scored * step) % 11 / 2}"
                    scored += 1
            with open(os.path.join(work, name), "w") as f:
                f.write("\n".join(lines))
            names.append(name)
    return names


def write_long_plan(work, source, copies=12):
    """The Northbridge plan with its actions over again `copies` times in all (ids commitment-2, ...), beside the
    assessments it was made from."""
    northbridge = os.path.join(source, NORTHBRIDGE)
    with open(os.path.join(northbridge, "2026-Q3-action-plan.yaml")) as f:
        text = f.read()
    actions = text[text.index("\nactions:\n") + len("\nactions:\n"):]
    text += "".join(re.sub(r"(id: [a-z]+)-1\b", rf"\g<1>-{copy}", actions) for copy in range(2, copies + 1))
    # The first action's notes longer than Excel's tallest row holds in its column, ending in a word of their own.
    short = "notes: The director came in November and agreed to come back in February."
    text = text.replace(short, short + " " + LONG_NOTE, 1)
    for name in ["2026-Q3-organisation.coprod.yaml", "2026-Q3-peer-network.coprod.yaml"]:
        shutil.copy(os.path.join(northbridge, name), os.path.join(work, name))
    with open(os.path.join(work, "long-plan.yaml"), "w") as f:
        f.write(text)
    return "long-plan.yaml"


# About 40 lines in the Notes column: more than Excel's tallest row (409 points, 27 lines) holds.
LONG_NOTE = ("She asked the network to send questions in advance so that she can bring the right people with her, and "
             "offered to report back to the board on what she heard. Members said the meeting felt different from "
             "earlier ones because she stayed for the whole session and listened before speaking. The network's chair "
             "will write to her after each meeting with the three things members most want followed up, and the "
             "programme lead will keep a log of what was asked and what was done, to share at the Lastwordreview.")


def check_plan_pages_dated(pages, label, statuses, least):
    """Each printed page of the Plan sheet (at least `least`) opens with the statuses line, then the headings."""
    plan = [page for page in pages if page.sheet == "Plan"]
    check(len(plan) >= least, f"{label}: the Plan sheet prints on {len(plan)} pages, fewer than {least}")
    for page in plan:
        first = page.lines[0].strip() if page.lines else ""
        heading = next((i for i, line in enumerate(page.lines) if re.match(r"\s*Action\s{2,}What will be done", line)),
                       None)
        check(first.startswith(statuses) and heading is not None and heading > 0,
              f"{label}: Plan page {page.number} opens with {first!r}, not the statuses line above the headings")


def check_headed_pages(pages, label, sheets):
    """Every printed page of a table starts with its heading row: on each page of the sheets, a heading row
    ("Section" and more headings) above the first line of scores (above the key to the Summary's web)."""
    value = r"(\d+(\.\d)?|[+-]\d+\.\d|not applicable|not scored yet)"
    for sheet in sheets:
        sheet_pages = [page for page in pages if page.sheet == sheet]
        check(len(sheet_pages) > 1, f"{label}: the {sheet} sheet prints on {len(sheet_pages)} page, not over several")
        for page in sheet_pages:
            key = next((i for i, line in enumerate(page.lines) if line.strip().startswith("The web's axes")),
                       len(page.lines))
            lines = page.lines[:key]
            scores = next((i for i, line in enumerate(lines) if re.search(rf"\s{{2,}}{value}\s*$", line)), None)
            heading = next((i for i, line in enumerate(lines) if re.match(r"\s*Section\s{2,}\S", line)), None)
            check(scores is None or (heading is not None and heading < scores),
                  f"{label}: {sheet} page {page.number} starts a table's scores without its heading row")


def check_shown_scores_note(pages, label, sheets):
    """The note that differences and changes are worked out from the scores as shown, on each of the sheets."""
    for sheet in sheets:
        text = " ".join(" ".join(page.lines) for page in pages if page.sheet == sheet)
        check(re.search(r"worked\s+out\s+from\s+the\s+scores\s+as\s+shown", text),
              f"{label}: the {sheet} sheet does not say differences and changes are worked out from the scores "
              "as shown")


def check_summary_tables(pages, label, inputs):
    """Every table of the Summary whole on a page: its heading row and each section's name beside its numbers."""
    value = r"(\d+(\.\d)?|not applicable|not scored yet)"
    scores = counts = titles = 0
    for page in (page for page in pages if page.sheet == "Summary"):
        titles += page.body.count("Co-production reflection:")
        headings = [line for line in page.lines if re.match(r"\s*Section\s{2,}(Score:|Rows scored:)", line)]
        for first, last in [("1. Commitment and leadership", 2), ("Facilitate the process", 2)]:
            lines = [line for line in page.lines if re.match(rf"\s*{re.escape(first)}(\s+{value}){{{last},}}\s*$", line)]
            check(len(lines) == len(headings),
                  f"{label}: Summary page {page.number}: {len(headings)} table headings, {len(lines)} lines of "
                  f"{first!r}: a table split across pages")
        scores += page.body.count("Score:")
        counts += page.body.count("Rows scored:")
    # Once: a page across would repeat the first column, and the title and note spread from it, over its own.
    check(titles == 1, f"{label}: the Summary's title prints {titles} times: the sheet runs across pages")
    check(scores == inputs and counts == inputs,
          f"{label}: Summary shows {scores} inputs' scores and {counts} rows scored, expected {inputs} of each")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("--soffice", default="soffice")
    parser.add_argument("--keep", help="copy the PDFs into this folder, to look at")
    options = parser.parse_args()
    binary = os.path.abspath(options.binary)
    source = os.path.abspath(options.source)
    with tempfile.TemporaryDirectory() as work:
        names = write_inputs(work, source)
        now = [names[(area, "Q4")] for area in AREAS]
        previous = [arg for area in AREAS[:6] for arg in ["--previous", names[(area, "Q3")]]]
        run([binary, "report", "-o", "pack"] + previous + now[:6], work)
        shutil.copy(os.path.join(work, "pack", "scores.xlsx"), os.path.join(work, "six.xlsx"))
        northbridge = os.path.join(source, NORTHBRIDGE)
        run([binary, "report", "-o", "plan-pack", "--plan", f"{northbridge}/2026-Q3-action-plan.yaml", "--previous",
             f"{northbridge}/2026-Q3-organisation.coprod.yaml", "--previous",
             f"{northbridge}/2026-Q3-peer-network.coprod.yaml", f"{northbridge}/2026-Q4-organisation.coprod.yaml",
             f"{northbridge}/2026-Q4-peer-network.coprod.yaml"], work)
        shutil.copy(os.path.join(work, "plan-pack", "scores.xlsx"), os.path.join(work, "plan.xlsx"))
        run([binary, "report", "-o", "long-plan-pack", "--plan", write_long_plan(work, source),
             f"{northbridge}/2026-Q4-organisation.coprod.yaml", f"{northbridge}/2026-Q4-peer-network.coprod.yaml"],
            work)
        shutil.copy(os.path.join(work, "long-plan-pack", "scores.xlsx"), os.path.join(work, "long-plan.xlsx"))
        run([binary, "combine", "--schema", "none", "-o", "combined.coprod.yaml"] + write_combined(work, source), work)
        long_named = write_long_named(work, binary)
        run([binary, "report", "-o", "long-pack", "--previous", long_named[0], "--previous", long_named[2],
             long_named[1], long_named[3]], work)
        shutil.copy(os.path.join(work, "long-pack", "scores.xlsx"), os.path.join(work, "long.xlsx"))
        many = write_long_named(work, binary, "making-coproduction-work")
        run([binary, "report", "-o", "many-pack", "--previous", many[0], "--previous", many[2], many[1], many[3]],
            work)
        shutil.copy(os.path.join(work, "many-pack", "scores.xlsx"), os.path.join(work, "many.xlsx"))
        books = {"one": now[:1], "two": [now[0], "peer.coprod.yaml"], "combined": [now[0], "combined.coprod.yaml"],
                 "eleven": now}
        for label, files in books.items():  # compare takes two files or more; score's workbook is the same
            run([binary, "compare" if len(files) > 1 else "score", "--format", "xlsx", "-o", f"{label}.xlsx"] + files,
                work)
        # A profile of its own, so a LibreOffice already running (or another test's) is not disturbed.
        profile = "file://" + os.path.join(work, "profile")
        run([options.soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", "pdf",
             "one.xlsx", "two.xlsx", "combined.xlsx", "six.xlsx", "eleven.xlsx", "plan.xlsx", "long-plan.xlsx", "long.xlsx",
             "many.xlsx"], work)
        fonts = run(["pdffonts", os.path.join("pdf", "six.pdf")], work)
        dejavu = "DejaVuSans" in fonts and "Carlito" not in fonts and "Calibri" not in fonts
        pages = {label: printed_pages(os.path.join(work, "pdf", f"{label}.pdf"))
                 for label in ["one", "two", "combined", "six", "eleven", "plan", "long-plan", "long", "many"]}
        for label, printed in pages.items():
            check_legible(printed, label, dejavu)
            check(all(page.sheet for page in printed), f"{label}: a page without a sheet's name in its header")
        for label in ["one", "two", "combined"]:
            summary = [page.number for page in pages[label] if page.sheet == "Summary"]
            check(len(summary) == 1, f"{label}: the Summary prints on pages {summary}, not on one")
        check(any(page.sheet == "Plan" for page in pages["plan"]), "plan: no page of the Plan sheet")
        # The abbreviations spelled out on a page of their own, last, so the other sheets print as before.
        for label in ["one", "plan"]:
            words = [page for page in pages[label] if page.sheet == "Abbreviations"]
            check(len(words) == 1 and words[0] is pages[label][-1] and words[0].count("IPC") == 1
                  and "Integrated Personal Commissioning" in words[0].body,
                  f"{label}: the abbreviations do not print spelled out on the last page, alone")
            summary = [page for page in pages[label] if page.sheet == "Summary"]
            check(any("Abbreviations: see the last sheet" in page.body for page in summary),
                  f"{label}: the Summary does not say where the abbreviations are spelled out")
        check_groups_on_one_page(pages["six"], "six", "Change", AREAS[:6], 3)
        check_groups_on_one_page(pages["six"], "six", "Rows", AREAS[:6], 2)
        check_groups_on_one_page(pages["eleven"], "eleven", "Rows", AREAS, 2)
        check_rows_whole(pages["two"], "two", 2, 0)
        check_rows_whole(pages["combined"], "combined", 2, 1)
        check_rows_whole(pages["plan"], "plan", 2, 0)
        for label in ["six", "plan"]:
            check_tables_whole(pages[label], label, "Change", "Section", "1. Commitment and leadership",
                               "Facilitate the process")
        # The Northbridge pack's 24 rows, two inputs' evidence side by side: 10 pages with Excel's margins of three
        # quarters of an inch top and bottom, 9 with the workbook's narrower ones.
        rows = [page.number for page in pages["plan"] if page.sheet == "Rows"]
        check(0 < len(rows) <= ROWS_PAGES_MOST, f"plan: the Rows sheet prints on {len(rows)} pages, more than "
                                                f"{ROWS_PAGES_MOST}")
        change = [page.number for page in pages["plan"] if page.sheet == "Change"]
        check(len(change) == 1, f"plan: the Change sheet's two short tables print on pages {change}, not on one")
        with open(os.path.join(northbridge, "2026-Q3-action-plan.yaml")) as f:
            owners = re.findall(r"^\s*owner: (.*)$", f.read(), re.M)
        check_words_whole(pages["plan"], "plan", "Plan", [word for owner in owners for word in owner.split()])
        check_plan_pages_dated(pages["long-plan"], "long-plan", "Statuses as written in the plan", 3)
        # Notes taller than a row can be print whole, on in the lines under their action's.
        check_words_whole(pages["long-plan"], "long-plan", "Plan", ["Lastwordreview"])
        for sheet in ["Summary", "Change"]:
            check_tables_whole(pages["long"], "long", sheet, "Section", "1. Investment in people",
                               "9. A facilitator with")
        for label, sheets in [("two", ["Summary"]), ("combined", ["Summary"]), ("six", ["Summary", "Change"]),
                              ("eleven", ["Summary"]), ("plan", ["Summary", "Change"]),
                              ("long", ["Summary", "Change"])]:
            check_shown_scores_note(pages[label], label, sheets)
        check(not re.search(r"scores\s+as\s+shown", " ".join(page.body for page in pages["one"])),
              "one: a workbook of one input and no earlier period, with no differences, explains them")
        check_headed_pages(pages["many"], "many", ["Summary", "Change"])
        check_summary_tables(pages["six"], "six", 6)
        check_summary_tables(pages["eleven"], "eleven", 11)
        if options.keep:
            os.makedirs(options.keep, exist_ok=True)
            for label in pages:
                shutil.copy(os.path.join(work, "pdf", f"{label}.pdf"), os.path.join(options.keep, f"{label}.pdf"))
    for failure in FAILURES:
        print(f"FAIL: {failure}")
    print(f"{len(FAILURES)} failures")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
