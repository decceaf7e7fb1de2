"""Shared fixtures: the real material in ../shared, skipped cleanly when absent."""

from __future__ import annotations

from pathlib import Path

import os

import pytest
from hypothesis import settings

# The test command runs the same examples every time, so a red CI always
# means a change broke something, never that the search got lucky.  New
# examples are explored on purpose: HYPOTHESIS_PROFILE=explore for fresh
# ones on every run, NEWSREPAIR_FUZZ=1 for the long search (docs/simulate.md).
settings.register_profile("ci", derandomize=True, print_blob=True)
settings.register_profile("explore", print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_8c683cb379fcf1e5.txt"
DEV = SHARED / "corpus" / "dev"
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The real example page; the test is skipped where ../shared is absent."""
    if not SEED.exists():
        pytest.skip("../shared/seeds is not here")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def dev_corpus() -> Path:
    """The development corpus folder; the test is skipped where it is absent."""
    if not DEV.is_dir():
        pytest.skip("../shared/corpus/dev is not here")
    return DEV
