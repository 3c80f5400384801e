"""The search-index enrichment (build/wikigen/search.py), without a browser: a query word is found
when, after the separator from mkdocs.yml has split it, each piece is a prefix of some token of
the document, which is how Material's worker matches (it appends `*` to every query word)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from wikigen.search import (
    ENV_SWITCH,
    SearchSettings,
    compound_parts,
    enrich_index,
    enrich_search_index,
    enrichment_enabled,
    search_tokens,
    strip_ending,
)

ROOT = Path(__file__).resolve().parents[1]


class _Loader(yaml.SafeLoader):
    """mkdocs.yml has !!python tags (the toc slugify function); they do not matter here."""


_Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def search_config() -> dict:
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and "search" in plugin:
            return plugin["search"]
    raise AssertionError("no search plugin in mkdocs.yml")


SEPARATOR = search_config()["separator"]


def doc_tokens(doc: dict) -> set[str]:
    fields = [doc.get("title", ""), doc.get("text", ""), doc.get("parts", ""), *doc.get("tags", [])]
    return {token for value in fields for token in search_tokens(value, SEPARATOR)}


def finds(doc: dict, query: str) -> bool:
    """Every piece of the query is a prefix of a token of the document."""
    tokens = doc_tokens(doc)
    pieces = list(search_tokens(query, SEPARATOR))
    return bool(pieces) and all(any(t.startswith(p) for t in tokens) for p in pieces)


def enriched(text: str, title: str = "글", location: str = "articles/x/") -> dict:
    index = {"config": {"separator": SEPARATOR, "fields": {}}, "docs": [{"location": location, "title": title, "text": text}]}
    return enrich_index(index)["docs"][0]


SAMPLE = (
    "<p>SK텔레콤과의 협력, SK하이닉스는 고대역폭 메모리(HBM)는 물론 네이버의 ‘하이퍼클로바(HyperCLOVA)’가 "
    "파인튜닝됩니다. 초거대 AI 모델과 효성인포메이션시스템은 과학기술컨벤션센터에서 반도체전문가를 만났다.</p>"
)


@pytest.mark.parametrize("query", [
    "텔레콤", "하이닉스", "SK하이닉스", "HBM", "클로바", "하이퍼클로바", "HyperCLOVA", "튜닝", "파인튜닝",
    "거대", "초거대", "초거대 AI", "시스템", "인포메이션", "컨벤션센터", "센터", "전문가", "반도체", "메모리",
])
def test_parts_of_compounds_and_glued_latin_are_found(query: str) -> None:
    assert finds(enriched(SAMPLE), query)


@pytest.mark.parametrize("query", ["클로바", "튜닝", "거대", "시스템", "센터", "전문가"])
def test_without_enrichment_compound_parts_are_not_found(query: str) -> None:
    """The failures the enrichment exists for (the separator alone handles glued Latin)."""
    assert not finds({"location": "articles/x/", "title": "글", "text": SAMPLE}, query)


def test_separator_splits_hangul_from_latin_and_digits() -> None:
    assert list(search_tokens("SK하이닉스는 메모리(HBM)는 GPT-4o만 2만개", SEPARATOR)) == [
        "sk", "하이닉스는", "메모리", "hbm", "는", "gpt", "4o", "만", "2", "만개",
    ]


def test_separator_compiles_as_a_javascript_regexp_would() -> None:
    re.compile(SEPARATOR)  # lookbehind of fixed width only: valid in both
    assert "(?<=[가-힣])(?=[A-Za-z0-9])" in SEPARATOR


def test_search_keeps_the_korean_stop_word_filter_and_no_trimmer() -> None:
    config = search_config()
    assert config["lang"] == "ko"
    assert config["pipeline"] == ["stopWordFilter"]


def test_strip_ending() -> None:
    assert strip_ending("하이닉스는") == "하이닉스"
    assert strip_ending("파인튜닝됩니다") == "파인튜닝"
    assert strip_ending("효과") == "효과"  # too short to lose a syllable
    assert strip_ending("전문가") == "전문가"  # 가 also ends nouns: kept


def test_parts_skip_what_a_prefix_query_finds_anyway() -> None:
    parts = compound_parts("<p>하이퍼클로바 클로바노트 초거대</p>")
    assert "클로바" not in parts  # "클로바노트" is a token: "클로바*" finds it
    assert "거대" in parts and "퍼클로바" in parts
    assert parts == sorted(parts) and len(parts) == len(set(parts))


def test_parts_ignore_markup() -> None:
    assert compound_parts('<p class="초거대모델">가</p>') == []


hangul = st.text(alphabet=st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3), min_size=1, max_size=9)


@settings(max_examples=200, deadline=None)
@given(st.lists(hangul, min_size=1, max_size=6))
def test_every_part_of_two_syllables_or_more_is_a_prefix_of_a_token(words: list[str]) -> None:
    text = " ".join(words)
    tokens = set(words) | set(compound_parts(text))
    for word in words:
        stem = strip_ending(word)
        for i in range(len(stem)):
            for j in range(i + 2, len(stem) + 1):
                assert any(t.startswith(stem[i:j]) for t in tokens), (word, stem[i:j])


def test_enrich_index_declares_the_field_and_is_idempotent() -> None:
    index = {
        "config": {"fields": {"title": {"boost": 1000.0}}},
        "docs": [{"location": "articles/x/", "title": "초거대 AI", "text": "<p>하이퍼클로바</p>"}],
    }
    once = enrich_index(index)
    assert once["config"]["fields"]["parts"] == {"boost": 1.0}
    assert once["config"]["fields"]["title"] == {"boost": 1000.0}
    assert enrich_index(once) == once
    assert index["docs"][0].get("parts") is None  # the input is not modified


def test_entity_pages_are_boosted_but_not_their_sections_or_section_index() -> None:
    docs = [
        {"location": "people/", "title": "인물", "text": ""},
        {"location": "people/lee-kyung-il/", "title": "이경일", "text": ""},
        {"location": "people/lee-kyung-il/#mentions", "title": "언급", "text": ""},
        {"location": "glossary/hbm/", "title": "HBM", "text": "", "boost": 2},
        {"location": "orgs/nvidia/", "title": "엔비디아", "text": ""},
        {"location": "articles/x/", "title": "글", "text": ""},
    ]
    boosts = {d["location"]: d.get("boost") for d in enrich_index({"config": {}, "docs": docs})["docs"]}
    assert boosts == {
        "people/": None, "people/lee-kyung-il/": SearchSettings().entity_boost,
        "people/lee-kyung-il/#mentions": None, "glossary/hbm/": 2,
        "orgs/nvidia/": SearchSettings().entity_boost, "articles/x/": None,
    }


def write_index(site: Path) -> Path:
    path = site / "search" / "search_index.json"
    path.parent.mkdir(parents=True)
    index = {"config": {"fields": {}}, "docs": [{"location": "", "title": "초거대 AI", "text": "<p>하이퍼클로바</p>"}]}
    path.write_text(json.dumps(index), encoding="utf-8")  # ASCII escapes, as Material writes it
    return path


def test_enrich_search_index_rewrites_the_file(tmp_path: Path) -> None:
    path = write_index(tmp_path)
    size = enrich_search_index(tmp_path, enabled=True)
    assert size is not None and size.before > 0 and size.after == path.stat().st_size
    data = json.loads(path.read_text(encoding="utf-8"))
    assert "클로바" in data["docs"][0]["parts"] and "parts" in data["config"]["fields"]
    assert "하이퍼클로바" in path.read_text(encoding="utf-8")  # UTF-8, not \\uXXXX


def test_enrich_search_index_can_be_switched_off(tmp_path: Path, monkeypatch) -> None:
    path = write_index(tmp_path)
    before = path.read_bytes()
    monkeypatch.setenv(ENV_SWITCH, "0")
    assert enrich_search_index(tmp_path) is None
    assert path.read_bytes() == before
    assert enrichment_enabled({}) and not enrichment_enabled({ENV_SWITCH: "off"})


def test_no_index_no_error(tmp_path: Path) -> None:
    assert enrich_search_index(tmp_path, enabled=True) is None


def test_duplicate_sections_of_entity_pages_are_not_indexed() -> None:
    docs = [
        {"location": "orgs/amd/", "title": "AMD", "text": ""},
        {"location": "orgs/amd/#언급된-곳-19", "title": "언급된 곳 (19)", "text": "<p>SK하이닉스 부사장</p>"},
        {"location": "orgs/amd/#소속-인물", "title": "소속 인물", "text": "<p>Steve Scott</p>"},
        {"location": "people/#ㄱ", "title": "ㄱ", "text": "<p>김정호</p>"},
        {"location": "people/", "title": "인물", "text": "<p>28명</p>"},
        {"location": "articles/x/#언급된-곳", "title": "언급된 곳", "text": ""},
    ]
    kept = [d["location"] for d in enrich_index({"config": {}, "docs": docs})["docs"]]
    assert kept == ["orgs/amd/", "orgs/amd/#소속-인물", "people/", "articles/x/#언급된-곳"]


def test_an_entity_whose_name_begins_another_gets_a_name_marker() -> None:
    docs = [
        {"location": "glossary/gpu/", "title": "GPU", "text": ""},
        {"location": "glossary/gpuaas/", "title": "GPUaaS", "text": ""},
        {"location": "orgs/구글/", "title": "구글", "text": ""},
        {"location": "orgs/구글-딥마인드/", "title": "구글 딥마인드", "text": ""},
        {"location": "glossary/초거대-ai/", "title": "초거대 AI", "text": ""},
        {"location": "topics/초거대-ai-llm/", "title": "초거대 AI·LLM", "text": ""},
        {"location": "articles/gpu/", "title": "GPU", "text": ""},
    ]
    index = enrich_index({"config": {}, "docs": docs})
    names = {d["location"]: d.get("names") for d in index["docs"]}
    assert names == {
        "glossary/gpu/": "gpu_", "glossary/gpuaas/": None, "orgs/구글/": "구글_", "orgs/구글-딥마인드/": None,
        "glossary/초거대-ai/": "초거대_ai_", "topics/초거대-ai-llm/": None, "articles/gpu/": None,
    }
    assert "names" in index["config"]["fields"]
    # one token for the worker, found by the prefix query for the name
    assert list(search_tokens("초거대_ai_", SEPARATOR)) == ["초거대_ai_"]
