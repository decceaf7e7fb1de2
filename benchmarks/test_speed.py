"""Throughput of each step of the repair on a normal page, x1, x10 and x100.

    python -m pytest benchmarks/test_speed.py --benchmark-only

Every fix registered in ``newsrepair.FIXERS`` is benchmarked on its own, so
a new fix is measured as soon as it is registered.  The summary at the end
gives MB/s per size and t(x100)/t(x10) per group (linear is 10; target <= 11).
"""

from __future__ import annotations

import pytest

import newsrepair
from newsrepair import FIXERS, repair
from newsrepair.paragraphs import join_lines
from newsrepair.trace import apply_edits

ROUNDS = {1: 20, 10: 5, 100: 3}


def test_join_lines_step(measure, page) -> None:  # type: ignore[no-untyped-def]
    """The line-join step alone: the hot loop over every line of the page."""
    measure(join_lines, page.text, group="join_lines (step)", label=f"x{page.times}", rounds=ROUNDS[page.times])


@pytest.mark.parametrize("name", list(FIXERS))
def test_fix_alone(measure, page, name: str) -> None:  # type: ignore[no-untyped-def]
    """One registered fix alone on the raw page: find its edits and apply them."""
    find = FIXERS[name]

    def fix(text: str) -> str:
        return apply_edits(text, find(text))

    measure(fix, page.text, group=f"fix {name}", label=f"x{page.times}", rounds=ROUNDS[page.times])


def test_repair(measure, page) -> None:  # type: ignore[no-untyped-def]
    """The whole pipeline with default options."""
    measure(repair, page.text, group="repair()", label=f"x{page.times}", rounds=ROUNDS[page.times])


def test_split_articles(measure, page) -> None:  # type: ignore[no-untyped-def]
    """Article segmentation, once the package has it."""
    split_articles = getattr(newsrepair, "split_articles", None)
    if split_articles is None:
        pytest.skip("newsrepair has no split_articles() yet")
    measure(split_articles, page.text, group="split_articles()", label=f"x{page.times}", rounds=ROUNDS[page.times])
