"""End to end: `mkdocs build --strict` on the sample seeds is clean, every seed's body text is on
its page and the boilerplate of the three sample layouts is not."""
from __future__ import annotations

import html
import re
import subprocess
import sys
from pathlib import Path

import pytest

from support import copy_project

# (seed, sentences of the body that must be on the page)
BODY = {
    "000_61e5b9aee8ebd41c.txt": [
        "본 내용은 CIO SUMMIT 2024에서 발표된 내용을 기반으로",
        "인공 일반 지능(AGI)은 인간과 유사한 지능과",
        "sLLM이나 LLM distillation 기술들도 많이 나오고 있는데",
    ],
    "001_a6c6d7d35286b22b.txt": [
        "2024년 11월 4일부터 5일까지 서울 코엑스에서 개최된 대규모 인공지능 행사로",
        "퍼플렉시티는 글로벌 확장을 위해 다양한 전략적 파트너십을 구축하고 있습니다.",
        "읽어주셔서 감사합니다",
    ],
    "002_d5fffd1eb59f2a77.txt": [
        "AI 시대 우리에게 필요한 역량은 무엇일까요?",
        "이경일 솔트룩스 대표는 26일 서울 역삼동 과학기술컨벤션센터에서",
        "더 아름답고 행복한 세상을 만들길 바란다",
    ],
    "003_aa8761af74b82dc6.txt": [
        "디지털 대전환 시대를 맞아 국가 경쟁력의 핵심으로 인공지능(AI) 분야의 중요성이",
        "초거대 AI (Hyperscale AI)란 대규모 데이터를 학습해",
        "정부도 정책적 지원에 최선을 다하겠다",
    ],
    "004_f07bfc3ce272f53a.txt": [
        "개발 경쟁이 본격적으로 불붙었다",
        "MS에서 초거대 AI 개발을 총괄하고 있는 인물은",
        "궁극적으로는 인간보다 똑똑한 범용 인공지능(AGI)",
    ],
}
# boilerplate of the sample layouts that must not reach any article page
BOILERPLATE = [
    "무단전재", "Copyright ⓒ", "이 기사를 공유합니다", "댓글 0", "승인 2022.01.19", "2022-05-24 11:21",
    "페이지 정보", "_1715560022_3165.png", "0eb44ba85f9e71ffba1fe350c1e5ed96", "GBC는 고객이",
    "[OTT레이더]", "2025-01-19 10:15:47", "스노우메이지", "[디지털데일리 이건한 기자]", "시사위크=박설민",
]


def page_text(path: Path) -> str:
    """The visible text of a built page's article content, whitespace-normalised."""
    raw = path.read_text(encoding="utf-8")
    content = raw[raw.find('<article'):raw.rfind('</article>')]
    text = html.unescape(re.sub(r"<[^>]+>", "", content))
    return "".join(text.split())  # links split words from their particles: compare without spaces


@pytest.fixture(scope="module")
def strict_build(tmp_path_factory):
    root = copy_project(tmp_path_factory.mktemp("strict") / "project")
    run = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=root,
                         capture_output=True, text=True)
    return root, run


def test_strict_build_has_no_warnings(strict_build):
    root, run = strict_build
    assert run.returncode == 0, run.stderr
    warnings = re.findall(r"^(?:WARNING|ERROR)\s+-.*$", run.stderr, re.M)
    assert not warnings, "\n".join(warnings)
    assert (root / "site" / "index.html").is_file()


def article_pages(root: Path) -> dict[str, Path]:
    """seed file name -> built page, found through the source line each article page prints."""
    pages = {}
    for page in (root / "site" / "articles").rglob("index.html"):
        for seed in BODY:
            if seed in page.read_text(encoding="utf-8"):
                pages[seed] = page
    return pages


def test_every_seed_is_published_with_its_body(strict_build):
    root, _ = strict_build
    pages = article_pages(root)
    assert sorted(pages) == sorted(BODY)
    for seed, sentences in BODY.items():
        text = page_text(pages[seed])
        for sentence in sentences:
            assert "".join(sentence.split()) in text, f"{seed}: body sentence missing: {sentence}"


def test_no_boilerplate_on_article_pages(strict_build):
    root, _ = strict_build
    for seed, page in article_pages(root).items():
        text = page_text(page)
        for chrome in BOILERPLATE:
            assert "".join(chrome.split()) not in text, f"{seed}: boilerplate left on the page: {chrome}"


def test_nav_lists_sections_not_articles(strict_build):
    root, _ = strict_build
    home = (root / "site" / "index.html").read_text(encoding="utf-8")
    nav = home[home.find('md-sidebar--primary'):home.find('md-sidebar--secondary')]
    assert "articles/timeline/" in nav
    assert nav.count('href="articles/') <= 3, "articles must not each be listed in the global nav"
