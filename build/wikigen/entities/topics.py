"""Topics: curated signals (glossary terms and keywords) scored per top-level section, so a
long conference write-up belongs to several topics through the sections that discuss them."""
from __future__ import annotations

from ..link import Matcher, Target, linkable_spans, scan
from .slugs import Slugger, norm
from .types import ArticleInfo, Term, Topic, TopicSection

MIN_SECTION_SCORE = 3  # signal hits a section needs to belong to a topic ...
MIN_SECTION_SIGNALS = 2  # ... coming from at least this many different signals


def _units(info: ArticleInfo) -> list[tuple[int, int, int]]:
    """(section index, start, end) of the article's top-level sections (and the intro)."""
    sections = info.doc.sections
    if len(sections) == 1:
        return [(0, 0, len(info.doc.body))]
    levels = sorted({s.level for s in sections[1:]})
    top = next((lv for lv in levels if sum(s.level == lv for s in sections[1:]) >= 2), levels[0])
    idx = [0] + [i for i, s in enumerate(sections) if i and s.level == top]
    bounds = [sections[i].start for i in idx] + [len(info.doc.body)]
    return [(i, bounds[n], bounds[n + 1]) for n, i in enumerate(idx)]


def assign_topics(curated_topics: list[dict], terms: list[Term], infos: dict[str, ArticleInfo]) -> list[Topic]:
    term_by_form = {norm(f): t for t in terms for f in [t.name] + t.aliases}
    slugger = Slugger()
    topics: list[Topic] = []
    keyword_targets: dict[str, Target] = {}
    for entry in curated_topics:
        topic = Topic(key="", name=entry["name"], description=entry.get("description", ""),
                      terms=list(entry.get("terms", [])), keywords=list(entry.get("keywords", [])))
        topic.key = "topics/" + slugger(topic.name)
        topics.append(topic)
        for kw in topic.keywords:
            keyword_targets[kw] = Target("kw:" + norm(kw))
    matcher = Matcher(keyword_targets)
    for slug in sorted(infos, key=lambda s: (infos[s].date, s)):
        info = infos[slug]
        spans = linkable_spans(info.doc.body, [])
        kw_hits = scan(matcher, info.doc.body, spans)
        for topic in topics:
            signal_terms = {term_by_form[norm(t)].key for t in topic.terms if norm(t) in term_by_form}
            signal_kws = {"kw:" + norm(k) for k in topic.keywords}
            for index, start, end in _units(info):
                hits = [m.key for m in info.mentions if m.key in signal_terms and start <= m.start < end]
                hits += [h.key for h in kw_hits if h.key in signal_kws and start <= h.start < end]
                if len(hits) >= MIN_SECTION_SCORE and len(set(hits)) >= MIN_SECTION_SIGNALS:
                    section = info.doc.sections[index]
                    topic.sections.append(TopicSection(slug, section.anchor, section.title, len(hits)))
            if any(s.slug == slug for s in topic.sections):
                topic.articles.append(slug)
    return topics
