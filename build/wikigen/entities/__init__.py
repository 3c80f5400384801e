"""Entities stage (interface skeleton written by the pipeline author; the entities engineer
replaces this file with the real extraction)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..model import Article, ArticleLinks, Page, Problem
from ..render import Renderer


@dataclass
class Knowledge:
    problems: list[Problem] = field(default_factory=list)


def extract_knowledge(articles: list[Article], curated_dir: Path) -> Knowledge:
    return Knowledge()


def article_links(knowledge: Knowledge, articles: list[Article]) -> dict[str, ArticleLinks]:
    return {a.slug: ArticleLinks(body=a.body) for a in articles}


def knowledge_pages(knowledge: Knowledge, renderer: Renderer) -> list[Page]:
    return []


def inspect_view(knowledge: Knowledge, slug: str) -> dict:
    return {"people": [], "terms": [], "definitions": [], "topics": []}


def candidates_summary(knowledge: Knowledge) -> str:
    return ""
