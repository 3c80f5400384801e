"""`wikigen inspect`: what the pipeline makes of one raw article, as JSON or as a readable view."""
from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path

from .entities import extract_knowledge, inspect_view
from .model import Article, Problem
from .pipeline import Project, assign_slugs, make_article
from .read import read_source


@dataclass
class Inspection:
    article: Article
    entities: dict  # people, terms, definitions, topics (the entities stage's inspect view)

    def as_json(self) -> dict:
        meta = self.article.meta
        return {
            "source": self.article.source.path,
            "title": meta.title,
            "title_derived": meta.title_derived,
            "date": meta.date,
            "publisher": meta.publisher,
            "author": meta.author,
            "source_url": meta.source_url,
            "tags": list(meta.tags),
            "body": self.article.body,
            "removed": [r.text for r in self.article.cleaned.removed],
            "people": self.entities.get("people", []),
            "terms": self.entities.get("terms", []),
            "definitions": self.entities.get("definitions", []),
            "topics": self.entities.get("topics", []),
        }


def inspect_file(path: Path, project: Project) -> Inspection | Problem:
    source = read_source(path, str(path))
    if isinstance(source, Problem):
        return source
    article = make_article(source)
    if isinstance(article, Problem):
        return article
    assign_slugs([article])
    knowledge = extract_knowledge([article], project.curated_dir)
    return Inspection(article, inspect_view(knowledge, article.slug))


def readable_view(result: Inspection, color: bool = False) -> str:
    """Metadata, then the original text with what the cleaner removed marked as [-removed-]
    (struck through in red on a terminal), then the rule that removed each fragment."""
    data = result.as_json()
    strike = ("\x1b[9;31m", "\x1b[0m") if color else ("[-", "-]")
    lines = [f"{key:>13}: {data[key]}" for key in ("source", "title", "title_derived", "date",
                                                     "publisher", "author", "source_url", "tags")]
    for key in ("people", "terms", "topics"):
        lines.append(f"{key:>13}: {', '.join(p['name'] if isinstance(p, dict) else p for p in data[key])}")
    lines += ["", "-" * 72, mark_removed(result.article.source.text, result.article.body, strike), "-" * 72, ""]
    lines += [f"removed by {r.rule}: {r.text}" for r in result.article.cleaned.removed]
    return "\n".join(lines)


def mark_removed(original: str, cleaned: str, strike: tuple[str, str]) -> str:
    """The original text with every part missing from the cleaned body wrapped in `strike`:
    a line diff first, then a character diff inside changed lines (phrases cut from a line)."""
    a, b = original.split("\n"), cleaned.split("\n")
    out: list[str] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            out += a[i1:i2]
        elif op == "replace":
            out += _mark_chars("\n".join(a[i1:i2]), "\n".join(b[j1:j2]), strike).split("\n")
        elif op == "delete":
            out += [_struck(line, strike) for line in a[i1:i2]]
    return "\n".join(out)


def _mark_chars(old: str, new: str, strike: tuple[str, str]) -> str:
    out = []
    for op, i1, i2, _, _ in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        chunk = old[i1:i2]
        out.append(chunk if op == "equal" else "\n".join(_struck(part, strike) for part in chunk.split("\n")))
    return "".join(out)


def _struck(text: str, strike: tuple[str, str]) -> str:
    return f"{strike[0]}{text}{strike[1]}" if text.strip() else text
