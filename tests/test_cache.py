"""Incremental builds change exactly the pages they should, and give the same pages as a cold build."""
from __future__ import annotations

import shutil
from pathlib import Path

from wikigen.cache import CACHE_DIR
from wikigen.pipeline import Project, pipeline
from wikigen.write import GENERATED_DIRS


def docs_snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root / "docs").as_posix(): p.read_bytes()
            for p in (root / "docs").rglob("*.md")}


def test_cached_build_equals_cold_build(project: Path, tmp_path: Path):
    pipeline(Project(project))
    seed = project / "seeds" / "004_f07bfc3ce272f53a.txt"
    seed.write_text(seed.read_text(encoding="utf-8") + "\n추가된 문장이다.\n", encoding="utf-8")
    pipeline(Project(project))  # incremental: four articles from the cache
    incremental = docs_snapshot(project)

    shutil.rmtree(project / CACHE_DIR)
    for folder in GENERATED_DIRS:
        shutil.rmtree(project / "docs" / folder, ignore_errors=True)
    pipeline(Project(project), use_cache=False)
    assert docs_snapshot(project) == incremental


def test_edited_article_rewrites_its_page_not_the_other_articles(project: Path):
    first = pipeline(Project(project))
    edited = next(a for a in first.articles if a.source.path.startswith("003_"))
    seed = project / "seeds" / edited.source.path
    seed.write_text(seed.read_text(encoding="utf-8") + "\n편집자가 덧붙인 문장이다.\n", encoding="utf-8")
    second = pipeline(Project(project))
    written = set(second.written.written)
    assert edited.url in written
    others = {a.url for a in first.articles} - {edited.url}
    assert not written & others, f"unchanged articles rewritten: {written & others}"


def test_template_edit_rewrites_only_pages_of_that_template(project: Path):
    first = pipeline(Project(project))
    template = project / "templates" / "timeline.md.j2"
    template.write_text(template.read_text(encoding="utf-8") + "\n<!-- 바뀐 템플릿 -->\n", encoding="utf-8")
    second = pipeline(Project(project))
    assert second.written.written == ["articles/timeline.md"]
    assert {a.url for a in first.articles}.isdisjoint(second.written.written)


def test_curated_edit_invalidates_the_build(project: Path):
    pipeline(Project(project))
    curated = project / "curated"
    curated.mkdir(exist_ok=True)
    (curated / "extra-note.yml").write_text("# 메모\n", encoding="utf-8")
    second = pipeline(Project(project))
    assert second.seconds.get("clean") is not None, "a curated change must run the pipeline, not the fast path"


def test_unreadable_cache_entry_is_a_miss(project: Path):
    pipeline(Project(project))
    for entry in (project / CACHE_DIR).rglob("*.pickle"):
        entry.write_bytes(b"not a pickle")
    for page in (project / "docs" / "articles").glob("*.md"):
        page.unlink()
    result = pipeline(Project(project))
    assert len(result.outcome.published) == 5
    assert all((project / "docs" / a.url).is_file() for a in result.articles)


def test_nothing_changed_takes_the_fast_path(project: Path):
    pipeline(Project(project))
    second = pipeline(Project(project))
    assert set(second.seconds) == {"read"}
    assert second.written.written == []


def test_deleted_page_is_restored_even_when_inputs_are_unchanged(project: Path):
    first = pipeline(Project(project))
    page = project / "docs" / first.articles[0].url
    page.unlink()
    pipeline(Project(project))
    assert page.is_file()


def test_parallel_analysis_gives_the_same_knowledge(project: Path, monkeypatch):
    """Workers (kiwi loaded once in each) must give exactly what one process gives."""
    import wikigen.entities
    from wikigen.entities import extract_knowledge, knowledge_pages
    from wikigen.render import Renderer

    monkeypatch.setattr(wikigen.entities, "PARALLEL_FROM", 2)
    articles = pipeline(Project(project)).articles
    renderer = Renderer(project / "templates")
    serial = knowledge_pages(extract_knowledge(articles, project / "curated", workers=1), renderer)
    parallel = knowledge_pages(extract_knowledge(articles, project / "curated", workers=2), renderer)
    assert parallel == serial


def test_analysis_cache_gives_the_same_knowledge(project: Path):
    from wikigen.entities import extract_knowledge, knowledge_pages
    from wikigen.render import Renderer

    articles = pipeline(Project(project)).articles
    renderer = Renderer(project / "templates")
    fresh = knowledge_pages(extract_knowledge(articles, project / "curated"), renderer)
    cached = knowledge_pages(extract_knowledge(articles, project / "curated", cache_dir=project / CACHE_DIR), renderer)
    assert cached == fresh
    assert list((project / CACHE_DIR / "analyses").rglob("*.pickle")), "analyses were not cached"
