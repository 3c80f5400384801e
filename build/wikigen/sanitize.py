"""Sanitise stage: cleaned body -> Markdown in which nothing from the article can become live.

The body is scraped, untrusted text. Python-Markdown passes raw HTML through and does not check
link URLs, so this stage makes the Markdown inert before it is rendered:

- every `<` outside code becomes `&lt;`, so any tag, comment or `<javascript:...>` autolink shows
  as text (plain http(s)/mailto autolinks are kept);
- links and images (`[x](url)`, `[ref]: url`) whose URL scheme is not http, https or mailto
  (after decoding entities and dropping whitespace, as a browser would) are kept as text, and
  so are relative paths (they pointed into the scraped site; here they would dangle);
- `{` outside code gets a backslash, so attr_list cannot add attributes (`{: onclick=...}`);
- admonition/details markers may only use the known admonition types as classes;
- fenced code keeps its text, but its header is reduced to the language name and a
  `--8<--` line inside it is escaped for pymdownx.snippets.

Code is found with a small scanner that mirrors Python-Markdown: fences (pymdownx.superfences)
and backtick code spans (Python-Markdown's own regex). A code span is only trusted when the
pairing of backticks cannot depend on where Python-Markdown's block boundaries fall; otherwise
its `<` is escaped too (it then shows as `&lt;`: ugly, never live). Every change is recorded as a
`Removal(rule="sanitize:...")`. The MkDocs plugin runs nh3 over the rendered page as well.
"""
from __future__ import annotations

import html
import re
from bisect import bisect_right
from dataclasses import dataclass

from .model import Cleaned, Removal

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
ADMONITION_TYPES = frozenset(
    "note abstract summary tldr info todo tip hint important success check done question help faq "
    "warning caution attention failure fail missing danger error bug example quote cite inline end".split()
)

FENCE = re.compile(r"^(?P<indent> {0,3})(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
FENCE_LANGUAGE = re.compile(r"[ \t]*\{?[ \t]*\.?(?P<lang>[\w+#.-]*)")
# Python-Markdown's BACKTICK_RE (markdown.inlinepatterns), applied the same way.
BACKTICK = re.compile(r"(?:(?<!\\)((?:\\{2})+)(?=`+)|(?<!\\)(`+)(.+?)(?<!`)\2(?!`))", re.DOTALL)
SNIPPET = re.compile(r"^([ \t]*)(;*-+8<-+)")
ADMONITION = re.compile(r"^(?P<lead>[ \t>*+\-0-9.)]*)(?P<marker>!!!|\?\?\?\+?)[ \t]*(?P<kinds>[^\"\n]*)")
SAFE_AUTOLINK = re.compile(r"<(?:https?://[^\s<>\"'`]+|mailto:[^\s<>\"'`]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)>")
TAG_LIKE = re.compile(r"<[A-Za-z!/?][^<>\n]{0,200}>?")
ATTR_LIST_LIKE = re.compile(r"\{[ \t]*(?::|[#.]|[\w-]+=)")
SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):")
LINK_OPEN = re.compile(r"\]\(|\]:")
MAX_URL_SCAN = 2000


@dataclass(frozen=True)
class Edit:
    start: int
    end: int
    replacement: str


def sanitize(cleaned: Cleaned) -> Cleaned:
    removed = list(cleaned.removed)
    out: list[str] = []
    clean_paragraph = True  # a fence does not end a paragraph, so this state crosses fences
    for kind, chunk in split_fences(cleaned.body.split("\n")):
        if kind == "fence":
            out.extend(sanitize_fence(chunk, removed))
        else:
            lines, clean_paragraph = sanitize_text(chunk, clean_paragraph, removed)
            out.extend(lines)
    return Cleaned(body="\n".join(out), removed=removed)


# --- fences ---------------------------------------------------------------------------------


def split_fences(lines: list[str]) -> list[tuple[str, list[str]]]:
    """[("text", lines) | ("fence", lines)], in order. A fence counts only with its closing line
    (an unclosed fence is text, as it is for superfences)."""
    closers: dict[str, list[int]] = {"`": [], "~": []}
    lengths: dict[int, int] = {}
    for i, line in enumerate(lines):
        match = FENCE.match(line)
        if match and not match["info"].strip():
            closers[match["fence"][0]].append(i)
            lengths[i] = len(match["fence"])
    chunks: list[tuple[str, list[str]]] = []
    text: list[str] = []
    i = 0
    while i < len(lines):
        match = FENCE.match(lines[i])
        end = _closing_line(match, i, closers, lengths) if match and "`" not in match["info"] else None
        if end is None:
            text.append(lines[i])
            i += 1
            continue
        if text:
            chunks.append(("text", text))
            text = []
        chunks.append(("fence", lines[i:end + 1]))
        i = end + 1
    if text:
        chunks.append(("text", text))
    return chunks


def _closing_line(match: re.Match, start: int, closers: dict[str, list[int]], lengths: dict[int, int]) -> int | None:
    fence = match["fence"]
    candidates = closers[fence[0]]
    for j in candidates[bisect_right(candidates, start):]:
        if lengths[j] >= len(fence):
            return j
    return None


def sanitize_fence(lines: list[str], removed: list[Removal]) -> list[str]:
    """Keep the code; reduce the opening line to fence + language; escape snippet markers."""
    match = FENCE.match(lines[0])
    info = match["info"]
    lang = FENCE_LANGUAGE.match(info)["lang"]
    if info.strip() not in ("", lang):
        removed.append(Removal("sanitize:fence-attributes", info.strip()))
    body = [_escape_snippet(line) for line in lines[1:-1]]
    return [f"{match['indent']}{match['fence']}{lang}", *body, lines[-1]]


def _escape_snippet(line: str) -> str:
    """pymdownx.snippets reads `--8<--` lines everywhere, even in code; one `;` escapes one."""
    return SNIPPET.sub(r"\1;\2", line)


# --- text -----------------------------------------------------------------------------------


def sanitize_text(lines: list[str], clean_paragraph: bool, removed: list[Removal]) -> tuple[list[str], bool]:
    text = "\n".join(lines)
    code, clean_paragraph = trusted_code_spans(lines, clean_paragraph)
    edits = (
        html_edits(text, code, removed)
        + brace_edits(text, code, removed)
        + link_edits(text, code, removed)
        + admonition_edits(lines, removed)
    )
    return apply_edits(text, edits).split("\n"), clean_paragraph


def trusted_code_spans(lines: list[str], clean_paragraph: bool = True) -> tuple[list[tuple[int, int]], bool]:
    """(start, end) offsets in "\\n".join(lines) of the code spans whose text may stay as it is,
    and whether the paragraph is still clean after the last line.

    Python-Markdown pairs backticks over a whole block, and a block can begin at any line of a
    paragraph (a heading, a list item). A span is trusted only when that cannot matter: it opens
    and closes on one line, no earlier line of the paragraph left a backtick unpaired, and no
    unpaired backtick precedes it on its line. Spans containing `|` are not trusted (tables split
    cells before inline parsing), nor spans opening inside a longer backtick run."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in lines:
        if not line.strip():
            clean_paragraph = True
        else:
            matches = [m for m in BACKTICK.finditer(line) if m.group(2)]
            unpaired = _first_unpaired_backtick(line, matches)
            if clean_paragraph:
                spans += [
                    (offset + m.start(), offset + m.end()) for m in matches
                    if m.end() <= unpaired and "|" not in m.group(3) and line[m.start() - 1:m.start()] != "`"
                ]
            if unpaired < len(line):
                clean_paragraph = False
        offset += len(line) + 1
    return spans, clean_paragraph


def _first_unpaired_backtick(line: str, matches: list[re.Match]) -> int:
    """Offset of the first backtick outside every span, or len(line)."""
    pos = 0
    for match in matches:
        gap = line.find("`", pos, match.start())
        if gap != -1:
            return gap
        pos = match.end()
    gap = line.find("`", pos)
    return len(line) if gap == -1 else gap


class _Outside:
    """Answers "is this offset outside every trusted code span?" for increasing offsets."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.starts = [s for s, _ in spans]
        self.spans = spans

    def __call__(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i < 0 or pos >= self.spans[i][1]


def html_edits(text: str, code: list[tuple[int, int]], removed: list[Removal]) -> list[Edit]:
    outside = _Outside(code)
    edits = []
    for pos in _find_all(text, "<"):
        if not outside(pos):
            continue
        if SAFE_AUTOLINK.match(text, pos):
            continue
        edits.append(Edit(pos, pos + 1, "&lt;"))
        tag = TAG_LIKE.match(text, pos)
        if tag:
            removed.append(Removal("sanitize:html", tag.group()))
    return edits


def brace_edits(text: str, code: list[tuple[int, int]], removed: list[Removal]) -> list[Edit]:
    outside = _Outside(code)
    edits = []
    for pos in _find_all(text, "{"):
        if outside(pos) and not _is_escaped(text, pos):
            edits.append(Edit(pos, pos, "\\"))
            if ATTR_LIST_LIKE.match(text, pos):
                removed.append(Removal("sanitize:attr-list", text[pos:text.find("}", pos) + 1 or pos + 40]))
    return edits


def link_edits(text: str, code: list[tuple[int, int]], removed: list[Removal]) -> list[Edit]:
    """`](unsafe` -> `]&#40;unsafe`, `]: unsafe` -> `]&#58; unsafe`: the link stays as text."""
    outside = _Outside(code)
    edits = []
    for match in LINK_OPEN.finditer(text):
        pos = match.start() + 1
        if not outside(pos):
            continue
        url = destination(text, match.end())
        rule = "sanitize:link" if not is_safe_url(url) else "sanitize:relative-link" if is_relative_path(url) else None
        if rule:
            edits.append(Edit(pos, pos + 1, "&#40;" if text[pos] == "(" else "&#58;"))
            removed.append(Removal(rule, url[:200]))
    return edits


def destination(text: str, start: int) -> str:
    """The URL a browser would see for the link destination starting at `start`: up to the first
    `)` or quote, entities decoded, whitespace, control characters and `<` dropped."""
    end = start
    limit = min(len(text), start + MAX_URL_SCAN)
    while end < limit and text[end] not in ")\"'":
        end += 1
    raw = html.unescape(text[start:end])
    return "".join(c for c in raw if c > " " and c not in "<>\\\x7f")


def is_safe_url(url: str) -> bool:
    """http, https, mailto, or no scheme at all (a relative URL or #anchor)."""
    match = SCHEME.match(url)
    if not match:
        return True
    before = url[:match.end()]
    if any(c in before for c in "/?#"):
        return True
    return match.group(1).lower() in SAFE_SCHEMES


def is_relative_path(url: str) -> bool:
    """A path without scheme or host (`pic.png`, `../a.md`, `/x`): it pointed into the site the
    article was scraped from; here it would point into this wiki, at nothing (and MkDocs fails a
    strict build on it). Fragments (`#section`) and `//host/...` stay links."""
    return bool(url) and not SCHEME.match(url) and not url.startswith(("#", "//"))


def admonition_edits(lines: list[str], removed: list[Removal]) -> list[Edit]:
    """`!!! md-header` would put the article's word into a class attribute; only known types."""
    edits = []
    offset = 0
    for line in lines:
        match = ADMONITION.match(line)
        if match and not set(match["kinds"].split()) <= ADMONITION_TYPES:
            pos = offset + match.start("marker")
            edits.append(Edit(pos, pos + 1, "&#33;" if line[match.start("marker")] == "!" else "&#63;"))
            removed.append(Removal("sanitize:admonition", line.strip()[:200]))
        offset += len(line) + 1
    return edits


# --- helpers --------------------------------------------------------------------------------


def _find_all(text: str, char: str):
    pos = text.find(char)
    while pos != -1:
        yield pos
        pos = text.find(char, pos + 1)


def _is_escaped(text: str, pos: int) -> bool:
    backslashes = 0
    while pos - backslashes - 1 >= 0 and text[pos - backslashes - 1] == "\\":
        backslashes += 1
    return backslashes % 2 == 1


def apply_edits(text: str, edits: list[Edit]) -> str:
    """Apply non-overlapping edits (an insertion has start == end) in one pass."""
    if not edits:
        return text
    pieces = []
    last = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if edit.start < last:
            continue  # overlapping edit: the earlier one already neutralised this spot
        pieces.append(text[last:edit.start])
        pieces.append(edit.replacement)
        last = edit.end
    pieces.append(text[last:])
    return "".join(pieces)
