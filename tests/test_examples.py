"""The sample page that ships in examples/ and what repair() makes of it.

``examples/sample_page.txt`` is an invented local-news page with the damage
PDF extractors leave; ``sample_page.gold.json`` is an editor's version in the
corpus format (``../shared/corpus/FORMAT.md``) and ``sample_page.expected.txt``
is the same version as plain text, one paragraph per line.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import regex

import newsrepair
from newsrepair.evaluate import Score, gold_segments, score_output

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
RAW = EXAMPLES / "sample_page.txt"
GOLD = EXAMPLES / "sample_page.gold.json"
EXPECTED = EXAMPLES / "sample_page.expected.txt"

#: Paragraph-boundary F1 that repair() must keep on the sample page
#: (measured value minus a margin; raise it when the repair improves).
MIN_F1 = 0.90


def _content(text: str) -> str:
    return regex.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def raw() -> str:
    return RAW.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def gold() -> dict[str, Any]:
    return json.loads(GOLD.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def repaired(raw: str) -> str:
    return newsrepair.repair(raw)


@pytest.fixture(scope="module")
def score(raw: str, gold: dict[str, Any], repaired: str) -> Score:
    return score_output(raw, gold, repaired, name="sample_page")


# ------------------------------------------------------------ the data itself


def test_gold_holds_every_character_of_the_sample_in_order(raw: str, gold: dict[str, Any]) -> None:
    assert "".join(_content(text) for _, text in gold_segments(gold)) == _content(raw)


def test_expected_text_is_the_gold_one_segment_per_line(gold: dict[str, Any]) -> None:
    lines = [text for _, text in gold_segments(gold)]
    assert EXPECTED.read_text(encoding="utf-8") == "\n".join(lines) + "\n"


def test_sample_has_the_damage_it_is_meant_to_show(raw: str) -> None:
    assert "示范区" not in raw  # our own text, not the seed's
    for damage in ["工 委 书 记 王 建 平 主 持 召 开", "东湖新区 （高新区） 党", "2023 年 3 月 15\n日", "对企业反\n\n映"]:
        assert damage in raw


# ------------------------------------------------------------ what repair() does


def test_repair_loses_and_invents_no_content(score: Score) -> None:
    assert score.content_edits == 0


def test_repair_rebuilds_the_paragraphs_of_the_sample(score: Score) -> None:
    assert score.f1 >= MIN_F1, score.summary()


def test_repair_is_idempotent_on_the_sample(repaired: str) -> None:
    assert newsrepair.repair(repaired) == repaired


def test_repair_leaves_the_editors_version_unchanged() -> None:
    expected = EXPECTED.read_text(encoding="utf-8").strip()
    assert newsrepair.repair(expected) == expected


def test_repair_returns_one_paragraph_per_line_without_blank_lines(repaired: str) -> None:
    assert "\n\n" not in repaired and repaired == repaired.strip()


def test_repair_removes_the_letter_spacing(repaired: str) -> None:
    assert "党工委书记王建平主持召开党工委（扩大）会议" in repaired


def test_repair_rejoins_the_date_broken_across_lines(repaired: str) -> None:
    assert "2023年3月15日上午" in repaired


def test_repair_keeps_the_spaces_between_byline_names(repaired: str) -> None:
    assert "（周文杰 林晓雨）" in repaired


def test_repair_keeps_the_photo_credit_on_its_own_line(repaired: str) -> None:
    assert "本报记者 陈晓宁 摄" in repaired.split("\n")


@pytest.mark.parametrize("fragment", ["州", "第3版", "责任编辑：孙丽"])
def test_repair_keeps_page_furniture_on_its_own_line(repaired: str, fragment: str) -> None:
    assert fragment in repaired.split("\n")
