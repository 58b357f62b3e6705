"""A headless Chromium session for driving coprod's scoring form as a person would.

Built on check_html_in_browser.py (starting Chromium, the DevTools Page with
its record of console errors, exceptions and requests, axe-core): this adds
clicking and typing through the DevTools Input domain, keyboard presses,
evaluating script, waiting for a live region's text, screenshots at a given
width, printing to A4 and catching downloads.
"""
import base64
import json
import time
import urllib.request
from pathlib import Path

import check_html_in_browser as browser

KEPT_LATE = 5.0  # seconds
STORAGE_MARKER = "storage-marker.html"  # the page forget_kept_answers() uses; a test's storage refusal spares it
RESTORED_SHOWN = "(e => !!e && !e.hidden && e.offsetParent !== null)(document.getElementById('kept-restored'))"
KEYS = {"Tab": 9, "Enter": 13, "Space": 32, "ArrowRight": 39, "ArrowLeft": 37, "ArrowDown": 40, "ArrowUp": 38}


class FormSession:
    def __init__(self, workdir, chromium="/usr/bin/chromium"):
        Path(workdir).mkdir(parents=True, exist_ok=True)
        self.workdir = Path(workdir)
        self.proc, self.port = browser.start_chromium(chromium, workdir)
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/json/list", timeout=10) as response:
            targets = json.load(response)
        self.page = self.connect(next(t["webSocketDebuggerUrl"] for t in targets if t.get("type") == "page"))
        self.tabs = []  # other tabs this session opened, closed with it

    @staticmethod
    def connect(ws_url):
        page = browser.Page(ws_url, "about:blank")
        for domain in ("Runtime", "Log", "Network", "Page", "DOM"):
            page.call(f"{domain}.enable")
        return page

    def other_tab(self):
        """Another tab of the same browser (its storage shared, as two tabs on one device), blank: a session
        of its own to drive it, closed with this one."""
        request = urllib.request.Request(f"http://127.0.0.1:{self.port}/json/new?about:blank", method="PUT")
        with urllib.request.urlopen(request, timeout=10) as response:
            target = json.load(response)
        tab = object.__new__(FormSession)
        tab.proc, tab.port, tab.tabs, tab.workdir = None, self.port, [], self.workdir
        tab.page = self.connect(target["webSocketDebuggerUrl"])
        self.tabs.append(tab)
        return tab

    def close(self):
        try:
            for tab in self.tabs:
                tab.page.ws.close()
            self.page.ws.close()
        finally:
            browser.stop_chromium(self.proc)

    def open(self, html, width=1280, height=900):
        """Loads a file as a fresh page, at the given viewport width: the answers earlier pages kept in the
        browser's storage are forgotten first (forget_kept_answers()), so that none is put back (to open a page
        again as a person does, with them kept, use reopen())."""
        self.viewport(width, height)
        self.forget_kept_answers()
        self.navigate(Path(html).resolve().as_uri())
        self.settle()

    def forget_kept_answers(self):
        """Forgets what pages kept in the browser's local storage for file:// pages, by the browser itself (the
        DevTools Storage domain), and returns once a page opened afterwards finds nothing. The clearing can land
        after the call that asks for it has returned: a page's answers typed after it were once lost when it
        landed (2026-12-06, under load), and a localStorage.clear() in the new page had a like race. So a
        marker is written first and seen from a page opened after it (the browser has it), then the storage is
        cleared until a page opened after that finds it empty (the clearing has landed)."""
        marker = Path(self.workdir, STORAGE_MARKER)
        marker.write_text("<!DOCTYPE html><title>storage marker</title>\n", encoding="utf-8")
        # Away from the page before first, so that nothing it does on its way out (a box it loses the focus of
        # says it changed, and the page keeps it) lands after the clearing.
        self.navigate(marker.as_uri())
        self.js("localStorage.setItem('coprod-test-marker', '1')")
        self.until_fresh_page_finds(marker, "localStorage.getItem('coprod-test-marker') === '1'")
        self.page.call("Storage.clearDataForOrigin", origin="file://", storageTypes="local_storage")
        self.until_fresh_page_finds(marker, "localStorage.length === 0", again=lambda: self.page.call(
            "Storage.clearDataForOrigin", origin="file://", storageTypes="local_storage"))
        self.navigate("about:blank")

    def until_fresh_page_finds(self, page, condition, again=None, timeout=30):
        """Opens `page` afresh until `condition` holds in it, calling again() between tries."""
        deadline = time.monotonic() + timeout
        while True:
            self.navigate(page.as_uri())
            if self.js(condition):
                return
            if time.monotonic() > deadline:
                raise RuntimeError(f"the browser's storage did not come to {condition} within {timeout} s")
            self.page.listen(0.2)
            if again:
                again()

    def navigate(self, url, leave=True):
        """Goes to url; a "leave this page?" prompt on the way is answered with `leave`.
        Returns how many such prompts the page opened."""
        self.page.page_url, self.page.loaded = url, False
        self.page.next_id += 1  # sent without waiting: the answer only comes once any prompt is answered
        self.page.ws.send(json.dumps({"id": self.page.next_id, "method": "Page.navigate", "params": {"url": url}}))
        seen = before = len(self.page.dialogs)
        deadline = time.monotonic() + 30
        while not self.page.loaded and time.monotonic() < deadline:
            self.page.listen(0.2, until_loaded=True)
            if len(self.page.dialogs) > seen:
                seen = len(self.page.dialogs)
                self.page.call("Page.handleJavaScriptDialog", accept=leave)
                if not leave:
                    break
        if leave and not self.page.loaded:
            raise RuntimeError(f"{url} did not load within 30 s")
        return seen - before

    def reopen(self, html, restored=False):
        """Opens the page again as a person does after a reload or a tab closed by mistake: the browser's
        storage kept, the page's own state gone; each "leave this page?" prompt on the way is answered yes, and
        their number returned. No wait before it beyond the page's own timers: what was typed a moment ago must
        come back.
        With `restored`, waits until the page says answers were restored (#kept-restored), for up to KEPT_LATE
        seconds: under load, Chromium can open the page before its store has the last writes of the page before,
        and the page puts them back when the store tells it (its "storage" event). Rarer still (about 1 run in
        120 of four at once on a loaded machine, 2026-12-06), Chromium shows the page a store without them and
        never tells it, though they are kept: the same page opened once more has them. Then the page is opened
        once more, and a line says so; not restored then either is a failure of the page."""
        self.settle()
        prompts = self.navigate(Path(html).resolve().as_uri())
        self.settle()
        if restored and not self.restored_within(KEPT_LATE):
            print(f"  note: the browser showed {Path(html).name} a store without the answers it keeps; opened once more")
            prompts += self.navigate(Path(html).resolve().as_uri())
            self.settle()
            self.restored_within(KEPT_LATE)
        return prompts

    def restored_within(self, seconds):
        """Whether the page says answers were restored (#kept-restored) within the given time."""
        deadline = time.monotonic() + seconds
        while not self.js(RESTORED_SHOWN) and time.monotonic() < deadline:
            self.page.listen(0.1)
        return self.js(RESTORED_SHOWN)

    def settle(self):
        """Waits until the page has run what it set off a moment ago (its timers of up to 100 ms, such as a live
        region filled after 50 ms) and drawn a frame since, handling the events that came meanwhile: in place of
        a fixed wait, which is too short under load and too long when quiet. Not a user's gesture, as a person's
        click would be."""
        self.page.call("Runtime.evaluate", awaitPromise=True, expression=(
            "new Promise(r => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(r)), 100))"))

    def next_frame(self):
        """Waits until the page has laid itself out and drawn a frame, as after a change of width."""
        self.page.call("Runtime.evaluate", awaitPromise=True,
                       expression="new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")

    def viewport(self, width, height=900):
        self.page.call("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1,
                       mobile=width < 500)

    def js(self, expression, await_promise=False):
        """Evaluates an expression in the page and returns its value; a thrown error raises."""
        result = self.page.call("Runtime.evaluate", expression=expression, returnByValue=True,
                                awaitPromise=await_promise, userGesture=True)
        if "exceptionDetails" in result:
            details = result["exceptionDetails"]
            raise RuntimeError(details.get("exception", {}).get("description") or details.get("text"))
        return result["result"].get("value")

    def text_once_in(self, selector):
        """The text of an element, once there is any: a live region is filled a moment after the change, so
        that a screen reader announces it. "" if none comes within a second."""
        for _ in range(20):
            self.page.listen(0.05)
            text = self.js(f"document.querySelector({json.dumps(selector)}).textContent")
            if text:
                return text
        return ""

    def centre(self, selector):
        """Scrolls an element into view; returns the middle of its box in viewport pixels."""
        box = self.js(f"""(() => {{ const e = document.querySelector({json.dumps(selector)});
            if (!e) return null; e.scrollIntoView({{block: 'center'}}); const r = e.getBoundingClientRect();
            return [r.left + r.width / 2, r.top + r.height / 2]; }})()""")
        if not box:
            raise RuntimeError(f"nothing on the page matches {selector}")
        return box

    def click(self, selector):
        """A left click with the mouse in the middle of the element, as a person would."""
        x, y = self.centre(selector)
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.page.call("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left",
                           clickCount=0 if kind == "mouseMoved" else 1)
        self.page.listen(0.05)

    def type(self, text):
        """Types into whatever has the focus."""
        self.page.call("Input.insertText", text=text)

    def press(self, key, shift=False):
        code = KEYS[key]
        name = " " if key == "Space" else key
        params = {"key": name, "code": key, "windowsVirtualKeyCode": code, "nativeVirtualKeyCode": code,
                  "modifiers": 8 if shift else 0}
        self.page.call("Input.dispatchKeyEvent", type="rawKeyDown", **params)
        if key in ("Space", "Enter"):
            self.page.call("Input.dispatchKeyEvent", type="char", text=" " if key == "Space" else "\r", **params)
        self.page.call("Input.dispatchKeyEvent", type="keyUp", **params)

    def screenshot(self, path, width, top=0, height=None):
        """The page at this width, the given band of it or, without a height, its top (as much as
        check_html_in_browser.screenshot_height() gives: the whole page with COPROD_WHOLE_SCREENSHOTS=1). A band
        no taller than the window is taken scrolled into view, the scroll put back after: five times faster than
        drawing the whole page for it (captureBeyondViewport), the picture the same."""
        self.viewport(width)
        self.next_frame()
        metrics = self.page.call("Page.getLayoutMetrics")
        size = metrics.get("cssContentSize") or metrics["contentSize"]
        height = height or max(1, browser.screenshot_height(size["height"] - top))
        clip = {"x": 0, "y": top, "width": width, "height": height, "scale": 1}
        in_window = clip["height"] <= metrics["cssLayoutViewport"]["clientHeight"]
        if in_window:
            before = self.js(f"(y => {{ window.scrollTo({{top: {top}, behavior: 'instant'}}); return y; }})(scrollY)")
            self.next_frame()
        shot = self.page.call("Page.captureScreenshot", format="png", captureBeyondViewport=not in_window, clip=clip,
                              optimizeForSpeed=True)  # the same pixels, less squeezed, faster
        if in_window:
            self.js(f"window.scrollTo({{top: {before}, behavior: 'instant'}})")
            self.next_frame()
        Path(path).write_bytes(base64.b64decode(shot["data"]))

    def print_pdf(self, path):
        pdf = self.page.call("Page.printToPDF", paperWidth=8.27, paperHeight=11.69, printBackground=True,
                             preferCSSPageSize=True)
        Path(path).write_bytes(base64.b64decode(pdf["data"]))

    def catch_downloads(self, folder):
        Path(folder).mkdir(parents=True, exist_ok=True)
        self.page.call("Browser.setDownloadBehavior", behavior="allow", downloadPath=str(folder))

    def wait_for_file(self, folder, pattern, timeout=10):
        """The files downloaded into folder whose names match, once written: Chromium makes each first as an
        empty file and writes it under a .crdownload name beside it. [] if none comes within `timeout`."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = [p for p in Path(folder).glob(pattern) if not p.name.endswith(".crdownload")]
            if found and not list(Path(folder).glob("*.crdownload")) and all(p.stat().st_size for p in found):
                return found
            self.page.listen(0.1)
        return []
