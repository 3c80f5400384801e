"""People: found by title/role patterns, speaker lists, "한글(Latin)" pairs and citations,
filtered by kiwi, merged across spellings.

Patterns find candidates (a name next to a role word is a person), kiwi rejects common
nouns that look like names. Confidence per pattern decides the canonical spelling.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .sections import Doc
from .tokens import (Token, is_foreign_name, is_korean_name, is_latin_name, is_org_like, is_publication,
                     is_role_modifier, name_stem, plain, role_of, tokens)
from .words import (ATTRIBUTION_LABELS, ATTRIBUTION_ROLES, ENGLISH_COMMON, GENERIC_ROLES, HONORIFICS, NAME_FINAL_SYLLABLES, NOT_NAMES,
                    LIST_BULLETS, PARTICLES, ORG_SUFFIXES_KO, PRESS_CREDIT_AFTER, PRESS_CREDIT_BEFORE, PRESS_ROLES, PUBLICATION_CUES, ROLE_WORDS, SPEAKER_LABELS, SURNAMES)

# How much a pattern is trusted: the canonical spelling comes from the most trusted sighting.
CONFIDENCE = {"curated": 5, "speaker": 4, "paren": 4, "attribution": 4, "pair": 3, "role": 3, "role_before": 2,
              "citation": 2, "honorific": 2, "author": 2, "nickname": 1}
_PAREN = re.compile(r"\(([^()]{2,120})\)")
_PAIR = re.compile(r"([가-힣][가-힣 .A-Z]{1,30}?)\s?\(([A-Z][A-Za-z .'\-]{2,60})\)|([A-Z][A-Za-z .'\-]{2,60}?)\s?\(([가-힣][가-힣 ]{1,30})\)")
_NICKNAME = re.compile(r"([^\s(]+(?: [^\s(]+){0,3})\s?\(이하\s*['‘\"“]?([^)'’\"”]+?)['’\"”]?\)")
_CITATION = re.compile(r"\b([A-Z][a-z]+), ((?:[A-Z][a-z]+|[A-Z]\.)(?: (?:[A-Z][a-z]+|[A-Z]\.)){0,2}),? (?:et al|and |&)")
_LABEL = re.compile(r"^\s*(?:[" + re.escape(LIST_BULLETS) + r"]\s*)*(" + "|".join(SPEAKER_LABELS) + r")\s*[:：]\s*(.*)$")
_TALK_LABELS = ("발표자", "연사", "강연자", "Speaker", "Speakers")
# TV-news attributions: "[윤재형/반도체업체 대표 : "…"]", "<인터뷰> 홍길동 / 대표", "▶ 녹취 : 홍길동/시민".
_ATTRIBUTION = re.compile(
    r"(?:^|[\[<(【「▶])\s*(?:(?:" + "|".join(ATTRIBUTION_LABELS) + r")\s*[:：\]>】]?\s*)?"
    r"(?P<name>[^\s/\[\]<>:：()]{2,20}(?: [^\s/\[\]<>:：()]{1,20}){0,3}?)\s*/\s*"
    r"(?P<rest>[^/\[\]<>:：()\n\"“”]{1,60}?)\s*(?=[:：\]>)】」]|$)")
# A short parenthesis after a word and before a space ("한국전자통신연구원(ETRI) 책임연구원"):
# blanked for the role scan so the name, the organisation and the title stay one phrase.
_ASIDE = re.compile(r"(?<=[0-9A-Za-z가-힣])\([^()\s]{1,20}\)(?=\s)")  # one word: "(ETRI)", not "(Dario Amodei)"
_PRESS_BEFORE = re.compile(r"(?:(?:" + "|".join(PRESS_CREDIT_BEFORE) + r")\s*[=:：/]|[=/ⓒ©])\s*$")
_HONORIFIC_SET = frozenset(HONORIFICS)
_ROLE_HINT = re.compile("|".join(re.escape(w) for w in sorted(ROLE_WORDS | set(SPEAKER_LABELS), key=len, reverse=True)))


@dataclass
class Sighting:
    """One place a pattern found a person."""

    name: str
    slug: str
    section: int
    pattern: str
    role: str | None = None
    affiliation: str | None = None
    other_spelling: str | None = None  # the Latin or Hangul form given in a pair
    label: str | None = None  # speaker-list label ("발표자") when found in one


@dataclass
class Rejected:
    name: str
    slug: str
    reason: str


@dataclass
class Found:
    sightings: list[Sighting] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    aliases: list[tuple[str, str, str]] = field(default_factory=list)  # (long form, short form, slug) from "(이하 X)"


def _join(parts: list[Token]) -> str:
    return " ".join(t.text for t in parts)


def _plain_gap(gap: str) -> bool:
    return gap.strip() == ""


def _role_run(toks: list[Token], i: int) -> int:
    """End index (exclusive) of the role phrase starting at toks[i], or i when none starts there."""
    j = i
    while j < len(toks) and is_role_modifier(toks[j].text) and j + 1 < len(toks) and _plain_gap(toks[j + 1].gap):
        j += 1
    if j < len(toks) and role_of(toks[j].text) and (j == i or _plain_gap(toks[j].gap)):
        k = j + 1
        while k < len(toks) and _plain_gap(toks[k].gap) and role_of(toks[k].text) and toks[k - 1].text == name_stem(toks[k - 1].text):
            k += 1
        return k
    return i


def _role_text(text: str, toks: list[Token]) -> str:
    last = toks[-1]
    role = role_of(last.text) or last.text
    return text[toks[0].start:last.start] + role


def _name_before(toks: list[Token], end: int, orgs: set[str]) -> tuple[str, int, list[str]] | None:
    """A name ending at toks[end-1] (possibly with organisation tokens between it and `end`).

    Returns (name, index of the name's first token, organisation words around it)."""
    window: list[int] = []
    comma = None  # "김철수, 삼성전자 부사장은": the name, a comma, then organisation and title
    i = end - 1
    while i >= 0 and len(window) < 4 and _bare(toks[i].text):
        window.append(i)
        if not _plain_gap(toks[i].gap):
            comma = i - 1 if toks[i].gap.strip() in (",", "，") and i > 0 else None
            break
        i -= 1
    words = [toks[w].text for w in window]
    first = _foreign_org_title(toks, window, words, orgs, lead=True)
    if first:  # "사티아 나델라 마이크로소프트 CEO": not "나델라", which also reads as a Korean name
        return first
    for foreign in (False, True):
        # a foreign name may be followed by one organisation word ("젠슨 황 엔비디아 CEO")
        for between in (("relaxed", 1, 0) if foreign else range(0, min(4, len(window)))):
            relaxed = between == "relaxed"
            between = 1 if relaxed else between
            if between >= len(window) or not all(is_org_like(w, orgs) for w in words[:between]):
                continue
            if relaxed:  # "일론 머스크 테슬라 CEO": name, organisation, title
                found = _foreign_org_title(toks, window, words, orgs, lead=False)
                if found:
                    return found
                continue
            rest = window[between:]
            rest_words = [toks[w].text for w in rest]
            if not rest_words or not _bare(rest_words[0]):
                continue
            org_between = [w for w in reversed(words[:between])]
            found = _name_at(toks, rest, foreign, between, orgs)
            if found and not foreign and _university(found[0]) and between + 1 < len(window):
                further = _name_at(toks, window[between + 1:], False, between + 1, orgs)
                if further:  # "이종환 상명대 …학과 교수": 상명대 is the university, not the name
                    return further[0], further[1], list(reversed(words[:between + 1]))
            if found:
                return found[0], found[1], org_between
    if comma is not None and words and all(is_org_like(w, orgs) for w in words):
        name = toks[comma].text
        if len(name) >= 3 and _bare(name) and is_korean_name(name, strict=False):
            return name, comma, list(reversed(words))
    return None


def _foreign_org_title(toks: list[Token], window: list[int], words: list[str], orgs: set[str],
                       lead: bool) -> tuple[str, int, list[str]] | None:
    """A transliterated name right before one organisation word and the title. With `lead`, only when
    the name's first part reads as a foreign word itself ("순다르", "사티아"), so it may win over a
    Korean-looking last part ("피차이", "나델라")."""
    from . import kiwi

    if len(window) < 3 or not is_org_like(words[0], orgs):
        return None
    rest = window[1:]
    for size in (3, 2):
        parts = [toks[w].text for w in reversed(rest[:size])]
        if len(parts) < size or not all(_plain_gap(toks[w].gap) for w in rest[:size - 1]):
            continue
        if lead and (parts[0] in orgs or not kiwi.looks_foreign_name_part(parts[0]) or is_korean_name(parts[0])):
            continue
        if _foreign_before_org(parts):
            return " ".join(parts), rest[size - 1], [words[0]]
    return None


_NOT_IN_FOREIGN_NAME = ("MAG", "MAJ", "MM", "VA", "VX", "XSV", "XSA", "ETM", "NR", "SN")


def _foreign_before_org(parts: list[str]) -> bool:
    """A transliterated name between something and "<organisation> <title>": kiwi cuts such names
    oddly ("피+차이", "나+델+ㄹ라"), so one part that reads as a foreign name part is enough, as long as
    no part is a known noun, an adverb or an adnominal verb form ("최근", "취임한")."""
    from . import kiwi

    if not all(re.match(r"^[가-힣]{1,5}$", p) for p in parts) or sum(len(p) for p in parts) < 3:
        return False
    if any(p in NOT_NAMES or kiwi.is_known_noun(p) or role_of(p) or is_role_modifier(p) for p in parts):
        return False
    if is_korean_name(parts[0]):
        return False  # "한편 김철수": a Korean name is no part of a foreign one
    if is_publication(parts) or any(p.endswith(ORG_SUFFIXES_KO) for p in parts):
        return False
    if any(m.tag.startswith(_NOT_IN_FOREIGN_NAME) for p in parts for m in kiwi.analyse(p)):
        return False
    return any(kiwi.looks_foreign_name_part(p) for p in parts)


def _bare(word: str) -> bool:
    """A word without a particle. Kiwi cuts some names as noun + particle ("정유나" = 정유 + 나);
    a three-syllable name ending in such a syllable stays whole."""
    if word == name_stem(word):
        return True
    return (len(word) == 3 and word[2] in NAME_FINAL_SYLLABLES and word[:2] not in NOT_NAMES
            and not role_of(word[:2]) and is_korean_name(word, strict=False))


def _university(word: str) -> bool:
    """Short university names look like Korean names ("상명대", "한동대")."""
    return len(word) == 3 and word.endswith("대")


def _name_at(toks: list[Token], rest: list[int], foreign: bool, between: int, orgs: set[str]) -> tuple[str, int] | None:
    """A name whose LAST token is toks[rest[0]] (rest runs backwards)."""
    rest_words = [toks[w].text for w in rest]
    linked = [all(_plain_gap(toks[w].gap) for w in rest[:size - 1]) for size in range(1, len(rest) + 1)]
    if foreign:
        for size in (3, 2):
            parts = list(reversed(rest_words[:size]))
            if len(parts) == size and linked[size - 1] and is_foreign_name(parts):
                return " ".join(parts), rest[size - 1]
        return None
    next_org = len(rest_words) > 1 and is_org_like(name_stem(rest_words[1]), orgs)
    if is_korean_name(rest_words[0], short_ok=between > 0 or next_org, strict=False):
        return rest_words[0], rest[0]
    for size in (4, 3, 2):
        parts = list(reversed(rest_words[:size]))
        if len(parts) == size and linked[size - 1] and is_latin_name(parts):
            return " ".join(parts), rest[size - 1]
    return None


def _name_after(toks: list[Token], start: int) -> tuple[str, int] | None:
    """A name starting at toks[start] (the last token may carry a particle). Returns (name, end index)."""
    if start >= len(toks):
        return None
    for size in (4, 3, 2):
        seg = toks[start:start + size]
        if len(seg) < size or not all(_plain_gap(t.gap) for t in seg[1:]):
            continue
        parts = [t.text for t in seg[:-1]] + [name_stem(seg[-1].text)]
        if any(t.text != name_stem(t.text) for t in seg[:-1]):
            continue
        if is_latin_name(parts) or is_foreign_name(parts):
            return " ".join(parts), start + size
    one = name_stem(toks[start].text)
    if is_korean_name(one) or is_foreign_name([one]) or (re.match(r"^[가-힣]{2,3}$", one) and is_foreign_name_strict(one)):
        return one, start + 1
    return None


def is_foreign_name_strict(word: str) -> bool:
    """A single short transliterated name right after a role ("화가 모네"): kiwi must call it a proper noun."""
    from . import kiwi

    morphs = kiwi.analyse(word)
    return len(morphs) == 1 and morphs[0].tag == "NNP" and not morphs[0].oov and word not in ENGLISH_COMMON


def _affiliation_before(toks: list[Token], first: int, orgs: set[str]) -> list[str]:
    """Organisation words right before a name: "SK텔레콤 유영상", "구글 딥마인드의 ...", "KAIST 김정호"."""
    found: list[str] = []
    i = first - 1
    while i >= 0 and len(found) < 2:
        if not _plain_gap(toks[first if not found else i + 1].gap):
            break
        word = toks[i].text
        stem = word[:-1] if word.endswith("의") and len(word) > 2 else word
        if stem != name_stem(stem) or not is_org_like(stem, orgs):
            break
        found.insert(0, stem)
        i -= 1
    return found


def _blank_asides(text: str) -> str:
    """Short parentheses without a title in them become spaces (offsets kept)."""
    def blank(m: re.Match) -> str:
        return m.group(0) if any(role_of(t.text) for t in tokens(m.group(0))) else " " * len(m.group(0))
    return _ASIDE.sub(blank, text) if "(" in text else text


_CREDIT_TAIL = re.compile(r"^[\s\[\]()<>「」『』.,·|]*(?:[\w.+-]+@[\w.-]+)?[\s\[\]()<>「」『』.]*$")


def _press_credit(text: str, toks: list[Token], first: int, role_end: int) -> bool:
    """A reporter's credit, not a mention: "사진=김소연 기자", a caption or byline ending in
    "김소연 기자 (e-mail)", "이서연 기자가 보도합니다", "홍길동 기자 = "."""
    last = toks[role_end - 1]
    role = role_of(last.text)
    if role not in PRESS_ROLES:
        return False
    if _PRESS_BEFORE.search(text[:toks[first].start]):
        return True
    after = text[last.end:]
    if last.text.endswith(role) and (_CREDIT_TAIL.match(after) or after.lstrip().startswith("=")):
        return True  # nothing but an e-mail or a bracket after the bare title
    return after.lstrip().startswith(PRESS_CREDIT_AFTER)


def _scan_roles(text: str, slug: str, section: int, orgs: set[str], out: Found) -> None:
    text = _blank_asides(text)
    toks = tokens(text)
    i = 0
    while i < len(toks):
        end = _role_run(toks, i)
        if end == i:
            i += 1
            continue
        role = _role_text(text, toks[i:end])
        hit = _name_before(toks, i, orgs)
        if hit:
            name, first, between = hit
            affil = _affiliation_before(toks, first, orgs) + between
            if not _press_credit(text, toks, first, end):
                out.sightings.append(Sighting(name, slug, section, "role", role, " ".join(affil) or None))
        else:
            start = end
            last_role = toks[end - 1].text
            the_role = role_of(last_role) or ""
            bare_role = last_role.endswith((the_role, the_role + "인", the_role + "이자"))
            if (start < len(toks) and toks[start].gap.strip() in ("", ",") and bare_role
                    and role_of(last_role) not in GENERIC_ROLES):
                after = _name_after(toks, start)
                if after:
                    affil = _affiliation_before(toks, i, orgs)
                    out.sightings.append(Sighting(after[0], slug, section, "role_before", role, " ".join(affil) or None))
                    end = after[1]
        i = max(end, i + 1)


def _honorific_split(word: str) -> tuple[str, str] | None:
    """("최서윤", "님") for "최서윤님과"; None when the word is no name + honorific."""
    for n in (3, 4):
        stem, rest = word[:n], word[n:]
        for h in HONORIFICS:
            if rest.startswith(h) and (rest == h or rest[len(h):] in PARTICLES):
                return stem, h
    return None


def _is_honorific(word: str) -> bool:
    return any(word == h or (word.startswith(h) and word[len(h):] in PARTICLES) for h in _HONORIFIC_SET)


def _scan_honorifics(text: str, slug: str, section: int, out: Found) -> None:
    """A full Korean name with "님"/"씨" after it ("최서윤 님, 이도현 님과", "홍길동 씨는")."""
    toks = tokens(text)
    for n, t in enumerate(toks):
        spaced = n + 1 < len(toks) and toks[n + 1].gap == " " and _is_honorific(toks[n + 1].text)
        if spaced and is_korean_name(t.text, strict=False) and len(t.text) >= 3:
            out.sightings.append(Sighting(t.text, slug, section, "honorific"))
            continue
        split = _honorific_split(t.text)
        if split and is_korean_name(split[0]):
            out.sightings.append(Sighting(split[0], slug, section, "honorific"))


def _attribution_name(name: str) -> str | None:
    parts = name.split()
    if len(parts) == 1:
        return name if is_korean_name(name, strict=False) and len(name) >= 3 else None
    if is_latin_name(parts) or is_foreign_name(parts):
        return name
    return None


def _scan_attributions(text: str, slug: str, section: int, out: Found) -> None:
    """TV-news attributions: "[윤재형/반도체 후공정 업체 대표 : "…"]", "<인터뷰> 홍길동 / 시민"."""
    for m in _ATTRIBUTION.finditer(text):
        name = _attribution_name(m.group("name").strip())
        if not name:
            continue
        rest = m.group("rest").strip()
        rest_toks = tokens(rest)
        if not rest_toks:
            continue
        last = rest_toks[-1].text
        if role_of(last):
            role, affil = _parse_paren(rest)
        elif last in ATTRIBUTION_ROLES:
            role, affil = last, rest[:rest_toks[-1].start].strip() or None
        else:
            continue  # "[김민수/서울 마포구]": no title, too little to go on
        if role and role_of(last) in PRESS_ROLES:
            continue  # "[이서연/기자]": the reporter
        out.sightings.append(Sighting(name, slug, section, "attribution", role, affil))


def _parse_paren(inside: str) -> tuple[str | None, str | None]:
    """'Perplexity 공동창립자, CEO' -> ('공동창립자, CEO', 'Perplexity')."""
    roles, affils = [], []
    for part in (p.strip() for p in inside.split(",")):
        toks = tokens(part)
        first_role = next((n for n, t in enumerate(toks) if role_of(t.text)), None)
        if first_role is None:
            if part:
                affils.append(part)
            continue
        while first_role > 0 and is_role_modifier(toks[first_role - 1].text):
            first_role -= 1
        before = part[:toks[first_role].start].strip()
        if before:
            affils.append(before)
        roles.append(part[toks[first_role].start:].strip())
    return (", ".join(roles) or None), (", ".join(affils) or None)


def _scan_parens(text: str, slug: str, section: int, label: str | None, orgs: set[str], out: Found) -> None:
    for m in _PAREN.finditer(text):
        role, affil = _parse_paren(m.group(1))
        if not role:
            continue
        before = text[:m.start()].rstrip()
        toks = tokens(before)
        end = len(toks)
        pre_role = None
        run_start = end
        while run_start > 0 and (role_of(toks[run_start - 1].text) or is_role_modifier(toks[run_start - 1].text)):
            run_start -= 1
        if run_start < end:
            pre_role = before[toks[run_start].start:]
            end = run_start
        if end == 0 or (end < len(toks) and not _plain_gap(toks[end].gap)):
            continue
        name = _name_before(toks, end, orgs)[0] if pre_role and _name_before(toks, end, orgs) else None
        name = name or _paren_name(toks[:end], orgs, listed=label is not None)
        if not name:
            continue
        if pre_role:
            role = pre_role + (", " + role if role and "Moderator" in role else "")
            if affil is None and role:
                pass
        if pre_role and not _parse_paren(m.group(1))[0]:
            role = pre_role
        if pre_role and affil is None:
            affil = m.group(1).split(",")[0].strip() if not role_of(m.group(1).split(",")[0].strip()) else None
        pattern = "speaker" if label else "paren"
        out.sightings.append(Sighting(name, slug, section, pattern, role, affil, label=label))


def _listed_name(word: str) -> bool:
    """A two-syllable name in a labelled speaker list ("토론자 : 주혁(… 대표)"): kiwi may know it as a
    proper noun, which elsewhere rejects it ("마크", "구글")."""
    from . import kiwi

    if not re.match(r"^[가-힣]{2}$", word) or word[0] not in SURNAMES or word in NOT_NAMES or role_of(word):
        return False
    morphs = kiwi.analyse(word)
    return len(morphs) == 1 and (morphs[0].oov or morphs[0].tag == "NNP")


def _paren_name(toks: list[Token], orgs: set[str], listed: bool = False) -> str | None:
    words = [t.text for t in toks]
    for size in (4, 3, 2):
        seg = toks[-size:]
        if len(seg) == size and all(_plain_gap(t.gap) for t in seg[1:]) and is_latin_name([t.text for t in seg]):
            return " ".join(t.text for t in seg)
    if words and is_korean_name(words[-1], short_ok=True, strict=False):
        return words[-1]
    if listed and words and (len(toks) == 1 or not _plain_gap(toks[-1].gap)) and _listed_name(words[-1]):
        return words[-1]
    for size in (3, 2):
        seg = toks[-size:]
        if len(seg) == size and all(_plain_gap(t.gap) for t in seg[1:]) and is_foreign_name([t.text for t in seg]):
            return " ".join(t.text for t in seg)
    return None


def _scan_label(text: str, slug: str, section: int, orgs: set[str], out: Found) -> str | None:
    m = _LABEL.match(text)
    if not m:
        return None
    label, rest = m.group(1), m.group(2)
    before = len(out.sightings)
    _scan_parens(rest, slug, section, label, orgs, out)
    if len(out.sightings) == before:
        toks = tokens(rest)
        if toks and _role_run(toks, 0) == 0:
            name = _paren_name(toks[:4], orgs) if len(toks) <= 4 else None
            if name:
                out.sightings.append(Sighting(name, slug, section, "speaker", label=label))
    for s in out.sightings[before:]:
        s.label = label
    return label


def _scan_pairs(text: str, slug: str, section: int, out: Found) -> None:
    for m in _PAIR.finditer(text):
        hangul, latin = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        latin_parts = latin.split()
        hangul_tok_objs = tokens(hangul)
        hangul_toks = [t.text for t in hangul_tok_objs]
        if not is_latin_name(latin_parts) and not _initials_name(latin_parts, text[m.end():]):
            continue
        n = sum(p.count("-") + 1 for p in latin_parts if not p.endswith("."))  # "Al-Qahtani" = 알 카타니
        hangul_parts = hangul_toks[-n:] if len(hangul_toks) >= n else hangul_toks
        if hangul.strip().startswith("이하") or any(p in NOT_NAMES for p in hangul_parts):
            continue
        first = m.start(1) + hangul_tok_objs[-len(hangul_parts)].start if m.group(1) else m.start(3)
        if is_publication(hangul_parts + latin_parts) or _titled(text, first):
            continue
        if m.group(1) and not all(re.match(r"^[가-힣]+$", p) for p in hangul_parts):
            continue
        out.sightings.append(Sighting(" ".join(hangul_parts), slug, section, "pair", other_spelling=latin))


_INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}$")


def _initials_name(parts: list[str], after: str) -> bool:
    """"웨이저자(C.C. Wei) TSMC 최고경영자": a Latin name opening with initials, trusted only when a
    title follows the pair within a few words (initials alone also open "U.S. Steel")."""
    if not 2 <= len(parts) <= 3 or not _INITIALS.match(parts[0]):
        return False
    rest = parts[1:]
    if not all(re.match(r"^[A-Z][a-z]+(?:-[A-Z][a-z]+)?$", p) and p.lower() not in ENGLISH_COMMON for p in rest):
        return False
    if is_publication(rest):
        return False
    return any(role_of(t.text) for t in tokens(after)[:3])


_OPEN_QUOTES = "‘“'\"「『《〈<"


def _titled(text: str, start: int) -> bool:
    """A "한글(Latin)" pair opened by a quote or right after "학술지"/"외신": a title, not a person."""
    return (start > 0 and text[start - 1] in _OPEN_QUOTES) or text[:start].rstrip().endswith(PUBLICATION_CUES)


def _scan_nicknames(text: str, slug: str, out: Found) -> None:
    for m in _NICKNAME.finditer(text):
        long_form = m.group(1).strip(" '‘\"“")
        short = m.group(2).strip()
        if 1 < len(short) <= 20:
            out.aliases.append((long_form, short, slug))


def _scan_citations(text: str, slug: str, section: int, out: Found) -> None:
    for m in _CITATION.finditer(text):
        surname, given = m.group(1), m.group(2)
        if is_latin_name(given.split() + [surname]):
            s = Sighting(f"{given} {surname}", slug, section, "citation")
            s.other_spelling = f"{surname}, {given}"
            out.sightings.append(s)


def find_people(slug: str, doc: Doc, orgs: set[str]) -> Found:
    """Every person sighting in one article."""
    out = Found()
    in_fence = False
    offset = 0
    for raw in doc.body.split("\n"):
        line_start = offset
        offset += len(raw) + 1
        if raw.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
            continue
        if in_fence or not raw.strip():
            continue
        text = plain(raw)
        section = doc.section_at(line_start)
        has_role = bool(_ROLE_HINT.search(text))  # cheap filters: most lines need no token scan
        label = _scan_label(text, slug, section, orgs, out) if has_role or ":" in text else None
        if not label and has_role and "(" in text:
            _scan_parens(text, slug, section, None, orgs, out)
        if has_role:
            _scan_roles(text, slug, section, orgs, out)
        if "/" in text:
            _scan_attributions(text, slug, section, out)
        if "님" in text or "씨" in text:
            _scan_honorifics(text, slug, section, out)
        if "(" in text:
            _scan_pairs(text, slug, section, out)
            if "이하" in text:
                _scan_nicknames(text, slug, out)
        if "," in text:
            _scan_citations(text, slug, section, out)
    return out


# ---------------------------------------------------------------------------------------------
# Merging sightings into people
# ---------------------------------------------------------------------------------------------

def _one_syllable_apart(a: str, b: str) -> bool:
    return len(a) == len(b) == 3 and a[0] == b[0] and sum(x != y for x, y in zip(a, b)) == 1


def _role_words(role: str | None) -> set[str]:
    return {t.text for t in tokens(role or "") if role_of(t.text)}


def _short_forms(name: str, roles: list[str]) -> list[str]:
    """Forms that mean this person once the full name has appeared in the same article."""
    from . import kiwi

    parts = name.split()
    if len(parts) == 1 and re.match(r"^[가-힣]{3,4}$", name):
        surname = name[:2] if len(name) == 4 else name[0]
        return sorted({f"{surname} {r}" for role in roles for r in _role_words(role) if re.match(r"^[가-힣]+$", r)})
    forms = set()
    for p in parts:
        if re.match(r"^[A-Z][a-z]{2,}$", p) and p.lower() not in ENGLISH_COMMON:
            forms.add(p)
        elif re.match(r"^[가-힣]{2,}$", p) and not kiwi.is_known_noun(p) and p not in NOT_NAMES:
            forms.add(p)
    return sorted(forms)


def merge_people(found: dict[str, Found], curated_people: list[dict], reject: set[str],
                 docs: dict[str, Doc], titles: dict[str, str]):
    """Group sightings and curated entries into people. Returns (people, candidates)."""
    from .slugs import Slugger, UnionFind, norm
    from .types import ArticleRole, Candidate, Person, Talk

    rejected = {norm(r) for r in reject}
    uf = UnionFind()
    surfaces: dict[str, set[str]] = {}
    curated_by_node: dict[str, dict] = {}
    sightings: dict[str, list[Sighting]] = {}
    candidates: list[Candidate] = []

    def add(form: str) -> str:
        node = norm(form)
        uf.add(node)
        surfaces.setdefault(node, set()).add(form)
        return node

    for entry in curated_people:
        forms = [entry["name"]] + list(entry.get("aliases", []))
        nodes = [add(f) for f in forms]
        for n in nodes[1:]:
            uf.union(nodes[0], n)
        curated_by_node[nodes[0]] = entry
    for slug in sorted(found):
        for s in found[slug].sightings:
            if norm(s.name) in rejected:
                candidates.append(Candidate("rejected name", f"{s.name} (curated reject list)", slug))
                continue
            node = add(s.name)
            sightings.setdefault(node, []).append(s)
            if s.other_spelling:
                uf.union(node, add(s.other_spelling))
    for slug in sorted(found):
        for long_form, short, _ in found[slug].aliases:
            words = long_form.split()
            tails = [" ".join(words[i:]) for i in range(len(words))]  # "말했다. Kai Fu Lee" -> "Kai Fu Lee"
            known = next((t for t in tails if norm(t) in sightings or norm(t) in curated_by_node), None)
            if known:
                uf.union(norm(known), add(short))
    # typos one syllable apart in the same article, agreeing on role or affiliation
    by_article: dict[str, dict[str, Sighting]] = {}
    for node, ss in sightings.items():
        for s in ss:
            by_article.setdefault(s.slug, {}).setdefault(node, s)
    for slug, nodes in sorted(by_article.items()):
        names = sorted(nodes)
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                sa, sb = nodes[a], nodes[b]
                if not _one_syllable_apart(a, b) or uf.find(a) == uf.find(b):
                    continue
                roles_a = {_role_words(x.role).__str__() for x in sightings[a] if x.role}
                roles_b = {_role_words(x.role).__str__() for x in sightings[b] if x.role}
                affs_a = {x.affiliation for x in sightings[a] if x.affiliation}
                affs_b = {x.affiliation for x in sightings[b] if x.affiliation}
                if roles_a & roles_b or affs_a & affs_b:
                    uf.union(a, b)
                    candidates.append(Candidate("merge", f"{sa.name} = {sb.name} (one letter apart, same role)", slug))

    slugger = Slugger()
    people: list[Person] = []
    for root, members in sorted(uf.groups().items()):
        ss = [s for m in members for s in sightings.get(m, [])]
        entry = next((curated_by_node[m] for m in members if m in curated_by_node), None)
        if not ss and entry is None:
            continue
        forms = sorted({f for m in members for f in surfaces.get(m, ())})
        if entry:
            name = entry["name"]
        else:
            best = max(ss, key=lambda s: (CONFIDENCE[s.pattern], sum(x.name == s.name for x in ss), -ss.index(s)))
            name = best.name
            spaced = [f for f in forms if norm(f) == norm(name) and " " in f]
            if " " not in name and spaced:
                name = spaced[0]
        person = Person(key="", name=name, variants=sorted(set(forms) | {name}, key=lambda f: (-len(f), f)),
                        curated=entry is not None,
                        confidence=max([CONFIDENCE[s.pattern] for s in ss] + [CONFIDENCE["curated"] if entry else 0]))
        for slug in sorted({s.slug for s in ss}):
            mine = sorted([s for s in ss if s.slug == slug], key=lambda s: -CONFIDENCE[s.pattern])
            role = next((s.role for s in mine if s.role), None)
            affil = next((s.affiliation for s in mine if s.affiliation), None)
            person.roles.append(ArticleRole(slug, role, affil))
            talks: dict[str, Talk] = {}
            for s in mine:
                if s.label in _TALK_LABELS:
                    section = docs[slug].sections[s.section]
                    title = section.title if section.anchor and section.title not in SPEAKER_LABELS else titles[slug]
                    talk = Talk(slug, section.anchor if section.title not in SPEAKER_LABELS else "", title)
                    key = re.sub(r"[\s*\\]", "", title)  # an agenda line and the talk's own heading
                    if key not in talks or "*" in talks[key].title:
                        talks[key] = talk
            person.talks.extend(talks[t] for t in sorted(talks))
        if entry and (entry.get("role") or entry.get("affiliation")):
            person.roles.insert(0, ArticleRole("", entry.get("role"), entry.get("affiliation")))
        person.authored = sorted({s.slug for s in ss if s.pattern == "author"})
        person.short_forms = _short_forms(name, [r.role for r in person.roles if r.role])
        person.key = "people/" + slugger(name)
        people.append(person)

    # people on the same panel (same labelled list in the same section) appeared together
    key_of = {n: p.key for p in people for n in {norm(v) for v in p.variants}}
    panels: dict[tuple[str, int], set[str]] = {}
    for node, ss in sightings.items():
        for s in ss:
            if s.label and node in key_of:
                panels.setdefault((s.slug, s.section), set()).add(key_of[node])
    by_key = {p.key: p for p in people}
    for members in panels.values():
        for k in members:
            by_key[k].appeared_with = sorted(set(by_key[k].appeared_with) | (members - {k}))
    return people, candidates
