"""The linker and section anchors: one pass, longest match, particles outside, protected
regions untouched, anchors equal to MkDocs', and every generated link resolves."""
from __future__ import annotations

import re

import markdown
from pymdownx.slugs import slugify

from test_entities_helpers import ROOT, seed_articles, seed_knowledge
from wikigen.entities import article_links, knowledge_pages
from wikigen.entities.sections import prepare, promote_bold_headings
from wikigen.link import Matcher, Target, link_text, linkable_spans, scan
from wikigen.render import Renderer

TARGETS = {"HBM": Target("glossary/hbm", 'High "Bandwidth" Memory'), "AI 에이전트": Target("glossary/ai-agent"),
           "AI": Target("glossary/ai"), "엔비디아": Target("orgs/nvidia"), "메타": Target("orgs/meta")}


def link_all(text: str) -> str:
    m = Matcher(TARGETS)
    hits = scan(m, text, linkable_spans(text, prepare(text, "T").heading_spans))
    by_key = {t.key: t for t in TARGETS.values()}
    return link_text(text, hits, by_key)


def test_particles_stay_outside_and_longest_match_wins():
    out = link_all("HBM은 AI 에이전트를 돕고 엔비디아의 칩에 쓰인다.")
    assert out.startswith('[HBM](../glossary/hbm.md "High \'Bandwidth\' Memory")은 ')
    assert "[AI 에이전트](../glossary/ai-agent.md)를" in out
    assert "[엔비디아](../orgs/nvidia.md)의" in out


def test_word_boundaries():
    out = link_all("메타버스와 RAID와 HBMX는 아니다. 메타는 맞다.")
    assert "[메타](../orgs/meta.md)는" in out and "메타버스" in out and "[AI]" not in out and "[HBM]" not in out


def test_protected_regions_untouched():
    text = "# HBM 제목\n\n`HBM` 코드와 [HBM 링크](http://x/HBM) ![HBM](a.png) http://HBM.com <b>HBM</b>\n\n```\nHBM\n```\n"
    assert link_all(text) == text


def test_bold_lines_promoted_by_numbering_depth():
    body = "앞 문단\n\n**5. AI의 미래**\n\n본문\n\n**2.1. 속도의 중요성**\n\n**문장 안의 굵은 글씨**가 있다.\n"
    out = promote_bold_headings(body)
    assert "### 5. AI의 미래" in out and "#### 2.1. 속도의 중요성" in out
    assert "**문장 안의 굵은 글씨**가 있다." in out


def test_anchors_match_mkdocs_including_duplicates():
    body = "### 5. AI의 미래\n\n text\n\n**5. AI의 미래**\n-----\n\nx\n\n## T\n"
    doc = prepare(body, "T")
    md = markdown.Markdown(extensions=["toc"], extension_configs={"toc": {"slugify": slugify(case="lower")}})
    md.convert("# T\n\n" + doc.body)
    ids = []

    def walk(tokens):
        for t in tokens:
            ids.append(t["id"])
            walk(t["children"])

    walk(md.toc_tokens)
    assert [s.anchor for s in doc.sections[1:]] == ids[1:] == ["5-ai의-미래", "5-ai의-미래_1", "t_1"]


def test_many_entities_one_pattern_is_fast_enough():
    targets = {f"용어{i}": Target(f"glossary/t{i}") for i in range(3000)}
    m = Matcher(targets)
    text = "용어17은 용어2999와 다르다. " * 200
    assert len(m.find(text, 0, len(text))) == 400


def _anchors_of(markdown_text: str) -> set[str]:
    md = markdown.Markdown(extensions=["toc", "attr_list"], extension_configs={"toc": {"slugify": slugify(case="lower")}})
    md.convert(markdown_text)
    ids: set[str] = set()

    def walk(tokens):
        for t in tokens:
            ids.add(t["id"])
            walk(t["children"])

    walk(md.toc_tokens)
    return ids


def test_every_generated_link_resolves():
    k = seed_knowledge()
    articles = list(seed_articles())
    pages = knowledge_pages(k, Renderer(ROOT / "templates"))
    links = article_links(k, articles)
    contents = {p.path: re.sub(r"^---\n.*?\n---\n", "", p.content, flags=re.S) for p in pages}
    for a in articles:
        contents[a.url] = f"# {a.meta.title or a.slug}\n\n" + links[a.slug].body
    anchors = {path: _anchors_of(text) for path, text in contents.items()}
    bad = []
    for path, text in contents.items():
        for target in re.findall(r"\]\(\.\./([^)\s#]+\.md)(?:#([^)\s]+))?", text):
            page, anchor = target
            if page not in anchors or (anchor and anchor not in anchors[page]):
                bad.append((path, page, anchor))
        for anchor in re.findall(r"\]\(#([^)\s]+)\)", text):
            if anchor not in anchors[path]:
                bad.append((path, path, anchor))
    assert not bad, bad[:10]
    for ref_list in ("people", "terms", "orgs", "topics", "related"):
        for a in articles:
            for ref in getattr(links[a.slug], ref_list):
                assert ref.url in contents, ref
