"""How long after saving an edited seed `mkdocs serve` serves the new text (prints figures).

    .venv/bin/python benchmarks/bench_serve.py              # the five sample seeds
    .venv/bin/python benchmarks/bench_serve.py --count 1000 # a synthetic corpus (benchmarks/corpus.py)

Starts `mkdocs serve` on a copy of the project, waits for the first build, adds a paragraph to
one seed, then polls the article's served page until the sentence is there (what a reader with
the page open sees after live reload).
"""
from __future__ import annotations

import argparse
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench import ROOT, make_project  # noqa: E402


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


def wait_for(predicate, timeout: float, step: float = 0.05) -> float | None:
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if predicate():
            return time.perf_counter() - start
        time.sleep(step)
    return None


def measure(root: Path, edits: int) -> list[float]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
                              cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        if wait_for(lambda: fetch(base + "/"), timeout=1800, step=0.5) is None:
            raise SystemExit("mkdocs serve did not come up")
        from wikigen.pipeline import Project, pipeline

        articles = {a.source.path: a for a in pipeline(Project(root)).articles}
        titled = sorted(path for path, a in articles.items() if not a.meta.title_derived)
        seed = titled[len(titled) // 2]  # a real headline: the edit must not change the page's URL
        url = f"{base}/articles/{urllib.parse.quote(articles[seed].slug)}/"
        times = []
        for n in range(edits):
            marker = f"편집자가 {n}번째로 덧붙인 확인용 문장입니다."
            time.sleep(2)  # let the watcher settle
            path = root / "seeds" / seed
            text = path.read_text(encoding="utf-8")  # a new paragraph before a body line in the middle
            lines = [line for line in articles[seed].body.splitlines() if len(line) > 40 and line in text]
            anchor = lines[len(lines) // 2]
            path.write_text(text.replace(anchor, f"{marker}\n\n{anchor}", 1), encoding="utf-8")
            seconds = wait_for(lambda: marker in (fetch(url) or ""), timeout=600)
            times.append(seconds if seconds is not None else float("nan"))
        return times
    finally:
        server.terminate()
        server.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=0, help="synthetic articles (0: the five seeds)")
    parser.add_argument("--edits", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="wikigen-serve-") as tmp:
        root = Path(tmp) / "wiki"
        if args.count:
            make_project(root, args.count, seed=1)
        else:
            shutil.copytree(ROOT, root, ignore=shutil.ignore_patterns(".git", ".venv", "site", ".wikigen-cache",
                                                                     "artifacts", "tests", "benchmarks"))
        times = measure(root, args.edits)
    label = f"{args.count} synthetic articles" if args.count else "the five seeds"
    shown = ", ".join(f"{t:.2f} s" for t in times)
    print(f"mkdocs serve, {label}: edit saved -> new text served in {shown} (median {sorted(times)[len(times) // 2]:.2f} s)")


if __name__ == "__main__":
    main()
