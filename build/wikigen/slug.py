"""Safe, stable page names: Unicode words kept (Hangul URLs are fine), everything else a dash."""
from __future__ import annotations

import hashlib
import re
import unicodedata

MAX_SLUG = 60
_NOT_WORD = re.compile(r"[^\w]+")


def slugify(text: str, fallback: str = "page") -> str:
    """A file-name-safe slug: letters, digits, '-' only (no '.', '/', '\\', ':' or NUL survives)."""
    text = unicodedata.normalize("NFKC", text or "").lower()
    slug = _NOT_WORD.sub("-", text).replace("_", "-").strip("-")
    slug = re.sub(r"-{2,}", "-", slug)[:MAX_SLUG].strip("-")
    return slug or fallback


def short_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:6]


def unique_slugs(items: dict[str, str]) -> dict[str, str]:
    """{key: wanted slug} -> {key: unique slug}. Colliding slugs all get a suffix hashed from
    their own key, so a page's URL does not depend on which other files exist or their order."""
    seen: dict[str, int] = {}
    for slug in items.values():
        seen[slug] = seen.get(slug, 0) + 1
    return {key: slug if seen[slug] == 1 else f"{slug}-{short_hash(key)}" for key, slug in items.items()}
