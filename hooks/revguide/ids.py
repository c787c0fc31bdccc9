"""Stable ids for what a learner's saved progress refers to: cards, questions, outcomes, points.

An id is a short hash of a kind and the comparison keys (`item_key`) of the texts that identify
the thing, so it survives rebuilds, reordering and edits anywhere else, and changes only when
the thing's own text changes beyond case, spacing, quotes and end punctuation::

    point_id("build-and-maintain-sales-relationships", "Award credit for CRM use.")
        == point_id("build-and-maintain-sales-relationships", "award credit for CRM use")
        -> "p-<12 hex digits>"
"""

from __future__ import annotations

import hashlib

from .text import item_key

ID_DIGITS = 12
"""Hex digits kept: 48 bits, so a clash among a guide's few thousand ids is vanishingly rare."""


def stable_id(kind: str, *texts: str) -> str:
    """``<first letter of kind>-<hash>`` of ``kind`` and the keys of ``texts``."""
    data = "\x1f".join((kind, *(item_key(text) for text in texts)))
    return f"{kind[:1]}-{hashlib.sha256(data.encode('utf-8')).hexdigest()[:ID_DIGITS]}"


def outcome_id(subtopic: str, text: str) -> str:
    """Id of a learning outcome of subtopic ``subtopic`` (its slug), for its self-rating."""
    return stable_id("outcome", subtopic, text)


def point_id(subtopic: str, text: str) -> str:
    """Id of an examiner marking point of subtopic ``subtopic``, for its tick."""
    return stable_id("point", subtopic, text)


def pair_id(a: str, b: str) -> str:
    """Id of a pair of items for ``dedupe.yml``: the same whichever comes first."""
    return stable_id("dedupe", *sorted((a, b), key=item_key))
