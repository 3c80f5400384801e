"""The `wikigen inspect FILE --json` contract that other tools rely on."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from wikigen.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
CONTRACT = {
    "source": str, "title": (str, type(None)), "title_derived": bool, "date": (str, type(None)),
    "publisher": (str, type(None)), "author": (str, type(None)), "source_url": (str, type(None)),
    "tags": list, "body": str, "removed": list, "people": list, "terms": list, "definitions": list,
    "topics": list,
}


def inspect_json(path: Path, capsys, root: Path = ROOT) -> dict:
    """In-process (kiwi loads once per test session); the console script is tested below."""
    assert main(["inspect", str(path), "--json", "--root", str(root)]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_inspect_json_follows_the_contract(seed: Path, capsys):
    data = inspect_json(seed, capsys)
    assert set(data) == set(CONTRACT)
    for key, kind in CONTRACT.items():
        assert isinstance(data[key], kind), key
    assert data["date"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", data["date"])
    assert all(isinstance(r, str) for r in data["removed"])
    assert all(isinstance(t, str) for t in data["tags"] + data["terms"] + data["topics"])
    for person in data["people"]:
        assert set(person) == {"name", "aliases", "role", "affiliation"}
    for definition in data["definitions"]:
        assert set(definition) == {"term", "sentence"}
    assert data["body"].strip()


def test_inspect_works_outside_seeds(tmp_path: Path, capsys):
    article = tmp_path / "밖에 있는 글.md"
    article.write_text("---\ntitle: 바깥 글\ndate: 2024-03-01\n---\n\n본문 첫 문장입니다. 둘째 문장이다.\n", encoding="utf-8")
    data = inspect_json(article, capsys, root=tmp_path)
    assert data["title"] == "바깥 글" and data["date"] == "2024-03-01"
    assert data["title_derived"] is False
    assert "본문 첫 문장입니다." in data["body"]


def test_inspect_reports_an_unreadable_file(tmp_path: Path):
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    run = subprocess.run([sys.executable, "-m", "wikigen", "inspect", str(binary), "--json"],
                         capture_output=True, text=True)
    assert run.returncode == 1
    assert "image.txt" in run.stderr and "not text" in run.stderr


def test_readable_view_marks_removed_fragments(capsys):
    assert main(["inspect", str(ROOT / "seeds" / "002_d5fffd1eb59f2a77.txt")]) == 0
    out = capsys.readouterr().out
    assert "title:" in out
    assert "[-Copyright ⓒ 디지털데일리. 무단전재 및 재배포 금지-]" in out
    assert "removed by " in out


def test_help_explains_every_command():
    run = subprocess.run([sys.executable, "-m", "wikigen", "--help"], capture_output=True, text=True, check=True)
    for command in ("build", "inspect"):
        assert command in run.stdout
