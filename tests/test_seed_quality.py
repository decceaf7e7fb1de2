"""How close repair() comes to an editor's version of the real seed page.

``tests/data/seed-000.gold.json`` is an editor's version of
``../shared/seeds/000_8c683cb379fcf1e5.txt`` in the corpus format
(``../shared/corpus/FORMAT.md``), and ``seed-000.notes.md`` explains the
paragraph decisions it rests on.  The tests below hold the figures repair()
reaches on the page, so that a change that makes it worse fails.  When the
repair improves, raise the figures.  A failing figure names the boundaries
where repair() and the gold disagree.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import regex

import newsrepair
from newsrepair.evaluate import Score, gold_segments, score_output

GOLD = Path(__file__).resolve().parent / "data" / "seed-000.gold.json"

#: Paragraph-boundary F1 that repair() reached on the seed (0.9948: one
#: spurious split, at 1085/1086 of seed-000.notes.md) less a margin of
#: about 0.015.
MIN_F1 = 0.98
#: Extraction spaces left in (spurious) and legitimate spaces dropped (lost):
#: none at the time of writing.
MAX_SPURIOUS_SPACES = 0
MAX_LOST_SPACES = 0

#: Segment pairs whose boundary counts neither as a hit nor as a miss (FORMAT.md).
_OPTIONAL = {("title", "title"), ("body", "byline"), ("caption", "credit")}
#: Segments that may keep a space: between names, and in a photo credit.
_MAY_KEEP_SPACES = {"byline", "credit"}


def _content(text: str) -> str:
    return regex.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def gold() -> dict[str, Any]:
    return json.loads(GOLD.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def repaired(seed_text: str) -> str:
    return newsrepair.repair(seed_text)


@pytest.fixture(scope="module")
def score(seed_text: str, gold: dict[str, Any], repaired: str) -> Score:
    return score_output(seed_text, gold, repaired, name="seed-000")


def _disagreements(seed_text: str, gold: dict[str, Any], repaired: str) -> str:
    """The boundaries where ``repaired`` and the gold differ, with the text around them."""
    content = _content(seed_text)
    required: set[int] = set()
    optional: set[int] = set()
    pos, previous = 0, ""
    for i, (kind, text) in enumerate(gold_segments(gold)):
        if i:
            (optional if (previous, kind) in _OPTIONAL else required).add(pos)
        pos += len(_content(text))
        previous = kind
    predicted: set[int] = set()
    pos = 0
    for i, line in enumerate(line for line in repaired.split("\n") if line.strip()):
        if i:
            predicted.add(pos)
        pos += len(_content(line))

    def around(at: int) -> str:
        return f"{content[max(0, at - 12):at]} ‖ {content[at:at + 12]}"

    missed = [f"  missed {around(at)}" for at in sorted(required - predicted)]
    extra = [f"  extra  {around(at)}" for at in sorted(predicted - required - optional)]
    return "\n".join(["boundaries where repair() differs from the gold:", *missed, *extra])


# ------------------------------------------------------------ the gold itself


def test_gold_holds_every_character_of_the_seed_in_order(
    seed_text: str, gold: dict[str, Any]
) -> None:
    assert "".join(_content(text) for _, text in gold_segments(gold)) == _content(seed_text)


def test_gold_segments_are_single_trimmed_paragraphs(gold: dict[str, Any]) -> None:
    for _, text in gold_segments(gold):
        assert text and text == text.strip() and "\n" not in text, text


def test_gold_keeps_spaces_only_in_bylines_and_credits(gold: dict[str, Any]) -> None:
    spaced = [(kind, text) for kind, text in gold_segments(gold) if regex.search(r"\s", text)]
    assert spaced and all(kind in _MAY_KEEP_SPACES for kind, _ in spaced), spaced


def test_gold_gives_the_two_articles_that_lost_their_titles_no_title(
    gold: dict[str, Any],
) -> None:
    untitled = [
        item["segments"][0]["text"]
        for item in gold["items"]
        if item["kind"] == "article" and all(s["type"] != "title" for s in item["segments"])
    ]
    assert len(untitled) == 2
    assert untitled[0].startswith("本报讯（记者付凯明）2022年12月27日上午")
    assert untitled[1].startswith("本报讯2022年12月30日，焦作市人大常委会")


# ------------------------------------------------------------ what repair() reaches


def test_repair_loses_and_invents_no_content_of_the_seed(score: Score) -> None:
    assert score.content_edits == 0, score.failures


def test_repair_rebuilds_the_paragraphs_of_the_seed(
    seed_text: str, gold: dict[str, Any], repaired: str, score: Score
) -> None:
    assert score.f1 >= MIN_F1, f"{score.summary()}\n{_disagreements(seed_text, gold, repaired)}"


def test_repair_leaves_no_extraction_spaces_in_the_seed(score: Score) -> None:
    assert score.spurious_spaces <= MAX_SPURIOUS_SPACES, score.summary()


def test_repair_keeps_the_legitimate_spaces_of_the_seed(score: Score) -> None:
    assert score.lost_spaces <= MAX_LOST_SPACES, score.summary()
