"""The Hangul spelling of an English brand name, found on the page: "Rebellions" -> "리벨리온".

Both spellings are reduced to the consonants a reader hears, in order: "blind" and "블라인드"
both give PLNT. Of the vowels only the first is compared, loosely, since Hangul spells English
vowels too freely ("PUBLY" is "퍼블리"). A Korean company that brands itself in English ("Upstage", "NVIDIA")
still names itself in Hangul in its own text, and that is the name a Korean wiki files it under.
"""
from __future__ import annotations

import re
from collections import Counter

# consonant classes: P (ㅂ ㅃ ㅍ, b p f v), T (ㄷ ㄸ ㅌ, d t), K (ㄱ ㄲ ㅋ, k c q), S (ㅅ ㅆ ㅈ ㅉ ㅊ,
# s z j), L (ㄹ, l r), M, N (ㄴ, and ㅇ as a final: "ng"), H (ㅎ). A stop closing a syllable is
# written small (k p t): English writes only a voiceless stop there ("cook" 쿡, "Upstage" 업스테이지),
# a voiced one opens a syllable of its own ("velog" 벨로그, never 블록).
_INITIAL = "KKNTTLMPPSS-SSSKTPH"  # ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ
_FINAL = ["", "k", "k", "k", "N", "N", "N", "t", "L", "L", "L", "L", "L", "L", "L", "L",
          "M", "p", "p", "t", "t", "N", "t", "t", "k", "t", "p", "t"]
_VOICELESS = {"p": "[Pp]", "t": "[Tt]", "k": "[Kk]", "q": "[Kk]", "f": "P", "ck": "[Kk]", "th": "(?:[Tt]|S)", "x": "[Kk]S"}
_LATIN = {"b": "P", "v": "P", "d": "T", "s": "S", "z": "S", "j": "S", "l": "L", "m": "M", "n": "N", "h": "H"}
_DIGRAPHS = {"ph": "P", "sh": "S", "ch": "S", "ng": "N", "wh": "H"}
_VOWELS = set("aeiouy")
_MEDIALS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
# the Hangul vowels an English vowel may be written with (its first vowel is compared, as a check
# that "velog" is not "빠르고", whose consonants agree)
_VOWEL_SPELLINGS = {"a": "ㅏㅐㅓㅔㅑㅒㅘㅙㅗ", "e": "ㅔㅐㅣㅓㅖㅒㅕ", "i": "ㅣㅏㅐㅔㅟㅢㅕ",
                    "o": "ㅗㅓㅏㅜㅚㅘㅛㅝ", "u": "ㅜㅓㅠㅝㅗㅏㅡㅟ", "y": "ㅣㅏㅐㅑㅔ"}
_RUN = re.compile(r"(\d*[가-힣]+\d*)([A-Z]{2,3}(?![A-Za-z]))?")  # digits before or after: "82쿡", "클래스101"
_TAIL = re.compile(r"[A-Z]{2,3}$")  # a short capital suffix Hangul keeps in Latin: "FuriosaAI", "퓨리오사AI"
MIN_SKELETON = 3  # two consonants match too many words ("NP": 네이버, 내부, 나비)
MIN_SHORT_SKELETON = 2  # unless the word is printed often: a page about Nota prints 노타 again and again
MIN_SHORT_COUNT = 3
#: the Hangul vowels after a w-glide ("QUASARZONE" is 퀘이사존)
_GLIDE_VOWELS = "ㅘㅙㅝㅞㅟ"


def hangul_skeleton(word: str) -> str:
    out: list[str] = []
    for char in word:
        code = ord(char) - 0xAC00
        if not 0 <= code < 11172:
            out.append(char if char.isdigit() else "")
            continue
        initial, final = _INITIAL[code // 588], _FINAL[code % 28]
        if initial != "-" and not (initial == "L" and out and out[-1] == "L"):
            out.append(initial)  # "블라" is one l, as in "blind"
        out.append(final)
    return "".join(out)


def _opener(char: str) -> str:
    """The class of the consonant that opens a syllable (a digit stands for itself)."""
    return _INITIAL[(ord(char) - 0xAC00) // 588] if "가" <= char <= "힣" else char


def _letters(name: str) -> str:
    """Lower-case letters and digits, a doubled letter once: "PPOMPPU" -> "pompu"."""
    return re.sub(r"([a-z])\1", r"\1", re.sub(r"[^a-z0-9]", "", name.lower()))


def latin_pattern(name: str) -> re.Pattern[str] | None:
    """What the Hangul skeleton of an English name may be: a soft or hard g and c, a stop closing
    a syllable or opening one, with or without a plural s. None when too short to tell."""
    parts = _latin_parts(name)
    return None if parts is None else _pattern(name, parts)


def _pattern(name: str, parts: list[str]) -> re.Pattern[str]:
    plural = "?" if _letters(name).endswith("s") and parts[-1] == "S" else ""
    return re.compile("".join(parts[:-1]) + "(?:" + parts[-1] + ")" + plural)


def _latin_parts(name: str, least: int = MIN_SKELETON) -> list[str] | None:
    """The pattern of each letter of an English name (of two: "ph", "ck"), or None when it has
    fewer than ``least`` consonants."""
    word = _letters(name)
    parts: list[str] = []
    consonants = i = 0
    while i < len(word):
        pair, char, soft = word[i:i + 2], word[i], word[i + 1:i + 2] in ("e", "i", "y")
        if pair in _DIGRAPHS or pair in ("ck", "th"):
            parts.append(_DIGRAPHS.get(pair) or _VOICELESS[pair])
            consonants, i = consonants + 1, i + 2
            continue
        if char == "c":
            part = "S" if soft else _VOICELESS["k"]
        elif char == "g":
            part = "[KS]" if soft else "K"
        elif char == "r":  # silent after a vowel unless a vowel follows: "naver" is 네이버
            part = "L" if not i or word[i - 1] not in _VOWELS or word[i + 1:i + 2] in _VOWELS else ""
        elif char.isdigit():
            part = char
        else:
            part = _VOICELESS.get(char) or _LATIN.get(char, "")
        consonants += bool(part) and not char.isdigit()
        parts.append(part)
        i += 1
    if consonants + sum(c.isdigit() for c in word) < least:
        return None
    return parts


#: two consonants that open an English syllable together; before any other consonant a name's first
#: letter is read by its own name ("NVIDIA" is 엔비디아, "dcinside" 디시인사이드)
_ONSETS = {"bl", "br", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "pl", "pr", "sc", "sk", "sl", "sm", "sn",
           "sp", "st", "sw", "tr", "tw", "wh", "th", "sh", "ch", "ph", "kn", "qu"}
#: the letters whose Korean names open with a vowel: 에프, 에이치, 엘, 엠, 엔, 알, 에스, 엑스
_VOWEL_NAMED = set("fhlmnrsx")


def _opening(name: str) -> tuple[bool, str]:
    """How a name's Hangul spelling opens: with a vowel (ㅇ) or not, and the Hangul vowels its first
    vowel may be written with ("velog" is not "애플리케이션" or "빠르고", whose consonants agree)."""
    letters = _letters(name)
    spelled = letters[1:2] not in _VOWELS and letters[:2] not in _ONSETS and letters[0] in _VOWEL_NAMED
    latin = next((c for c in letters.replace("qu", "q") if c in _VOWELS), "")  # "qu" is a k and a glide
    glide = _GLIDE_VOWELS if letters.startswith("qu") else ""
    return letters[0] in _VOWELS or spelled, _VOWEL_SPELLINGS.get(latin, "") + glide


def _opens_alike(word: str, with_vowel: bool, vowels: str) -> bool:
    if word[0].isdigit():
        return True  # "82cook", "82쿡": the digits are compared with the consonants
    code = ord(word[0]) - 0xAC00
    if with_vowel != (code // 588 == 11):  # ㅇ: the syllable opens with its vowel
        return False
    # the first vowel Hangul writes, past the ㅡ it adds to split a cluster ("블라인드": ㅏ)
    medials = (_MEDIALS[(ord(c) - 0xAC00) % 588 // 28] for c in word if "가" <= c <= "힣")
    return next((m for m in medials if m != "ㅡ"), "ㅡ") in vowels


def korean_spelling(name: str, text: str, short: bool = False) -> str | None:
    """The Hangul word of ``text`` that spells ``name`` (the one printed most often), else None.
    A ``short`` name of two consonants ("Nota", "Gabia") is spelled only by a word the text prints
    often: two consonants alone match too many words."""
    counts = _spellings(name, text, MIN_SKELETON)
    if counts is None and short and not name.isupper():  # "KASI" is read letter by letter, or by a Korean name
        found = _spellings(name, text, MIN_SHORT_SKELETON) or {}
        counts = {word: n for word, n in found.items() if n >= MIN_SHORT_COUNT}
    return max(counts or {}, key=lambda word: (counts[word], -len(word)), default=None)


def spells(name: str, word: str) -> bool:
    """Whether the Hangul ``word`` spells the English ``name``, a short one too ("Liner", "라이너"),
    or a site's address whose first part it spells ("Smilegate.AI", "스마일게이트")."""
    parts = dict.fromkeys((name, name.split(".")[0]))
    return any(word in (_spellings(part, word, MIN_SHORT_SKELETON) or {}) for part in parts)


def _spellings(name: str, text: str, least: int) -> dict[str, int] | None:
    """The Hangul words of ``text`` that spell ``name``, with how often the text prints each;
    None when the name has fewer than ``least`` consonants (too short to tell)."""
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9.\-]{3,}|\d+[A-Za-z]{2,}", name) or not _VOWELS & set(name.lower()):
        return {}  # one word with a vowel; an acronym ("KT", "SBS") is read letter by letter
    tail = m.group() if (m := _TAIL.search(name)) and m.start() > 0 and not name.isupper() else ""
    stem = name[: len(name) - len(tail)]
    parts = _latin_parts(stem, least)
    if parts is None:
        return None
    wanted = _pattern(stem, parts)
    with_vowel, vowels = _opening(name)
    first = set(next(part for part in parts if part)) - set("[]()?:|")  # the classes the spelling opens with
    runs = Counter(run for run, suffix in _RUN.findall(text) if suffix == tail)  # "FuriosaAI" is "퓨리오사AI"
    found: Counter[str] = Counter()
    for run, count in runs.items():
        if not (with_vowel or _opener(run[0]) in first) or not _opens_alike(run, with_vowel, vowels):
            continue
        for end in range(len(run), 1, -1):  # "리벨리온은": the word without its particle
            if wanted.fullmatch(hangul_skeleton(run[:end])):
                found[run[:end]] += count
                break
    # a word counts also where a particle follows it ("엔비디아의" is "엔비디아"), and the stem wins
    return {word + tail: sum(n for other, n in found.items() if other.startswith(word)) for word in found}
