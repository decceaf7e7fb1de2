"""fix_width and normalize_punctuation: halfwidth letters and digits, fullwidth Chinese punctuation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsrepair.punctuation import (
    fix_width,
    fix_width_edits,
    normalize_punctuation,
    normalize_punctuation_edits,
    protected_spans,
)
from newsrepair.trace import apply_edits

# -------------------------------------------------------------------- width


@pytest.mark.parametrize(
    ("damaged", "clean"),
    [
        ("２０２２年１２月２７日", "2022年12月27日"),
        ("ＣＯＶＩＤ疫情", "COVID疫情"),
        ("ｉＰｈｏｎｅ手机", "iPhone手机"),
        ("０９ＡＺａｚ", "09AZaz"),  # the ends of the three ranges
    ],
)
def test_fullwidth_letters_and_digits_become_halfwidth(damaged: str, clean: str) -> None:
    assert fix_width(damaged) == clean


def test_a_run_of_fullwidth_characters_is_one_edit() -> None:
    assert [(e.start, e.end, e.old, e.new) for e in fix_width_edits("共３万人")] == [
        (1, 2, "３", "3")
    ]


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        ("会议指出，要（高新区）：好！？；", "会议指出，要（高新区）：好！？；"),
        ("增长３０％", "增长30％"),
        ("ＣＯＶＩＤ－１９", "COVID－19"),
        ("\u3000\u3000本报讯", "\u3000\u3000本报讯"),
        ("C++ e.g. 3.14", "C++ e.g. 3.14"),
    ],
    ids=["fullwidth-punctuation", "percent", "fullwidth-hyphen", "ideographic-space", "ascii"],
)
def test_width_fix_leaves_punctuation_and_spaces_alone(text: str, clean: str) -> None:
    assert fix_width(text) == clean


def test_fullwidth_punctuation_between_digits_stays() -> None:
    assert fix_width("３．１４") == "3．14"


# -------------------------------------------------------------------- marks


@pytest.mark.parametrize(
    ("damaged", "clean"),
    [
        ("会议指出,要求", "会议指出，要求"),
        ("时间:2022年", "时间：2022年"),
        ("加强领导;压实责任", "加强领导；压实责任"),
        ("为什么?因为", "为什么？因为"),
        ("好!", "好！"),
        ("真的?!", "真的？！"),  # a run of marks converts together
        ("指出 , 要求", "指出 ， 要求"),  # extraction spaces are skipped to find the neighbour
        ("比分3:2,中国队", "比分3:2，中国队"),
        ("Apple,苹果公司", "Apple，苹果公司"),  # next to CJK on the right
    ],
)
def test_halfwidth_mark_next_to_chinese_becomes_fullwidth(damaged: str, clean: str) -> None:
    assert normalize_punctuation(damaged) == clean


@pytest.mark.parametrize(
    "text",
    [
        "Hello, world! How are you? Fine; thanks: bye.",
        "共1,000人",
        "下午12:30开会",
        "比例为1:2",
        "C++和Java",
        "e.g.",
        "圆周率3.14",
    ],
    ids=["latin", "thousands", "time", "ratio", "c++", "e.g.", "decimal"],
)
def test_marks_without_a_chinese_neighbour_do_not_change(text: str) -> None:
    assert normalize_punctuation(text) == text


def test_marks_switch_turns_the_rule_off() -> None:
    assert normalize_punctuation("会议指出,要求", marks=False) == "会议指出,要求"


# ----------------------------------------------------------------- brackets


@pytest.mark.parametrize(
    ("damaged", "clean"),
    [
        ("示范区(高新区)党工委", "示范区（高新区）党工委"),
        ("(高新区)", "（高新区）"),  # content is Chinese
        ("调查(survey)显示", "调查（survey）显示"),  # touches Chinese outside
        ("(1)加强领导", "（1）加强领导"),
        ("（高新区)", "（高新区）"),  # a mixed pair is Chinese typesetting
        ("(高新(开发)区)", "（高新（开发）区）"),  # nested pairs
    ],
)
def test_brackets_in_chinese_text_become_fullwidth(damaged: str, clean: str) -> None:
    assert normalize_punctuation(damaged) == clean


@pytest.mark.parametrize(
    "text",
    ["函数f(x)的值", "f(x) = (a+b)", "会议 1) 开幕", "(see above)"],
    ids=["function-notation", "latin", "unmatched", "latin-alone"],
)
def test_brackets_outside_chinese_text_do_not_change(text: str) -> None:
    assert normalize_punctuation(text) == text


def test_brackets_switch_turns_the_rule_off() -> None:
    assert normalize_punctuation("示范区(高新区)", brackets=False) == "示范区(高新区)"


# ----------------------------------------------------------- ellipses, dashes


@pytest.mark.parametrize(
    ("damaged", "clean"),
    [
        ("等等...", "等等……"),
        ("他说......我们", "他说……我们"),
        ("好。。。", "好……"),
        ("...他说", "……他说"),
    ],
)
def test_ellipsis_next_to_chinese_becomes_the_chinese_ellipsis(damaged: str, clean: str) -> None:
    assert normalize_punctuation(damaged) == clean


@pytest.mark.parametrize("text", ["wait...", "中文...English", "3...中", "中..文"], ids=["latin", "latin-after", "digit-before", "two-dots"])
def test_ellipsis_next_to_latin_or_digits_does_not_change(text: str) -> None:
    assert normalize_punctuation(text) == text


def test_double_hyphen_between_chinese_becomes_a_dash() -> None:
    assert normalize_punctuation("主任--吕沛") == "主任——吕沛"


def test_hyphens_split_by_a_line_break_are_one_dash() -> None:
    # joined lines would show them side by side: the dash is made at once
    assert normalize_punctuation("主任-\n-吕沛") == "主任——吕沛"


@pytest.mark.parametrize("text", ["C--中", "中---文", "中-\n-\n-文", "中--", "--help", "2022--2023"])
def test_other_hyphens_do_not_change(text: str) -> None:
    assert normalize_punctuation(text) == text


def test_ellipses_and_dashes_switches_turn_their_rules_off() -> None:
    text = "等等...主任--吕沛"
    assert normalize_punctuation(text, ellipses=False, dashes=False) == text


# ----------------------------------------------------------- URLs and e-mail


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        ("详见https://www.gov.cn/a?b=1,c=2", "详见https://www.gov.cn/a?b=1,c=2"),
        ("网址:http://news.cn/2022/12/27/c_1129.htm,欢迎", "网址：http://news.cn/2022/12/27/c_1129.htm，欢迎"),
        ("来信news@example.com,电话", "来信news@example.com，电话"),
        ("见www.example.com/a_(b)", "见www.example.com/a_(b)"),
        ("下载ftp://ftp.example.cn:21/pub;type=a", "下载ftp://ftp.example.cn:21/pub;type=a"),
    ],
)
def test_urls_and_email_addresses_are_never_touched(text: str, clean: str) -> None:
    assert normalize_punctuation(text) == clean


def test_sentence_punctuation_after_a_url_is_not_part_of_it() -> None:
    text = "见http://a.cn/x。"
    assert [text[s:e] for s, e in protected_spans(text)] == ["http://a.cn/x"]


def test_fullwidth_punctuation_is_never_made_halfwidth() -> None:
    text = "Hello，world！（test）：ok；？"
    assert normalize_punctuation(text) == text


def test_clean_gold_text_of_the_dev_corpus_does_not_change(dev_corpus: Path) -> None:
    changed = []
    for path in sorted(dev_corpus.glob("*.gold.json"))[:60]:
        gold = json.loads(path.read_text(encoding="utf-8"))
        for item in gold["items"]:
            for segment in item["segments"]:
                if normalize_punctuation(segment["text"]) != segment["text"]:
                    changed.append(segment["text"])
    assert changed == []


# --------------------------------------------------------------- properties

#: Text built from characters and pieces the rules look at, URLs included.
PUNCTUATED = st.lists(
    st.sampled_from(list("中国工作，（） \n\t,:;?!().-。aZ19@/ｗＷ２") + ["http://", "www.", "a@b.cn"]),
    max_size=40,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(PUNCTUATED)
def test_punctuation_normalization_is_idempotent(text: str) -> None:
    once = normalize_punctuation(text)
    assert normalize_punctuation(once) == once


@settings(max_examples=200, deadline=None)
@given(PUNCTUATED)
def test_punctuation_edits_replay_to_the_output_and_quote_the_input(text: str) -> None:
    edits = normalize_punctuation_edits(text)
    assert apply_edits(text, edits) == normalize_punctuation(text)
    assert all(text[e.start : e.end] == e.old for e in edits)
    assert all(a.end <= b.start for a, b in zip(edits, edits[1:]))


@settings(max_examples=200, deadline=None)
@given(PUNCTUATED)
def test_punctuation_changes_only_halfwidth_marks_to_fullwidth(text: str) -> None:
    for e in normalize_punctuation_edits(text):
        assert set(e.old) <= set(",:;?!().-。")
        assert set(e.new) <= set("，：；？！（）…—")


@settings(max_examples=200, deadline=None)
@given(PUNCTUATED)
def test_width_fix_is_idempotent_and_replays(text: str) -> None:
    once = fix_width(text)
    assert fix_width(once) == once
    assert apply_edits(text, fix_width_edits(text)) == once


@settings(max_examples=100, deadline=None)
@given(st.text())
def test_never_raises_on_any_text(text: str) -> None:
    assert len(fix_width(text)) == len(text)
    normalize_punctuation(text)


def test_a_bracket_pair_may_span_a_line_break() -> None:
    # line rejoining may close the break up: the answer must not change then
    assert normalize_punctuation("中国(\n高新区)") == "中国（\n高新区）"
