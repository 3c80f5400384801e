"""Read stage: files under seeds/ -> Source (decoded text + front matter), or a reason to skip.

Every file is accounted for: `read_source` returns either a Source or a Problem saying why the
file was skipped. Decoding problems and front-matter problems that still allow publishing are
recorded on `Source.problems`.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
import traceback
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import charset_normalizer
import frontmatter
import yaml
from frontmatter.default_handlers import YAMLHandler

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
SCALARS = (str, int, float, bool, dt.date, type(None))
MAX_BYTES = 50_000_000  # a scraped article is far smaller; anything bigger is not one
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff]")  # C0/C1 controls but tab, LF


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
    """Read one file. `name` is how the file is called in messages and the report.
    Never raises for a bad file: whatever goes wrong is returned as a Problem naming the file."""
    name = display_name(name)
    try:
        return _read(path, name)
    except OSError as error:
        return Problem(name, f"cannot read the file: {error.strerror or error}")
    except Exception:  # noqa: BLE001 - a boundary: one unreadable file must not stop the build
        return Problem(name, "crashed while reading:\n" + traceback.format_exc())


def _read(path: Path, name: str) -> Source | Problem:
    if _links_outside(path, name):
        return Problem(name, "a symbolic link to a file outside the seeds folder; not followed")
    size = path.stat().st_size
    if size > MAX_BYTES:
        return Problem(name, f"too large ({size:,} bytes; the limit is {MAX_BYTES:,})")
    raw = path.read_bytes()
    kind = binary_kind(raw)
    if kind:
        return Problem(name, f"not text: looks like a {kind}")
    if path.suffix.lower() not in ARTICLE_SUFFIXES:
        return Problem(name, f"not an article file ({path.suffix or 'no extension'}); expected .txt or .md")
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


def _links_outside(path: Path, name: str) -> bool:
    """A symlink (say, from an unpacked archive) pointing out of the folder `name` is relative
    to: publishing it could leak any file of this machine."""
    if not path.is_symlink():
        return False
    depth = len(Path(name).parts)
    root = path.parents[depth - 1] if 0 < depth <= len(path.parents) else Path(path.anchor)
    return not path.resolve().is_relative_to(root.resolve())


def display_name(name: str) -> str:
    """A file name safe to print and to write into a page: undecodable bytes of the file system
    name (surrogate escapes) become U+FFFD, control characters become U+FFFD."""
    name = name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return "".join("\ufffd" if unicodedata.category(c) == "Cc" else c for c in name)


def binary_kind(raw: bytes) -> str | None:
    for magic, kind in BINARY_SIGNATURES.items():
        if raw.startswith(magic):
            return kind
    head = raw[:8192]
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")) and utf16_order(head) is None:
        return "binary file"
    return None


def utf16_order(head: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" if the bytes look like UTF-16 without a BOM, else None.

    ASCII characters (spaces, newlines, digits, punctuation: plenty in any Korean article) have
    a NUL high byte, so NULs gather on odd offsets (little-endian) or even offsets (big-endian);
    in a binary file they fall anywhere."""
    if len(head) < 4:
        return None
    odd, even = head[1::2].count(0), head[0::2].count(0)
    if odd + even < len(head) // 20:
        return None
    if odd >= 9 * even:
        return "utf-16-le"
    if even >= 9 * odd:
        return "utf-16-be"
    return None


def decode(raw: bytes) -> Decoded:
    """UTF-8 (with or without BOM), UTF-16 (with or without BOM), CP949/EUC-KR; damaged UTF-8
    is decoded with U+FFFD for the bad bytes and the damage counted."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return _with_damage(raw[3:], "utf-8")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _with_damage(raw, "utf-16")
    order = utf16_order(raw[:8192]) if b"\x00" in raw[:8192] else None
    if order:
        return _with_damage(raw[: len(raw) // 2 * 2], order)
    try:
        return Decoded(raw.decode("utf-8"), "utf-8", 0)
    except UnicodeDecodeError:
        pass
    utf8 = _with_damage(raw, "utf-8")
    try:
        korean = Decoded(raw.decode("cp949"), "cp949", 0)
    except UnicodeDecodeError:
        korean = None
    # A CP949 file has more Hangul read as CP949; damaged UTF-8 read as CP949 is mostly Hanja.
    if korean and _hangul_share(korean.text) >= _hangul_share(utf8.text):
        return korean
    best = charset_normalizer.from_bytes(raw).best()
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
    """NFC, LF line ends, no BOM, no NUL or other C0/C1 control characters except tab and
    newline (they break YAML and HTML and carry nothing); words untouched."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", _CONTROL.sub("", text))


def split_front_matter(text: str) -> tuple[dict, str, list[str]]:
    """Parse YAML front matter with python-frontmatter (safe loader). Broken YAML is reported
    with its line in the file and the front matter block dropped; fields of the wrong type are
    reported and ignored."""
    if not text.startswith("---"):
        return {}, text, []
    block = _front_block(text.split("\n"))
    if block == "none":
        return {}, text, []  # a rule over the page's text
    if block == "open":  # its fields stay lines of the page, for the cleaner to read as its head
        return {}, text, ["front matter not closed by '---'; its lines read as the page's text"]
    try:
        post = frontmatter.loads(text, handler=YAMLHandler())
    except yaml.YAMLError as error:
        mark, context = getattr(error, "problem_mark", None), getattr(error, "context_mark", None)
        where = f" at line {mark.line + 1} of the file" if mark else ""
        if context and mark and context.line != mark.line:
            where += f" (in the value that starts at line {context.line + 1})"
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        return {}, _drop_front_block(text), [f"broken YAML front matter{where}: {problem}; front matter ignored"]
    except (ValueError, TypeError, RecursionError) as error:
        return {}, _drop_front_block(text), [f"unreadable front matter ({type(error).__name__}); front matter ignored"]
    if not isinstance(post.metadata, dict):
        return {}, post.content, ["front matter is not a mapping; ignored"]
    fields, problems = typed_fields(post.metadata)
    return fields, post.content, problems


#: a line of a YAML block: a field, an indented or list continuation, a comment, blank
_YAML_LINE = re.compile(r"\s*$|([\w\-]{1,40}\s*:)|\s+\S|-\s|#")
#: lines no YAML that a closed block may hold (a title wrapped onto a second line)
MAX_STRAY_LINES = 2


def _front_block(lines: list[str]) -> str:
    """What line 0's '---' opens: "closed" front matter (fields, then '---' or '...'), an "open" one
    (never closed, or closed only by a rule under the page's text: more than a few lines that are
    no YAML), or "none" (a rule over the page's text, no field under it)."""
    stray = fields = 0
    for line in lines[1:]:
        if line.strip() in ("---", "..."):
            return "closed" if fields else "none"
        field = _YAML_LINE.match(line)
        fields += bool(field and field.group(1))
        stray += not field
        if stray > MAX_STRAY_LINES:
            break
    return "open" if fields else "none"


def _drop_front_block(text: str) -> str:
    lines = text.split("\n")
    for i in range(1, len(lines)):
        if lines[i].strip() in ("---", "..."):
            return "\n".join(lines[i + 1:])
    return "\n".join(lines[1:])


def typed_fields(meta: dict) -> tuple[dict, list[str]]:
    """The fields worth keeping, with the types the later stages expect (title: str, date: ISO
    string, tags: list of str; other fields: scalars or flat lists of scalars), and a problem
    for every field ignored."""
    kept: dict = {}
    problems: list[str] = []
    for key, value in meta.items():
        key = str(key)
        accepted = FRONT_MATTER_TYPES.get(key)
        if accepted and not isinstance(value, accepted):
            problems.append(f"front matter field '{key}' has the wrong type ({type(value).__name__}); ignored")
        elif key == "date" and parse_date(value) is None:
            problems.append(f"front matter field 'date' is not a date ({str(value)[:40]!r}); ignored")
        elif key == "date":
            kept[key] = parse_date(value)
        elif key == "tags":
            tags = [value] if isinstance(value, str) else value
            kept[key] = [_CONTROL.sub("", str(t)) for t in tags if isinstance(t, SCALARS)]
            if len(kept[key]) < len(tags):
                problems.append("front matter field 'tags' has items that are not text; those ignored")
        elif key == "title":
            kept[key] = _CONTROL.sub("", str(value))
        elif _is_flat(value):
            kept[key] = value
        else:
            problems.append(f"front matter field '{key}' is nested ({type(value).__name__}); ignored")
    return kept, problems


def _is_flat(value: object) -> bool:
    return isinstance(value, SCALARS) or (isinstance(value, list) and all(isinstance(v, SCALARS) for v in value))


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
