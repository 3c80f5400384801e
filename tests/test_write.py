"""write_pages(): only inside the generated folders of docs/, atomic, only what changed."""
from __future__ import annotations

import os
import stat

import pytest

from wikigen import write
from wikigen.model import Page
from wikigen.write import UnsafePath, target_path, write_pages


@pytest.mark.parametrize("path", [
    "../outside.md", "articles/../../outside.md", "/etc/passwd", "articles/\x00.md", "index.md",
    "assets/x.md", "", "articles", "articles/../index.md", "..", "articles/sub/../../../x.md",
])
def test_unsafe_page_paths_are_refused(tmp_path, path):
    with pytest.raises(UnsafePath):
        target_path(tmp_path / "docs", path)


def test_a_symlink_out_of_docs_is_refused(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "articles").symlink_to(outside)
    with pytest.raises(UnsafePath):
        write_pages(tmp_path / "docs", [Page("articles/a.md", "x")])
    assert list(outside.iterdir()) == []


def test_nothing_is_written_when_one_page_is_unsafe(tmp_path):
    docs = tmp_path / "docs"
    with pytest.raises(UnsafePath):
        write_pages(docs, [Page("articles/ok.md", "ok"), Page("../evil.md", "x")])
    assert not (docs / "articles" / "ok.md").exists() and not (tmp_path / "evil.md").exists()


def test_two_pages_with_one_path_are_refused(tmp_path):
    with pytest.raises(UnsafePath, match="same path"):
        write_pages(tmp_path / "docs", [Page("articles/a.md", "1"), Page("articles/a.md", "2")])


def test_only_changed_pages_are_written_and_stale_ones_deleted(tmp_path):
    docs = tmp_path / "docs"
    first = write_pages(docs, [Page("articles/a.md", "A"), Page("articles/b.md", "B")])
    assert sorted(first.written) == ["articles/a.md", "articles/b.md"]
    (docs / "index.md").write_text("hand-written", encoding="utf-8")
    second = write_pages(docs, [Page("articles/a.md", "A2")])
    assert second.written == ["articles/a.md"] and second.deleted == ["articles/b.md"]
    assert (docs / "index.md").read_text(encoding="utf-8") == "hand-written"
    third = write_pages(docs, [Page("articles/a.md", "A2")])
    assert third.written == [] and third.unchanged == 1


def test_an_interrupted_write_leaves_the_old_page_whole(tmp_path, monkeypatch):
    docs = tmp_path / "docs"
    write_pages(docs, [Page("articles/a.md", "old " * 1000)])

    def crash(src, dst):
        raise KeyboardInterrupt  # the build killed between writing and renaming

    monkeypatch.setattr(write.os, "replace", crash)
    with pytest.raises(KeyboardInterrupt):
        write_pages(docs, [Page("articles/a.md", "new " * 1000)])
    assert (docs / "articles" / "a.md").read_text(encoding="utf-8") == "old " * 1000
    assert [p.name for p in (docs / "articles").iterdir()] == ["a.md"]  # no temp file left


def test_a_leftover_temp_file_is_deleted_by_the_next_build(tmp_path):
    docs = tmp_path / "docs"
    (docs / "articles").mkdir(parents=True)
    (docs / "articles" / ".tmp-abc.md").write_text("half", encoding="utf-8")
    result = write_pages(docs, [Page("articles/a.md", "A")])
    assert result.deleted == ["articles/.tmp-abc.md"]


def test_pages_are_ordinary_readable_files(tmp_path):
    write_pages(tmp_path / "docs", [Page("articles/a.md", "A")])
    mode = stat.S_IMODE(os.stat(tmp_path / "docs" / "articles" / "a.md").st_mode)
    assert mode == 0o644
