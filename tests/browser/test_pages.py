"""The reader's pages in a real browser: they render without console errors at desktop and phone
widths, never scroll sideways on a phone, mention links and their tooltips work, and a person's
backlink returns to the article section. Screenshots go to artifacts/screenshots/ (CI artifacts)."""
from __future__ import annotations

import re
from urllib.parse import quote

import pytest
from playwright.sync_api import expect

from .wiki_browser import DESKTOP, PHONE, SiteMap, site_path

pytestmark = pytest.mark.browser

ARTICLE_WITH_SECTIONS = "001"  # the SK AI SUMMIT notes: many sections, many people


@pytest.fixture(scope="module")
def site_map(built_site) -> SiteMap:
    return SiteMap(built_site / "site")


def first_page(site_map: SiteMap, section: str, preferred: str) -> str:
    page = site_map.entity(section, preferred) or next(iter(site_map.pages(section)), None)
    if page is None:
        pytest.skip(f"no {section} pages in this build")
    return page


def reader_pages(site_map: SiteMap) -> dict[str, str]:
    return {
        "home": "",
        "article": site_map.article(ARTICLE_WITH_SECTIONS),
        "person": first_page(site_map, "people", "Mark Adams"),
        "term": first_page(site_map, "glossary", "초거대 AI"),
        "topic": first_page(site_map, "topics", "AI 반도체"),
        "articles-index": "articles/",
        "timeline": "articles/timeline/",
    }


def local_only(page, base: str) -> None:
    """No request leaves the machine (article images point at their original hosts; CI and this
    sandbox have no network): such requests are aborted, and their load errors ignored below."""
    page.route(re.compile(r"^https?://"), lambda route: route.continue_() if route.request.url.startswith(base) else route.abort())


@pytest.mark.parametrize("width", [DESKTOP, PHONE], ids=["desktop", "phone"])
@pytest.mark.parametrize("name", ["home", "article", "person", "term", "topic", "articles-index", "timeline"])
def test_page_renders_cleanly(browser, site_url, site_map, screenshots, name: str, width: dict) -> None:
    path = reader_pages(site_map)[name]
    tab = browser.new_page()
    errors: list[str] = []
    tab.on("console", lambda msg: msg.type == "error" and not _external(msg, site_url) and errors.append(msg.text))
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        local_only(tab, site_url)
        tab.set_viewport_size(width)
        response = tab.goto(site_url + quote(path))
        assert response is not None and response.ok, f"{path}: HTTP {response and response.status}"
        tab.wait_for_load_state("networkidle")
        assert tab.locator("article.md-content__inner h1").first.is_visible()
        overflow = tab.evaluate("document.documentElement.scrollWidth")
        label = "phone" if width == PHONE else "desktop"
        tab.screenshot(path=str(screenshots / f"{name}-{label}.png"))  # the first screen
        assert not errors, f"{path}: console errors {errors}"
        if width == PHONE:
            assert overflow <= PHONE["width"], f"{path}: scrolls sideways on a phone ({overflow}px)"
            wide = tab.evaluate(WIDEST_ELEMENTS, PHONE["width"])
            assert not wide, f"{path}: wider than the phone: {wide}"
    finally:
        tab.close()


def _external(msg, base: str) -> bool:
    url = (msg.location or {}).get("url", "")
    return msg.text.startswith("Failed to load resource") and not url.startswith(base)


# Elements sticking out of the viewport (scroll containers such as tables and code blocks are
# allowed to be wider inside, not to widen the page).
WIDEST_ELEMENTS = """(width) => [...document.querySelectorAll('.md-content *')]
  .filter(el => el.getBoundingClientRect().right > width + 1 && !el.closest('.md-typeset__scrollwrap, pre, .md-sidebar'))
  .slice(0, 5).map(el => el.tagName + '.' + el.className)"""


def test_mention_tooltip_link_and_backlink(browser, site_url, site_map, screenshots) -> None:
    article = site_map.article(ARTICLE_WITH_SECTIONS)
    tab = browser.new_page()
    try:
        local_only(tab, site_url)
        tab.set_viewport_size(DESKTOP)
        tab.goto(site_url + quote(article))
        mention = tab.locator('article.md-content__inner p a[href*="/people/"][title]').first
        if mention.count() == 0:
            pytest.skip("no linked person mention in this build")
        mention = mention.element_handle()  # Material moves the title into its tooltip on hover
        tip = mention.get_attribute("title")
        name = mention.inner_text()

        # the tooltip shows the person's role on hover (Material's content.tooltips)
        mention.scroll_into_view_if_needed()
        mention.hover()
        assert tip
        expect(tab.locator(".md-tooltip2--active .md-tooltip2__inner")).to_contain_text(tip, timeout=5000)
        tab.wait_for_timeout(400)  # let the tooltip fade in for the screenshot
        tab.screenshot(path=str(screenshots / "tooltip-desktop.png"))

        # the mention leads to the person's page
        mention.click()
        tab.wait_for_url(re.compile(r"/people/"))
        person = site_path(tab.url)
        assert site_map.title(person) == name

        # a backlink on the person's page returns to the article section
        backlink = tab.locator(f'article.md-content__inner a[href*="{quote(article.rstrip("/"))}/#"]').first
        assert backlink.count() == 1, f"no backlink to a section of {article} on {person}"
        fragment = backlink.get_attribute("href").split("#", 1)[1]
        backlink.click()
        tab.wait_for_url(re.compile(re.escape(quote(article)) + "#"))
        assert site_path(tab.url) == article
        target = tab.locator(f"[id='{_css_id(fragment)}']")
        assert target.count() == 1, f"no section #{fragment} on {article}"
        tab.wait_for_timeout(300)  # instant navigation scrolls after the content swap
        assert target.evaluate("el => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }")
    finally:
        tab.close()


def test_term_tooltip_shows_the_definition(browser, site_url, site_map) -> None:
    article = site_map.article("003")
    tab = browser.new_page()
    try:
        local_only(tab, site_url)
        tab.set_viewport_size(DESKTOP)
        tab.goto(site_url + quote(article))
        term = tab.locator('article.md-content__inner p a[href*="/glossary/"][title]').first
        if term.count() == 0:
            pytest.skip("no linked term in this build")
        term = term.element_handle()  # Material moves the title into its tooltip on hover
        definition = term.get_attribute("title")
        term.scroll_into_view_if_needed()
        term.hover()
        expect(tab.locator(".md-tooltip2--active .md-tooltip2__inner")).to_contain_text(definition, timeout=5000)
    finally:
        tab.close()


def _css_id(fragment: str) -> str:
    from urllib.parse import unquote

    return unquote(fragment).replace("'", "\\'")
