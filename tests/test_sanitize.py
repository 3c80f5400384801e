"""sanitize(): raw HTML never becomes live, unsafe links stay text, code stays code."""
from __future__ import annotations

import pytest

from fixtures.hostile.support import live_parts, render_markdown
from wikigen.model import Cleaned, Removal
from wikigen.sanitize import sanitize, trusted_code_spans


def safe(text: str) -> Cleaned:
    return sanitize(Cleaned(body=text))


def rendered(text: str) -> str:
    return render_markdown(safe(text).body)


HOSTILE = {
    "script": "<script>window.__pwned=1</script>",
    "script_upper": "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "img_onerror": '사진 <img src=x onerror="window.__pwned=1"> 설명',
    "iframe": '<iframe src="javascript:window.__pwned=1"></iframe>',
    "svg_onload": "<svg onload=window.__pwned=1>",
    "style": "<style>body{display:none}</style>",
    "comment": "<!-- <script>window.__pwned=1</script> -->",
    "unclosed_div": '<div style="position:fixed;inset:0">열린 div',
    "html_block_at_line_start": "<div>\n<script>window.__pwned=1</script>\n</div>",
    "md_in_html": '<div markdown="1" onclick="x">**굵게**</div>',
    "javascript_link": "[누르기](javascript:window.__pwned=1)",
    "javascript_mixed_case": "[누르기](JaVaScRiPt:window.__pwned=1)",
    "javascript_entity": "[누르기](javascript&#58;window.__pwned=1)",
    "javascript_entity_no_semicolon": "[누르기](javascript&#0000058window.__pwned=1)",
    "javascript_newline": "[누르기](java\nscript:window.__pwned=1)",
    "javascript_tab": "[누르기](java\tscript:window.__pwned=1)",
    "javascript_angle": "[누르기](<javascript:window.__pwned=1>)",
    "javascript_autolink": "<javascript:window.__pwned=1>",
    "data_link": "[데이터](data:text/html,<script>parent.__pwned=1</script>)",
    "data_image": "![그림](data:image/svg+xml,<svg onload=window.__pwned=1>)",
    "vbscript": "[vb](vbscript:msgbox(1))",
    "reference_definition": "[참조][r]\n\n[r]: javascript:window.__pwned=1",
    "reference_definition_next_line": "[참조][r]\n\n[r]:\n    javascript:window.__pwned=1",
    "reference_in_blockquote": "> [참조][r]\n>\n> [r]: javascript:window.__pwned=1",
    "attr_list_heading": '# 제목 {: onclick="window.__pwned=1" }',
    "attr_list_link": '[링크](https://example.com){: onclick="window.__pwned=1" }',
    "attr_list_style": "문단 {: style=\"position:fixed\" }",
    "fence_attributes": '```python {onclick="window.__pwned=1" style="x"}\nprint(1)\n```',
    "code_span_broken_by_heading": "`열림\n# <img src=x onerror=window.__pwned=1>` 끝",
    "code_span_paired_across_lines": "a ` b\n`<img src=x onerror=window.__pwned=1>` c",
    "code_span_across_fence": "a `x\n```\ncode\n```\n`<img src=x onerror=window.__pwned=1>`",
    "code_span_in_table_cell": "| a | b |\n|---|---|\n| ```<img src=x onerror=window.__pwned=1> |x`` | c |",
    "unclosed_fence": "```\n<script>window.__pwned=1</script>",
    "indented_fence_after_paragraph": "문단\n    ```\n    <script>window.__pwned=1</script>\n    ```",
    "list_fence": "- 항목\n  ```\n  <b>코드</b>\n  ```\n- <script>x</script>",
    "fence_closer_indented_differently": "```\n<script>window.__pwned=1</script>\n   ```",
    "fence_opener_indented_closer_not": "   ```\n<script>window.__pwned=1</script>\n```",
    "fence_closer_longer": "```\n<script>window.__pwned=1</script>\n````",
    "fence_inside_unclosed_longer_fence": "````\n```\n<script>window.__pwned=1</script>\n```",
    "fence_after_abandoned_quoted_fence": "> ```\n```\n<script>window.__pwned=1</script>\n```",
    "fence_header_with_backtick": "```a`b\n<script>window.__pwned=1</script>\n```",
    "fence_tab_indented": "\t```\n\t<script>window.__pwned=1</script>\n\t```",
    "tilde_fence_closer_longer": "~~~\n<script>window.__pwned=1</script>\n~~~~",
    "fence_in_block_starting_indented": "    ```\n```\n```\n<script>window.__pwned=1</script>\n```",
    "code_span_longer_opener_on_next_line": "```a`b\n```a`b\n`<img src=x onerror=window.__pwned=1>`",
    "admonition_material_class": '!!! md-header "공지"\n    본문',
    "details_material_class": '??? md-sidebar "공지"\n    본문',
    "escaped_backslash_before_tag": "\\<script>window.__pwned=1</script>",
    "entity_tag": "&lt;script&gt;window.__pwned=1&lt;/script&gt;",
}


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_markdown_renders_inert(text):
    assert live_parts(rendered(text)) == []


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_sanitising_twice_stays_inert(text):
    assert live_parts(render_markdown(sanitize(safe(text)).body)) == []


def test_raw_html_shows_as_text():
    html = rendered("<script>alert(1)</script> 와 <b>굵게</b>")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;굵게&lt;/b&gt;" in html


def test_fences_in_lists_and_quotes_keep_their_text():
    for text in ("- 항목\n  ```\n  <b>x</b>\n  ```", "> ```\n> <b>x</b>\n> ```", "  ~~~\n  <b>x</b>\n  ~~~"):
        html = rendered(text)
        assert "&lt;b&gt;x&lt;/b&gt;" in html and "&amp;lt;" not in html, text


def test_a_fence_superfences_may_revert_to_text_is_sanitised_as_text():
    """A block that starts with an indented line: superfences gives its fences back as text."""
    text = "    ```\n```\n```\n<script>window.__pwned=1</script>\n```"
    assert "&lt;script" in safe(text).body and live_parts(rendered(text)) == []


def test_code_spans_and_fences_keep_their_text():
    html = rendered("`List<int>` 와 `<br>`\n\n```html\n<script>x()</script>\n```\n")
    assert "<code>List&lt;int&gt;</code>" in html
    assert "<code>&lt;br&gt;</code>" in html
    assert "script" in html and "<script" not in html
    assert "&amp;lt;" not in html  # nothing double-escaped inside code


def test_unsafe_links_are_kept_as_text():
    html = rendered("[누르기](javascript:alert(1)) 와 ![그림](data:image/png;base64,AAAA)")
    assert "href" not in html and "<img" not in html
    assert "[누르기](javascript:alert(1))" in html.replace("&#40;", "(")


def test_safe_links_stay_links():
    html = rendered("[a](https://example.com/x?y=1&z=2) [m](mailto:a@example.com) <https://example.org> "
                    "[f](#section) ![i](https://example.com/i.png) [p](//example.net/x)")
    for url in ("https://example.com/x?y=1&amp;z=2", "mailto:a@example.com", "https://example.org",
                "#section", "//example.net/x"):
        assert f'href="{url}"' in html
    assert 'src="https://example.com/i.png"' in html


def test_relative_paths_are_kept_as_text():
    """They pointed into the scraped site; here they would be broken links (and fail --strict)."""
    html = rendered("[다른 글](other.md) ![그림](../images/pic.png) [루트](/about/)")
    assert "href" not in html and "<img" not in html


def test_jinja_and_markdown_lookalikes_render_as_text():
    html = rendered("{{ 7*7 }} {% raw %} {# x #} [[위키]]")
    assert "{{ 7*7 }} {% raw %} {# x #} [[위키]]" in html


def test_attr_lists_in_text_show_as_text():
    html = rendered('# 제목 {: .md-header onclick="x" }')
    assert live_parts(html) == [] and 'class="md-header' not in html
    assert '{: .md-header onclick="x" }' in html


def test_known_admonitions_are_kept():
    assert 'class="admonition note"' in rendered('!!! note "참고"\n    본문')


def test_snippet_markers_are_escaped_everywhere():
    body = safe('--8<-- "home.md"\n\n```\n--8<-- "home.md"\n```\n').body
    assert body.startswith("--8&lt;--")
    assert ';--8<-- "home.md"' in body


def test_changes_are_recorded_as_removals():
    result = safe('<script>x</script> [a](javascript:x) # t {: .c }\n\n```py {.x}\n1\n```\n\n!!! md-x\n    y')
    rules = {r.rule for r in result.removed}
    assert rules == {"sanitize:html", "sanitize:link", "sanitize:attr-list", "sanitize:fence-attributes",
                     "sanitize:admonition"}
    assert Removal("sanitize:html", "<script>") in result.removed
    assert Removal("sanitize:link", "javascript:x") in result.removed


def test_earlier_removals_are_kept():
    before = [Removal("clean:share", "공유하기")]
    assert safe_with(before).removed[:1] == before


def safe_with(removed):
    return sanitize(Cleaned(body="본문", removed=list(removed)))


def test_plain_text_is_unchanged():
    text = "# 제목\n\n평범한 문단입니다. *강조*와 **굵게**, `코드`.\n\n- 목록\n- 항목\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"
    assert safe(text).body == text
    assert safe(text).removed == []


def test_trusted_code_spans_need_a_clean_paragraph():
    spans, _ = trusted_code_spans(["`a` b `c`"])
    assert spans == [(0, 3), (6, 9)]
    spans, clean = trusted_code_spans(["a ` b", "`c`"])
    assert spans == [] and not clean
    spans, clean = trusted_code_spans(["a ` b", "", "`c`"])
    assert spans == [(7, 10)] and clean
