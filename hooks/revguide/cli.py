"""Command line: the pipeline without MkDocs.

    python -m revguide check  [content_src] [--strict]   summary per subtopic; exit 1 on errors
    python -m revguide report [content_src]              build report as JSON on stdout
    python -m revguide model  [content_src]              the typed model as JSON on stdout
    python -m revguide lint   [content_src]              lint findings; exit 1 on warnings
    python -m revguide import content_src/x.txt [--replace]   write x.md (editor source)
    python -m revguide emit --out DIR [--docs docs] [--site-name NAME] [--site-url URL]
                            [content_src]                    generated pages as files

Exit codes: 0 fine; 1 errors (or warnings with ``--strict``); 2 bad command line.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from .emit import emit
from .errors import RevguideError
from .importer import import_source
from .model import Guide
from .pipeline import build_guide
from .report import build_report, dumps, model_data
from .site import build_site
from .sourcedates import epoch_from


def _check(guide: Guide, strict: bool) -> int:
    report = build_report(guide)
    for entry in report["subtopics"]:
        counts = ", ".join(f"{kind} {n}" for kind, n in entry["counts"].items())
        merged = sum(len(m["merged"]) for m in entry["merges"])
        print(f"{entry['slug']}: {entry['title']}")
        print(f"  from {', '.join(entry['sources'])}")
        print(f"  {counts}")
        print(
            f"  {entry['items_in']} items read, {merged} merged, "
            f"{len(entry['candidates'])} candidates, {len(entry['boilerplate'])} boilerplate lines"
        )
    totals = report["totals"]
    print(
        f"{len(report['subtopics'])} subtopics; {totals['items_in']} items in, "
        f"{totals['items_out']} out, {totals['merged']} merged, "
        f"{totals['boilerplate']} boilerplate lines"
    )
    for diagnostic in guide.diagnostics:
        print(f"{diagnostic.source}: {diagnostic.severity}: {diagnostic.message}", file=sys.stderr)
    if guide.errors:
        return 1
    return 1 if strict and any(d.severity == "warning" for d in guide.diagnostics) else 0


def _lint(content: Path) -> int:
    site = build_site(content)
    for finding in site.findings:
        print(finding)
    others = [d for d in site.diagnostics if not _is_lint(d.message)]
    for diagnostic in others:
        print(f"{diagnostic.source}: {diagnostic.severity}: {diagnostic.message}")
    warnings = [f for f in site.findings if f.severity == "warning" and not f.accepted]
    if any(d.severity == "error" for d in others):
        return 2
    return 1 if warnings or any(d.severity == "warning" for d in others) else 0


def _emit(args: argparse.Namespace) -> int:
    content, out, docs = args.content, args.out, args.docs
    site = build_site(
        content, title=args.site_name, site_url=args.site_url, epoch=epoch_from(os.environ)
    )
    for diagnostic in site.diagnostics:
        print(f"{diagnostic.source}: {diagnostic.severity}: {diagnostic.message}", file=sys.stderr)
    if any(d.severity == "error" for d in site.diagnostics):
        return 1
    if out.exists() and not out.is_dir():
        print(f"{out}: not a folder; --out needs a folder (made if missing)", file=sys.stderr)
        return 2
    try:
        done = emit(site, out, docs)
    except OSError as exc:
        print(f"{exc.filename or out}: cannot write ({exc.strerror})", file=sys.stderr)
        return 1
    print(
        f"{out}: {len(done.written)} written, {len(done.unchanged)} unchanged, "
        f"{len(done.removed)} removed"
    )
    return 0


def _is_lint(message: str) -> bool:
    return message[:2] == "RG" and message[2:5].isdigit()


def _import(raws: list[Path], content: Path, replace: bool) -> int:
    status = 0
    for raw in raws:
        try:
            done = import_source(raw, content, Path.cwd(), replace)
        except RevguideError as exc:
            print(f"{exc}", file=sys.stderr)
            status = 1
            continue
        print(f"wrote {done.written}")
        if done.removed:
            print(
                f"removed {done.removed} and its metadata.yml entry; "
                f"{done.acceptances} lint.yml acceptance(s) now name {done.written.name}"
            )
        else:
            print(
                f"kept {raw}: it is still read, so both files form one subtopic (a tip you "
                f"reword in {done.written.name} shows twice, old and new); "
                f"{done.acceptances} lint.yml acceptance(s) copied to {done.written.name}. "
                f"To retire it, delete {done.written} and run: "
                f"python -m revguide import --replace {raw}"
            )
    return status


def parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for tests and ``--help``)."""
    main_parser = argparse.ArgumentParser(
        prog="python -m revguide", description=__doc__.split("\n")[0]
    )
    commands = main_parser.add_subparsers(dest="command", required=True)
    for name, help_text in (
        ("check", "summarise each subtopic; exit 1 on errors"),
        ("report", "print the build report JSON"),
        ("model", "print the typed model as JSON"),
        ("lint", "report problems as file:line: code message; exit 1 on warnings"),
    ):
        command = commands.add_parser(name, help=help_text)
        command.add_argument("content", nargs="?", default="content_src", type=Path)
        if name == "check":
            command.add_argument("--strict", action="store_true", help="exit 1 on warnings too")
    importer = commands.add_parser("import", help="write a raw .txt source as an editor .md source")
    importer.add_argument("raw", nargs="+", type=Path, help="raw sources in content_src/")
    importer.add_argument(
        "--replace", action="store_true", help="delete the raw file and its metadata.yml entry"
    )
    importer.add_argument("--content", default="content_src", type=Path)
    emitter = commands.add_parser("emit", help="write generated pages and assets into a folder")
    emitter.add_argument("content", nargs="?", default="content_src", type=Path)
    emitter.add_argument("--out", required=True, type=Path, help="folder to write into")
    emitter.add_argument(
        "--docs", type=Path, help="also copy these hand-written pages (home list filled in)"
    )
    emitter.add_argument(
        "--site-name",
        default="Revision guide",
        help="mkdocs.yml's site_name: names the Anki deck (keep it: Anki matches notes by it)",
    )
    emitter.add_argument(
        "--site-url", default="", help="mkdocs.yml's site_url: the exports link pages under it"
    )
    return main_parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = parser().parse_args(argv)
    if args.command == "import":
        return _import(args.raw, args.content, args.replace)
    if not args.content.is_dir():
        print(f"{args.content}: not a folder of sources", file=sys.stderr)
        return 2
    if args.command == "lint":
        return _lint(args.content)
    if args.command == "emit":
        return _emit(args)
    guide = build_guide(args.content)
    if args.command == "check":
        return _check(guide, args.strict)
    data = build_report(guide) if args.command == "report" else model_data(guide)
    sys.stdout.write(dumps(data))
    return 1 if guide.errors else 0
