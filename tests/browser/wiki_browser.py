"""Helpers for the browser tests: find pages in the built site, type into Material's search box
and read the results as a reader would."""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
SEARCH_INPUT = "input.md-search__input"
RESULT_ITEM = ".md-search-result__item"
RESULT_META = ".md-search-result__meta"
PLACEHOLDER = "검색어를 입력하세요"  # Material's Korean "type to start searching"

# The result list once the worker has answered: the page of each result group (the first link of
# an item is its page; sections follow), or null while Material still shows the placeholder.
_READ_RESULTS = """([item, meta, placeholder]) => {
  const text = document.querySelector(meta)?.textContent.trim() ?? "";
  if (!text || text === placeholder) return null;
  return [...document.querySelectorAll(item)].map(li => li.querySelector("a")?.href ?? "");
}"""

_H1 = re.compile(r"<h1[^>]*>(.*?)</h1>", re.S)
_TAGS = re.compile(r"<[^>]+>")
_PERMALINK = re.compile(r'<a class="headerlink"[^>]*>.*?</a>', re.S)


@dataclass(frozen=True)
class SiteMap:
    """Pages of the built site by what a test knows about them: articles by their seed file
    (slugs follow extracted titles, which may change), entity pages by their title."""

    site: Path

    def pages(self, section: str) -> list[str]:
        """Site paths ("people/x/") of the pages of a section, its index excluded."""
        folder = self.site / section
        if not folder.is_dir():
            return []
        return sorted(f"{section}/{p.parent.name}/" for p in folder.glob("*/index.html"))

    def html(self, path: str) -> str:
        return (self.site / path / "index.html").read_text(encoding="utf-8")

    def title(self, path: str) -> str:
        match = _H1.search(self.html(path))
        if not match:
            return ""
        return " ".join(html.unescape(_TAGS.sub("", _PERMALINK.sub("", match.group(1)))).split())

    def article(self, seed: str) -> str:
        """The article page built from the seed file whose name starts with `seed`."""
        for path in self.pages("articles"):
            if re.search(rf"<code>{re.escape(seed)}[^<]*\.txt</code>", self.html(path).replace("\\_", "_")):
                return path
        raise LookupError(f"no article page for seed {seed}")

    def entity(self, section: str, name: str) -> str | None:
        """The page of `section` titled `name` (case and spacing ignored), if there is one."""
        wanted = _key(name)
        return next((path for path in self.pages(section) if _key(self.title(path)) == wanted), None)


def _key(name: str) -> str:
    return "".join(name.split()).casefold()


def open_search(page) -> None:
    """Focus the search box; on a phone it first opens from the header's search icon."""
    toggle = page.locator("label.md-header__button[for=__search]")
    if toggle.is_visible() and not page.locator("#__search").is_checked():
        toggle.click()
    box = page.locator(SEARCH_INPUT)
    box.wait_for(state="visible")
    box.focus()


def search_results(page, query: str, timeout: float = 8000) -> list[str]:
    """Type `query` into the search box and return the result pages in rank order as site paths
    ("articles/x/"). Hangul typed by Playwright arrives without the key-up events Material's
    search box listens to, so a key press (End) follows the text."""
    open_search(page)
    page.fill(SEARCH_INPUT, "")
    page.keyboard.press("End")
    page.wait_for_function(f"() => document.querySelector('{RESULT_META}')?.textContent.trim() === '{PLACEHOLDER}'",
                           timeout=timeout)
    page.fill(SEARCH_INPUT, query)
    page.keyboard.press("End")
    handle = page.wait_for_function(_READ_RESULTS, arg=[RESULT_ITEM, RESULT_META, PLACEHOLDER], timeout=timeout)
    return [site_path(href) for href in handle.json_value()]


def site_path(href: str) -> str:
    """"http://host:port/articles/x/?h=y#z" -> "articles/x/" (percent-decoded)."""
    return unquote(urlsplit(href).path).lstrip("/")
