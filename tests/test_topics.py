"""Topics are assigned per top-level section, so a long write-up belongs to several topics."""
from __future__ import annotations

from test_entities_helpers import seed_knowledge


def test_long_conference_writeup_has_several_topics_through_its_sections():
    k = seed_knowledge()
    slug = next(s for s in k.articles if "summit" in s)
    topics = {t.name for t in k.topics if slug in t.articles}
    assert {"AI 반도체", "AI 에너지·원자력", "AI 검색"} <= topics
    energy = next(t for t in k.topics if t.name == "AI 에너지·원자력")
    assert any("원자력" in s.section_title for s in energy.sections if s.slug == slug)
    search = next(t for t in k.topics if t.name == "AI 검색")
    assert all("원자력" not in s.section_title for s in search.sections)
