"""Organisations: curated list, affiliations of people, "(이하 X)" and "한글(Latin)" pairs,
and words with organisation suffixes (전자, 텔레콤, 연구원, …부) that kiwi does not know as
ordinary nouns."""
from __future__ import annotations

import re
from functools import lru_cache

from . import kiwi
from .people import Found
from .sections import Doc
from .slugs import Slugger, UnionFind, norm
from .tokens import name_stem, plain, role_of, tokens
from .types import Org
from .words import ENGLISH_COMMON, GOV_SUFFIXES_KO, NOT_NAMES, ORG_SUFFIXES_KO

_PAIR = re.compile(r"([가-힣][가-힣A-Za-z0-9]{1,20})\s?\(([A-Za-z][A-Za-z0-9.&\- ]{0,40})\)")
_NOT_ORG_ENDINGS = ("학부", "학과", "Division", "Department", "Team", "팀")
_SUFFIX_HINT = re.compile("(?:" + "|".join(ORG_SUFFIXES_KO + GOV_SUFFIXES_KO) + ")(?![가-힣]{3})")


def _affiliation_parts(affiliation: str) -> list[str]:
    parts: list[str] = []
    for part in (p.strip() for p in affiliation.split(",")):
        if not part or part.endswith(_NOT_ORG_ENDINGS):
            continue
        words = part.split()
        if all(re.match(r"^[A-Za-z0-9.&\-]+$", w) for w in words):
            parts.append(part)
            continue
        parts.extend(w for w in words if "·" not in w and not w.endswith(_NOT_ORG_ENDINGS) and not role_of(w))
    return parts


@lru_cache(maxsize=200_000)
def _suffix_org(word: str) -> bool:
    if not word.endswith(ORG_SUFFIXES_KO + GOV_SUFFIXES_KO) or word in NOT_NAMES or role_of(word) or "·" in word:
        return False
    strong = word.endswith(ORG_SUFFIXES_KO) and len(word) > 3
    gov = word.endswith(GOV_SUFFIXES_KO) and len(word) >= 4 and re.match(r"^[가-힣]+$", word)
    if not (strong or gov):
        return False
    if re.match(r"^[A-Z]{2,}", word):
        return True
    suffix = next((x for x in ORG_SUFFIXES_KO + GOV_SUFFIXES_KO if word.endswith(x)), "")
    if kiwi.is_known_noun(word[: -len(suffix)]):
        return False  # "투자증권", "이동통신": an ordinary noun plus the suffix
    morphs = kiwi.analyse(word)
    return len(morphs) == 1 and (morphs[0].oov or morphs[0].tag == "NNP")


def find_orgs(curated_orgs: list[dict], reject: set[str], found: dict[str, Found], docs: dict[str, Doc]) -> list[Org]:
    rejected = {norm(r) for r in reject}
    uf = UnionFind()
    forms: dict[str, list[str]] = {}
    curated_by_node: dict[str, dict] = {}

    def add(form: str) -> str | None:
        node = norm(form)
        if not node or node in rejected:
            return None
        uf.add(node)
        if form not in forms.setdefault(node, []):
            forms[node].append(form)
        return node

    for entry in curated_orgs:
        nodes = [add(f) for f in [entry["name"]] + list(entry.get("aliases", []))]
        nodes = [n for n in nodes if n]
        for n in nodes[1:]:
            uf.union(nodes[0], n)
        if nodes:
            curated_by_node[nodes[0]] = entry
    for slug in sorted(found):
        for s in found[slug].sightings:
            for part in _affiliation_parts(s.affiliation or ""):
                if part.lower() not in ENGLISH_COMMON or part.isupper() or part[0].isupper():
                    add(part)
        for long_form, short, _ in found[slug].aliases:
            long_form = long_form.split()[-1] if len(long_form.split()) > 1 and not norm(long_form) in uf.parent else long_form
            if norm(long_form) in uf.parent or _suffix_org(long_form) or _suffix_org(short):
                a, b = add(long_form), add(short)
                if a and b:
                    uf.union(a, b)
    for slug in sorted(docs):
        for raw in docs[slug].body.split("\n"):
            text = plain(raw)
            for m in _PAIR.finditer(text):
                hangul, latin = name_stem(m.group(1)), m.group(2).strip()
                if norm(hangul) in uf.parent or norm(latin) in uf.parent:
                    a, b = add(hangul), add(latin)
                    if a and b:
                        uf.union(a, b)
            if not _SUFFIX_HINT.search(text):
                continue
            for t in tokens(text):
                if not t.text[-1:].isalpha():
                    continue
                word = name_stem(t.text)
                if _suffix_org(word):
                    add(word)
    slugger = Slugger()
    orgs: list[Org] = []
    for root, members in sorted(uf.groups().items()):
        entry = next((curated_by_node[m] for m in members if m in curated_by_node), None)
        names = [f for m in members for f in forms.get(m, [])]
        if not names:
            continue
        name = entry["name"] if entry else names[0]
        org = Org(key="", name=name, aliases=sorted(set(names) - {name}, key=lambda f: (-len(f), f)),
                  kind=entry.get("kind") if entry else None, curated=entry is not None)
        org.key = "orgs/" + slugger(name)
        orgs.append(org)
    return orgs
