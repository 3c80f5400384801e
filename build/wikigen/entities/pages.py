"""Render person, term, organisation and topic pages, their indexes and the review page."""
from __future__ import annotations

from ..model import Page
from ..render import Renderer
from .mentions import person_tip
from .slugs import norm
from .types import Knowledge

BACKLINK_CAP = 50
_CHOSEONG = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_BASE = {"ㄲ": "ㄱ", "ㄸ": "ㄷ", "ㅃ": "ㅂ", "ㅆ": "ㅅ", "ㅉ": "ㅈ"}


def initial(name: str) -> str:
    """Index letter: the Hangul initial consonant (ㄱ…ㅎ), a Latin capital, or #."""
    ch = name.strip()[:1]
    if "가" <= ch <= "힣":
        c = _CHOSEONG[(ord(ch) - 0xAC00) // 588]
        return _BASE.get(c, c)
    if ch.isascii() and ch.isalpha():
        return ch.upper()
    return "기타"


def sort_key(name: str) -> tuple:
    """가나다 first, then A–Z, then the rest."""
    ch = name.strip()[:1]
    group = 0 if "가" <= ch <= "힣" else 1 if ch.isascii() and ch.isalpha() else 2
    return (group, name.lower())


def letter_groups(items: list[dict]) -> list[dict]:
    """Items (with 'name') grouped by index letter, each group with the anchor MkDocs gives `## <letter>`."""
    groups: dict[str, list[dict]] = {}
    for item in sorted(items, key=lambda i: sort_key(i["name"])):
        groups.setdefault(initial(item["name"]), []).append(item)
    order = sorted(groups, key=lambda g: (0 if "ㄱ" <= g <= "ㅎ" else 1 if g.isascii() else 2, g))
    return [{"letter": g, "anchor": _letter_anchor(g), "items": groups[g]} for g in order]


def _letter_anchor(letter: str) -> str:
    """An explicit id for a letter section (set with attr_list), never left to the slugifier."""
    return "letter-" + ("etc" if letter == "기타" else letter.lower())


def _backlinks(k: Knowledge, key: str) -> dict:
    items = k.backlinks.get(key, [])
    return {"items": items[:BACKLINK_CAP], "more": max(0, len(items) - BACKLINK_CAP), "count": len(items)}


class _Sections:
    """Which entities each (article, section) mentions, and the reverse, built once."""

    def __init__(self, k: Knowledge):
        self.keys: dict[tuple[str, int], set[str]] = {}
        self.places: dict[str, set[tuple[str, int]]] = {}
        for info in k.articles.values():
            for m in info.mentions:
                self.keys.setdefault((info.slug, m.section), set()).add(m.key)
                self.places.setdefault(m.key, set()).add((info.slug, m.section))

    def cooccurring(self, key: str, prefix: str, limit: int = 8) -> list[str]:
        """Entities of one kind mentioned in the same sections as `key`, most shared first."""
        counts: dict[str, int] = {}
        for place in self.places.get(key, ()):
            for other in self.keys[place]:
                if other != key and other.startswith(prefix):
                    counts[other] = counts.get(other, 0) + 1
        return [e for e, _ in sorted(counts.items(), key=lambda x: (-x[1], x[0]))][:limit]


def render_pages(k: Knowledge, r: Renderer) -> list[Page]:
    index = {e.key: e for e in k.people + k.terms + k.orgs + k.topics}
    org_by_form = {norm(f): o for o in k.orgs for f in [o.name] + o.aliases}
    titles = {s: i.title for s, i in k.articles.items()}
    pages: list[Page] = []
    together = _Sections(k)

    def refs(keys):
        return [{"name": index[x].name, "url": x + ".md"} for x in keys if x in index]

    def org_refs(affiliation: str | None):
        parts = [p for chunk in (affiliation or "").split(",") for p in [chunk.strip()] + chunk.split()]
        found = {org_by_form[norm(p)].key for p in parts if p and norm(p) in org_by_form}
        return refs(sorted(found))

    for p in k.people:
        roles = [{"role": x.role, "affiliation": x.affiliation, "slug": x.slug, "title": titles.get(x.slug, ""),
                  "orgs": org_refs(x.affiliation)} for x in p.roles]
        orgs = {o["url"]: o for x in roles for o in x["orgs"]}
        pages.append(r.page(p.key + ".md", "person.md.j2", person=p, roles=roles, tip=person_tip(p),
                            backlinks=_backlinks(k, p.key), appeared_with=refs(p.appeared_with),
                            orgs=[orgs[u] for u in sorted(orgs)],
                            talks=[{"title": t.title, "url": f"articles/{t.slug}.md" + (f"#{t.anchor}" if t.anchor else ""),
                                    "article": titles.get(t.slug, "")} for t in p.talks],
                            terms=refs(together.cooccurring(p.key, "glossary/")),
                            authored=[{"title": titles.get(s, s), "url": f"articles/{s}.md"} for s in p.authored]))
    for t in k.terms:
        defs = [{"text": d.text, "url": (f"articles/{d.slug}.md" + (f"#{d.anchor}" if d.anchor else "")) if d.slug else None,
                 "article": titles.get(d.slug or "", "")} for d in t.definitions]
        related = list(dict.fromkeys(t.related + together.cooccurring(t.key, "glossary/", 5)))
        pages.append(r.page(t.key + ".md", "term.md.j2", term=t, definitions=defs, backlinks=_backlinks(k, t.key),
                            related=refs(related), people=refs(together.cooccurring(t.key, "people/", 8))))
    members_of: dict[str, list] = {}
    for p in k.people:
        for key in sorted({x["url"][:-3] for r_ in p.roles for x in org_refs(r_.affiliation)}):
            members_of.setdefault(key, []).append(p)
    for o in k.orgs:
        members = members_of.get(o.key, [])
        pages.append(r.page(o.key + ".md", "org.md.j2", org=o, backlinks=_backlinks(k, o.key),
                            people=[{"name": p.name, "url": p.key + ".md", "tip": person_tip(p)} for p in members]))
    for tp in k.topics:
        sections = sorted(tp.sections, key=lambda s: (k.articles[s.slug].date, s.slug))
        section_items = [{"title": s.section_title if s.anchor else titles[s.slug], "article": titles[s.slug],
                          "date": k.articles[s.slug].date,
                          "url": f"articles/{s.slug}.md" + (f"#{s.anchor}" if s.anchor else "")} for s in sections]
        articles = [{"title": titles[s], "date": k.articles[s].date, "url": f"articles/{s}.md"}
                    for s in sorted(tp.articles, key=lambda s: (k.articles[s].date, s))]
        in_topic = {(s.slug, s.anchor) for s in tp.sections}
        counts: dict[str, int] = {}
        for slug in {s.slug for s in tp.sections}:
            info = k.articles[slug]
            for m in info.mentions:
                if (slug, info.doc.sections[m.section].anchor) in in_topic:
                    counts[m.key] = counts.get(m.key, 0) + 1
        top = [x for x, _ in sorted(counts.items(), key=lambda x: (-x[1], x[0]))]
        pages.append(r.page(tp.key + ".md", "topic.md.j2", topic=tp, sections=section_items[:BACKLINK_CAP],
                            more=max(0, len(section_items) - BACKLINK_CAP), articles=articles[:BACKLINK_CAP],
                            terms=refs([x for x in top if x.startswith("glossary/")][:12]),
                            people=refs([x for x in top if x.startswith("people/")][:12])))

    people_items = [{"name": p.name, "url": p.key + ".md", "tip": person_tip(p),
                     "count": len(k.backlinks.get(p.key, []))} for p in k.people]
    by_affiliation: dict[str, list[dict]] = {}
    for p, item in zip(k.people, people_items):
        orgs = org_refs(p.affiliation)
        group = orgs[0]["name"] if orgs else (p.affiliation or "소속 미상")
        by_affiliation.setdefault(group, []).append(item)
    affiliation_groups = [{"name": g, "items": sorted(by_affiliation[g], key=lambda i: sort_key(i["name"]))}
                          for g in sorted(by_affiliation, key=sort_key)]
    pages.append(r.page("people/index.md", "people_index.md.j2", groups=letter_groups(people_items),
                        affiliations=affiliation_groups, total=len(people_items)))
    term_items = [{"name": t.name, "url": t.key + ".md", "tip": t.tip, "aliases": t.aliases} for t in k.terms]
    pages.append(r.page("glossary/index.md", "glossary_index.md.j2", groups=letter_groups(term_items), total=len(term_items)))
    org_items = [{"name": o.name, "url": o.key + ".md", "aliases": o.aliases,
                  "count": len(k.backlinks.get(o.key, []))} for o in k.orgs]
    pages.append(r.page("orgs/index.md", "orgs_index.md.j2", groups=letter_groups(org_items), total=len(org_items)))
    topic_items = [{"name": t.name, "url": t.key + ".md", "description": t.description,
                    "articles": len(t.articles), "sections": len(t.sections)} for t in k.topics]
    pages.append(r.page("topics/index.md", "topics_index.md.j2", topics=topic_items))
    kinds = ("new person", "new term", "merge", "rejected name", "definition suggestion")
    review = [{"kind": kind, "items": [{"text": c.text, "url": (f"articles/{c.slug}.md" + (f"#{c.anchor}" if c.anchor else ""))
                                        if c.slug else None, "article": titles.get(c.slug, "")}
                                       for c in k.candidates if c.kind == kind]} for kind in kinds]
    pages.append(r.page("reports/review.md", "review.md.j2", groups=review, problems=k.problems))
    return pages
