"""`mkdocs serve` runs the pipeline, picks up an edited seed, and settles (no rebuild loop)."""
from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode("utf-8")


def wait_for(predicate, timeout: float = 60.0, step: float = 0.3):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(step)
    return None


def builds_so_far(log: Path) -> int:
    return log.read_text(encoding="utf-8", errors="replace").count("Building documentation")


@pytest.fixture
def served(project: Path, tmp_path: Path):
    port = free_port()
    log = tmp_path / "serve.log"
    with log.open("w") as out:
        server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
                                  cwd=project, stdout=out, stderr=subprocess.STDOUT)
        try:
            def up():
                try:
                    return fetch(f"http://127.0.0.1:{port}/")
                except OSError:
                    return None
            assert wait_for(up), log.read_text()
            yield project, f"http://127.0.0.1:{port}", log
        finally:
            server.terminate()
            server.wait(timeout=10)


def test_seed_edit_regenerates_page_and_settles(served):
    project, base, log = served
    assert wait_for(lambda: "Serving on" in log.read_text() or "Serving on" in log.read_text(), 30)
    time.sleep(2)
    settled = builds_so_far(log)
    seed = project / "seeds" / "003_aa8761af74b82dc6.txt"
    marker = "편집자가 방금 덧붙인 확인용 문장입니다."
    seed.write_text(seed.read_text(encoding="utf-8") + f"\n\n{marker}\n", encoding="utf-8")

    def page_has_marker():
        for page in (project / "docs" / "articles").glob("*.md"):
            if marker in page.read_text(encoding="utf-8"):
                slug = page.stem
                try:
                    return marker in fetch(f"{base}/articles/{urllib.request.quote(slug)}/")
                except OSError:
                    return False
        return False

    assert wait_for(page_has_marker, 60), log.read_text()
    time.sleep(4)  # a loop would keep building during this pause
    after_edit = builds_so_far(log)
    time.sleep(4)
    assert builds_so_far(log) == after_edit, "mkdocs serve keeps rebuilding: pipeline writes trigger a loop"
    assert after_edit - settled <= 3, log.read_text()
