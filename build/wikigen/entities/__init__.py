"""Entities stage: people, glossary terms, organisations and topics, cross-linked both ways.

    extract_knowledge(articles, curated_dir) -> Knowledge
    article_links(knowledge, articles)        -> {slug: ArticleLinks}
    knowledge_pages(knowledge, renderer)      -> [Page]
    inspect_view(knowledge, slug)             -> dict (for `wikigen inspect --json`)
    candidates_summary(knowledge)             -> str (printed by the build)
"""
from __future__ import annotations

import hashlib
import re
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from ..cache import KeyedCache, tree_digest
from ..link import link_text
from ..link import Target
from ..model import Article, ArticleLinks, Ref
from ..render import Renderer
from . import kiwi
from .curated import Curated, load_curated
from .glossary import build_terms, find_definitions
from .mentions import backlinks, first_hits, person_tip, scan_article, targets_for
from .orgs import find_orgs
from .people import Found, Sighting, find_people, merge_people
from .related import related_articles
from .sections import Doc, prepare
from .slugs import norm
from .tokens import is_korean_name
from .topics import assign_topics
from .types import ArticleInfo, Candidate, Knowledge

__all__ = ["Knowledge", "extract_knowledge", "article_links", "knowledge_pages", "inspect_view", "candidates_summary"]


def _title(article: Article) -> str:
    return article.meta.title or article.slug


def _author_sighting(article: Article) -> Sighting | None:
    """The byline the cleaner moved into metadata becomes a person with role 기자 (never invented)."""
    author = re.sub(r"\s*기자$", "", (article.meta.author or "").strip())
    if is_korean_name(author):
        return Sighting(author, article.slug, 0, "author", "기자", article.meta.publisher)
    return None


PARALLEL_FROM = 300  # articles to analyse before workers that each load kiwi (~1.5 s) pay off


@dataclass
class Analysis:
    """What one article yields on its own, before the corpus is merged: its sections, the people
    sighted in it and the definitions it gives. The costly part (kiwi), run per worker."""

    doc: Doc
    found: Found
    definitions: list


def analyse_article(article: Article, known_orgs: set[str]) -> Analysis:
    doc = prepare(article.body, _title(article))
    found = find_people(article.slug, doc, known_orgs)
    author = _author_sighting(article)
    if author:
        found.sightings.append(author)
    return Analysis(doc, found, find_definitions(article.slug, doc))


def known_names(curated: Curated) -> list[str]:
    """Curated people and organisations, for kiwi's user dictionary."""
    return ([e["name"] for e in curated.people] + [a for e in curated.people for a in e.get("aliases", [])]
            + [e["name"] for e in curated.orgs] + [a for e in curated.orgs for a in e.get("aliases", [])])


def _start_worker(names: list[str]) -> None:
    kiwi.add_names(names)  # loads kiwi once in this worker


def _analyse_batch(articles: list[Article], known_orgs: set[str]) -> list[Analysis]:
    return [analyse_article(a, known_orgs) for a in articles]


def analyse_all(articles: list[Article], curated: Curated, workers: int, cache: AnalysisCache | None) -> dict[str, Analysis]:
    """Per-article analysis: cached ones from the cache, the rest spread over `workers`
    processes (each loads kiwi once) when asked."""
    known_orgs = {f for e in curated.orgs for f in [e["name"]] + list(e.get("aliases", []))}
    done = {a.slug: hit for a in articles if cache and (hit := cache.get(a))}
    todo = [a for a in articles if a.slug not in done]
    names = known_names(curated)
    if workers < 2 or len(todo) < PARALLEL_FROM:
        _start_worker(names)
        made = {a.slug: analyse_article(a, known_orgs) for a in todo}
    else:
        batches = [todo[i::workers * 4] for i in range(workers * 4)]
        with ProcessPoolExecutor(workers, initializer=_start_worker, initargs=(names,)) as pool:
            results = pool.map(_analyse_batch, batches, [known_orgs] * len(batches))
            made = {a.slug: r for batch, out in zip(batches, results) for a, r in zip(batch, out)}
    for article in todo:
        if cache:
            cache.put(article, made[article.slug])
    return done | made


@dataclass(frozen=True)
class AnalysisCache:
    """Analyses keyed by all they depend on: the article's slug, title, byline and body, and
    the curated lists (known names change what kiwi and the patterns find)."""

    store: KeyedCache
    curated_digest: str

    def _key(self, a: Article) -> str:
        body = hashlib.sha256(a.body.encode("utf-8")).hexdigest()
        return f"analysis:{self.curated_digest}:{a.slug}:{_title(a)}:{a.meta.author}:{a.meta.publisher}:{body}"

    def get(self, article: Article) -> Analysis | None:
        return self.store.get(self._key(article), Analysis)

    def put(self, article: Article, analysis: Analysis) -> None:
        self.store.put(self._key(article), analysis)


def extract_knowledge(articles: list[Article], curated_dir: Path, workers: int = 1,
                      cache_dir: Path | None = None) -> Knowledge:
    curated = load_curated(Path(curated_dir))
    ordered = sorted(articles, key=lambda a: a.slug)
    cache = AnalysisCache(KeyedCache(cache_dir / "analyses"), tree_digest(Path(curated_dir))) if cache_dir else None
    analyses = analyse_all(ordered, curated, workers, cache)
    infos = {a.slug: ArticleInfo(a.slug, _title(a), a.meta.date or "", analyses[a.slug].doc) for a in ordered}
    found: dict[str, Found] = {a.slug: analyses[a.slug].found for a in ordered}
    docs = {slug: info.doc for slug, info in infos.items()}
    people, candidates = merge_people(found, curated.people, curated.reject_people, docs,
                                      {s: i.title for s, i in infos.items()})
    orgs = find_orgs(curated.orgs, curated.reject_orgs, found, docs)
    person_forms = {norm(v) for p in people for v in p.variants}
    orgs = [o for o in orgs if norm(o.name) not in person_forms]
    definitions = {a.slug: analyses[a.slug].definitions for a in ordered}
    terms, suggestions, new_terms = build_terms(curated.terms, curated.reject_terms, definitions, docs)

    matcher_targets = targets_for(people, orgs, terms)
    from ..link import Matcher

    matcher = Matcher(matcher_targets)
    by_key = {p.key: p for p in people}
    for info in infos.values():
        info.mentions = scan_article(info, matcher, by_key)
    mentioned = {m.key for info in infos.values() for m in info.mentions} | {p.key for p in people if p.authored}

    k = Knowledge(problems=list(curated.problems), articles=infos)
    k.people = sorted((p for p in people if p.key in mentioned), key=lambda p: p.key)
    k.orgs = sorted((o for o in orgs if o.key in mentioned), key=lambda o: o.key)
    k.terms = sorted((t for t in terms if t.key in mentioned or any(d.slug for d in t.definitions)), key=lambda t: t.key)
    k.topics = [t for t in assign_topics(curated.topics, k.terms, infos) if t.articles]
    k.backlinks = backlinks(infos)
    k.related = related_articles(infos)
    k.definitions_by_article = {slug: [(d.term, d.text) for d in defs if not d.suggestion]
                                for slug, defs in definitions.items()}
    for p in k.people:
        if not p.curated:
            first = p.roles[0].slug if p.roles else ""
            candidates.append(Candidate("new person", f"{p.name} — {person_tip(p) or 'no role found'}", first))
    for name in new_terms:
        candidates.append(Candidate("new term", name))
    for d in suggestions:
        candidates.append(Candidate("definition suggestion", d.text, d.slug, docs[d.slug].sections[d.section].anchor))
    candidates.extend(_merge_suggestions(k))
    k.candidates = candidates
    return k


def _merge_suggestions(k: Knowledge) -> list[Candidate]:
    """A Latin-spelled and a Hangul-spelled person with the same role in one article may be one person."""
    out = []
    by_article: dict[str, list] = {}
    for p in k.people:
        for r in p.roles:
            if r.slug and r.role:
                by_article.setdefault(r.slug, []).append((p, r.role))
    for slug, entries in sorted(by_article.items()):
        for p, role in entries:
            for q, role_q in entries:
                latin = re.match(r"^[A-Za-z .'\-]+$", p.name)
                hangul = re.match(r"^[가-힣 ]+$", q.name) and " " in q.name
                if latin and hangul and role == role_q and not set(p.variants) & set(q.variants):
                    out.append(Candidate("merge", f"{p.name} = {q.name}? (same role '{role}'; add to curated/people.yml)", slug))
    return out


def article_links(knowledge: Knowledge, articles: list[Article]) -> dict[str, ArticleLinks]:
    out: dict[str, ArticleLinks] = {}
    people = {p.key: p for p in knowledge.people}
    terms = {t.key: t for t in knowledge.terms}
    orgs = {o.key: o for o in knowledge.orgs}
    for a in articles:
        info = knowledge.articles.get(a.slug)
        if info is None:
            out[a.slug] = ArticleLinks(body=a.body)
            continue
        targets = {p.key: Target(p.key, person_tip(p, a.slug)) for p in people.values()}
        targets.update({t.key: Target(t.key, t.tip) for t in terms.values() if t.linkable})
        targets.update({o.key: Target(o.key, o.name) for o in orgs.values()})
        hits = first_hits(info, set(targets))
        body = link_text(info.doc.body, hits, targets)
        order = list(dict.fromkeys(m.key for m in info.mentions))
        links = ArticleLinks(body=body)
        links.people = [Ref(people[k].name, k + ".md", person_tip(people[k], a.slug)) for k in order if k in people]
        links.terms = [Ref(terms[k].name, k + ".md", terms[k].tip) for k in order if k in terms]
        links.orgs = [Ref(orgs[k].name, k + ".md", orgs[k].kind or "") for k in order if k in orgs]
        links.topics = [Ref(t.name, t.key + ".md", t.description) for t in knowledge.topics if a.slug in t.articles]
        links.related = [Ref(knowledge.articles[s].title, f"articles/{s}.md", knowledge.articles[s].date)
                         for s in knowledge.related.get(a.slug, [])]
        out[a.slug] = links
    return out


def inspect_view(knowledge: Knowledge, slug: str) -> dict:
    info = knowledge.articles.get(slug)
    keys = list(dict.fromkeys(m.key for m in info.mentions)) if info else []
    people = {p.key: p for p in knowledge.people}
    terms = {t.key: t for t in knowledge.terms}
    view_people = []
    for key in keys:
        if key in people:
            p = people[key]
            role = next((r for r in p.roles if r.slug == slug), None) or next(iter(p.roles), None)
            view_people.append({"name": p.name, "aliases": [v for v in p.variants if v != p.name],
                                "role": role.role if role else None,
                                "affiliation": role.affiliation if role else None})
    return {
        "people": view_people,
        "terms": [terms[k].name for k in keys if k in terms],
        "definitions": [{"term": t, "sentence": s} for t, s in knowledge.definitions_by_article.get(slug, [])],
        "topics": [t.name for t in knowledge.topics if slug in t.articles],
    }


def candidates_summary(knowledge: Knowledge) -> str:
    counts: dict[str, list[str]] = {}
    for c in knowledge.candidates:
        short = re.split(r" — |: ", c.text)[0]
        counts.setdefault(c.kind, []).append(short if len(short) <= 30 else short[:29] + "…")
    lines = [f"knowledge: {len(knowledge.people)} people, {len(knowledge.terms)} terms, "
             f"{len(knowledge.orgs)} organisations, {len(knowledge.topics)} topics"]
    for kind in ("new person", "new term", "merge", "rejected name", "definition suggestion"):
        items = counts.get(kind, [])
        if items:
            shown = ", ".join(items[:8]) + (f", … (+{len(items) - 8})" if len(items) > 8 else "")
            lines.append(f"  {kind}s ({len(items)}): {shown}")
    if knowledge.problems:
        lines.append(f"  curated-file problems: {len(knowledge.problems)} (see reports/review.md)")
    return "\n".join(lines)


def knowledge_pages(knowledge: Knowledge, renderer: Renderer):
    from .pages import render_pages

    return render_pages(knowledge, renderer)
