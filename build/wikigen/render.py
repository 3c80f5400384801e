"""Render stage: Jinja templates from templates/ -> Markdown pages.

Templates produce Markdown, so HTML autoescaping is off; values that land in an HTML or
YAML context go through the explicit filters below. Article text is only ever passed as a
variable, never compiled as a template, so `{{ ... }}` in an article stays text.
"""
from __future__ import annotations

import html
import json
import re
from pathlib import Path

import jinja2
from markupsafe import escape

from .model import Article, ArticleLinks, Page

_MD_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]|#{}!~])")
_HTML_SPECIAL = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def md_text(value: object) -> str:
    """Escape text for an inline Markdown context (titles, table cells, link labels):
    HTML characters become entities, Markdown characters get a backslash."""
    text = " ".join(str(value or "").split())
    text = re.sub(r"[&<>]", lambda m: _HTML_SPECIAL[m.group()], text)
    return _MD_INLINE_SPECIAL.sub(r"\\\1", text)


def html_attr(value: object) -> str:
    """Escape text for an HTML attribute value (tooltips)."""
    return str(escape(" ".join(str(value or "").split())))


def safe_url(value: object) -> str:
    """The URL if it is a plain http(s) URL that is safe inside `<...>`, else ''."""
    url = str(value or "").strip()
    if not re.fullmatch(r"https?://[^\s<>\"'`\\]+", url):
        return ""
    return url


def anchor(slug: str) -> str:
    """An explicit HTML id for an article's section on a report page."""
    return f"wg-{slug}"


def md_code(value: object) -> str:
    """Text as an inline code span (file names on the report pages): shown verbatim, with a
    backtick fence longer than any run of backticks inside it."""
    text = " ".join(str(value or "").split())
    ticks = "`" * (max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{ticks}{pad}{text}{pad}{ticks}"


def fence(value: object) -> str:
    """Text inside a ``` fenced block: a run of backticks in it must not close the fence, and a
    `--8<--` line must not be read by pymdownx.snippets (which acts inside code too)."""
    text = re.sub(r"`{3,}", lambda m: "'" * len(m.group()), str(value))
    return re.sub(r"(?m)^([ \t]*)(;*-+8<-+)", r"\1;\2", text)


# Characters PyYAML refuses or reads as line breaks (C1 controls incl. NEL, U+2028/9, BOM-like).
_YAML_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")


def yaml_str(value: object) -> str:
    """A YAML scalar for front matter (JSON strings are valid YAML).

    Material puts `page.meta.title` and tag names into the page unescaped (in `<title>`, the
    header, the tag list), and the search box shows titles as HTML, so the value is
    HTML-escaped here: `<`, `>` and `&` reach the browser as text, never as markup."""
    text = html.escape(str(value), quote=False)
    text = _YAML_UNSAFE.sub(lambda m: "" if "\ud800" <= m.group() <= "\udfff" else f"\\u{ord(m.group()):04x}",
                            json.dumps(text, ensure_ascii=False))
    return text


class Renderer:
    """Loads the templates once; `render(name, **context)` returns Markdown."""

    def __init__(self, templates_dir: Path):
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(templates_dir)),
            autoescape=False,
            undefined=jinja2.StrictUndefined,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters.update(
            md_text=md_text, html_attr=html_attr, yaml_str=yaml_str, safe_url=safe_url, anchor=anchor, fence=fence,
            md_code=md_code,
        )

    def render(self, template: str, **context: object) -> str:
        text = self.env.get_template(template).render(**context)
        return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"

    def page(self, path: str, template: str, **context: object) -> Page:
        return Page(path=path, content=self.render(template, **context))


def article_pages(articles: list[Article], renderer: Renderer, links: dict[str, ArticleLinks]) -> list[Page]:
    """One page per article; `links[slug]` is what the knowledge stage adds (linked body, entities)."""
    return [
        renderer.page(a.url, "article.md.j2", article=a, meta=a.meta,
                      links=links.get(a.slug) or ArticleLinks(body=a.body))
        for a in articles
    ]
