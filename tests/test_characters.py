"""The character fixes inside repair(): order, switches, and a trace that explains every content change."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsrepair import FIXERS, RepairOptions, repair, repair_and_explain
from newsrepair.trace import Step

#: Every fix that may change more than whitespace, switched off.
CONTENT_OFF = {
    "remove_invisible": False,
    "fix_glyphs": False,
    "fix_width": False,
    "normalize_punctuation": False,
    "convert": None,
}

DAMAGED = (
    "\ufeff本 报 讯 ２０２２ 年 １２ 月 ２７\n日,示范区 (高新区) 党⼯委书记吕\u200b\n"
    "沛主持召开会议...会议指出--要全⾯推进⻘年⼈才⼯作。"
)


def _content(text: str) -> str:
    return "".join(ch for ch in text if not ch.isspace())


def _replay(text: str, steps: list[Step]) -> str:
    """The input with every edit of the trace applied in turn, from original offsets only.

    The text is kept as pieces, each with the span of the input it came
    from.  An edit's span (in input offsets) picks the pieces it covers; its
    ``old`` must be found in them and is replaced by ``new``; the pieces
    merge into one piece spanning them.  A change the trace does not
    record is never made, so the result equals the output only if the trace
    explains every change.
    """
    los = list(range(len(text)))  # input span and text of each piece, in order
    his = list(range(1, len(text) + 1))
    parts = list(text)
    for step in steps:
        for edit in step.edits:
            first = bisect_right(his, edit.start)  # first piece ending after the start
            last = bisect_left(los, edit.end) - 1  # last piece starting before the end
            if edit.start == edit.end or first > last:  # an insertion between pieces
                assert edit.old == "", (step.fix, edit)
                at = bisect_left(los, edit.start)
                los.insert(at, edit.start)
                his.insert(at, edit.start)
                parts.insert(at, edit.new)
                continue
            window = "".join(parts[first : last + 1])
            at = window.find(edit.old)
            assert at >= 0, (step.fix, edit, window)
            merged = window[:at] + edit.new + window[at + len(edit.old) :]
            los[first : last + 1] = [los[first]]
            his[first : last + 1] = [his[last]]
            parts[first : last + 1] = [merged]
    return "".join(parts)


# ------------------------------------------------------------------- order


def test_character_fixes_run_in_their_place_in_the_pipeline() -> None:
    names = list(FIXERS)
    # character fixes first, so that line rejoining weighs the same
    # characters on a page and on its repaired text
    order = [
        "remove_invisible",
        "fix_glyphs",
        "fix_width",
        "normalize_punctuation",
        "join_lines",
        "normalize_markers",
        "normalize_dates",
        "remove_spaces",
    ]
    assert [n for n in names if n in order] == order
    assert names[-1] == "convert"


def test_character_fixes_are_on_by_default_and_conversion_is_off() -> None:
    options = RepairOptions()
    assert (options.remove_invisible, options.fix_glyphs, options.fix_width, options.normalize_punctuation) == (
        True,
        True,
        True,
        True,
    )
    assert options.convert is None


# ------------------------------------------------------------------ repair


def test_repair_fixes_every_kind_of_character_damage() -> None:
    assert repair(DAMAGED) == (
        "本报讯2022年12月27日，示范区（高新区）党工委书记吕沛主持召开会议……会议指出——要全面推进青年人才工作。"
    )


def test_repair_converts_only_when_asked() -> None:
    assert repair("头发和后面") == "头发和后面"
    assert repair("头发和后面", convert="s2t") == "頭髮和後面"


def test_repair_with_an_unknown_configuration_raises_value_error() -> None:
    with pytest.raises(ValueError, match="valid configs"):
        repair("头发", convert="s2x")


def test_repair_is_idempotent_with_the_character_fixes() -> None:
    once = repair(DAMAGED)
    assert repair(once) == once


def test_switching_content_fixes_off_keeps_the_content_of_the_damaged_text() -> None:
    assert _content(repair(DAMAGED, **CONTENT_OFF)) == _content(DAMAGED)  # type: ignore[arg-type]


def test_switching_content_fixes_off_keeps_the_content_of_the_seed_page(seed_text: str) -> None:
    assert _content(repair(seed_text, **CONTENT_OFF)) == _content(seed_text)  # type: ignore[arg-type]


# ------------------------------------------------------------------- trace


def test_trace_names_the_character_fixes_that_changed_the_text() -> None:
    _, steps = repair_and_explain(DAMAGED)
    named = {s.fix for s in steps}
    assert {"remove_invisible", "fix_glyphs", "fix_width", "normalize_punctuation"} <= named


def test_trace_explains_every_content_change_of_the_damaged_text() -> None:
    fixed, steps = repair_and_explain(DAMAGED, convert="s2t")
    assert _replay(DAMAGED, steps) == fixed


def test_trace_explains_every_content_change_of_the_seed_page(seed_text: str) -> None:
    fixed, steps = repair_and_explain(seed_text, convert="s2twp")
    assert _replay(seed_text, steps) == fixed


def test_trace_edits_quote_the_original_text_for_the_first_fix() -> None:
    _, steps = repair_and_explain(DAMAGED)
    first = steps[0]
    assert first.fix == "remove_invisible"
    assert all(DAMAGED[e.start : e.end] == e.old for e in first.edits)


NOISY = st.lists(
    st.sampled_from(
        list("中国工作本报讯会议，。 \n,:;?!()-.aZ1２Ａ")
        + ["\u3000", "\u200b", "\ufeff", "\u00ad", "\x00", "⼯", "⻘", "...", "--", "\n\n"]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=100, deadline=None)
@given(NOISY)
def test_content_fixes_off_never_change_content(text: str) -> None:
    assert _content(repair(text, **CONTENT_OFF)) == _content(text)  # type: ignore[arg-type]


@settings(max_examples=100, deadline=None)
@given(NOISY)
def test_trace_explains_every_content_change(text: str) -> None:
    fixed, steps = repair_and_explain(text)
    assert _replay(text, steps) == fixed
