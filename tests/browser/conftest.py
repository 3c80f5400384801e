"""Browser fixtures: the sample project built once with `mkdocs build --strict` (the session
fixture `built_site` of tests/conftest.py), served over HTTP on a free local port and driven with
Debian's Chromium through Playwright."""
from __future__ import annotations

import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from support import CHROMIUM_ARGS, chromium_path, serve

from .wiki_browser import DESKTOP

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "artifacts" / "screenshots"


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    """Base URL (with trailing slash) of the built site served from a thread."""
    with serve(built_site / "site") as url:
        yield url


# Package scope: one Playwright (an asyncio loop) per thread at a time, so it must stop before
# other test modules start their own.
@pytest.fixture(scope="package")
def browser():
    chromium = chromium_path()
    sync_api = pytest.importorskip("playwright.sync_api")
    with tempfile.TemporaryDirectory(prefix="wikigen-chromium-") as profile, sync_api.sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            profile, executable_path=chromium, args=CHROMIUM_ARGS, headless=True, viewport=DESKTOP,
        )
        try:
            yield context
        finally:
            context.close()


@dataclass
class ConsoleLog:
    errors: list[str] = field(default_factory=list)

    def watch(self, page) -> None:
        page.on("console", lambda msg: msg.type == "error" and self.errors.append(msg.text))
        page.on("pageerror", lambda exc: self.errors.append(str(exc)))


@pytest.fixture
def page(browser):
    """A fresh tab at desktop width; `page.console.errors` collects console errors."""
    tab = browser.new_page()
    tab.set_viewport_size(DESKTOP)
    tab.console = ConsoleLog()
    tab.console.watch(tab)
    try:
        yield tab
    finally:
        tab.close()


@pytest.fixture(scope="session")
def screenshots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
