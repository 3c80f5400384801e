"""Slugs: safe file names, stable and unique URLs whatever the title."""
from __future__ import annotations

import pytest

from wikigen.slug import MAX_SLUG, RESERVED, slugify, unique_slugs

HOSTILE_TITLES = [
    "../../../etc/passwd", "..\\..\\windows\\system32", "C:\\boot.ini", "a/b/c", "*?<>|\"':",
    "nul\x00byte", "🚀🔥💯", "가" * 300, "x" * 300, ".", "..", "...", "", " ", "-", "_", "CON", "index",
    "<script>alert(1)</script>", "{{ 7*7 }}", "제목: 부제 / 3편", "ﬁ ligature Ａ", "\u202eRTL override",
]


@pytest.mark.parametrize("title", HOSTILE_TITLES)
def test_slug_is_a_safe_file_name(title):
    slug = slugify(title, fallback="article")
    assert slug and len(slug) <= MAX_SLUG
    assert not any(c in slug for c in "/\\:*?\"<>|.\x00 ")
    assert not slug.startswith("-") and not slug.endswith("-")
    assert all(c.isalnum() or c == "-" for c in slug)
    assert len(f"{slug}-abcdef.md".encode("utf-8")) < 255


def test_emoji_only_titles_fall_back():
    assert slugify("🚀🔥", fallback="article") == "article"


def test_colliding_slugs_get_stable_distinct_suffixes():
    slugs = unique_slugs({"a.txt": "gpu-인프라", "b.txt": "gpu-인프라", "c.txt": "other"})
    assert len(set(slugs.values())) == 3 and slugs["c.txt"] == "other"
    alone_with_a_third = unique_slugs({"b.txt": "gpu-인프라", "z.txt": "gpu-인프라", "a.txt": "gpu-인프라"})
    assert alone_with_a_third["a.txt"] == slugs["a.txt"] and alone_with_a_third["b.txt"] == slugs["b.txt"]


@pytest.mark.parametrize("name", sorted(RESERVED))
def test_reserved_names_are_never_used(name):
    assert unique_slugs({"x.txt": name})["x.txt"] != name


def test_second_order_collisions_are_resolved():
    first = unique_slugs({"a": "x", "b": "x"})
    crafted = unique_slugs({"a": "x", "b": "x", "c": first["a"]})
    assert len(set(crafted.values())) == 3
