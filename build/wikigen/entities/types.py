"""The knowledge the entities stage builds: people, terms, organisations, topics and where
each is mentioned."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Problem
from .sections import Doc


@dataclass(frozen=True)
class Mention:
    key: str  # entity page path without .md ("people/이경일")
    slug: str
    section: int  # index into the article's Doc.sections
    start: int
    end: int
    short: bool = False  # a short form ("이 대표", "스티븐") rather than a full name
    linkable: bool = True  # False in headings and code spans: counted, never linked


@dataclass(frozen=True)
class Backlink:
    """One place an entity is mentioned: an article section and the sentence around it."""

    slug: str
    article_title: str
    date: str
    anchor: str
    section_title: str
    sentence: str

    @property
    def url(self) -> str:
        return f"articles/{self.slug}.md" + (f"#{self.anchor}" if self.anchor else "")


@dataclass
class ArticleRole:
    slug: str
    role: str | None
    affiliation: str | None


@dataclass
class Talk:
    slug: str
    anchor: str
    title: str


@dataclass
class Person:
    key: str
    name: str
    variants: list[str] = field(default_factory=list)  # every spelling matched in text (name included)
    short_forms: list[str] = field(default_factory=list)  # matched only after the full name, per article
    roles: list[ArticleRole] = field(default_factory=list)
    talks: list[Talk] = field(default_factory=list)
    appeared_with: list[str] = field(default_factory=list)  # person keys
    authored: list[str] = field(default_factory=list)  # slugs of articles whose byline names them
    curated: bool = False
    confidence: int = 0

    @property
    def role(self) -> str | None:
        return next((r.role for r in self.roles if r.role), None)

    @property
    def affiliation(self) -> str | None:
        return next((r.affiliation for r in self.roles if r.affiliation), None)


@dataclass
class Definition:
    text: str
    slug: str | None = None  # None: from the curated glossary
    anchor: str = ""


@dataclass
class Term:
    key: str
    name: str
    aliases: list[str] = field(default_factory=list)
    definitions: list[Definition] = field(default_factory=list)
    related: list[str] = field(default_factory=list)  # term keys
    curated: bool = False
    linkable: bool = True

    @property
    def tip(self) -> str:
        return self.definitions[0].text if self.definitions else ""


@dataclass
class Org:
    key: str
    name: str
    aliases: list[str] = field(default_factory=list)
    kind: str | None = None
    curated: bool = False


@dataclass
class TopicSection:
    slug: str
    anchor: str
    section_title: str
    score: int


@dataclass
class Topic:
    key: str
    name: str
    description: str = ""
    terms: list[str] = field(default_factory=list)  # signal term names
    keywords: list[str] = field(default_factory=list)
    sections: list[TopicSection] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)  # slugs


@dataclass
class Candidate:
    """A line for the maintainers' review page."""

    kind: str  # "new person", "new term", "merge", "rejected name", "definition suggestion"
    text: str
    slug: str = ""
    anchor: str = ""


@dataclass
class ArticleInfo:
    slug: str
    title: str
    date: str
    doc: Doc
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Knowledge:
    people: list[Person] = field(default_factory=list)
    terms: list[Term] = field(default_factory=list)
    orgs: list[Org] = field(default_factory=list)
    topics: list[Topic] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    articles: dict[str, ArticleInfo] = field(default_factory=dict)
    backlinks: dict[str, list[Backlink]] = field(default_factory=dict)  # entity key -> places, date order
    candidates: list[Candidate] = field(default_factory=list)
    related: dict[str, list[str]] = field(default_factory=dict)  # slug -> related slugs
    definitions_by_article: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # slug -> (term, sentence)

    def entity(self, key: str) -> Person | Term | Org | Topic | None:
        return self._index().get(key)

    def _index(self) -> dict:
        return {e.key: e for group in (self.people, self.terms, self.orgs, self.topics) for e in group}
