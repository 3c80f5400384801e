"""Rewrite the entity goldens from the seeds: `.venv/bin/python tests/golden_entities/refresh.py`."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from test_entities_helpers import ROOT, seed_knowledge  # noqa: E402
from wikigen.entities import knowledge_pages  # noqa: E402
from wikigen.render import Renderer  # noqa: E402

KEEP = ("people/이경일.md", "people/mark-adams.md", "people/이강욱.md", "glossary/hbm.md", "glossary/agi.md",
        "glossary/매개변수.md", "topics/ai-반도체.md", "people/index.md", "glossary/index.md")

if __name__ == "__main__":
    pages = {p.path: p.content for p in knowledge_pages(seed_knowledge(), Renderer(ROOT / "templates"))}
    for old in HERE.rglob("*.md"):
        old.unlink()
    for path in KEEP:
        target = HERE / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(pages[path], encoding="utf-8")
        print("wrote", path)
