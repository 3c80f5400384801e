"""Unit tests of the cleaner's steps: normalisation, phrase cuts, zones, tails, repeated lines."""
from __future__ import annotations

import pytest

from wikigen.clean import clean, is_sentence, normalise, repeated_lines
from wikigen.model import Source
from wikigen.rules import load_rules


def cleaned(text: str, title: str | None = None, repeated: frozenset[str] = frozenset()):
    return clean(Source("t.txt", text, {"title": title} if title else {}, ""), repeated)


BODY = "정부는 올해 인공지능 반도체 투자를 크게 늘린다고 밝혔다."
MORE = "업계에서는 이번 조치로 국내 기업의 경쟁력이 높아질 것으로 보고 있다."


def test_rules_load_and_every_rule_is_named():
    rules = load_rules()
    for matcher in (rules.line_any, rules.line_edge, rules.line_head):
        assert all(rule.name for rule in matcher.rules)
    for group in (rules.phrase_start, rules.phrase_end, rules.phrase_any):
        assert all(rule.name for rule in group)


def test_normalise_whitespace_but_not_words():
    text = "첫\u00a0줄입니다.  \r\n둘째 줄\u202f입니다.\r\n"
    assert normalise(text) == "첫 줄입니다.\n둘째 줄 입니다.\n"
    assert cleaned("가나다라 마바사 입니다.\u00a0\r\n").body == "가나다라 마바사 입니다.\n"


@pytest.mark.parametrize(
    "line, kept, gone",
    [
        (f"{BODY}Copyright ⓒ 디지털데일리. 무단전재 및 재배포 금지", BODY, "Copyright"),
        (f"{BODY} ⓒ 한국경제 무단전재 및 재배포 금지", BODY, "ⓒ"),
        (f"{BODY} 홍길동 기자 hong@example.co.kr", BODY, "hong@"),
        (f"시사위크=박설민 기자  {BODY}", BODY, "시사위크="),
        (f"(서울=연합뉴스) 홍길동 기자 = {BODY}", BODY, "연합뉴스"),
        (f"[디지털데일리 이건한 기자] {BODY}", BODY, "디지털데일리"),
        (f"{BODY}/ 그래픽=박설민 기자", BODY, "그래픽"),
        (f"{BODY}/ Gettyimagesbank", BODY, "Getty"),
        (f"{BODY} /사진=연합뉴스", BODY, "사진="),
        (f"[사진=연합뉴스] {BODY}", BODY, "[사진"),
    ],
)
def test_phrases_are_cut_inside_lines(line, kept, gone):
    result = cleaned(f"{line}\n\n{MORE}\n")
    assert kept in result.body and MORE in result.body
    assert gone not in result.body
    assert result.removed and all(r.rule for r in result.removed)


@pytest.mark.parametrize(
    "chrome",
    [
        "이 기사를 공유합니다", "댓글 0", "좋아요 3", "스크랩", "이 글자크기로 변경됩니다.", "기사를 읽어드립니다",
        "  • 박설민 기자", "  • 승인 2022.01.19 16:40", "입력 2024.05.13 09:31 수정 2024.05.13 10:00",
        "홍길동 기자 hong@example.co.kr", "Copyright ⓒ 디지털데일리. 무단전재 및 재배포 금지",
        "<저작권자 © 시사위크 무단전재 및 재배포금지>", "무단전재-재배포, AI학습 및 활용 금지", "All rights reserved.",
        "홈 > 뉴스 > IT", "image.png", "IMG_1234.JPG", "0eb44ba85f9e71ffba1fe350c1e5ed96_1715560022_3165.png",
        "로그인", "회원가입", "번역 설정",
    ],
)
def test_chrome_lines_go_anywhere(chrome):
    result = cleaned(f"{BODY}\n{chrome}\n{MORE}\n")
    assert chrome.strip() not in result.body
    assert BODY in result.body and MORE in result.body


@pytest.mark.parametrize("word", ["본문", "목록", "자료실", "페이지 정보", "첨부파일", "이전글", "다음글"])
def test_board_words_go_only_at_the_edges(word):
    head = cleaned(f"{word}\n{BODY}\n{MORE}\n").body
    assert word not in head
    middle = cleaned(f"{BODY}\n{word}\n{MORE}\n").body
    assert word in middle


def test_code_blocks_are_never_touched():
    code = "```\nCopyright ⓒ 예제. 무단전재 및 재배포 금지\n목록\n\n\n2024-05-13 09:31\n```"
    result = cleaned(f"목록\n{BODY}\n\n{code}\n\n{MORE}\n")
    assert code in result.body
    assert not result.body.startswith("목록")


def test_related_list_after_copyright_goes():
    related = "\n".join(f"2025-01-1{i} 10:1{i}:00헤드라인 {i}번 기사" for i in range(5))
    result = cleaned(f"{BODY}\n{MORE}\nCopyright ⓒ 테스트일보. 무단전재 및 재배포 금지\n첫 헤드라인\n{related}\n")
    assert result.body == f"{BODY}\n\n{MORE}\n"  # one paragraph a line, as in the scrape


def test_body_after_copyright_is_kept_when_it_is_not_chrome():
    result = cleaned(f"{BODY}\nCopyright ⓒ 테스트일보. 무단전재 및 재배포 금지\n{MORE}\n")
    assert MORE in result.body


def test_footer_block_goes_but_a_closing_note_stays():
    footer = "서울특별시 중구 세종대로 100 대표전화 : 02-123-4567\n등록번호 : 서울 아00001 | 발행인 : 홍길동"
    result = cleaned(f"{BODY}\n\n읽어주셔서 감사합니다\n\n{footer}\n")
    assert "읽어주셔서 감사합니다" in result.body
    assert "대표전화" not in result.body and "발행인" not in result.body


def test_duplicate_title_lines_and_front_matter_heading_go():
    result = cleaned(f"# 제목입니다\n\n{BODY}\n", title="제목입니다")
    assert result.body == f"{BODY}\n"
    result = cleaned(f"두 번 나오는 제목\n두 번 나오는 제목\n{BODY}\n")
    assert "두 번 나오는 제목" not in result.body
    assert [r.rule for r in result.removed] == ["headline", "duplicate_title"]


def test_a_title_in_the_body_is_not_removed():
    result = cleaned(f"{BODY}\n\n## 결론\n\n제목입니다\n\n{MORE}\n", title="제목입니다")
    assert "제목입니다" in result.body


def test_repeated_lines_remove_site_chrome_but_not_sentences():
    chrome = "구독하고 혜택 받기"
    texts = [f"{chrome}\n{BODY}\n같은 문장이 반복되어도 본문이다.\n", f"{chrome}\n{MORE}\n같은 문장이 반복되어도 본문이다.\n",
             f"{chrome}\n다른 기사 본문이다.\n같은 문장이 반복되어도 본문이다.\n"]
    repeated = repeated_lines(texts)
    assert chrome in repeated
    result = cleaned(texts[0], repeated=repeated)
    assert chrome not in result.body
    assert "같은 문장이 반복되어도 본문이다." in result.body
    signoff = "읽어주셔서 감사합니다 :)"
    assert signoff in cleaned(f"{BODY}\n\n{signoff}\n", repeated=frozenset({signoff})).body
    assert "---" not in repeated_lines(["---\n"] * 3)
    assert "" not in repeated_lines(["\n\n"] * 3)


def test_removals_are_in_document_order():
    text = f"이 기사를 공유합니다\n[테스트일보 홍길동 기자] {BODY}\n{MORE} 홍길동 기자 hong@example.co.kr Copyright ⓒ 테스트일보. 무단전재 및 재배포 금지\n댓글 0\n"
    rules = [r.rule for r in cleaned(text).removed]
    assert rules == ["share_widget", "byline", "byline", "copyright", "reaction_widget"]


def test_sentence_detection():
    assert is_sentence("정부는 투자를 늘렸다.")
    assert is_sentence("읽어주셔서 감사합니다. :)")
    assert is_sentence("이어 모네 시절 화가들은 왕과 귀족의 초상화를 그려주고 막대한 돈을 받았다")
    assert not is_sentence("[OTT레이더] 김혜수의 팩트 폭행…디즈니+, '트리거'")
    assert not is_sentence("자료실")


@pytest.mark.parametrize(
    "text",
    [
        "가나다라마바사 아자차카. " * 90000,  # one line of about 1 MB
        "\n".join(f"줄 {i}" for i in range(100_000)),
        "\n".join(f"2025-01-19 10:15:{i % 60:02d}헤드라인 {i}" for i in range(100_000)),
        "ⓒ Copyright 무단 " * 60000,
    ],
    ids=["1MB-line", "100k-short-lines", "100k-stamp-lines", "1MB-copyright-markers"],
)
def test_large_inputs_lose_nothing(text):
    """Huge lines and huge line counts are cleaned, and every character is kept or reported.
    (How the time grows with the size is measured by benchmarks/bench_hostile.py, not here.)"""
    result = cleaned(text)
    chars = lambda s: len("".join(s.split()))  # noqa: E731
    assert chars(result.body) + sum(chars(r.text) for r in result.removed) == chars(text)


@pytest.mark.parametrize(
    "line",
    [
        "ⓒ 표시는 저작권이 있다는 뜻으로 많이 쓰인다. 하지만 표시가 없어도 저작권은 보호받는다는 점을 기억해야 한다.",
        "메인 / 서브 구조로 메뉴를 나눴다.",
        "디자인: 사용자 중심으로 단순화",
        "- 담당자: 홍길동 주무관 (02-123-4567)",
        "(예시) 다음과 같이 입력하면 된다.",
        "그는 10년 차 기자로 일했다.",
        "입력 2024.05.13 기준으로 집계한 수치다.",
        "출처: 통계청 가계동향조사",
        "Source: 효성인포메이션시스템 (www.his21.co.kr)",
        "![CIO_SUMMIT](https://velog.velcdn.com/images/user/post/1/image.png)",
        "무단횡단은 위험하다는 캠페인이 이어졌다.",
        "GPU > CPU > NPU 순으로 전력을 많이 쓴다.",
        "- 댓글 기능을 개선했다.",
    ],
)
def test_body_lines_that_look_like_chrome_are_kept(line):
    result = cleaned(f"{BODY}\n\n{line}\n\n{MORE}\n")
    assert line in result.body, result.removed


def test_a_citation_url_in_the_middle_is_kept():
    line = "출처: https://arxiv.org/abs/2311.02462"
    result = cleaned(f"{BODY}\n\n{line}\n\n{MORE}\n")
    assert line in result.body


@pytest.mark.parametrize(
    "bar",
    ["정치  사회  경제  국제  문화", "기관소개 | 연구분야 | 알림마당", "[전체] [개발] [디자인] [데이터]", "산업 › 에너지"],
)
def test_menu_bars_and_short_breadcrumbs_go_at_the_head(bar):
    result = cleaned(f"{bar}\n{BODY}\n{MORE}\n")
    assert bar not in result.body and BODY in result.body


def test_menu_shaped_lines_inside_the_body_stay():
    table = "구분  상반기  하반기  연간"
    result = cleaned(f"{BODY}\n{table}\n{MORE}\n")
    assert table in result.body


@pytest.mark.parametrize(
    "bar", ["공유하기  [Facebook]  [X]  [링크 복사]", "👍 좋아요 86", "좋아요 12   댓글 3   공유", "구독자 1.2만 · 콘텐츠 40",
            "기사 공유하기  페이스북  트위터  URL복사", "후원하기  구독하기  로그인"],
)
def test_widget_bars_go_anywhere(bar):
    result = cleaned(f"{BODY}\n{bar}\n{MORE}\n")
    assert bar not in result.body and BODY in result.body and MORE in result.body


def test_headline_with_a_deck_below_it_is_the_title():
    text = "반도체 공장 증설 본격화…내년 가동\n정부 지원책 맞물려 투자 속도\n\n홍길동 기자\n\n" + BODY + "\n"
    source = Source("t.txt", text, {}, "")
    from wikigen.metadata import extract_metadata
    meta = extract_metadata(source, clean(source))
    assert meta.title == "반도체 공장 증설 본격화…내년 가동"
    assert "정부 지원책 맞물려 투자 속도" in clean(source).body


def test_prefilter_words_are_in_every_line_a_rule_matches():
    """The words prefilter.py reads off a pattern gate the rule: a line the rule matches without
    one of them would be chrome the cleaner no longer finds. Checked on every fixture line."""
    from pathlib import Path

    from wikigen.prefilter import required_words

    lines = {line.strip() for path in Path(__file__).parent.joinpath("fixtures").rglob("*.txt")
             for line in path.read_text(encoding="utf-8", errors="replace").splitlines() if line.strip()}
    rules = load_rules()
    checked = 0
    for matcher in (rules.line_any, rules.line_edge, rules.line_head):
        for rule in matcher.rules:
            words = required_words(rule.pattern.pattern)
            if not words:
                continue
            for line in lines:
                if rule.pattern.fullmatch(line):
                    checked += 1
                    assert any(w in line for w in words), (rule.name, words, line)
    assert checked > 1000


@pytest.mark.parametrize("pattern, words", [
    ("저작권자\\s*[:：]?.{0,40}", ("저작권자",)),
    ("(?:무단\\s*전재|재배포\\s*금지).*", ("무단", "재배포")),
    ("(?:이 기사를 )?공유합니다", ("공유합니다",)),
    ("[가-힣]{2,4}\\s*기자", ("기자",)),
    ("\\d+\\s*(?:명|개)", ()),  # "명" or "개": one letter gates nothing
    ("(?i)copyright.*", ()),  # case-insensitive: no literal to search for
    ("(?:기자)?[가-힣]+", ()),  # the word is optional
])
def test_prefilter_reads_only_words_every_match_holds(pattern, words):
    from wikigen.prefilter import required_words

    assert required_words(pattern) == words
