"""Round trip: repair(damage(clean)) gives back the clean paragraphs.

The simulator (:mod:`newsrepair.simulate`) marks the pages whose damage
cannot be undone from the text alone; on every other page the repair must
be exact.  On an ambiguous page, errors are allowed only at the lines the
simulator marked.  Failing examples print as the damaged text and the gold.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from hypothesis import Phase, assume, given, settings

import newsrepair
from newsrepair.simulate import Damaged, compare, compare_items, simulate
from newsrepair.strategies import damaged_pages

# The repair (paragraphs.py, owned by the lead engineer) is being tuned; these
# properties state the target and must not be weakened.  Measured with
# benchmarks/roundtrip.py; see the report in docs/simulate.md.
REPAIR_NOT_THERE_YET = pytest.mark.xfail(
    strict=False,
    reason=(
        "repair() is exact on about 93% of unambiguous simulated pages, target 99% "
        "(benchmarks/roundtrip.py --pages 1000 --seed 0); it glues titles to the body next "
        "to them, and breaks a paragraph after a full line ending in 。 (column-break blank "
        "line, or a dropped-indent first line short by less than the next number)"
    ),
)


# xfail properties do not shrink: the first failing page is the example to read
NO_SHRINK = (Phase.explicit, Phase.reuse, Phase.generate)


def strip(text: str) -> str:
    return "".join(c for c in text if not c.isspace())


def explain(damaged: Damaged, output: str) -> str:
    gold = "\n".join(text for _, text in damaged.segments())
    return f"\n--- damaged\n{damaged.text}\n--- gold\n{gold}\n--- repaired\n{output}\n"


@settings(max_examples=60, deadline=None)
@given(damaged_pages(pages=(1, 2)))
def test_repair_keeps_the_content_of_damaged_pages(damaged: Damaged) -> None:
    assert strip(newsrepair.repair(damaged.text)) == strip(damaged.text)


@REPAIR_NOT_THERE_YET
@settings(max_examples=100, deadline=None, phases=NO_SHRINK)
@given(damaged_pages())
def test_repair_restores_unambiguous_pages_exactly(damaged: Damaged) -> None:
    assume(not damaged.ambiguous)
    output = newsrepair.repair(damaged.text)
    assert compare(damaged, output).exact, explain(damaged, output)


@REPAIR_NOT_THERE_YET
@settings(max_examples=60, deadline=None, phases=NO_SHRINK)
@given(damaged_pages())
def test_repair_errs_only_where_the_page_is_ambiguous(damaged: Damaged) -> None:
    output = newsrepair.repair(damaged.text)
    assert compare(damaged, output).honest, explain(damaged, output)


@settings(max_examples=60, deadline=None)
@given(damaged_pages())
def test_repair_leaves_a_repaired_page_alone(damaged: Damaged) -> None:
    clean = "\n".join(text for _, text in damaged.segments())
    assert newsrepair.repair(clean) == clean


# the figures as benchmarks/roundtrip.py measures them, from the same code
_spec = importlib.util.spec_from_file_location(
    "newsrepair_benchmark_roundtrip", Path(__file__).resolve().parent.parent / "benchmarks" / "roundtrip.py"
)
assert _spec and _spec.loader
_ROUNDTRIP = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_ROUNDTRIP)

#: Round-trip figures on the first 500 unambiguous pages from seed 0, the
#: extractor profiles in turn (``benchmarks/roundtrip.py --pages 500 --seed
#: 0``: measured 94.4% of pages exact, 89.6% with every article found),
#: minus a margin: a change that costs round trips fails here.
MIN_EXACT = 0.92
MIN_ARTICLES = 0.87


def test_round_trip_figures_do_not_slip_back() -> None:
    report = _ROUNDTRIP.measure(500, 0)
    assert report["exactness"] >= MIN_EXACT
    assert report["articles_found"] >= MIN_ARTICLES


#: The same on the first 150 unambiguous texts of three pages joined with
#: form feeds (``--pages 150 --seed 0 --pages-per-text 3``: measured 81.3%
#: exact, 73.3% with every article found; 54.0% before split_articles read
#: each page apart), minus a margin.
MIN_EXACT_MULTI = 0.78
MIN_ARTICLES_MULTI = 0.70


def test_multi_page_round_trip_figures_do_not_slip_back() -> None:
    report = _ROUNDTRIP.measure(150, 0, per_text=3)
    assert report["exactness"] >= MIN_EXACT_MULTI
    assert report["articles_found"] >= MIN_ARTICLES_MULTI


def test_exact_columns_diagnostic_gives_join_lines_the_true_widths() -> None:
    from newsrepair import paragraphs

    damaged = simulate(seed=3, options="pdfminer")
    other = "会议指出，今年以来，全区上下早\n谋划、早部署，农资储备充足。\n会议要求，各乡镇要压实属地责任。"
    estimate = paragraphs._layout
    estimated = paragraphs.prepare(paragraphs.split_lines(damaged.text))
    with _ROUNDTRIP._exact_columns(damaged):
        lines = paragraphs.split_lines(damaged.text)
        columns = paragraphs.prepare(lines)
        truth = _ROUNDTRIP._true_columns(damaged, lines)
        # other text (a later pass of join_lines) keeps the estimate
        other_columns = paragraphs.prepare(paragraphs.split_lines(other))
    body = [k for k, line in enumerate(lines) if truth[k] and line.kind == "body"]
    assert [columns[k] for k in body] == [truth[k] for k in body] != [estimated[k] for k in body]
    assert other_columns == paragraphs.prepare(paragraphs.split_lines(other))
    assert paragraphs._layout is estimate


def test_roundtrip_figure_on_fixed_seeds_is_measured() -> None:
    # not a target (that is benchmarks/roundtrip.py): the comparison runs end to end
    results = [compare(d, newsrepair.repair(d.text)) for d in (simulate(seed=s) for s in range(5))]
    assert all(r.content_equal for r in results)


# ------------------------------------------------------------------ split_articles


def _split_articles():
    split = getattr(newsrepair, "split_articles", None)
    if split is None:
        pytest.skip("newsrepair.split_articles is not there yet")
    return split


@settings(max_examples=40, deadline=None)
@given(damaged_pages())
def test_split_articles_keeps_every_character_once(damaged: Damaged) -> None:
    split = _split_articles()
    items = split(damaged.text)
    inside = "".join(s.text for item in items for s in item.segments)
    assert strip(inside) == strip(newsrepair.repair(damaged.text))


@pytest.mark.xfail(
    strict=False,
    reason="split_articles finds every item on about 85% of unambiguous simulated pages "
    "(benchmarks/roundtrip.py): it inherits repair()'s glued titles, and merges reports "
    "that meet without a lead or byline",
)
@settings(max_examples=60, deadline=None, phases=NO_SHRINK)
@given(damaged_pages())
def test_split_articles_finds_the_articles_of_unambiguous_pages(damaged: Damaged) -> None:
    assume(not damaged.ambiguous)
    split = _split_articles()
    items = [item.to_dict() for item in split(damaged.text)]
    assert compare_items(damaged, items), explain(damaged, newsrepair.repair(damaged.text))
