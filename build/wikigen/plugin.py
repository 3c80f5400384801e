"""Thin MkDocs glue: run the pipeline before MkDocs collects the pages.

The pipeline writes only pages whose content changed, so under `mkdocs serve` the rebuild that
its own writes trigger finds nothing to write and the loop ends there.
"""
from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.plugins import BasePlugin, event_priority

from .pipeline import Project, pipeline
from .search import enrich_search_index

log = logging.getLogger("mkdocs.plugins.wikigen")


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

    # After Material's search plugin (priority 0) has written search/search_index.json; under
    # `mkdocs serve` config.site_dir is the temporary directory being served.
    @event_priority(-100)
    def on_post_build(self, config) -> None:
        size = enrich_search_index(Path(config.site_dir))
        if size:
            log.info("wikigen: search index %d -> %d bytes", size.before, size.after)
