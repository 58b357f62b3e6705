#!/usr/bin/env python3
"""The Excel workbooks of `coprod report`, `score --format xlsx` and
`compare --format xlsx`, read back with openpyxl (an independent reader):

- every score, difference and row count equals what `--format json` says for
  the same files;
- not-scored and not-applicable rows and sections read "not scored yet" and
  "not applicable" (never the short mark "n/a", in the report's and compare's
  workbooks alike), never 0, in a number column whose scores stay numbers, and a difference or spread that cannot be worked out says
  why in words ("none, as a score is missing", or "none, as the section does
  not apply here" where one side is n/a), never a blank to guess at;
- the report's Change sheet gives scores.json's changes as numbers, each shown
  with a dagger exactly where scores.json says part of it is a row scored in
  one period only, and under the table the pack's key line for the dagger;
- hostile text (=, +, -, @ at the start) is a string cell, never a formula;
- the chart is a native radar chart (xl/charts/chart1.xml holds <c:radarChart>);
- every sheet has frozen header rows;
- every sheet prints on A4 with its text at 9 point or more, at 2, 4, 6 and 10
  inputs: one page wide (any number tall) when that is legible, else at a set
  size page by page across, then down, each page's columns fitting it, the
  frozen columns (section, row) repeated at the left of every page; across the
  page where it is wide, its frozen rows on every page (the heading row, and
  on the Plan sheet the statuses line above it; but not the Summary's, whose
  tables each have their own), gridlines, the areas
  and periods in the page header (with '&' doubled, as Excel reads &-codes)
  and "Page N of M" below;
- each input's line on the web is a dark colour of its own (at most 30% as
  light as white in greyscale), so it prints near solid in black and white,
  and the colour of that input's line on the pack's web (web.svg);
- the web's axes are the sections' keys ("1" to "6", "F"), with the key to
  them in the Summary's section column beside the chart, and no scale numbers
  over its lines; each input's line has its own dash pattern and is thinner
  than the one before, so equal scores show both;
- the web's markers are shapes Excel knows, differ in shape (for the first
  seven inputs) and get smaller for each later input, so equal scores show
  nested rather than as one, each after the first with a wide white edge, so
  nested markers show in black and white too, and the first much bigger
  than the next (LibreOffice draws no edges);
- the last sheet, Abbreviations, spells out each abbreviation the other
  sheets use (IPC, CCG, GP...), once, in the order they first use it, with
  the sheet that does, and none they do not use;
- the same inputs and SOURCE_DATE_EPOCH give the same bytes, and the
  workbook's date comes from SOURCE_DATE_EPOCH or --date, never the clock;
- xlsx is refused on standard output (exit 2) and an existing file is left
  alone without --force (exit 4).
"""
import argparse
import calendar
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

import re
from xml.sax.saxutils import escape

import openpyxl

FAILURES = []

NORTHBRIDGE = "examples/northbridge"
Q4 = [f"{NORTHBRIDGE}/2026-Q4-organisation.coprod.yaml", f"{NORTHBRIDGE}/2026-Q4-peer-network.coprod.yaml"]
PLAN = f"{NORTHBRIDGE}/2026-Q3-action-plan.yaml"

HOSTILE = """format: coprod-assessment/1
framework: ipc-coproduction
framework_version: 1
area: "=cmd|' /C calc'!A0 &P&12"
perspective: organisation
period: 2026-Q3
sections:
  commitment:
    completed_by: "=cmd|' /C calc'!A0 (3 members present)"
    notes: "+44 7700 900123 rang"
    rows:
      strategy:
        score: 3
        evidence: "=HYPERLINK(\\"http://example.com\\",\\"click\\")"
      motivation:
        score: n/a
        evidence: "+44 7700 900123"
      resources:
        score: 2.5
        evidence: "-2+3"
      leaders:
        score: 1
        evidence: "@SUM(1+1) and a bell\\a"
      senior-leaders:
        score: 2
        evidence: "Excel escapes such as _x0041_ stay as typed"
reflections:
  surprising: "-2+3 of us came"
  learnt: "@SUM(1+1)"
"""


NOT_APPLICABLE_DIFFERENCE = "none, as the section does not apply here"


def section_not_applicable(section):
    """Every row of the section marked n/a, as scores.json counts them."""
    return section["total_rows"] > 0 and section["not_applicable_rows"] == section["total_rows"]


def check(condition, message):
    if not condition:
        FAILURES.append(message)


def run(binary, args, cwd, env=None, expect=0):
    full_env = dict(os.environ)
    full_env.pop("SOURCE_DATE_EPOCH", None)
    full_env.update(env or {})
    result = subprocess.run([binary] + args, cwd=cwd, env=full_env, capture_output=True, text=True, timeout=60)
    if result.returncode != expect:
        raise AssertionError(f"coprod {' '.join(args)}: exit {result.returncode}, expected {expect}; "
                             f"stderr: {result.stderr}")
    return result


def headings(sheet, row):
    return [cell.value for cell in sheet[row]]


def summary_tables(summary):
    """Each section's cells on the Summary by heading: one table from row 3, or (four inputs or more) the
    scores from row 3 and, under a blank row, a second table of the rows scored."""
    cells = {}
    header = []
    for row in summary.iter_rows(min_row=3, values_only=True):
        if row[0] == WEB_KEY_HEADING:  # the key beside the chart, under the tables
            break
        if row[0] is not None and row[0].startswith(DAGGER):  # the key to a marked difference or spread
            continue
        if row[0] is not None and all(value is None for value in row[1:]):  # a line of words: which way, a key
            continue
        if row[0] == "Section":
            header = row
        elif row[0] is not None and header:  # rows above the first table (what the board is asked) are not sections
            cells.setdefault(row[0], []).extend(zip(header[1:], row[1:]))
    return cells


def summary_header_row(sheet):
    """The row (from 1) of the Summary's first 'Section' heading: 3, or lower under what the board is asked to do."""
    return next(row for row in range(1, sheet.max_row + 1) if sheet.cell(row, 1).value == "Section")


def seen_word(seen):
    return "not answered" if seen is None else "yes" if seen else "no"


def check_scores_match_json(book, results, label):
    """Summary (header on row 3) and Rows (header on row 1) against score --format json."""
    sections = {s["title"]: s for s in results[0]["sections"]}
    for label_cell, cells in summary_tables(book["Summary"]).items():
        title = label_cell.split(". ", 1)[-1] if label_cell[0].isdigit() else label_cell
        check(title in sections, f"{label}: Summary section {label_cell!r} not in the JSON")
        scores = [value for heading, value in cells if heading and heading.startswith("Score:")]
        counts = [value for heading, value in cells if heading and heading.startswith("Rows scored:")]
        totals = [value for heading, value in cells if heading == "Rows in the section"]
        check(len(scores) == len(results) and len(counts) == len(results) and len(totals) == 1,
              f"{label}: {title}: {len(scores)} scores, {len(counts)} rows scored, {len(totals)} totals")
        for i, result in enumerate(results[: min(len(scores), len(counts))]):
            section = next(s for s in result["sections"] if s["title"] == title)
            cell = scores[i]
            if section["score"] is None:
                expected = "not applicable" if section["scored_rows"] == 0 and section["not_scored_rows"] == 0 else "not scored yet"
                check(cell == expected, f"{label}: {title} for input {i}: {cell!r}, expected {expected!r}")
            else:
                check(cell == section["score"], f"{label}: {title} for input {i}: {cell!r} != {section['score']}")
            check(counts[i] == section["scored_rows"],
                  f"{label}: {title} rows scored for input {i}: {counts[i]!r} != {section['scored_rows']}")
            check(totals[:1] == [section["total_rows"]], f"{label}: {title} total rows")
        if len(results) == 2:
            scores = [next(s for s in r["sections"] if s["title"] == title)["score"] for r in results]
            difference = next(value for heading, value in cells if heading and heading.startswith("Difference"))
            both = [next(s for s in r["sections"] if s["title"] == title) for r in results]
            if any(section_not_applicable(s) for s in both):
                check(difference == NOT_APPLICABLE_DIFFERENCE,
                      f"{label}: {title} difference should say the section does not apply, is {difference!r}")
            elif None in scores:
                check(difference == "none, as a score is missing",
                      f"{label}: {title} difference should say why there is none, is {difference!r}")
            else:
                check(abs(difference - round(scores[1] - scores[0], 1)) < 1e-9,
                      f"{label}: {title} difference {difference!r} != {scores[1]} - {scores[0]}")

    rows = book["Rows"]
    header = headings(rows, 1)
    json_rows = [(s, r, n) for s in results[0]["sections"] for n, r in enumerate(s["rows"], 1)]
    sheet_rows = list(rows.iter_rows(min_row=2, values_only=True))
    check(len(sheet_rows) == len(json_rows), f"{label}: Rows has {len(sheet_rows)} rows, JSON {len(json_rows)}")
    # The Row column as wide as its heading or longest number with a character to spare each side (stored
    # with 0.71 of padding), not the 18 characters the rows' ids took.
    longest = max(len(str(line[1])) for line in [header] + sheet_rows)
    width = rows.column_dimensions["B"].width
    check(longest + 1 < width < longest + 3, f"{label}: Rows column B is {width} characters wide for "
                                             f"{longest}-character numbers")
    for index, line in enumerate(sheet_rows):
        section, json_row, place = json_rows[index]
        # The row as on the form: "1.4"; in the unnumbered "Facilitate the process", its letter as on the web: "F.3".
        number = f"{line[0].split('.')[0]}.{place}" if line[0][0].isdigit() else f"{line[0][0]}.{place}"
        check(line[1] == number, f"{label}: row {index} ({json_row['id']}) is {line[1]!r}, expected {number!r}")
        for i, result in enumerate(results):
            other = [r for s in result["sections"] for r in s["rows"]][index]
            cell = line[header.index(next(h for h in header if h and h.startswith("Score:")) ) + 2 * i]
            expected = {"scored": other["score"], "not-applicable": "not applicable", "not-scored": "not scored yet"}[other["status"]]
            check(cell == expected, f"{label}: {section['id']}.{json_row['id']} input {i}: {cell!r} != {expected!r}")
            evidence = line[header.index(next(h for h in header if h and h.startswith("Score:"))) + 2 * i + 1]
            # Above the evidence, whether the row's signs are seen locally, for the questions any input answers.
            rows_now = [[r for s in each["sections"] for r in s["rows"]][index] for each in results]
            seen = [f"{name}: {seen_word(other[key])}." for key, name in
                    [("indicator_seen", "Early indicator"), ("warning_seen", "Warning sign")]
                    if any(r[key] is not None for r in rows_now)]
            seen_line = "Seen locally? " + " ".join(seen) if seen else ""
            # No evidence reads as the pack says it, never an empty cell to guess at.
            text = other["evidence"].replace("\a", "") if other["evidence"] else NO_EVIDENCE
            expected_evidence = f"{seen_line}\n{text}" if seen_line else text
            check(evidence == expected_evidence, f"{label}: evidence of {json_row['id']}: {evidence!r}")


# A4 in points, and the cells' font size. Printed smaller than 9 point, text is
# hard to read; each column is its width in characters (as stored, padding
# included) times 7 points, as LibreOffice draws it without Calibri or Carlito
# (a digit of DejaVu Sans), a third wider than Excel's 7 pixels of 0.75 point.
A4_LONG, A4_SHORT = 842, 595
FONT_POINTS = 11
LEGIBLE_POINTS = 9
TOP_BOTTOM_MARGIN = 0.55  # inches


def column_widths(xml):
    """Each column's width in points, by its index from 0."""
    widths = {}
    for attributes in re.findall(r"<col ([^>]*)/>", xml):
        first, last = (int(re.search(rf'{name}="(\d+)"', attributes).group(1)) for name in ("min", "max"))
        width = float(re.search(r'width="([0-9.]+)"', attributes).group(1))
        for column in range(first - 1, last):
            widths[column] = width * 7
    return [widths.get(i, 0) for i in range(max(widths) + 1)] if widths else []


def column_letters(index):
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def check_printing(archive, label, book, inputs):
    """Page set-up, page header and footer of every sheet, read from the XML: the
    text prints at 9 point or more, one page wide when that is legible, else page
    by page across with the frozen columns and the heading row on every page."""
    workbook_xml = archive.read("xl/workbook.xml").decode()
    title_words = book["Summary"]["A1"].value
    for index, sheet in enumerate(book.worksheets, start=1):
        xml = archive.read(f"xl/worksheets/sheet{index}.xml").decode()
        name = f"{label}: {sheet.title}"
        setup = re.search(r"<pageSetup ([^>]*)/>", xml)
        check(setup is not None, f"{name}: no page set-up")
        setup = setup.group(1) if setup else ""
        check('paperSize="9"' in setup, f"{name}: not A4: {setup}")
        margins = re.search(r'<pageMargins left="([0-9.]+)" right="([0-9.]+)"', xml)
        # Top and bottom margins narrower than Excel's three quarters of an inch, the page header and footer
        # within them, nearer the edge, so a page holds more rows.
        edges = re.search(r'<pageMargins [^>]*top="([0-9.]+)" bottom="([0-9.]+)" header="([0-9.]+)" '
                          r'footer="([0-9.]+)"', xml)
        check(edges and float(edges.group(1)) == float(edges.group(2)) == TOP_BOTTOM_MARGIN
              and float(edges.group(3)) == float(edges.group(4)) < TOP_BOTTOM_MARGIN,
              f"{name}: top and bottom margins not {TOP_BOTTOM_MARGIN} inch with the header and footer within "
              f"them: {edges.group(0) if edges else None}")
        page_width = ((A4_LONG if 'orientation="landscape"' in setup else A4_SHORT)
                      - 72 * (float(margins.group(1)) + float(margins.group(2))))
        widths = column_widths(xml)
        total = sum(widths)
        landscape = 'orientation="landscape"' in setup
        has_chart = "<drawing " in xml  # the web, wider than a portrait page
        check(landscape == (total > A4_SHORT - 72 or has_chart),
              f"{name}: columns {total:.0f} points wide, chart {has_chart}, landscape is {landscape}")
        pane = re.search(r'<pane ([^>]*)/>', xml)
        frozen_columns = int(re.search(r'xSplit="(\d+)"', pane.group(1)).group(1)) if pane and "xSplit" in pane.group(1) else 0
        titles = re.search(rf'<definedName name="_xlnm.Print_Titles" localSheetId="{index - 1}">([^<]*)<', workbook_xml)
        check(titles, f"{name}: no heading row or first columns repeated on every printed page")
        # The Summary's tables are short and its chart on a page of its own: no heading row above the chart.
        repeats_heading = bool(titles and re.search(r"!\$\d+:\$\d+", titles.group(1)))
        check(repeats_heading == (sheet.title != "Summary"),
              f"{name}: heading row repeated on every page is {repeats_heading}: {titles.group(1) if titles else None!r}")
        # Every frozen row repeated, from the first: the Plan sheet's statuses line with its headings.
        frozen_rows = int(re.search(r'ySplit="(\d+)"', pane.group(1)).group(1)) if pane and "ySplit" in pane.group(1) else 0
        repeated_rows = re.search(r"!\$(\d+):\$(\d+)", titles.group(1)) if titles else None
        check(not repeated_rows or repeated_rows.groups() == ("1", str(frozen_rows)),
              f"{name}: rows {repeated_rows.group(0) if repeated_rows else None} repeated on every printed page, not "
              f"the {frozen_rows} frozen rows ($1:${frozen_rows})")
        if '<pageSetUpPr fitToPage="1"/>' in xml:
            check('fitToHeight="0"' in setup and "fitToWidth" not in setup and "scale=" not in setup,
                  f"{name}: not one page wide and any number of pages tall: {setup}")
            # Fitted in whole per cent, rounded down, as Excel and LibreOffice do.
            printed = FONT_POINTS * min(1, math.floor(100 * page_width / total) / 100)
            check(printed >= LEGIBLE_POINTS, f"{name}: fitted one page wide, its text prints at {printed:.2f} point")
            check("<colBreaks" not in xml, f"{name}: page breaks across a sheet fitted one page wide")
            continue
        # Page by page across, at a legible size.
        scale = re.search(r'scale="(\d+)"', setup)
        check(scale, f"{name}: neither fitted one page wide nor given a printed size: {setup}")
        scale = int(scale.group(1)) if scale else 100
        check(FONT_POINTS * scale / 100 >= LEGIBLE_POINTS, f"{name}: printed at {scale}%, smaller than legible")
        check(FONT_POINTS * min(1, math.floor(100 * page_width / total) / 100) < LEGIBLE_POINTS,
              f"{name}: printed page by page across, yet it would be legible one page wide")
        check('pageOrder="overThenDown"' in setup, f"{name}: pages not in order across, then down: {setup}")
        check(frozen_columns > 0, f"{name}: no frozen columns to repeat on every page")
        if titles:
            repeated = f"$A:${column_letters(frozen_columns - 1)}"
            check(f"'{sheet.title}'!{repeated}" in titles.group(1) or f"{sheet.title}!{repeated}" in titles.group(1),
                  f"{name}: columns {repeated} not repeated on every printed page: {titles.group(1)!r}")
        breaks = [int(b) for b in re.findall(r'<brk id="(\d+)"[^>]*/>', xml)]
        check(breaks, f"{name}: no page breaks across")
        starts = [0] + breaks
        for page, start in enumerate(starts):
            end = starts[page + 1] if page + 1 < len(starts) else len(widths)
            on_page = sum(widths[:frozen_columns]) + sum(widths[max(start, frozen_columns):end])
            check(on_page * scale / 100 <= page_width,
                  f"{name}: page {page + 1} across holds {on_page:.0f} points of columns, more than fits at {scale}%")
    for index, sheet in enumerate(book.worksheets, start=1):
        xml = archive.read(f"xl/worksheets/sheet{index}.xml").decode()
        name = f"{label}: {sheet.title}"
        check(('<printOptions gridLines="1"/>' in xml) != ("<drawing " in xml),
              f"{name}: " + ("gridlines are printed across the chart" if "<drawing " in xml else "gridlines are not printed"))
        header = re.search(r"<oddHeader>(.*)</oddHeader>", xml)
        footer = re.search(r"<oddFooter>(.*)</oddFooter>", xml)
        check(header and footer, f"{name}: no page header or footer")
        if header and footer:
            # The default title: the areas and periods, '&' doubled.
            expected = escape("&L" + title_words.replace("&", "&&") + "&R&A")
            check(header.group(1) == expected, f"{name}: page header {header.group(1)!r}, expected {expected!r}")
            check(footer.group(1) == "&amp;CPage &amp;P of &amp;N", f"{name}: page footer {footer.group(1)!r}")


def check_summary_first_page(archive, label, book):
    """One or two inputs: the Summary's table and the whole chart, legend and all, print on page 1 (its rows'
    heights and the chart's foot at the printed size within the page's height less its top and bottom
    margins); the heading row no taller than three lines, and no section's row taller than one line (a blank
    line under a name that prints on one; two for a difference that says the section does not apply)."""
    xml = archive.read("xl/worksheets/sheet1.xml").decode()
    name = f"{label}: Summary"
    heights = {int(r): float(h) for r, h in re.findall(r'<row r="(\d+)"[^>]*? ht="([0-9.]+)"', xml)}
    height = lambda row: heights.get(row, 15)  # rows numbered from 1, as in the XML
    sections = len(book["Web data"]["A"]) - 1
    top = summary_header_row(book["Summary"])
    check(height(top) <= 45, f"{name}: heading row {height(top)} points tall, more than its three lines")
    for row in range(top + 1, top + 1 + sections):
        # "none, as the section does not apply here" is the one difference that wraps, on to a second line.
        lines = 2 if NOT_APPLICABLE_DIFFERENCE in [cell.value for cell in book["Summary"][row]] else 1
        check(height(row) <= 15 * lines, f"{name}: row {row} ({book['Summary'].cell(row, 1).value!r}) {height(row)} "
                                         "points tall: a blank line under a name on one line")
    drawing = archive.read("xl/drawings/drawing1.xml").decode()
    foot = re.search(r"<xdr:to>.*?<xdr:row>(\d+)</xdr:row><xdr:rowOff>(\d+)</xdr:rowOff></xdr:to>", drawing)
    chart_foot = sum(height(row) for row in range(1, int(foot.group(1)) + 1)) + int(foot.group(2)) / 12700
    setup = re.search(r"<pageSetup ([^>]*)/>", xml).group(1)
    margins = re.search(r'<pageMargins left="([0-9.]+)" right="([0-9.]+)" top="([0-9.]+)" bottom="([0-9.]+)"', xml)
    landscape = 'orientation="landscape"' in setup
    page_width = (A4_LONG if landscape else A4_SHORT) - 72 * (float(margins.group(1)) + float(margins.group(2)))
    page_height = (A4_SHORT if landscape else A4_LONG) - 72 * (float(margins.group(3)) + float(margins.group(4)))
    check('<pageSetUpPr fitToPage="1"/>' in xml, f"{name}: not fitted one page wide")
    printed = min(1, page_width / sum(column_widths(xml)))
    check(chart_foot * printed <= page_height,
          f"{name}: the chart's foot {chart_foot * printed:.0f} points down the printed page, "
          f"below the {page_height:.0f} it holds: the chart and its legend run on to page 2")
    check("<rowBreaks" not in xml, f"{name}: a page break down the Summary of {label}")


WEB_KEY_HEADING = "The web's axes"
# Page 1's lines under the section scores, which About these scores has under its table.
PAGE_ONE_LINES = ("No supporting evidence for ", "Row by row since ")
NO_EVIDENCE = "no evidence given"


def check_web_axes(archive, label, book):
    """The web's axes are the sections' short keys ("1" to "6", "F": the Web data's column B), not their
    names, which ran outside the chart and left the web tiny; the key to them is in the Summary's section
    column beside the chart (from column B, a few pixels down its first row, so its frame does not print at
    the foot of the page above); no scale numbers on the lines (the key names the rings)."""
    chart = archive.read("xl/charts/chart1.xml").decode()
    data = book["Web data"]
    sections = data.max_row - 1
    references = set(re.findall(r"<c:cat><c:strRef><c:f>([^<]*)</c:f>", chart))
    check(references == {f"'Web data'!$B$2:$B${sections + 1}"}, f"{label}: the web's categories are {references}")
    keys = [data.cell(row, 2).value for row in range(2, sections + 2)]
    check(all(isinstance(key, str) and 1 <= len(key) <= 2 for key in keys), f"{label}: the web's axes are {keys}")
    names = [data.cell(row, 1).value for row in range(2, sections + 2)]
    summary = [row[0] for row in book["Summary"].iter_rows(values_only=True)]
    check(WEB_KEY_HEADING in summary, f"{label}: no key to the web's axes on the Summary")
    if WEB_KEY_HEADING in summary:
        start = summary.index(WEB_KEY_HEADING) + 1
        expected = [name if name.startswith(key + ".") else f"{key}: {name}" for key, name in zip(keys, names)]
        check(summary[start: start + sections] == expected,
              f"{label}: the key to the web reads {summary[start: start + sections]}, expected {expected}")
        drawing = archive.read("xl/drawings/drawing1.xml").decode()
        anchor = re.search(r"<xdr:from><xdr:col>(\d+)</xdr:col><xdr:colOff>\d+</xdr:colOff>"
                           r"<xdr:row>(\d+)</xdr:row><xdr:rowOff>(\d+)</xdr:rowOff>", drawing)
        check((int(anchor.group(1)), int(anchor.group(2))) == (1, start - 1) and int(anchor.group(3)) > 0,
              f"{label}: the chart's top left corner at column {anchor.group(1)}, row {anchor.group(2)} "
              f"(offset {anchor.group(3)}), not a little down the key's heading row {start - 1}, beside it")
    value_axis = re.search(r"<c:valAx>.*?</c:valAx>", chart).group(0)
    check('<c:delete val="1"/>' in value_axis, f"{label}: the web's scale numbers are drawn over its lines")


def check_series_lines(archive, label, inputs):
    """Each input's line apart without colour: its own dash pattern (the first solid), and each thinner than
    the one before, drawn under it, so an equal score shows the earlier either side of the later."""
    chart = archive.read("xl/charts/chart1.xml").decode()
    lines = re.findall(r'<c:ser>.*?<c:spPr><a:ln w="(\d+)">(.*?)</a:ln></c:spPr>', chart)
    check(len(lines) == inputs, f"{label}: {len(lines)} series lines, expected {inputs}")
    widths = [int(width) for width, _ in lines]
    dashes = [(re.findall(r'<a:prstDash val="(\w+)"/>', rest) or ["solid"])[0] for _, rest in lines]
    check(len(set(dashes[:8])) == len(dashes[:8]), f"{label}: line patterns repeat: {dashes}")
    check(all(a > b for a, b in zip(widths, widths[1:])), f"{label}: line widths do not get thinner: {widths}")
    # Dark enough to print near solid in black and white, where a printer prints a colour as a dotted grey: at
    # most 30% as light as white in greyscale (luma, ITU-R BT.601); each input's colour its own.
    colours = [(re.findall(r'<a:srgbClr val="(\w{6})"/>', rest) or [""])[0] for _, rest in lines]
    for i, colour in enumerate(colours, start=1):
        red, green, blue = (int(colour[at:at + 2], 16) for at in (0, 2, 4)) if colour else (255, 255, 255)
        luma = (0.299 * red + 0.587 * green + 0.114 * blue) / 255
        check(luma <= 0.30, f"{label}: line {i} is #{colour}, {luma:.0%} as light as white in greyscale: faint when "
                            "printed in black and white")
    check(len(set(colours[:8])) == len(colours[:8]), f"{label}: line colours repeat: {colours}")


def check_colours_match_web(path, web_path):
    """Each input's line in the workbook's chart has the colour of its line on the pack's web (web.svg), so a
    perspective reads the same on screen, on paper and in Excel."""
    with zipfile.ZipFile(path) as archive:
        chart = archive.read("xl/charts/chart1.xml").decode()
    lines = re.findall(r'<c:ser>.*?<c:spPr><a:ln w="\d+">(.*?)</a:ln></c:spPr>', chart)
    workbook = [(re.findall(r'<a:srgbClr val="(\w{6})"/>', rest) or [""])[0].upper() for rest in lines]
    with open(web_path) as f:
        web = [colour.upper() for colour in re.findall(r'<g class="series">\s*<g fill="none" stroke="#(\w{6})"',
                                                        f.read())]
    check(len(web) == len(workbook) and web == workbook,
          f"report: the workbook's chart draws its inputs in {workbook}, the pack's web in {web}")


def check_markers(archive, label, inputs):
    chart = archive.read("xl/charts/chart1.xml").decode()
    markers = re.findall(r'<c:marker><c:symbol val="(\w+)"/><c:size val="(\d+)"/>', chart)
    check(len(markers) == inputs, f"{label}: {len(markers)} series with markers, expected {inputs}")
    symbols = [symbol for symbol, _ in markers]
    sizes = [int(size) for _, size in markers]
    # The shapes a chart may hold (Office Open XML's ST_MarkerStyle); Excel calls a workbook with another broken.
    valid = {"circle", "dash", "diamond", "dot", "none", "picture", "plus", "square", "star", "triangle", "x", "auto"}
    check(set(symbols) <= valid, f"{label}: marker shapes Excel does not know: {sorted(set(symbols) - valid)}")
    # Seven shapes libxlsxwriter writes as Excel knows them; eight colours and line patterns.
    check(len(set(symbols[:7])) == len(symbols[:7]), f"{label}: marker shapes repeat: {symbols}")
    # The pack's web (render/web_style.hpp) gives its first four inputs these shapes: the chart the same.
    web_shapes = ["circle", "square", "triangle", "diamond"]
    check(symbols[:4] == web_shapes[:len(symbols[:4])],
          f"{label}: marker shapes {symbols[:4]}, where the pack's web draws {web_shapes[:len(symbols[:4])]}")
    check(all(a > b for a, b in zip(sizes, sizes[1:])), f"{label}: marker sizes do not get smaller: {sizes}")
    # LibreOffice draws no marker edges: the first marker much bigger, so the next on it at an equal score shows.
    if len(sizes) > 1:
        check(sizes[0] >= sizes[1] + 5 or sizes[0] >= 14,
              f"{label}: the first marker ({sizes[0]}) is not much bigger than the next ({sizes[1]})")
    # Where two inputs score the same, the later's marker sits on the earlier's: printed in black and white, one
    # grey on another, so each marker after the first has a white edge at least 1.5 points wide around it.
    edges = re.findall(r'<c:marker>.*?<a:ln w="(\d+)"><a:solidFill><a:srgbClr val="(\w{6})"/>', chart)
    check(len(edges) == inputs, f"{label}: {len(edges)} marker edges, expected {inputs}")
    for i, (width, colour) in enumerate(edges[1:], start=2):
        check(colour == "FFFFFF" and int(width) >= 1.5 * 12700,
              f"{label}: marker {i} has a {int(width) / 12700:g} point edge of {colour}, not a white one of 1.5 "
              f"points or more, so on the marker before it (an equal score) it is hard to see in grey")


# The abbreviations coprod spells out: the built-in frameworks' glossaries and the few people write themselves.
KNOWN_ABBREVIATIONS = {"IPC": "Integrated Personal Commissioning", "CCG": "clinical commissioning group",
                       "VCSE": "voluntary, community and social enterprise", "GP": "general practitioner",
                       "NHS": "National Health Service", "ICB": "integrated care board", "ICS": "integrated care system",
                       "PHB": "personal health budget", "STP": "sustainability and transformation partnership"}


def check_abbreviations(book, label, expected=None):
    """The last sheet, Abbreviations, spells out every known abbreviation the other sheets use (a plural "GPs"
    too), once each, in the order the sheets first use them, naming that sheet; and nothing they do not use."""
    used = []
    for sheet in book.worksheets[:-1]:
        for line in sheet.iter_rows(values_only=True):
            for value in line:
                for term in re.findall(r"(?<![A-Za-z0-9])([A-Z][A-Z0-9&]+)s?(?![A-Za-z0-9])", str(value or "")):
                    if term in KNOWN_ABBREVIATIONS and term not in [t for t, _, _ in used]:
                        used.append((term, KNOWN_ABBREVIATIONS[term], sheet.title))
    listed = list(book["Abbreviations"].iter_rows(min_row=2, values_only=True))
    check(listed == used, f"{label}: the Abbreviations sheet lists {listed}, the other sheets use {used}")
    check(expected is None or [term for term, _, _ in used] == expected,
          f"{label}: the workbook uses the abbreviations {[term for term, _, _ in used]}, expected {expected}")


def check_structure(path, label, sheets):
    book = openpyxl.load_workbook(path)
    check(book.sheetnames == sheets, f"{label}: sheets {book.sheetnames}, expected {sheets}")
    for sheet in book.worksheets:
        check(sheet.freeze_panes is not None, f"{label}: sheet {sheet.title} has no frozen header rows")
    frozen = f"B{summary_header_row(book['Summary']) + 1}"
    check(book["Summary"].freeze_panes == frozen, f"{label}: Summary frozen at {book['Summary'].freeze_panes}")
    check_abbreviations(book, label)
    with zipfile.ZipFile(path) as archive:
        chart = archive.read("xl/charts/chart1.xml").decode()
        check("<c:radarChart>" in chart, f"{label}: chart1.xml holds no <c:radarChart>")
        inputs = len(book["Web data"][1]) - 3  # the section, its key on the web, each input, the note
        check_printing(archive, label, book, inputs)
        check_markers(archive, label, inputs)
        check_series_lines(archive, label, inputs)
        check_web_axes(archive, label, book)
        if inputs <= 2:
            check_summary_first_page(archive, label, book)
        for name in archive.namelist():
            if name.startswith("xl/worksheets/sheet"):
                check("<f>" not in archive.read(name).decode(), f"{label}: {name} holds a formula")
    return book


def check_change_sheet(sheet, results):
    """Each change equals scores.json's, still a number, shown with a dagger exactly where
    scores.json says part of it is a row scored in one period only; then the pack's key line."""
    CHANGE_MARK = "\u2020"
    marked = 0
    lines = list(sheet.iter_rows(min_row=2))
    for line in lines[: len(results[0]["sections"])]:
        title = line[0].value.split(". ", 1)[-1] if line[0].value[0].isdigit() else line[0].value
        section = next(s for s in results[0]["sections"] if s["title"] == title)
        cell = line[3]  # the organisation's change; the only input with an earlier period
        if section["change"] is None:
            # An earlier n/a is not in scores.json: with no earlier score, either reason may be right.
            reasons = {NOT_APPLICABLE_DIFFERENCE} if section_not_applicable(section) else \
                {"none, as a score is missing"} | ({NOT_APPLICABLE_DIFFERENCE} if section["previous_score"] is None else set())
            check(cell.value in reasons, f"report: Change {title}: {cell.value!r}")
            continue
        check(isinstance(cell.value, (int, float)) and abs(cell.value - section["change"]) < 1e-9,
              f"report: Change {title}: {cell.value!r}, scores.json says {section['change']}")
        shows_mark = CHANGE_MARK in cell.number_format
        check(shows_mark == section["change_includes_rows_scored_once"],
              f"report: Change {title}: number format {cell.number_format!r}, but scores.json says "
              f"change_includes_rows_scored_once is {section['change_includes_rows_scored_once']}")
        marked += shows_mark
    check(marked > 0, "report: no change in the Change sheet is marked, so the mark and its key go unchecked")
    key = CHANGE_MARK + " not like for like: a row of the section was scored in one period only"
    check(lines[-1][0].value == key, f"report: the Change sheet's last line is {lines[-1][0].value!r}, not the key")


def check_pack_sheets(book, results, report_md):
    """The sheets that say what the pack says: each line in report.md's own words."""
    lines = [line[0] for line in book["About these scores"].iter_rows(min_row=2, values_only=True)
             if line[0] and str(line[0]).startswith(PAGE_ONE_LINES)]
    check(len(lines) == 2, f"report: About these scores has {len(lines)} of page 1's two lines on the rows")
    for line in lines:
        # report.md sets the first words of the line on evidence in bold.
        said = line.split(": see ", 1)[0].removeprefix(PAGE_ONE_LINES[0])
        check(said + ": see" in report_md, f"report: About these scores' {line!r} is not page 1's")
    # Counted as scores.json counts them: scored rows with no evidence.
    missing = sum(1 for result in results for section in result["sections"] for row in section["rows"]
                  if row["status"] == "scored" and not row["evidence"])
    check(missing > 0, "report: no scored row without evidence, so its mark goes unchecked")
    marked = sum(1 for line in book["Rows"].iter_rows(min_row=2, values_only=True) for cell in line
                 if isinstance(cell, str) and cell.endswith(NO_EVIDENCE))
    check(marked == missing, f"report: {marked} cells say {NO_EVIDENCE!r}, scores.json has {missing} such rows")
    changes = list(book["Row changes"].iter_rows(values_only=True))
    check(changes[0][:4] == ("Perspective, since", "List", "Change", "Row"), f"report: Row changes {changes[0]}")
    listed = [line for line in changes[1:] if line[3]]
    part = report_md.split("Rows whose score changed\n", 1)[1].split("\n## ", 1)[0]
    check(len(listed) == part.count("\n- **"), f"report: Row changes lists {len(listed)} rows, the pack "
                                               f"{part.count(chr(10) + '- **')}")
    for line in listed:
        lead, detail = line[2].split(", ", 1)
        check(f"- **{lead}**, {detail}: {line[3]} (" in part, f"report: Row changes line {line} not in the pack")
    about = [line for line in book["About these scores"].iter_rows(min_row=2, values_only=True)
             if line[1] is not None]  # the sections' lines, not the two under them
    check(len(about) == len(results) * len(results[0]["sections"]), f"report: About these scores has {len(about)}")
    check(any("(8 members present)" in line[2] for line in about), "report: no headcount on About these scores")
    for line in about:
        check(f"- {line[1]}; {line[2]}" in report_md, f"report: About line {line[:3]} not in the pack")
        if line[3]:
            check(f"Notes: {line[3].split(chr(10))[0]}" in report_md, f"report: notes {line[3]!r} not in the pack")
    reflections = list(book["Reflections"].iter_rows(min_row=2, values_only=True))
    check(len(reflections) == 8, f"report: {len(reflections)} reflections, the examples have 8")
    for line in reflections:
        for point in line[2].split("\n"):
            check(point.removeprefix("\u2022 ") in report_md, f"report: reflection {point!r} not in the pack")


def check_report(binary, work, source):
    # 2027-01-10, 12:00 UTC: after some of the plan's due dates, so some actions are overdue.
    env = {"SOURCE_DATE_EPOCH": str(calendar.timegm((2027, 1, 10, 12, 0, 0)))}
    args = ["report", "-o", "pack", "--plan", PLAN, "--previous", f"{NORTHBRIDGE}/2026-Q3-organisation.coprod.yaml"] + Q4
    run(binary, args, work, env)
    path = os.path.join(work, "pack", "scores.xlsx")
    book = check_structure(path, "report", ["Summary", "Change", "Row changes", "Rows", "About these scores",
                                           "Reflections", "Plan", "Web data", "Abbreviations"])
    with open(os.path.join(work, "pack", "scores.json")) as f:
        results = json.load(f)["assessments"]
    check_scores_match_json(book, results, "report")
    # Under the Summary's title, on one line, the months of the periods it names, once, as the pack gives them
    # under its title, then the report date as the pack's first page gives it; then the example plan's asks of
    # the board, numbered.
    with open(os.path.join(work, "pack", "index.html")) as f:
        index_html = f.read()
    months = "2026-Q4: October to December 2026; 2026-Q3: July to September 2026"
    check(book["Summary"]["A2"].value == f"{months}. Report date: 2027-01-10" and months in index_html and
          ">Report date: 2027-01-10<" in index_html,
          f"report: the Summary's line under its title {book['Summary']['A2'].value!r} is not the pack's "
          f"{months!r} and \"Report date: 2027-01-10\"")
    check(sum("to September 2026" in str(row[0]) for row in book["Summary"].iter_rows(values_only=True)) == 1,
          "report: the Summary gives 2026-Q3's months more than once")
    check(book["Summary"]["A3"].value == "What we ask the board to do" and
          str(book["Summary"]["A4"].value).startswith("1. Note that the director"),
          f"report: the Summary does not open with the asks of the board: {book['Summary']['A3'].value!r}")
    # The earlier period is listed by its months, without its figures: the line under it says where they are.
    summary_lines = [row[0] for row in book["Summary"].iter_rows(values_only=True)]
    check("Scores in 2026-Q3, and the change since: see the Change sheet." in summary_lines,
          f"report: the Summary does not point to the Change sheet for 2026-Q3's scores: {summary_lines}")
    # Then what the scale means, as the pack's first page says it.
    note = next((line for line in summary_lines if str(line).startswith("Scores run from 0")), "")
    check("Scores run from 0 (nothing has started yet) to 5 (fully in place), so higher means further along." in
          index_html and note.startswith("Scores run from 0 (nothing has started yet) to 5 (fully in place)"),
          f"report: the Summary's note does not say the scale as the pack does: {note!r}")
    check_change_sheet(book["Change"], results)
    with open(os.path.join(work, "pack", "report.md")) as f:
        check_pack_sheets(book, results, f.read())
    check_colours_match_web(path, os.path.join(work, "pack", "web.svg"))
    # IPC in "5. Co-produce IPC" on the Summary, the guide's CCG and VCSE in the rows' signs, GP in an action.
    check_abbreviations(book, "report", ["IPC", "CCG", "VCSE", "GP"])
    summary = book["Summary"]
    top = summary_header_row(summary)
    check(headings(summary, top)[3] == "Difference: Co-production peer network minus Organisation",
          f"report: difference heading is {headings(summary, top)[3]!r}")
    # Straight under the table, which way a difference goes, for a board member reading "-1.2".
    sign = summary.cell(top + 1 + len(book["Web data"]["A"]) - 1, 1).value
    check(sign == "Difference below 0: the peer network scored lower than the organisation; above 0, higher.",
          f"report: under the Summary's table {sign!r}, not what a difference below 0 means")
    check(summary.cell(top + 1, 2).number_format == "0.0",
          f"report: score format {summary.cell(top + 1, 2).number_format!r}")
    check(book.properties.created.strftime("%Y-%m-%d") == "2027-01-10",
          f"report: created {book.properties.created}, expected 2027-01-10 from SOURCE_DATE_EPOCH")

    # Plan statuses are the ones plan --review gives for the same date.
    review = json.loads(run(binary, ["plan", "--review", PLAN, "--today", "2027-01-10", "--format", "json"] + Q4,
                            work).stdout)
    def status_words(action):
        # "in progress, overdue": an overdue action the plan says was started shows both, as plan --review does.
        words = action["state"].replace("-", " ")
        if action["state"] == "overdue" and action["status"] != "open":
            words = action["status"].replace("-", " ") + ", " + words
        return words

    expected = {a["id"]: status_words(a) for a in review["actions"]}
    check("in progress, overdue" in expected.values(),
          f"report: no overdue action in progress on 2027-01-10 to check: {expected}")
    plan = book["Plan"]
    # Above the headings, the date the statuses hold on, in the words of the pack's plan part.
    statuses = str(plan["A1"].value)
    check(statuses.startswith("Statuses on 2027-01-10: ") and f"<p>{statuses}</p>" in index_html,
          f"report: the Plan sheet opens with {statuses!r}, not the pack's \"Statuses on 2027-01-10: ...\"")
    check(plan.freeze_panes == "B3", f"report: Plan frozen at {plan.freeze_panes}, not under its headings")
    # Printed atop every page with the headings, so a later page of a long plan says when its statuses hold.
    check(plan.print_title_rows == "$1:$2", f"report: Plan prints rows {plan.print_title_rows} atop every page, not "
                                          "the statuses line and the headings ($1:$2)")
    status_column = headings(plan, 2).index("Status")
    # Each action by its place in the plan ("1"), not its id ("commitment-1"), in the plan's order.
    lines = list(plan.iter_rows(min_row=3, values_only=True))
    actions = lines[:lines.index(tuple([None] * len(lines[0])))] if tuple([None] * len(lines[0])) in lines else lines
    got = [(line[0], line[status_column]) for line in actions]
    want = [(str(place), status) for place, status in enumerate(expected.values(), 1)]
    check(got == want, f"report: plan actions and statuses {got}, plan --review says {expected}")
    # "Reached? (scores now)" names each perspective as the pack does ("peer network", "organisation"), never
    # by a letter, so nothing under the actions needs to say who the letters are.
    reached = [str(line[headings(plan, 2).index("Reached? (scores now)")]) for line in actions]
    check(any(text.startswith("not yet: peer network\u00a0") for text in reached),
          f"report: no action's target is said to be not reached by the peer network: {reached}")
    check(all("organisation\u00a0" in text and "peer network\u00a0" in text and "B\u00a0" not in text
              for text in reached if text.startswith(("not yet", "reached"))),
          f"report: the scores now are not named by perspective as the pack names them: {reached}")
    check(lines[len(actions):] == [], f"report: under the Plan sheet's actions {lines[len(actions):]}, expected "
                                      "nothing: no letters to explain")

    # The same inputs and date give the same bytes; --force replaces the pack.
    with open(path, "rb") as f:
        first = f.read()
    run(binary, args + ["--force"], work, env)
    with open(path, "rb") as f:
        check(f.read() == first, "report: scores.xlsx differs between two runs with the same SOURCE_DATE_EPOCH")
    # Without any date the workbook still never carries the clock's time.
    run(binary, args[:2] + ["pack2"] + args[3:], work)
    run(binary, args[:2] + ["pack3"] + args[3:], work)
    with open(os.path.join(work, "pack2", "scores.xlsx"), "rb") as a, open(os.path.join(work, "pack3", "scores.xlsx"), "rb") as b:
        check(a.read() == b.read(), "report: scores.xlsx without a date differs between runs")
    created = openpyxl.load_workbook(os.path.join(work, "pack2", "scores.xlsx")).properties.created
    check(created.year == 1980, f"report: without a date the workbook is dated {created}, expected 1980-01-01")


def check_report_missing_scores(binary, work):
    """A pack whose organisation leaves a section not scored and marks every row of another n/a."""
    os.makedirs(os.path.join(work, "missing"), exist_ok=True)
    with open(os.path.join(work, Q4[0])) as f:
        text = f.read()
    for row, score in [("wrong-people", ""), ("excluded-groups", ""), ("partners-invite", ""),
                       ("joint-work", " n/a"), ("fresh-perspectives", " n/a"), ("relevant-work", " n/a")]:
        start = text.index(f"      {row}:\n")
        at = text.index("score:", start)
        end = text.index("\n", at)
        text = text[:at] + "score:" + score + text[end:]
    organisation = os.path.join("missing", "2026-Q4-organisation.coprod.yaml")
    with open(os.path.join(work, organisation), "w") as f:
        f.write(text)
    run(binary, ["report", "-o", "missing-pack", organisation, Q4[1]], work)
    book = check_structure(os.path.join(work, "missing-pack", "scores.xlsx"), "missing",
                           ["Summary", "Rows", "About these scores", "Reflections", "Web data", "Abbreviations"])
    with open(os.path.join(work, "missing-pack", "scores.json")) as f:
        results = json.load(f)["assessments"]
    check_scores_match_json(book, results, "missing")
    summary = {}  # the first table's lines (the key beside the chart repeats the sections' names)
    for line in book["Summary"].iter_rows(min_row=4, values_only=True):
        summary.setdefault(line[0], line)
    check(summary["2. Contact and connect"][1:4] == ("not scored yet", 2.3, "none, as a score is missing"),
          f"missing: Summary's contact line {summary['2. Contact and connect'][1:4]!r}")
    check(summary["5. Co-produce IPC"][1] == "not applicable",
          f"missing: Summary's coproduce line {summary['5. Co-produce IPC']!r}")
    for line in book["Rows"].iter_rows(min_row=2):
        for cell in line:
            check(cell.value not in ("-", "\u2013", "not scored"), f"missing: Rows {cell.coordinate} reads {cell.value!r}")
            if cell.value in ("not scored yet", "not applicable", "none, as a score is missing", NOT_APPLICABLE_DIFFERENCE,
                              "none, as the row does not apply here"):
                check(cell.font.i and cell.alignment.wrap_text, f"missing: Rows {cell.coordinate} is not italic and wrapped")
    data = {line[0]: line for line in book["Web data"].iter_rows(min_row=2, values_only=True)}
    check(data["2. Contact and connect"][2] is None and data["5. Co-produce IPC"][2] is None,
          "missing: Web data is not blank where a section has no score (the chart would draw a 0)")
    check_compare_missing_scores(binary, work, organisation)


def check_compare_missing_scores(binary, work, organisation):
    """compare's workbook of the same files says "not applicable" in words, as its text, Markdown and html say it
    where there is room, never the short mark "n/a"; every other score cell of those columns stays a number."""
    run(binary, ["compare", "--format", "xlsx", "-o", "missing-compare.xlsx", organisation, Q4[1]], work)
    book = openpyxl.load_workbook(os.path.join(work, "missing-compare.xlsx"))
    for sheet in book.worksheets:
        for line in sheet.iter_rows():
            for cell in line:
                check(not (isinstance(cell.value, str) and re.search(r"\bn/a\b", cell.value)),
                      f"compare missing: {sheet.title} {cell.coordinate} reads {cell.value!r}")
    summary = {}
    for line in book["Summary"].iter_rows(min_row=4, values_only=True):
        summary.setdefault(line[0], line)
    check(summary["5. Co-produce IPC"][1] == "not applicable",
          f"compare missing: Summary's coproduce line {summary['5. Co-produce IPC']!r}")
    rows = book["Rows"]
    header = headings(rows, 1)
    column = header.index(next(h for h in header if h and h.startswith("Score:"))) + 1
    cells = [line[column - 1] for line in rows.iter_rows(min_row=2)]
    words = [cell.value for cell in cells if isinstance(cell.value, str)]
    check(words == ["not scored yet"] * 3 + ["not applicable"] * 3,
          f"compare missing: the organisation's scores in words are {words!r}")
    check(all(cell.data_type == "n" for cell in cells if not isinstance(cell.value, str)) and len(words) < len(cells),
          "compare missing: a score the organisation gave is not a number cell")


DAGGER = "\u2020"
NOT_LIKE_FOR_LIKE_KEY = {
    "periods": "\u2020 not like for like: a row of the section was scored in one period only",
    "assessments": "\u2020 not like for like: a row of the section was scored in some of the assessments only",
}


def check_summary_marks(book, comparison, label, key):
    """The Summary marks a difference or spread with the dagger exactly where compare --format json says it is
    not like for like (a row of the section scored in some inputs only), as compare and the pack mark it, its
    number kept; and under the scores, spread across the table, the key to the mark."""
    marked = {s["title"]: s["like_for_like"] is False for s in comparison["sections"]}
    check(any(marked.values()), f"{label}: no section that is not like for like to check the mark on")
    summary = book["Summary"]
    seen = set()
    column = None  # the difference's or spread's in the table under the last heading row
    for line in summary.iter_rows(min_row=3):
        title = line[0].value
        if title == WEB_KEY_HEADING:
            break
        if title == "Section":
            column = next((i for i, c in enumerate(line) if c.value and c.value.startswith(("Difference:", "Spread:"))),
                          None)
        if title not in marked or column is None:
            continue
        cell = line[column]
        seen.add(title)
        check(isinstance(cell.value, (int, float)), f"{label}: {title}'s difference {cell.value!r} is not a number")
        check((DAGGER in cell.number_format) == marked[title],
              f"{label}: Summary {cell.coordinate} ({title}) shows {cell.number_format!r}; not like for like: "
              f"{marked[title]}")
    check(seen == set(marked), f"{label}: differences of {sorted(set(marked) - seen)} not found on the Summary")
    keys = [row for row in summary.iter_rows(min_row=4) if row[0].value == key]
    check(len(keys) == 1, f"{label}: the Summary does not give the key {key!r} once")
    if keys:
        spread = [str(r) for r in summary.merged_cells.ranges if r.min_row == keys[0][0].row]
        check(spread and spread[0].startswith("A"), f"{label}: the Summary's key is not spread across the table")


def check_compare(binary, work):
    run(binary, ["compare", "--format", "xlsx", "-o", "compare.xlsx"] + Q4, work)
    book = check_structure(os.path.join(work, "compare.xlsx"), "compare", ["Summary", "Rows", "About these scores", "Reflections", "Web data", "Abbreviations"])
    results = [json.loads(run(binary, ["score", "--format", "json", f], work).stdout)["assessments"][0] for f in Q4]
    check_scores_match_json(book, results, "compare")
    # Four inputs, over two periods: a spread column.
    four = [f"{NORTHBRIDGE}/2026-Q3-organisation.coprod.yaml", f"{NORTHBRIDGE}/2026-Q3-peer-network.coprod.yaml"] + Q4
    run(binary, ["compare", "--format", "xlsx", "-o", "four.xlsx"] + four, work)
    book = check_structure(os.path.join(work, "four.xlsx"), "four", ["Summary", "Rows", "About these scores", "Reflections", "Web data", "Abbreviations"])
    top = summary_header_row(book["Summary"])  # under the title and the months of the periods it names
    check(headings(book["Summary"], top)[5] == "Spread: highest score minus lowest",
          f"compare: four inputs heading {headings(book['Summary'], top)[5]!r}")
    results = [json.loads(run(binary, ["score", "--format", "json", f], work).stdout)["assessments"][0] for f in four]
    comparison = json.loads(run(binary, ["compare", "--format", "json"] + four, work).stdout)
    check_summary_marks(book, comparison, "four", NOT_LIKE_FOR_LIKE_KEY["assessments"])
    for line in book["Summary"].iter_rows(min_row=top + 1):
        if line[0].value is None or line[0].value.startswith(DAGGER):  # the end of the scores
            break
        title = line[0].value.split(". ", 1)[-1]
        scores = [next(s for s in r["sections"] if s["title"] == title)["score"] for r in results]
        check(abs(line[5].value - round(max(scores) - min(scores), 1)) < 1e-9, f"compare: spread of {title}")
        check(line[5].number_format in ("0.0", f'0.0"{DAGGER}"'), f"compare: spread format {line[5].number_format!r}")
    # Two periods of one perspective, as compare and score write them: a difference of different rows marked.
    periods = [f"{NORTHBRIDGE}/2026-Q3-organisation.coprod.yaml", Q4[0]]
    comparison = json.loads(run(binary, ["compare", "--format", "json"] + periods, work).stdout)
    for command in ["compare", "score"]:
        run(binary, [command, "--format", "xlsx", "-o", f"periods-{command}.xlsx"] + periods, work)
        book = openpyxl.load_workbook(os.path.join(work, f"periods-{command}.xlsx"))
        check_summary_marks(book, comparison, f"periods-{command}", NOT_LIKE_FOR_LIKE_KEY["periods"])


def wrapped_lines(text, per_line):
    """Lines a text takes wrapped at `per_line` characters, whole words moving to the next line."""
    lines = 0
    for paragraph in str(text).split("\n"):
        used, count = 0, 1
        for word in paragraph.split():
            if used and used + 1 + len(word) <= per_line:
                used += 1 + len(word)
                continue
            if used:
                count += 1
            count += (len(word) - 1) // per_line
            used = min(len(word), per_line)
        lines += count
    return lines


def check_row_heights(sheet, label):
    """Each row as tall as its text needs, no more: 15 points a line, at least the lines its longest cell
    takes at 1.3 characters a digit of its column's width (so none is cut off), at most those at 1.0 (so no
    row is a fixed height, or far taller than its text)."""
    heights = []
    for row in sheet.iter_rows(min_row=2):
        height = sheet.row_dimensions[row[0].row].height or 15  # the default, not written
        heights.append(height)
        needed = [(wrapped_lines(cell.value, int(width * 1.3)), wrapped_lines(cell.value, int(width)))
                  for cell in row if isinstance(cell.value, str)
                  for width in [sheet.column_dimensions[cell.column_letter].width - 0.71]]
        fewest = max([1] + [low for low, _ in needed])
        most = max([1] + [high for _, high in needed])
        check(15 * fewest <= height <= 15 * most,
              f"{label}: Rows row {row[0].row} is {height} points tall for text of {fewest} to {most} lines")
    check(len(set(heights)) > 1, f"{label}: every row of the Rows sheet is {heights[0]} points tall")


def check_shorter_guides(binary, work):
    """The two shorter guides (one row a section, worded as its title, no warning signs): their Sections sheet (the
    Rows sheet of the main guide) has no empty warning-sign column, no row numbers and does not say each row's
    words twice (the section's title is the early indicator), so the room goes to the text and rows print
    shorter; each row as tall as its text."""
    for framework in ["strategic-coproduction", "making-coproduction-work"]:
        files = []
        for perspective in ["organisation", "peer-network"]:
            name = f"{framework}-{perspective}.coprod.yaml"
            run(binary, ["init", name, "--framework", framework, "--perspective", perspective, "--area",
                         "Northbridge", "--period", "2026-Q4", "--schema", "none"], work)
            with open(os.path.join(work, name)) as f:
                lines = f.read().split("\n")
            rows = 0
            for i, line in enumerate(lines):
                if re.match(r"^\s*score:$", line):
                    lines[i] = f"{line} {rows % 6}"
                elif re.match(r"^\s*evidence:$", line):
                    lines[i] = f"{line} " + " ".join(["We meet monthly with carers."] * (1 + rows % 4))
                    rows += 1
            with open(os.path.join(work, name), "w") as f:
                f.write("\n".join(lines))
            files.append(name)
        for command, inputs in [("compare", files), ("score", files[:1])]:
            label = f"{framework} {command}"
            run(binary, [command, "--format", "xlsx", "-o", f"{framework}-{command}.xlsx"] + inputs, work)
            # Named by sections, as the pack names them there.
            sheet = openpyxl.load_workbook(os.path.join(work, f"{framework}-{command}.xlsx"))["Sections"]
            header = headings(sheet, 1)
            check("Warning sign" not in header and not any(h.startswith("Early indicator") for h in header),
                  f"{label}: the Sections sheet has sign columns the Section column says already or that are empty: "
                  f"{header}")
            check("Row" not in header, f"{label}: the Sections sheet numbers each section's only row: {header}")
            lines = list(sheet.iter_rows(min_row=2, values_only=True))
            for column, heading in enumerate(header):
                check(any(line[column] not in (None, "") for line in lines),
                      f"{label}: the Rows sheet's column {heading!r} is empty")
            for line in lines:
                title = line[0].split(". ", 1)[-1]
                check(all(cell != title for cell in line[1:]), f"{label}: {title!r} is said twice in its row")
            check_row_heights(sheet, label)


def check_many_inputs(binary, work):
    """Six and ten inputs (four periods and perspectives of two and three areas): every sheet still
    prints at 9 point or more, the wide ones page by page across."""
    sources = [f"{NORTHBRIDGE}/2026-Q3-organisation.coprod.yaml", f"{NORTHBRIDGE}/2026-Q3-peer-network.coprod.yaml"] + Q4
    for count, label in [(6, "six"), (10, "ten")]:
        files = []
        for i in range(count):
            with open(os.path.join(work, sources[i % 4])) as f:
                text = f.read()
            files.append(f"{label}-{i}.coprod.yaml")
            with open(os.path.join(work, files[-1]), "w") as f:
                f.write(re.sub(r"^area: .*$", f"area: Northbridge {i // 4 + 1}", text, count=1, flags=re.M))
        run(binary, ["compare", "--format", "xlsx", "-o", f"{label}.xlsx"] + files, work)
        book = check_structure(os.path.join(work, f"{label}.xlsx"), label,
                               ["Summary", "Rows", "About these scores", "Reflections", "Web data", "Abbreviations"])
        results = [json.loads(run(binary, ["score", "--format", "json", f], work).stdout)["assessments"][0]
                   for f in files]
        check_scores_match_json(book, results, label)


def check_score_hostile(binary, work):
    with open(os.path.join(work, "hostile.yaml"), "w") as f:
        f.write(HOSTILE)
    run(binary, ["score", "--format", "xlsx", "-o", "hostile.xlsx", "hostile.yaml"], work)
    path = os.path.join(work, "hostile.xlsx")
    book = check_structure(path, "score", ["Summary", "Rows", "About these scores", "Reflections", "Web data", "Abbreviations"])
    results = json.loads(run(binary, ["score", "--format", "json", "hostile.yaml"], work).stdout)["assessments"]
    check_scores_match_json(book, results, "score")
    rows = book["Rows"]
    evidence = {line[1].value: line[5] for line in rows.iter_rows(min_row=2)}
    for row_id, text in [("1.1", '=HYPERLINK("http://example.com","click")'), ("1.2", "+44 7700 900123"),
                         ("1.3", "-2+3"), ("1.4", "@SUM(1+1) and a bell"),
                         ("1.5", "Excel escapes such as _x0041_ stay as typed")]:
        cell = evidence[row_id]
        check(cell.value == text, f"score: evidence of {row_id} is {cell.value!r}, expected {text!r}")
        check(cell.data_type == "s", f"score: evidence of {row_id} is of type {cell.data_type!r}, not a string")
    # Who completed a section, its notes and the reflections, as typed and as text, never a formula.
    about = book["About these scores"]
    for cell, text in [(about["C2"], "completed by =cmd|' /C calc'!A0 (3 members present)"),
                       (about["D2"], "+44 7700 900123 rang")]:
        check(text in str(cell.value) and cell.data_type == "s", f"score: About {cell.coordinate} {cell.value!r}")
    reflections = {line[1].value: line[2] for line in book["Reflections"].iter_rows(min_row=2)}
    for question, text in [("What was surprising", "-2+3 of us came"), ("What was learnt", "@SUM(1+1)")]:
        cell = reflections.get(question)
        check(cell is not None and cell.value == text and cell.data_type == "s",
              f"score: reflection {question!r} is {cell.value if cell else None!r}, expected the text {text!r}")
    check(book["Summary"]["A1"].value.startswith("Co-production reflection: =cmd"), "score: title cell")
    check(book["Summary"]["A1"].data_type == "s", "score: the title with a hostile area is not a string cell")


def check_refusals(binary, work):
    result = run(binary, ["score", "--format", "xlsx"] + Q4, work, expect=2)
    check("give its name with -o FILE" in result.stderr, f"score to stdout: {result.stderr!r}")
    result = run(binary, ["compare", "--format", "xlsx", "-o", "-"] + Q4, work, expect=2)
    check("give its name with -o FILE" in result.stderr, f"compare to stdout: {result.stderr!r}")
    with open(os.path.join(work, "kept.xlsx"), "w") as f:
        f.write("mine")
    result = run(binary, ["score", "--format", "xlsx", "-o", "kept.xlsx"] + Q4, work, expect=4)
    with open(os.path.join(work, "kept.xlsx")) as f:
        check(f.read() == "mine", "score --format xlsx replaced a file without --force")
    run(binary, ["score", "--format", "xlsx", "-o", "kept.xlsx", "--force"] + Q4, work)
    check(zipfile.is_zipfile(os.path.join(work, "kept.xlsx")), "score --force did not write the workbook")
    leftovers = [n for n in os.listdir(work) if n.startswith(".") and "coprod-" in n]
    check(not leftovers, f"temporary files left behind: {leftovers}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("--keep", help="copy the workbooks into this folder (for LibreOffice, say)")
    options = parser.parse_args()
    binary = os.path.abspath(options.binary)
    with tempfile.TemporaryDirectory() as work:
        os.symlink(os.path.join(os.path.abspath(options.source), "examples"), os.path.join(work, "examples"))
        check_report(binary, work, options.source)
        check_report_missing_scores(binary, work)
        check_compare(binary, work)
        check_shorter_guides(binary, work)
        check_many_inputs(binary, work)
        check_score_hostile(binary, work)
        check_refusals(binary, work)
        if options.keep:
            os.makedirs(options.keep, exist_ok=True)
            for name in ["pack/scores.xlsx", "missing-pack/scores.xlsx", "compare.xlsx", "four.xlsx", "six.xlsx",
                         "ten.xlsx", "hostile.xlsx"]:
                shutil.copy(os.path.join(work, name), os.path.join(options.keep, name.replace("/", "-")))
    for failure in FAILURES:
        print(f"FAIL: {failure}")
    print(f"{len(FAILURES)} failures")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
