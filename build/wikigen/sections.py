"""Section pages the pipeline owns besides articles and entities: the articles index, the
timeline, the home-page snippet and the maintainers' reports (build outcome, cleaning)."""
from __future__ import annotations

from itertools import groupby

from .model import Article, Outcome, Page
from .render import Renderer

ENTITY_SECTIONS = ("people", "glossary", "orgs", "topics")


def by_date(articles: list[Article]) -> list[Article]:
    """Newest first, undated last; the same date by title. (Two stable sorts: a reversed sort
    keeps the order of equal keys.)"""
    by_title = sorted(articles, key=lambda a: (a.meta.title or "", a.slug))
    return sorted(by_title, key=lambda a: a.meta.date or "", reverse=True)


def entity_counts(pages: list[Page]) -> dict[str, int]:
    """How many pages each entity section has (its index page not counted)."""
    counts = {section: 0 for section in ENTITY_SECTIONS}
    for page in pages:
        section, _, name = page.path.partition("/")
        if section in counts and name != "index.md":
            counts[section] += 1
    return counts


def section_pages(articles: list[Article], entity_pages: list[Page], outcome: Outcome, renderer: Renderer) -> list[Page]:
    ordered = by_date(articles)
    years = [(year or "날짜 없음", list(items)) for year, items in groupby(ordered, key=lambda a: (a.meta.date or "")[:4])]
    months = [
        (year, [(month, list(m)) for month, m in groupby(items, key=lambda a: (a.meta.date or "")[5:7])])
        for year, items in years
    ]
    counts = {"articles": len(articles)} | entity_counts(entity_pages)
    return [
        renderer.page("articles/index.md", "articles_index.md.j2", years=years, count=len(articles)),
        renderer.page("articles/timeline.md", "timeline.md.j2", months=months),
        renderer.page("_generated/home.md", "home.md.j2", latest=ordered[:10], counts=counts),
        renderer.page("reports/index.md", "report.md.j2", outcome=outcome),
        renderer.page("reports/cleaning.md", "cleaning.md.j2", articles=sorted(articles, key=lambda a: a.source.path)),
    ]
