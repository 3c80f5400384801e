"""Scan every article once for every known name; turn hits into mentions and backlinks."""
from __future__ import annotations

import re
from functools import lru_cache

from ..link import Hit, Matcher, Target, linkable_spans, scan
from .tokens import plain
from .types import ArticleInfo, Backlink, Mention, Org, Person, Term

_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+|(?<=다\.)")
_MAX_SENTENCE = 220


def person_tip(person: Person, slug: str | None = None) -> str:
    roles = [r for r in person.roles if r.slug == slug] or person.roles
    parts = [x for x in ((roles[0].affiliation, roles[0].role) if roles else ()) if x]
    return " ".join(parts)


def targets_for(people: list[Person], orgs: list[Org], terms: list[Term]) -> dict[str, Target]:
    """Surface form -> target. People win over organisations, organisations over terms."""
    out: dict[str, Target] = {}
    for term in terms:
        if term.linkable:
            for form in [term.name] + term.aliases:
                out[form] = Target(term.key, term.tip)
    for org in orgs:
        for form in [org.name] + org.aliases:
            out[form] = Target(org.key, org.name)
    for person in people:
        for form in person.variants:
            out[form] = Target(person.key, person_tip(person))
    return {s: t for s, t in out.items() if len(s) >= 2 or re.match(r"[가-힣]", s)}


@lru_cache(maxsize=4096)
def _short_matcher(forms: tuple[tuple[str, str], ...]) -> Matcher:
    return Matcher({form: Target(key) for form, key in forms})


def scan_article(info: ArticleInfo, matcher: Matcher, people: dict[str, Person]) -> list[Mention]:
    doc = info.doc
    linkable = linkable_spans(doc.body, doc.heading_spans)
    visible = linkable_spans(doc.body, doc.heading_spans, visible=True)
    can_link = _SpanSet(linkable)
    hits = scan(matcher, doc.body, visible)
    mentions = [Mention(h.key, info.slug, doc.section_at(h.start), h.start, h.end, linkable=can_link.covers(h))
                for h in hits]
    first_full: dict[str, int] = {}
    for h in hits:
        first_full.setdefault(h.key, h.start)
    forms: dict[str, set[str]] = {}
    for key in first_full:
        person = people.get(key)
        for form in person.short_forms if person else ():
            forms.setdefault(form, set()).add(key)
    unique = tuple(sorted((f, next(iter(k))) for f, k in forms.items() if len(k) == 1))
    if unique:
        taken = _SpanSet([(h.start, h.end) for h in hits])
        for h in scan(_short_matcher(unique), doc.body, visible):
            if h.start > first_full[h.key] and not taken.overlaps(h):
                mentions.append(Mention(h.key, info.slug, doc.section_at(h.start), h.start, h.end, short=True,
                                        linkable=can_link.covers(h)))
    return sorted(mentions, key=lambda m: m.start)


class _SpanSet:
    """Sorted, non-overlapping spans; `covers(hit)` by binary search."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.starts = [s for s, _ in spans]
        self.spans = spans

    def overlaps(self, hit: Hit) -> bool:
        import bisect

        i = bisect.bisect_left(self.starts, hit.end) - 1
        return i >= 0 and self.spans[i][1] > hit.start

    def covers(self, hit: Hit) -> bool:
        import bisect

        i = bisect.bisect_right(self.starts, hit.start) - 1
        return i >= 0 and self.spans[i][0] <= hit.start and hit.end <= self.spans[i][1]


def sentence_around(body: str, start: int, end: int) -> str:
    line_start = body.rfind("\n", 0, start) + 1
    line_end = body.find("\n", end)
    line = body[line_start:line_end if line_end >= 0 else len(body)]
    pos = start - line_start
    offset = 0
    for part in _SENTENCE_SPLIT.split(line):
        if offset <= pos < offset + len(part) + 1:
            line = part
            break
        offset += len(part) + 1
    text = " ".join(plain(line).split())
    if len(text) > _MAX_SENTENCE:
        text = text[: _MAX_SENTENCE - 1].rstrip() + "…"
    return text


def backlinks(infos: dict[str, ArticleInfo]) -> dict[str, list[Backlink]]:
    """Entity key -> one backlink per (article, section) it is mentioned in, oldest article first."""
    out: dict[str, list[Backlink]] = {}
    for slug in sorted(infos, key=lambda s: (infos[s].date, s)):
        info = infos[slug]
        seen: set[tuple[str, int]] = set()
        for m in info.mentions:
            if (m.key, m.section) in seen:
                continue
            seen.add((m.key, m.section))
            section = info.doc.sections[m.section]
            out.setdefault(m.key, []).append(Backlink(
                slug, info.title, info.date, section.anchor, section.title if section.anchor else "",
                sentence_around(info.doc.body, m.start, m.end)))
    return out


def first_hits(info: ArticleInfo, linkable: set[str]) -> list[Hit]:
    """The first mention of each entity in each section: what the article page links."""
    seen: set[tuple[str, int]] = set()
    hits = []
    for m in info.mentions:
        if m.linkable and m.key in linkable and (m.key, m.section) not in seen:
            seen.add((m.key, m.section))
            hits.append(Hit(m.start, m.end, m.key))
    return hits
