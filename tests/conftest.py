"""Shared fixtures: a throw-away copy of the project to build in."""
from __future__ import annotations

from pathlib import Path

import pytest

from support import copy_project

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
