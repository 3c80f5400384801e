"""The whole build in one function: gather first (read, clean, extract, link), write second."""
from __future__ import annotations

import hashlib
import os
import time
import traceback
from concurrent.futures import ProcessPoolExecutor
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .cache import CACHE_DIR, ArticleCache, BuildCache, code_version, tree_digest
from .clean import clean, repeated_lines
from .entities import Knowledge, article_links, extract_knowledge, knowledge_pages
from .metadata import extract_metadata
from .model import Article, Outcome, Problem, Source
from .read import discover, read_source
from .render import Renderer, article_pages
from .sanitize import sanitize
from .sections import section_pages
from .slug import slugify, unique_slugs
from .write import WriteResult, write_pages

PARALLEL_FROM = 64  # articles to clean before a process pool pays for itself
WORKERS = min(os.cpu_count() or 1, 8)


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

    @property
    def cache_dir(self) -> Path:
        return self.root / CACHE_DIR

    def fingerprint(self) -> str:
        """Every input of a build: seeds, curated lists, templates and the code itself."""
        return hashlib.sha256(
            f"{code_version()}:{tree_digest(self.seeds_dir, self.curated_dir, self.templates_dir)}".encode()
        ).hexdigest()


@dataclass
class Clock:
    """Seconds spent per stage, for the build summary and the benchmark; `on_stage` is told
    when a stage starts (the CLI shows it as progress on a terminal)."""

    on_stage: Callable[[str], None] = lambda stage: None
    seconds: dict[str, float] = field(default_factory=dict)

    @contextmanager
    def __call__(self, stage: str):
        self.on_stage(stage)
        start = time.perf_counter()
        yield
        self.seconds[stage] = self.seconds.get(stage, 0.0) + time.perf_counter() - start


@dataclass
class BuildResult:
    outcome: Outcome
    articles: list[Article]
    knowledge: Knowledge
    written: WriteResult = field(default_factory=WriteResult)
    seconds: dict[str, float] = field(default_factory=dict)


def pipeline(project: Project, use_cache: bool = True, on_stage: Callable[[str], None] | None = None) -> BuildResult:
    clock, build_cache = Clock(on_stage) if on_stage else Clock(), BuildCache(project.cache_dir)
    cache_dir = project.cache_dir if use_cache else None
    with clock("read"):
        fingerprint = project.fingerprint()
        cached = use_cache and build_cache.get(fingerprint, project.docs_dir)
        if cached:
            return unchanged_build(cached, clock)
        outcome = Outcome()
        sources = read_all(project.seeds_dir, outcome)
    with clock("clean"):
        articles = clean_all(sources, cache_dir, outcome)
    with clock("extract"):
        knowledge = extract_knowledge(articles, project.curated_dir, WORKERS, cache_dir)
        outcome.warnings.extend(knowledge.problems)
    with clock("link"):
        links = article_links(knowledge, articles)
    with clock("render"):
        renderer = Renderer(project.templates_dir)
        entity_pages = knowledge_pages(knowledge, renderer)
        pages = article_pages(articles, renderer, links) + entity_pages
        pages += section_pages(articles, entity_pages, outcome, renderer)
    with clock("write"):
        written = write_pages(project.docs_dir, pages)
        result = BuildResult(outcome, articles, knowledge, written, clock.seconds)
        build_cache.put(fingerprint, {p.path: hashlib.sha256(p.content.encode()).hexdigest() for p in pages}, result)
    return result


def unchanged_build(previous: BuildResult, clock: Clock) -> BuildResult:
    """Nothing changed since the last build and its pages are intact: nothing to write."""
    unchanged = len(previous.written.written) + previous.written.unchanged
    return BuildResult(previous.outcome, previous.articles, previous.knowledge,
                       WriteResult(unchanged=unchanged), clock.seconds)


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


def clean_all(sources: list[Source], cache_dir: Path | None, outcome: Outcome) -> list[Article]:
    """Clean, sanitise and extract metadata for every source: cached ones from the cache, the
    rest in parallel on all cores when there are many. Then duplicates go and slugs are set."""
    repeated = repeated_lines([s.text for s in sources])
    cache = ArticleCache(cache_dir, hashlib.sha256("\n".join(sorted(repeated)).encode()).hexdigest()) if cache_dir else None
    hits = {s.path: a for s in sources if cache and (a := cache.get(s))}
    todo = [s for s in sources if s.path not in hits]
    made = dict(zip((s.path for s in todo), make_articles(todo, repeated)))
    articles = []
    for source in sources:
        article = hits.get(source.path) or made[source.path]
        if isinstance(article, Problem):
            outcome.skipped.append(article)
            continue
        if cache and source.path in made:
            cache.put(article)
        articles.append(article)
    articles = drop_duplicates(articles, outcome)
    assign_slugs(articles)
    return articles


def make_articles(sources: list[Source], repeated: frozenset[str]) -> list[Article | Problem]:
    if WORKERS < 2 or len(sources) < PARALLEL_FROM:
        return [make_article(s, repeated) for s in sources]
    with ProcessPoolExecutor(max_workers=WORKERS) as pool:
        return list(pool.map(make_article, sources, [repeated] * len(sources), chunksize=16))


def make_article(source: Source, repeated: frozenset[str] = frozenset()) -> Article | Problem:
    """Clean and extract one article; a crash here costs this article only, and is reported."""
    try:
        cleaned = clean(source, repeated)
        meta = extract_metadata(source, cleaned)  # before sanitising: a derived title is plain text
        return Article(source=source, meta=meta, cleaned=sanitize(cleaned))
    except Exception:  # noqa: BLE001 - one bad article must not cost the rest of the site
        return Problem(source.path, "crashed while cleaning:\n" + traceback.format_exc())


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
