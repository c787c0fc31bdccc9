"""models.yml validation: clear file:line errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CONTENT
from helpers import write
from revguide.errors import RevguideError
from revguide.registry import load_models

GOOD = """\
- name: Trust Equation
  slug: trust-equation
  aliases: [trust formula]
  summary: Trust grows with credibility, reliability and intimacy.
  formula: "T = (C + R + I) / S"
  components:
    - {name: Credibility, description: Whether your words can be believed.}
    - {name: Self-orientation, description: How much you focus on yourself.}
  origin: {author: Maister, year: 2000}
"""


def test_the_shipped_registry_covers_every_model_the_seeds_name() -> None:
    models, _ = load_models(CONTENT / "models.yml", "content_src/models.yml")
    names = {m.name for m in models}
    assert len(models) == 15
    assert {
        "Trust Equation",
        "Thomas-Kilmann conflict modes",
        "SWOT analysis",
        "Net Promoter Score",
    } <= names
    (trust,) = [m for m in models if m.name == "Trust Equation"]
    assert trust.formula == "T = (C + R + I) / S"


@pytest.mark.parametrize(
    ("change", "line", "message"),
    [
        (lambda t: t.replace("  slug: trust-equation\n", ""), 1, "model needs a 'slug' field"),
        (
            lambda t: t.replace("  formula:", "  colour: red\n  formula:"),
            5,
            "unknown field 'colour'",
        ),
        (
            lambda t: t.replace("{author: Maister, year: 2000}", "{author: Maister}"),
            9,
            "needs 'year'",
        ),
        (
            lambda t: t + t.replace("Trust Equation", "Other"),
            10,
            "'trust-equation' is already used",
        ),
        (lambda t: t.replace("[trust formula]", "[trust formula"), 4, "invalid YAML"),
        (
            lambda t: t.replace(
                "    - {name: Credibility, description: Whether your words can be believed.}\n",
                "    - {name: Credibility}\n",
            ),
            7,
            "needs name and description",
        ),
    ],
)
def test_registry_errors_name_the_line(tmp_path: Path, change, line: int, message: str) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, "models.yml", change(GOOD))
    with pytest.raises(RevguideError) as caught:
        load_models(path, "content_src/models.yml")
    assert caught.value.source.line == line
    assert message in caught.value.message
