"""remove_spaces, normalize_markers, normalize_dates and space_names."""

from __future__ import annotations

import pytest

from newsrepair import normalize_dates, normalize_markers, remove_spaces
from newsrepair.spacing import space_names, split_names


@pytest.mark.parametrize(
    ("damaged", "clean"),
    [
        ("书 记 吕 沛 主 持 召 开", "书记吕沛主持召开"),
        ("本 报 讯", "本报讯"),
        ("当 日 ， 该 区 共 发 放 3 万 个", "当日，该区共发放3万个"),
        ("示范区 （高新区） 党工委", "示范区（高新区）党工委"),
        ("2022 年 12 月 27 日", "2022年12月27日"),
        ("本\u3000报\u3000讯", "本报讯"),
        ("会\u00a0议\t指\u2009出", "会议指出"),
        ("增长 GDP 数据", "增长GDP数据"),
    ],
)
def test_extraction_spaces_are_removed(damaged: str, clean: str) -> None:
    assert remove_spaces(damaged) == clean


@pytest.mark.parametrize(
    "kept",
    ["（牛森杰 李泽乾）", "本报记者 刘金元 摄", "Apple Watch", "COVID 19", "iPhone 14 Pro", "年工作开好局。（牛森杰 李泽乾）"],
)
def test_legitimate_spaces_stay(kept: str) -> None:
    assert remove_spaces(kept) == kept


def test_a_run_of_spaces_between_latin_words_becomes_one() -> None:
    assert remove_spaces("Apple \u3000 Watch") == "Apple Watch"


def test_line_breaks_and_indents_are_not_touched() -> None:
    assert remove_spaces("　　书 记\n吕 沛") == "　　书记\n吕沛"


def test_markers_lose_their_outer_spaces() -> None:
    assert normalize_markers("示范区 （高新区） 党工委") == "示范区（高新区）党工委"


def test_a_letter_spaced_reporter_marker_is_closed_up() -> None:
    assert normalize_markers("本报讯 （记 者 郭树勋）") == "本报讯（记者郭树勋）"


def test_markers_leave_other_spaces_alone() -> None:
    assert normalize_markers("书 记 吕 沛") == "书 记 吕 沛"


def test_a_byline_keeps_the_space_between_its_names() -> None:
    assert normalize_markers("（牛森杰 李泽乾）") == "（牛森杰 李泽乾）"


@pytest.mark.parametrize(
    ("damaged", "clean"),
    [
        ("2022 年 12 月 27 日", "2022年12月27日"),
        ("下午3 时 30 分", "下午3时30分"),
        ("2700 万元", "2700万元"),
        ("2933.3 公顷", "2933.3公顷"),
        ("12月27日至 29日", "12月27日至29日"),
    ],
)
def test_dates_and_numbers_with_units_are_closed_up(damaged: str, clean: str) -> None:
    assert normalize_dates(damaged) == clean


def test_dates_leave_spaces_outside_numbers_alone() -> None:
    assert normalize_dates("书 记 吕 沛") == "书 记 吕 沛"


def test_glued_credit_gets_its_spaces_back() -> None:
    assert space_names("本报记者蔡永艳摄") == "本报记者 蔡永艳 摄"
    assert space_names("王新摄") == "王新 摄"


def test_the_longest_glued_credit_gets_its_spaces_back() -> None:
    # space_names reads only lines short enough to be a credit or a byline
    assert space_names("人民日报特约通讯员王小明二摄") == "人民日报特约通讯员 王小明二 摄"


def test_credits_and_bylines_among_other_lines_get_their_spaces() -> None:
    page = "本报讯\n会议指出，要加强领导。\n王新摄\n\n（林霞静肖勇）"
    assert space_names(page) == "本报讯\n会议指出，要加强领导。\n王新 摄\n\n（林霞静 肖勇）"


def test_glued_byline_is_split_at_a_surname() -> None:
    assert space_names("（林霞静肖勇）") == "（林霞静 肖勇）"


@pytest.mark.parametrize("kept", ["（李鑫）", "（大使随笔）", "拍摄", "会议指出，要加强领导。"])
def test_space_names_leaves_other_lines_alone(kept: str) -> None:
    assert space_names(kept) == kept


def test_split_names_needs_a_surname_at_the_cut() -> None:
    assert split_names("汤晓周文") == ["汤晓", "周文"]
    assert split_names("大使随笔") == ["大使随笔"]
