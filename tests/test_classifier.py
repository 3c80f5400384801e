"""The learned line classifier: what it may judge, what it learns, and that its weights are current."""
from __future__ import annotations

import json

import pytest

from wikigen import classifier
from wikigen.clean import clean
from wikigen.model import Source

BODY = "정부는 올해 인공지능 반도체 투자를 크게 늘린다고 밝혔다."
MORE = "업계에서는 이번 조치로 국내 기업의 경쟁력이 높아질 것으로 보고 있다."


def cleaned(text: str):
    return clean(Source("t.txt", text, {}, ""))


@pytest.fixture
def everything_is_chrome(monkeypatch):
    """A classifier that calls every line it may judge chrome: what stays is what it may not judge."""
    monkeypatch.setattr(classifier, "_weights", lambda: {"bias": 20.0})


def test_a_chrome_line_no_rule_knows_goes_by_the_learned_rule():
    result = cleaned(f"{BODY}\n{MORE}\n댓글 접기\n")
    assert "댓글 접기" not in result.body
    assert ("learned_chrome", "댓글 접기") in [(r.rule, r.text) for r in result.removed]


def test_sentences_are_never_judged(everything_is_chrome):
    chrome_words = "공유하기 버튼을 누르면 기사 주소가 복사된다."
    result = cleaned(f"{BODY}\n{chrome_words}\n{MORE}\n")
    assert chrome_words in result.body and BODY in result.body and MORE in result.body


def test_decks_and_subheadings_shaped_like_headlines_are_never_judged(everything_is_chrome):
    deck = "데이터센터 전력 계통 포화에 비수도권 이전 땐 부담금 감면"
    subheading = "공급 늘자 가격 하락… 신생 클라우드 경쟁 가세"
    result = cleaned(f"# 정부, AI 반도체에 1조 투입\n{deck}\n{BODY}\n{subheading}\n{MORE}\n")
    assert deck in result.body and subheading in result.body


def test_list_items_inside_the_body_and_lone_lines_between_paragraphs_stay(everything_is_chrome):
    result = cleaned(f"{BODY}\n- 체크포인트 간격\n- 재시작 시간\n{MORE}\n목록\n{BODY}\n")
    assert "- 체크포인트 간격" in result.body and "- 재시작 시간" in result.body
    assert "목록" in result.body


def test_training_learns_and_is_deterministic():
    samples = [(["bias", "w:공유하기"], 1), (["bias", "w:반도체"], 0)] * 20
    first, second = classifier.train(samples, min_count=1), classifier.train(samples, min_count=1)
    assert first == second
    assert classifier.chrome_probability(["bias", "w:공유하기"], first) > 0.9
    assert classifier.chrome_probability(["bias", "w:반도체"], first) < 0.1


def test_the_weights_file_is_what_training_gives(tmp_path, monkeypatch):
    """classifier.json is refreshed by `tests/train_classifier.py`; stale weights fail here."""
    import train_classifier

    committed = json.loads(classifier.WEIGHTS.read_text(encoding="utf-8"))
    out = tmp_path / "classifier.json"
    monkeypatch.setattr(classifier, "WEIGHTS", out)
    every = {f.name for f in train_classifier.folders(set())}
    monkeypatch.setattr("sys.argv", ["train", "--exclude", *sorted(every - set(committed["trained_on"]))])
    train_classifier.main()
    fresh = json.loads(out.read_text(encoding="utf-8"))
    assert fresh["samples"] == committed["samples"]
    strong = {f for f, v in committed["weights"].items() if abs(v) > 0.05}
    assert strong <= set(fresh["weights"])
    assert max(abs(fresh["weights"][f] - committed["weights"][f]) for f in strong) < 0.01
