"""kiwipiepy, loaded once per process on first use.

Kiwi is the filter, not the finder: the extractors find candidate spans with title/role
patterns and ask kiwi only about those short spans (`analyse` is cached), so a corpus of a
thousand articles costs a few thousand tiny calls, not a morphological pass over every sentence.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

_KIWI = None  # the one piece of global state: the lazily loaded analyser
_USER_WORDS: set[str] = set()

# Tags after which the rest of a word is grammar (particles, copula, endings), not name.
_GRAMMAR_PREFIXES = ("J", "E", "VCP", "XSV", "XSA")
_COMMON_TAGS = ("NNG", "NNB", "NR", "NP", "MM", "MAG", "MAJ", "VV", "VA", "XR", "IC")


@dataclass(frozen=True)
class Morph:
    form: str
    tag: str
    start: int
    end: int
    oov: bool


def kiwi():
    global _KIWI
    if _KIWI is None:
        from kiwipiepy import Kiwi

        # typo correction stays off (names are not typos), so its dictionaries are not loaded:
        # that and the multi-word dictionary cut loading from ~6 s to ~1 s, same analyses.
        _KIWI = Kiwi(typos=None, load_typo_dict=False, load_multi_dict=False)
    return _KIWI


def add_names(names: list[str]) -> None:
    """Teach kiwi the known names (curated people and organisations) as proper nouns."""
    new = [n for n in names if n and " " not in n and n not in _USER_WORDS]
    if not new:
        return
    k = kiwi()
    for name in new:
        k.add_user_word(name, "NNP", 0.0)
        _USER_WORDS.add(name)
    analyse.cache_clear()


@lru_cache(maxsize=200_000)
def analyse(text: str) -> tuple[Morph, ...]:
    return tuple(Morph(t.form, t.tag, t.start, t.start + t.len, bool(t.oov)) for t in kiwi().tokenize(text))


def stem(word: str) -> str:
    """The noun part of one spaced word: "유영상은" -> "유영상", "슐레이만이다" -> "슐레이만"."""
    morphs = analyse(word)
    for m in morphs[1:]:
        if m.tag.startswith(_GRAMMAR_PREFIXES):
            return word[: m.start].rstrip()
    return word


def is_common_word(word: str) -> bool:
    """True when kiwi knows `word` as an ordinary word (not a proper noun, not unknown)."""
    morphs = analyse(word)
    if not morphs:
        return True
    if len(morphs) == 1:
        m = morphs[0]
        return not m.oov and m.tag != "NNP" and m.tag.startswith(_COMMON_TAGS)
    # kiwi often splits an unknown name into odd pieces ("이건한" -> 이거+ㄴ+한); only derivation
    # and verbs mark a real word ("대표적", "한국인", "고성능").
    return any(m.tag.startswith(("XSN", "XPN", "XSV", "XSA", "VV", "VA")) for m in morphs)


def looks_foreign_name_part(word: str) -> bool:
    """A transliterated name part ("마크", "아담스", "슐레이만"): unknown or a proper noun."""
    morphs = analyse(word)
    return len(morphs) == 1 and (morphs[0].oov or morphs[0].tag == "NNP")


def is_known_noun(word: str) -> bool:
    """A single ordinary noun kiwi knows ("기업", "솔루션"), which cannot be part of a foreign name."""
    morphs = analyse(word)
    return len(morphs) == 1 and not morphs[0].oov and morphs[0].tag in ("NNG", "NNB", "VV", "VA", "MAG", "MM")
