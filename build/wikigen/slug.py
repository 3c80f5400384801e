"""Safe, stable page names: Unicode words kept (Hangul URLs are fine), everything else a dash."""
from __future__ import annotations

import hashlib
import re
import unicodedata

MAX_SLUG = 60
_NOT_WORD = re.compile(r"[^\w]+")
# Names a slug must not take: section index pages and fixed pages of a section, and names
# Windows refuses as file names (a clone of the built docs/ must work there too).
RESERVED = frozenset({"index", "timeline", "con", "prn", "aux", "nul"}
                     | {f"{name}{i}" for name in ("com", "lpt") for i in range(10)})


def slugify(text: str, fallback: str = "page") -> str:
    """A file-name-safe slug: letters, digits, '-' only (no '.', '/', '\\', ':' or NUL survives)."""
    text = unicodedata.normalize("NFKC", text or "").lower()
    slug = _NOT_WORD.sub("-", text).replace("_", "-").strip("-")
    slug = re.sub(r"-{2,}", "-", slug)[:MAX_SLUG].strip("-")
    return slug or fallback


def short_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:6]


def unique_slugs(items: dict[str, str], reserved: frozenset[str] = RESERVED) -> dict[str, str]:
    """{key: wanted slug} -> {key: unique slug}. Colliding slugs (and reserved names) all get a
    suffix hashed from their own key, so a page's URL does not depend on which other files exist
    or their order. A suffixed slug that still collides gets a longer hash."""
    seen: dict[str, int] = {}
    for slug in items.values():
        seen[slug] = seen.get(slug, 0) + 1
    result = {}
    for key, slug in items.items():
        if seen[slug] > 1 or slug in reserved:
            slug = f"{slug}-{short_hash(key)}"
        result[key] = slug
    return _settle(result)


def _settle(slugs: dict[str, str]) -> dict[str, str]:
    """Make the rare second-order collisions (a title that already ends in "-abc123") unique."""
    taken: dict[str, int] = {}
    for slug in slugs.values():
        taken[slug] = taken.get(slug, 0) + 1
    return {key: slug if taken[slug] == 1 else f"{slug}-{hashlib.sha1(key.encode()).hexdigest()[:12]}"
            for key, slug in slugs.items()}
