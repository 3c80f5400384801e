"""Clean stage (placeholder until the rule-based cleaner lands)."""
from __future__ import annotations

from .model import Cleaned, Source


def clean(source: Source, repeated: frozenset[str] = frozenset()) -> Cleaned:
    return Cleaned(body=source.text.strip() + "\n")


def repeated_lines(texts: list[str], min_files: int = 3) -> frozenset[str]:
    return frozenset()
