"""Plain text lines and word tokens for the pattern extractors."""
from __future__ import annotations

import html
import re
from functools import lru_cache
from dataclasses import dataclass

from . import kiwi
from .words import (PLACE_PARTICLES, DEPARTMENT_SUFFIXES, NOUN_SUFFIXES, DOUBLE_SURNAMES, ENGLISH_COMMON, GOV_SUFFIXES_KO, INSTITUTION_SUFFIXES, NOT_NAMES,
                    ORG_SUFFIXES_KO, PARTICLES, PARTY_NAMES, PARTY_SUFFIX, UNIT_HEAD_ROLES,
                    PUBLICATION_WORDS_HANGUL, PUBLICATION_WORDS_LATIN, ROLE_MODIFIERS, ROLE_WORDS, SURNAMES, UNIT_SUFFIXES,
                    WEAK_ROLES)

_TOKEN = re.compile(r"[0-9A-Za-z가-힣][0-9A-Za-z가-힣·.&'’\-]*")
_MARKUP = re.compile(r"!\[[^\]]*\]\([^)]*\)|\[([^\]]*)\]\([^)]*\)|https?://\S+|`|\*\*|__|\\(?=[\\`*_\[\]<>|#])")
_LINE_PREFIX = re.compile(r"^\s*(?:>\s*)*(?:[-*+]\s+|\d+[.)]\s+)?(?:#{1,6}\s+)?")
_HANGUL_ONLY = re.compile(r"^[가-힣]+$")
_LATIN_NAME_PART = re.compile(r"^(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]\.|Mc[A-Z][a-z]+|O'[A-Z][a-z]+)$")
_UNIT_HEAD = re.compile(r"^([0-9A-Za-z가-힣]{2,12}?)(" + "|".join(sorted(UNIT_HEAD_ROLES, key=len, reverse=True)) + r")$")
_LATIN_TAIL_PARTICLE = re.compile(r"^([A-Za-z][A-Za-z.'\-]*)([가-힣]+)$")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    gap: str  # the characters between the previous token and this one


def plain(line: str) -> str:
    """A Markdown line without its inline markup (offsets are not preserved)."""
    line = _LINE_PREFIX.sub("", line)
    return html.unescape(_MARKUP.sub(lambda m: m.group(1) or "", line))


def tokens(text: str) -> list[Token]:
    out: list[Token] = []
    prev = 0
    for m in _TOKEN.finditer(text):
        word = m.group(0).rstrip(".'’-") if not re.match(r"^[A-Z]\.$", m.group(0)) else m.group(0)
        out.append(Token(word, m.start(), m.start() + len(word), text[prev:m.start()]))
        prev = m.start() + len(word)
    return out


_PARTICLE_SET = frozenset(PARTICLES)
_LONGEST_PARTICLE = max(len(p) for p in PARTICLES)


def strip_known_particle(word: str, known: set[str] | frozenset[str]) -> str:
    """Particle stripping, safe only because the stem must be a known word."""
    if word in known:
        return word
    for cut in range(max(1, len(word) - _LONGEST_PARTICLE), len(word)):
        if word[cut:] in _PARTICLE_SET and word[:cut] in known:
            return word[:cut]
    return word


@lru_cache(maxsize=200_000)
def name_stem(word: str) -> str:
    """Stem of a possibly unknown name followed by particles: Latin tail particles by regex, Hangul by kiwi."""
    m = _LATIN_TAIL_PARTICLE.match(word)
    if m:
        return m.group(1) if m.group(2) in PARTICLES else word
    if _HANGUL_ONLY.match(word):
        stem = kiwi.stem(word)
        # trust kiwi's cut only when what it cut off is a particle we know
        return stem if stem and word[len(stem):] in PARTICLES else word
    return word


@lru_cache(maxsize=200_000)
def role_of(word: str) -> str | None:
    """The role word in a token ("대표는" -> "대표", "공동창립자인" -> "공동창립자", "유명화가" -> "화가")."""
    if "님" in word[2:]:  # "교수님께서" -> "교수께서": the honorific changes nothing
        return role_of(word.replace("님", "", 1))
    stem = strip_known_particle(word, ROLE_WORDS)
    if stem in ROLE_WORDS:
        if stem in WEAK_ROLES and word[len(stem):] in PLACE_PARTICLES:
            return None  # "시장에", "대표로": the plain noun, not a title
        return stem
    stems = [stem]
    if stem == word:  # an unknown compound ("경제부총리는"): try the particles too; the suffix must be a role
        stems += [word[:cut] for cut in range(2, len(word)) if word[cut:] in _PARTICLE_SET]
    for stem in stems:
        if _HANGUL_ONLY.match(stem):
            for cut in (1, 2):
                rest = stem[cut:]
                if rest in ROLE_WORDS and rest not in WEAK_ROLES and len(rest) >= 2:
                    return rest
        # a unit name run into a head title ("전력계획처장", "신사업기획팀장", "AI연구원장"):
        # the title must be one of the unit heads, and the word must not be an organisation
        m = _UNIT_HEAD.match(stem)
        if m and not stem.endswith(ORG_SUFFIXES_KO + INSTITUTION_SUFFIXES):
            return m.group(2)
    return None


def is_role_modifier(word: str) -> bool:
    return word in ROLE_MODIFIERS


@lru_cache(maxsize=200_000)
def is_korean_name(word: str, short_ok: bool = False, strict: bool = True) -> bool:
    """A Korean personal name: surname + one or two syllables, not a word kiwi knows as a common noun.

    `strict=False` (the word stands right before a role word or in a speaker list): kiwi's
    odd splits of unknown names ("고학+수") are tolerated, only real words are rejected."""
    if not _HANGUL_ONLY.match(word) or word in NOT_NAMES:
        return False
    n = len(word)
    if word[:2] in DOUBLE_SURNAMES and n in (3, 4):
        pass
    elif word[0] in SURNAMES and (n == 3 or (n == 2 and short_ok)):
        pass
    else:
        return False
    morphs = kiwi.analyse(word)
    if n == 2 and len(morphs) == 1 and morphs[0].tag == "NNP" and not morphs[0].oov:
        return False  # "마크", "구글": a known proper noun, not a two-syllable Korean name
    if strict:
        return not kiwi.is_common_word(word)
    if len(morphs) == 1:
        return morphs[0].oov or morphs[0].tag == "NNP" or not morphs[0].tag.startswith(("NNG", "NNB", "MM", "MAG", "VV", "VA"))
    if morphs[0].tag.startswith(("VV", "VA", "VX")):
        return False  # "손잡고": a verb, not a name
    # "대표+적", "장기+화": a known word plus a derivational suffix; "윤+재+형" is a name kiwi cut up
    return not (morphs[-1].tag == "XSN" and morphs[-1].form in NOUN_SUFFIXES and len(morphs) == 2)


def is_latin_name(parts: list[str]) -> bool:
    if not 2 <= len(parts) <= 4:
        return False
    if not all(_LATIN_NAME_PART.match(p) for p in parts):
        return False
    if parts[0].endswith(".") or parts[-1].endswith("."):
        return False
    return not any(p.lower().strip(".") in ENGLISH_COMMON or p.lower() in PUBLICATION_WORDS_LATIN for p in parts)


def is_publication(parts: list[str]) -> bool:
    """A journal, magazine or newspaper title ("네이처 일렉트로닉스", "Nature Electronics", "파이낸셜 타임스")."""
    return any(p in PUBLICATION_WORDS_HANGUL or p.lower() in PUBLICATION_WORDS_LATIN for p in parts)


def is_foreign_name(parts: list[str]) -> bool:
    """A transliterated foreign name in Hangul ("마크 아담스", "존 F. 케네디")."""
    hangul = [p for p in parts if not re.match(r"^[A-Z]\.$", p)]
    if not 1 <= len(hangul) <= 3 or not all(_HANGUL_ONLY.match(p) for p in hangul):
        return False
    if " ".join(parts) in NOT_NAMES or any(p in NOT_NAMES for p in hangul) or is_publication(hangul):
        return False
    if any(is_korean_name(p) or p.endswith(ORG_SUFFIXES_KO) or role_of(p) for p in hangul):
        return False
    if len(hangul) == 1:
        word = hangul[0]
        morphs = kiwi.analyse(word)
        return len(word) >= 4 and all(m.oov or m.tag == "NNP" for m in morphs)
    if any(len(kiwi.analyse(p)) > 1 for p in hangul):
        return False  # "손잡고": kiwi sees a word with endings, not a name part
    foreign = [kiwi.looks_foreign_name_part(p) for p in hangul]
    return (sum(foreign) >= len(hangul) - 1 and not any(kiwi.is_known_noun(p) for p in hangul if len(p) >= 2)
            and sum(len(p) for p in hangul) >= 3)


def is_org_like(word: str, known_orgs: set[str]) -> bool:
    """A token that can stand for an organisation between a name and a role ("솔트룩스", "SK텔레콤")."""
    if word in known_orgs or word in PARTY_NAMES:
        return True
    if word.lower() in ENGLISH_COMMON and not word.isupper():
        return False
    if re.search(r"[A-Za-z]", word):
        return not role_of(word)
    if not _HANGUL_ONLY.match(word.replace("·", "")) or role_of(word) or word in NOT_NAMES:
        return False
    if word.endswith(UNIT_SUFFIXES) and len(word) >= 3 and not kiwi.is_common_word(word):
        return True  # a unit inside an organisation: "인프라총괄", "전략기획팀"
    if word.endswith(ORG_SUFFIXES_KO + DEPARTMENT_SUFFIXES + INSTITUTION_SUFFIXES) or (word.endswith(GOV_SUFFIXES_KO) and len(word) >= 4):
        return True
    if word.endswith(PARTY_SUFFIX) and len(word) >= 3 and not kiwi.is_common_word(word):
        return True  # "더불어민주당", "조국혁신당"
    if word.endswith("대") and 2 <= len(word) <= 4 and not kiwi.is_common_word(word):
        return True
    morphs = kiwi.analyse(word)
    if len(morphs) > 1 and len(word) >= 4:  # "네이버+클라우드": proper nouns run together
        return all(m.oov or m.tag == "NNP" for m in morphs)
    return len(morphs) == 1 and (morphs[0].oov or morphs[0].tag == "NNP") and not is_korean_name(word)
