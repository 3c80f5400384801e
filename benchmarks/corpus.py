"""A realistic synthetic corpus for benchmarks: the seeds' body paragraphs, names and terms,
recombined into ~8 KB articles and wrapped in varied site chrome. Deterministic from a seed."""
from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SENTENCE_END = re.compile(r"(다|요|죠|니다|습니다)[.!?]?[\"”’']?$")

PUBLISHERS = ["디지털데일리", "시사위크", "전자신문", "아이뉴스24", "지디넷코리아", "매일경제", "한국경제", "블로터"]
REPORTERS = ["이건한", "박설민", "김민수", "최지은", "정하늘", "한도윤", "오세린", "윤재호"]
BOARD_SITES = ["지비산업정보원", "한국AI협회", "정보통신산업진흥원"]
RELATED = ["[현장] 생성형 AI, 제조 현장에 들어가다", "'갤럭시' 신제품 두께 경쟁 예고",
           "[IT클로즈업] 데이터센터 전력난, 해법은", "클라우드 업계, 공공 시장 공략 가속",
           "반도체 수출 3개월 연속 증가", "[DD퇴근길] 통신 3사 AI 전략 비교"]


@dataclass(frozen=True)
class Pool:
    paragraphs: list[str]
    titles: list[str]


def load_pool(seeds_dir: Path = ROOT / "seeds") -> Pool:
    """Body-like paragraphs (long lines that end like Korean sentences) and heading-like lines."""
    paragraphs, titles = [], []
    for path in sorted(seeds_dir.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if len(line) > 60 and SENTENCE_END.search(line) and not line.startswith(("---", "!", "[")):
                paragraphs.append(line)
            elif 8 < len(line) < 50 and line.startswith("**") and line.endswith("**"):
                titles.append(line.strip("*").strip())
    return Pool(paragraphs=paragraphs, titles=titles)


def body(rng: random.Random, pool: Pool, size: int) -> list[str]:
    out, total = [], 0
    while total < size:
        if out and rng.random() < 0.15:
            heading = rng.choice(pool.titles)
            out.append(f"### {heading}")
        paragraph = rng.choice(pool.paragraphs)
        out.append(paragraph)
        total += len(paragraph.encode("utf-8"))
    return out


def news(rng, title, paragraphs, n):
    publisher, reporter = rng.choice(PUBLISHERS), rng.choice(REPORTERS)
    related = []
    for i in range(rng.randint(4, 9)):
        related.append(f"{rng.choice(RELATED)}\n2025-0{rng.randint(1, 9)}-1{rng.randint(0, 9)} 1{rng.randint(0, 9)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}")
    return "\n".join([f"[{publisher} {reporter} 기자] " + paragraphs[0], *paragraphs[1:],
                      f"Copyright ⓒ {publisher}. 무단전재 및 재배포 금지", *related])


def sisa(rng, title, paragraphs, n):
    publisher, reporter = rng.choice(PUBLISHERS), rng.choice(REPORTERS)
    return "\n".join([f"2024-0{rng.randint(1, 9)}-2{rng.randint(0, 8)} 11:21", title, title,
                      f"  • {reporter} 기자", f"  • 승인 2023.0{rng.randint(1, 9)}.1{rng.randint(0, 9)} 16:40",
                      "  • 댓글 0", "이 기사를 공유합니다", "",
                      f"{publisher}={reporter} 기자  " + paragraphs[0], "", "\n\n".join(paragraphs[1:]),
                      "", f"<저작권자 © {publisher} 무단전재 및 재배포금지>"])


def board(rng, title, paragraphs, n):
    site = rng.choice(BOARD_SITES)
    images = [f" {rng.getrandbits(128):032x}_{1715560000 + i}_{rng.randint(1000, 9999)}.png" for i in range(2)]
    return "\n\n".join(["자료실", "자료실", f"[{title}]", "페이지 정보",
                        f"24-0{rng.randint(1, 9)}-1{rng.randint(0, 9)} 09:31 {site}", "본문",
                        paragraphs[0], images[0], *paragraphs[1:], images[1],
                        f"{site}는 고객이 무엇이 필요한지 알고 있습니다."])


def blog(rng, title, paragraphs, n):
    day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return "\n\n".join([f'---\ntitle: "{title}"\ndate: "{day}"\ntags:\n  - "AI"\n---',
                        f"# {title}", f"원본 게시글: https://velog.io/@writer{n % 50}/post-{n}",
                        *paragraphs, "읽어주셔서 감사합니다 :)"])


LAYOUTS = (news, sisa, board, blog)


def generate(target: Path, count: int, seed: int = 1, size: int = 8000) -> list[Path]:
    """Write `count` articles into `target`; the same (count, seed) always gives the same files."""
    rng = random.Random(seed)
    pool = load_pool()
    target.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        paragraphs = body(rng, pool, size)
        title = f"{rng.choice(pool.titles)} ({n})"
        layout = LAYOUTS[n % len(LAYOUTS)]
        path = target / f"{n:05d}_{layout.__name__}.txt"
        path.write_text(layout(rng, title, paragraphs, n) + "\n", encoding="utf-8")
        paths.append(path)
    return paths
