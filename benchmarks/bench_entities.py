"""Entities benchmark: extraction and linking on the seeds repeated to ~1,000 articles.

    .venv/bin/python benchmarks/bench_entities.py [N]

Each copy gets a distinct slug and a distinct number in its text, so per-article work is
real (the kiwi cache still helps on repeated names, as it does on a real corpus where the
same people recur). Prints articles/s for extraction and for linking, and per 8 KB.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from test_entities_helpers import seed_articles  # noqa: E402
from wikigen.entities import article_links, extract_knowledge, knowledge_pages  # noqa: E402
from wikigen.entities.kiwi import kiwi  # noqa: E402
from wikigen.model import Article, Cleaned  # noqa: E402
from wikigen.render import Renderer  # noqa: E402


def corpus(n: int) -> list[Article]:
    seeds = list(seed_articles())
    out = []
    for i in range(n):
        a = seeds[i % len(seeds)]
        body = f"{a.body}\n\n({i}번째 사본)\n"
        out.append(Article(source=a.source, meta=a.meta, cleaned=Cleaned(body=body), slug=f"{a.slug}-{i}"))
    return out


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    articles = corpus(n)
    size_kb = sum(len(a.body.encode("utf-8")) for a in articles) / 1024
    t0 = time.perf_counter()
    kiwi().tokenize("워밍업")
    t1 = time.perf_counter()
    knowledge = extract_knowledge(articles, ROOT / "curated")
    t2 = time.perf_counter()
    links = article_links(knowledge, articles)
    t3 = time.perf_counter()
    pages = knowledge_pages(knowledge, Renderer(ROOT / "templates"))
    t4 = time.perf_counter()
    extract, link, render = t2 - t1, t3 - t2, t4 - t3
    per8k = size_kb / 8
    print(f"{n} articles, {size_kb:,.0f} KB (avg {size_kb / n:.1f} KB); kiwi load {t1 - t0:.2f} s")
    print(f"extraction: {extract:.2f} s  {n / extract:,.0f} articles/s  ({per8k / extract:,.0f} x 8 KB/s)")
    print(f"linking:    {link:.2f} s  {n / link:,.0f} articles/s  ({per8k / link:,.0f} x 8 KB/s)")
    print(f"together:   {n / (extract + link):,.0f} articles/s  ({per8k / (extract + link):,.0f} x 8 KB/s)")
    print(f"entity pages: {len(pages)} in {render:.2f} s; linked bodies: {len(links)}")


if __name__ == "__main__":
    main()
