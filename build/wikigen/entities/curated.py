"""Curated YAML (people, glossary, orgs, topics): load and validate against a small schema.

A file with a typo or a wrong type yields a Problem naming the file and the key; the bad
entry is skipped and automatic extraction carries on without it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..model import Problem

# The schema, as data: file -> top-level key -> (entry fields -> type). `str*` is a list of strings.
SCHEMA: dict[str, dict[str, dict[str, str] | str]] = {
    "people.yml": {
        "people": {"name": "str!", "aliases": "str*", "role": "str", "affiliation": "str", "note": "str"},
        "reject": "str*",
    },
    "glossary.yml": {
        "terms": {"term": "str!", "aliases": "str*", "definition": "str", "related": "str*", "link": "bool"},
        "reject": "str*",
    },
    "orgs.yml": {
        "orgs": {"name": "str!", "aliases": "str*", "kind": "str", "note": "str"},
        "reject": "str*",
    },
    "topics.yml": {
        "topics": {"name": "str!", "description": "str", "terms": "str*", "keywords": "str*"},
    },
}


@dataclass
class Curated:
    people: list[dict] = field(default_factory=list)
    terms: list[dict] = field(default_factory=list)
    orgs: list[dict] = field(default_factory=list)
    topics: list[dict] = field(default_factory=list)
    reject_people: set[str] = field(default_factory=set)
    reject_terms: set[str] = field(default_factory=set)
    reject_orgs: set[str] = field(default_factory=set)
    problems: list[Problem] = field(default_factory=list)


def _type_ok(value: object, kind: str) -> bool:
    base = kind.rstrip("!")
    if base == "str":
        return isinstance(value, str) and bool(value.strip())
    if base == "bool":
        return isinstance(value, bool)
    if base == "str*":
        return isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)
    return False


def _entries(path: str, key: str, value: object, fields: dict[str, str], problems: list[Problem]) -> list[dict]:
    if not isinstance(value, list):
        problems.append(Problem(path, f"'{key}' must be a list of entries"))
        return []
    good = []
    for n, entry in enumerate(value):
        where = f"{key}[{n}]"
        if not isinstance(entry, dict):
            problems.append(Problem(path, f"{where}: must be a mapping, got {type(entry).__name__}"))
            continue
        bad = False
        for k, v in entry.items():
            if k not in fields:
                problems.append(Problem(path, f"{where}: unknown key '{k}' (allowed: {', '.join(fields)})"))
                bad = True
            elif not _type_ok(v, fields[k]):
                problems.append(Problem(path, f"{where}.{k}: expected {fields[k].rstrip('!').replace('str*', 'list of strings')}"))
                bad = True
        for k, kind in fields.items():
            if kind.endswith("!") and k not in entry:
                problems.append(Problem(path, f"{where}: missing required key '{k}'"))
                bad = True
        if not bad:
            good.append(entry)
    return good


def load_file(curated_dir: Path, name: str, problems: list[Problem]) -> dict[str, object]:
    path = f"{curated_dir.name}/{name}"
    file = curated_dir / name
    if not file.exists():
        return {}
    try:
        data = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as err:
        problems.append(Problem(path, f"not valid YAML: {' '.join(str(err).split())}"))
        return {}
    if not isinstance(data, dict):
        problems.append(Problem(path, "must be a mapping with the keys " + ", ".join(SCHEMA[name])))
        return {}
    out: dict[str, object] = {}
    for key, value in data.items():
        spec = SCHEMA[name].get(key)
        if spec is None:
            problems.append(Problem(path, f"unknown top-level key '{key}' (allowed: {', '.join(SCHEMA[name])})"))
        elif isinstance(spec, dict):
            out[key] = _entries(path, key, value, spec, problems)
        elif _type_ok(value, spec):
            out[key] = value
        else:
            problems.append(Problem(path, f"'{key}' must be a list of strings"))
    return out


def load_curated(curated_dir: Path) -> Curated:
    c = Curated()
    people = load_file(curated_dir, "people.yml", c.problems)
    glossary = load_file(curated_dir, "glossary.yml", c.problems)
    orgs = load_file(curated_dir, "orgs.yml", c.problems)
    topics = load_file(curated_dir, "topics.yml", c.problems)
    c.people = list(people.get("people", []))
    c.reject_people = set(people.get("reject", []))
    c.terms = list(glossary.get("terms", []))
    c.reject_terms = set(glossary.get("reject", []))
    c.orgs = list(orgs.get("orgs", []))
    c.reject_orgs = set(orgs.get("reject", []))
    c.topics = list(topics.get("topics", []))
    return c
