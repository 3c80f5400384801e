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

from pymdownx.superfences import RE_NESTED_FENCE_START

from .model import Cleaned, Removal

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
ADMONITION_TYPES = frozenset(
    "note abstract summary tldr info todo tip hint important success check done question help faq "
    "warning caution attention failure fail missing danger error bug example quote cite inline end".split()
)

FENCE_START = RE_NESTED_FENCE_START  # superfences' own opening-fence pattern
TAB_LENGTH = 4  # Python-Markdown expands tabs before superfences looks at the lines
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
            continue
        if kind == "exposed-fence":  # superfences may hand it back as text: its text is sanitised
            chunk = [fence_header(chunk[0], removed), *chunk[1:]]
        lines, clean_paragraph = sanitize_text(chunk, clean_paragraph, removed)
        out.extend(lines)
    return Cleaned(body="\n".join(out), removed=removed)


# --- fences ---------------------------------------------------------------------------------


def split_fences(lines: list[str]) -> list[tuple[str, list[str]]]:
    """[(kind, lines)] in order, kind "text", "fence" or "exposed-fence": the fenced blocks
    exactly as pymdownx.superfences finds them (its single pass over the lines, ported below),
    since text we take for code keeps its `<`. Openers are judged with their header already
    reduced to fence + language (what sanitize_fence writes), so superfences sees the fences
    we see. A fence is "exposed" when superfences could revert it to text: it sits in a block
    that starts with an indented line (see `_exposed`)."""
    chunks: list[tuple[str, list[str]]] = []
    text: list[str] = []
    i = 0
    while i < len(lines):
        if fence_opener(lines[i]) is None:
            text.append(lines[i])
            i += 1
            continue
        closed, last = _scan_fence(lines, i)
        if not closed:  # abandoned or never closed: all text, and no line in it opens a fence
            text.extend(lines[i:last + 1])
        else:
            kind = "exposed-fence" if _exposed(lines, i) else "fence"
            if text:
                chunks.append(("text", text))
                text = []
            chunks.append((kind, lines[i:last + 1]))
        i = last + 1
    if text:
        chunks.append(("text", text))
    return chunks


@dataclass(frozen=True)
class _Opener:
    ws: str  # the prefix before the fence: spaces and `>` (tabs expanded)
    fence: str
    lang: str
    info: str  # everything after the fence, as written


def fence_opener(line: str) -> _Opener | None:
    """The line as a superfences opening fence, or None. Headers superfences rejects
    (unrecognised words, backticks) are not openers; options and {attributes} are (we drop
    them, and a bare language is always accepted)."""
    view = line.expandtabs(TAB_LENGTH)
    ws = view[:len(view) - len(view.lstrip(" >"))]
    match = FENCE_START.match(view, len(ws))
    if not match or match.group("unrecognized"):
        return None
    return _Opener(ws, match["fence"], match["lang"] or "", view[match.end("fence"):])


def _scan_fence(lines: list[str], start: int) -> tuple[bool, int]:
    """(True, closing line) if the fence opened at `start` closes; else (False, the line where
    superfences gives it up, or the last line). Superfences' eval_fence and eval_quoted."""
    opener = fence_opener(lines[start])
    closing = re.compile(re.escape(opener.fence) + r"[ \t]*$")
    quote_level, empty_lines = opener.ws.count(">"), 0
    for i in range(start + 1, len(lines)):
        view = lines[i].expandtabs(TAB_LENGTH)
        ws = _prefix(view, len(opener.ws))
        content = view[len(ws):]
        if quote_level:
            if ws.count(">") > quote_level or (content and len(ws) < len(opener.ws)):
                return False, i
            if not content:
                empty_lines += 1
                continue
            if empty_lines and ws.count(">") < quote_level:
                return False, i
            if closing.match(content):
                return True, i
            empty_lines = 0
        elif ws.count(">"):
            return False, i
        elif not (ws + content).strip():
            continue
        elif len(ws) != len(opener.ws):
            return False, i
        elif closing.match(content) and not content.startswith((" ", "\t")):
            return True, i
    return False, len(lines) - 1


def _exposed(lines: list[str], opener: int) -> bool:
    """Superfences' indented-code processor turns the fences of a block that starts with an
    indented line (4 spaces, in any list or quote) back into their source, and only the
    leading indented lines stay code: a fence in such a block may end up as plain text. The
    block starts after the last blank line (`>`-only lines count as blank: they are blank
    inside a quote); its first line's prefix of spaces and `>` must be under 4."""
    first = opener
    while first > 0 and lines[first - 1].strip(" \t>"):
        first -= 1
    view = lines[first].expandtabs(TAB_LENGTH)
    return len(view) - len(view.lstrip(" >")) >= TAB_LENGTH


def _prefix(view: str, width: int) -> str:
    """Up to `width` leading spaces and `>` (superfences' parse_fence_line)."""
    n = 0
    while n < width and n < len(view) and view[n] in " >":
        n += 1
    return view[:n]


def sanitize_fence(lines: list[str], removed: list[Removal]) -> list[str]:
    """Keep the code; reduce the opening line to fence + language; escape snippet markers."""
    body = [_escape_snippet(line) for line in lines[1:]]
    return [fence_header(lines[0], removed), *body]


def fence_header(line: str, removed: list[Removal]) -> str:
    """The opening line reduced to fence + language: no attributes, classes or options."""
    opener = fence_opener(line)
    if opener.info.strip() not in ("", opener.lang):
        removed.append(Removal("sanitize:fence-attributes", opener.info.strip()))
    return f"{opener.ws}{opener.fence}{opener.lang}"


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
    and closes on one line, with the whole backtick run as its opener (else the regex could pair
    a longer opener with a run on a later line), no earlier line of the paragraph left a
    backtick unsettled, and nothing unsettled precedes it on its line. Spans containing `|` are
    not trusted either (tables split cells before inline parsing)."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in lines:
        if not line.strip():
            clean_paragraph = True
        elif "`" in line:
            matches = [m for m in BACKTICK.finditer(line) if m.group(2)]
            settled = _settled_until(line, matches)
            if clean_paragraph:
                spans += [(offset + m.start(), offset + m.end()) for m in matches
                          if m.end() <= settled and "|" not in m.group(3)]
            if settled < len(line):
                clean_paragraph = False
        offset += len(line) + 1
    return spans, clean_paragraph


def _settled_until(line: str, matches: list[re.Match]) -> int:
    """Offset of the first backtick whose pairing could change in a bigger block: one outside
    every span, or the opener of a span that is not a whole backtick run. len(line) if none."""
    pos = 0
    for match in matches:
        gap = line.find("`", pos, match.start())
        if gap != -1:
            return gap
        if line[match.start() - 1:match.start()] == "`" or line[match.end(2):match.end(2) + 1] == "`":
            return match.start()
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
