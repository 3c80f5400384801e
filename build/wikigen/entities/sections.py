"""Split an article body into sections carrying the anchor ids MkDocs will give them.

The article page is `# <title>`, a metadata block, then the body, so the title's id takes
part in MkDocs' de-duplication (`_1`, `_2` suffixes). Ids are computed by Python-Markdown's
own toc extension with the slugify the site uses, over the page's headings in order.
A paragraph that is a single bold line (`**5. AI의 미래**`) is promoted to a real heading.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

import markdown
from pymdownx.slugs import slugify

_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_ATX = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_NOT_PARAGRAPH = re.compile(r"^\s*(?:[>#|]|[-*+][ \t]|\d+[.)][ \t]|!\[|<|```|~~~)")
_WHOLE_BOLD = re.compile(r"^\*\*(?P<text>(?P<num>\d+(?:\.\d+)*\.?)?[^*]*?)\*\*$")
_NUMBERED_BOLD = re.compile(r"^\*\*(?P<num>\d+(?:\.\d+)*\.?)[^*]*\*\*\S*.*$")
_MAX_HEADING_CHARS = 100


@dataclass(frozen=True)
class Section:
    anchor: str  # "" for the text before the first heading (links to the page top)
    title: str  # plain text of the heading
    level: int
    start: int  # offset of the heading line in the (promoted) body
    end: int


@dataclass
class Doc:
    """An article body ready for scanning: promoted headings, sections, heading line spans."""

    body: str
    sections: list[Section]
    heading_spans: list[tuple[int, int]]  # (start, end) offsets of heading lines and setext underlines

    def section_at(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._starts, offset) - 1)

    def __post_init__(self) -> None:
        self._starts = [s.start for s in self.sections]


def _heading_level(number: str | None) -> int:
    if not number:
        return 3
    depth = len([p for p in number.split(".") if p])
    return min(6, 2 + depth)


def promote_bold_headings(body: str) -> str:
    """Turn single-line bold paragraphs into ATX headings, level by numbering depth."""
    lines = body.split("\n")
    out: list[str] = []
    in_fence = False
    for i, line in enumerate(lines):
        if _FENCE.match(line):
            in_fence = not in_fence
        stripped = line.strip()
        prev_blank = i == 0 or not lines[i - 1].strip()
        next_line = lines[i + 1] if i + 1 < len(lines) else ""
        next_blank = not next_line.strip()
        if (in_fence or not prev_blank or not next_blank or len(stripped) > _MAX_HEADING_CHARS
                or not stripped.startswith("**") or line.startswith((" ", "\t"))):
            out.append(line)
            continue
        whole = _WHOLE_BOLD.match(stripped)
        numbered = _NUMBERED_BOLD.match(stripped)
        if whole and whole.group("text").strip():
            out.append("#" * _heading_level(whole.group("num")) + " " + whole.group("text").strip())
        elif numbered and not stripped.endswith(("다.", "요.", "다")):
            out.append("#" * _heading_level(numbered.group("num")) + " " + stripped)
        else:
            out.append(line)
    return "\n".join(out)


def _headings(body: str) -> list[tuple[int, str, int, int]]:
    """(level, markdown text, start offset, end offset) of every heading in the body."""
    lines = body.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    found = []
    in_fence = False
    for i, line in enumerate(lines):
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        atx = _ATX.match(line)
        if atx:
            found.append((len(atx.group(1)), atx.group(2), offsets[i], offsets[i + 1] - 1))
            continue
        under = _SETEXT.match(line)
        if (under and i > 0 and lines[i - 1].strip() and (i < 2 or not lines[i - 2].strip())
                and not _NOT_PARAGRAPH.match(lines[i - 1]) and not _SETEXT.match(lines[i - 1])):
            level = 1 if under.group(1).startswith("=") else 2
            found.append((level, lines[i - 1].strip(), offsets[i - 1], offsets[i + 1] - 1))
    return found


def _anchor_ids(title: str, headings: list[tuple[int, str, int, int]]) -> list[tuple[str, str]]:
    """(id, plain name) per body heading, exactly as MkDocs' toc extension assigns them."""
    md = markdown.Markdown(extensions=["toc"], extension_configs={"toc": {"slugify": slugify(case="lower")}})
    text = "\n\n".join([f"# {title}"] + ["#" * level + " " + h for level, h, _, _ in headings])
    md.convert(text)
    flat: list[tuple[str, str]] = []

    def walk(tokens):
        for t in tokens:
            flat.append((t["id"], t["name"]))
            walk(t["children"])

    walk(md.toc_tokens)
    return flat[1:]


def prepare(body: str, title: str) -> Doc:
    promoted = promote_bold_headings(body)
    heads = _headings(promoted)
    ids = _anchor_ids(title, heads) if heads else []
    sections = [Section("", title, 1, 0, heads[0][2] if heads else len(promoted))]
    for n, ((level, _, start, _end), (anchor, name)) in enumerate(zip(heads, ids)):
        end = heads[n + 1][2] if n + 1 < len(heads) else len(promoted)
        sections.append(Section(anchor, _unescape(name), level, start, end))
    return Doc(body=promoted, sections=sections, heading_spans=[(h[2], h[3]) for h in heads])


def _unescape(name: str) -> str:
    return name.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
