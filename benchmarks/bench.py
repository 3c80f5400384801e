"""Build-performance benchmark: prints a table of figures, asserts nothing.

    .venv/bin/python benchmarks/bench.py            # N = 100 and 1,000
    .venv/bin/python benchmarks/bench.py --large    # also N = 10,000
    .venv/bin/python benchmarks/bench.py --sizes 200 --seed 7

For each N it generates a synthetic corpus (benchmarks/corpus.py: the seeds' paragraphs, names
and terms recombined into ~8 KB articles wrapped in varied site chrome), then measures in fresh
processes: the pipeline cold (per-stage seconds, articles/s, peak memory), the pipeline with
nothing changed, the pipeline after one article was edited, the full `mkdocs build` from a cold
start (what `make site` does), and the same MkDocs build on the cleaned articles alone, without
the wiki's people/term/organisation/topic pages or its plugin, to show what the wiki costs.
"""
from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from corpus import generate  # noqa: E402
from wikigen.write import GENERATED_DIRS  # noqa: E402

PLAIN_MKDOCS = """site_name: plain
theme:
  name: material
  language: ko
plugins:
  - search
markdown_extensions:
  - attr_list
  - md_in_html
  - tables
  - toc:
      permalink: true
nav:
  - index.md
"""


def copy_skeleton(target: Path) -> Path:
    """What a build needs besides seeds: config, templates, curated lists, hand-written docs."""
    target.mkdir(parents=True)
    for name in ("mkdocs.yml", "templates", "curated"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name)
        elif source.is_file():
            shutil.copy2(source, target / name)
    shutil.copytree(ROOT / "docs", target / "docs", ignore=lambda folder, names: (
        [n for n in names if n in GENERATED_DIRS] if Path(folder) == ROOT / "docs" else []))
    return target


def make_project(target: Path, count: int, seed: int) -> Path:
    generate(copy_skeleton(target) / "seeds", count, seed)
    return target


def child(root: Path, use_cache: bool) -> None:
    """Run the pipeline once in this process and print what it measured as JSON."""
    from wikigen.pipeline import Project, pipeline

    start = time.perf_counter()
    result = pipeline(Project(root), use_cache=use_cache)
    total = time.perf_counter() - start
    print(json.dumps({
        "total": total,
        "stages": result.seconds,
        "articles": len(result.articles),
        "written": len(result.written.written),
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }))


def clean_one_core(root: Path) -> float:
    """Articles per second for clean + sanitise + metadata in this one (fresh) process, as the
    pipeline's worker processes run them. (Measured after a pipeline run in the same process,
    as it was until this figure got a process of its own, it comes out lower: the garbage
    collector then walks the big heap the entity stages leave.)"""
    from wikigen.model import Outcome
    from wikigen.pipeline import make_article, read_all

    sources = read_all(root / "seeds", Outcome())
    start = time.perf_counter()
    for source in sources:
        make_article(source)
    return len(sources) / (time.perf_counter() - start)


def run_clean_child(root: Path) -> float:
    args = [sys.executable, __file__, "--clean-child", str(root)]
    return float(subprocess.run(args, capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1])


def run_child(root: Path, use_cache: bool = True) -> dict:
    args = [sys.executable, __file__, "--child", str(root)] + ([] if use_cache else ["--no-cache"])
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def timed_mkdocs(root: Path) -> tuple[float, float]:
    """Seconds and peak MB of `mkdocs build` in `root` (the plugin runs the pipeline first)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q"], cwd=root, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seconds = time.perf_counter() - start
    return seconds, max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024


def size_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def plain_project(root: Path, target: Path) -> Path:
    """The cleaned articles alone, as a plain MkDocs + Material site with search."""
    from wikigen.pipeline import Project, pipeline

    docs = target / "docs"
    (docs / "articles").mkdir(parents=True)
    (target / "mkdocs.yml").write_text(PLAIN_MKDOCS, encoding="utf-8")
    (docs / "index.md").write_text("# plain\n", encoding="utf-8")
    for article in pipeline(Project(root)).articles:
        (docs / "articles" / f"{article.slug}.md").write_text(
            f"# {article.meta.title}\n\n{article.body}", encoding="utf-8")
    return target


def measure(count: int, seed: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="wikigen-bench-") as tmp:
        root = make_project(Path(tmp) / "wiki", count, seed)
        cold = run_child(root, use_cache=False)
        cold["clean_one_core"] = run_clean_child(root)
        shutil.rmtree(root / ".wikigen-cache", ignore_errors=True)
        cold_cached = run_child(root)          # cold, fills the cache
        unchanged = run_child(root)            # nothing changed
        edited = sorted((root / "seeds").iterdir())[count // 2]
        edited.write_text(edited.read_text(encoding="utf-8") + "\n\n편집자가 덧붙인 문장이다.\n", encoding="utf-8")
        one_edit = run_child(root)             # one article edited, the rest from the cache
        for folder in GENERATED_DIRS:
            shutil.rmtree(root / "docs" / folder, ignore_errors=True)
        shutil.rmtree(root / ".wikigen-cache", ignore_errors=True)
        site_seconds, site_peak = timed_mkdocs(root)
        plain = plain_project(root, Path(tmp) / "plain")
        plain_seconds, _ = timed_mkdocs(plain)
        return {
            "n": count, "cold": cold, "cold_cached": cold_cached, "unchanged": unchanged, "one_edit": one_edit,
            "site_s": site_seconds, "site_peak_mb": site_peak, "site_mb": size_mb(root / "site"),
            "index_mb": (root / "site" / "search" / "search_index.json").stat().st_size / 1e6,
            "pages": sum(1 for _ in (root / "site").rglob("index.html")),
            "plain_s": plain_seconds, "plain_site_mb": size_mb(plain / "site"),
            "plain_index_mb": (plain / "site" / "search" / "search_index.json").stat().st_size / 1e6,
        }


def report(rows: list[dict]) -> str:
    stages = ("read", "clean", "extract", "link", "render", "write")
    lines = ["| figure | " + " | ".join(f"N = {r['n']:,}" for r in rows) + " |",
             "|---|" + "---|" * len(rows)]

    def row(label, fn):
        lines.append(f"| {label} | " + " | ".join(fn(r) for r in rows) + " |")

    for stage in stages:
        row(f"pipeline cold: {stage} (s)", lambda r, s=stage: f"{r['cold']['stages'].get(s, 0):.2f}")
    row("clean + metadata, one core (articles/s)", lambda r: f"{r['cold']['clean_one_core']:.0f}")
    row("pipeline cold: total (s)", lambda r: f"{r['cold']['total']:.2f}")
    row("pipeline cold: articles/s", lambda r: f"{r['n'] / r['cold']['total']:.0f}")
    row("pipeline cold: peak memory (MB)", lambda r: f"{r['cold']['peak_mb']:.0f}")
    row("pipeline, nothing changed (s)", lambda r: f"{r['unchanged']['total']:.2f}")
    row("pipeline, one article edited (s)", lambda r: f"{r['one_edit']['total']:.2f}")
    row("pipeline warm: articles/s (one edit, rest cached)", lambda r: f"{r['n'] / r['one_edit']['total']:.0f}")
    row("make site: mkdocs build incl. pipeline, cold (s)", lambda r: f"{r['site_s']:.1f}")
    row("plain MkDocs, cleaned articles only (s)", lambda r: f"{r['plain_s']:.1f}")
    row("ratio make site / plain", lambda r: f"{r['site_s'] / r['plain_s']:.2f}")
    row("site pages", lambda r: f"{r['pages']:,}")
    row("site size (MB), plain", lambda r: f"{r['site_mb']:.1f}, {r['plain_site_mb']:.1f}")
    row("search index (MB), plain", lambda r: f"{r['index_mb']:.1f}, {r['plain_index_mb']:.1f}")
    row("mkdocs build peak memory (MB)", lambda r: f"{r['site_peak_mb']:.0f}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="*", default=[100, 1000])
    parser.add_argument("--large", action="store_true", help="also N = 10,000 (takes long)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--no-cache", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--clean-child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.clean_child:
        return print(clean_one_core(args.clean_child))
    if args.child:
        return child(args.child, use_cache=not args.no_cache)
    sizes = args.sizes + ([10000] if args.large else [])
    rows = []
    for count in sizes:
        print(f"measuring N = {count:,} ...", file=sys.stderr, flush=True)
        rows.append(measure(count, args.seed))
    print(report(rows))


if __name__ == "__main__":
    main()
