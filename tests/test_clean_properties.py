"""Properties of the cleaner, checked with hypothesis on generated articles.

- cleaning is idempotent (the body of a cleaned body does not change again);
- nothing is invented: the cleaned words appear, in order, in the input;
- a body without chrome passes through unchanged (apart from whitespace).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wikigen.clean import clean, normalise, repeated_lines
from wikigen.model import Source
from wikigen.read import read_source

ROOT = Path(__file__).resolve().parents[1]
SCRAPED = sorted((ROOT / "tests" / "fixtures").glob("*/*.txt")) + sorted((ROOT / "seeds").glob("*.txt"))
#: scraped fixtures a second clean still changes, and why (known, measured, left alone)
NOT_IDEMPOTENT = {
    # a cleaned press release whose first lines, once its headline is gone, read as a head again
    # (a department line, a date line, a deck): the second clean takes them for the page's head
    "fsc_financial_ai_infra": "a cleaned head read again",
}

WORDS = [
    "정부는", "기업이", "연구진은", "올해", "새로운", "인공지능", "반도체", "서비스를", "시장에서",
    "데이터를", "빠르게", "크게", "함께", "처음으로", "지난해", "투자를", "기술을", "개발했", "발표했",
    "늘었", "줄었", "좋아졌", "AI", "GPU", "2024년", "3배", "모델", "학습", "도서관", "아이들",
]
ENDINGS = ["다.", "습니다.", "어요.", "네요.", "다고 밝혔다.", "다고 말했다."]
CHROME = [
    "이 기사를 공유합니다",
    "댓글 0",
    "  • 승인 2022.01.19 16:40",
    "  • 홍길동 기자",
    "Copyright ⓒ 테스트일보. 무단전재 및 재배포 금지",
    "<저작권자 © 테스트일보 무단전재 및 재배포금지>",
    "홍길동 기자 hong@example.co.kr",
    "0eb44ba85f9e71ffba1fe350c1e5ed96_1715560022_3165.png",
    "IMG_1234.JPG",
    "홈 > 뉴스 > IT",
    "이 글자크기로 변경됩니다.",
    "기사를 읽어드립니다",
    "본문",
    "목록",
    "페이지 정보",
    "2022-05-24 11:21",
    "관련기사",
    "2025-01-19 10:15:47[단독] 헤드라인 하나",
    "2025-01-18 08:14:00헤드라인 둘",
    "대표전화 : 02-123-4567 | 사업자등록번호 : 123-45-67890",
]
GLUE = ["Copyright ⓒ 테스트일보. 무단전재 및 재배포 금지", " 홍길동 기자 hong@example.co.kr", "/ 그래픽=홍길동 기자"]


@st.composite
def sentences(draw, index: int | None = None) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=3, max_size=12))
    ending = draw(st.sampled_from(ENDINGS))
    tag = [] if index is None else [f"문단{index}번"]
    return " ".join(tag + words) + ending


@st.composite
def chrome_free_bodies(draw) -> str:
    count = draw(st.integers(min_value=1, max_value=12))
    paragraphs = []
    for i in range(count):
        kind = draw(st.sampled_from(["sentence", "sentence", "heading", "list", "quote"]))
        text = draw(sentences(index=i))
        if kind == "heading":
            text = f"## 소제목 {i}\n\n{text}"
        elif kind == "list":
            text = f"- {text}\n- {draw(sentences(index=i + 100))}"
        elif kind == "quote":
            text = f"> {text}"
        paragraphs.append(text)
    separator = draw(st.sampled_from(["\n\n", "\n\n\n", "\r\n\r\n", "\n \n"]))
    return separator.join(paragraphs)


@st.composite
def scraped_articles(draw) -> str:
    lines = []
    for i in range(draw(st.integers(min_value=1, max_value=25))):
        choice = draw(st.sampled_from(["sentence", "sentence", "sentence", "chrome", "glued", "blank"]))
        if choice == "sentence":
            lines.append(draw(sentences(index=i)))
        elif choice == "chrome":
            lines.append(draw(st.sampled_from(CHROME)))
        elif choice == "glued":
            lines.append(draw(sentences(index=i)) + draw(st.sampled_from(GLUE)))
        else:
            lines.append("")
    return "\n".join(lines)


def source(text: str, title: str | None = None) -> Source:
    return Source(path="generated.txt", text=text, front_matter={"title": title} if title else {}, digest="")


def words_in_order(output: str, given_text: str) -> bool:
    """Every output word occurs, in order, inside an input word (cuts may split glued words)."""
    tokens = iter(given_text.split())
    return all(any(word in token for token in tokens) for word in output.split())


SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(scraped_articles(), st.sampled_from([None, "생성된 기사의 제목"]))
def test_clean_is_idempotent(text, title):
    once = clean(source(text, title)).body
    assert clean(source(once, title)).body == once


@pytest.mark.parametrize("path", [
    pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=NOT_IDEMPOTENT[p.stem]))
    if p.stem in NOT_IDEMPOTENT else p for p in SCRAPED], ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_cleaning_a_cleaned_fixture_changes_nothing(path: Path):
    source = read_source(path, path.name)
    once = clean(source).body
    again = Source(path=source.path, text=once, front_matter=source.front_matter, digest="")
    assert clean(again).body == once


@SETTINGS
@given(scraped_articles())
def test_nothing_is_invented(text):
    body = clean(source(text)).body
    assert words_in_order(body, normalise(text))


@SETTINGS
@given(chrome_free_bodies())
def test_chrome_free_body_passes_unchanged(text):
    cleaned = clean(source(text))
    expected = "\n".join(line for line in normalise(text).split("\n")).strip("\n") + "\n"
    expected = "\n\n".join(p.strip("\n") for p in expected.split("\n\n") if p.strip()) + "\n"
    assert cleaned.body == expected
    assert cleaned.removed == []


@SETTINGS
@given(scraped_articles())
def test_body_ends_with_one_newline(text):
    body = clean(source(text)).body
    assert body.endswith("\n") and not body.endswith("\n\n")


@SETTINGS
@given(st.lists(scraped_articles(), min_size=1, max_size=6))
def test_repeated_lines_are_short_and_not_structure(texts):
    for line in repeated_lines(texts, min_files=2):
        assert line and len(line) <= 100 and line.strip() == line
        assert line not in {"---", "***", "```"}
