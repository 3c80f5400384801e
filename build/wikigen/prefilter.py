"""Words that every match of a regex must contain, read off the regex itself.

The idea of RE2's prefilter: a rule whose every match holds one of a few literal words
("저작권자", "무단" or "재배포") need not be tried on a line that holds none of them. rules.py
uses these words as the rule's trigger when rules.yaml names none, so a rule costs one
substring search on most lines instead of a full regex match. The words are sound, never
guessed: literals in sequence, a branch's words only when every branch has some, a repeat's
only when it must occur at least once. Anything else (classes, case-insensitive parts,
lookarounds) gives no words, and a rule without words is simply always tried.
"""
from __future__ import annotations

import re
from re import _constants as C  # noqa: N812 - the parser's opcodes
from re import _parser as sre_parse

#: one-character words too common in text to gate anything ("." or "-" is on almost every line)
COMMON = frozenset(" .,:;-/()[]'\"~")
MAX_WORDS = 40  # more alternatives than this and a search for them costs as much as the rule
MAX_CLASS = 6  # a class of at most this many characters stands for its characters


def required_words(pattern: str) -> tuple[str, ...]:
    """Words of which every match of ``pattern`` contains at least one; () when none are known."""
    parsed = sre_parse.parse(pattern)
    words = _sequence(parsed.data, bool(parsed.state.flags & re.IGNORECASE))
    if not words or not all(map(_rare, words)):
        return ()
    return tuple(sorted(words))


def _rare(word: str) -> bool:
    """Is ``word`` rare enough in text to gate a rule? No number, and no single letter ("가")
    or common mark ("."); a single rare mark ("@", "|", "ⓒ") is."""
    if len(word) > 1:
        return not word.isdigit()
    return not (word.isalnum() or word in COMMON)


def _sequence(items, ignore_case: bool) -> set[str] | None:
    """The best requirement among a sequence's parts: a run of literals is one word."""
    choices, run = [], ""
    for op, arg in items:
        if op is C.LITERAL and not ignore_case:
            run += chr(arg)
            continue
        if run:
            choices.append({run})
            run = ""
        words = _part(op, arg, ignore_case)
        if words:
            choices.append(words)
    if run:
        choices.append({run})
    choices = [c for c in choices if len(c) <= MAX_WORDS]
    # prefer long words (rarer in text), then few of them
    return max(choices, key=lambda c: (min(map(len, c)), -len(c)), default=None)


def _part(op, arg, ignore_case: bool) -> set[str] | None:
    if op is C.SUBPATTERN:
        _group, add_flags, _del_flags, sub = arg
        return _sequence(sub, ignore_case or bool(add_flags & re.IGNORECASE))
    if op is C.BRANCH:
        branches = [_sequence(sub, ignore_case) for sub in arg[1]]
        return None if any(not b for b in branches) else set().union(*branches)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and arg[0] >= 1:
        return _sequence(arg[2], ignore_case)
    if op is C.ATOMIC_GROUP:
        return _sequence(arg, ignore_case)
    if op is C.IN and not ignore_case and len(arg) <= MAX_CLASS and all(o is C.LITERAL for o, _ in arg):
        return {chr(a) for _, a in arg}
    return None
