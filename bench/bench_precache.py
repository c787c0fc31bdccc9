"""Benchmark what the installable guide adds to a build: the service worker's list
(`revguide.webapp.precache_script`) over a site the size of a 1,000-subtopic guide.

Run from the repository root (not collected by pytest)::

    .venv/bin/python bench/bench_precache.py

The site is synthetic and seeded: 2,200 HTML pages of 30 KB (65 MB, as FACTS.md measures a
pruned 1,000-page Material site) plus 40 assets. Timed (medians of 5, `time.perf_counter`):
reading and fingerprinting every file (a clean build), and the list from fingerprints already
known (a dirty rebuild under `mkdocs serve`, which re-reads only what it wrote).
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from revguide.webapp import fingerprint, precache_script

SEED = 20261201
PAGES = 2_200
PAGE_BYTES = 30_000
ASSETS = 40
RUNS = 5


def _site(root: Path) -> None:
    rng = random.Random(SEED)
    for n in range(PAGES):
        folder = root / "subtopics" / f"s{n:04}"
        folder.mkdir(parents=True)
        (folder / "index.html").write_bytes(rng.randbytes(PAGE_BYTES))
    for n in range(ASSETS):
        (root / "assets").mkdir(exist_ok=True)
        (root / "assets" / f"a{n}.js").write_bytes(rng.randbytes(20_000))


def _median(run: Callable[[], None]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        _site(root)
        paths = sorted(p for p in root.rglob("*") if p.is_file())
        total = sum(p.stat().st_size for p in paths)

        def clean() -> None:
            files = {p.relative_to(root).as_posix(): fingerprint(p.read_bytes()) for p in paths}
            precache_script(files, "{}")

        known = {p.relative_to(root).as_posix(): fingerprint(p.read_bytes()) for p in paths}

        def dirty() -> None:
            for path in paths:
                path.stat()
            precache_script(known, "{}")

        whole = '"whole": true' in precache_script(known, "{}")
        print(f"site: {len(paths)} files, {total / 1e6:.1f} MB; whole guide kept: {whole}")
        print(f"clean build (read + fingerprint + list): {1000 * _median(clean):.0f} ms")
        print(
            f"dirty rebuild (stat + list from known fingerprints): {1000 * _median(dirty):.0f} ms"
        )


if __name__ == "__main__":
    main()
