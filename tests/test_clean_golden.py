"""Golden files for the five seeds: cleaned body and metadata, rewritten by tests/refresh_golden.py."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("refresh_golden", HERE / "refresh_golden.py")
refresh_golden = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(refresh_golden)

SOURCES = refresh_golden.seeds()


@pytest.mark.parametrize("source", SOURCES, ids=refresh_golden.stem)
def test_golden_body(source):
    body, _ = refresh_golden.render(source)
    golden = refresh_golden.GOLDEN / f"{refresh_golden.stem(source)}.md"
    assert golden.exists(), "run: .venv/bin/python tests/refresh_golden.py"
    assert body == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("source", SOURCES, ids=refresh_golden.stem)
def test_golden_metadata(source):
    _, meta = refresh_golden.render(source)
    golden = refresh_golden.GOLDEN / f"{refresh_golden.stem(source)}.meta.json"
    assert golden.exists(), "run: .venv/bin/python tests/refresh_golden.py"
    assert meta == golden.read_text(encoding="utf-8")


def test_every_seed_has_a_golden():
    assert {refresh_golden.stem(s) for s in SOURCES} == {
        p.name.removesuffix(".md") for p in refresh_golden.GOLDEN.glob("*.md")
    }
