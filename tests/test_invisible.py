"""remove_invisible: zero width characters, soft hyphens, BOMs and controls go; layout stays."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsrepair.invisible import remove_invisible, remove_invisible_edits
from newsrepair.trace import Edit, apply_edits

# ------------------------------------------------------------------ removed


@pytest.mark.parametrize(
    ("damaged", "clean"),
    [
        ("工\u200b作", "工作"),  # zero width space
        ("工\u200c作", "工作"),  # zero width non-joiner between ideographs
        ("工\u200d作", "工作"),  # zero width joiner between ideographs
        ("工\u2060作", "工作"),  # word joiner
        ("工\ufeff作", "工作"),  # BOM in mid-text (concatenated files)
        ("农\u00ad业", "农业"),  # soft hyphen
        ("会议\x00召开", "会议召开"),  # NUL
        ("会议\x07召开", "会议召开"),  # BEL
        ("会议\x1b召开", "会议召开"),  # ESC
        ("会议\x1f召开", "会议召开"),  # unit separator
        ("会议\x7f召开", "会议召开"),  # DEL
        ("会议\x80召开", "会议召开"),  # C1 control
        ("会议\x9f召开", "会议召开"),  # last C1 control
    ],
)
def test_invisible_character_is_removed(damaged: str, clean: str) -> None:
    assert remove_invisible(damaged) == clean


def test_bom_at_the_very_start_is_removed() -> None:
    assert remove_invisible("\ufeff本报讯") == "本报讯"


def test_bom_at_the_start_of_every_concatenated_file_is_removed() -> None:
    assert remove_invisible("\ufeff第一版\n\ufeff第二版\n") == "第一版\n第二版\n"


def test_a_run_of_invisible_characters_is_one_edit() -> None:
    assert remove_invisible_edits("书\u200b\u200b\u00ad记") == [
        Edit(1, 4, "\u200b\u200b\u00ad", "")
    ]


# ------------------------------------------------------------- must not change


@pytest.mark.parametrize(
    "text",
    [
        "第一段\n第二段\r\n第三段\r",
        "标题\t正文",
        "第一版\f第二版",
        "甲\v乙",
        "甲\x1c乙\x1d丙\x1e丁",
        "甲\x85乙",
        "甲\u2028乙\u2029丙",
        "示范区（高新区）党工委书记吕沛",
        "Hello, world! C++ e.g. 3.14",
        "\u3000\u3000本报讯",
    ],
    ids=["newlines", "tab", "form-feed", "vertical-tab", "separators", "nel", "line-sep", "chinese", "latin", "indent"],
)
def test_layout_characters_and_plain_text_do_not_change(text: str) -> None:
    assert remove_invisible(text) == text


@pytest.mark.parametrize(
    "emoji",
    [
        "👨\u200d👩\u200d👧",  # family
        "🏳\ufe0f\u200d🌈",  # rainbow flag: variation selector before the joiner
        "👍🏽\u200d🔥",  # skin tone modifier before the joiner
    ],
)
def test_joiner_inside_an_emoji_sequence_stays(emoji: str) -> None:
    assert remove_invisible(f"点赞{emoji}！") == f"点赞{emoji}！"


def test_non_joiner_between_persian_letters_stays() -> None:
    assert remove_invisible("می\u200cخواهم") == "می\u200cخواهم"


def test_lone_surrogates_are_left_alone() -> None:
    assert remove_invisible("坏\ud800字\udfff") == "坏\ud800字\udfff"


def test_empty_text_stays_empty() -> None:
    assert remove_invisible("") == ""


# --------------------------------------------------------------- properties

NOISY = st.text(
    alphabet=st.sampled_from(
        list("中国工作本报讯，。 \n\t\f\rAb1")
        + ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\x00", "\x1f", "\x7f", "\x85", "\x9f"]
        + ["👨", "👩", "\ufe0f", "🏽", "ب", "ی", "\ud800"]
    ),
    max_size=60,
)


@settings(max_examples=150, deadline=None)
@given(NOISY)
def test_removal_is_idempotent(text: str) -> None:
    once = remove_invisible(text)
    assert remove_invisible(once) == once


@settings(max_examples=150, deadline=None)
@given(NOISY)
def test_edits_replay_to_the_output_and_quote_the_input(text: str) -> None:
    edits = remove_invisible_edits(text)
    assert apply_edits(text, edits) == remove_invisible(text)
    assert all(text[e.start : e.end] == e.old and e.new == "" for e in edits)


@settings(max_examples=150, deadline=None)
@given(NOISY)
def test_only_invisible_characters_are_removed(text: str) -> None:
    removed = "".join(e.old for e in remove_invisible_edits(text))
    assert set(removed) <= set("\u200b\u200c\u200d\u2060\ufeff\u00ad\x00\x1f\x7f\x9f")


@settings(max_examples=100, deadline=None)
@given(st.text())
def test_never_raises_on_any_text(text: str) -> None:
    assert len(remove_invisible(text)) <= len(text)

