"""Page file names for entities: Hangul kept, Latin lower-cased, spaces to hyphens, unique."""
from __future__ import annotations

import re
import unicodedata


def page_slug(name: str) -> str:
    text = unicodedata.normalize("NFC", name).strip().lower()
    text = re.sub(r"[\s/·_]+", "-", text)
    text = re.sub(r"[^\w\-.]", "", text).replace(".", "")
    return re.sub(r"-{2,}", "-", text).strip("-") or "x"


def norm(name: str) -> str:
    """Identity of a spelling for merging: spacing, dots and case do not matter ("일론머스크" = "일론 머스크")."""
    return re.sub(r"[\s.·\-’']", "", unicodedata.normalize("NFC", name)).lower()


class Slugger:
    """Hands out unique slugs inside one folder."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def __call__(self, name: str) -> str:
        base = page_slug(name)
        slug, n = base, 2
        while slug in self.used or slug == "index":
            slug, n = f"{base}-{n}", n + 1
        self.used.add(slug)
        return slug


class UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def add(self, x: str) -> None:
        self.parent.setdefault(x, x)

    def find(self, x: str) -> str:
        self.add(x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for x in sorted(self.parent):
            out.setdefault(self.find(x), []).append(x)
        return out
