"""The shipped FSRS scheduler (revguide-fsrs.js, run in node) against the reference PyPI `fsrs`.

Random review sequences (ratings, and gaps from seconds to twice the scheduled interval) go
through both; every review must give the same state, step and due time (to the millisecond),
and the same stability and difficulty (to 1e-12: V8 and C compute `pow` to within an ulp).
"""

from __future__ import annotations

import json
import random
import subprocess
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from conftest import ROOT
from helpers import node_binary

fsrs = pytest.importorskip("fsrs")

SCHEDULER = ROOT / "overrides/assets/javascripts/revguide-fsrs.js"
SEQUENCES = 1_000
START = datetime(2026, 1, 5, 8, 30, tzinfo=UTC)

RUN_IN_NODE = """
const fsrs = require(process.argv[1]);
const sequences = JSON.parse(require("fs").readFileSync(0, "utf8"));
const out = sequences.map((reviews) => {
  let card = fsrs.newCard();
  return reviews.map(([time, rating]) => {
    card = fsrs.review(card, rating, time);
    return [card.state, card.step, card.due, card.stability, card.difficulty];
  });
});
process.stdout.write(JSON.stringify(out));
"""


def millis(moment: datetime) -> int:
    return round(moment.timestamp() * 1000)


def node(script: str, stdin: str, *args: str) -> Any:
    result = subprocess.run(
        [node_binary(), "-e", script, *args],
        input=stdin,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


def reference(reviews: list[tuple[int, int]]) -> list[list[Any]]:
    """What the Python package makes of one sequence of (time in ms, rating)."""
    scheduler = fsrs.Scheduler(enable_fuzzing=False)
    card = fsrs.Card(card_id=1, due=START)
    out = []
    for time, rating in reviews:
        moment = datetime.fromtimestamp(time / 1000, UTC)
        card, _ = scheduler.review_card(card, fsrs.Rating(rating), moment)
        out.append([card.state.value, card.step, millis(card.due), card.stability, card.difficulty])
    return out


def random_sequence(rng: random.Random) -> list[tuple[int, int]]:
    """Reviews at times a learner might pick: early, on time, late, much later."""
    scheduler = fsrs.Scheduler(enable_fuzzing=False)
    card = fsrs.Card(card_id=1, due=START)
    moment = START
    reviews = []
    for _ in range(rng.randint(1, 14)):
        rating = rng.choice([1, 2, 3, 4, 3, 3])  # Good is the common answer
        reviews.append((millis(moment), rating))
        card, _ = scheduler.review_card(card, fsrs.Rating(rating), moment)
        scheduled = (card.due - moment).total_seconds()
        gap = rng.choice(
            [
                rng.uniform(1, 600),  # at once, still in the same session
                scheduled * rng.uniform(0.1, 1.0),  # early
                scheduled * rng.uniform(1.0, 2.0),  # on time or late
                rng.uniform(0, 400) * 86_400,  # months later
            ]
        )
        moment += timedelta(seconds=round(gap))
    return reviews


def test_the_scheduler_matches_the_reference_on_random_review_sequences() -> None:
    rng = random.Random(16)
    sequences = [random_sequence(rng) for _ in range(SEQUENCES)]
    ours = node(RUN_IN_NODE, json.dumps(sequences), str(SCHEDULER))
    states = set()
    for reviews, js in zip(sequences, ours, strict=True):
        expected = reference(reviews)
        for (state, step, due, stability, difficulty), theirs in zip(js, expected, strict=True):
            assert [state, step, due] == theirs[:3], reviews
            assert stability == pytest.approx(theirs[3], rel=1e-12), reviews
            assert difficulty == pytest.approx(theirs[4], rel=1e-12), reviews
            states.add(state)
    assert states == {1, 2, 3}  # learning, review and relearning were all exercised
    assert sum(len(s) for s in sequences) > 5 * SEQUENCES


def test_a_lapse_never_spaces_a_card_further_than_knowing_it() -> None:
    """The reported defect: Again then Good must not come back later than Good at once."""
    now = millis(START)
    minute = 60_000
    js = node(
        RUN_IN_NODE,
        json.dumps(
            [
                [(now, 3), (now + 10 * minute, 3)],
                [(now, 1), (now + minute, 3), (now + 11 * minute, 3)],
            ]
        ),
        str(SCHEDULER),
    )
    knew, lapsed = js[0][-1], js[1][-1]
    assert knew[0] == lapsed[0] == 2  # both in review
    assert lapsed[2] - (now + 11 * minute) <= knew[2] - (now + 10 * minute)
