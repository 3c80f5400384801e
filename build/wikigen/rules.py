"""Loads rules.yaml: the cleaning and metadata patterns, kept as data.

Like trafilatura's xpaths.py, the knowledge about site chrome lives in one place
of its own; clean.py and metadata.py only know how to apply it. The file is read
and compiled once (``load_rules()`` is cached); every rule keeps its ``name`` so a
removal can say which rule made it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import yaml

from .prefilter import required_words

ZONES = ("any", "edge", "head")
#: libyaml's loader when PyYAML was built with it (reads rules.yaml ten times faster), else the pure one
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
WHERES = ("start", "end", "any")


@dataclass(frozen=True)
class LineRule:
    """A whole line that is chrome (full match on the stripped line)."""

    name: str
    pattern: re.Pattern[str]
    zone: str  # any | edge (head or tail zone) | head
    unless_sentence: bool = False
    words: tuple[str, ...] = ()  # the trigger: one of these substrings must occur (a speed-up)


@dataclass(frozen=True)
class PhraseRule:
    """A fragment cut out of a line: at its start, at its end, or anywhere."""

    name: str
    pattern: re.Pattern[str]
    where: str
    trigger: re.Pattern[str] | None = None
    words: tuple[str, ...] = ()

    def applies(self, text: str) -> bool:
        return self.trigger is None or self.trigger.search(text) is not None


@dataclass(frozen=True)
class PhraseGroup:
    """The phrase rules of one position; ``gate`` (the union of their triggers) lets a
    line that cannot match any of them skip the group with one regex call."""

    rules: tuple[PhraseRule, ...]
    gate: re.Pattern[str] | None

    def __iter__(self):
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def may_match(self, text: str) -> bool:
        return self.gate is None or self.gate.search(text) is not None


@dataclass(frozen=True)
class NamedPattern:
    name: str
    pattern: re.Pattern[str]
    kind: str = ""
    only: frozenset[str] = frozenset()  # applies only to removals by these rules (empty: all)


@dataclass(frozen=True)
class LineMatcher:
    """The line rules of one zone, tried in order. A rule with trigger words (named in
    rules.yaml or read off its pattern by prefilter.py) is tried only on a line that holds
    one of them. Words are looked up by their first two characters (``by_key``), so finding
    them costs a set intersection with the line's character pairs, not a scan per word."""

    rules: tuple[LineRule, ...]
    always: tuple[int, ...]  # the rules without trigger words: tried on every line
    by_key: dict[str, tuple[tuple[str, tuple[int, ...]], ...]] = field(default_factory=dict)
    keys: frozenset[str] = frozenset()  # by_key's keys, as a set: intersected with the line's pairs

    def match(self, text: str, sentence: bool) -> str | None:
        """Name of the first rule that matches the whole of ``text``, or None."""
        for n in sorted(self._woken(text).union(self.always)):
            rule = self.rules[n]
            if not (rule.unless_sentence and sentence) and rule.pattern.fullmatch(text):
                return rule.name
        return None

    def _woken(self, text: str) -> set[int]:
        """The rules one of whose words occurs in ``text``."""
        woken: set[int] = set()
        for key in self.keys & _pairs(text):
            for word, rules in self.by_key[key]:
                if word in text:
                    woken.update(rules)
        return woken


@lru_cache(maxsize=4096)
def _pairs(text: str) -> frozenset[str]:
    """The characters and the pairs of adjacent characters of ``text`` (a line is looked at by
    several zones' rules, so this is kept for the lines seen last)."""
    return frozenset(text).union(text[i:i + 2] for i in range(len(text) - 1))


@dataclass(frozen=True)
class TailRules:
    timestamp: re.Pattern[str]
    footer: tuple[NamedPattern, ...]
    slogan: tuple[NamedPattern, ...]
    max_list_line: int
    # a comment section's header ("댓글 3", "3개의 댓글") and the lines that show a comment list
    comment_header: re.Pattern[str] | None = None
    comment_evidence: re.Pattern[str] | None = None
    # a profile's handle line ("@hanul-dev") in an author box at the end of a post
    profile_handle: re.Pattern[str] | None = None


@dataclass(frozen=True)
class BarRules:
    """Lines of several short items (menus, share/reaction bars): see rules.yaml, bars."""

    ui_words: frozenset[str]  # compared without spaces, in lower case
    count_words: frozenset[str]
    max_item: int
    min_menu_items: int
    suffix_words: frozenset[str] = frozenset()  # "<brand> 멤버십": a UI item named after the site
    section_words: frozenset[str] = frozenset()  # a news site's sections: "정치", "경제", "IT·과학"
    post_item: re.Pattern[str] | None = None  # an item of a post's information bar: a date, "읽는 시간 8분"


@dataclass(frozen=True)
class MetaRules:
    sources: dict[str, frozenset[str]]
    byline: tuple[NamedPattern, ...]
    copyright_prefix: re.Pattern[str]
    copyright_name: re.Pattern[str]
    owner_notice: tuple[re.Pattern[str], ...]  # "본 콘텐츠는 ○○ 뉴스룸의 저작물로" -> the publisher's name
    date: tuple[NamedPattern, ...]
    own_date_line: re.Pattern[str]
    board_site: re.Pattern[str]
    bracket_title: re.Pattern[str]
    source_label: re.Pattern[str]
    leading_url: re.Pattern[str]
    url_date: tuple[re.Pattern[str], ...]
    url_author: tuple[re.Pattern[str], ...]
    portals: frozenset[str]
    places: frozenset[str]  # dateline places: "세종 홍길동 기자" names no publisher
    portal_names: frozenset[str]  # lower-cased names of portals: they carry articles, they publish none
    platforms: frozenset[str]  # lower-cased names of blog platforms: they host blogs with names of their own
    sites: dict[str, str]
    site_names: frozenset[str]  # a line holding only one of these at a page edge is chrome
    board_title: re.Pattern[str]
    title_edit_mark: re.Pattern[str]
    post_author: tuple[re.Pattern[str], ...]
    post_info_author: re.Pattern[str]
    not_author: frozenset[str]
    channel_byline: re.Pattern[str]
    name_first_byline: re.Pattern[str]
    writer_role: re.Pattern[str]  # the writer's team or job on its own line
    generic_names: frozenset[str]
    footer_link_words: re.Pattern[str]
    address_name: re.Pattern[str]  # the name a footer prints after its street address
    title_site_end: re.Pattern[str]
    title_page_types: frozenset[str]  # "기사본문", "보도자료 상세": a page title's words for the kind of page
    brands: dict[str, str]  # lower-cased English/brand name -> Korean publisher name


@dataclass(frozen=True)
class Rules:
    line_any: LineMatcher
    line_edge: LineMatcher
    line_head: LineMatcher
    phrase_start: PhraseGroup
    phrase_end: PhraseGroup
    phrase_any: PhraseGroup
    tail: TailRules
    bars: BarRules
    meta: MetaRules


def _trigger_words(item: dict) -> tuple[str, ...]:
    return tuple(str(w) for w in item.get("trigger") or ())


def _trigger(words: tuple[str, ...]) -> re.Pattern[str] | None:
    return re.compile(_literals(words)) if words else None


def _literals(words) -> str:
    """A regex that finds any of the literal ``words``, as a trie ("기(?:자|사)") rather than a
    flat alternation: Python's re then tests each position's first character once (a speed-up)."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def build(node: dict) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return build(trie)


def _expand(pattern: str, defs: dict[str, str]) -> str:
    """The pattern with its snippets substituted; a snippet may use other snippets."""
    for _ in range(len(defs) + 1):
        expanded = pattern
        for key, value in defs.items():
            expanded = expanded.replace("{{" + key + "}}", value)
        if expanded == pattern:
            break
        pattern = expanded
    if "{{" in pattern:
        raise ValueError(f"unknown snippet in rule pattern: {pattern[:80]}")
    return pattern


def _compile(pattern: str, defs: dict[str, str]) -> re.Pattern[str]:
    return re.compile(_expand(pattern, defs))


def _matcher(rules: list[LineRule]) -> LineMatcher:
    # the order rules are tried in: those rules.yaml gives no trigger first, as it always was
    rules = [rule for rule in rules if not rule.words] + [rule for rule in rules if rule.words]
    words_of = [rule.words or required_words(rule.pattern.pattern) for rule in rules]
    by_word: dict[str, list[int]] = {}
    for n, words in enumerate(words_of):
        for word in words:
            by_word.setdefault(word, []).append(n)
    by_key: dict[str, list[tuple[str, tuple[int, ...]]]] = {}
    for word, ns in by_word.items():
        by_key.setdefault(word[:2], []).append((word, tuple(ns)))
    always = tuple(n for n, words in enumerate(words_of) if not words)
    return LineMatcher(tuple(rules), always, {key: tuple(v) for key, v in by_key.items()}, frozenset(by_key))


def _line_rules(data: list[dict], defs: dict[str, str]) -> dict[str, list[LineRule]]:
    by_zone: dict[str, list[LineRule]] = {zone: [] for zone in ZONES}
    for item in data:
        zone = item.get("zone", "any")
        if zone not in by_zone:
            raise ValueError(f"rule {item['name']}: unknown zone {zone}")
        rule = LineRule(
            name=item["name"],
            pattern=_compile(item["pattern"], defs),
            zone=zone,
            unless_sentence=bool(item.get("unless_sentence", False)),
            words=_trigger_words(item),
        )
        if rule.pattern.groupindex:
            raise ValueError(f"line rule {rule.name} must not use named groups")
        by_zone[zone].append(rule)
    return by_zone


def _group(rules: list[PhraseRule]) -> PhraseGroup:
    if not rules or any(rule.trigger is None for rule in rules):
        return PhraseGroup(tuple(rules), None)
    return PhraseGroup(tuple(rules), re.compile(_literals(w for rule in rules for w in rule.words)))


def _phrase_rules(data: list[dict], defs: dict[str, str]) -> dict[str, PhraseGroup]:
    by_where: dict[str, list[PhraseRule]] = {where: [] for where in WHERES}
    for item in data:
        where = item.get("where", "any")
        pattern = _expand(item["pattern"], defs)
        if where == "start":
            pattern = "^(?:" + pattern + ")"
        words = _trigger_words(item)
        by_where[where].append(PhraseRule(item["name"], re.compile(pattern), where, _trigger(words), words))
    return {where: _group(rules) for where, rules in by_where.items()}


def _named(data: list[dict], defs: dict[str, str]) -> tuple[NamedPattern, ...]:
    return tuple(
        NamedPattern(item["name"], _compile(item["pattern"], defs), item.get("kind", ""),
                     frozenset(item.get("only", ())))
        for item in data
    )


def _meta(data: dict, defs: dict[str, str], ui_words: frozenset[str]) -> MetaRules:
    return MetaRules(
        sources={key: frozenset(names) for key, names in data["sources"].items()},
        byline=_named(data["byline"], defs),
        copyright_prefix=_compile(data["copyright_prefix"], defs),
        owner_notice=tuple(_compile(pattern, defs) for pattern in data["owner_notice"]),
        copyright_name=_compile(data["copyright_name"], defs),
        date=_named(data["date"], defs),
        own_date_line=_compile(data["own_date_line"], defs),
        board_site=_compile(data["board_site"], defs),
        bracket_title=_compile(data["bracket_title"], defs),
        source_label=_compile(data["source_label"], defs),
        leading_url=_compile(data["leading_url"], defs),
        url_date=tuple(_compile(p, defs) for p in data["url_date"]),
        url_author=tuple(_compile(p, defs) for p in data["url_author"]),
        portals=frozenset(data["portals"]),
        places=frozenset(data.get("places") or ()),
        portal_names=frozenset(str(n).lower() for n in data["portal_names"]),
        platforms=frozenset(str(n).lower() for n in data["platforms"]),
        sites=dict(data["sites"]),
        site_names=frozenset(data["sites"].values()),
        board_title=_compile(data["board_title"], defs),
        title_edit_mark=_compile(data["title_edit_mark"], defs),
        post_author=tuple(_compile(p, defs) for p in data["post_author"]),
        post_info_author=_compile(data["post_info_author"], defs),
        not_author=frozenset(data["not_author"]) | ui_words,  # "번역하기" between the bars of a post line
        channel_byline=_compile(data["channel_byline"], defs),
        name_first_byline=_compile(data["name_first_byline"], defs),
        writer_role=_compile(data["writer_role"], defs),
        generic_names=frozenset(str(n).lower() for n in data["generic_names"]),
        footer_link_words=_compile(data["footer_link_words"], defs),
        address_name=_compile(data["address_name"], defs),
        title_site_end=_compile(f"(?:{data['title_site_end']})$", defs),
        title_page_types=frozenset(str(w) for w in data["title_page_types"]),
        brands={str(k).lower(): str(v) for k, v in data["brands"].items()},
    )


def _bars(data: dict, defs: dict[str, str]) -> BarRules:
    def key(word) -> str:
        return "".join(str(word).split()).rstrip("?!.")  # bar items are compared without end marks

    return BarRules(
        # platform_words: UI vocabularies of blog platforms, newsrooms and players, by platform
        ui_words=frozenset(key(w).lower() for w in data["ui_words"])
        | frozenset(key(w).lower() for words in (data.get("platform_words") or {}).values() for w in words),
        count_words=frozenset(key(w).lower() for w in data["count_words"]),
        suffix_words=frozenset(key(w) for w in data.get("suffix_words") or ()),
        section_words=frozenset(key(w) for w in data.get("section_words") or ()),
        max_item=int(data["max_item"]),
        min_menu_items=int(data["min_menu_items"]),
        post_item=_compile("|".join(f"(?:{p})" for p in data["post_items"]), defs) if data.get("post_items") else None,
    )


def parse_rules(text: str) -> Rules:
    """Compile rules from YAML text (the shipped rules.yaml or a test's own)."""
    data = yaml.load(text, Loader=_LOADER)
    defs = data.get("defs", {})
    lines = _line_rules(data["line"], defs)
    phrases = _phrase_rules(data["phrase"], defs)
    tail = data["tail"]
    bars = _bars(data["bars"], defs)
    return Rules(
        line_any=_matcher(lines["any"]),
        line_edge=_matcher(lines["edge"]),
        line_head=_matcher(lines["head"]),
        phrase_start=phrases["start"],
        phrase_end=phrases["end"],
        phrase_any=phrases["any"],
        tail=TailRules(
            timestamp=_compile(tail["timestamp"], defs),
            footer=_named(tail["footer"], defs),
            slogan=_named(tail["slogan"], defs),
            max_list_line=int(tail["max_list_line"]),
            comment_header=_compile(tail["comment_header"], defs) if "comment_header" in tail else None,
            comment_evidence=_compile(tail["comment_evidence"], defs) if "comment_evidence" in tail else None,
            profile_handle=_compile(tail["profile_handle"], defs) if "profile_handle" in tail else None,
        ),
        bars=bars,
        meta=_meta(data["metadata"], defs, bars.ui_words),
    )


@lru_cache(maxsize=1)
def load_rules() -> Rules:
    """The rules shipped with the package (rules.yaml next to this module)."""
    text = resources.files("wikigen").joinpath("rules.yaml").read_text(encoding="utf-8")
    return parse_rules(text)
