"""The repair pipeline: fixes in order, options, and the trace.

Each fix is registered once in :data:`FIXERS` under one name, which is also
the name of its switch in :class:`RepairOptions` and of its step in the trace.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Callable, TypedDict, Unpack

from .paragraphs import join_lines_edits
from .spacing import normalize_dates_edits, normalize_markers_edits, remove_spaces_edits
from .trace import Edit, OffsetMap, Step, apply_edits

EditFinder = Callable[[str], list[Edit]]


@dataclass(frozen=True, slots=True)
class RepairOptions:
    """Which fixes :func:`repair` runs.  Every fix can be switched off.

    >>> RepairOptions().join_lines, RepairOptions(remove_spaces=False).remove_spaces
    (True, False)
    """

    #: Rejoin hard-wrapped lines into one paragraph per line.
    join_lines: bool = True
    #: Remove spaces around and inside fullwidth bracketed markers.
    normalize_markers: bool = True
    #: Remove spaces inside dates, times and numbers with units.
    normalize_dates: bool = True
    #: Remove extraction spaces next to CJK characters and fullwidth punctuation.
    remove_spaces: bool = True


class Switches(TypedDict, total=False):
    """Keyword switches of :func:`repair`, one per field of :class:`RepairOptions`."""

    join_lines: bool
    normalize_markers: bool
    normalize_dates: bool
    remove_spaces: bool


#: The fixes in the order the pipeline runs them.
FIXERS: dict[str, EditFinder] = {
    "join_lines": join_lines_edits,
    "normalize_markers": normalize_markers_edits,
    "normalize_dates": normalize_dates_edits,
    "remove_spaces": remove_spaces_edits,
}


def _options(options: RepairOptions | None, switches: Switches) -> RepairOptions:
    base = options if options is not None else RepairOptions()
    names = {f.name for f in fields(RepairOptions)}
    unknown = set(switches) - names
    if unknown:
        raise TypeError(
            f"unknown repair option(s) {sorted(unknown)}; valid options: {sorted(names)}"
        )
    return replace(base, **switches) if switches else base


def _check_text(text: object) -> str:
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError(
            "newsrepair works on str, not bytes: decode the input first, "
            "e.g. data.decode('utf-8') or data.decode('gb18030')"
        )
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    return text


def repair(text: str, *, options: RepairOptions | None = None, **switches: Unpack[Switches]) -> str:
    """Repair extracted newspaper text: one clean paragraph per line.

    Runs every fix in :data:`FIXERS` that is switched on, in order.  Only
    whitespace changes unless a content normalization is switched on.

    >>> repair("本 报 讯 2022 年 12 月 27\\n日，示范区 （高新区） 党工委书记吕\\n沛主持召开会议。")
    '本报讯2022年12月27日，示范区（高新区）党工委书记吕沛主持召开会议。'
    """
    text = _check_text(text)
    chosen = _options(options, switches)
    for name, finder in FIXERS.items():
        if getattr(chosen, name):
            text = apply_edits(text, finder(text))
    return text


def repair_and_explain(
    text: str, *, options: RepairOptions | None = None, **switches: Unpack[Switches]
) -> tuple[str, list[Step]]:
    """Repair ``text`` and say what each fix changed, in offsets of the input.

    >>> fixed, steps = repair_and_explain("本 报 讯")
    >>> fixed, [(s.fix, [(e.start, e.end, e.old, e.new) for e in s.edits]) for s in steps]
    ('本报讯', [('remove_spaces', [(1, 2, ' ', ''), (3, 4, ' ', '')])])
    """
    text = _check_text(text)
    chosen = _options(options, switches)
    offsets = OffsetMap()
    steps: list[Step] = []
    for name, finder in FIXERS.items():
        if not getattr(chosen, name):
            continue
        edits = finder(text)
        if edits:
            steps.append(offsets.explain(name, edits))
            offsets.push(edits)
            text = apply_edits(text, edits)
    return text, steps
