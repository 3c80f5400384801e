"""Sanitise stage (placeholder until the hostile-input work lands): cleaned body -> safe Markdown."""
from __future__ import annotations

from .model import Cleaned


def sanitize(cleaned: Cleaned) -> Cleaned:
    return cleaned
