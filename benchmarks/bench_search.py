"""Search-index size: Material's own index against the enriched one, for the same site.

    .venv/bin/python benchmarks/bench_search.py              # the sample seeds
    .venv/bin/python benchmarks/bench_search.py --count 300  # a synthetic corpus (corpus.py)

Builds a copy of the project twice with `mkdocs build`, once with WIKIGEN_SEARCH_ENRICH=0 (the
file exactly as Material writes it) and once enriched (build/wikigen/search.py), and prints the
sizes of search/search_index.json on disk and gzipped, with the ratio. Material escapes every
Hangul syllable as \\uXXXX (6 bytes) while the enriched file is written as UTF-8 (3 bytes), so the
table also shows Material's index re-encoded as UTF-8, the like-for-like measure of what the
extra tokens cost. Asserts nothing.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LIMIT = 1.5
sys.path.insert(0, str(HERE))

from bench import copy_skeleton  # noqa: E402
from corpus import generate  # noqa: E402


@dataclass(frozen=True)
class Sizes:
    label: str
    raw: int
    gzipped: int


def copy_project(target: Path, seeds: Path) -> Path:
    shutil.copytree(seeds, copy_skeleton(target) / "seeds")
    return target


def build(project: Path, enrich: bool) -> bytes:
    env = os.environ | {"WIKIGEN_SEARCH_ENRICH": "1" if enrich else "0"}
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q"], cwd=project, env=env,
                          capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"mkdocs build failed in {project}:\n{done.stderr}")
    return (project / "site" / "search" / "search_index.json").read_bytes()


def sizes(label: str, data: bytes) -> Sizes:
    return Sizes(label, len(data), len(gzip.compress(data, compresslevel=6)))


def utf8(data: bytes) -> bytes:
    return json.dumps(json.loads(data), ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def report(default: bytes, enriched: bytes) -> list[Sizes]:
    rows = [sizes("Material (as written)", default), sizes("Material (UTF-8)", utf8(default)),
            sizes("enriched", enriched)]
    base, like, ours = rows
    print(f"{'index':<24}{'bytes':>12}{'gzip':>10}")
    for row in rows:
        print(f"{row.label:<24}{row.raw:>12,}{row.gzipped:>10,}")
    print(f"enriched / Material as written: {ours.raw / base.raw:.2f}x bytes, {ours.gzipped / base.gzipped:.2f}x gzip")
    print(f"enriched / Material in UTF-8:   {ours.raw / like.raw:.2f}x bytes, {ours.gzipped / like.gzipped:.2f}x gzip")
    verdict = "within" if ours.raw <= LIMIT * base.raw and ours.raw <= LIMIT * like.raw else "OVER"
    print(f"{verdict} the {LIMIT}x budget")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=0, help="synthetic articles instead of the sample seeds")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="wikigen-bench-search-") as tmp:
        tmp = Path(tmp)
        seeds = ROOT / "seeds"
        if args.count:
            seeds = tmp / "seeds"
            generate(seeds, args.count, seed=args.seed)
        print(f"corpus: {len(list(seeds.glob('*.txt')))} articles ({'synthetic' if args.count else 'sample seeds'})")
        default = build(copy_project(tmp / "default", seeds), enrich=False)
        enriched = build(copy_project(tmp / "enriched", seeds), enrich=True)
        report(default, enriched)


if __name__ == "__main__":
    main()
