"""Command line: the pipeline without MkDocs.

    python -m revguide check  [content_src] [--strict]   summary per subtopic; exit 1 on errors
    python -m revguide report [content_src]              build report as JSON on stdout
    python -m revguide model  [content_src]              the typed model as JSON on stdout
    python -m revguide lint   [content_src]              lint findings; exit 1 on warnings
    python -m revguide import content_src/x.txt [--replace]   write x.md (editor source)
    python -m revguide emit --out DIR [--docs docs] [--site-name NAME] [--site-url URL]
                            [content_src]                    generated pages as files
    python -m revguide review [content_src] [--list | --merge ID | --keep ID]
        deduplication candidates one by one (or listed), each decision saved in dedupe.yml

Exit codes: 0 fine; 1 errors (or warnings with ``--strict``); 2 bad command line.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from .dedupe import KEPT_APART
from .emit import emit
from .errors import RevguideError
from .importer import import_source
from .model import Candidate, Guide, in_subject
from .report import build_report, dumps, model_data
from .settings import DEDUPE_FILE, record_decision
from .site import build_site
from .sourcedates import epoch_from
from .wording import MARKS, marked_pair

#: Terminal colours for what differs (struck red / green), when the output is a terminal.
_COLOURS = (("\033[9;31m", "\033[0m"), ("\033[1;32m", "\033[0m"))
_ANSWERS = {"m": "merge", "k": "keep_apart", "s": "skip", "q": "quit"}


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
    return 1 if strict and guide.diagnostics else 0


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
    return 1 if warnings or others else 0


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
            print(f"removed {done.removed} and its metadata.yml entry")
        else:
            print(f"kept {raw}: until you delete it, both files form one subtopic")
    return status


def _open_candidates(guide: Guide) -> list[tuple[str, Candidate]]:
    """Candidates without a decision, each with its subtopic's slug, one per pair id."""
    found: dict[str, tuple[str, Candidate]] = {}
    for report in guide.reports:
        for candidate in report.candidates:
            if candidate.why_not != KEPT_APART:
                found.setdefault(candidate.id, (report.slug, candidate))
    return list(found.values())


def _show(slug: str, candidate: Candidate, colour: bool) -> None:
    a, b = marked_pair(candidate.a, candidate.b, _COLOURS if colour else MARKS)
    print(
        f"{candidate.id}  {candidate.section} of {slug}, similarity {candidate.score:.2f}: "
        f"{candidate.why_not}"
    )
    print(f"  {candidate.a_source}: {a}")
    print(f"  {candidate.b_source}: {b}")


def _review(content: Path, listing: bool, merge: str | None, keep: str | None) -> int:
    guide = build_site(content).guide
    if guide.errors:
        for error in guide.errors:
            print(f"{error.source}: error: {error.message}", file=sys.stderr)
        return 1
    candidates = _open_candidates(guide)
    colour = sys.stdout.isatty()
    if listing:
        for slug, candidate in candidates:
            _show(slug, candidate, colour)
        print(f"{len(candidates)} open candidates")
        return 0
    # A decision goes to the dedupe.yml of the pair's subject (`subjects`), by subtopic key.
    subject_of = {s.key: s.subject for s in guide.subtopics}

    def decisions(slug: str) -> Path:
        return content / in_subject(subject_of[slug], DEDUPE_FILE)

    if merge or keep:
        wanted = merge or keep
        slug, chosen = next(((s, c) for s, c in candidates if c.id == wanted), ("", None))
        if chosen is None:
            print(f"no open candidate {wanted}; see review --list", file=sys.stderr)
            return 1
        action = "merge" if merge else "keep_apart"
        path = decisions(slug)
        record_decision(path, action, chosen.a, chosen.b)
        print(f"{path}: {action} {chosen.id}")
        return 0
    for number, (slug, candidate) in enumerate(candidates, 1):
        print(f"\n[{number}/{len(candidates)}] ", end="")
        _show(slug, candidate, colour)
        answer = ""
        while answer not in _ANSWERS:
            try:
                answer = input("merge (m), keep apart (k), skip (s), quit (q)? ").strip()[:1]
            except EOFError:
                answer = "q"
            answer = answer.lower()
        if _ANSWERS[answer] == "quit":
            break
        if _ANSWERS[answer] != "skip":
            path = decisions(slug)
            record_decision(path, _ANSWERS[answer], candidate.a, candidate.b)
            print(f"{path}: {_ANSWERS[answer]} {candidate.id}")
    return 0


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
    reviewer = commands.add_parser(
        "review", help="decide deduplication candidates one by one; decisions go to dedupe.yml"
    )
    reviewer.add_argument("content", nargs="?", default="content_src", type=Path)
    how = reviewer.add_mutually_exclusive_group()
    how.add_argument("--list", action="store_true", help="list the open candidates and exit")
    how.add_argument("--merge", metavar="ID", help="merge the pair with this id")
    how.add_argument("--keep", metavar="ID", help="keep the pair with this id apart")
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
    if args.command == "review":
        return _review(args.content, args.list, args.merge, args.keep)
    # Through build_site: a guide of several subjects is built subject by subject.
    guide = build_site(args.content).guide
    if args.command == "check":
        return _check(guide, args.strict)
    data = build_report(guide) if args.command == "report" else model_data(guide)
    sys.stdout.write(dumps(data))
    return 1 if guide.errors else 0
