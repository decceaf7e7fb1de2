"""fix_glyphs: radical code points in running text become the ideographs they stand for."""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsrepair._radicals import RADICAL_TO_IDEOGRAPH
from newsrepair.glyphs import fix_glyphs, fix_glyphs_edits
from newsrepair.trace import apply_edits

ROOT = Path(__file__).resolve().parent.parent
UNICODE_DATA = Path("/usr/share/unicode/EquivalentUnifiedIdeograph.txt")

# -------------------------------------------------------------------- table


def test_table_maps_kangxi_radical_work_to_the_ideograph_work() -> None:
    assert RADICAL_TO_IDEOGRAPH["\u2f2f"] == "\u5de5"  # ⼯ -> 工


def test_table_maps_supplement_radical_blue_which_nfkc_leaves_alone() -> None:
    assert unicodedata.normalize("NFKC", "\u2ed8") == "\u2ed8"
    assert RADICAL_TO_IDEOGRAPH["\u2ed8"] == "\u9752"  # ⻘ -> 青


def test_table_covers_all_214_kangxi_radicals() -> None:
    kangxi = [c for c in RADICAL_TO_IDEOGRAPH if "\u2f00" <= c <= "\u2fdf"]
    assert len(kangxi) == 214


def test_table_has_328_entries_from_both_radical_blocks() -> None:
    assert len(RADICAL_TO_IDEOGRAPH) == 328
    assert all("\u2e80" <= c <= "\u2fdf" for c in RADICAL_TO_IDEOGRAPH)


def test_every_target_is_a_unified_ideograph() -> None:
    unified = regex.compile(r"[\p{Han}&&\p{Unified_Ideograph}]", regex.V1)
    assert [c for c in RADICAL_TO_IDEOGRAPH.values() if not unified.fullmatch(c)] == []


def test_table_agrees_with_nfkc_on_the_kangxi_block() -> None:
    kangxi = {c: t for c, t in RADICAL_TO_IDEOGRAPH.items() if c >= "\u2f00"}
    assert {c: unicodedata.normalize("NFKC", c) for c in kangxi} == kangxi


def test_generated_table_is_up_to_date_with_the_unicode_data_file() -> None:
    if not UNICODE_DATA.exists():
        pytest.skip("the unicode-data package is not installed")
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate_radicals.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr


# ---------------------------------------------------------------- repaired


@pytest.mark.parametrize(
    ("damaged", "clean"),
    [
        ("⼯作", "工作"),
        ("⻘年⼈才", "青年人才"),
        ("全⾯推进⾼质量发展", "全面推进高质量发展"),
        ("⻓江⼤桥", "长江大桥"),  # ⻓ is a Supplement radical (simplified long)
        ("书 记 ⼯ 作", "书 记 工 作"),  # letter-spaced text is still text
        ("⼀、加强领导", "一、加强领导"),  # numbering before punctuation
        ("“⼤”字", "“大”字"),
        ("2022年⼯作", "2022年工作"),
    ],
)
def test_radical_in_running_text_becomes_the_ideograph(damaged: str, clean: str) -> None:
    assert fix_glyphs(damaged) == clean


def test_word_printed_entirely_in_radicals_is_repaired() -> None:
    assert fix_glyphs("⼈⼤") == "人大"


def test_each_replaced_radical_is_one_edit() -> None:
    assert [(e.start, e.old, e.new) for e in fix_glyphs_edits("⼈⼯智能")] == [
        (0, "⼈", "人"),
        (1, "⼯", "工"),
    ]


def test_radical_list_after_a_chinese_label_counts_as_text() -> None:
    # The label makes the clause Chinese text: the rule is per clause, not per word.
    assert fix_glyphs("部首：⼀ ⼁") == "部首：一 丨"


# ------------------------------------------------------------ must not change


@pytest.mark.parametrize(
    "text",
    [
        "⼀",
        "⼀，⼁，⼂，⼃",
        "⼀、\n⼁、\n⼂",
        "radical ⼈ (person)",
        "⼈ 9 画",
        "示范区工作会议",
        "Hello, world!",
    ],
    ids=["alone", "comma-list", "one-per-line", "in-latin", "set-off-by-digit", "clean-chinese", "latin"],
)
def test_standalone_radicals_and_clean_text_do_not_change(text: str) -> None:
    assert fix_glyphs(text) == text


def test_radical_without_an_equivalent_ideograph_stays() -> None:
    assert fix_glyphs("工作\u2e80") == "工作\u2e80"  # CJK RADICAL REPEAT has none


def test_whitespace_does_not_end_the_text_context() -> None:
    # line rejoining and space removal may close the gap up: the answer must
    # be the same before and after, or repair() would not be idempotent
    assert fix_glyphs("工作\n⼀") == "工作\n一"
    assert fix_glyphs("⼯\u3000⼯") == "工\u3000工"


def test_radicals_spaced_apart_are_a_word() -> None:
    assert fix_glyphs("⼀ ⼁") == "一 丨"


# --------------------------------------------------------------- properties

GLYPHY = st.text(
    alphabet=st.sampled_from(list("⼀⼁⼈⼤⼯⻘⻓⺅\u2e80中国工作，、 \n1aA(")),
    max_size=40,
)


@settings(max_examples=200, deadline=None)
@given(GLYPHY)
def test_repair_is_idempotent(text: str) -> None:
    once = fix_glyphs(text)
    assert fix_glyphs(once) == once


@settings(max_examples=200, deadline=None)
@given(GLYPHY)
def test_edits_replay_to_the_output_and_quote_the_input(text: str) -> None:
    edits = fix_glyphs_edits(text)
    assert apply_edits(text, edits) == fix_glyphs(text)
    for e in edits:
        assert text[e.start : e.end] == e.old
        assert RADICAL_TO_IDEOGRAPH[e.old] == e.new


@settings(max_examples=100, deadline=None)
@given(st.text())
def test_never_raises_and_keeps_the_length(text: str) -> None:
    # Every target is one code point, so the length never changes.
    assert len(fix_glyphs(text)) == len(text)

