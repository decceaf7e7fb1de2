"""Shared fixtures: the real material in ../shared, skipped cleanly when absent."""

from __future__ import annotations

from pathlib import Path

import os

import pytest
from hypothesis import settings

# CI runs the same examples every time (a red CI always means a real
# regression); developers explore new ones on every run.
settings.register_profile("ci", derandomize=True, print_blob=True)
settings.register_profile("dev", print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else os.environ.get("HYPOTHESIS_PROFILE", "dev"))

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
