#!/usr/bin/python3
"""Opens a local HTML file in headless Chromium and checks that it renders cleanly.

coprod's HTML output is meant to be a single self-contained file that people
open straight from disk, often offline.  Static checks of the markup cannot
tell whether a browser actually shows it without complaint, so this script
loads the page in headless Chromium through the Chrome DevTools Protocol and
fails if:

  * the console reports an error, warning or failed assertion
    (Runtime.consoleAPICalled), or a script throws (Runtime.exceptionThrown);
  * the browser logs an error or warning (Log.entryAdded), which covers
    Content-Security-Policy violations and resources that failed to load;
  * the page makes any request other than for its own file:// URL or a data:
    URL, or a blob: URL the page made itself (Network.requestWillBeSent): the
    page must not need the network or
    other files, so even requests that fail offline are reported;
  * the page shows no text, lacks any --expect-text, has a broken <img>, or
    (with --expect-svg) has no inline <svg> wider than 100 px;
  * the page scrolls sideways, or a table's label cell (its first column)
    breaks inside a word;
  * (with --min-printed-web-text) the web's smallest text, laid out for
    print at the width of an A4 page, is smaller than that many points;
  * (with --check-tables) as Chromium's accessibility tree has them, a
    table has no name, a column is headed by a bare letter ("A", its
    perspective named only in a key above), or a row of an evidence table is
    not headed by its perspective (a row header); or a box that can scroll
    sideways (.table-scroll) is a Tab stop at a width where nothing in it
    scrolls, or is no Tab stop and holds none where it does, or is named to
    say it scrolls;
  * (with --min-printed-web-size) the web's outer ring, laid out the same way,
    is narrower than that many millimetres, or the page so laid out is wider
    than A4's printed width (a browser would print it shrunk);
  * (with --readable-tables) at the window's width, a table is wider than
    the box it is in (it, or the page, would scroll sideways: on a tablet
    the action plan did), or a cell of more than 40 characters has less than
    10 em of room for its text, some 20 characters a line (on a phone the
    evidence ran a word a line beside the perspective and score columns);
  * (with --whole-dates) at the window's width, a date (2026-12-31) or a
    period (2026-Q3) shown as a word of its own breaks across lines after
    its hyphen (on a phone a due date read "2026-" and "12-31");
  * (with --lists-in-one-column) laid out for print the same way, a list
    under page 1's web and scores (the largest differences, the plan's
    status: `.summary-more > section`, or one under the other across the
    page in `.summary-lists-stacked`) runs into a second column: its heading,
    items and closing line do not all start at its heading's left edge (or its
    items' indent), as when the list's second half sits above the plan.

It writes a screenshot of the top of the page (the first SCREENSHOT_HEIGHT
pixels, or the whole page with COPROD_WHOLE_SCREENSHOTS=1 in the environment)
and with --print-pdf an A4 PDF, whose pages it counts, so that people can look
at the result. It starts a Chromium of its own, or with --port opens the page
in a new tab of one already running (shared_browser.py), which it closes after.

Usage: check_html_in_browser.py --html PATH/index.html --screenshot OUT.png
           [--expect-text TEXT ...] [--expect-svg] [--print-pdf OUT.pdf]
           [--axe axe.min.js] [--width PX] [--min-printed-web-text PT]
           [--min-printed-web-size MM] [--lists-in-one-column] [--readable-tables] [--whole-dates]
           [--port PORT]
Exit status: 0 clean; 1 problems found, one "FAIL: ..." line each; 2 usage
error or Chromium could not be started.  Needs Debian's python3-websocket.
"""
import argparse
import base64
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

import websocket

CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-default-apps", "--mute-audio", "--hide-scrollbars", "--remote-debugging-port=0",
]
# Seconds for the whole run: a guard against a hang, not a speed test (a long report took over 60 s on a
# loaded two-core machine, 2026-12-06).
OVERALL_TIMEOUT = 180
SETTLE = 0.5          # seconds to keep listening after the load event
# A screenshot is for people to look at; no test reads it. It shows the top of the page, where page 1 is and where
# the variants of a page the tests make differ: drawing a whole page of 17,000 to 46,000 px took 2 to 5 s of
# processor time, against under 1 s for this much, and the tests took about 60 such pictures. With
# COPROD_WHOLE_SCREENSHOTS=1 in the environment, every screenshot is of the whole page.
SCREENSHOT_HEIGHT = 6000  # CSS pixels


def screenshot_height(page_height):
    """How much of a page this tall a screenshot of the whole page shows (SCREENSHOT_HEIGHT)."""
    if os.environ.get("COPROD_WHOLE_SCREENSHOTS") == "1":
        return page_height
    return min(page_height, SCREENSHOT_HEIGHT)


# Evaluated in the page; returns what the rendering checks need.
PAGE_PROBE = """(() => ({
  title: document.title,
  text: document.body ? document.body.innerText : "",
  broken: Array.from(document.images)
              .filter(img => !(img.complete && img.naturalWidth > 0))
              .map(img => img.currentSrc || img.src || img.outerHTML.slice(0, 80)),
  svgWidths: Array.from(document.querySelectorAll("svg"))
                 .filter(svg => !svg.parentElement || !svg.parentElement.closest("svg"))
                 .map(svg => svg.getBoundingClientRect().width),
  // Label cells (a table's first column) with a word wider than the cell:
  // long text beside them squeezed the column until words broke. (A web
  // address longer than 30 characters may break anywhere.)
  brokenLabels: Array.from(document.querySelectorAll("td:first-child, .evidence-table th[scope=row]")).filter(td => {
    const style = getComputedStyle(td);
    const room = td.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    // Words as a browser may break them: at spaces and after hyphens.
    return td.textContent.split(/\s+|(?<=-)/).filter(word => word && word.length <= 30).some(word => {
      const probe = document.createElement("span");
      probe.style.cssText = "white-space: nowrap; position: absolute; visibility: hidden";
      probe.style.font = style.font;
      probe.textContent = word;
      document.body.appendChild(probe);
      const wide = probe.getBoundingClientRect().width > room + 0.5;
      probe.remove();
      return wide;
    });
  }).map(td => td.textContent.trim().slice(0, 60)),
  scrollWidth: document.documentElement.scrollWidth,
  viewportWidth: window.innerWidth,
}))()"""


class StartupError(Exception):
    """Chromium could not be started or reached."""


def start_chromium(binary, workdir):
    """Starts Chromium on about:blank with a fresh profile; returns the process and its DevTools port."""
    profile, log_path = Path(workdir, "profile"), Path(workdir, "chromium.log")
    try:
        with open(log_path, "wb") as log:  # a file, not a pipe, so Chromium never blocks on it
            proc = subprocess.Popen([binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "about:blank"],
                                    stdout=subprocess.DEVNULL, stderr=log, start_new_session=True)
    except OSError as err:
        raise StartupError(f"cannot run {binary}: {err}") from err
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            stderr = log_path.read_text(errors="replace").strip()
            raise StartupError(f"{binary} exited with status {proc.returncode}: {stderr[-500:]}")
        port_file = profile / "DevToolsActivePort"  # "PORT\n/devtools/browser/ID", once written
        port, newline, _ = port_file.read_text().partition("\n") if port_file.exists() else ("", "", "")
        if newline and port.strip().isdigit():
            return proc, int(port)
        time.sleep(0.1)
    stop_chromium(proc)
    raise StartupError(f"{binary} did not open a DevTools port within 20 s")


def stop_chromium(proc):
    """Ends Chromium and the helper processes in its session (process group)."""
    for sig, grace in ((signal.SIGTERM, 5), (signal.SIGKILL, 5)):
        try:
            os.killpg(proc.pid, sig)
            proc.wait(timeout=grace)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            pass


class Page:
    """A DevTools connection to one page that records problems as events arrive."""

    def __init__(self, ws_url, page_url):
        # Chromium may refuse DevTools connections whose Origin it was not told to allow: send none.
        # Chromium sends only valid UTF-8: checking it in Python took a tenth of a test's processor time.
        self.ws = websocket.create_connection(ws_url, timeout=30, suppress_origin=True, skip_utf8_validation=True)
        self.page_url, self.next_id, self.loaded = page_url, 0, False
        self.problems, self.requests = [], []
        self.foreign = []  # requests for anything but the page itself, data: or blob: URLs
        self.dialogs = []  # alerts, confirms and "leave this page?" prompts the page opened

    def call(self, method, **params):
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error'].get('message')}")
                return message["result"]
            self.on_event(message.get("method"), message.get("params", {}))

    def listen(self, seconds, until_loaded=False):
        """Handles events for the given time, or until the load event."""
        deadline = time.monotonic() + seconds
        while not (until_loaded and self.loaded) and time.monotonic() < deadline:
            self.ws.settimeout(max(0.01, deadline - time.monotonic()))
            try:
                message = json.loads(self.ws.recv())
            except websocket.WebSocketTimeoutException:
                break
            self.on_event(message.get("method"), message.get("params", {}))
        self.ws.settimeout(30)

    def problem(self, text):
        if text not in self.problems:
            self.problems.append(text)

    def on_event(self, method, params):
        if method == "Page.loadEventFired":
            self.loaded = True
        elif method == "Page.javascriptDialogOpening":
            self.dialogs.append(params.get("type"))
        elif method == "Runtime.consoleAPICalled" and params["type"] in ("error", "warning", "assert"):
            args = " ".join(str(a.get("value", a.get("description", a.get("type"))))
                            for a in params.get("args", []))
            name = {"warning": "warn"}.get(params["type"], params["type"])
            self.problem(f"console.{name}: {args}")
        elif method == "Runtime.exceptionThrown":
            details = params["exceptionDetails"]
            text = details.get("exception", {}).get("description") or details.get("text")
            self.problem(f"uncaught exception: {text.splitlines()[0] if text else '?'}")
        elif method == "Log.entryAdded" and params["entry"]["level"] in ("error", "warning"):
            entry = params["entry"]
            where = f" ({entry['url']})" if entry.get("url") else ""
            self.problem(f"browser {entry['level']} [{entry['source']}]: {entry['text']}{where}")
        elif method == "Network.requestWillBeSent":
            url = params["request"]["url"]
            self.requests.append(url)
            # blob: URLs hold what the page itself made (a file it offers to save)
            if not url.startswith(("data:", "blob:")) and same_file(url) != same_file(self.page_url):
                self.foreign.append(url)
                self.problem(f"request for something other than the page itself: {url[:200]}")


def same_file(url):
    """A URL without its fragment and percent-encoding, for comparing file:// URLs."""
    return urllib.parse.unquote(urllib.parse.urldefrag(url)[0])


# The smallest text of the page's web (#web > svg), in points, as laid out on
# an A4 page (its width between the print margins) in print: the text's size
# in the SVG's units times the units' scale.
PRINTED_WEB_TEXT = """(() => {
  const svg = document.querySelector("#web > svg");
  if (!svg) return null;
  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  const sizes = Array.from(svg.querySelectorAll("text")).map(t => parseFloat(getComputedStyle(t).fontSize));
  return Math.min(...sizes) * scale * 0.75;
})()"""
A4_PRINTED_WIDTH = 688  # CSS pixels: 210 mm less the pack's 14 mm margins


# The width of the web's outer ring (#outer-ring), in millimetres, as laid out
# for print the same way, and the width of the page so laid out in CSS pixels
# (wider than A4's, Chromium prints it shrunk to fit, text and web smaller).
PRINTED_WEB_SIZE = """(() => {
  const ring = document.querySelector("#web > svg #outer-ring");
  return {ring: ring ? ring.getBoundingClientRect().width * 25.4 / 96 : null,
          width: document.documentElement.scrollWidth};
})()"""


def evaluate_as_printed(page, args, expression):
    """The value of `expression` with the page laid out for print on A4, then the screen layout put back."""
    page.call("Emulation.setEmulatedMedia", media="print")
    page.call("Emulation.setDeviceMetricsOverride", width=A4_PRINTED_WIDTH, height=1000, deviceScaleFactor=1,
              mobile=False)
    result = page.call("Runtime.evaluate", expression=expression, returnByValue=True)["result"].get("value")
    page.call("Emulation.setEmulatedMedia", media="")
    page.call("Emulation.setDeviceMetricsOverride", width=args.width, height=800, deviceScaleFactor=1,
              mobile=args.width < 600)
    return result


# Page 1's lists as laid out for print: for each, its heading's left edge and
# the left edges of its items and paragraphs, with their first words.
PRINTED_LISTS = """Array.from(document.querySelectorAll(
  "#summary .summary-more > section, #summary .summary-lists-stacked > section")).map(section => ({
  id: section.id,
  heading: section.querySelector("h3").getBoundingClientRect().left,
  parts: Array.from(section.querySelectorAll("li, p")).map(part => ({
    left: part.getBoundingClientRect().left, text: part.textContent.trim().slice(0, 40)})),
}))"""
LIST_INDENT = 41  # CSS px: a list's items start at most this far right of its heading (a <ul>'s 40 px)


def printed_lists(page, args):
    """Checks each of page 1's lists, printed, stays in the column of its heading."""
    lists = evaluate_as_printed(page, args, PRINTED_LISTS) or []
    if not lists:
        page.problem("no list under page 1's web and scores (#summary .summary-more > section) to check")
    for found in lists:
        for part in found["parts"]:
            if not found["heading"] - 1 <= part["left"] <= found["heading"] + LIST_INDENT:
                page.problem(f"printed, page 1's list #{found['id']} runs into another column: {part['text']!r} "
                             f"starts at {part['left']:.0f} px, its heading at {found['heading']:.0f} px")
    return f"printed lists on page 1: {', '.join('#' + found['id'] for found in lists)}, each in one column"


def printed_web_size(page, args):
    """Checks the web's outer ring printed on A4 is at least --min-printed-web-size mm across."""
    printed = evaluate_as_printed(page, args, PRINTED_WEB_SIZE)
    if printed["width"] > A4_PRINTED_WIDTH:
        page.problem(f"printed on A4 the page is {printed['width']} px wide, over the {A4_PRINTED_WIDTH} px between "
                     "its margins: it would be shrunk to fit")
    result = printed["ring"]
    if result is None:
        page.problem("no web's outer ring (#web > svg #outer-ring) to measure printed")
        return "printed web: no outer ring"
    if result < args.min_printed_web_size:
        page.problem(f"the web prints {result:.0f} mm across on A4, under {args.min_printed_web_size:g} mm")
    return f"printed web: {result:.0f} mm across on A4"


def printed_web_text(page, args):
    """Checks the web's smallest text printed on A4 is at least --min-printed-web-text points."""
    result = evaluate_as_printed(page, args, PRINTED_WEB_TEXT)
    if result is None:
        page.problem("no web (#web > svg) to measure printed")
        return "printed web: none"
    if result < args.min_printed_web_text:
        page.problem(f"the web's smallest text prints at {result:.1f} pt on A4, under {args.min_printed_web_text} pt")
    return f"printed web: smallest text {result:.1f} pt on A4"


def check(page, args):
    """Loads the page, runs the checks, writes the screenshot (and PDF); returns summary lines."""
    for domain in ("Runtime", "Log", "Network", "Page"):
        page.call(f"{domain}.enable")
    page.call("Emulation.setDeviceMetricsOverride", width=args.width, height=800, deviceScaleFactor=1,
              mobile=args.width < 600)
    navigation = page.call("Page.navigate", url=page.page_url)
    if navigation.get("errorText"):
        page.problem(f"navigation failed: {navigation['errorText']}")
        return []
    page.listen(30, until_loaded=True)
    if not page.loaded:
        page.problem("the page did not finish loading within 30 s")
    page.listen(SETTLE)

    probe = page.call("Runtime.evaluate", expression=PAGE_PROBE, returnByValue=True)
    if "exceptionDetails" in probe:
        page.problem("could not inspect the page: " + probe["exceptionDetails"].get("text", "?"))
        return []
    found = probe["result"]["value"]
    if not found["text"].strip():
        page.problem("the page shows no text (document.body.innerText is empty)")
    for text in args.expect_text:
        if text not in found["text"]:
            page.problem(f"expected text not shown: {text!r}")
    for src in found["broken"]:
        page.problem(f"broken image: {src[:200]}")
    if found["scrollWidth"] > found["viewportWidth"]:
        page.problem(f"the page scrolls sideways: {found['scrollWidth']} px wide in a {found['viewportWidth']} px window")
    for label in found["brokenLabels"][:5]:
        page.problem(f"a table's label breaks inside a word (the column is too narrow): {label!r}")
    if args.expect_svg and not any(width > 100 for width in found["svgWidths"]):
        page.problem(f"no inline <svg> wider than 100 px (widths: {found['svgWidths']})")

    metrics = page.call("Page.getLayoutMetrics")
    size = metrics.get("cssContentSize") or metrics["contentSize"]
    clip = {"x": 0, "y": 0, "width": max(1, size["width"]), "height": max(1, screenshot_height(size["height"])),
            "scale": 1}
    # optimizeForSpeed: the same pixels, less squeezed (a third faster for a 36,000 px phone page).
    shot = page.call("Page.captureScreenshot", format="png", captureBeyondViewport=True, clip=clip,
                     optimizeForSpeed=True)
    Path(args.screenshot).write_bytes(base64.b64decode(shot["data"]))
    summary = [f"title: {found['title']!r}",
               f"screenshot: {args.screenshot} ({clip['width']:.0f} x {clip['height']:.0f} px"
               f"{'' if clip['height'] >= size['height'] else ' of ' + format(size['height'], '.0f')})"]

    if args.print_pdf:
        pdf = base64.b64decode(page.call("Page.printToPDF", paperWidth=8.27, paperHeight=11.69,
                                         printBackground=True)["data"])
        Path(args.print_pdf).write_bytes(pdf)
        pages = len(re.findall(rb"/Type\s*/Page(?![A-Za-z])", pdf))
        summary.append(f"pdf: {args.print_pdf} ({pages} page{'s' if pages != 1 else ''}, {len(pdf)} bytes)")
        if not pdf or pages == 0:
            page.problem("the printed PDF is empty")
    if args.min_printed_web_text:
        summary.append(printed_web_text(page, args))
    if args.min_printed_web_size:
        summary.append(printed_web_size(page, args))
    if args.lists_in_one_column:
        summary.append(printed_lists(page, args))
    if args.check_tables:
        summary.append(check_tables(page))
    if args.readable_tables:
        summary.append(readable_tables(page, args))
    if args.whole_dates:
        summary.append(whole_dates(page, args))
    if args.axe:
        summary.append(run_axe(page, Path(args.axe)))
    page.listen(0.1)  # anything the screenshot or printing provoked
    return summary


# Evaluated in the page: evidence tables' body rows whose first cell is no row header, and each box that may
# scroll sideways with whether it does, whether it or a visible element in it is a Tab stop, and its name.
TABLES_PROBE = """(() => ({
  rowsWithoutHeader: Array.from(document.querySelectorAll("table.evidence-table tbody tr"))
      .filter(tr => !tr.firstElementChild || !tr.firstElementChild.matches("th[scope=row]"))
      .map(tr => tr.textContent.trim().slice(0, 60)),
  scrollBoxes: Array.from(document.querySelectorAll(".table-scroll")).map(box => ({
    name: box.getAttribute("aria-label") || "",
    scrolls: box.scrollWidth > box.clientWidth,
    tabStop: [box, ...box.querySelectorAll("[tabindex], a[href], button, input, select, textarea")]
        .some(el => el.tabIndex >= 0 && el.getClientRects().length > 0),
  })),
}))()"""


def check_tables(page):
    """Checks every table is named and headed for a screen reader, and the sideways-scrolling boxes' Tab stops."""
    page.call("Accessibility.enable")
    nodes = [node for node in page.call("Accessibility.getFullAXTree")["nodes"] if not node.get("ignored")]
    def role(node):
        return node.get("role", {}).get("value")
    def name(node):
        return str(node.get("name", {}).get("value", "")).strip()
    tables = [node for node in nodes if role(node) == "table"]
    unnamed = [node for node in tables if not name(node)]
    if unnamed:
        page.problem(f"{len(unnamed)} of {len(tables)} tables have no name (a caption or aria-label)")
    letters = sorted({name(node) for node in nodes if role(node) == "columnheader" and re.fullmatch(r"[A-Z]", name(node))})
    if letters:
        page.problem(f"columns headed by a bare letter, their perspective not named: {', '.join(letters)}")
    found = page.call("Runtime.evaluate", expression=TABLES_PROBE, returnByValue=True)["result"]["value"]
    for row in found["rowsWithoutHeader"][:5]:
        page.problem(f"an evidence table's row is not headed by its perspective (th scope=row): {row!r}")
    for box in found["scrollBoxes"]:
        if "scroll" in box["name"].lower():
            page.problem(f"a box is named to say it scrolls, whether or not it does: {box['name']!r}")
        if box["tabStop"] and not box["scrolls"]:
            page.problem(f"a Tab stop where nothing scrolls sideways: {box['name']!r}")
        if box["scrolls"] and not box["tabStop"]:
            page.problem(f"a box scrolls sideways with no Tab stop for the keyboard to scroll it: {box['name']!r}")
    rowheaders = sum(1 for node in nodes if role(node) == "rowheader")
    return f"tables: {len(tables)}, {len(tables) - len(unnamed)} named; {rowheaders} row headers"


# Evaluated in the page: each table wider than the box it is in (so that it, or the page, scrolls sideways), and
# each cell of long text (over READABLE_CHARACTERS characters) with less than READABLE_EMS em of room for it.
READABLE_CHARACTERS = 40
READABLE_EMS = 10
READABLE_PROBE = """(() => {
  const described = element => (element.querySelector("caption")?.textContent || element.textContent)
      .trim().replace(/\\s+/g, " ").slice(0, 60);
  return {
    tables: document.querySelectorAll("table").length,
    tooWide: Array.from(document.querySelectorAll("table")).map(table => ({
      table: described(table), width: table.getBoundingClientRect().width,
      room: table.parentElement.clientWidth})).filter(found => found.width > found.room + 0.5),
    narrow: Array.from(document.querySelectorAll("table tbody :is(th, td)")).filter(cell =>
        cell.textContent.trim().length > %d && cell.getClientRects().length > 0).map(cell => {
      const style = getComputedStyle(cell);
      const room = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return {cell: cell.textContent.trim().replace(/\\s+/g, " ").slice(0, 60), ems: room / parseFloat(style.fontSize)};
    }).filter(found => found.ems < %d),
  };
})()""" % (READABLE_CHARACTERS, READABLE_EMS)


def readable_tables(page, args):
    """Checks no table is wider than its box and no cell of long text is squeezed, at the window's width."""
    found = page.call("Runtime.evaluate", expression=READABLE_PROBE, returnByValue=True)["result"]["value"]
    for table in found["tooWide"][:5]:
        page.problem(f"at {args.width} px a table is {table['width']:.0f} px wide in a box of {table['room']} px "
                     f"(it scrolls sideways): {table['table']!r}")
    for cell in found["narrow"][:5]:
        page.problem(f"at {args.width} px a cell of long text has {cell['ems']:.1f} em of room, under "
                     f"{READABLE_EMS} em (it runs a word or two a line): {cell['cell']!r}")
    return (f"tables at {args.width} px: {found['tables'] - len(found['tooWide'])} of {found['tables']} within their "
            f"boxes; {len(found['narrow'])} cell(s) of long text under {READABLE_EMS} em wide")


# Evaluated in the page: each date (2026-12-31) and period (2026-Q3, 2026-H2) in the text that stands as a word
# of its own (not part of a file's name), whose characters the browser laid out on more than one line.
DATES_PROBE = r"""(() => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const date = /(?<![\w/-])\d{4}-(?:\d{2}-\d{2}|[QH]\d)(?![\w/-])/g;
  let dates = 0;
  const broken = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement.closest("style, script, head")) continue;
    for (const match of node.textContent.matchAll(date)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const tops = new Set(Array.from(range.getClientRects()).map(rect => Math.round(rect.top)));
      if (tops.size === 0) continue;  // not shown
      dates += 1;
      const where = JSON.stringify(node.parentElement.textContent.trim().slice(0, 80));
      if (tops.size > 1) broken.push(match[0] + " in " + where);
    }
  }
  return {dates, broken};
})()"""


def whole_dates(page, args):
    """Checks that no date or period shown breaks across lines (after its hyphen) at the window's width."""
    found = page.call("Runtime.evaluate", expression=DATES_PROBE, returnByValue=True)["result"]["value"]
    for date in found["broken"][:5]:
        page.problem(f"at {args.width} px a date breaks across lines: {date}")
    return f"dates at {args.width} px: {found['dates'] - len(found['broken'])} of {found['dates']} whole"


AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def run_axe(page, axe_script):
    """Runs axe-core (WCAG 2.2 A and AA rules) in the page; each violation is a problem."""
    page.call("Runtime.evaluate", expression=axe_script.read_text(encoding="utf-8"))
    expression = ("axe.run(document, {runOnly: {type: 'tag', values: %s}, resultTypes: ['violations']})"
                  ".then(r => r.violations.map(v => ({id: v.id, help: v.help,"
                  " nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)})))") % json.dumps(AXE_TAGS)
    result = page.call("Runtime.evaluate", expression=expression, awaitPromise=True, returnByValue=True)
    if "exceptionDetails" in result:
        page.problem("axe-core did not run: " + result["exceptionDetails"].get("text", "?"))
        return "axe-core: did not run"
    violations = result["result"]["value"]
    for violation in violations:
        page.problem(f"axe-core {violation['id']}: {violation['help']} at {', '.join(violation['nodes'])}")
    return f"axe-core ({', '.join(AXE_TAGS)}): {len(violations)} violation(s)"


def new_tab(port):
    """A new blank tab of the Chromium listening on `port`: its DevTools description."""
    request = urllib.request.Request(f"http://127.0.0.1:{port}/json/new?about:blank", method="PUT")
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)


def close_tab(port, tab):
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/close/{tab['id']}", timeout=10):
            pass
    except OSError:
        pass  # the browser is gone: nothing left to close


def on_alarm(signum, frame):
    raise TimeoutError(f"gave up after the overall limit of {OVERALL_TIMEOUT} s")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--html", required=True, help="the HTML file to open")
    parser.add_argument("--screenshot", required=True,
                        help="where to write a PNG of the top of the page (the whole page with "
                             "COPROD_WHOLE_SCREENSHOTS=1)")
    parser.add_argument("--expect-text", action="append", default=[], metavar="TEXT",
                        help="text the page must show (may be repeated)")
    parser.add_argument("--expect-svg", action="store_true",
                        help="require an inline <svg> wider than 100 px")
    parser.add_argument("--print-pdf", metavar="OUT.pdf", help="also print the page to an A4 PDF")
    parser.add_argument("--axe", metavar="axe.min.js",
                        help="run this axe-core script in the page; any WCAG 2.2 A/AA violation fails")
    parser.add_argument("--min-printed-web-text", type=float, metavar="PT",
                        help="the web's smallest text printed on A4 must be at least this many points")
    parser.add_argument("--min-printed-web-size", type=float, metavar="MM",
                        help="the web's outer ring printed on A4 must be at least this many millimetres across")
    parser.add_argument("--lists-in-one-column", action="store_true",
                        help="page 1's lists under the web and scores must each stay in one column printed")
    parser.add_argument("--check-tables", action="store_true",
                        help="check tables' names and headers and the Tab stops of boxes that scroll sideways")
    parser.add_argument("--readable-tables", action="store_true",
                        help="no table wider than its box and no cell of long text under 10 em wide, at --width")
    parser.add_argument("--whole-dates", action="store_true",
                        help="no date (2026-12-31) or period (2026-Q3) shown breaks across lines, at --width")
    parser.add_argument("--width", type=int, default=1000, metavar="PX",
                        help="the width of the window in CSS pixels (default 1000; below 600 as a phone)")
    parser.add_argument("--port", type=int, metavar="PORT",
                        help="open the page in a new tab of the Chromium listening on this DevTools port "
                             "(shared_browser.py), closed after, instead of starting one")
    parser.add_argument("--chromium", default="/usr/bin/chromium", help=argparse.SUPPRESS)
    args = parser.parse_args()
    html = Path(args.html).resolve()
    if not html.is_file():
        parser.error(f"no such file: {args.html}")

    signal.signal(signal.SIGALRM, on_alarm)
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))  # still clean up
    signal.alarm(OVERALL_TIMEOUT)
    workdir = tempfile.mkdtemp(prefix="check-html-in-browser-")
    proc = page = tab = None
    try:
        try:
            if args.port:
                port = args.port
                tab = new_tab(port)
                ws_url = tab["webSocketDebuggerUrl"]
            else:
                proc, port = start_chromium(args.chromium, workdir)
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as response:
                    targets = json.load(response)
                ws_url = next(t["webSocketDebuggerUrl"] for t in targets if t.get("type") == "page")
            page = Page(ws_url, html.as_uri())
        except (StartupError, OSError, StopIteration, websocket.WebSocketException) as err:
            print(f"error: could not start or reach Chromium: {err or 'no page target'}", file=sys.stderr)
            return 2
        try:
            summary = check(page, args)
        except (OSError, RuntimeError, websocket.WebSocketException) as err:  # OSError includes TimeoutError
            summary = []
            page.problem(f"browser session failed: {err}")
    finally:
        signal.alarm(0)
        if page:
            page.ws.close()
        if tab:
            close_tab(port, tab)
        if proc:
            stop_chromium(proc)
        shutil.rmtree(workdir, ignore_errors=True)

    print(f"checked {html}")
    for line in summary + [f"requests: {len(page.requests)} ({len(page.foreign)} not for the page or data:)"]:
        print("  " + line)
    for problem in page.problems:
        print(f"FAIL: {problem}")
    print(f"{len(page.problems)} problem(s)" if page.problems else "OK: renders cleanly")
    return 1 if page.problems else 0


if __name__ == "__main__":
    sys.exit(main())
