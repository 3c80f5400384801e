"""The same seeds give byte-identical generated Markdown and the same site, wherever and
whenever they are built."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from fixtures.hostile.make_corpus import make_corpus
from fixtures.hostile.support import snapshot
from support import copy_project

# The only time-dependent output is MkDocs' own: sitemap.xml's <lastmod> and the gzip header
# (mtime) of sitemap.xml.gz carry the build *date* (the day, not the time). Both builds pin it
# with SOURCE_DATE_EPOCH (the reproducible-builds convention MkDocs honours), so the test holds
# across midnight; nothing is excluded from the comparison.
BUILD_DATE = "1717200000"  # 2024-06-01


def build(root: Path) -> None:
    env = os.environ | {"SOURCE_DATE_EPOCH": BUILD_DATE}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=root,
                            capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr[-3000:]


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory) -> tuple[Path, Path]:
    """The project (real seeds + the small hostile corpus) built in two different folders;
    the second copy's seeds get new modification times and are listed in reverse creation order."""
    base = tmp_path_factory.mktemp("determinism")
    make_corpus(base / "corpus")
    first = copy_project(base / "one", extra_seeds=base / "corpus")
    second = base / "two-with-a-longer-name"
    copy_project(second, extra_seeds=base / "corpus")
    for i, path in enumerate(sorted((second / "seeds").iterdir(), reverse=True)):
        os.utime(path, (1_000_000 + i, 1_000_000 + i))
    build(first)
    build(second)
    return first, second


def differences(a: dict[str, bytes], b: dict[str, bytes]) -> list[str]:
    return sorted(path for path in set(a) | set(b) if a.get(path) != b.get(path))


def test_generated_markdown_is_byte_identical(two_builds):
    first, second = two_builds
    docs_a, docs_b = snapshot(first / "docs"), snapshot(second / "docs")
    assert len(docs_a) > 30
    assert differences(docs_a, docs_b) == []


def test_site_is_byte_identical(two_builds):
    first, second = two_builds
    site_a, site_b = snapshot(first / "site"), snapshot(second / "site")
    assert "sitemap.xml.gz" in site_a and "search/search_index.json" in site_a
    assert differences(site_a, site_b) == []


def test_rebuilding_in_place_changes_nothing(two_builds):
    first, _ = two_builds
    before = snapshot(first / "docs")
    build(first)
    assert differences(before, snapshot(first / "docs")) == []
