"""Scan every article once for every known name; turn hits into mentions and backlinks."""
from __future__ import annotations

import re
from functools import lru_cache

from ..link import Hit, Matcher, Target, linkable_spans, scan
from .people import _PRESS_BEFORE
from .tokens import plain, role_of, tokens
from .words import PRESS_CREDIT_AFTER, PRESS_ROLES, SIGN_OFF_ENDINGS
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
    hits = [h for h in scan(matcher, doc.body, visible)
            if not (h.key in people and is_credit(doc.body, h.start, h.end, _credited(people[h.key], info.slug)))]
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


_EMAIL = r"[\w.+-]+@[\w.-]+"
# What may stand on a byline or credit line besides the name: e-mail, a date, separators.
_CREDIT_LINE_REST = re.compile(r"^[\s()\[\]<>「」『』.,·|/:：-]*(?:" + _EMAIL + r")?[\s()\[\]<>「」『』.,·|/-]*"
                               r"(?:\d{2,4}[.년/-]\s*\d{1,2}[.월/-]\s*\d{1,2}일?\.?(?:\s*\d{1,2}:\d{2})?)?[\s.]*$")
_SIGN_OFF = re.compile(r"^(?:" + "|".join(SIGN_OFF_ENDINGS) + r")[.!]?\s*$")


def _credited(person: Person, slug: str) -> bool:
    """The article's byline author, or a person known only as a reporter."""
    return slug in person.authored or (bool(person.roles) and all(r.role in PRESS_ROLES for r in person.roles))


def is_credit(body: str, start: int, end: int, author: bool = False) -> bool:
    """A reporter credited, not discussed: "사진=김소연 기자", "… 김소연 기자 (e-mail)" under a photo or a
    byline, "이서연 기자가 보도합니다", "YTN 김도윤입니다" sign-offs. For the article's own byline author a
    line holding only the name (with an e-mail or a date) and a sign-off are credits too."""
    line_start = body.rfind("\n", 0, start) + 1
    line_end = body.find("\n", end)
    line_end = len(body) if line_end < 0 else line_end
    before, after = body[line_start:start], body[end:line_end]
    if _PRESS_BEFORE.search(before):
        return True
    toks = tokens(after)
    if toks and not toks[0].gap.strip() and after.startswith(toks[0].text):
        if author and _SIGN_OFF.match(after) and len(tokens(before)) <= 2:
            return True  # "YTN 김도윤입니다." closing a broadcast item
    if toks and toks[0].gap.strip() == "" and role_of(toks[0].text) in PRESS_ROLES:
        rest = after[toks[0].end:]
        word = toks[0].text
        role = role_of(word)
        if word == role and (_CREDIT_LINE_REST.match(rest) or rest.lstrip().startswith("=")):
            return True
        if rest.lstrip().startswith(PRESS_CREDIT_AFTER):
            return True
    if author and _CREDIT_LINE_REST.match(after) and len(tokens(before)) <= 1 and not before.strip().startswith("#"):
        return True  # "정하늘 · 2024년 8월 3일", "김도윤 (kimdy@ytn.co.kr)", a lone byline
    return False


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
