"""People extraction: role phrases, particles, Latin names, pairs, citations, nicknames,
merging, and precision/recall on the seeds and on unseen-style articles."""
from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
import yaml

from test_entities_helpers import FIXTURES, make_article, seed_knowledge
from wikigen.entities import extract_knowledge, inspect_view
from wikigen.entities.people import Found, _scan_roles, find_people
from wikigen.entities.sections import prepare
from wikigen.entities.slugs import norm


def sightings(text: str, orgs=frozenset()):
    found = Found()
    _scan_roles(text, "t", 0, set(orgs), found)
    return [(s.name, s.role, s.affiliation) for s in found.sightings]


@pytest.mark.parametrize("text, name, role, affiliation", [
    ("이경일 솔트룩스 대표는 26일 말했다.", "이경일", "대표", "솔트룩스"),
    ("SK텔레콤 유영상 CEO는 강조했다.", "유영상", "CEO", "SK텔레콤"),
    ("오혜연 KAIST 교수의 사회로 진행됐다.", "오혜연", "교수", "KAIST"),
    ("임혜숙 과기정통부 장관은 전했다.", "임혜숙", "장관", "과기정통부"),
    ("KAIST 김정호 전기·전자공학부 교수는 말했다.", "김정호", "교수", "KAIST 전기·전자공학부"),
    ("효성인포메이션시스템 김형섭 수석 컨설턴트", "김형섭", "수석 컨설턴트", "효성인포메이션시스템"),
    ("Chris Levesque CEO는 설명했다.", "Chris Levesque", "CEO", None),
    ("펭귄 솔루션의 마크 아담스 CEO는 지적했다.", "마크 아담스", "CEO", None),
    ("테슬라 CEO 일론머스크가 설립했다.", "일론머스크", "CEO", "테슬라"),
    ("구글 딥마인드의 공동 창업자 무스파타 슐레이만이다.", "무스파타 슐레이만", "공동 창업자", "딥마인드"),
    ("젠슨 황 엔비디아 CEO는 말했다.", "젠슨 황", "CEO", "엔비디아"),
    ("이종환 상명대 시스템반도체공학과 교수는 설명했다.", "이종환", "교수", "상명대 시스템반도체공학과"),
    ("최상목 경제부총리는 국무회의에서 말했다.", "최상목", "부총리", None),
])
def test_role_phrases(text, name, role, affiliation):
    assert (name, role, affiliation) in sightings(text)


@pytest.mark.parametrize("text", [
    "테크 업계 관계자는 말했다.",
    "우리나라 대표 AI기업들은 방안을 마련했다.",
    "대표적인 초거대 AI는 GPT-3다.",
    "아람코와 손잡고 중동 시장에 진출한다.",
    "더 많은 기업과 개발자가 퍼플렉시티의 기능을 활용한다.",
    "정부 대표단이 방문했다.",
])
def test_no_person_in_plain_sentences(text):
    assert sightings(text) == []


def _people(body: str):
    found = find_people("t", prepare(body, "T"), set())
    return {(s.name, s.pattern, s.role, s.affiliation, s.other_spelling) for s in found.sightings}, found


def test_speaker_list_with_latin_names_and_parenthesised_roles():
    people, _ = _people("* **발표자:** Mark Adams (Penguin Solutions CEO)\n\n"
                        "* **참여자:** 유영상 (SK텔레콤 CEO), Bryan Black (Chipletz CEO & Chairman), 정송 (KAIST 원장, Moderator)\n")
    names = {p[0]: p for p in people}
    assert names["Mark Adams"][2:4] == ("CEO", "Penguin Solutions")
    assert names["유영상"][2:4] == ("CEO", "SK텔레콤")
    assert names["Bryan Black"][2:4] == ("CEO & Chairman", "Chipletz")
    assert names["정송"][2] == "원장, Moderator"


def test_hangul_latin_pair_inverted_citation_and_nickname():
    people, found = _people("공동창립자인 아라빈드 스리니바스(Aravind Srinivas)는 말했다.\n\n"
                            "Morris, Meredith Ringel, et al. \"Levels of AGI\" (2023)\n\n"
                            "Kai Fu Lee(이하 카플리) 회장은 강조했다.\n")
    assert ("아라빈드 스리니바스", "pair", None, None, "Aravind Srinivas") in people
    assert any(p[0] == "Meredith Ringel Morris" and p[4] == "Morris, Meredith Ringel" for p in people)
    assert ("Kai Fu Lee", "카플리", "t") in found.aliases


def test_variants_merge_spacing_typo_pair_and_short_forms():
    body = ("* **참여자:** 이강욱 (SK하이닉스 부사장), Kai Fu Lee (Rhymes AI 회장)\n\n"
            "SK하이닉스의 이강옥 부사장은 말했다. Kai Fu Lee(이하 카플리) 회장은 웃었다. 카플리 회장은 또 말했다.\n\n"
            "이경일 솔트룩스 대표는 말했다. 이 대표는 덧붙였다.\n")
    k = extract_knowledge([make_article("a", body)], Path(tempfile.mkdtemp()))
    by_name = {p.name: p for p in k.people}
    assert {"이강욱", "이강옥"} <= set(by_name["이강욱"].variants)
    assert "카플리" in by_name["Kai Fu Lee"].variants
    lee = by_name["이경일"]
    assert sum(1 for m in k.articles["a"].mentions if m.key == lee.key) == 2  # "이 대표" counts
    assert any(c.kind == "merge" for c in k.candidates)


def _score(found: list[set[str]], gold: list[set[str]]) -> tuple[float, float]:
    tp = sum(1 for f in found if any(f & g for g in gold))
    hit = sum(1 for g in gold if any(f & g for f in found))
    return tp / max(1, len(found)), hit / max(1, len(gold))


def test_precision_recall_on_seeds():
    gold = yaml.safe_load((FIXTURES / "seed_people.yaml").read_text(encoding="utf-8"))["people"]
    k = seed_knowledge()
    precision, recall = _score([{norm(v) for v in p.variants} for p in k.people],
                               [{norm(x) for x in [g["name"]] + g.get("aliases", [])} for g in gold])
    assert precision >= 0.95 and recall >= 0.95, (precision, recall)


def test_precision_recall_on_unseen_style_articles_without_curated_entries():
    folder = FIXTURES / "unseen"
    gold = yaml.safe_load((folder / "gold.yaml").read_text(encoding="utf-8"))
    articles = [make_article(f.stem, f.read_text(encoding="utf-8")) for f in sorted(folder.glob("*.md"))]
    k = extract_knowledge(articles, Path(tempfile.mkdtemp()))  # no curated files at all
    found, wanted = [], []
    for a in articles:
        keys = {m.key for m in k.articles[a.slug].mentions}
        found += [{norm(v) for v in p.variants} for p in k.people if p.key in keys]
        wanted += [{norm(x)} for x in gold[a.slug]]
    precision, recall = _score(found, wanted)
    assert precision >= 0.90 and recall >= 0.85, (precision, recall)


def test_inspect_view_shape():
    k = seed_knowledge()
    for slug in k.articles:
        view = inspect_view(k, slug)
        assert set(view) == {"people", "terms", "definitions", "topics"}
        for p in view["people"]:
            assert set(p) == {"name", "aliases", "role", "affiliation"}
        assert all(set(d) == {"term", "sentence"} for d in view["definitions"])
