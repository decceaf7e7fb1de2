"""Score newsrepair on a corpus in the format of ``../shared/corpus/FORMAT.md``.

    python benchmarks/quality.py --cases ../shared/corpus/dev [--worst 10] [--by-extractor]
    python benchmarks/quality.py --cases ../shared/corpus/dev --articles
    python benchmarks/quality.py --cases ../shared/corpus/dev --segments

Prints paragraph-boundary precision, recall and F1, spurious and lost spaces
per 1,000 characters, and content edits.  With ``--articles``, scores
``split_articles`` instead: article-boundary precision, recall and F1 (item
start offsets), title accuracy, and photo recall and precision.  With
``--segments``, scores the paragraphs inside those items: their segments,
one per line, scored as the output of ``repair()`` is.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict

from newsrepair.evaluate import ArticleScore, Score, load_cases, score_article_cases, score_cases


def _extractor(name: str) -> str:
    return name.split("-", 2)[2] if name.count("-") >= 2 else name


def _segments(raw: str) -> str:
    """The segments of the items ``split_articles`` finds in ``raw``, one per line."""
    import newsrepair

    return "\n".join(segment.text for item in newsrepair.split_articles(raw) for segment in item.segments)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", required=True, help="folder of <id>.raw.txt / <id>.gold.json")
    parser.add_argument("--worst", type=int, default=0, help="list the N cases with the lowest F1")
    parser.add_argument("--by-extractor", action="store_true", help="one line per extractor")
    parser.add_argument("--json", action="store_true", help="print JSON")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--articles", action="store_true", help="score article segmentation")
    mode.add_argument(
        "--segments",
        action="store_true",
        help="score the paragraphs of split_articles' items (segments one per line) as repair()'s output",
    )
    args = parser.parse_args(argv)

    import newsrepair

    zero: type[Score] | type[ArticleScore] = Score
    if args.articles:
        zero = ArticleScore
        total, each = score_article_cases(
            load_cases(args.cases),
            lambda raw: [item.to_dict() for item in newsrepair.split_articles(raw)],
        )
    elif args.segments:
        total, each = score_cases(load_cases(args.cases), _segments)
    else:
        total, each = score_cases(load_cases(args.cases), newsrepair.repair)
    if total.cases == 0:
        print(f"no cases in {args.cases}", file=sys.stderr)
        return 1
    report: dict[str, object] = {"total": total.summary()}
    if args.by_extractor:
        groups: dict[str, Score | ArticleScore] = defaultdict(zero)
        for name, score in each.items():
            groups[_extractor(name)] = groups[_extractor(name)] + score
        report["by_extractor"] = {k: v.summary() for k, v in sorted(groups.items())}
    if args.worst:
        worst = sorted(each.items(), key=lambda kv: kv[1].f1)[: args.worst]
        report["worst"] = {k: v.summary() for k, v in worst}
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        for key, value in report.items():
            if key == "total":
                print("total", value)
            else:
                print(key)
                for name, summary in value.items():  # type: ignore[union-attr]
                    print(f"  {name:40s} {summary}")
    for failure in total.failures:
        print("FAIL", failure, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
