"""Shared fixtures: a throw-away copy of the project to build in."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HAND_WRITTEN = ("mkdocs.yml", "templates", "curated", "seeds")


def copy_project(target: Path, seeds: Path | None = None) -> Path:
    """Copy what a build needs (config, templates, curated lists, hand-written docs, seeds)."""
    target.mkdir(parents=True, exist_ok=True)
    for name in HAND_WRITTEN:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name)
        elif source.is_file():
            shutil.copy2(source, target / name)
    shutil.copytree(ROOT / "docs", target / "docs",
                    ignore=lambda folder, names: [n for n in names if Path(folder) == ROOT / "docs" and n in GENERATED])
    if seeds is not None:
        shutil.rmtree(target / "seeds")
        shutil.copytree(seeds, target / "seeds")
    return target


GENERATED = {"articles", "people", "glossary", "orgs", "topics", "reports", "_generated"}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A fresh copy of the project with the five sample seeds."""
    return copy_project(tmp_path / "project")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The seeds project built once with `mkdocs build --strict` (pipeline included)."""
    import subprocess
    import sys

    root = copy_project(tmp_path_factory.mktemp("site") / "project")
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q"], cwd=root, check=True)
    return root
