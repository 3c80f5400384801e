"""Curated files (schema problems, fallback), determinism, pages, goldens."""
from __future__ import annotations

import tempfile
from pathlib import Path

from test_entities_helpers import ROOT, make_article, seed_articles, seed_knowledge
from wikigen.entities import candidates_summary, extract_knowledge, knowledge_pages
from wikigen.render import Renderer

GOLDEN = ROOT / "tests" / "golden_entities"


def test_curated_typo_and_wrong_type_are_problems_and_build_continues():
    folder = Path(tempfile.mkdtemp())
    (folder / "people.yml").write_text("people:\n  - name: 홍길동\n    alias: [길동]\n  - name: [not, a, string]\n", encoding="utf-8")
    (folder / "glossary.yml").write_text("terms: {term: oops}\n", encoding="utf-8")
    (folder / "orgs.yml").write_text("orgs: [\n", encoding="utf-8")
    k = extract_knowledge([make_article("a", "이경일 솔트룩스 대표는 말했다.")], folder)
    messages = [(p.path, p.message) for p in k.problems]
    assert any(path.endswith("people.yml") and "alias" in msg for path, msg in messages)
    assert any(path.endswith("people.yml") and "people[1].name" in msg for path, msg in messages)
    assert any(path.endswith("glossary.yml") and "terms" in msg for path, msg in messages)
    assert any(path.endswith("orgs.yml") and "YAML" in msg for path, msg in messages)
    assert [p.name for p in k.people] == ["이경일"]  # automatic extraction still ran


def test_deterministic_pages():
    articles = list(seed_articles())
    r = Renderer(ROOT / "templates")
    one = knowledge_pages(extract_knowledge(articles, ROOT / "curated"), r)
    two = knowledge_pages(extract_knowledge(list(reversed(articles)), ROOT / "curated"), r)
    assert [(p.path, p.content) for p in one] == [(p.path, p.content) for p in two]


def test_required_pages_and_summary():
    pages = {p.path for p in knowledge_pages(seed_knowledge(), Renderer(ROOT / "templates"))}
    assert {"people/index.md", "glossary/index.md", "orgs/index.md", "topics/index.md", "reports/review.md"} <= pages
    assert {"people/이경일.md", "glossary/hbm.md", "orgs/sk텔레콤.md"} <= pages
    assert "people" in candidates_summary(seed_knowledge())


def test_backlinks_capped_at_fifty():
    body = "\n\n".join(f"## 절 {i}\n\n이경일 솔트룩스 대표는 {i}번째로 말했다." for i in range(60))
    k = extract_knowledge([make_article("a", body)], ROOT / "curated")
    page = next(p for p in knowledge_pages(k, Renderer(ROOT / "templates")) if p.path == "people/이경일.md")
    assert page.content.count("../articles/a.md#") == 50 and "그 밖에 10곳" in page.content


def test_goldens():
    """Person, term and topic pages from the seeds; refresh with tests/golden_entities/refresh.py."""
    pages = {p.path: p.content for p in knowledge_pages(seed_knowledge(), Renderer(ROOT / "templates"))}
    for golden in sorted(GOLDEN.rglob("*.md")):
        path = golden.relative_to(GOLDEN).as_posix()
        assert pages.get(path) == golden.read_text(encoding="utf-8"), f"{path} differs (run refresh.py if intended)"
