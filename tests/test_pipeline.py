"""The pipeline function end to end on a copy of the project (no MkDocs)."""
from __future__ import annotations

from pathlib import Path

from wikigen.pipeline import Project, pipeline


def test_all_seeds_published_and_pages_written(project: Path):
    result = pipeline(Project(project))
    assert len(result.outcome.published) == 5
    assert not result.outcome.skipped and not result.outcome.duplicates
    for article in result.articles:
        assert (project / "docs" / article.url).is_file()
    for page in ("articles/index.md", "articles/timeline.md", "reports/index.md", "reports/cleaning.md",
                 "_generated/home.md"):
        assert (project / "docs" / page).is_file(), page


def test_second_run_rewrites_nothing(project: Path):
    first = pipeline(Project(project))
    assert first.written.written
    second = pipeline(Project(project))
    assert second.written.written == [] and second.written.deleted == []
    assert second.written.unchanged == len(first.written.written)


def test_removed_seed_loses_its_page(project: Path):
    first = pipeline(Project(project))
    gone = next(a for a in first.articles if a.source.path.startswith("003_"))
    (project / "seeds" / gone.source.path).unlink()
    second = pipeline(Project(project))
    assert gone.url in second.written.deleted
    assert not (project / "docs" / gone.url).exists()
    for page in (project / "docs").rglob("*.md"):
        assert f"/{gone.url}" not in page.read_text(encoding="utf-8"), f"{page} still links to {gone.url}"


def test_hand_written_pages_are_never_touched(project: Path):
    before = {p: p.read_bytes() for p in (project / "docs").rglob("*") if p.is_file()}
    pipeline(Project(project))
    for path, data in before.items():
        assert path.read_bytes() == data, path


def test_same_article_under_two_names_is_published_once(project: Path):
    seed = project / "seeds" / "002_d5fffd1eb59f2a77.txt"
    (project / "seeds" / "copy of 002.txt").write_bytes(seed.read_bytes())
    result = pipeline(Project(project))
    assert len(result.outcome.published) == 5
    assert [p.path for p in result.outcome.duplicates] == ["copy of 002.txt"]


def test_slugs_are_unique_and_safe(project: Path):
    result = pipeline(Project(project))
    slugs = [a.slug for a in result.articles]
    assert len(set(slugs)) == len(slugs)
    assert all(s and "/" not in s and "." not in s for s in slugs)


def test_article_page_shows_metadata_and_source_link(project: Path):
    result = pipeline(Project(project))
    article = next(a for a in result.articles if a.meta.source_url)
    page = (project / "docs" / article.url).read_text(encoding="utf-8")
    assert page.startswith("---\ntitle: ")
    assert f"(<{article.meta.source_url}>)" in page
    assert article.meta.date in page
