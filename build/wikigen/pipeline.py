"""The whole build in one function: gather first (read, clean, extract, link), write second."""
from __future__ import annotations

import hashlib
import traceback
from dataclasses import dataclass
from pathlib import Path

from .clean import clean, repeated_lines
from .entities import Knowledge, article_links, extract_knowledge, knowledge_pages
from .metadata import extract_metadata
from .model import Article, Outcome, Problem, Source
from .read import discover, read_source
from .sanitize import sanitize
from .render import Renderer, article_pages
from .sections import section_pages
from .slug import slugify, unique_slugs
from .write import WriteResult, write_pages


@dataclass(frozen=True)
class Project:
    """Where things are. Everything is relative to the project root (the folder of mkdocs.yml)."""

    root: Path

    @property
    def seeds_dir(self) -> Path:
        return self.root / "seeds"

    @property
    def docs_dir(self) -> Path:
        return self.root / "docs"

    @property
    def templates_dir(self) -> Path:
        return self.root / "templates"

    @property
    def curated_dir(self) -> Path:
        return self.root / "curated"


@dataclass
class BuildResult:
    outcome: Outcome
    articles: list[Article]
    knowledge: Knowledge
    written: WriteResult


def pipeline(project: Project) -> BuildResult:
    outcome = Outcome()
    sources = read_all(project.seeds_dir, outcome)
    repeated = repeated_lines([s.text for s in sources])
    articles = [a for s in sources if (a := make_article(s, repeated, outcome))]
    articles = drop_duplicates(articles, outcome)
    assign_slugs(articles)
    knowledge = extract_knowledge(articles, project.curated_dir)
    outcome.warnings.extend(knowledge.problems)
    links = article_links(knowledge, articles)
    renderer = Renderer(project.templates_dir)
    entity_pages = knowledge_pages(knowledge, renderer)
    pages = article_pages(articles, renderer, links) + entity_pages
    pages += section_pages(articles, entity_pages, outcome, renderer)
    written = write_pages(project.docs_dir, pages)
    return BuildResult(outcome, articles, knowledge, written)


def read_all(seeds_dir: Path, outcome: Outcome) -> list[Source]:
    sources = []
    for path in discover(seeds_dir):
        result = read_source(path, path.relative_to(seeds_dir).as_posix())
        if isinstance(result, Problem):
            outcome.skipped.append(result)
            continue
        outcome.warnings.extend(Problem(result.path, message) for message in result.problems)
        sources.append(result)
    return sources


def make_article(source: Source, repeated: frozenset[str], outcome: Outcome) -> Article | None:
    """Clean and extract one article; a crash here costs this article only, and is reported."""
    try:
        cleaned = sanitize(clean(source, repeated))
        return Article(source=source, meta=extract_metadata(source, cleaned), cleaned=cleaned)
    except Exception:  # noqa: BLE001 - one bad article must not cost the rest of the site
        outcome.skipped.append(Problem(source.path, "crashed while cleaning:\n" + traceback.format_exc()))
        return None


def drop_duplicates(articles: list[Article], outcome: Outcome) -> list[Article]:
    """Same bytes, or the same cleaned body under different chrome: the first file (by path) wins."""
    kept: dict[str, Article] = {}
    for article in sorted(articles, key=lambda a: a.source.path):
        key = hashlib.sha256(" ".join(article.body.split()).encode("utf-8")).hexdigest()
        if key in kept:
            outcome.duplicates.append(Problem(article.source.path, f"duplicate of {kept[key].source.path}"))
        else:
            kept[key] = article
            outcome.published.append(article.source.path)
    return list(kept.values())


def assign_slugs(articles: list[Article]) -> None:
    wanted = {a.source.path: slugify(a.meta.title or "", fallback="article") for a in articles}
    for article, slug in zip(articles, unique_slugs(wanted).values()):
        article.slug = slug
