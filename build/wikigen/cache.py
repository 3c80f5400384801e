"""Incremental builds. Two layers, both under `.wikigen-cache/` in the project root:

- per article: the cleaned body and metadata, keyed by the raw bytes' digest and the code
  version, so an unchanged article is not cleaned or analysed again;
- per build: a fingerprint of every input (seeds, curated lists, templates, code). When it is
  unchanged and every page it wrote is still on disk as written, the build is skipped whole.

A cache entry that cannot be read (other Python, truncated file) is treated as a miss.
"""
from __future__ import annotations

import hashlib
import pickle
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import __version__
from .model import Article, Cleaned, Metadata, Source

CACHE_DIR = ".wikigen-cache"


@lru_cache(maxsize=1)
def code_version() -> str:
    """Hash of the package's own code and rule files: any change invalidates every cache entry."""
    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).parent
    for path in sorted(p for p in package.rglob("*") if p.suffix in (".py", ".yaml", ".yml", ".txt")):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def tree_digest(*folders: Path) -> str:
    """Hash of every file's path and bytes under the given folders."""
    digest = hashlib.sha256()
    for folder in folders:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()) if folder.is_dir() else ():
            digest.update(path.relative_to(folder.parent).as_posix().encode("utf-8", "surrogateescape"))
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _load(path: Path) -> object | None:
    if not path.is_file():
        return None
    try:
        return pickle.loads(path.read_bytes())
    except Exception:  # noqa: BLE001 - an unreadable cache entry is a miss, never an error
        return None


def _store(path: Path, value: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    tmp.replace(path)


@dataclass(frozen=True)
class KeyedCache:
    """Pickled values under `folder`, one file per key; the key covers everything the value
    depends on, so a stale entry is never found, only left behind."""

    folder: Path

    def _path(self, key: str) -> Path:
        digest = hashlib.sha256(f"{code_version()}:{key}".encode()).hexdigest()
        return self.folder / digest[:2] / f"{digest}.pickle"

    def get(self, key: str, kind: type) -> object | None:
        value = _load(self._path(key))
        return value if isinstance(value, kind) else None

    def put(self, key: str, value: object) -> None:
        _store(self._path(key), value)


@dataclass(frozen=True)
class ArticleCache:
    """Cleaned body and metadata per article. `context` is everything besides the article's
    bytes that cleaning depends on: the lines repeated across the corpus (a new site's chrome
    changes it, and with it every entry)."""

    folder: Path
    context: str = ""

    def _key(self, source: Source) -> str:
        return f"{self.context}:{source.digest}"

    def get(self, source: Source) -> Article | None:
        entry = KeyedCache(self.folder / "articles").get(self._key(source), tuple)
        if not entry or len(entry) != 2:
            return None
        cleaned, meta = entry
        if not isinstance(cleaned, Cleaned) or not isinstance(meta, Metadata):
            return None
        return Article(source=source, meta=meta, cleaned=cleaned)

    def put(self, article: Article) -> None:
        KeyedCache(self.folder / "articles").put(self._key(article.source), (article.cleaned, article.meta))


@dataclass(frozen=True)
class BuildCache:
    """The last build's fingerprint, its result and the digest of every page it wrote."""

    folder: Path

    @property
    def _path(self) -> Path:
        return self.folder / "last-build.pickle"

    def get(self, fingerprint: str, docs_dir: Path) -> object | None:
        entry = _load(self._path)
        if not isinstance(entry, dict) or entry.get("fingerprint") != fingerprint:
            return None
        for page, digest in entry["pages"].items():
            path = docs_dir / page
            if not path.is_file() or hashlib.sha256(path.read_bytes()).hexdigest() != digest:
                return None
        return entry["result"]

    def put(self, fingerprint: str, pages: dict[str, str], result: object) -> None:
        _store(self._path, {"fingerprint": fingerprint, "pages": pages, "result": result})
