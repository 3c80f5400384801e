"""Layout fixtures: one invented article per site family, each with its expectations.

tests/fixtures/layouts/<quirk>.txt is the scraped text, <quirk>.expect.yaml says
which body sentences must survive (in order), which boilerplate strings must be
gone, which strings must occur exactly once (summaries that duplicate the lead),
whether the text must pass through unchanged, and the metadata.
"""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import yaml

from wikigen.clean import clean, normalise
from wikigen.metadata import extract_metadata
from wikigen.model import Source
from wikigen.read import read_source

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"
FIXTURES = sorted(LAYOUTS.glob("*.txt"))


def load(path: Path) -> tuple[Source, dict]:
    source = read_source(path, path.name)
    assert isinstance(source, Source), source
    expect = yaml.safe_load(path.with_suffix(".expect.yaml").read_text(encoding="utf-8"))
    return source, expect


def test_every_fixture_has_expectations():
    assert len(FIXTURES) >= 10
    for path in FIXTURES:
        assert path.with_suffix(".expect.yaml").exists(), path.name


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_body_keeps_sentences_in_order(path: Path):
    source, expect = load(path)
    body = clean(source).body
    position = 0
    for sentence in expect.get("keep") or []:
        found = body.find(sentence, position)
        assert found >= 0, f"lost or out of order: {sentence!r}\n---\n{body}"
        position = found + len(sentence)


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_boilerplate_is_gone(path: Path):
    source, expect = load(path)
    body = clean(source).body
    left = [s for s in expect.get("gone") or [] if s in body]
    assert not left, f"boilerplate left: {left}\n---\n{body}"
    for s in expect.get("once") or []:
        assert body.count(s) == 1, f"{s!r} occurs {body.count(s)} times\n---\n{body}"


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_metadata(path: Path):
    source, expect = load(path)
    meta = dataclasses.asdict(extract_metadata(source, clean(source)))
    assert meta == expect["meta"]


@pytest.mark.parametrize("path", [p for p in FIXTURES if load(p)[1].get("unchanged")], ids=lambda p: p.stem)
def test_chrome_free_text_passes_unchanged(path: Path):
    source, _ = load(path)
    assert clean(source).body == normalise(source.text).strip("\n") + "\n"
    assert clean(source).removed == []


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_removals_are_named_and_in_document_order(path: Path):
    source, _ = load(path)
    cleaned = clean(source)
    text = normalise(source.text)
    position = 0
    for removal in cleaned.removed:
        assert removal.rule and removal.text
        found = text.find(removal.text, position)
        assert found >= 0, f"{removal} not found after position {position}"
        position = found
