"""Reproduce the figures in BENCHMARKS.md: one sub-command per figure (not collected by pytest).

Run from the repository root with the project's Python (``.venv/bin/python`` after ``make
site``)::

    python bench/run.py build --subtopics 1000 --runs 3   # pipeline vs hook build vs floor
    python bench/run.py build --subtopics 1000 --subjects 10   # the same, as 10 subjects
    python bench/run.py build --against ../old --pipeline-only --runs 5   # before/after ratio
    python bench/run.py size --subtopics 1000             # page HTML sizes, nav, site size
    python bench/run.py serve --subtopics 1000 --edits 5  # editor loop under mkdocs serve
    python bench/run.py serve --floor --edits 5           # the same, MkDocs alone (floor)
    python bench/run.py dedupe                            # dedupe at 100,000 items
    python bench/run.py link                              # term linking, 2,000 x 1,000

Each case works on a throw-away project in ``--work`` (default: a temporary folder): a copy of
this repository's mkdocs.yml, docs/, overrides/ and hooks/, with ``content_src/`` written by
`generate.py`. The *floor* is the same site without the hook: every file the hook generates
(pages, assets, the filled-in home page) written into docs/ as Markdown, the hook's nav written
into mkdocs.yml, and ``hooks:`` removed; it is made with the hook's own MkDocs events, so it
cannot drift from what the hook produces.

Every build runs in a child process; wall time is `time.perf_counter` around it, memory the
child's peak resident set (``ru_maxrss`` from `os.wait4`). Cases of one run are interleaved
(their order rotates from run to run), so a busy machine slows them alike: compare the ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

from generate import generate
from mkdocs.utils.yaml import yaml_load

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # tests/ is a folder of modules, not a package
from serving import free_port, get, until  # noqa: E402  (the serve tests' helpers)

BENCH = Path(__file__).resolve().parent
COPIED = ("mkdocs.yml", "docs", "overrides", "hooks")
#: The hook's settings: ``hooks:`` and ``watch:`` with their indented or listed lines.
TOP_LEVEL_BLOCK = re.compile(r"^(?:hooks|watch):.*\n(?:(?:[ \t-].*)?\n)*", re.MULTILINE)
#: The floor's only hook: the revision hook's HTML post-processing, so both write the same HTML.
FLOOR_HOOK = "from revision import on_post_page  # noqa: F401\n"
#: A link from an index page to one of its parts (`revguide.parts`): ``href="51-100/"``.
PART_LINK = re.compile(r'href="(\d+-\d+/)"')
BUILT_IN = re.compile(r"Documentation built in (?P<seconds>[\d.]+) seconds")
PIPELINE = """
import json, sys, time
from pathlib import Path
from revguide.site import build_site
start = time.perf_counter()
site = build_site(Path(sys.argv[1]), Path(sys.argv[2]))
print(json.dumps({"seconds": time.perf_counter() - start, "pages": len(site.pages)}))
"""


@dataclass(frozen=True)
class Run:
    """One child process."""

    seconds: float
    """Wall time."""
    cpu: float
    """CPU time (user + system): less disturbed than wall time by other work on the machine."""
    peak_mib: float
    """Peak resident set of the child."""
    output: str
    """What it printed."""


def run(command: Sequence[str], cwd: Path, env: dict[str, str]) -> Run:
    """Run ``command`` to the end; raise with its output if it fails."""
    with tempfile.TemporaryFile("w+") as out:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        output = out.read()
    if process.returncode:
        raise RuntimeError(f"{' '.join(command)} failed:\n{output[-3000:]}")
    return Run(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, output)


def environment(project: Path) -> dict[str, str]:
    """The build's environment (``revguide`` is the editable install; MkDocs loads the
    project's hook from its file)."""
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def make_project(work: Path, subtopics: int, subjects: int = 1) -> Path:
    """A copy of this repository's site with ``subtopics`` generated subtopics, shared out
    among ``subjects`` subject folders when more than one."""
    project = work / (f"project-{subtopics}" + (f"x{subjects}" if subjects > 1 else ""))
    if project.exists():
        shutil.rmtree(project)
    ignore = shutil.ignore_patterns("__pycache__")
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, project / name, ignore=ignore)
        else:
            project.mkdir(parents=True, exist_ok=True)
            shutil.copy(source, project / name)
    generate(project / "content_src", subtopics, subjects=subjects)
    return project


def make_floor(project: Path, work: Path) -> Path:
    """The same site pre-written as Markdown, built without the hook (see the module doc)."""
    floor = work / f"floor-{project.name}"
    if floor.exists():
        shutil.rmtree(floor)
    shutil.copytree(project / "overrides", floor / "overrides")
    shutil.copytree(project / "docs", floor / "docs")
    code = f"""
import json, sys, types
from pathlib import Path
from mkdocs.config import load_config
from mkdocs.structure.files import get_files
from mkdocs.structure.pages import Page
config = load_config({str(project / "mkdocs.yml")!r})
config.plugins.on_startup(command="build", dirty=False)
config = config.plugins.on_config(config)
files = config.plugins.on_files(get_files(config), config=config)
# Only the hook's own change to hand-written pages: other plugins' run in the floor's build.
hook = next(p for p in config.plugins.values() if isinstance(p, types.ModuleType))
docs = Path({str(floor / "docs")!r})
for file in files:
    target = docs / file.src_uri
    if file.generated_by:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(file.content_bytes)
    elif file.is_documentation_page():
        page = Page(None, file, config)
        page.read_source(config)
        text = hook.on_page_markdown(page.markdown, page=page, config=config, files=files)
        if text != page.markdown:
            target.write_text(file.content_string.replace(page.markdown, text, 1), "utf-8")
print("NAV " + json.dumps(config.nav))
"""
    output = run([sys.executable, "-c", code], project, environment(project)).output
    nav = json.loads(output.rsplit("NAV ", 1)[1])
    # Edited as text: mkdocs.yml has tags (!ENV) a YAML round trip would lose.
    text = TOP_LEVEL_BLOCK.sub("", (project / "mkdocs.yml").read_text(encoding="utf-8"))
    (floor / "floor_hook.py").write_text(FLOOR_HOOK, "utf-8")
    (floor / "mkdocs.yml").write_text(
        f"{text}\nhooks: [floor_hook.py]\nnav: {json.dumps(nav)}\n", "utf-8"
    )
    return floor


def mkdocs_build(project: Path, site: Path, env_project: Path) -> Run:
    """``mkdocs build`` of ``project`` into ``site`` (not ``-q``: warnings are part of the cost)."""
    command = [sys.executable, "-m", "mkdocs", "build", "-d", str(site)]
    return run(command, project, environment(env_project))


def summary(values: Sequence[float], unit: str = "s", digits: int = 1) -> str:
    """``median (min..max)``."""
    median = statistics.median(values)
    return f"{median:.{digits}f} {unit} ({min(values):.{digits}f}..{max(values):.{digits}f})"


def machine() -> str:
    """Date, CPU count and load, for the record."""
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return f"{time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} CPUs, load average {load}"


# -- (a) pipeline vs hook vs floor ---------------------------------------------------------


def bench_build(
    work: Path,
    subtopics: int,
    runs: int,
    subjects: int = 1,
    against: Path | None = None,
    pipeline_only: bool = False,
) -> None:
    project = make_project(work, subtopics, subjects)
    env = environment(project)
    pipeline = [sys.executable, "-c", PIPELINE, str(project / "content_src"), str(project)]
    cases: dict[str, Callable[[], Run]] = {
        "pipeline alone (build_site)": lambda: run(pipeline, project, env),
    }
    if against is not None:
        # Another checkout's pipeline on the same sources: a before/after ratio in one run.
        other = {**env, "PYTHONPATH": str(against.resolve() / "hooks")}
        cases[f"pipeline alone, {against}"] = lambda: run(pipeline, project, other)
    if not pipeline_only:
        floor = make_floor(project, work)
        cases["mkdocs build with the hook"] = lambda: mkdocs_build(
            project, work / "site-hook", project
        )
        cases["floor: mkdocs build, pre-written"] = lambda: mkdocs_build(
            floor, work / "site-floor", project
        )
    names = list(cases)
    results: dict[str, list[Run]] = {name: [] for name in names}
    for number in range(runs):
        order = names[number % len(names) :] + names[: number % len(names)]
        for name in order:
            results[name].append(cases[name]())
            print(f"run {number + 1} {name}: {results[name][-1].seconds:.1f} s", file=sys.stderr)
    pipelines = [name for name in names if name.startswith("pipeline")]
    pages = json.loads(results[names[0]][0].output)["pages"]
    shared = f" in {subjects} subjects" if subjects > 1 else ""
    print(
        f"\n{subtopics:,} subtopics{shared}, {pages:,} generated pages, {runs} runs; {machine()}\n"
    )
    print("| case | wall time | CPU time | MkDocs' own timer | peak RSS |")
    print("| --- | --- | --- | --- | --- |")
    for name in names:
        if name in pipelines:
            inner = [json.loads(r.output)["seconds"] for r in results[name]]
            timer = f"in-process {summary(inner)}"
        else:
            built = [float(m["seconds"]) for r in results[name] if (m := BUILT_IN.search(r.output))]
            timer = summary(built)
        print(
            f"| {name} | {summary([r.seconds for r in results[name]])} | "
            f"{summary([r.cpu for r in results[name]])} | {timer} | "
            f"{summary([r.peak_mib for r in results[name]], 'MiB', 0)} |"
        )
    print("\nMedians, (min..max) over the runs.\n")
    if against is not None:
        ratios = [
            new.cpu / old.cpu for new, old in zip(*(results[n] for n in pipelines), strict=True)
        ]
        print(
            f"Pipeline CPU time, this checkout / {against}, per run: "
            f"{', '.join(f'{x:.3f}' for x in ratios)}; "
            f"median **{statistics.median(ratios):.3f}**.  "
        )
    if pipeline_only:
        return
    hook, floor_name = "mkdocs build with the hook", "floor: mkdocs build, pre-written"
    for measure in ("seconds", "cpu"):
        overhead = [
            (getattr(h, measure) - getattr(f, measure)) / getattr(f, measure)
            for h, f in zip(results[hook], results[floor_name], strict=True)
        ]
        print(
            f"Hook overhead vs floor by {'wall' if measure == 'seconds' else 'CPU'} time, per run: "
            f"{', '.join(f'{x:+.1%}' for x in overhead)}; "
            f"median **{statistics.median(overhead):+.1%}** (target <= +10%).  "
        )
    warnings = results[hook][0].output.count("WARNING")
    print(f"The hook build logged {warnings:,} warnings (lint findings on synthetic text).")


# -- (b) page size ---------------------------------------------------------------------------


class _NavCounter(HTMLParser):
    """Counts links inside Material's primary navigation and in the whole page."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0  # nav elements open inside the primary nav
        self.nav_links = 0
        self.links = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if tag == "nav" and (self.depth or "md-nav--primary" in classes):
            self.depth += 1
        if tag == "a":
            self.links += 1
            self.nav_links += self.depth > 0

    def handle_endtag(self, tag: str) -> None:
        if tag == "nav" and self.depth:
            self.depth -= 1


def bench_size(work: Path, subtopics: int) -> None:
    project = make_project(work, subtopics)
    site = work / "site-size"
    build = mkdocs_build(project, site, project)
    pages = sorted(site.glob("subtopics/*/index.html"))
    sizes = sorted(p.stat().st_size / 1024 for p in pages)
    counts = []
    for path in pages[:: max(1, len(pages) // 50)]:
        counter = _NavCounter()
        counter.feed(path.read_text(encoding="utf-8"))
        counts.append((counter.nav_links, counter.links))
    html = list(site.rglob("*.html"))
    total = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
    largest = sorted(html, key=lambda p: p.stat().st_size, reverse=True)[:5]
    print(f"\n{subtopics:,} subtopics; {machine()}; build {build.seconds:.0f} s\n")
    print("| measure | value |")
    print("| --- | --- |")
    print(f"| subtopic pages | {len(pages):,} (of {len(html):,} HTML pages) |")
    print(
        f"| subtopic page HTML, median (min..max) | **{statistics.median(sizes):.1f} KB** "
        f"({sizes[0]:.1f}..{sizes[-1]:.1f}); target <= 60 KB |"
    )
    print(f"| 95th percentile | {sizes[int(len(sizes) * 0.95)]:.1f} KB |")
    nav = [n for n, _ in counts]
    print(
        f"| links in the primary nav of a subtopic page, median (min..max) | "
        f"{statistics.median(nav):.0f} ({min(nav)}..{max(nav)}), of {len(html):,} pages |"
    )
    print(f"| links in the whole page, median | {statistics.median(n for _, n in counts):.0f} |")
    for path in largest:
        print(f"| largest: `{path.relative_to(site)}` | {path.stat().st_size / 1024:,.0f} KB |")
    index = site / "search" / "search_index.json"
    if index.exists():
        print(f"| search index | {index.stat().st_size / 2**20:.1f} MiB |")
    print(f"| whole site | {total / 2**20:.0f} MiB |")


# -- (c) editor loop -------------------------------------------------------------------------


def _get(url: str) -> tuple[int, str]:
    return get(url, timeout=600)  # a full rebuild at 3,000 subtopics takes minutes


def _shows(url: str, text: str) -> bool:
    return text in _get(url)[1]


def _wait(check: Callable[[], bool], timeout: float, what: str) -> float:
    return until(check, what, timeout, interval=0.02)


def _sources_and_pages(project: Path) -> list[tuple[Path, str]]:
    """(source, URL path of its page) for subtopics made of one plain-text source.

    Their last section is the marking points, so a line appended to one is a marking point.
    """
    code = """
import json, sys
from pathlib import Path
from revguide.parse import detect_format
from revguide.site import build_site
root = Path(sys.argv[1])
site = build_site(root / "content_src", root)
print(json.dumps([
    [page.sources[0], page.path]
    for page in site.pages
    if page.path.startswith("subtopics/") and len(page.sources) == 1
    and detect_format((root / page.sources[0]).read_text("utf-8").split("\\n")) == "plain"
]))
"""
    listing = json.loads(
        run([sys.executable, "-c", code, str(project)], project, environment(project)).output
    )
    return [(project / source, path.removesuffix(".md") + "/") for source, path in listing]


def bench_serve(work: Path, subtopics: int, edits: int, dirty: bool, floor: bool) -> None:
    """Time save-to-page-served; with ``floor``, of the floor project (MkDocs alone: a page's
    Markdown edited, no pipeline, and no whole search index or aggregates to check)."""
    project = make_project(work, subtopics)
    served = make_floor(project, work) if floor else project
    targets = _floor_pages(served) if floor else _sources_and_pages(project)
    port = free_port()
    with (project / "mkdocs.yml").open(encoding="utf-8") as config:
        site_url = yaml_load(config)["site_url"]
    mount = urlsplit(site_url).path
    base = f"http://127.0.0.1:{port}{mount}"
    log = work / "serve.log"
    command = [sys.executable, "-m", "mkdocs", "serve", "--livereload", "-a", f"127.0.0.1:{port}"]
    command += ["--dirty"] if dirty else []
    with log.open("w") as out:
        server = subprocess.Popen(
            command, cwd=served, env=environment(project), stdout=out, stderr=subprocess.STDOUT
        )
    try:
        first = _wait(lambda: _get(base)[0] == 200, 1800, "the first build")
        times: list[float] = []
        built: list[float] = []
        checks: list[str] = []
        for number in range(edits):
            source, page = targets[(number * 7919) % len(targets)]
            marker = f"Award credit for benchmark edit number {number} of this run."
            text = source.read_text(encoding="utf-8")
            before = len(BUILT_IN.findall(log.read_text()))
            start = time.perf_counter()
            source.write_text(text + f"\n- {marker}", encoding="utf-8")
            _wait(partial(_shows, base + page, marker), 600, "the edit")
            times.append(time.perf_counter() - start)
            rebuilds = BUILT_IN.findall(log.read_text())
            built.append(float(rebuilds[-1]) if len(rebuilds) > before else float("nan"))
            checks.append("-" if floor else _check_served(base, page, marker))
            time.sleep(1.0)  # let the watcher settle before the next edit
    finally:
        server.terminate()
        server.wait(timeout=60)
    mode = ("mkdocs serve --dirty" if dirty else "mkdocs serve") + (
        " of the floor" if floor else ""
    )
    print(f"\n{subtopics:,} subtopics, `{mode}`, {edits} edits; {machine()}\n")
    print(f"First build (server start to first page): {first:.1f} s\n")
    print("| edit | save to page served | MkDocs rebuild timer | checks |")
    print("| --- | --- | --- | --- |")
    for number, (seconds, rebuild, check) in enumerate(zip(times, built, checks, strict=True)):
        print(f"| {number + 1} | {seconds:.2f} s | {rebuild:.2f} s | {check} |")
    print(f"\nSave to page served: **{summary(times, digits=2)}** (target <= 2 s)")


def _floor_pages(floor: Path) -> list[tuple[Path, str]]:
    """The floor's pre-written subtopic pages, each with its URL path."""
    pages = sorted((floor / "docs" / "subtopics").glob("*.md"))
    return [(page, f"subtopics/{page.stem}/") for page in pages]


def _check_served(base: str, page: str, marker: str) -> str:
    """What a learner would see is complete: the aggregate page and the search index."""
    problems = []
    listing = _get(base + "marking-points/")[1]
    parts = [base + "marking-points/" + href for href in PART_LINK.findall(listing)]
    if not any(marker in text for text in (listing, *(_get(part)[1] for part in parts))):
        problems.append("marking points page stale")
    status, index = _get(base + "search/search_index.json")
    documents = json.loads(index)["docs"] if status == 200 else []
    if not any(marker in d["text"] for d in documents):
        problems.append("search index stale")
    locations = [d["location"] for d in documents]
    if len(locations) != len(set(locations)):
        problems.append("duplicate search entries")
    return "ok" if not problems else ", ".join(problems)


# -- (d) --------------------------------------------------------------------------------------


def bench_script(name: str, extra: Sequence[str]) -> None:
    result = run([sys.executable, str(BENCH / name), *extra], ROOT, dict(os.environ))
    print(f"\n{machine()}; peak RSS {result.peak_mib:.0f} MiB\n")
    print(result.output)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("figure", choices=("build", "size", "serve", "dedupe", "link"))
    parser.add_argument("--subtopics", type=int, default=1_000)
    parser.add_argument("--subjects", type=int, default=1, help="build: subject folders")
    parser.add_argument("--runs", type=int, default=3, help="build: interleaved runs")
    parser.add_argument("--edits", type=int, default=5, help="serve: edits to time")
    parser.add_argument("--full", action="store_true", help="serve: without --dirty")
    parser.add_argument("--floor", action="store_true", help="serve: the floor, no pipeline")
    parser.add_argument("--work", type=Path, help="work folder (default: a temporary one)")
    parser.add_argument(
        "--against", type=Path, help="build: also time the pipeline of this other checkout"
    )
    parser.add_argument(
        "--pipeline-only", action="store_true", help="build: no mkdocs builds, pipelines only"
    )
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="revguide-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        if args.figure == "build":
            bench_build(
                work, args.subtopics, args.runs, args.subjects, args.against, args.pipeline_only
            )
        elif args.figure == "size":
            bench_size(work, args.subtopics)
        elif args.figure == "serve":
            bench_serve(work, args.subtopics, args.edits, not args.full, args.floor)
        elif args.figure == "dedupe":
            bench_script("bench_dedupe.py", ["--runs", str(args.runs)])
        else:
            bench_script("bench_link.py", [])
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
