"""Korean search support: post-process the search index Material wrote.

Material's search (Lunr in a web worker) splits text into tokens with the `separator` from
mkdocs.yml and matches every query word as a *prefix* (it appends `*`). Korean compounds are
written without spaces, so a word inside a compound is not a prefix of any token: "클로바" is in
"하이퍼클로바가", "튜닝" in "파인튜닝됩니다". Here every Korean word of a search document also
yields its suffixes of two or more syllables (after dropping a common particle or ending), stored
in an extra field of the document that the worker indexes but never shows: a prefix of a suffix
is any part of the word, so every part of two or more syllables is found.

Entity pages (people, glossary, organisations, topics) get a document boost so that a page ranks
first for its own name; their sections quoting articles and the letter groups of their indexes
are left out of the index (they repeat text of other pages and would push those pages down). `WIKIGEN_SEARCH_ENRICH=0` turns all of this off (to measure the index
Material writes by itself).
"""
from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

ENV_SWITCH = "WIKIGEN_SEARCH_ENRICH"

_HANGUL_WORD = re.compile(r"[가-힣]+")
_TAG = re.compile(r"<[^>]+>")
_WORD = re.compile(r"[가-힣]+|[a-z0-9]+")  # split as the separator in mkdocs.yml splits a name

# Particles and endings dropped from the end of a word before its suffixes are made: the query
# gets a trailing wildcard anyway, and "클로바" covers "클로바는", "클로바를", ... in one token.
# Single syllables that also end nouns (가 in 전문가, 과 in 효과, 의 in 회의, 도 in 속도) are not
# in the list, so no part of a noun is lost.
ENDINGS = tuple(sorted(
    """은 는 을 를 에 에서 으로 와 에게 까지 부터 보다 처럼 이다 입니다 합니다 했다 한다 하는 하고
    하며 했으며 된다 됩니다 되는 했고 이며 이고 으며 에는 에서는 으로는 과의 와의 하여 해서 하게 하기
    하면 했습니다 있다 있는 없는 했던 하던 이라는 라는 이라고 라고 에서도 으로도 에도 들이 들은 들의
    들을 들과 들도""".split(),
    key=len, reverse=True,
))


@dataclass(frozen=True)
class SearchSettings:
    field: str = "parts"  # the extra search field holding the parts of compounds
    field_boost: float = 1.0
    min_part: int = 2  # syllables
    entity_sections: tuple[str, ...] = ("people/", "glossary/", "orgs/", "topics/")
    entity_boost: float = 3.0
    # Every query word is a prefix query: "GPU" also finds the page "GPUaaS", "구글" the page
    # "구글 딥마인드", and either may rank above the page of that very name. An entity whose name
    # begins another entity's name therefore gets its whole name with a marker ("gpu_") in a
    # names field: a token only that page has, matched by the prefix query for its name.
    names_field: str = "names"
    names_boost: float = 500.0  # above the gap a rarer title word makes, below a second title word
    name_marker: str = "_"
    # Sections of entity pages that quote articles ("언급된 곳 (12)": a sentence from each
    # article that mentions the entity). They repeat article text, so a search for a word of an
    # article would list every entity page quoting it above the article itself: not indexed.
    quote_titles: tuple[str, ...] = ("언급된 곳",)


@dataclass(frozen=True)
class IndexSize:
    path: Path
    before: int  # bytes of the file Material wrote
    after: int  # bytes after enrichment


def enrichment_enabled(environ: Mapping[str, str] = os.environ) -> bool:
    return environ.get(ENV_SWITCH, "1").strip().lower() not in {"0", "false", "no", "off"}


@lru_cache(maxsize=1 << 18)
def strip_ending(word: str, min_stem: int = 2) -> str:
    """"하이닉스는" -> "하이닉스", "파인튜닝됩니다" -> "파인튜닝"; a stem keeps `min_stem` syllables."""
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= min_stem:
            return word[: -len(ending)]
    return word


def korean_words(html: str) -> set[str]:
    """The Hangul runs of a title or text (markup removed). The separator splits Hangul from
    Latin and digits, so each run is (the Hangul part of) one search token."""
    return set(_HANGUL_WORD.findall(_TAG.sub(" ", html)))


def compound_parts(html: str, min_part: int = 2) -> list[str]:
    """Extra tokens that make every part of a Korean word (`min_part` syllables or more) a prefix
    of some token: the suffixes of each word, minus those that are already a prefix of another
    token, since a prefix query finds those anyway. Sorted, so the output is stable."""
    words = korean_words(html)
    suffixes = {
        stem[i:]
        for stem in map(strip_ending, words)
        for i in range(1, len(stem) - min_part + 1)
    } - words
    tokens = sorted(words | suffixes)
    return [
        token for token, following in zip(tokens, tokens[1:] + [""])
        if token in suffixes and not following.startswith(token)
    ]


def is_entity_page(location: str, settings: SearchSettings) -> bool:
    """The main document of an entity page ("people/lee/"), not a section of it ("...#mentions")
    and not the section index ("people/")."""
    return "#" not in location and any(
        location.startswith(prefix) and location != prefix for prefix in settings.entity_sections
    )


def is_duplicate(doc: dict, settings: SearchSettings) -> bool:
    """Sections that repeat what other pages say, left out of the index: the quotes on entity
    pages, and the letter groups of the entity indexes ("people/#ㄱ"), which list the names
    the entity pages are titled with."""
    page, _, section = doc.get("location", "").partition("#")
    if not section or not page.startswith(settings.entity_sections):
        return False
    return page in settings.entity_sections or doc.get("title", "").strip().startswith(settings.quote_titles)


def name_words(title: str) -> list[str]:
    """"Mark Adams" -> ["mark", "adams"], "초거대 AI" -> ["초거대", "ai"]: as the separator splits."""
    return _WORD.findall(_TAG.sub(" ", title).lower())


def name_key(title: str) -> str:
    return "".join(name_words(title))


def name_marker(title: str, marker: str) -> str:
    """"초거대 AI" -> "초거대_ai_": one token for the separator (the marker is neither Hangul nor
    Latin), beginning like the name, so the prefix query for the name finds it."""
    return marker.join(name_words(title)) + marker


def names_that_begin_others(docs: list[dict], settings: SearchSettings) -> set[str]:
    """Name keys of entity pages that are a proper prefix of another entity's name key."""
    keys = sorted({name_key(d.get("title", "")) for d in docs if is_entity_page(d.get("location", ""), settings)})
    return {key for key, following in zip(keys, keys[1:]) if key and following.startswith(key)}


def enrich_document(doc: dict, settings: SearchSettings, prefix_names: set[str] = frozenset()) -> dict:
    doc = {key: value for key, value in doc.items() if key not in (settings.field, settings.names_field)}
    parts = compound_parts(f"{doc.get('title', '')} {doc.get('text', '')}", settings.min_part)
    if parts:
        doc[settings.field] = " ".join(parts)
    if is_entity_page(doc.get("location", ""), settings):
        doc.setdefault("boost", settings.entity_boost)
        if name_key(doc.get("title", "")) in prefix_names:
            doc[settings.names_field] = name_marker(doc.get("title", ""), settings.name_marker)
    return doc


def enrich_index(index: dict, settings: SearchSettings = SearchSettings()) -> dict:
    """A copy of the search index with the parts field declared and filled in. Idempotent."""
    config = dict(index.get("config", {}))
    config["fields"] = dict(config.get("fields", {})) | {
        settings.field: {"boost": settings.field_boost},
        settings.names_field: {"boost": settings.names_boost},
    }
    docs = [doc for doc in index.get("docs", []) if not is_duplicate(doc, settings)]
    prefix_names = names_that_begin_others(docs, settings)
    docs = [enrich_document(doc, settings, prefix_names) for doc in docs]
    return {**index, "config": config, "docs": docs}


def write_index(index: dict, path: Path) -> None:
    # Compact UTF-8: Material writes \\uXXXX escapes, six bytes for each Hangul syllable.
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def enrich_search_index(site_dir: Path, settings: SearchSettings = SearchSettings(),
                        enabled: bool | None = None) -> IndexSize | None:
    """Enrich `site_dir/search/search_index.json` in place; None if there is none or if
    enrichment is switched off."""
    path = Path(site_dir) / "search" / "search_index.json"
    if not (enrichment_enabled() if enabled is None else enabled) or not path.is_file():
        return None
    before = path.stat().st_size
    write_index(enrich_index(json.loads(path.read_text(encoding="utf-8")), settings), path)
    return IndexSize(path, before, path.stat().st_size)


def search_tokens(text: str, separator: str) -> Iterable[str]:
    """Tokens as the worker makes them (lower-cased pieces between separator matches); for tests
    and the benchmark, not for the build."""
    return (token.lower() for token in re.split(separator, _TAG.sub(" ", text)) if token)
