"""The checks the fuzzers run on one text (shared by atheris and hypothesis).

Every check raises ``AssertionError`` with a message naming the promise
that broke; any other exception is a crash.
"""

from __future__ import annotations

import newsrepair
from newsrepair.trace import Edit, Step


#: Pieces that matter to the repair, for building adversarial pages.
TOKENS: tuple[str, ...] = (
    "本", "报", "讯", "又讯", "本报讯", "新华社北京1月29日电", "（", "）", "（记者", "李鑫", "）",
    "2022", "年", "12", "月", "27", "日", "3时30分", "万元", "。", "，", "、", "；", "：", "！", "？",
    "“", "”", "…", "——", "·", " ", "  ", "\u3000", "\u3000\u3000", "\u00a0", "\t", "\n", "\n\n",
    "\r\n", "\r", "\f", "\v", "\x00", "\u200b", "\ufeff", "\u00ad", "\ud800", "\U0001f600", "⼯", "作",
    "２０２２", "Ａ", "Apple Watch", "COVID 19", "摄", "刘金元 摄", "本报记者 刘金元 摄",
    "（牛森杰 李泽乾）", "第4版", "星期二", "要闻", "2020年1月21日", "责任编辑：谢磊秀", "州",
    "示范区", "会议", "指出", "书记吕沛主持召开", "(", ")", ",", ".", "!", "?", ":", ";", "...", "--",
    "a", "Z", "0", "9", "%", "\u2028", "\x85", "\x1c",
)

#: Switches that leave every non-whitespace character alone.
CONTENT_SAFE = dict(
    remove_invisible=False, fix_glyphs=False, fix_width=False, normalize_punctuation=False
)


def strip(text: str) -> str:
    """``text`` without any whitespace (``str.isspace``: also U+001C..U+001F, U+0085)."""
    return "".join(c for c in text if not c.isspace())


def replay(text: str, steps: list[Step]) -> str:
    """Apply a trace (edits in offsets of ``text``) step by step.

    Each step's edits are mapped from input offsets to offsets in the text
    the step saw, through the edits of the steps before it; the text each
    edit replaces must be there.
    """
    layers: list[list[Edit]] = []
    for step in steps:
        local: list[Edit] = []
        for edit in step.edits:
            start = _forward(edit.start, layers, at_end=False)
            end = max(start, _forward(edit.end, layers, at_end=True))
            if text[start:end] != edit.old:
                raise AssertionError(
                    f"trace step {step.fix}: {edit.old!r} is not at {edit.start}..{edit.end} "
                    f"(found {text[start:end]!r})"
                )
            local.append(Edit(start, end, edit.old, edit.new))
        text = newsrepair.apply_edits(text, local)
        layers.append(local)
    return text


def _forward(pos: int, layers: list[list[Edit]], *, at_end: bool) -> int:
    """Map an input offset through earlier steps' edits (a start or an end)."""
    for edits in layers:
        shift = 0
        new_pos = None
        for edit in edits:
            if pos <= edit.start:
                break
            if pos < edit.end:  # inside an edit: its output start (or end)
                new_pos = edit.start + shift + (len(edit.new) if at_end else 0)
                break
            shift += len(edit.new) - (edit.end - edit.start)
        pos = new_pos if new_pos is not None else pos + shift
    return pos


def check_text(text: str) -> str:
    """Run every promise on ``text``; return the repaired text."""
    out = newsrepair.repair(text)
    assert isinstance(out, str)
    again = newsrepair.repair(out)
    assert again == out, f"not idempotent: {out!r} -> {again!r}"
    explained, steps = newsrepair.repair_and_explain(text)
    assert explained == out, "repair_and_explain disagrees with repair"
    replayed = replay(text, steps)
    assert replayed == out, f"trace does not explain the output: {replayed!r} != {out!r}"
    for step in steps:
        for edit in step.edits:
            assert 0 <= edit.start <= edit.end <= len(text), f"edit out of range in {step.fix}"
    safe = newsrepair.repair(text, **CONTENT_SAFE)  # type: ignore[arg-type]
    assert strip(safe) == strip(text), "content changed with the content fixes off"
    split = getattr(newsrepair, "split_articles", None)
    if split is not None:
        items = split(text)
        inside = "".join(s.text for item in items for s in item.segments)
        assert strip(inside) == strip(out), "split_articles lost or invented content"
    return out


def check_bytes(data: bytes) -> None:
    """The CLI's decoding path: decode (auto), repair, encode back."""
    try:
        from newsrepair import decoding
    except ImportError:  # pragma: no cover - module not there yet
        return
    try:
        decoded = decoding.decode(data, encoding="auto")
    except decoding.UndecodableError:
        return
    out = check_text(decoded.text)
    try:
        decoding.encode(decoded, out)
    except UnicodeEncodeError:
        pass
