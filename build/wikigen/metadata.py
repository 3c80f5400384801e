"""Metadata stage (placeholder until the extractor lands)."""
from __future__ import annotations

from .model import Cleaned, Metadata, Source


def extract_metadata(source: Source, cleaned: Cleaned) -> Metadata:
    fm = source.front_matter
    return Metadata(title=fm.get("title"), date=fm.get("date"))
