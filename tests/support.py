"""What several test modules need: a throw-away copy of the project, a built site served on
127.0.0.1, and how to start Debian's Chromium here."""
from __future__ import annotations

import functools
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from wikigen.write import GENERATED_DIRS

ROOT = Path(__file__).resolve().parents[1]
HAND_WRITTEN = ("mkdocs.yml", "templates", "curated", "seeds")
# Playwright's own browser download does not work here: drive Debian's Chromium, with the
# background networking a closed network refuses switched off.
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def copy_project(target: Path, seeds: Path | None = None, extra_seeds: Path | None = None) -> Path:
    """Copy what a build needs (config, templates, curated lists, hand-written docs, seeds).
    `seeds` replaces the five sample seeds; `extra_seeds` adds files next to them."""
    target.mkdir(parents=True, exist_ok=True)
    for name in HAND_WRITTEN:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name)
        elif source.is_file():
            shutil.copy2(source, target / name)
    shutil.copytree(ROOT / "docs", target / "docs",
                    ignore=lambda folder, names: [n for n in names if Path(folder) == ROOT / "docs" and n in GENERATED_DIRS])
    if seeds is not None:
        shutil.rmtree(target / "seeds")
        shutil.copytree(seeds, target / "seeds")
    for path in sorted(extra_seeds.iterdir()) if extra_seeds else ():
        shutil.copy2(path, target / "seeds" / path.name)
    return target


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args) -> None:  # noqa: A002 - the stdlib's name
        pass


@contextmanager
def serve(directory: Path) -> Iterator[str]:
    """Serve a folder from a thread; yields the base URL (with trailing slash)."""
    handler = functools.partial(QuietHandler, directory=str(directory))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def chromium_path() -> str:
    path = shutil.which("chromium")
    if path is None:
        pytest.skip("Chromium is not installed (apt-get install -y chromium); CI installs it")
    return path
