"""Read stage: files under seeds/ -> Source (decoded text + front matter), or a reason to skip.

Every file is accounted for: `read_source` returns either a Source or a Problem saying why the
file was skipped. Decoding problems and front-matter problems that still allow publishing are
recorded on `Source.problems`.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import charset_normalizer
import frontmatter
import yaml

from .model import Problem, Source

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown")
BINARY_SIGNATURES = {  # magic bytes -> what the file is
    b"\x89PNG": "PNG image",
    b"%PDF": "PDF document",
    b"PK\x03\x04": "zip archive",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"\x1f\x8b": "gzip archive",
    b"\x7fELF": "executable",
}
FRONT_MATTER_TYPES = {  # field -> accepted Python types after YAML parsing
    "title": (str, int, float),
    "date": (str, dt.date),
    "tags": (list, str),
    "publisher": (str,),
    "author": (str,),
    "source_url": (str,),
    "url": (str,),
}


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    damage: int  # undecodable byte sequences replaced by U+FFFD


def discover(seeds_dir: Path) -> list[Path]:
    """Every file under seeds/, sorted, hidden files and folders excluded."""
    return sorted(
        p for p in seeds_dir.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(seeds_dir).parts)
    )


def read_source(path: Path, name: str) -> Source | Problem:
    """Read one file. `name` is how the file is called in messages and the report."""
    if path.suffix.lower() not in ARTICLE_SUFFIXES:
        return Problem(name, f"not an article file ({path.suffix or 'no extension'}); expected .txt or .md")
    raw = path.read_bytes()
    kind = binary_kind(raw)
    if kind:
        return Problem(name, f"not text: looks like a {kind}")
    decoded = decode(raw)
    text = normalise(decoded.text)
    if not text.strip():
        return Problem(name, "empty file" if not raw else "file has only whitespace")
    problems = []
    if decoded.damage:
        problems.append(f"{decoded.damage} undecodable byte sequence(s) replaced with U+FFFD ({decoded.encoding})")
    front, body, fm_problems = split_front_matter(text)
    problems += fm_problems
    if not body.strip():
        return Problem(name, "no article text after the front matter")
    return Source(path=name, text=body, front_matter=front,
                  digest=hashlib.sha256(raw).hexdigest(), problems=problems)


def binary_kind(raw: bytes) -> str | None:
    for magic, kind in BINARY_SIGNATURES.items():
        if raw.startswith(magic):
            return kind
    head = raw[:8192]
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")) and not _looks_utf16(head):
        return "binary file"
    return None


def _looks_utf16(head: bytes) -> bool:
    """UTF-16 without a BOM: NUL bytes in every other position."""
    odd, even = head[1::2], head[0::2]
    return len(head) >= 4 and (odd.count(0) > len(odd) * 0.3 or even.count(0) > len(even) * 0.3) and len(head) % 2 == 0


def decode(raw: bytes) -> Decoded:
    """UTF-8 (with or without BOM), UTF-16, CP949/EUC-KR; damaged UTF-8 is decoded with replacement."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return _with_damage(raw[3:], "utf-8")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _with_damage(raw, "utf-16")
    for encoding in ("utf-8", "cp949"):
        try:
            return Decoded(raw.decode(encoding), encoding, 0)
        except UnicodeDecodeError:
            pass
    if _looks_utf16(raw[:8192]):
        return _with_damage(raw, "utf-16-le" if raw[1:2] == b"\x00" else "utf-16-be")
    best = charset_normalizer.from_bytes(raw).best()
    utf8 = _with_damage(raw, "utf-8")
    if best is not None and best.encoding not in ("utf_8", "utf-8"):
        guess = _with_damage(raw, best.encoding)
        if guess.damage < utf8.damage and _hangul_share(guess.text) >= _hangul_share(utf8.text):
            return guess
    return utf8


def _with_damage(raw: bytes, encoding: str) -> Decoded:
    text = raw.decode(encoding, errors="replace")
    return Decoded(text, encoding, text.count("\ufffd"))


def _hangul_share(text: str) -> float:
    sample = text[:20000]
    return sum("\uac00" <= c <= "\ud7a3" for c in sample) / max(1, len(sample))


def normalise(text: str) -> str:
    """NFC, LF line ends, no BOM, no NUL; words untouched."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "").replace("\x00", "")
    return unicodedata.normalize("NFC", text)


def split_front_matter(text: str) -> tuple[dict, str, list[str]]:
    """Parse YAML front matter with python-frontmatter. Broken YAML is reported (with its line)
    and the front matter block dropped; fields of the wrong type are reported and ignored."""
    if not text.startswith("---"):
        return {}, text, []
    try:
        post = frontmatter.loads(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        return {}, _drop_front_block(text), [f"broken YAML front matter{where}: {problem}; front matter ignored"]
    if not isinstance(post.metadata, dict):
        return {}, post.content, ["front matter is not a mapping; ignored"]
    return _typed_fields(post.metadata), post.content, _type_problems(post.metadata)


def _drop_front_block(text: str) -> str:
    lines = text.split("\n")
    for i in range(1, len(lines)):
        if lines[i].strip() in ("---", "..."):
            return "\n".join(lines[i + 1:])
    return "\n".join(lines[1:])


def _type_problems(meta: dict) -> list[str]:
    problems = []
    for key, value in meta.items():
        accepted = FRONT_MATTER_TYPES.get(str(key))
        if accepted and not isinstance(value, accepted):
            problems.append(f"front matter field '{key}' has the wrong type ({type(value).__name__}); ignored")
        elif key == "date" and isinstance(value, str) and parse_date(value) is None:
            problems.append(f"front matter field 'date' is not a date ({value!r}); ignored")
    return problems


def _typed_fields(meta: dict) -> dict:
    kept = {}
    for key, value in meta.items():
        accepted = FRONT_MATTER_TYPES.get(str(key))
        if accepted and not isinstance(value, accepted):
            continue
        if key == "date":
            value = parse_date(value)
            if value is None:
                continue
        kept[str(key)] = value
    return kept


def parse_date(value: object) -> str | None:
    """ISO date string from a YAML date or a date-like string, else None."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    for length, fmt in ((10, "%Y-%m-%d"), (10, "%Y.%m.%d"), (10, "%Y/%m/%d"), (8, "%Y%m%d")):
        try:
            return dt.datetime.strptime(text[:length], fmt).date().isoformat()
        except ValueError:
            continue
    return None
