"""Write stage: pages -> files under docs/. Only changed files are written (atomically), stale
generated files are deleted, and nothing is ever written outside the generated folders."""
from __future__ import annotations

import os
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .model import Page

GENERATED_DIRS = ("articles", "people", "glossary", "orgs", "topics", "reports", "_generated")


@dataclass
class WriteResult:
    written: list[str] = field(default_factory=list)
    unchanged: int = 0
    deleted: list[str] = field(default_factory=list)


class UnsafePath(ValueError):
    pass


def target_path(docs_dir: Path, page_path: str) -> Path:
    """The file for a page, refusing anything outside the generated folders of docs/."""
    parts = Path(page_path).parts
    if len(parts) < 2 or parts[0] not in GENERATED_DIRS or ".." in parts or "\x00" in page_path:
        raise UnsafePath(f"refusing to write {page_path!r}: not inside a generated folder of docs/")
    target = (docs_dir / page_path).resolve()
    if not target.is_relative_to(docs_dir.resolve() / parts[0]):
        raise UnsafePath(f"refusing to write {page_path!r}: resolves outside docs/")
    return target


def write_pages(docs_dir: Path, pages: list[Page]) -> WriteResult:
    """Every target is checked before anything is written, so a page that would land outside
    docs/ (or two pages with one path) stops the build with nothing half done."""
    targets = [target_path(docs_dir, page.path) for page in pages]
    counts = Counter(targets)
    clashes = sorted({page.path for page, target in zip(pages, targets) if counts[target] > 1})
    if clashes:
        raise UnsafePath(f"two generated pages with the same path: {', '.join(clashes)}")
    result = WriteResult()
    wanted = set(targets)
    for page, target in zip(pages, targets):
        data = page.content.encode("utf-8")
        if target.is_file() and target.read_bytes() == data:
            result.unchanged += 1
            continue
        atomic_write(target, data)
        result.written.append(page.path)
    result.deleted = delete_stale(docs_dir, wanted)
    return result


def atomic_write(target: Path, data: bytes) -> None:
    """Write to a hidden temporary file in the same folder, then rename it over the target:
    a reader (MkDocs, `mkdocs serve`) sees the old page or the new one, never half of one, and a
    build killed mid-write leaves only a `.tmp-*` file (MkDocs ignores dot files, the next
    build deletes it)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=target.suffix)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o644)  # mkstemp makes 0600 files; pages are ordinary files
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def delete_stale(docs_dir: Path, wanted: set[Path]) -> list[str]:
    deleted = []
    for folder in GENERATED_DIRS:
        root = docs_dir / folder
        if not root.is_dir():
            continue
        for path in sorted(root.rglob("*"), reverse=True):
            if path.is_file() and path.resolve() not in wanted:
                path.unlink()
                deleted.append(path.relative_to(docs_dir).as_posix())
            elif path.is_dir() and not any(path.iterdir()):
                path.rmdir()
    return deleted
