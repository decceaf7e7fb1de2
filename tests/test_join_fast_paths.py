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
from newsrepair._join_trees import TREES

PIECES = [
    "会议指出，", "要加强领导。", "书 记 吕 沛", "（李鑫）", "（本报记者 张三）", "本报讯", "2022年",
    "“三农”", "”", "」", "：", "；", "……", "！", "Apple", "COVID 19", "%", "\u3000", " ", "\n",
    "\n\n", "\f", "第5版", "星期三", "赵春营 摄", "示范区", "党工委书记吕沛主持召开会议", "(", ")",
]


def _scores_agree(text: str) -> None:
    lines = P.split_lines(text)
    columns = P.prepare(lines)
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
    """The definition: spaces and format characters 0, wide characters and % 1, others 0.5.

    The spaces between two Latin letters or digits (any run of spaces and
    format characters with a space in it) are one word space: 0.5.
    """
    runs = regex.findall(r"(?<=[A-Za-z0-9])[\p{Zs}\t\p{Cf}]+(?=[A-Za-z0-9])", text)
    words = sum(1 for run in runs if regex.search(r"[\p{Zs}\t]", run))
    text = regex.sub(r"[\p{Zs}\t]|\p{Cf}", "", text)
    wide = len(P._WIDE.findall(text)) + text.count("%")
    return wide + (len(text) - wide + words) * 0.5


@pytest.mark.parametrize(
    "text",
    ["书记吕沛", "书 记", "书\u3000记", "2022年", "50%", "·", "é", "→", "ｶ", "😀", "\U00020000",
     "\u200b中", "\ud800", "\u00a0中", "\u2003中", "\t中", "——", "…", "“”", "Ａ", "\u2e80",
     "Apple Watch", "COVID 19", "实施 iPhone 14 服务", "A  B", "A\tB", "a é", "5 G\u00a0B",
     "Apple\u3000Watch", "A\u200b B", "A\u200bB", "0\u0ce40  0"],
)
def test_line_width_by_bytes_equals_the_definition(text: str) -> None:
    assert P.line_width(text) == _width_by_classes(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_line_width_by_bytes_equals_the_definition_on_any_text(text: str) -> None:
    assert P.line_width(text) == _width_by_classes(text)


#: The range of each feature of ``boundary_features`` at a break that
#: ``_plainly_joined`` accepts (index: feature).  Zero where the case rules
#: the feature out: ``a`` ends with no sentence mark, colon, bracket or quote
#: (final, colon, closing, opening, quote 0), no blank line, deficits within
#: 0.5 and 1 em of columns of 10 em or more (short, indent and tiny 0,
#: ratios within 0.05 and 0.1 of 1), widths within 3 em (wider, narrower 0).
PLAIN_RANGES: dict[int, tuple[float, float]] = {
    0: (1.0, 1.0),
    3: (0.0, 1.0),  # pause at the end of a
    6: (0.0, 1.0), 7: (0.0, 1.0), 8: (0.0, 1.0),  # bare_a, bare_b, final_b
    9: (-0.125, 0.125), 10: (-0.25, 0.25),  # deficits / 4
    14: (0.95, 1.05), 15: (0.9, 1.1),  # ratios
    16: (-2.0, 2.0), 17: (-2.0, 2.0),  # growth / 4, clamped
    21: (0.0, 1.0), 22: (0.0, 1.0),  # opens_b, lead_a
    29: (-0.05, 0.05),  # bare_a * (1 - ratio_a)
    33: (0.0, 1.0), 34: (0.0, 1.0), 35: (0.0, 1.0),  # bare_a*bare_b, bare_p, bare_a*bare_p
    39: (0.0, 1.0),  # closes_lead (an ASCII ")" is no bracket of the case)
    40: (-0.05, 0.05),  # bare_a * (1 - bare_b) * (1 - ratio_a)
    # on a page of fragments a fills its column, so it neither ends short nor
    # leaves room for b; it may continue a piece of at most 1.5 em
    49: (0.0, 1.0), 50: (0.0, 0.125),  # piece_a, missing_a / 4
    53: (0.0, 1.0),  # a is letter-spaced (b is no indent's width short, so 54 is 0)
}


def _plain_range(k: int) -> tuple[float, float]:
    return PLAIN_RANGES.get(k, (0.0, 0.0))


def test_the_model_joins_every_plain_break_whatever_else_it_weighs() -> None:
    # and is sure of it: the trees, which settle uncertain sums, are never asked
    upper = sum(max(w * lo, w * hi) for k, w in enumerate(WEIGHTS) for lo, hi in [_plain_range(k)])
    assert upper <= -P.UNCERTAIN, f"plain breaks may score {upper:.2f}: narrow _plainly_joined"


def _plain_features_stay_in_range(text: str) -> int:
    lines = P.split_lines(text)
    columns = P.prepare(lines)
    rules = P.decided(lines, columns)
    seen = 0
    for i in range(1, len(lines)):
        a, b = lines[i - 1], lines[i]
        if rules[i - 1] is None and P._plainly_joined(a, b, columns[i - 1], columns[i]):
            seen += 1
            for k, value in enumerate(P.boundary_features(lines, columns, i)):
                lo, hi = _plain_range(k)
                assert lo - 1e-12 <= value <= hi + 1e-12, (k, value, a.text, b.text)
    return seen


def test_plain_break_features_stay_in_their_ranges_on_the_seed_page(seed_text: str) -> None:
    assert _plain_features_stay_in_range(seed_text) > 100


def test_plain_break_features_stay_in_their_ranges_on_the_dev_corpus(dev_corpus: Path) -> None:
    seen = sum(
        _plain_features_stay_in_range(path.read_text(encoding="utf-8"))
        for path in sorted(dev_corpus.glob("*.raw.txt"))
    )
    assert seen > 1000


# ------------------------------------------------------------------ the trees


def test_every_tree_is_a_binary_tree_over_the_features() -> None:
    count = len(WEIGHTS)
    for feature, threshold, left, right, value in TREES:
        nodes = len(feature)
        assert len(threshold) == len(left) == len(right) == len(value) == nodes
        for node in range(nodes):
            if left[node] < 0:  # a leaf
                assert right[node] < 0
            else:
                assert 0 <= feature[node] < count
                assert node < left[node] < nodes and node < right[node] < nodes

