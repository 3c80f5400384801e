"""Every internal link of the built site points at a file that exists, and every #anchor at an
id on the target page."""
from __future__ import annotations

import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urldefrag, urlsplit

import pytest

from support import copy_project


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs) -> None:
        values = dict(attrs)
        for name in ("id", "name") if tag in ("a", "span", "div") else ("id",):
            if values.get(name):
                self.ids.add(values[name])
        for name in ("href", "src"):
            if values.get(name) is not None and not (tag == "link" and values.get("rel") in ("preconnect", "canonical")):
                self.links.append(values[name])

    handle_startendtag = handle_starttag


def parse(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def target_file(site: Path, page: Path, url: str) -> Path:
    path = unquote(urlsplit(url).path)
    base = site if path.startswith("/") else page.parent
    target = (base / path.lstrip("/")).resolve()
    return target / "index.html" if target.is_dir() or path.endswith("/") else target


def broken_links(site: Path) -> list[str]:
    pages = {p.resolve(): parse(p) for p in site.rglob("*.html")}
    broken = []
    for page, parsed in sorted(pages.items()):
        for url in parsed.links:
            if urlsplit(url).scheme or url.startswith("//"):
                continue  # external (http, https, mailto): not ours to check offline
            address, fragment = urldefrag(url)
            target = target_file(site, page, address) if address else page
            where = f"{page.relative_to(site.resolve())}: {url}"
            if not target.is_file():
                broken.append(f"{where} (no file {target.relative_to(site.resolve()) if target.is_relative_to(site.resolve()) else target})")
            elif fragment and target.suffix == ".html":
                ids = pages[target].ids if target in pages else parse(target).ids
                if unquote(fragment) not in ids:
                    broken.append(f"{where} (no id {unquote(fragment)!r})")
    return broken


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    root = copy_project(tmp_path_factory.mktemp("links") / "project")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=root,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-3000:]
    return root / "site"


def test_strict_build_has_no_broken_internal_links(built):
    assert len(list(built.rglob("*.html"))) > 20
    assert broken_links(built) == []


def test_the_checker_finds_a_broken_link(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text('<h1 id="x">x</h1><a href="#x">ok</a><a href="#y">bad</a>'
                                              '<a href="../b/">missing</a><a href="https://e.com">ext</a>',
                                              encoding="utf-8")
    assert broken_links(tmp_path) == ["a/index.html: #y (no id 'y')", "a/index.html: ../b/ (no file b/index.html)"]
