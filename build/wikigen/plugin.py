"""Thin MkDocs glue: run the pipeline before MkDocs collects the pages.

The pipeline writes only pages whose content changed, so under `mkdocs serve` the rebuild that
its own writes trigger finds nothing to write and the loop ends there.
"""
from __future__ import annotations

import logging
from pathlib import Path

import nh3
from mkdocs.plugins import BasePlugin, event_priority

from .pipeline import Project, pipeline
from .search import enrich_search_index
from .write import GENERATED_DIRS

log = logging.getLogger("mkdocs.plugins.wikigen")

# What Python-Markdown, its extensions (mkdocs.yml) and Material put into page content; the
# second line of defence behind sanitize.py keeps this and nothing else.
SAFE_TAGS = frozenset(
    "h1 h2 h3 h4 h5 h6 p br hr a img ul ol li dl dt dd blockquote pre code span div small "
    "table thead tbody tfoot tr th td caption colgroup col em strong b i u s del ins sub sup "
    "mark kbd abbr q cite details summary input label figure figcaption nav section time".split()
)
SAFE_ATTRIBUTES = {
    "*": {"id", "class", "title", "aria-label", "aria-hidden", "lang", "dir"},
    "time": {"datetime"},
    "a": {"href", "name"},
    "img": {"src", "alt", "width", "height", "loading"},
    "th": {"style", "align", "colspan", "rowspan"},
    "td": {"style", "align", "colspan", "rowspan"},
    "ol": {"start", "type"},
    "li": {"value"},
    "details": {"open"},
    "input": {"type", "checked", "disabled"},
    "code": {"data-lang"},
}


class WikigenPlugin(BasePlugin):
    def on_pre_build(self, config) -> None:
        project = Project(Path(config.config_file_path).resolve().parent)
        result = pipeline(project)
        # INFO, not WARNING: a bad seed is reported on the build report page and must not
        # fail `mkdocs build --strict` for the rest of the site.
        log.info("wikigen: %s; %d pages written, %d unchanged, %d deleted",
                 result.outcome.summary(), len(result.written.written),
                 result.written.unchanged, len(result.written.deleted))
        for problem in result.outcome.skipped + result.outcome.duplicates:
            log.info("wikigen: %s: %s", problem.path, problem.message.splitlines()[0])

    def on_page_content(self, html, page, config, files):
        """Run the HTML of generated pages (and of pages that include a generated snippet,
        the home page) through nh3: only the tags and attributes above survive, URLs only
        with http, https, mailto or no scheme, styles only `text-align` (table columns)."""
        if not is_generated(page):
            return html
        return nh3.clean(
            html,
            tags=SAFE_TAGS,
            attributes=SAFE_ATTRIBUTES,
            url_schemes={"http", "https", "mailto"},
            filter_style_properties={"text-align"},
            link_rel=None,
            strip_comments=True,
        )

    # After Material's search plugin (priority 0) has written search/search_index.json; under
    # `mkdocs serve` config.site_dir is the temporary directory being served.
    @event_priority(-100)
    def on_post_build(self, config) -> None:
        size = enrich_search_index(Path(config.site_dir))
        if size:
            log.info("wikigen: search index %d -> %d bytes", size.before, size.after)


def is_generated(page) -> bool:
    """A page the pipeline wrote, or one that pulls a generated snippet in (`--8<--`)."""
    return page.file.src_uri.split("/", 1)[0] in GENERATED_DIRS or "--8<--" in (page.markdown or "")
