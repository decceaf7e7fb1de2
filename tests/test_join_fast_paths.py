"""The fast ways join_lines computes its evidence give the same answers as the slow ones.

``boundary_features`` defines the model (the fit script weighs its list);
``_score`` computes the weighted sum without building the list, and must
agree with it bit for bit.  ``line_width`` counts UTF-8 bytes where it can.
"""

from __future__ import annotations

from operator import mul
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsrepair import paragraphs as P
from newsrepair._join_model import WEIGHTS

PIECES = [
    "会议指出，", "要加强领导。", "书 记 吕 沛", "（李鑫）", "（本报记者 张三）", "本报讯", "2022年",
    "“三农”", "”", "」", "：", "；", "……", "！", "Apple", "COVID 19", "%", "\u3000", " ", "\n",
    "\n\n", "\f", "第5版", "星期三", "赵春营 摄", "示范区", "党工委书记吕沛主持召开会议", "(", ")",
]


def _scores_agree(text: str) -> None:
    lines = P.split_lines(text)
    P._classify(lines)
    columns = P._column_widths(lines)
    for i in range(1, len(lines)):
        features = P.boundary_features(lines, columns, i)
        assert P._score(lines, columns, i) == sum(map(mul, WEIGHTS, features)), (i, text)


def test_score_is_the_weighted_sum_of_the_features_on_the_seed_page(seed_text: str) -> None:
    _scores_agree(seed_text)


def test_score_is_the_weighted_sum_of_the_features_on_the_dev_corpus(dev_corpus: Path) -> None:
    for path in sorted(dev_corpus.glob("*.raw.txt")):
        _scores_agree(path.read_text(encoding="utf-8"))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=80).map("".join))
def test_score_is_the_weighted_sum_of_the_features(text: str) -> None:
    _scores_agree(text)


def _width_by_classes(text: str) -> float:
    """The definition: spaces and format characters 0, wide characters and % 1, others 0.5."""
    text = regex.sub(r"[\p{Zs}\t]|\p{Cf}", "", text)
    wide = len(P._WIDE.findall(text)) + text.count("%")
    return wide + (len(text) - wide) * 0.5


@pytest.mark.parametrize(
    "text",
    ["书记吕沛", "书 记", "书\u3000记", "2022年", "50%", "·", "é", "→", "ｶ", "😀", "\U00020000",
     "\u200b中", "\ud800", "\u00a0中", "\u2003中", "\t中", "——", "…", "“”", "Ａ", "\u2e80"],
)
def test_line_width_by_bytes_equals_the_definition(text: str) -> None:
    assert P.line_width(text) == _width_by_classes(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_line_width_by_bytes_equals_the_definition_on_any_text(text: str) -> None:
    assert P.line_width(text) == _width_by_classes(text)
