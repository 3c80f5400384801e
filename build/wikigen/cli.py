"""Command line: `wikigen build` runs the pipeline, `wikigen inspect FILE` shows one article."""
from __future__ import annotations

import argparse
import json
import sys
from contextlib import contextmanager
from pathlib import Path

from .entities import candidates_summary
from .inspect import inspect_file, readable_view
from .model import Problem
from .pipeline import Project, pipeline


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="wikigen",
        description="Turn scraped Korean articles in seeds/ into a cross-linked MkDocs wiki in docs/.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    build = commands.add_parser(
        "build", help="run the pipeline: seeds/ -> Markdown pages under docs/ (no MkDocs build)",
        description="Read every .txt/.md under seeds/, clean it, extract metadata, people, terms, "
                    "organisations and topics, and write the generated pages under docs/. Only "
                    "pages whose content changed are rewritten; stale pages are deleted.")
    build.add_argument("--root", type=Path, default=Path("."), help="project folder (with mkdocs.yml); default: .")
    build.add_argument("--strict", action="store_true", help="exit with status 1 if any input file was skipped")

    inspect = commands.add_parser(
        "inspect", help="show what the pipeline makes of one raw article",
        description="Clean one file (inside or outside seeds/) and print its metadata, cleaned body, "
                    "removed fragments and entities. With --json, one JSON object (see README).")
    inspect.add_argument("file", type=Path, help="a raw article (.txt or .md)")
    inspect.add_argument("--json", action="store_true", help="print one JSON object instead of the readable view")
    inspect.add_argument("--root", type=Path, default=Path("."), help="project folder whose curated/ lists to use")

    args = parser.parse_args(argv)
    return run_build(args) if args.command == "build" else run_inspect(args)


def run_build(args: argparse.Namespace) -> int:
    with progress() as on_stage:
        result = pipeline(Project(args.root.resolve()), on_stage=on_stage)
    outcome = result.outcome
    for problem in outcome.skipped:
        print(f"skipped {problem.path}: {problem.message.splitlines()[0]}", file=sys.stderr)
    for problem in outcome.duplicates:
        print(f"duplicate {problem.path}: {problem.message}", file=sys.stderr)
    for problem in outcome.warnings:
        print(f"warning {problem.path}: {problem.message}", file=sys.stderr)
    print(f"wikigen: {outcome.summary()}")
    print(candidates_summary(result.knowledge))
    timing = ", ".join(f"{stage} {seconds:.2f}s" for stage, seconds in result.seconds.items())
    print(f"pages: {len(result.written.written)} written, {result.written.unchanged} unchanged, "
          f"{len(result.written.deleted)} deleted ({timing}; details: docs/reports/index.md)")
    return 1 if args.strict and outcome.skipped else 0


@contextmanager
def progress():
    """A live status line naming the running stage, on a terminal only; quiet otherwise."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console

    with Console(stderr=True).status("wikigen: reading seeds") as status:
        yield lambda stage: status.update(f"wikigen: {STAGE_NAMES.get(stage, stage)}")


STAGE_NAMES = {"read": "reading seeds", "clean": "cleaning articles", "extract": "finding people, terms and topics",
               "link": "linking mentions", "render": "rendering pages", "write": "writing pages"}


def run_inspect(args: argparse.Namespace) -> int:
    result = inspect_file(args.file, Project(args.root.resolve()))
    if isinstance(result, Problem):
        print(f"{result.path}: {result.message}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False, indent=2))
    else:
        print(readable_view(result, color=sys.stdout.isatty()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
