"""read_source(): every file becomes a Source or a Problem naming it; nothing raises."""
from __future__ import annotations


import pytest

from fixtures.hostile.make_corpus import EXPECTED, generated, make_corpus
from wikigen import read
from wikigen.model import Problem, Source
from wikigen.read import decode, discover, read_source, split_front_matter


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict[str, Source | Problem]:
    folder = tmp_path_factory.mktemp("hostile")
    make_corpus(folder)
    return {p.name: read_source(p, p.relative_to(folder).as_posix()) for p in discover(folder)}


def by_marker(corpus, name: str) -> Source:
    source = corpus[name]
    assert isinstance(source, Source), source
    return source


@pytest.mark.parametrize("name, reason", [
    ("empty.txt", "empty file"),
    ("whitespace_only.txt", "only whitespace"),
    ("binary_png.png", "not text: looks like a PNG image"),
    ("binary_pdf.pdf", "not text: looks like a PDF document"),
    ("binary_zip.zip", "not text: looks like a zip archive"),
    ("binary_png_named_txt.txt", "not text"),
])
def test_empty_and_binary_files_are_skipped_with_a_reason(corpus, name, reason):
    problem = corpus[name]
    assert isinstance(problem, Problem) and problem.path == name and reason in problem.message


@pytest.mark.parametrize("name, marker", [
    ("encoding_cp949.txt", "인코딩 CP949 본문: 똠방각하 펲시콜라"),
    ("encoding_euc_kr.txt", "인코딩 EUC-KR 본문입니다"),
    ("encoding_utf16_le_bom.txt", "인코딩 UTF-16 LE BOM 본문"),
    ("encoding_utf16_be_bom.txt", "인코딩 UTF-16 BE BOM 본문"),
    ("encoding_utf16_le_no_bom.txt", "인코딩 UTF-16 LE 본문"),
    ("encoding_utf16_be_no_bom.txt", "인코딩 UTF-16 BE 본문"),
    ("encoding_utf8_bom.txt", "인코딩 UTF-8 BOM 본문"),
])
def test_korean_encodings_decode(corpus, name, marker):
    source = by_marker(corpus, name)
    assert marker in source.text
    assert source.problems == []
    assert source.front_matter["date"] == "2024-04-01"
    assert "\ufeff" not in source.text and "\x00" not in source.text and "\r" not in source.text


def test_damaged_utf8_is_published_with_the_damage_reported(corpus):
    source = by_marker(corpus, "damaged_utf8_bytes.txt")
    assert "앞부분은 멀쩡합니다" in source.text and "\ufffd" in source.text
    assert any("undecodable" in p for p in source.problems)
    assert source.front_matter["title"] == "손상된 UTF-8 기사"


def test_broken_yaml_is_reported_with_its_line_and_the_body_kept(corpus):
    source = by_marker(corpus, "front_matter_broken_yaml.md")
    assert source.front_matter == {}
    assert "깨진 YAML 시험의 본문" in source.text
    assert "title:" not in source.text  # the broken block itself is dropped
    [problem] = source.problems
    assert problem.startswith("broken YAML front matter at line ") and "of the file" in problem


def test_an_unclosed_front_matter_keeps_the_page_under_it():
    # a clipper left the block open ("tags: [AI," never closed, no '---'); the rule further down is
    # the article's own, not the block's end: the text is all kept, the fields as lines of the page
    text = ("---\ntitle: GPU 확보전\ndate: 2025-08-05\ntags: [AI, GPU\n"
            "[사이트](https://example.com/)\n\n* [경제](https://example.com/s1)\n\n본문 첫 문장입니다.\n\n---\n\n본문 끝 문장입니다.\n")
    front, body, problems = split_front_matter(text)
    assert front == {} and body == text
    assert problems == ["front matter not closed by '---'; its lines read as the page's text"]


def test_a_title_wrapped_onto_two_lines_does_not_open_the_block():
    front, body, problems = split_front_matter("---\ntitle: 보도자료: 출범\n…국산 NPU로 돌린다\nurl: https://x.kr/1\n---\n본문입니다.")
    assert body == "본문입니다." and front == {} and problems[0].startswith("broken YAML front matter")


def test_a_rule_over_the_text_is_no_front_matter():
    assert split_front_matter("---\n제목\n\n본문입니다.\n---\n끝.") == ({}, "---\n제목\n\n본문입니다.\n---\n끝.", [])


def test_wrong_types_are_reported_and_ignored(corpus):
    source = by_marker(corpus, "front_matter_wrong_types.md")
    assert source.front_matter == {"title": "12345"}
    joined = "\n".join(source.problems)
    for field in ("date", "tags", "author", "publisher"):
        assert f"'{field}'" in joined


def test_odd_file_names_are_readable_names(corpus):
    names = {s.path for s in corpus.values()}
    assert "name_invalid_utf8_\ufffd\ufffd.txt" in names
    for name in names:
        name.encode("utf-8")  # printable and writable into a page


def test_hidden_files_are_not_read(corpus):
    assert ".hidden_file.txt" not in corpus


def test_every_expected_file_is_there(corpus):
    for name, outcome in EXPECTED.items():
        if outcome != "ignored" and name.isprintable() and "\udcff" not in name:
            assert name in corpus


def test_a_missing_file_is_a_problem_not_an_error(tmp_path):
    problem = read_source(tmp_path / "gone.txt", "gone.txt")
    assert isinstance(problem, Problem) and "cannot read" in problem.message


def test_a_crash_while_reading_is_a_problem_with_the_traceback(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text("본문", encoding="utf-8")
    monkeypatch.setattr(read, "decode", lambda raw: 1 / 0)
    problem = read_source(path, "a.txt")
    assert isinstance(problem, Problem) and "ZeroDivisionError" in problem.message and "Traceback" in problem.message


def test_other_extensions_are_skipped(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("<p>글</p>", encoding="utf-8")
    assert "not an article file" in read_source(path, "page.html").message


def test_control_characters_are_dropped_but_words_kept():
    assert read.normalise("a\x1b[31mb\x0cc\r\nd\u0085e\x00") == "a[31mbc\nde"


def test_yaml_aliases_and_nesting_are_flattened_or_dropped():
    front, body, problems = split_front_matter("---\na: &x [1, 2]\nb: [*x, *x]\ntags: [ok, [nested]]\n---\n본문")
    assert front == {"a": [1, 2], "tags": ["ok"]}
    assert body == "본문" and len(problems) == 2


def test_title_control_characters_are_removed():
    front, _, _ = split_front_matter('---\ntitle: "a\\0b\\x1bc"\n---\n본문')
    assert front["title"] == "abc"


@pytest.mark.parametrize("name", [n for n in generated() if n.startswith("encoding_")])
def test_decode_reports_no_damage_for_clean_encodings(name):
    assert decode(generated()[name]).damage == 0


def test_a_symlink_out_of_the_seeds_folder_is_not_followed(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("비밀 열쇠", encoding="utf-8")
    seeds = tmp_path / "seeds"
    (seeds / "sub").mkdir(parents=True)
    (seeds / "sub" / "leak.txt").symlink_to(secret)
    (seeds / "real.txt").write_text("진짜 기사", encoding="utf-8")
    (seeds / "alias.txt").symlink_to(seeds / "real.txt")
    results = {p.name: read_source(p, p.relative_to(seeds).as_posix()) for p in discover(seeds)}
    assert isinstance(results["leak.txt"], Problem) and "outside the seeds folder" in results["leak.txt"].message
    assert isinstance(results["alias.txt"], Source) and results["alias.txt"].text == "진짜 기사"
