"""Train the line classifier (build/wikigen/classifier.json) from the labelled fixtures.

    .venv/bin/python tests/train_classifier.py [--exclude heldout12 ...]

Every line of every fixture is a sample, labelled by what the rules do with it (removed: chrome,
kept: body), corrected by the hand-written expectations where a fixture has them (a ``gone``
line is chrome, a line holding a ``keep`` fragment is body, a kept line holding ``gone`` fragments is
no sample: chrome glued together that the rules missed). Lines the rules remove because they
repeat the article (the headline, a duplicate summary) and headlines removed from related lists
are left out: they would teach that a headline-shaped line is chrome, and decks and subheadings
look the same. A blind held-out set is excluded until it has been measured.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "build") not in sys.path:
    sys.path.insert(0, str(ROOT / "build"))

from wikigen import classifier  # noqa: E402
from wikigen import clean as C  # noqa: E402
from wikigen.read import read_source  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
#: rules whose removed lines are headlines of other articles
LIST_RULES = frozenset({"related_list", "after_article_end"})


def ws(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def folders(exclude: set[str]) -> list[Path]:
    found = sorted(FIXTURES.glob("heldout*")) + [FIXTURES / "layouts", ROOT / "seeds"]
    return [f for f in found if f.name not in exclude]


def samples(path: Path) -> list[tuple[list[str], int]]:
    expect_file = path.with_name(path.stem + ".expect.yaml")
    expect = yaml.safe_load(expect_file.read_text(encoding="utf-8")) if expect_file.exists() else {}
    gone = [ws(g) for g in expect.get("gone") or []]
    keep = [ws(k) for k in expect.get("keep") or []]
    work = C.rule_work(read_source(path, path.name))
    out = []
    for i, feats in C.line_features(work).items():
        line = work.lines[i]
        raw, shown = ws(line.text), ws(C._shown(line.text.strip()))
        label = label_of(line, shown)
        if any(k in shown or k in raw for k in keep):
            label = 0
        elif any(g in (shown, raw) for g in gone) or sum(len(g) for g in gone if g in raw) >= 0.7 * len(raw):
            label = 1  # a gone line, or a line of chrome glued together (a whole menu and byline bar)
        elif label == 0 and any(g in raw for g in gone):
            label = None  # kept, but holding chrome the rules missed: no sample of body text
        if label is not None:
            out.append((feats, label))
    return out


def label_of(line: C.Line, shown: str) -> int | None:
    if line.rule is None:
        return 0
    if line.rule in C.NOT_CHROME_RULES or (line.rule in LIST_RULES and C._headline_shape(shown)):
        return None
    return 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exclude", nargs="*", default=[], help="fixture folders left out (blind sets)")
    args = parser.parse_args()
    data = []
    used = folders(set(args.exclude))
    for folder in used:
        for path in sorted(folder.glob("*.txt")) + sorted(folder.glob("*.md")):
            data.extend(samples(path))
    weights = classifier.train(data)
    chrome = sum(label for _, label in data)
    classifier.WEIGHTS.write_text(json.dumps(
        {"trained_on": [f.name for f in used], "samples": len(data), "chrome": chrome,
         "weights": dict(sorted(weights.items()))}, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(data)} lines ({chrome} chrome) from {len(used)} folders -> {len(weights)} weights "
          f"in {classifier.WEIGHTS.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
