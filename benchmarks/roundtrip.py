"""Round-trip exactness of repair() on simulated pages.

    python benchmarks/roundtrip.py --pages 1000 --seed 0 [--preset all] [--show 5] [--pages-per-text 3]

Generates clean pages from seeds ``S, S+1, …``, damages them with
:mod:`newsrepair.simulate` (the extractor profiles taken in turn, or one
``--preset``) until ``N`` pages the simulator marks unambiguous are in hand,
repairs each, and prints the share repaired exactly (paragraphs identical to
the gold, up to the scorer's optional boundaries), the share on which
``split_articles`` finds every item where the gold has it
(:func:`newsrepair.simulate.compare_items`), the boundary errors by kind, and the ambiguous pages met on the way (and how many of those were
repaired with errors only at their ambiguous lines).  ``--show K`` prints K
failing examples: the damaged lines around the first error and the gold
paragraphs expected there.  ``--pages-per-text K`` makes each text K pages
joined with form feeds, as ``pdftotext`` writes a multi-page PDF (one
preset for all of them); ``--pages`` then counts texts.

Two diagnostics say how much of the failure is the column width that
``join_lines`` reads off the text (the second widest line around each line):
the report counts the failing pages whose errors include a break next to a
line whose column it misread by 1 em or more (against
:attr:`newsrepair.simulate.Damaged.columns`, the simulator's truth), and
``--exact-columns`` repairs with the true column widths in place of the
estimate (first pass of ``join_lines`` only; nothing else changes), an upper
bound on what a better estimate could give.
"""

from __future__ import annotations

import argparse
import json
import sys
from bisect import bisect_right
from collections import Counter
from contextlib import contextmanager
from typing import Any, Iterator

import newsrepair
from newsrepair import paragraphs
from newsrepair.simulate import PRESETS, Comparison, Damaged, compare, compare_items, simulate

#: A column estimate this far from the truth (em) is misread.
MISREAD = 1.0


def _strip(text: str) -> str:
    return "".join(c for c in text if not c.isspace())


def _segment_at(damaged: Damaged, offset: int) -> tuple[int, str, str]:
    """(index, type, text) of the gold segment holding content ``offset``."""
    position = 0
    segments = damaged.segments()
    for index, (kind, text) in enumerate(segments):
        size = len(_strip(text))
        if position <= offset < position + size or index == len(segments) - 1:
            return index, kind, text
        position += size
    return 0, "", ""


def _categories(damaged: Damaged, result: Comparison) -> list[str]:
    out = []
    segments = damaged.segments()
    for offset in sorted(result.missed):
        index, kind, _ = _segment_at(damaged, offset)
        out.append(f"missed {segments[index - 1][0]}->{kind}")
    for offset in sorted(result.spurious):
        _, kind, _ = _segment_at(damaged, offset)
        out.append(f"spurious inside {kind}")
    if result.space_errors:
        out.append("space errors")
    if not result.content_equal:
        out.append("content changed")
    return out


def _example(damaged: Damaged, result: Comparison) -> str:
    errors = sorted(result.missed | result.spurious)
    if not errors:
        return "(space or content error only)\n" + damaged.text
    offset = errors[0]
    position = 0
    lines = damaged.text.split("\n")
    row = 0
    for row, line in enumerate(lines):
        if position + len(_strip(line)) > offset:
            break
        position += len(_strip(line))
    index, _, _ = _segment_at(damaged, offset)
    segments = damaged.segments()
    damaged_part = "\n".join(lines[max(0, row - 3) : row + 3])
    gold_part = "\n".join(f"[{k}] {t}" for k, t in segments[max(0, index - 1) : index + 2])
    repaired = newsrepair.repair(damaged.text)
    return f"--- damaged (around line {row + 1})\n{damaged_part}\n--- expected\n{gold_part}\n--- repaired (whole page)\n{repaired}"


def _text_rows(damaged: Damaged, lines: list[paragraphs.Line]) -> list[int]:
    """The index in ``damaged.text.split("\\n")`` of each non-blank line."""
    starts = [0]
    for row in damaged.text.split("\n")[:-1]:
        starts.append(starts[-1] + len(row) + 1)
    return [bisect_right(starts, line.start) - 1 for line in lines]


def _true_columns(damaged: Damaged, lines: list[paragraphs.Line]) -> list[float]:
    """The simulator's column width for each of ``lines`` (0.0 where it has none)."""
    return [damaged.columns[row] for row in _text_rows(damaged, lines)]


def _misread_at_error(damaged: Damaged, result: Comparison) -> bool:
    """Does an error break sit next to a line whose column join_lines misread?"""
    lines = paragraphs.split_lines(damaged.text)
    estimated = paragraphs.prepare(lines)
    truth = _true_columns(damaged, lines)
    index: dict[int, int] = {}  # content offset of each line -> line
    position = 0
    for k, line in enumerate(lines):
        index[position] = k
        position += len(_strip(line.text))
    for offset in result.missed | result.spurious:
        b = index.get(offset, 0)  # 0: inside a line, or the first one
        for j in (b - 1, b) if b else ():
            if truth[j] and abs(estimated[j] - truth[j]) >= MISREAD:
                return True
    return False


@contextmanager
def _exact_columns(damaged: Damaged) -> Iterator[None]:
    """Let join_lines read the true column widths of ``damaged`` (first pass only)."""
    if not (paragraphs.__file__ or "").endswith(".py"):
        # a compiled module calls its own _layout, whatever the module attribute says
        raise RuntimeError("--exact-columns needs the pure-Python newsrepair, not the compiled build")
    estimate = paragraphs._layout
    page = paragraphs.split_lines(damaged.text)
    texts = [line.text for line in page]
    truth = _true_columns(damaged, page)

    def layout(lines: list[paragraphs.Line]) -> list[float]:
        columns = estimate(lines)
        if [line.text for line in lines] == texts:  # the damaged text, not a later pass
            columns = [t if t and line.kind in ("body", "lead") else c for t, c, line in zip(truth, columns, lines)]
        return columns

    paragraphs._layout = layout
    try:
        yield
    finally:
        paragraphs._layout = estimate


def measure(
    pages: int,
    first_seed: int = 0,
    presets: list[str] | None = None,
    show: int = 0,
    per_text: int = 1,
    exact_columns: bool = False,
) -> dict[str, Any]:
    """The round-trip figures on ``pages`` unambiguous pages from ``first_seed`` on,
    the ``presets`` (all of them by default) in turn; ``show`` failing examples
    go to stderr; with ``per_text`` > 1, texts of that many pages joined by
    form feeds; with ``exact_columns``, repaired with the true column widths
    (a diagnostic).  ``tests/test_roundtrip.py`` keeps a floor under them."""
    presets = presets or sorted(PRESETS)
    exact = done = ambiguous = honest = items_found = misread = 0
    by_preset: Counter[str] = Counter()
    exact_by_preset: Counter[str] = Counter()
    items_by_preset: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    shown = 0
    seed = first_seed
    while done < pages:
        preset = presets[seed % len(presets)]
        damaged = simulate(seed=seed, options=preset, pages=per_text)
        seed += 1
        if exact_columns:
            with _exact_columns(damaged):
                result = compare(damaged, newsrepair.repair(damaged.text))
        else:
            result = compare(damaged, newsrepair.repair(damaged.text))
        if damaged.ambiguous:
            ambiguous += 1
            honest += result.honest
            continue
        done += 1
        by_preset[preset] += 1
        if compare_items(damaged, [item.to_dict() for item in newsrepair.split_articles(damaged.text)]):
            items_found += 1
            items_by_preset[preset] += 1
        if result.exact:
            exact += 1
            exact_by_preset[preset] += 1
            continue
        kinds.update(set(_categories(damaged, result)))
        if not exact_columns:
            misread += _misread_at_error(damaged, result)
        if shown < show:
            shown += 1
            print(f"=== seed {seed - 1}, preset {preset}", file=sys.stderr)
            print(_example(damaged, result), file=sys.stderr)

    return {
        "unambiguous_pages": done,
        "exact": exact,
        "exactness": round(exact / done, 4),
        "by_preset": {p: round(exact_by_preset[p] / n, 4) for p, n in sorted(by_preset.items())},
        "articles_found": round(items_found / done, 4),
        "articles_found_by_preset": {p: round(items_by_preset[p] / n, 4) for p, n in sorted(by_preset.items())},
        "ambiguous_pages_met": ambiguous,
        "ambiguous_errors_only_where_marked": honest,
        "pages_with_error_kind": dict(kinds.most_common()),
        "failing_pages_with_misread_column": None if exact_columns else misread,
        "seeds": [first_seed, seed - 1],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200, help="unambiguous pages to repair")
    parser.add_argument("--seed", type=int, default=0, help="first seed")
    parser.add_argument("--preset", default="all", help=f"one of {sorted(PRESETS)} or 'all'")
    parser.add_argument("--show", type=int, default=0, help="print K failing examples")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--pages-per-text", type=int, default=1, help="pages joined with form feeds in each text"
    )
    parser.add_argument(
        "--exact-columns", action="store_true", help="repair with the true column widths (a diagnostic)"
    )
    args = parser.parse_args(argv)
    if args.pages <= 0:
        parser.error(f"invalid --pages {args.pages!r} (must be > 0)")
    if args.pages_per_text <= 0:
        parser.error(f"invalid --pages-per-text {args.pages_per_text!r} (must be > 0)")
    presets = sorted(PRESETS) if args.preset == "all" else [args.preset]
    if any(p not in PRESETS for p in presets):
        parser.error(f"unknown preset {args.preset!r}; presets: {sorted(PRESETS)} or all")

    report = measure(args.pages, args.seed, presets, args.show, args.pages_per_text, args.exact_columns)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        unit = "pages" if args.pages_per_text == 1 else f"texts of {args.pages_per_text} pages"
        print(
            f"exactness {report['exactness']:.2%} ({report['exact']}/{report['unambiguous_pages']} unambiguous {unit},"
            f" seeds {report['seeds'][0]}..{report['seeds'][1]})"
        )
        print(f"by preset {report['by_preset']}")
        print(
            f"split_articles finds every item on {report['articles_found']:.2%} of them;"
            f" by preset {report['articles_found_by_preset']}"
        )
        print(
            f"ambiguous pages met {report['ambiguous_pages_met']}; repaired with errors only where marked:"
            f" {report['ambiguous_errors_only_where_marked']}"
        )
        for kind, count in report["pages_with_error_kind"].items():
            print(f"  {count:5d} pages  {kind}")
        if report["failing_pages_with_misread_column"] is not None:
            print(
                f"failing pages with an error next to a column misread by {MISREAD:g} em or more:"
                f" {report['failing_pages_with_misread_column']}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
