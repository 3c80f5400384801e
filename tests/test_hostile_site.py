"""End to end: the hostile corpus plus the real seeds through `mkdocs build --strict`, then every
page of the site in headless Chromium. Payloads in the fixtures try to set `window.__pwned`, open
dialogs, or break the layout; none may succeed."""
from __future__ import annotations

import asyncio
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from fixtures.hostile.make_corpus import make_corpus
from support import CHROMIUM_ARGS, chromium_path, copy_project, serve

pytestmark = pytest.mark.browser


# Run in every page after it loads: what a payload could have done.
PROBE = """() => {
  const bad = [];
  if (typeof window.__pwned !== 'undefined') bad.push('window.__pwned = ' + window.__pwned);
  for (const el of document.querySelectorAll('[href], [src], [action], [data], [formaction]')) {
    for (const name of ['href', 'src', 'action', 'data', 'formaction']) {
      const value = (el.getAttribute(name) || '').replace(/[\\u0000-\\u0020]/g, '').toLowerCase();
      if (value.startsWith('javascript:') || value.startsWith('data:text') || value.startsWith('vbscript:'))
        bad.push(el.tagName + ' ' + name + '=' + value.slice(0, 60));
    }
  }
  for (const el of document.querySelectorAll('iframe, object, embed, .md-content svg, .md-content style, .md-content script'))
    bad.push('element ' + el.tagName);
  for (const el of document.querySelectorAll('.md-content *'))
    for (const attr of el.attributes)
      if (attr.name.startsWith('on') || (attr.name === 'style' && !/^text-align: ?\\w+;?$/.test(attr.value)))
        bad.push(el.tagName + ' ' + attr.name + '=' + attr.value.slice(0, 60));
  const content = document.querySelector('.md-content');
  if (!content || content.getBoundingClientRect().width < 200) bad.push('no main content');
  if (!document.querySelector('.md-header')) bad.push('no header');
  if (document.documentElement.scrollWidth > window.innerWidth + 1)
    bad.push('horizontal overflow ' + document.documentElement.scrollWidth);
  return bad;
}"""


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("hostile-site")
    make_corpus(base / "corpus")
    root = copy_project(base / "project", extra_seeds=base / "corpus")
    build = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=root,
                           capture_output=True, text=True)
    assert build.returncode == 0, build.stderr[-3000:]
    assert "wikigen: binary_png.png: not text" in build.stderr  # problems logged at INFO
    return root / "site"


@pytest.fixture(scope="module")
def site_url(hostile_site):
    with serve(hostile_site) as url:
        yield url


def local_only(url: str) -> bool:
    """Nothing leaves the machine (Material asks for web fonts): fast, and offline-proof."""
    return url.startswith(("http://127.0.0.1", "data:", "blob:"))


@pytest.fixture
def tab():
    executable = chromium_path()
    sync_api = pytest.importorskip("playwright.sync_api")
    with tempfile.TemporaryDirectory(prefix="wikigen-hostile-") as profile, sync_api.sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            profile, executable_path=executable, args=CHROMIUM_ARGS, headless=True,
            viewport={"width": 1280, "height": 900},
        )
        context.route("**/*", lambda route: route.continue_() if local_only(route.request.url) else route.abort())
        page = context.new_page()
        page.dialogs = []
        page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
        try:
            yield page
        finally:
            context.close()


def site_pages(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))


def test_site_has_the_hostile_articles(hostile_site):
    pages = site_pages(hostile_site)
    assert any("html-태그가-섞인-기사" in p for p in pages)
    assert any("위험한-링크가-있는-기사" in p for p in pages)
    assert len(pages) > 30


def test_no_payload_runs_on_any_page(hostile_site, site_url):
    executable = chromium_path()
    pytest.importorskip("playwright.async_api")
    failures = asyncio.run(probe_all(executable, site_url, site_pages(hostile_site)))
    assert failures == {}


async def probe_all(executable: str, base: str, paths: list[str], tabs: int = 4) -> dict[str, list[str]]:
    """Load every page (a few tabs at a time) and run PROBE; {path: what went wrong}."""
    from playwright.async_api import async_playwright

    failures: dict[str, list[str]] = {}
    queue = list(paths)
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS, headless=True)
        context = await browser.new_context(viewport={"width": 1280, "height": 900})
        await context.route("**/*", lambda route: route.continue_() if local_only(route.request.url) else route.abort())

        async def worker() -> None:
            page = await context.new_page()
            dialogs: list[str] = []
            page.on("dialog", lambda dialog: (dialogs.append(dialog.message), asyncio.ensure_future(dialog.dismiss())))
            while queue:
                path = queue.pop()
                await page.goto(base + path, wait_until="load")
                bad = await page.evaluate(PROBE) + [f"dialog: {m}" for m in dialogs]
                dialogs.clear()
                if bad:
                    failures[path] = bad

        await asyncio.gather(*(worker() for _ in range(tabs)))
        await browser.close()
    return failures


def test_clicking_the_neutralised_links_runs_nothing(hostile_site, site_url, tab):
    [links_page] = [p for p in site_pages(hostile_site) if "위험한-링크가-있는-기사" in p]
    tab.goto(site_url + links_page, wait_until="load")
    assert "javascript:window.__pwned=1" in tab.inner_text(".md-content")  # shown as text
    anchors = tab.locator(".md-content article a")
    for i in range(anchors.count()):
        anchor = anchors.nth(i)
        href = anchor.get_attribute("href") or ""
        if href.startswith(("http:", "https:", "mailto:", "//")):
            continue  # leaves the site: not ours to click
        anchor.click(no_wait_after=True)
        tab.wait_for_timeout(50)
        if tab.url.split("#")[0] != site_url + links_page:
            tab.go_back(wait_until="load")
    assert tab.evaluate("typeof window.__pwned") == "undefined"
    assert tab.dialogs == []


def test_searching_for_a_payload_title_runs_nothing(site_url, tab):
    tab.goto(site_url, wait_until="load")
    tab.locator(".md-search__input").fill("onerror")
    tab.wait_for_selector(".md-search-result__item", timeout=10_000)
    tab.wait_for_timeout(500)
    results = tab.inner_text(".md-search-result")
    assert "onerror" in results
    assert tab.evaluate("typeof window.__pwned") == "undefined" and tab.dialogs == []


def test_jinja_lookalikes_are_shown_verbatim(hostile_site, site_url, tab):
    [page] = [p for p in site_pages(hostile_site) if "템플릿처럼-보이는-제목" in p]
    tab.goto(site_url + page, wait_until="load")
    text = tab.inner_text(".md-content")
    assert "{{ 7*7 }} 이 그대로 보여야 하고, {% raw %} 와 {% endraw %} 도 글자입니다." in text
    assert "{{ 7*7 }} 템플릿처럼 보이는 제목 {% raw %}" in text
    assert "49" not in text.split("템플릿 문법처럼 보이는 글")[1].split("끝 문단")[0]
    assert tab.title().startswith("{{ 7*7 }} 템플릿처럼 보이는 제목 {% raw %}")
