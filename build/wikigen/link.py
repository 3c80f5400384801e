"""The linker: find every known name in an article body in one regex pass, link the first
mention of each entity in each section.

All surface forms (names, aliases, spellings) are compiled into ONE trie-shaped regex, so
the scan costs one pass of the regex engine however many entities the wiki has; longer
forms win ("AI 에이전트" before "AI"). A Hangul form only matches when what follows is a
particle or not Hangul ("엔비디아의" yes, "메타버스" no for 메타), a Latin form only at word
boundaries. Headings, code, existing links, images, URLs and HTML are never touched.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .entities.words import PARTICLES

_HANGUL = "가-힣"
# What may follow a Hangul name: a particle (then a non-Hangul char), or a non-Hangul char.
_HANGUL_END = "(?=(?:" + "|".join(PARTICLES) + f")?(?:[^{_HANGUL}]|$))"
_LATIN_END = r"(?![A-Za-z0-9])"
_OTHER_END = ""

# Inline regions that must not be rewritten: code spans, images, links, autolinks, URLs, HTML tags,
# link reference definitions and footnote markers.
_PROTECTED = re.compile(
    r"`+[^`\n]*`+"
    r"|!\[[^\]\n]*\]\([^)\n]*\)"
    r"|\[[^\]\n]*\]\([^)\n]*\)"
    r"|\[[^\]\n]*\]\[[^\]\n]*\]"
    r"|<([a-zA-Z][a-zA-Z0-9]*)\b[^>\n]*>.*?</\1\s*>"
    r"|<[a-zA-Z/!][^>\n]*>"
    r"|(?:https?|ftp)://[^\s)>\]]+"
    r"|www\.[^\s)>\]]+"
    r"|^\s*\[[^\]\n]+\]:.*$"
    r"|[\w.+-]+@[\w-]+\.[\w.]+",
    re.MULTILINE,
)
# What a reader never sees as text: image sources, link targets, URLs, HTML tags.
_HIDDEN = re.compile(
    r"!\[[^\]\n]*\]\([^)\n]*\)"
    r"|\]\([^)\n]*\)"
    r"|<[a-zA-Z/!][^>\n]*>"
    r"|(?:https?|ftp)://[^\s)>\]]+"
    r"|www\.[^\s)>\]]+"
    r"|^\s*\[[^\]\n]+\]:.*$",
    re.MULTILINE,
)
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_HTML_BLOCK = re.compile(r"^ {0,3}<(?:div|table|script|style|pre|iframe|details|figure)", re.IGNORECASE)


@dataclass(frozen=True)
class Target:
    """Where a surface form links to: `key` is the entity's page path without .md."""

    key: str
    tip: str = ""


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    key: str


def _end_guard(surface: str) -> str:
    last = surface[-1]
    if re.match(f"[{_HANGUL}]", last):
        return _HANGUL_END
    if re.match(r"[A-Za-z0-9]", last):
        return _LATIN_END
    return _OTHER_END


def _start_guard(surface: str) -> str:
    first = surface[0]
    if re.match(f"[{_HANGUL}]", first):
        return f"(?<![{_HANGUL}])"
    if re.match(r"[A-Za-z0-9]", first):
        return r"(?<![A-Za-z0-9])"
    return ""


def _trie_pattern(surfaces: list[str]) -> str:
    """One regex for many words: a trie, longer continuations tried first."""
    trie: dict = {}
    for s in surfaces:
        node = trie
        for ch in s:
            node = node.setdefault(ch, {})
        node[""] = _end_guard(s)

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            branches.append(node[""])
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    by_guard: dict[str, list[str]] = {}
    for s in surfaces:
        by_guard.setdefault(_start_guard(s), []).append(s)
    parts = []
    for guard, group in sorted(by_guard.items()):
        sub: dict = {}
        for s in group:
            node = sub
            for ch in s:
                node = node.setdefault(ch, {})
            node[""] = _end_guard(s)
        parts.append(guard + emit(sub))
    return "|".join(parts)


class Matcher:
    """Finds surface forms of known entities in text. Build once per corpus."""

    def __init__(self, targets: dict[str, Target]):
        self.targets = {s: t for s, t in targets.items() if s and s.strip()}
        surfaces = sorted(self.targets, key=lambda s: (-len(s), s))
        self.pattern = re.compile(_trie_pattern(surfaces)) if surfaces else None

    def find(self, text: str, start: int, end: int) -> list[Hit]:
        if self.pattern is None:
            return []
        return [Hit(m.start(), m.end(), self.targets[m.group(0)].key)
                for m in self.pattern.finditer(text, start, end) if m.group(0) in self.targets]


def linkable_spans(body: str, heading_spans: list[tuple[int, int]], visible: bool = False) -> list[tuple[int, int]]:
    """Offsets of the text where links may be inserted. `visible=True`: all text a reader sees,
    headings and code spans included (mentions there count but are not linked)."""
    skip = sorted(heading_spans)
    spans: list[tuple[int, int]] = []
    offset = 0
    in_fence = False
    in_html = False
    h = 0
    for line in body.split("\n"):
        start, end = offset, offset + len(line)
        offset = end + 1
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if _HTML_BLOCK.match(line):
            in_html = True
        if in_html:
            in_html = bool(line.strip())
            continue
        while h < len(skip) and skip[h][1] < start:
            h += 1
        if h < len(skip) and skip[h][0] <= start <= skip[h][1] and not visible:
            continue
        if line.startswith(("    ", "\t")) and not line.lstrip().startswith(("*", "-", "+", ">")) \
                and not re.match(r"\s*\d+[.)]", line):
            continue  # indented code block (lists and quotes excepted)
        pos = start
        for m in (_HIDDEN if visible else _PROTECTED).finditer(body, start, end):
            if m.start() > pos:
                spans.append((pos, m.start()))
            pos = max(pos, m.end())
        if pos < end:
            spans.append((pos, end))
    return spans


def scan(matcher: Matcher, body: str, spans: list[tuple[int, int]]) -> list[Hit]:
    hits: list[Hit] = []
    for start, end in spans:
        hits.extend(matcher.find(body, start, end))
    return hits


def clean_tip(text: str, limit: int = 140) -> str:
    """A Markdown link title: one line, no double quotes, no table pipes, no brackets to confuse parsers."""
    tip = " ".join(str(text or "").split())
    tip = tip.replace('"', "'").replace("|", "/").replace("\\", "/").replace("[", "(").replace("]", ")")
    tip = re.sub(r"[*_`<>]", "", tip)
    if len(tip) > limit:
        tip = tip[: limit - 1].rstrip() + "…"
    return tip


def link_text(body: str, hits: list[Hit], targets: dict[str, Target]) -> str:
    """Rewrite `body` with a Markdown link at each hit (hits must not overlap, any order)."""
    out: list[str] = []
    pos = 0
    for hit in sorted(hits, key=lambda h: h.start):
        if hit.start < pos:
            continue
        target = targets[hit.key]
        label = body[hit.start:hit.end]
        tip = clean_tip(target.tip)
        title = f' "{tip}"' if tip else ""
        out.append(body[pos:hit.start])
        out.append(f"[{label}](../{target.key}.md{title})")
        pos = hit.end
    out.append(body[pos:])
    return "".join(out)
