"""Metadata stage: front matter first, then what the cleaner removed, then the source URL."""
from __future__ import annotations

import datetime as dt

import pytest

from wikigen.clean import clean
from wikigen.metadata import DERIVED_TITLE_LEN, extract_metadata
from wikigen.model import Source

BODY = "정부는 올해 인공지능 반도체 투자를 크게 늘린다고 밝혔다."
MORE = "업계에서는 이번 조치로 국내 기업의 경쟁력이 높아질 것으로 보고 있다."


def meta(text: str, **front):
    source = Source("t.txt", text, front, "")
    return extract_metadata(source, clean(source))


@pytest.mark.parametrize(
    "value, expected",
    [(dt.date(2024, 5, 13), "2024-05-13"), (dt.datetime(2024, 5, 13, 9, 31), "2024-05-13"),
     ("2024-05-13", "2024-05-13"), ("2024.5.3", "2024-05-03"), ("2024년 5월 13일", "2024-05-13"), ("언젠가", None)],
)
def test_front_matter_date(value, expected):
    assert meta(f"{BODY}\n", date=value).date == expected


@pytest.mark.parametrize(
    "value, expected",
    [(["AI", "반도체"], ["AI", "반도체"]), ("AI", ["AI"]), (["AI", 3, None], ["AI"]), ({"a": 1}, []), (None, [])],
)
def test_front_matter_tags(value, expected):
    assert meta(f"{BODY}\n", tags=value).tags == expected


def test_front_matter_wins_and_source_may_be_a_name_or_a_url():
    m = meta(f"[테스트일보 홍길동 기자] {BODY}\n", title="제목", source="연합뉴스", author="김철수")
    assert (m.title, m.title_derived, m.publisher, m.author) == ("제목", False, "연합뉴스", "김철수")
    m = meta(f"{BODY}\n", source="https://www.yna.co.kr/view/AKR20240513000100017")
    assert (m.source_url, m.publisher, m.date) == ("https://www.yna.co.kr/view/AKR20240513000100017", "연합뉴스", "2024-05-13")


@pytest.mark.parametrize(
    "url, publisher, author, date",
    [
        ("https://velog.io/@euisuk-chung/SKAISUMMIT2024DAY1-오후", "velog", "euisuk-chung", None),
        ("https://blog.naver.com/techwriter/223456789012", "네이버 블로그", "techwriter", None),
        ("https://devnote.tistory.com/152", "tistory", None, None),
        ("https://www.hankyung.com/article/2024051312345", "한국경제", None, "2024-05-13"),
        ("https://www.example-news.co.kr/news/2023/11/02/abc", "example-news.co.kr", None, "2023-11-02"),
        ("https://n.news.naver.com/mnews/article/001/0014567890", None, None, None),
    ],
)
def test_source_url_gives_site_author_and_date(url, publisher, author, date):
    m = meta(f"원본 게시글: {url}\n\n{BODY}\n")
    assert (m.source_url, m.publisher, m.author, m.date) == (url, publisher, author, date)


def test_a_leading_url_line_is_the_source():
    m = meta(f"https://www.sisaweek.com/news/articleView.html?idxno=12345\n{BODY}\n")
    assert m.source_url == "https://www.sisaweek.com/news/articleView.html?idxno=12345"
    assert m.publisher == "시사위크"


def test_image_cdn_urls_are_not_the_source():
    m = meta(f"![그림](https://velog.velcdn.com/images/user/post/1/image.png)\n\n{BODY}\n")
    assert (m.source_url, m.publisher, m.author) == (None, None, None)


def test_publication_beats_update_and_crawl_time():
    text = f"2022-05-24 11:21\n제목 줄입니다\n  • 수정 2022.01.20 09:00\n  • 승인 2022.01.19 16:40\n{BODY}\n"
    assert meta(text).date == "2022-01-19"
    assert meta(f"2022-05-24 11:21\n{BODY}\n").date == "2022-05-24"  # nothing better: the leading timestamp
    assert meta(f"제목\n수정 2022.01.20 09:00\n{BODY}\n").date == "2022-01-20"


def test_related_list_timestamps_are_not_the_date():
    related = "\n".join(f"2025-01-1{i} 10:1{i}:00헤드라인 {i}" for i in range(4))
    text = f"{BODY}\n{MORE}\nCopyright ⓒ 테스트일보. 무단전재 및 재배포 금지\n{related}\n2025-01-17 15:02:12\n"
    assert meta(text).date is None


def test_korean_date_only_from_a_date_line_of_its_own():
    assert meta(f"2024년 11월 9일\n{BODY}\n").date == "2024-11-09"
    assert meta(f"행사는 2024년 11월 4일부터 5일까지 열렸다.\n{BODY}\n").date is None


def test_board_header_gives_date_and_site():
    m = meta(f"자료실\n[빅테크들 ‘빅 AI’ 전쟁]\n페이지 정보\n24-05-13 09:31 지비산업정보원\n본문\n{BODY}\n")
    assert (m.title, m.date, m.publisher, m.author) == ("빅테크들 ‘빅 AI’ 전쟁", "2024-05-13", "지비산업정보원", None)


@pytest.mark.parametrize(
    "line, publisher, author",
    [
        (f"[디지털데일리 이건한 기자] {BODY}", "디지털데일리", "이건한"),
        (f"시사위크=박설민 기자  {BODY}", "시사위크", "박설민"),
        (f"(서울=연합뉴스) 홍길동 기자 = {BODY}", "연합뉴스", "홍길동"),
        (f"{BODY}\n홍길동 기자 hong@example.co.kr\nⓒ 한국경제 무단전재 및 재배포 금지", "한국경제", "홍길동"),
        (f"{BODY}\nCopyright © 2024 The Korea Herald. All rights reserved.", "The Korea Herald", None),
        (f"{BODY}\n<저작권자 © 충청투데이 무단전재 및 재배포금지>", "충청투데이", None),
        (f"{BODY}\n무단전재-재배포, AI학습 및 활용 금지", None, None),
        (f"{BODY}/ 그래픽=박설민 기자", None, None),
        (f"{BODY}\nKBS 뉴스 김영희입니다.", "KBS", "김영희"),
    ],
)
def test_publisher_and_author_from_bylines_and_copyright(line, publisher, author):
    m = meta(f"{line}\n{MORE}\n")
    assert (m.publisher, m.author) == (publisher, author)


def test_headline_forms():
    assert meta(f"같은 제목 두 번\n같은 제목 두 번\n{BODY}\n").title == "같은 제목 두 번"
    assert meta(f"# 마크다운 제목\n\n{BODY}\n").title == "마크다운 제목"
    m = meta(f"바이라인 위의 제목\n홍길동 기자\n{BODY}\n")
    assert (m.title, m.title_derived, m.author) == ("바이라인 위의 제목", False, "홍길동")


def test_derived_title_is_marked_and_trimmed_at_a_word():
    long_lead = "이 문장은 제목이 없는 글의 첫 문장으로 육십 자를 훌쩍 넘기도록 길게 길게 이어지는 아주 긴 문장이다. 둘째 문장."
    m = meta(f"{long_lead}\n{MORE}\n")
    assert m.title_derived is True
    assert len(m.title) <= DERIVED_TITLE_LEN and long_lead.startswith(m.title)
    assert not m.title.endswith(" ")
    m = meta(f"\"따옴표로 시작하는 인용문이다. 그 다음\" 문장.\n{MORE}\n")
    assert m.title == "따옴표로 시작하는 인용문이다." and m.title_derived


def test_nothing_known_is_none():
    m = meta(f"{BODY}\n{MORE}\n")
    assert (m.date, m.publisher, m.author, m.source_url, m.tags) == (None, None, None, None, [])
    assert m.title_derived


def test_korean_publisher_name_beats_the_english_one():
    m = meta(f"{BODY}\n\nCopyright ⓒ The Hankyoreh. All rights reserved.\n")
    assert m.publisher == "한겨레"  # brand table fallback
    m = meta(f"{BODY}\n\n예시산업신문 | 서울특별시 중구 세종대로 1 | 대표전화 02-000-0000\n"
             "Copyright ⓒ Example Industry News. All rights reserved.\n")
    assert m.publisher == "예시산업신문"  # the page's own Korean name


def test_board_labels_give_title_and_date():
    m = meta(f"보도자료\n제목  예시 연구소, 새 소재 개발\n작성자  홍보팀    등록일  2025.01.21    조회수  12\n\n{BODY}\n")
    assert (m.title, m.title_derived, m.date, m.author) == ("예시 연구소, 새 소재 개발", False, "2025-01-21", None)


@pytest.mark.parametrize(
    "line, author",
    [("2025.02.04 · 박지훈(jh.park) · 12분 읽기", "박지훈")],
)
def test_post_information_line_names_the_author(line, author):
    assert meta(f"# 제목입니다 그렇죠\n\n{line}\n\n{BODY}\n").author == author
