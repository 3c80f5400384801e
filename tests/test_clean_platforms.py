"""Blog platforms, boards and newsrooms: comment sections, author boxes, placeholders,
surveys, licence notices, player and category bars (one test per failure class)."""
from __future__ import annotations

import pytest

from wikigen.clean import clean
from wikigen.model import Source

BODY = "정부는 올해 인공지능 반도체 투자를 크게 늘린다고 밝혔다."
MORE = "업계에서는 이번 조치로 국내 기업의 경쟁력이 높아질 것으로 보고 있다."


def body_of(text: str) -> str:
    return clean(Source("t.txt", text, {}, "")).body


@pytest.mark.parametrize("chrome", [
    "336x280", "160 x 600", "반응형", "공감sns신고저작자표시비영리", "블로그 툴바",
    "연재 노트  3/7  ◀  ▶", "매우만족  만족  보통  불만족  매우불만족", "매우 그렇다  그렇다  보통  그렇지 않다  의견 제출",
    "조사표.xlsx  미리보기  다운로드", "♥ 31  공유", "영상 재생  02:10 / 05:00  자막 끄기", "지면보기  사회 08면",
    "홍길동 (gildong@example.org)", "공공누리 제1유형 : 출처표시",
    "이 누리집의 사진과 기사는 누구나 자유롭게 사용하실 수 있습니다.",
])
def test_platform_chrome_lines_go(chrome):
    body = body_of(f"{BODY}\n\n{chrome}\n\n{MORE}\n")
    assert chrome not in body
    assert BODY in body and MORE in body


def test_comment_section_at_the_end_goes():
    text = (f"{BODY}\n\n{MORE}\n\n댓글 2\n독자하나  2024. 6. 1. 10:00\n좋은 글 감사합니다!\n"
            "다른독자  2024. 6. 2. 11:30\n저도 같은 생각이에요.\n답글 달기\n")
    body = body_of(text)
    assert "감사합니다" not in body and "같은 생각" not in body and "답글" not in body
    assert BODY in body and MORE in body


def test_a_comment_count_followed_by_the_article_is_kept():
    long = "이 문단은 기사 본문의 나머지로, 댓글 수 표시 뒤에도 본문이 길게 이어지는 경우를 흉내 낸다. " * 3
    text = f"{BODY}\n\n댓글 2\n\n{long}\n\n{long}\n\n{MORE}\n"
    body = body_of(text)
    assert MORE in body and long.strip() in body


def test_author_box_after_the_post_goes():
    text = f"{BODY}\n\n{MORE}\n\n김하나\n@hana-dev\n데이터 파이프라인을 만드는 엔지니어입니다.\n팔로우\n"
    body = body_of(text)
    assert "@hana-dev" not in body and "엔지니어입니다" not in body
    assert MORE in body


def test_a_numbered_contact_item_of_a_notice_stays_but_the_footer_goes():
    text = (f"{BODY}\n 1. 일시 : 2024년 9월 3일(화) 10:00\n 2. 문의 : 한국가상연구원 홍보실 (02-123-4567, pr@example.org)\n\n"
            "개인정보처리방침  이용약관  사이트맵\n(04524) 서울특별시 중구 세종대로 1  TEL 02-123-4000\n")
    body = body_of(text)
    assert "2. 문의 : 한국가상연구원 홍보실 (02-123-4567, pr@example.org)" in body
    assert "TEL 02-123-4000" not in body


def test_category_list_with_counts_goes_at_the_edge():
    text = f"어느 블로그\n전체 글 (40)  여행 (12)  요리 (8)\n\n{BODY}\n\n{MORE}\n"
    body = body_of(text)
    assert "여행 (12)" not in body and BODY in body


def test_a_free_use_sentence_of_the_article_stays():
    sentence = "연구진이 공개한 학습 자료는 누구나 자유롭게 이용할 수 있습니다."
    body = body_of(f"{BODY}\n\n{sentence}\n")
    assert sentence in body
