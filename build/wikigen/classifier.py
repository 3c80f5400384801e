"""A learned line classifier: how much a line that every rule kept still looks like site chrome.

The rules (rules.yaml) name the chrome they know. Unseen sites print chrome in words no rule has
met ("사진 확대보기", "url 공유", "답변달기"), and those words share pieces with chrome the rules do
know. The classifier is a logistic regression over a line's character n-grams, its words and its
shape (length, ending, position before, inside or after the body). Its weights are data
(classifier.json), learned from the labelled fixtures by ``tests/train_classifier.py``.
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

WEIGHTS = Path(__file__).with_name("classifier.json")
_DIGITS = re.compile(r"\d+")


def features(shown: str, raw: str, ending: str, zone: str, before: str, after: str) -> list[str]:
    """The features of one line: ``shown`` is its visible text, ``raw`` its Markdown,
    ``ending`` 'strong', 'weak' or 'none', ``zone`` 'head', 'body' or 'tail', ``before`` and
    ``after`` what the nearest kept lines are ('sentence', 'short', or 'edge' when there is none)."""
    low = " ".join(_DIGITS.sub("0", shown.lower()).split())
    padded = f"^{low}$"
    feats = {"bias", f"end:{ending}", f"zone:{zone}", f"len:{_bucket(len(low))}",
             f"zone_end:{zone}:{ending}", f"zone_len:{zone}:{_bucket(len(low))}",
             f"before:{before}", f"after:{after}", f"around:{before}:{after}", f"zone_after:{zone}:{after}"}
    feats.update("c2:" + padded[i:i + 2] for i in range(len(padded) - 1))
    feats.update("c3:" + padded[i:i + 3] for i in range(len(padded) - 2))
    words = low.split()
    feats.update("w:" + w for w in words)
    if words:
        feats.add("first:" + words[0])
        feats.add("last:" + words[-1])
    feats.add(f"words:{min(len(words), 8)}")
    stripped = raw.lstrip()
    if stripped.startswith("#"):
        feats.add("md:heading")
    if stripped[:2] in ("- ", "* ", "+ ") or re.match(r"\d{1,3}[.)] ", stripped):
        feats.add("md:list")
    if "](" in raw:
        feats.add("md:link")
    if "http" in raw or "www." in raw:
        feats.add("md:url")
    return sorted(feats)


def _bucket(n: int) -> str:
    for limit in (4, 8, 16, 32, 64, 128):
        if n <= limit:
            return str(limit)
    return "long"


@lru_cache(maxsize=1)
def _weights() -> dict[str, float]:
    if not WEIGHTS.exists():
        return {}
    return json.loads(WEIGHTS.read_text(encoding="utf-8"))["weights"]


def chrome_probability(feats: list[str], weights: dict[str, float] | None = None) -> float:
    w = _weights() if weights is None else weights
    return _sigmoid(sum(w.get(f, 0.0) for f in feats))


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def train(samples: list[tuple[list[str], int]], epochs: int = 12, rate: float = 0.3,
          l2: float = 1e-5, min_count: int = 3) -> dict[str, float]:
    """Logistic regression by AdaGrad over (features, label) samples, label 1 = chrome.
    Features seen on fewer than ``min_count`` lines are left out (they only learn their line)."""
    counts = Counter(f for feats, _ in samples for f in feats)
    samples = [([f for f in feats if counts[f] >= min_count], label) for feats, label in samples]
    w: dict[str, float] = {}
    g2: dict[str, float] = {}
    order = list(range(len(samples)))
    for epoch in range(epochs):
        # a fixed shuffle, so a refresh gives the same weights
        order.sort(key=lambda k: (k * 2654435761 + epoch * 40503) % 4294967296)
        for k in order:
            feats, label = samples[k]
            grad = _sigmoid(sum(w.get(f, 0.0) for f in feats)) - label
            for f in feats:
                wf = w.get(f, 0.0)
                g = grad + l2 * wf
                acc = g2.get(f, 0.0) + g * g
                g2[f] = acc
                w[f] = wf - rate * g / math.sqrt(acc + 1e-8)
    return {f: round(v, 4) for f, v in w.items() if abs(v) >= 0.01}
