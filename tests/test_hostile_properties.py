"""Property-based: random Unicode, Markdown/HTML fragments and file names through read -> clean
-> sanitize -> render -> write. No exception escapes, nothing is written outside docs/, and no
tag from the input becomes live HTML."""
from __future__ import annotations

import os

import frontmatter
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fixtures.hostile.support import ROOT, live_parts, render_markdown
from wikigen.clean import clean
from wikigen.metadata import extract_metadata
from wikigen.model import Article, ArticleLinks, Cleaned, Problem
from wikigen.pipeline import assign_slugs
from wikigen.read import read_source
from wikigen.render import Renderer, article_pages
from wikigen.sanitize import sanitize
from wikigen.write import write_pages

FRAGMENTS = [
    "<script>window.__pwned=1</script>", "<SCRIPT>", "</script>", "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>", "<iframe src=javascript:alert(1)>", "<style>", "<div>", "</div>", "<b>", "<!--", "-->",
    "<a href='javascript:alert(1)'>", "<", ">", "&lt;", "&#58;", "&#x3C;", "&", "`", "``", "```", "~~~", "```html",
    "\n", "\n\n", "\n    ", "\n  ", "[", "]", "(", ")", "](", "]:", "![", "<javascript:alert(1)>",
    "javascript:", "JaVaScRiPt:", "java\nscript:", "data:text/html,", "vbscript:", "https://example.com", "#",
    "# ", "## ", "|", "| a | b |\n|---|---|\n", "---", "\n---\n", "- ", "1. ", "> ", "* ", "!!! ", "??? ", "md-header",
    "--8<-- ", '"home.md"', "{", "}", "{:", "{: onclick=alert(1) }", "{.md-header}", "\\", '"', "'", "*", "_", "~~",
    "{{ 7*7 }}", "{% raw %}", "{#", "[[x]]", "\t", "\r\n", "\x00", "\ufeff", "\u2028", "\x85", "한글", "🚀", "title:",
]
markdownish = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=40).map("".join)
file_names = st.text(
    alphabet=st.characters(blacklist_characters="/\x00", blacklist_categories=("Cs",)), min_size=1, max_size=60,
).filter(lambda n: n not in (".", "..") and not n.startswith(".")).map(lambda n: n + ".txt")


# Line-structured documents: fences and code spans under list, quote and indent prefixes (where
# superfences and Python-Markdown's backtick pairing are easiest to get wrong).
PREFIXES = ["", " ", "  ", "   ", "    ", "\t", "> ", ">", "> > ", "- ", "1. ", "    - ", ">     ", "        "]
LINE_BODIES = ["```", "````", "~~~", "~~~~", "```python", "``` {.x onclick=y}", "```a`b", "```x```", "``a``",
               "`a``b`", "<script>window.__pwned=1</script>", "<b>x</b>", "`<img src=x onerror=y>`",
               "``<img src=x onerror=y>``", "text", "", "`", "``", "# h", "| a |", "|---|", "!!! note",
               '--8<-- "x"', "<div>", "[r]: javascript:x", "[a][r]"]
structured = st.lists(
    st.tuples(st.sampled_from(PREFIXES), st.sampled_from(LINE_BODIES),
              st.sampled_from(["", " ", "\t", " x", "`", " `<i onclick=z>`"])).map("".join),
    max_size=14,
).map("\n".join)


@settings(max_examples=400, deadline=None)
@given(markdownish)
def test_sanitised_markdown_never_renders_live_html(text):
    assert live_parts(render_markdown(sanitize(Cleaned(body=text)).body)) == []


@settings(max_examples=400, deadline=None)
@given(structured)
def test_sanitised_fences_and_code_spans_never_render_live_html(text):
    assert live_parts(render_markdown(sanitize(Cleaned(body=text)).body)) == []


@settings(max_examples=100, deadline=None)
@given(st.text())
def test_sanitize_takes_any_unicode(text):
    result = sanitize(Cleaned(body=text))
    assert result == sanitize(Cleaned(body=text))  # deterministic
    assert live_parts(render_markdown(result.body)) == []


RENDERER = Renderer(ROOT / "templates")


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=file_names, front=st.sampled_from(["", "---\ntitle: ", "---\ntitle: '", "---\ndate: x\n---\n", "---\n"]),
       body=markdownish, encoding=st.sampled_from(["utf-8", "utf-16", "cp949", "utf-8-sig"]))
def test_any_file_goes_through_the_whole_pipeline_safely(tmp_path, name, front, body, encoding):
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    seeds.mkdir(exist_ok=True)
    path = seeds / name
    try:
        path.write_bytes((front + body).encode(encoding, errors="replace"))
    except OSError:
        return  # a name this file system cannot hold (too long in bytes)
    try:
        source = read_source(path, name)
        if isinstance(source, Problem):
            assert source.path and source.message
            return
        cleaned = sanitize(clean(source))
        article = Article(source=source, meta=extract_metadata(source, cleaned), cleaned=cleaned)
        assign_slugs([article])
        pages = article_pages([article], RENDERER, {article.slug: ArticleLinks(body=article.body)})
        result = write_pages(docs, pages)
    finally:
        path.unlink(missing_ok=True)
    written = [docs / p for p in result.written + [pages[0].path]]
    for target in written:
        assert target.resolve().is_relative_to(docs.resolve() / "articles")
    assert sorted(os.listdir(tmp_path)) == ["docs", "seeds"]
    page = frontmatter.loads((docs / pages[0].path).read_text(encoding="utf-8"))
    assert live_parts(render_markdown(page.content)) == []
    assert "<script" not in str(page.get("title", "")).lower()
