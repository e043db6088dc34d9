"""Checks of the built documentation site (build/docs/), run by `make docs-check` after `make docs`.

    python tests/docs_site.py [--site build/docs] [--no-browser]

1. Links: every relative link, script, stylesheet and image of every page resolves to a file of the site, and
   every #anchor to an id on that page; no page or stylesheet loads anything (script, font, image) from another
   host.
2. Operations: every operation of every spec appears exactly once in the reference (one method section each).
3. Browser: the distribution's headless Chromium, started here on an empty profile with no network but the
   site's own local server, loads the home page and a reference page without console errors, and the search box
   finds `data_connections.list` for "data connections". A screenshot of the home page goes to build/docs-check/.
"""

from __future__ import annotations

import argparse
import collections
import functools
import http.server
import re
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator import openapi  # noqa: E402
from generator.config import load_service, service_names  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1280,900",
]
SEARCH_QUERY = "data connections"
SEARCH_EXPECTED = "data_connections.list"
REFERENCE_PAGE = "reference/qlik-qrs-client/data_connections/"


class _Page(HTMLParser):
    """The ids of a page, and what it links to or loads (tag, attribute, URL)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.refs: list[tuple[str, str, str]] = []
        self.operations: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        for name in ("id", "name"):
            if name in values and (name == "id" or tag == "a"):
                self.ids.add(values[name])
        if "data-operation-id" in values:
            self.operations.append(values["data-operation-id"])
        for name in ("href", "src"):
            if name in values and tag in ("a", "link", "script", "img", "iframe", "source", "embed"):
                self.refs.append((tag, name, values[name]))


def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def _target(site: Path, page: Path, url_path: str) -> Path:
    base = site if url_path.startswith("/") else page.parent
    target = (base / unquote(url_path.lstrip("/"))) if url_path else page
    return target / "index.html" if target.is_dir() or url_path.endswith("/") else target


# url(...) and @import "..." in stylesheets and <style> blocks: fonts and images the browser would fetch.
_INLINE_CSS = re.compile(r'<style[^>]*>(.*?)</style>|\sstyle="([^"]*)"', re.DOTALL | re.IGNORECASE)
_CSS_URL = re.compile(r"""url\(\s*['"]?([^'")\s]+)|@import\s+['"]([^'"]+)""")


def stylesheet_problems(site: Path) -> list[str]:
    """Stylesheets (files and inline blocks) that load a font, image or sheet from another host."""
    problems = []
    for path in sorted([*site.rglob("*.css"), *site.rglob("*.html")]):
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".html":  # only what is CSS there: <style> blocks and style="..." attributes
            text = "\n".join(m.group(1) or m.group(2) for m in _INLINE_CSS.finditer(text))
        for match in _CSS_URL.finditer(text):
            url = match.group(1) or match.group(2)
            if urlsplit(url).scheme in ("http", "https") or url.startswith("//"):
                problems.append(f"{path.relative_to(site).as_posix()}: stylesheet loads {url} from another host")
    return problems


def link_problems(site: Path) -> list[str]:
    """Broken relative links and anchors, and any resource loaded from another host."""
    pages = {path: _parse(path) for path in sorted(site.rglob("*.html"))}
    if not pages:
        return [f"no HTML pages under {site}"]
    problems = []
    for path, page in pages.items():
        where = path.relative_to(site).as_posix()
        for tag, attribute, url in page.refs:
            parts = urlsplit(url)
            if parts.scheme or url.startswith("//"):
                if tag != "a" and parts.scheme != "data":
                    problems.append(f"{where}: <{tag} {attribute}={url!r}> loads from another host")
                continue
            target = _target(site, path, parts.path).resolve()
            if not target.is_relative_to(site.resolve()) or not target.is_file():
                problems.append(f"{where}: {url!r} points to a missing file")
                continue
            if parts.fragment and target.suffix == ".html":
                ids = pages[target].ids if target in pages else _parse(target).ids
                if unquote(parts.fragment) not in ids:
                    problems.append(f"{where}: {url!r}: no anchor #{parts.fragment} on that page")
    return problems + stylesheet_problems(site)


def expected_operations() -> list[str]:
    """The operationId of every operation of every spec with a resource layer."""
    found = []
    for name in service_names():
        service = load_service(name)
        if service.resources:
            spec = openapi.load_spec(service.spec)
            found += [operation["operationId"] for _m, _p, operation, _i in openapi.operations(spec)]
    return found


def operation_problems(site: Path) -> tuple[int, list[str]]:
    """(sections found, problems): each expected operation must have exactly one method section."""
    seen: collections.Counter[str] = collections.Counter()
    for path in sorted((site / "reference").rglob("*.html")):
        seen.update(_parse(path).operations)
    expected = collections.Counter(expected_operations())
    problems = [f"operation {op} is missing from the reference" for op in sorted(expected - seen)]
    problems += [f"operation {op} appears {seen[op]} times in the reference" for op in sorted(seen) if seen[op] > 1]
    problems += [f"{op} in the reference is no operation of the specs" for op in sorted(set(seen) - set(expected))]
    return sum(seen.values()), problems


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass


@contextmanager
def serving(site: Path) -> Iterator[str]:
    """The site over HTTP on 127.0.0.1 (search runs in a web worker, which file:// pages cannot start)."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def browser_problems(site: Path, screenshots: Path) -> list[str]:
    """Load pages and search in headless Chromium; collect console errors and requests leaving 127.0.0.1."""
    import json

    from selenium import webdriver
    from selenium.common.exceptions import TimeoutException
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    for binary in (CHROMIUM, CHROMEDRIVER):
        if not binary.exists():
            return [f"{binary} not found: install the distribution's chromium and chromium-driver (make docs-browser)"]
    problems: list[str] = []
    screenshots.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="docs-chromium-") as profile, serving(site) as base:
        options = webdriver.ChromeOptions()
        options.binary_location = str(CHROMIUM)
        for flag in [*CHROMIUM_FLAGS, f"--user-data-dir={profile}"]:
            options.add_argument(flag)
        options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
        driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
        try:

            def console(page: str) -> None:
                for entry in driver.get_log("browser"):
                    if entry.get("level") == "SEVERE":
                        problems.append(f"{page}: console error: {entry.get('message')}")

            driver.get(base)
            WebDriverWait(driver, 20).until(expected_conditions.presence_of_element_located((By.CSS_SELECTOR, "h1")))
            driver.save_screenshot(str(screenshots / "home.png"))
            console("home page")
            driver.get(base + REFERENCE_PAGE)
            WebDriverWait(driver, 20).until(expected_conditions.presence_of_element_located((By.ID, SEARCH_EXPECTED)))
            driver.save_screenshot(str(screenshots / "reference.png"))
            console(REFERENCE_PAGE)
            driver.get(base)
            # At this window width the search field sits in the header; typing into it opens the results.
            box = WebDriverWait(driver, 20).until(
                expected_conditions.element_to_be_clickable((By.CSS_SELECTOR, "input.md-search__input"))
            )
            box.click()
            box.send_keys(SEARCH_QUERY)

            def listed(d: webdriver.Chrome) -> bool:
                # A page's further matches sit under "N more on this page": open them, as a reader would.
                for more in d.find_elements(By.CSS_SELECTOR, "details.md-search-result__more:not([open]) > summary"):
                    if more.is_displayed():
                        more.click()
                links = d.find_elements(By.CSS_SELECTOR, "a.md-search-result__link")
                return any(SEARCH_EXPECTED in link.text for link in links if link.is_displayed())

            try:
                WebDriverWait(driver, 20).until(listed)
            except TimeoutException:
                found = [i.text for i in driver.find_elements(By.CSS_SELECTOR, ".md-search-result__item")][:5]
                problems.append(f"search {SEARCH_QUERY!r} did not list {SEARCH_EXPECTED} (got {found})")
            driver.save_screenshot(str(screenshots / "search.png"))
            console("search")
            for entry in driver.get_log("performance"):
                message = json.loads(entry["message"])["message"]
                if message.get("method") == "Network.requestWillBeSent":
                    url = message["params"]["request"]["url"]
                    # Network schemes only: chrome:// is the browser's own start page, never the network.
                    if url.startswith(("http:", "https:", "ws:", "wss:", "ftp:")) and not url.startswith(base):
                        problems.append(f"a page requested {url} (only the site itself may be loaded)")
        finally:
            driver.quit()
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site", type=Path, default=ROOT / "build" / "docs")
    parser.add_argument("--screenshots", type=Path, default=ROOT / "build" / "docs-check")
    parser.add_argument("--no-browser", action="store_true", help="only the link and operation checks")
    args = parser.parse_args(argv)
    started = time.monotonic()
    problems = link_problems(args.site)
    print(f"docs-check: links and anchors: {len(problems)} problem(s)")
    count, missing = operation_problems(args.site)
    print(f"docs-check: {count} operation sections in the reference, {len(expected_operations())} operations in specs")
    problems += missing
    if not args.no_browser:
        found = browser_problems(args.site, args.screenshots)
        print(f"docs-check: browser: {len(found)} problem(s); screenshot {args.screenshots / 'home.png'}")
        problems += found
    for problem in problems:
        print(f"docs-check: {problem}", file=sys.stderr)
    print(f"docs-check: {'FAILED' if problems else 'passed'} in {time.monotonic() - started:.1f} s")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
