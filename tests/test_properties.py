"""The library's promises, checked with generated text on every transform.

* no content is lost or invented: with the content-changing fixes switched
  off, the non-whitespace characters of the output are those of the input;
* idempotent: repairing repaired text changes nothing;
* never raises on any ``str``;
* the trace explains the output.
"""

from __future__ import annotations

from typing import Callable

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import newsrepair
from newsrepair import FIXERS, RepairOptions
from newsrepair.pipeline import WRITERS
from newsrepair.spacing import space_names
from newsrepair.trace import apply_edits

#: Pieces of newspaper text and of its damage, so that generated text hits
#: the rules (leads, bylines, credits, brackets, dates, letter-spacing).
PIECES = [
    "本报讯", "又讯", "（记者付凯明）", "（李鑫）", "（牛森杰 李泽乾）", "刘金元 摄", "本报记者 刘金元 摄",
    "2022", "年", "12", "月", "27", "日", "第5版", "星期三", "责任编辑：谢磊秀", "示范区", "（高新区）",
    "党工委", "书 记 吕 沛", "会议指出，", "要加强领导。", "“三农”", "工作", "。", "，", "、", "；", "……",
    "”", "“", "（", "）", "Apple Watch", "COVID 19", "2700 万元", "3.14", "e.g.", "C++",
    " ", "  ", "\u3000", "\u3000\u3000", "\u00a0", "\t", "\n", "\n\n", "\f", "\r\n", " 州",
    "⼯作", "ＣＯＶＩＤ", "\u200b", "\ufeff", "\x00", "\ud800", "😀",
]

newsprint = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
any_text = st.text(st.characters(blacklist_categories=()), max_size=200)
texts = st.one_of(newsprint, any_text)

#: Fixes that change only whitespace.
WHITESPACE_ONLY: dict[str, Callable[[str], str]] = {
    "join_lines": newsrepair.join_lines,
    "remove_spaces": newsrepair.remove_spaces,
    "normalize_markers": newsrepair.normalize_markers,
    "normalize_dates": newsrepair.normalize_dates,
    "space_names": space_names,
}

CONTENT_FIXES = {"remove_invisible", "fix_glyphs", "fix_width", "normalize_punctuation"}
LAYOUT_ONLY = RepairOptions(**{name: False for name in CONTENT_FIXES})  # type: ignore[arg-type]

relaxed = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def content(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("name", sorted(WHITESPACE_ONLY))
@relaxed
@given(text=texts)
def test_whitespace_fixes_keep_every_character(name: str, text: str) -> None:
    assert content(WHITESPACE_ONLY[name](text)) == content(text)


@pytest.mark.parametrize("name", sorted(WHITESPACE_ONLY))
@relaxed
@given(text=texts)
def test_whitespace_fixes_are_idempotent(name: str, text: str) -> None:
    fix = WHITESPACE_ONLY[name]
    once = fix(text)
    assert fix(once) == once


@relaxed
@given(text=texts)
def test_repair_without_content_fixes_keeps_every_character(text: str) -> None:
    assert content(newsrepair.repair(text, options=LAYOUT_ONLY)) == content(text)


@relaxed
@given(text=texts)
@example("书 记 吕 沛“\n“")  # ideographic and letter spaces once changed widths
@example("（李鑫）本报讯（高新区）\n（李鑫）本报讯本报讯又讯又讯\u3000\u3000又讯")
@example("本报讯。。 。")  # an ellipsis spaced out
@example("本报讯。。\n。")  # an ellipsis across a line break
@example("本报讯。。\f。")  # ... and across a page break
@example("责任编辑：谢磊秀 本报讯\n（记者付凯明）")  # a lead glued to the header
def test_repair_is_idempotent(text: str) -> None:
    once = newsrepair.repair(text)
    assert newsrepair.repair(once) == once


@relaxed
@given(text=texts)
def test_repair_output_is_one_paragraph_per_line(text: str) -> None:
    out = newsrepair.repair(text)
    assert "\n\n" not in out
    assert out == out.strip()
    assert all(line == line.strip() for line in out.split("\n"))


@pytest.mark.parametrize("name", sorted(FIXERS))
@relaxed
@given(text=texts)
def test_every_fixer_edits_what_it_says(name: str, text: str) -> None:
    edits = FIXERS[name](text, RepairOptions(convert="t2s"))
    position = 0
    for edit in edits:
        assert position <= edit.start <= edit.end <= len(text)
        assert text[edit.start : edit.end] == edit.old
        assert edit.old != edit.new
        position = edit.end
    apply_edits(text, edits)


@pytest.mark.parametrize("name", sorted(WRITERS))
@relaxed
@given(text=texts)
@example("书 记\u3000吕  沛 （牛森杰 李泽乾） Apple  Watch\n本报记者 刘金元 摄")
def test_a_fix_writing_its_output_directly_agrees_with_its_edits(name: str, text: str) -> None:
    assert WRITERS[name](text) == apply_edits(text, FIXERS[name](text, RepairOptions()))


@relaxed
@given(text=texts)
def test_the_trace_explains_every_content_change(text: str) -> None:
    fixed, steps = newsrepair.repair_and_explain(text)
    assert fixed == newsrepair.repair(text)
    changed = {s.fix for s in steps for e in s.edits if content(e.old) != content(e.new)}
    assert changed <= CONTENT_FIXES | {"convert"}
    if content(fixed) != content(text):
        assert changed
    for step in steps:
        for edit in step.edits:
            assert 0 <= edit.start <= edit.end <= len(text)


@relaxed
@given(text=texts)
def test_trace_offsets_of_whitespace_steps_point_at_whitespace(text: str) -> None:
    _, steps = newsrepair.repair_and_explain(text, options=LAYOUT_ONLY)
    for step in steps:
        for edit in step.edits:
            assert content(text[edit.start : edit.end]) == "", (step.fix, edit)


def test_bytes_are_refused_with_advice() -> None:
    with pytest.raises(TypeError, match="decode"):
        newsrepair.repair(b"\xe6\x9c\xac\xe6\x8a\xa5\xe8\xae\xaf")  # type: ignore[arg-type]


def test_unknown_option_is_refused() -> None:
    with pytest.raises(TypeError, match="valid options"):
        newsrepair.repair("本报讯", join_line=False)  # type: ignore[call-arg]


def test_each_fix_can_be_switched_off() -> None:
    assert newsrepair.repair("书 记\n吕 沛", join_lines=False, remove_spaces=False) == "书 记\n吕 沛"
