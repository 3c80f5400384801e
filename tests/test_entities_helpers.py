"""Shared helpers for the entities tests (no tests here): seed articles through the real
read/clean/metadata stages, and a Knowledge built from them once per session."""
from __future__ import annotations

import functools
from pathlib import Path

from wikigen.model import Article, Cleaned, Metadata, Outcome, Source

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "entities"


@functools.lru_cache(maxsize=None)
def seed_articles() -> tuple[Article, ...]:
    from wikigen.pipeline import clean_all, read_all

    outcome = Outcome()
    sources = read_all(ROOT / "seeds", outcome)
    return tuple(sorted(clean_all(sources, None, outcome), key=lambda a: a.source.path))


def make_article(slug: str, body: str, title: str = "", date: str = "2024-01-01", author: str | None = None) -> Article:
    source = Source(path=f"{slug}.txt", text=body, front_matter={}, digest=slug)
    meta = Metadata(title=title or slug, date=date, author=author)
    return Article(source=source, meta=meta, cleaned=Cleaned(body=body), slug=slug)


@functools.lru_cache(maxsize=None)
def seed_knowledge():
    from wikigen.entities import extract_knowledge

    return extract_knowledge(list(seed_articles()), ROOT / "curated")
