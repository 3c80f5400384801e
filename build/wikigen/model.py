"""The types that flow between the pipeline stages.

read -> Source, clean -> Cleaned, metadata -> Metadata, the three together -> Article,
entities -> Knowledge, render -> Page, write -> files under docs/.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Problem:
    """Something wrong with one input file, reported to the user and on the report page."""

    path: str
    message: str


@dataclass
class Source:
    """One raw article as read from disk: decoded, normalised text, front matter split off."""

    path: str  # as given (relative to the seeds folder when read from there), POSIX separators
    text: str  # the body after the front matter, NFC, LF line ends
    front_matter: dict
    digest: str  # sha256 of the raw bytes: cache key and duplicate detection
    problems: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Removal:
    """A line or a fragment of a line the cleaner removed, and the rule that removed it."""

    rule: str
    text: str


@dataclass
class Cleaned:
    body: str  # the cleaned article as Markdown
    removed: list[Removal] = field(default_factory=list)


@dataclass
class Metadata:
    title: str | None = None
    title_derived: bool = False
    date: str | None = None  # ISO YYYY-MM-DD, publication date
    publisher: str | None = None
    author: str | None = None
    source_url: str | None = None
    tags: list[str] = field(default_factory=list)


@dataclass
class Article:
    source: Source
    meta: Metadata
    cleaned: Cleaned
    slug: str = ""  # set once the whole corpus is known (slugs must be unique)

    @property
    def body(self) -> str:
        return self.cleaned.body

    @property
    def url(self) -> str:
        """Path of the article page inside docs/."""
        return f"articles/{self.slug}.md"


@dataclass(frozen=True)
class Page:
    """A generated Markdown file, path relative to docs/."""

    path: str
    content: str


@dataclass
class Outcome:
    """What became of every input file: published, skipped with a reason, or a duplicate."""

    published: list[str] = field(default_factory=list)
    skipped: list[Problem] = field(default_factory=list)
    duplicates: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{len(self.published)} published, {len(self.skipped)} skipped, "
            f"{len(self.duplicates)} duplicates, {len(self.warnings)} warnings"
        )


@dataclass(frozen=True)
class Ref:
    """A link to a generated page: `url` is relative to docs/ (every generated page sits one
    folder deep, so a page links to another as `../{url}`)."""

    name: str
    url: str
    tip: str = ""  # tooltip: a person's role, a term's definition


@dataclass
class ArticleLinks:
    """What the knowledge stage adds to one article page."""

    body: str  # the cleaned body with mentions linked
    people: list[Ref] = field(default_factory=list)
    terms: list[Ref] = field(default_factory=list)
    orgs: list[Ref] = field(default_factory=list)
    topics: list[Ref] = field(default_factory=list)
    related: list[Ref] = field(default_factory=list)
