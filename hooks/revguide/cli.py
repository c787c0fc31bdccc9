"""Command line: the pipeline without MkDocs (``python -m revguide --help``).

    python -m revguide new "Photosynthesis"                  start content_src/photosynthesis.md
    python -m revguide check  [content_src] [--strict] [--format json]   summary per subtopic
    python -m revguide lint   [content_src] [--format json]  findings as file:line: code message
    python -m revguide import content_src/x.txt [--replace]  write x.md (editor source)
    python -m revguide report [content_src]                  build report as JSON on stdout
    python -m revguide model  [content_src]                  the typed model as JSON on stdout
    python -m revguide emit --out DIR [--docs docs] [--site-name NAME] [--site-url URL]
                            [content_src]                    generated pages as files
    python -m revguide review [content_src] [--list | --merge ID | --keep ID]
                        deduplication candidates one by one, decisions saved in dedupe.yml
    python -m revguide --version

Exit codes (the same for every command; `EXIT_CODES`):

    0  fine: nothing that would fail ``mkdocs build --strict``
    1  warnings that fail ``mkdocs build --strict`` (``check --strict``, ``lint``), or a file
       that could not be written (``new``, ``import``, ``emit``)
    2  errors that stop every build (a settings file that cannot be read, no subtopic at all),
       or a wrong command line (unknown command, missing folder, unknown review id)
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from .dedupe import KEPT_APART
from .emit import emit
from .errors import RevguideError
from .importer import import_source
from .lint import Finding
from .model import Candidate, Diagnostic, Guide, in_subject
from .newsource import new_source
from .report import build_report, dumps, model_data
from .settings import DEDUPE_FILE, record_decision
from .site import build_site
from .sourcedates import epoch_from
from .wording import MARKS, marked_pair

#: Terminal colours for what differs (struck red / green), when the output is a terminal.
_COLOURS = (("\033[9;31m", "\033[0m"), ("\033[1;32m", "\033[0m"))
_ANSWERS = {"m": "merge", "k": "keep_apart", "s": "skip", "q": "quit"}

OK, WARNINGS, ERRORS = 0, 1, 2
EXIT_CODES = f"""\
exit codes:
  {OK}  fine: nothing that would fail `mkdocs build --strict`
  {WARNINGS}  warnings that fail `mkdocs build --strict` (check --strict, lint), or a file
     that could not be written (new, import, emit)
  {ERRORS}  errors that stop every build (a settings file that cannot be read, no subtopic at
     all), or a wrong command line (unknown command, missing folder, unknown
     review id)
"""
CONTENT_HELP = "folder of sources (default: content_src)"
FORMAT_HELP = "text (default): lines for people; json: one JSON document for scripts"


def _package_version() -> str:
    try:
        return version("revguide")
    except PackageNotFoundError:  # run from a checkout that was never installed
        return "unknown (not installed: pip install -e .)"


def _diagnostic(diagnostic: Diagnostic) -> dict[str, Any]:
    source = diagnostic.source
    return {
        "file": source.path,
        "line": source.line,
        "severity": diagnostic.severity,
        "message": diagnostic.message,
    }


def _status(diagnostics: Sequence[Diagnostic], fail_on_warnings: bool) -> int:
    if any(d.severity == "error" for d in diagnostics):
        return ERRORS
    warned = any(d.severity == "warning" for d in diagnostics)
    return WARNINGS if fail_on_warnings and warned else OK


def _check(content: Path, strict: bool, as_json: bool) -> int:
    # The whole site, as a build makes it: lint.yml and lint warnings count as they do there.
    site = build_site(content)
    report = build_report(site.guide)
    status = _status(site.diagnostics, strict)
    if as_json:
        subtopics = [
            {
                key: entry[key]
                for key in ("slug", "title", "sources", "counts", "items_in", "merges")
            }
            for entry in report["subtopics"]
        ]
        diagnostics = [_diagnostic(d) for d in site.diagnostics]
        data = {"status": status, "subtopics": subtopics, "totals": report["totals"]}
        sys.stdout.write(dumps({**data, "diagnostics": diagnostics}))
        return status
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
    for diagnostic in site.diagnostics:
        print(f"{diagnostic.source}: {diagnostic.severity}: {diagnostic.message}", file=sys.stderr)
    return status


def _finding(finding: Finding) -> dict[str, Any]:
    return {
        "file": finding.source.path,
        "line": finding.source.line,
        "code": finding.code,
        "severity": finding.severity,
        "message": finding.message,
        "accepted": finding.accepted,
    }


def _lint(content: Path, as_json: bool) -> int:
    site = build_site(content)
    others = [d for d in site.diagnostics if not _is_lint(d.message)]
    # Unaccepted lint warnings are in site.diagnostics too: they fail --strict builds.
    status = _status(site.diagnostics, fail_on_warnings=True)
    if as_json:
        findings = [_finding(f) for f in site.findings]
        diagnostics = [_diagnostic(d) for d in others]
        sys.stdout.write(
            dumps({"status": status, "findings": findings, "diagnostics": diagnostics})
        )
        return status
    for finding in site.findings:
        print(finding)
    for diagnostic in others:
        print(f"{diagnostic.source}: {diagnostic.severity}: {diagnostic.message}")
    return status


def _emit(args: argparse.Namespace) -> int:
    content, out, docs = args.content, args.out, args.docs
    site = build_site(
        content, title=args.site_name, site_url=args.site_url, epoch=epoch_from(os.environ)
    )
    for diagnostic in site.diagnostics:
        print(f"{diagnostic.source}: {diagnostic.severity}: {diagnostic.message}", file=sys.stderr)
    if any(d.severity == "error" for d in site.diagnostics):
        return ERRORS
    if out.exists() and not out.is_dir():
        print(f"{out}: not a folder; --out needs a folder (made if missing)", file=sys.stderr)
        return ERRORS
    try:
        done = emit(site, out, docs)
    except OSError as exc:
        print(f"{exc.filename or out}: cannot write ({exc.strerror})", file=sys.stderr)
        return WARNINGS
    print(
        f"{out}: {len(done.written)} written, {len(done.unchanged)} unchanged, "
        f"{len(done.removed)} removed"
    )
    return OK


def _is_lint(message: str) -> bool:
    return message[:2] == "RG" and message[2:5].isdigit()


def _import(raws: list[Path], content: Path, replace: bool) -> int:
    status = OK
    for raw in raws:
        try:
            done = import_source(raw, content, Path.cwd(), replace)
        except RevguideError as exc:
            print(f"{exc}", file=sys.stderr)
            status = WARNINGS
            continue
        print(f"wrote {done.written}")
        if done.removed:
            print(
                f"removed {done.removed} and its metadata.yml entry; "
                f"{done.acceptances} lint.yml acceptance(s) now name {done.written.name}; "
                f"{done.decisions} dedupe.yml merge decision(s) it now carries out removed"
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


def _new(title: str, content: Path) -> int:
    try:
        written = new_source(title, content, Path.cwd())
    except RevguideError as exc:
        print(f"{exc}", file=sys.stderr)
        return WARNINGS
    print(
        f"wrote {written}: fill in the sections (the <!-- --> comments say what goes where; "
        "they are never shown). Its page appears with its first line of text."
    )
    return OK


def _command(commands: Any, name: str, summary: str, examples: str) -> argparse.ArgumentParser:
    """A subcommand whose --help ends with examples and the exit codes."""
    return commands.add_parser(  # type: ignore[no-any-return]
        name,
        help=summary,
        description=summary,
        epilog=f"examples:\n{examples}\n\n{EXIT_CODES}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def _content(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "content", nargs="?", default=Path("content_src"), type=Path, help=CONTENT_HELP
    )


def _format(command: argparse.ArgumentParser) -> None:
    command.add_argument("--format", choices=("text", "json"), default="text", help=FORMAT_HELP)


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
        return ERRORS
    candidates = _open_candidates(guide)
    colour = sys.stdout.isatty()
    if listing:
        for slug, candidate in candidates:
            _show(slug, candidate, colour)
        print(f"{len(candidates)} open candidates")
        return OK
    # A decision goes to the dedupe.yml of the pair's subject (`subjects`), by subtopic key.
    subject_of = {s.key: s.subject for s in guide.subtopics}

    def decisions(slug: str) -> Path:
        return content / in_subject(subject_of[slug], DEDUPE_FILE)

    if merge or keep:
        wanted = merge or keep
        slug, chosen = next(((s, c) for s, c in candidates if c.id == wanted), ("", None))
        if chosen is None:
            print(f"no open candidate {wanted}; see review --list", file=sys.stderr)
            return ERRORS
        action = "merge" if merge else "keep_apart"
        path = decisions(slug)
        record_decision(path, action, chosen.a, chosen.b)
        print(f"{path}: {action} {chosen.id}")
        return OK
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
    return OK


def parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for tests and ``--help``)."""
    main_parser = argparse.ArgumentParser(
        prog="python -m revguide",
        description="Revision guide sources without MkDocs: start, check, lint, import and "
        "export subtopics. Run from the project folder (the one holding content_src/).",
        epilog="examples:\n"
        '  python -m revguide new "Photosynthesis"\n'
        "  python -m revguide check --strict\n"
        "  python -m revguide lint --format json\n"
        "  python -m revguide check --help     (each command has its own help)\n\n" + EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    main_parser.add_argument(
        "--version", action="version", version=f"%(prog)s {_package_version()}"
    )
    commands = main_parser.add_subparsers(dest="command", required=True, metavar="command")

    new = _command(
        commands,
        "new",
        "write a new editor source content_src/<slug>.md with every section heading",
        '  python -m revguide new "Photosynthesis"   writes content_src/photosynthesis.md',
    )
    new.add_argument("title", help='the subtopic\'s title, in quotes: "Forces and motion"')
    new.add_argument(
        "--content",
        default=Path("content_src"),
        type=Path,
        help="folder to write into (default: content_src)",
    )

    check = _command(
        commands,
        "check",
        "summarise each subtopic (sources, item counts, merges) and list problems",
        "  python -m revguide check\n  python -m revguide check --strict --format json",
    )
    _content(check)
    check.add_argument(
        "--strict", action="store_true", help="exit 1 on warnings too, as mkdocs build --strict"
    )
    _format(check)

    lint = _command(
        commands,
        "lint",
        "list lint findings as file:line: code severity: message (accepted ones too)",
        "  python -m revguide lint\n  python -m revguide lint --format json > findings.json",
    )
    _content(lint)
    _format(lint)

    importer = _command(
        commands,
        "import",
        "write a raw .txt source as an editor .md source that builds the same page",
        "  python -m revguide import content_src/004_x.txt\n"
        "  python -m revguide import --replace content_src/004_x.txt   (retire the .txt)",
    )
    importer.add_argument("raw", nargs="+", type=Path, help="raw .txt sources in content_src/")
    importer.add_argument(
        "--replace",
        action="store_true",
        help="retire the raw file: delete it, move its metadata.yml entry into the .md's front "
        "matter, rename its lint.yml acceptances to the .md, and drop the dedupe.yml merge "
        "decisions the .md carries out itself",
    )
    importer.add_argument("--content", default=Path("content_src"), type=Path, help=CONTENT_HELP)

    for name, summary in (
        ("report", "print the build report (merges, removed lines, line accounting) as JSON"),
        ("model", "print the typed model (subtopics, sections, items) as JSON"),
    ):
        _content(_command(commands, name, summary, f"  python -m revguide {name} > {name}.json"))

    emitter = _command(
        commands,
        "emit",
        "write the generated pages and assets into a folder (for another site generator)",
        "  python -m revguide emit --out build/pages --docs docs",
    )
    _content(emitter)
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
    reviewer = _command(
        commands,
        "review",
        "decide deduplication candidates one by one; decisions go to dedupe.yml",
        "  python -m revguide review                      one by one: m, k, s or q\n"
        "  python -m revguide review --list               every open candidate, with its id\n"
        "  python -m revguide review --merge d-3f2a9c1b7e40",
    )
    _content(reviewer)
    how = reviewer.add_mutually_exclusive_group()
    how.add_argument("--list", action="store_true", help="list the open candidates and exit")
    how.add_argument("--merge", metavar="ID", help="merge the pair with this id (from --list)")
    how.add_argument("--keep", metavar="ID", help="keep the pair with this id apart")
    return main_parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (see `EXIT_CODES`)."""
    args = parser().parse_args(argv)
    if args.command == "new":
        return _new(args.title, args.content)
    if args.command == "import":
        return _import(args.raw, args.content, args.replace)
    if not args.content.is_dir():
        print(f"{args.content}: not a folder of sources", file=sys.stderr)
        return ERRORS
    if args.command == "lint":
        return _lint(args.content, args.format == "json")
    if args.command == "emit":
        return _emit(args)
    if args.command == "review":
        return _review(args.content, args.list, args.merge, args.keep)
    if args.command == "check":
        return _check(args.content, args.strict, args.format == "json")
    # Through build_site: a guide of several subjects is built subject by subject.
    guide = build_site(args.content).guide
    data = build_report(guide) if args.command == "report" else model_data(guide)
    sys.stdout.write(dumps(data))
    return _status(guide.diagnostics, fail_on_warnings=False)
