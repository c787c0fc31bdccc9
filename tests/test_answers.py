"""Typed answers (cloze questions) are marked leniently by the shipped revguide-answers.js."""

from __future__ import annotations

import json
import subprocess

from conftest import ROOT
from helpers import node_binary

ANSWERS = ROOT / "overrides/assets/javascripts/revguide-answers.js"

CASES = [
    # expected, typed, accepted
    ("eroded", "eroded", True),
    ("eroded", "  Eroded. ", True),  # case, spaces, punctuation
    ("Stakeholder", "stakeholders", True),  # plural
    ("processes", "process", True),  # singular
    ("strategy", "strategies", True),
    ("café", "cafe", True),  # accents
    ("relationships", "relatoinships", True),  # two letters swapped
    ("relationships", "relationsips", True),  # a letter dropped
    ("relationships", "relationshipps", True),  # a letter added
    ("purchase", "purchace", True),  # a letter changed
    ("purchase", "purchaces", True),  # a typo in the plural
    ("purchase", "porchace", False),  # two typos
    ("trust", "trusr", False),  # short words must be exact
    ("eroded", "erodes", True),  # six letters: one letter changed is forgiven
    ("Net Promoter Score", "net promoter scores", True),
    ("Net Promoter Score", "net promoter", False),  # a word missing
    ("eroded", "", False),
    ("eroded", "built", False),
]


def test_typed_answers_are_marked_leniently_but_not_loosely() -> None:
    script = (
        "const {matches} = require(process.argv[1]);"
        "const cases = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
        "process.stdout.write(JSON.stringify(cases.map(([a, b]) => matches(a, b))));"
    )
    result = subprocess.run(
        [node_binary(), "-e", script, str(ANSWERS)],
        input=json.dumps([[a, b] for a, b, _ in CASES]),
        capture_output=True,
        text=True,
        check=True,
    )
    got = json.loads(result.stdout)
    assert [(a, b, ok) for (a, b, _), ok in zip(CASES, got, strict=True)] == CASES
