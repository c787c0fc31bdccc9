"""Import merges progress: the shipped revguide-progress.js `merge`, run in node, as properties.

Merging is what "Import progress" does with the file's progress and this browser's: per card and
item the newer state wins, review logs are united. One node process answers every example.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from typing import Any

import pytest
from conftest import ROOT
from helpers import node_binary
from hypothesis import given
from hypothesis import strategies as st

PROGRESS = ROOT / "overrides/assets/javascripts/revguide-progress.js"

SERVE = """
const progress = require(process.argv[1]);
const lines = require("readline").createInterface({ input: process.stdin });
lines.on("line", (line) => {
  const [call, ...args] = JSON.parse(line);
  const result = call === "clean" ? progress.clean(args[0])
    : progress.merge(progress.clean(args[0]), progress.clean(args[1]));
  process.stdout.write(JSON.stringify(result) + "\\n");
});
"""


class Node:
    """revguide-progress.js in one long-lived node process, a JSON line per call."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [node_binary(), "-e", SERVE, str(PROGRESS)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def call(self, *request: Any) -> Any:
        assert self.process.stdin is not None
        assert self.process.stdout is not None
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        return json.loads(self.process.stdout.readline())

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=10)


@pytest.fixture(scope="module")
def node() -> Iterator[Node]:
    server = Node()
    yield server
    server.close()


# Few ids, so that two states often share items.
CARD_IDS = [f"t-{n:012x}" for n in range(4)]
OUTCOME_IDS = [f"o-{n:012x}" for n in range(3)]
POINT_IDS = [f"p-{n:012x}" for n in range(3)]
SLUGS = ["sales", "service", "biology/unit-1-overview"]  # the last: a subject's (issue 21)
TIMES = st.integers(min_value=0, max_value=2_000_000_000_000)
LOG = st.lists(st.tuples(TIMES, st.integers(1, 4)).map(list), max_size=4)


@st.composite
def cards(draw: st.DrawFn) -> dict[str, Any]:
    state = draw(st.sampled_from([1, 2, 3]))
    log = sorted({tuple(entry) for entry in draw(LOG)})
    return {
        "state": state,
        "step": None if state == 2 else draw(st.integers(0, 2)),
        "stability": draw(st.floats(0.001, 36500, allow_nan=False)),
        "difficulty": draw(st.floats(1, 10, allow_nan=False)),
        "due": draw(TIMES),
        "last": draw(TIMES),
        "log": [list(entry) for entry in log],
    }


@st.composite
def quizzes(draw: st.DrawFn) -> dict[str, Any]:
    total = draw(st.integers(1, 10))
    return {
        "score": draw(st.integers(0, total)),
        "total": total,
        "date": draw(st.sampled_from(["2026-11-30", "2026-12-01"])),
        "at": draw(TIMES),
    }


STATES = st.fixed_dictionaries(
    {
        "version": st.just(2),
        "cards": st.dictionaries(st.sampled_from(CARD_IDS), cards()),
        "outcomes": st.dictionaries(
            st.sampled_from(OUTCOME_IDS),
            st.fixed_dictionaries(
                {"rating": st.sampled_from(["", "red", "amber", "green"]), "at": TIMES}
            ),
        ),
        "points": st.dictionaries(
            st.sampled_from(POINT_IDS),
            st.fixed_dictionaries({"ticked": st.booleans(), "at": TIMES}),
        ),
        "quizzes": st.dictionaries(st.sampled_from(SLUGS), quizzes()),
    }
)

KINDS = ("cards", "outcomes", "points", "quizzes")


def canonical(state: dict[str, Any]) -> dict[str, Any]:
    """Key order does not matter to the learner."""
    return {kind: dict(sorted(state[kind].items())) for kind in KINDS}


@given(STATES)
def test_a_well_formed_state_is_kept_as_is(node: Node, state: dict[str, Any]) -> None:
    assert canonical(node.call("clean", state)) == canonical(state)


@given(STATES)
def test_merging_is_idempotent_and_changes_nothing(node: Node, state: dict[str, Any]) -> None:
    result = node.call("merge", state, state)
    assert canonical(result["state"]) == canonical(state)
    assert set(result["changes"].values()) == {0}


@given(STATES, STATES)
def test_merging_is_commutative(node: Node, a: dict[str, Any], b: dict[str, Any]) -> None:
    assert canonical(node.call("merge", a, b)["state"]) == canonical(
        node.call("merge", b, a)["state"]
    )


@given(STATES, STATES)
def test_merging_disjoint_states_keeps_both(
    node: Node, a: dict[str, Any], b: dict[str, Any]
) -> None:
    for kind in KINDS:
        for key in set(a[kind]) & set(b[kind]):
            del b[kind][key]
    merged = node.call("merge", a, b)["state"]
    for kind in KINDS:
        assert merged[kind] == {**a[kind], **b[kind]}


@given(STATES, STATES)
def test_the_newer_item_wins_and_no_review_is_dropped(
    node: Node, local: dict[str, Any], incoming: dict[str, Any]
) -> None:
    result = node.call("merge", local, incoming)
    merged = result["state"]
    for kind in ("outcomes", "points", "quizzes"):
        for key in set(local[kind]) | set(incoming[kind]):
            times = [s[kind][key]["at"] for s in (local, incoming) if key in s[kind]]
            assert merged[kind][key]["at"] == max(times)
            assert merged[kind][key] in [s[kind].get(key) for s in (local, incoming)]
    added = 0
    for key in set(local["cards"]) | set(incoming["cards"]):
        versions = [s["cards"][key] for s in (local, incoming) if key in s["cards"]]
        card = merged["cards"][key]
        assert card["last"] == max(v["last"] for v in versions)
        logs = {tuple(entry) for v in versions for entry in v["log"]}
        assert {tuple(entry) for entry in card["log"]} == logs
        assert card["log"] == sorted(card["log"])
        added += len(logs) - len(local["cards"].get(key, {"log": []})["log"])
    assert result["changes"]["reviews"] == added


def test_version_1_progress_migrates_without_losing_a_box_or_a_due_date(node: Node) -> None:
    old = {
        "version": 1,
        "cards": {CARD_IDS[0]: {"box": 4, "due": "2026-12-24"}, CARD_IDS[1]: {"box": 9}},
        "outcomes": {OUTCOME_IDS[0]: "red", OUTCOME_IDS[1]: "purple"},
        "points": {POINT_IDS[0]: True},
        "quizzes": {"sales": {"score": 3, "total": 4, "date": "2026-11-02"}},
    }
    state = node.call("clean", old)
    (card,) = state["cards"].values()  # the malformed one is dropped
    assert (card["state"], card["step"], card["stability"], card["log"]) == (2, None, 14, [])
    assert card["due"] - card["last"] == 14 * 86_400_000
    assert state["outcomes"] == {OUTCOME_IDS[0]: {"rating": "red", "at": 0}}
    assert state["points"] == {POINT_IDS[0]: {"ticked": True, "at": 0}}
    assert state["quizzes"]["sales"]["score"] == 3


def test_a_subjects_quiz_score_is_kept_and_a_malformed_key_dropped(node: Node) -> None:
    score = {"score": 1, "total": 2, "date": "2026-12-01", "at": 5}
    keys = ["sales/unit-1-overview", "unit-1-overview", "a/b/c", "../x", "sales/", "Sales/x"]
    state = node.call("clean", {"version": 2, "quizzes": dict.fromkeys(keys, score)})
    assert sorted(state["quizzes"]) == ["sales/unit-1-overview", "unit-1-overview"]
