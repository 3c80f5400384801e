"""An English brand name matched to the Hangul spelling the page prints (wikigen.spelling)."""
import pytest

from wikigen.spelling import hangul_skeleton, korean_spelling, latin_pattern, spells


@pytest.mark.parametrize("latin, hangul", [
    ("Rebellions", "리벨리온"), ("blind", "블라인드"), ("Upstage", "업스테이지"), ("Microsoft", "마이크로소프트"),
    ("NVIDIA", "엔비디아"), ("coupang", "쿠팡"), ("Samsung", "삼성"), ("Anthropic", "앤트로픽"),
    ("Banksalad", "뱅크샐러드"), ("Qualcomm", "퀄컴"), ("82cook", "82쿡"), ("PUBLY", "퍼블리"),
    ("QUASARZONE", "퀘이사존"),  # "qu": a k and a glide, whose vowel Hangul writes as one (ㅞ)
])
def test_brand_is_found_in_its_hangul_spelling(latin, hangul):
    text = f"지난해 {hangul}는 새 서비스를 내놓았다. {hangul}의 관계자는 이렇게 말했다."
    assert korean_spelling(latin, text) == hangul


def test_particle_after_the_name_is_not_part_of_it():
    assert korean_spelling("NVIDIA", "엔비디아의 GPU와 엔비디아 칩, 엔비디아의 전략") == "엔비디아"


def test_capital_suffix_is_kept():
    assert korean_spelling("FuriosaAI", "퓨리오사AI는 2세대 칩을 공개했다. 퓨리오사AI의 대표는") == "퓨리오사AI"


@pytest.mark.parametrize("latin, text", [
    ("velog", "블록 단위로 나눈 커널은 빠르고 단순하다."),  # consonants agree, vowels or the closing stop do not
    ("KT", "기타 통신사"),                                # an acronym is read letter by letter
    ("naver", "내부 문서를 검색한다"),                     # two consonants tell too little
    ("Teamblind", "블라인드 앱"),                          # another name
])
def test_no_spelling_is_invented(latin, text):
    assert korean_spelling(latin, text) is None


def test_voiced_stop_opens_a_syllable_and_a_voiceless_one_may_close_it():
    assert hangul_skeleton("벨로그") == "PLK" and hangul_skeleton("블록") == "PLk"
    assert latin_pattern("velog").fullmatch("PLK") and not latin_pattern("velog").fullmatch("PLk")
    assert latin_pattern("Facebook").fullmatch(hangul_skeleton("페이스북"))


def test_a_short_name_is_spelled_by_a_word_the_page_prints_often():
    page = "노타는 18일 새 도구를 공개했다. 노타의 대표는 노타가 올해 흑자를 낸다고 말했다. 노트북에서도 돈다."
    assert korean_spelling("Nota", page) is None  # two consonants: not by default
    assert korean_spelling("Nota", page, short=True) == "노타"
    assert korean_spelling("Nota", "노트 한 권을 샀다.", short=True) is None  # printed once: too little


def test_spells_answers_for_one_word():
    assert spells("Liner", "라이너") and spells("Sendbird", "센드버드")
    assert not spells("Liner", "네이버")
