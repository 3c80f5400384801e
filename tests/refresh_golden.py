"""Rewrite tests/golden/ from the seeds: the cleaned body and the metadata of each seed.

    .venv/bin/python tests/refresh_golden.py      (what `make golden` runs)

Read every golden file you changed before committing it: it must hold every body
sentence of its seed and none of the boilerplate.
"""
from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOLDEN = Path(__file__).resolve().parent / "golden"

if str(ROOT / "build") not in sys.path:
    sys.path.insert(0, str(ROOT / "build"))

from wikigen.clean import clean  # noqa: E402
from wikigen.metadata import extract_metadata  # noqa: E402
from wikigen.model import Source  # noqa: E402
from wikigen.read import discover, read_source  # noqa: E402


def seeds() -> list[Source]:
    sources = []
    for path in discover(SEEDS):
        source = read_source(path, path.relative_to(SEEDS).as_posix())
        if isinstance(source, Source):
            sources.append(source)
    return sources


def render(source: Source) -> tuple[str, str]:
    """(cleaned body, metadata as JSON) exactly as the golden files hold them."""
    cleaned = clean(source)
    meta = dataclasses.asdict(extract_metadata(source, cleaned))
    return cleaned.body, json.dumps(meta, ensure_ascii=False, indent=2) + "\n"


def stem(source: Source) -> str:
    return Path(source.path).stem


def main() -> int:
    GOLDEN.mkdir(exist_ok=True)
    for source in seeds():
        body, meta = render(source)
        for suffix, content in ((".md", body), (".meta.json", meta)):
            target = GOLDEN / f"{stem(source)}{suffix}"
            old = target.read_text(encoding="utf-8") if target.exists() else None
            if old != content:
                target.write_text(content, encoding="utf-8")
                print(f"{'updated' if old is not None else 'created'} {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
