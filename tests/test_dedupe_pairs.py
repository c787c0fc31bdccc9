"""The dedupe rule over a table of pairs from many subjects (``tests/dedupe_pairs.yml``).

Each must-merge pair differs only by a meaning-preserving normalisation and must merge; each
must-stay-apart pair differs in one token that changes what it says and must stay two items,
listed as a candidate for an editor with that token marked.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from revguide.dedupe import dedupe_section
from revguide.model import Item, SourceRef
from revguide.wording import marked_pair

TABLE = yaml.safe_load((Path(__file__).parent / "dedupe_pairs.yml").read_text(encoding="utf-8"))
PAIRS = [
    pytest.param(rule, a, b, id=f"{entry['subject']}-{rule}-{n}")
    for entry in TABLE
    for rule in ("merge", "apart")
    for n, (a, b) in enumerate(entry.get(rule, []), 1)
]


def test_the_table_covers_enough_pairs_and_subjects() -> None:
    assert len(PAIRS) >= 60
    assert len({entry["subject"] for entry in TABLE}) >= 8
    assert sum(1 for p in PAIRS if p.values[0] == "apart") >= 30


@pytest.mark.parametrize(("rule", "a", "b"), PAIRS)
def test_pair(rule: str, a: str, b: str) -> None:
    for first, second in ((a, b), (b, a)):  # whichever comes first
        items = [
            Item(first, SourceRef("content_src/a.txt", 1)),
            Item(second, SourceRef("content_src/b.txt", 1)),
        ]
        result = dedupe_section("marking_points", items)
        if rule == "merge":
            assert [i.text for i in result.items] == [first]
            assert [m.merged for m in result.merges] == [((second, items[1].source),)]
        else:
            assert [i.text for i in result.items] == [first, second]
            assert result.merges == ()
            (candidate,) = result.candidates
            assert (candidate.a, candidate.b) == (first, second)
            marked_a, marked_b = marked_pair(first, second)
            assert "[-" in marked_a  # the difference is shown
            assert "{+" in marked_b
