"""Memory of dedupe's candidate search and of the build report stays near-linear: a section of
2,000 near-duplicate lines builds under a 1.5 GB address-space limit, its report under 20 MB.

The build runs in a child process with ``resource.setrlimit(RLIMIT_AS)``, so a blow-up fails
this test with a MemoryError instead of taking the machine down.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from helpers import write
from revguide.report import MAX_REPORT_CANDIDATES

LIMIT = 1536 * 2**20
LINES = 2_000

CHILD = f"""
import json, resource, sys
resource.setrlimit(resource.RLIMIT_AS, ({LIMIT}, {LIMIT}))
from pathlib import Path
from revguide.report import dumps
from revguide.site import build_site
site = build_site(Path(sys.argv[1]), Path(sys.argv[2]))
report = dumps(site.report)
(subtopic,) = site.report["subtopics"]
print(json.dumps({{
    "report_bytes": len(report.encode()),
    "listed": len(subtopic["candidates"]),
    "left_out": subtopic["candidates_left_out"],
    "kept": sum(subtopic["counts"].values()),
    "items_in": subtopic["items_in"],
    "peak_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
}}))
"""

WORDS = "trust value rapport loyalty needs goals budget risk timing service".split()


def near_duplicates() -> str:
    """2,000 lines of about 100 characters: half differ from each other in one number (every
    other word in every line), half in three slot words each found in about 30 lines (words
    uncommon enough to be searched for candidates)."""
    lines = [
        f"- Award one mark for explaining how the seller builds long-term trust with account {n}."
        for n in range(LINES // 2)
    ]
    for n in range(LINES // 2):
        a, b, c = n % 33, n // 33 % 31, n * 7 % 29
        lines.append(
            f"- Credit answers linking {WORDS[a % 10]}{a} to {WORDS[b % 10]}{b} and "
            f"{WORDS[c % 10]}{c} when a seller reviews the account plan."
        )
    return "Topic Synopsis\nHow sellers build trust.\nExaminer Marking Points\n" + "\n".join(lines)


def test_a_2000_line_near_duplicate_section_builds_in_bounded_memory(tmp_path: Path) -> None:
    text = near_duplicates()
    assert len(text.splitlines()) > LINES
    write(tmp_path, "content_src/big.txt", text)
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "content_src"), str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    measured = json.loads(done.stdout)
    assert measured["report_bytes"] < 20 * 2**20
    assert measured["items_in"] == LINES + 1  # the synopsis too
    assert measured["kept"] == LINES + 1  # no two lines say the same thing
    assert 0 < measured["listed"] <= MAX_REPORT_CANDIDATES, measured
