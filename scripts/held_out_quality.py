"""Paragraph quality of the whole repair on pages the join model never saw.

    python scripts/held_out_quality.py --cases ../shared/corpus/dev

For each page of the corpus (all its extractions together), fits the join
model's weights and trees as ``scripts/fit_join_model.py`` does, on the
other pages (and the trees' simulated pages), puts them into
``newsrepair.paragraphs`` for the time of the page, repairs the page's cases
and scores them.  Prints the held-out figures twice: with the trees deciding
the uncertain breaks, as shipped, and with the weighted sum alone.  These are
the figures to expect on new pages of the same kind; ``benchmarks/quality.py``
scores the shipped model on the pages it was fitted on.  With ``--articles``
it also splits each page into articles with its held-out model and prints
the article figures (``benchmarks/quality.py --articles`` in sample).  Runs the pure-Python
package (the compiled build does not see the patched model); about seven
minutes.  Needs the ``fit`` extra.

``--save-models FILE`` keeps the models fitted for each page; ``--models
FILE`` scores with them instead of fitting again (seconds instead of
minutes).  That is the way to judge a change to ``split_articles`` or to
the rules of ``paragraphs._breaks`` that leave the fit alone: the file
records a digest of the examples the models were fitted on (the features
and labels of every undecided break, and the options), and is refused when
the code at hand makes other examples (a change to ``decided()`` or to a
feature: refit).
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
from collections import defaultdict
from pathlib import Path

import numpy as np

import fit_join_model as fitting
import newsrepair
from newsrepair import paragraphs as P
from newsrepair.evaluate import Score, load_cases, score_items, score_output


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", required=True)
    parser.add_argument("--l2", type=float, default=0.3)
    parser.add_argument("--optional-weight", type=float, default=0.2)
    parser.add_argument("--tree-simulated", type=int, default=600)
    parser.add_argument(
        "--tree-first-seed",
        type=int,
        default=fitting.FIRST_SIMULATED_SEED,
        help="seed of the first simulated page for the trees (the shipped fit's by default): "
        "the held-out figure with the trees moves with the pages drawn, so compare a change "
        "under two or more",
    )
    parser.add_argument("--simulated-weight", type=float, default=0.3)
    parser.add_argument("--articles", action="store_true", help="article figures too")
    parser.add_argument("--save-models", type=Path, help="keep the per-page models in this file")
    parser.add_argument("--models", type=Path, help="score with the per-page models of this file")
    args = parser.parse_args()
    cases = list(load_cases(args.cases))
    x, y, s, pages = fitting.examples(cases, args.optional_weight)
    xt, yt, st, _ = fitting.examples(
        fitting.simulated_cases(args.tree_simulated, args.tree_first_seed),
        args.optional_weight,
        args.simulated_weight,
    )
    rows = defaultdict(list)
    for i, page in enumerate(pages):
        rows[page].append(i)
    cases_of = defaultdict(list)
    for case in cases:
        cases_of[case.name.split("-")[1]].append(case)
    digest = _digest(args, (x, y, s, xt, yt, st))
    saved = _load_models(args.models, digest) if args.models else {}
    fitted: dict[str, tuple] = {}
    shipped = (P.WEIGHTS, P.TREES, P.TREE_BASE, P.UNCERTAIN)
    totals = {"with the trees": Score(), "the weighted sum alone": Score()}
    by_extractor: dict[str, Score] = defaultdict(Score)
    articles = None
    try:
        for page, idx in rows.items():
            if page in saved:
                model = saved[page]
            else:
                keep = np.ones(len(y), bool)
                keep[idx] = False
                weights = fitting.fit(x[keep], y[keep], s[keep], l2=args.l2)
                xa, ya, sa = fitting.stacked((x[keep], y[keep], s[keep]), (xt, yt, st))
                base, tables = fitting.tree_tables(fitting.fit_trees(xa, ya, sa), xa[:50])
                model = (tuple(float(w) for w in weights), tuple(tables), base)
            fitted[page] = model
            P.WEIGHTS, P.TREES, P.TREE_BASE = model
            for name, margin in (("with the trees", shipped[3]), ("the weighted sum alone", 0.0)):
                P.UNCERTAIN = margin
                for case in cases_of[page]:
                    score = score_output(case.raw, case.gold, newsrepair.repair(case.raw), name=case.name)
                    totals[name] = totals[name] + score
                    if name == "with the trees":
                        extractor = case.name.split("-", 2)[2]
                        by_extractor[extractor] = by_extractor[extractor] + score
                        if args.articles:
                            items = [item.to_dict() for item in newsrepair.split_articles(case.raw)]
                            found = score_items(case.raw, case.gold, items, name=case.name)
                            articles = found if articles is None else articles + found
    finally:
        P.WEIGHTS, P.TREES, P.TREE_BASE, P.UNCERTAIN = shipped
    if args.save_models:
        with args.save_models.open("wb") as out:
            pickle.dump({"digest": digest, "models": fitted}, out)
    for name, total in totals.items():
        print(f"held out, {name}: {total.summary()}")
    for extractor, total in sorted(by_extractor.items()):
        summary = total.summary()
        print(f"  {extractor:28} P {summary['precision']}  R {summary['recall']}  F1 {summary['f1']}")
    if articles is not None:
        print(f"held out, articles (with the trees): {articles.summary()}")


def _digest(args: argparse.Namespace, arrays: tuple[np.ndarray, ...]) -> str:
    """A digest of what the per-page models are fitted on: the examples and the options."""
    h = hashlib.sha256()
    options = (args.l2, args.optional_weight, args.tree_simulated, args.tree_first_seed, args.simulated_weight)
    h.update(repr(options).encode())
    for array in arrays:
        h.update(np.ascontiguousarray(array, dtype=np.float64).tobytes())
    return h.hexdigest()


def _load_models(path: Path, digest: str) -> dict[str, tuple]:
    with path.open("rb") as f:
        saved = pickle.load(f)  # a file this script wrote: trusted input
    if saved.get("digest") != digest:
        raise SystemExit(
            f"{path}: the models were fitted on other examples (decided() or a feature changed, "
            "or other options): fit them again (--save-models)"
        )
    return saved["models"]


if __name__ == "__main__":
    main()
