"""Korean search support (placeholder until the search work lands): post-process the search
index MkDocs wrote so that parts of compounds and Latin glued to Hangul are found."""
from __future__ import annotations

from pathlib import Path


def enrich_search_index(site_dir: Path) -> None:
    return None
