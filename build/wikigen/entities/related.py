"""Related articles: ranked by the people, organisations and terms they share (rarer = stronger)."""
from __future__ import annotations

import math

from .types import ArticleInfo

WEIGHTS = {"people": 3.0, "orgs": 1.5, "glossary": 1.0}
TOP = 5


def related_articles(infos: dict[str, ArticleInfo]) -> dict[str, list[str]]:
    postings: dict[str, set[str]] = {}
    for slug, info in infos.items():
        for m in info.mentions:
            postings.setdefault(m.key, set()).add(slug)
    n = max(1, len(infos))
    # Entities in most articles say nothing about relatedness; the cap (at most 200 articles a
    # posting) also keeps the pair count linear in the corpus size instead of quadratic.
    limit = max(20, min(n // 5, 200))
    scores: dict[str, dict[str, float]] = {s: {} for s in infos}
    for key, slugs in sorted(postings.items()):
        if len(slugs) < 2 or len(slugs) > limit:
            continue
        weight = WEIGHTS.get(key.split("/")[0], 1.0) * (1.0 + math.log(n / len(slugs)))
        ordered = sorted(slugs)
        for a in ordered:
            for b in ordered:
                if a != b:
                    scores[a][b] = scores[a].get(b, 0.0) + weight
    return {s: [b for b, _ in sorted(sc.items(), key=lambda x: (-round(x[1], 6), x[0]))[:TOP]]
            for s, sc in scores.items()}
