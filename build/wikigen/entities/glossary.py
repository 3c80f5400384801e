"""Definitions the articles give themselves ("X란 …다", "여기서 X는 …다", question boxes).

Precision first: a wrong definition is worse than none, so only forms that are definitions
by construction count; colon bullets ("X: …") become suggestions for the review page.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .sections import Doc
from .tokens import plain
from .words import META_LABELS

_TERM = r"['‘\"“]?(?P<term>[0-9A-Za-z가-힣][0-9A-Za-z가-힣.+\-/ ]{0,28}?)['’\"”]?\s?(?:\((?P<alias>[^()]{1,60})\))?"
_SENT_END = r"(?:다|니다|요)\.?"
_DEFINITION_PATTERNS = (
    # 초거대 AI (Hyperscale AI)란 대규모 데이터를 … AI다.  /  AI 네이티브 앱이란 …입니다.
    re.compile(r"^" + _TERM + r"(?:이)?란\s+(?P<body>.{8,300}?" + _SENT_END + r")$"),
    # 여기서 매개변수는 … 변수다.
    re.compile(r"^여기서\s+" + _TERM + r"(?:은|는|이란|란)\s+(?P<body>.{8,300}?" + _SENT_END + r")$"),
    # X(영문)은 …을 의미합니다 / …를 말한다 / …를 뜻한다 / …을 가리킨다 / …이란 뜻이다
    re.compile(r"^" + _TERM + r"(?:은|는)\s+(?P<body>.{8,300}?(?:의미(?:한다|합니다|이다|다)|(?:을|를) 말(?:한다|합니다)"
               r"|뜻(?:한다|합니다|이다)|가리킨다|가리킵니다|일컫는다|일컫습니다)\.?)$"),
)
_CALLED = re.compile(r"^(?:이|이런|이러한|그|이와 같은) [가-힣 ]{1,12}(?:을|를) ['‘\"“](?P<term>[^'’\"”]{1,30})['’\"”](?:이)?라고 (?:합니다|한다|부른다|부릅니다)\.?$")
_QUESTION = re.compile(r"^\s*(?:\W\s*)*" + _TERM + r"(?:이)?란\s?\?\s*$")
_COLON = re.compile(r"^\s*" + _TERM + r"\s?[:：]\s+(?P<body>.{10,200})$")
_SENTENCES = re.compile(r"(?<=[.!?。])\s+(?=\S)|(?<=다\.)(?=\S)")
_BAD_TERM_START = ("이 ", "그 ", "이는", "이것", "이러한", "이런", "그것", "저", "또한", "하지만", "특히", "이번", "당시", "현재", "최근", "우리")


@dataclass(frozen=True)
class FoundDefinition:
    term: str
    alias: str | None
    text: str  # the defining sentence
    slug: str
    section: int
    suggestion: bool = False  # colon bullet: for the review page only


def sentences(text: str) -> list[str]:
    """Sentences of a plain line, leading emoji and symbols dropped."""
    out = (re.sub(r"^[^\w'‘\"“(]+", "", s.strip()) for s in _SENTENCES.split(text))
    return [s for s in out if s]


def _good_term(term: str) -> bool:
    term = term.strip()
    if not term or term.startswith(_BAD_TERM_START) or len(term) > 30:
        return False
    if len(term.split()) > 4 or re.search(r"[다요]$", term) and len(term) > 6:
        return False
    return not re.match(r"^\d+$", term)


def find_definitions(slug: str, doc: Doc) -> list[FoundDefinition]:
    out: list[FoundDefinition] = []
    lines = doc.body.split("\n")
    offset = 0
    pending: tuple[str, str | None, int] | None = None  # a question box waiting for its paragraph
    previous_sentence = ""
    for raw in lines:
        start = offset
        offset += len(raw) + 1
        text = plain(raw).strip()
        if not text:
            continue
        section = doc.section_at(start)
        question = _QUESTION.match(text)
        if question and _good_term(question.group("term")):
            pending = (question.group("term").strip(), question.group("alias"), section)
            continue
        if raw.lstrip().startswith("#"):
            pending = None
            continue
        sents = sentences(text)
        if pending and sents:
            term, alias, sec = pending
            first = sents[0]
            if term.split()[0] in first or (alias and alias in first):
                out.append(FoundDefinition(term, alias, first, slug, sec))
            pending = None
        colon = _COLON.match(text)
        if colon and raw.lstrip().startswith(("*", "-", "+", ">")) and _suggestable(colon.group("term")):
            out.append(FoundDefinition(colon.group("term").strip(), colon.group("alias"), text, slug, section, suggestion=True))
        for sent in sents:
            found = _match_definition(sent)
            if found:
                out.append(FoundDefinition(found[0], found[1], sent, slug, section))
            called = _CALLED.match(sent)
            if called and previous_sentence and _good_term(called.group("term")):
                out.append(FoundDefinition(called.group("term").strip(), None, f"{previous_sentence} {sent}", slug, section))
            previous_sentence = sent
    return out


def _suggestable(term: str) -> bool:
    term = term.strip()
    return _good_term(term) and term not in META_LABELS and (not term[0].isdigit() or re.search(r"[A-Za-z]", term)) and not term.startswith("wave")


def _match_definition(sentence: str) -> tuple[str, str | None] | None:
    for pattern in _DEFINITION_PATTERNS:
        m = pattern.match(sentence)
        if m and _good_term(m.group("term")):
            alias = m.group("alias")
            return m.group("term").strip(), alias.strip() if alias else None
    return None


def build_terms(curated_terms: list[dict], reject: set[str], found: dict[str, list[FoundDefinition]],
                docs: dict[str, Doc]):
    """Curated terms plus terms the articles define. Returns (terms, suggestions, new term names)."""
    from .slugs import Slugger, norm
    from .types import Definition, Term

    slugger = Slugger()
    terms: list[Term] = []
    by_form: dict[str, Term] = {}
    rejected = {norm(r) for r in reject}
    for entry in curated_terms:
        term = Term(key="", name=entry["term"], aliases=list(entry.get("aliases", [])), curated=True,
                    related=list(entry.get("related", [])), linkable=entry.get("link", True))
        if entry.get("definition"):
            term.definitions.append(Definition(entry["definition"].strip()))
        terms.append(term)
        for form in [term.name] + term.aliases:
            by_form.setdefault(norm(form), term)
    suggestions: list[FoundDefinition] = []
    new_terms: list[str] = []
    for slug in sorted(found):
        for d in found[slug]:
            if d.suggestion:
                suggestions.append(d)
                continue
            if norm(d.term) in rejected:
                continue
            term = by_form.get(norm(d.term)) or (by_form.get(norm(d.alias)) if d.alias else None)
            if term is None:
                term = Term(key="", name=d.term, aliases=[d.alias] if d.alias else [])
                terms.append(term)
                new_terms.append(d.term)
                for form in [term.name] + term.aliases:
                    by_form.setdefault(norm(form), term)
            elif d.alias and norm(d.alias) not in {norm(a) for a in [term.name] + term.aliases}:
                term.aliases.append(d.alias)
            anchor = docs[slug].sections[d.section].anchor
            if all(x.text != d.text for x in term.definitions):
                article_defs = [x for x in term.definitions if x.slug]
                term.definitions.insert(len(article_defs), Definition(d.text, slug, anchor))
    for term in sorted(terms, key=lambda t: (not t.curated, t.name)):
        term.key = "glossary/" + slugger(term.name)
    keys = {norm(f): t.key for t in terms for f in [t.name] + t.aliases}
    for term in terms:
        term.related = sorted({keys[norm(r)] for r in term.related if norm(r) in keys} - {term.key})
    return terms, suggestions, new_terms
