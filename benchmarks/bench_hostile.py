"""Timings of read + clean + sanitize on the size fixtures: a 5 MB article, a single 1 MB line,
100,000 short lines. Quadratic behaviour shows as a jump between the half-size and full-size run
(time ratio ~2 is linear, ~4 quadratic).

    .venv/bin/python benchmarks/bench_hostile.py
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from fixtures.hostile.make_corpus import big  # noqa: E402
from wikigen.clean import clean  # noqa: E402
from wikigen.model import Source  # noqa: E402
from wikigen.read import read_source  # noqa: E402
from wikigen.sanitize import sanitize  # noqa: E402


def timed(fn, *args):
    start = time.perf_counter()
    result = fn(*args)
    return result, time.perf_counter() - start


def run(folder: Path, name: str, data: bytes) -> tuple[tuple[float, float, float], int]:
    """Seconds for read, clean, sanitize, and the size of the cleaned body in characters."""
    path = folder / name
    path.write_bytes(data)
    source, t_read = timed(read_source, path, name)
    assert isinstance(source, Source), source
    cleaned, t_clean = timed(clean, source)
    _, t_sanitize = timed(sanitize, cleaned)
    return (t_read, t_clean, t_sanitize), len(cleaned.body)


def half(data: bytes) -> bytes:
    """The first half of the fixture, cut at a line end (or a space for the one-line file)."""
    cut = data.rfind(b"\n", 0, len(data) // 2)
    if cut <= 0:
        cut = data.rfind(b" ", 0, len(data) // 2)
    return data[:cut] + b"\n"


def main() -> None:
    print(f"{'fixture':<28} {'size':>9} {'cleaned':>10} {'read':>7} {'clean':>7} {'sanitize':>8} {'total':>7} "
          f"{'x half':>6}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name, data in big().items():
            small = sum(run(folder, "half-" + name, half(data))[0])
            times, cleaned = run(folder, name, data)
            total = sum(times)
            print(f"{name:<28} {len(data) / 1e6:>7.2f}MB {cleaned:>10,} {times[0]:>6.2f}s {times[1]:>6.2f}s "
                  f"{times[2]:>7.2f}s {total:>6.2f}s {total / max(small, 1e-9):>5.1f}x")


if __name__ == "__main__":
    main()
