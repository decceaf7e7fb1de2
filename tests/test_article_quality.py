"""Article segmentation on the development corpus must not regress.

The floors are the figures reached when they were last raised, minus 0.02;
raise them when segmentation (or the repair under it) improves.  Reproduce
with ``python benchmarks/quality.py --cases ../shared/corpus/dev --articles``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsrepair import split_articles
from newsrepair.evaluate import ArticleScore, load_cases, score_article_cases

#: Article-boundary F1, title accuracy and photo recall last reached, minus 0.02.
FLOORS = {"f1": 0.84, "title_accuracy": 0.72, "photo_recall": 0.92}


@pytest.fixture(scope="module")
def dev_score(dev_corpus: Path) -> ArticleScore:
    total, _ = score_article_cases(
        load_cases(dev_corpus), lambda raw: [item.to_dict() for item in split_articles(raw)]
    )
    return total


def test_items_keep_the_content_of_every_case(dev_score: ArticleScore) -> None:
    assert not [f for f in dev_score.failures if "content differs" in f]


@pytest.mark.parametrize("figure", sorted(FLOORS))
def test_article_figures_stay_above_their_floor(dev_score: ArticleScore, figure: str) -> None:
    assert getattr(dev_score, figure) >= FLOORS[figure], dev_score.summary()
