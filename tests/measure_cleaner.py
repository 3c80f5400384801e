"""Measure the cleaner (not a test): how much boilerplate goes, how much body stays, how
often the metadata is right, and how fast clean + metadata run.

    .venv/bin/python tests/measure_cleaner.py

Quality is measured on the layout fixtures (tests/fixtures/layouts, each with its
expectations) plus the five seeds' expected metadata; speed on the seeds repeated
to 1,000 articles, on one core.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "build") not in sys.path:
    sys.path.insert(0, str(ROOT / "build"))

from wikigen.clean import clean  # noqa: E402
from wikigen.metadata import extract_metadata  # noqa: E402
from wikigen.model import Source  # noqa: E402
from wikigen.read import discover, read_source  # noqa: E402

LAYOUTS = Path(__file__).resolve().parent / "fixtures" / "layouts"
FIELDS = ("title", "publisher", "author", "date")
#: what the seeds' metadata should be (title only where the seed prints a headline)
SEED_EXPECT = {
    "000_61e5b9aee8ebd41c": {"title": "[컨퍼][CIO] 스스로 탐구하는 AGI와 GPU 인프라 이야기", "date": "2024-02-27",
                             "publisher": None, "author": None},
    "001_a6c6d7d35286b22b": {"title": "[정리] SK AI SUMMIT 키노트 정리 - Day1 오후", "date": "2024-11-09",
                             "publisher": "velog", "author": "euisuk-chung"},
    "002_d5fffd1eb59f2a77": {"date": None, "publisher": "디지털데일리", "author": "이건한"},
    "003_aa8761af74b82dc6": {"title": "디지털 전환 핵심 ‘초거대 AI’, 정부와 기업이 그리는 청사진은", "date": "2022-01-19",
                             "publisher": "시사위크", "author": "박설민"},
    "004_f07bfc3ce272f53a": {"title": "빅테크들 ‘빅 AI’ 전쟁", "date": "2024-05-13",
                             "publisher": "지비산업정보원", "author": None},
}


def _load(path: Path) -> Source:
    source = read_source(path, path.name)
    if not isinstance(source, Source):
        raise SystemExit(f"cannot read {path}: {source}")
    return source


def _kept_in_order(body: str, sentences: list[str]) -> int:
    position, kept = 0, 0
    for sentence in sentences:
        found = body.find(sentence, position)
        if found >= 0:
            kept, position = kept + 1, found + len(sentence)
    return kept


def quality() -> None:
    gone_total = gone_ok = keep_total = keep_ok = 0
    right = {field: [0, 0] for field in FIELDS}
    misses: list[str] = []
    cases: list[tuple[str, Source, dict]] = []
    for path in sorted(LAYOUTS.glob("*.txt")):
        expect = yaml.safe_load(path.with_suffix(".expect.yaml").read_text(encoding="utf-8"))
        cases.append((path.stem, _load(path), expect))
    for path in discover(ROOT / "seeds"):
        if path.stem in SEED_EXPECT:
            cases.append((path.stem, _load(path), {"meta": SEED_EXPECT[path.stem]}))
    for name, source, expect in cases:
        cleaned = clean(source)
        meta = extract_metadata(source, cleaned)
        gone = expect.get("gone") or []
        keep = expect.get("keep") or []
        gone_total += len(gone)
        gone_ok += sum(1 for s in gone if s not in cleaned.body)
        keep_total += len(keep)
        keep_ok += _kept_in_order(cleaned.body, keep)
        misses += [f"  {name}: left {s!r}" for s in gone if s in cleaned.body]
        for field in FIELDS:
            if field in expect["meta"]:
                right[field][1] += 1
                if getattr(meta, field) == expect["meta"][field]:
                    right[field][0] += 1
                else:
                    misses.append(f"  {name}: {field} {getattr(meta, field)!r} != {expect['meta'][field]!r}")
    print(f"articles measured:        {len(cases)} ({len(cases) - len(SEED_EXPECT)} layout fixtures + seeds)")
    print(f"boilerplate removed:      {gone_ok}/{gone_total} = {100 * gone_ok / max(1, gone_total):.1f}%")
    print(f"body sentences kept:      {keep_ok}/{keep_total} = {100 * keep_ok / max(1, keep_total):.1f}%")
    for field, (ok, total) in right.items():
        print(f"{field + ' accuracy:':<26}{ok}/{total} = {100 * ok / max(1, total):.1f}%")
    if misses:
        print("misses:")
        print("\n".join(misses))


def speed(n: int = 1000) -> None:
    sources = [_load(path) for path in discover(ROOT / "seeds")]
    batch = [sources[i % len(sources)] for i in range(n)]
    size = sum(len(s.text.encode("utf-8")) for s in batch) / n / 1024
    chars = sum(len(s.text) for s in batch) / n
    clean(batch[0])  # compile the rules outside the timing
    wall, cpu = time.perf_counter(), time.process_time()
    for source in batch:
        extract_metadata(source, clean(source))
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"speed (clean+metadata):   {n / cpu:.0f} articles/s of CPU time ({n / wall:.0f}/s wall clock) "
          f"over {n} articles: the seeds repeated, mean {chars / 1000:.1f}k characters = {size:.1f} KB UTF-8")
    print(f"                          = {n * chars / 1000 / cpu / 8:.0f} articles/s of 8k characters")


if __name__ == "__main__":
    quality()
    speed()
