"""Shared fixtures. ``pytest --update-goldens`` rewrites golden files instead of comparing.

Hypothesis profiles: ``default`` (150 cases per property, used by ``make test``), ``quick``
(30, used by ``make check``, the fast tier) and ``slow`` (>= 10,000 cases per property):
``HYPOTHESIS_PROFILE=slow make test``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content_src"
GOLDEN = Path(__file__).resolve().parent / "golden"
pytest_plugins = ["browser_fixtures"]

settings.register_profile("default", max_examples=150, deadline=None)
settings.register_profile("quick", max_examples=30, deadline=None)
settings.register_profile(
    "slow", max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens", action="store_true", help="rewrite golden files from current output"
    )


@pytest.fixture
def golden(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    """Compare text with a golden file, or rewrite it under --update-goldens."""
    update = request.config.getoption("--update-goldens")

    def check(name: str, actual: str) -> None:
        path = GOLDEN / name
        if update:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(actual, encoding="utf-8")
            return
        assert path.exists(), f"missing golden {name}: run pytest --update-goldens and review it"
        expected = path.read_text(encoding="utf-8")
        assert actual == expected, f"{name} differs: review, then pytest --update-goldens"

    return check
