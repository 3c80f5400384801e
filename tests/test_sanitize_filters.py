"""The render filters that put article data (titles, tags, file names, messages) into pages."""
from __future__ import annotations

import html

import pytest
import yaml

from fixtures.hostile.support import live_parts, render_markdown
from wikigen.render import fence, md_code, md_text, safe_url, yaml_str

TITLES = ["<img src=x onerror=alert(1)>", "</title><script>alert(1)</script>", "AT&T", "a\x85b\u2028c", "{{ 7*7 }}",
          '"quoted" \\ back', "한글 🚀", "---", "&lt;already escaped&gt;"]


@pytest.mark.parametrize("title", TITLES)
def test_yaml_str_is_valid_yaml_without_markup(title):
    value = yaml.safe_load(f"title: {yaml_str(title)}")["title"]
    assert "<" not in value and ">" not in value  # Material prints page.meta.title unescaped
    assert html.unescape(value) == title


def test_yaml_str_escapes_characters_yaml_would_reject_or_fold():
    assert yaml_str("a\x85b\u2028c\ufeff") == '"a\\u0085b\\u2028c\\ufeff"'


@pytest.mark.parametrize("title", TITLES)
def test_md_text_is_inert_inline_markdown(title):
    rendered = render_markdown(f"# {md_text(title)}\n\n| a |\n|---|\n| {md_text(title)} |\n")
    assert live_parts(rendered) == []
    assert "<table>" in rendered  # a `|` in the title did not break the table


def test_md_code_shows_any_file_name_verbatim():
    for name in ["a`b.md", "``x", "<script>.txt", "a_b*c.md"]:
        rendered = render_markdown(f"- {md_code(name)}")
        assert live_parts(rendered) == []
        assert "<code>" in rendered and "\\" not in rendered


def test_fence_keeps_the_block_closed_and_snippets_off():
    text = fence('line\n```\n--8<-- "home.md"\n  ;--8<-- "x"')
    assert "```" not in text
    assert ';--8<-- "home.md"' in text and ';;--8<-- "x"' in text


@pytest.mark.parametrize("url, expected", [
    ("https://example.com/a?b=1", "https://example.com/a?b=1"), ("javascript:alert(1)", ""),
    ("https://x.com/<script>", ""), ("http://a b", ""), ("data:text/html,x", ""), ("//x.com", ""),
])
def test_safe_url(url, expected):
    assert safe_url(url) == expected
