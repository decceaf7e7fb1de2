"""The repair pipeline: fixes in order, options, and the trace.

Each fix is registered once in :data:`FIXERS` under one name, which is also
the name of its switch in :class:`RepairOptions` and of its step in the trace.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from functools import partial, wraps
from typing import Callable, Protocol, TypedDict, Unpack

from .conversion import convert_edits
from .glyphs import fix_glyphs_edits
from .invisible import remove_invisible_edits
from .paragraphs import join_lines, join_lines_edits
from .punctuation import fix_width_edits, normalize_punctuation_edits
from .spacing import (
    normalize_dates_edits,
    normalize_markers_edits,
    remove_spaces,
    remove_spaces_edits,
    space_names_edits,
)
from .inputs import require_text
from .trace import Edit, OffsetMap, Step, apply_edits


@dataclass(frozen=True, slots=True)
class RepairOptions:
    """Which fixes :func:`repair` runs.  Every fix can be switched off.

    >>> RepairOptions().join_lines, RepairOptions(remove_spaces=False).remove_spaces
    (True, False)
    """

    #: Remove zero width characters, soft hyphens, stray BOMs and control characters.
    remove_invisible: bool = True
    #: Replace radical code points in running text by their ideographs (``⼯作`` → ``工作``).
    fix_glyphs: bool = True
    #: Make fullwidth digits and Latin letters halfwidth (``２０２２`` → ``2022``).
    fix_width: bool = True
    #: Make halfwidth ``, : ; ? ! ( ) ... --`` in Chinese text fullwidth.
    normalize_punctuation: bool = True
    #: Rejoin hard-wrapped lines into one paragraph per line.
    join_lines: bool = True
    #: Remove spaces around and inside fullwidth bracketed markers.
    normalize_markers: bool = True
    #: Remove spaces inside dates, times and numbers with units.
    normalize_dates: bool = True
    #: Remove extraction spaces next to CJK characters and fullwidth punctuation.
    remove_spaces: bool = True
    #: Put back the spaces between names in bylines and photo credits.
    space_names: bool = True
    #: OpenCC configuration to convert with (``"t2s"``, ``"s2t"``, ...), or None.
    convert: str | None = None


class Switches(TypedDict, total=False):
    """Keyword switches of :func:`repair`, one per field of :class:`RepairOptions`."""

    remove_invisible: bool
    join_lines: bool
    fix_glyphs: bool
    fix_width: bool
    normalize_punctuation: bool
    normalize_markers: bool
    normalize_dates: bool
    remove_spaces: bool
    space_names: bool
    convert: str | None


class EditFinder(Protocol):
    """A registered fix: the edits it makes to ``text`` under ``options``.

    ``options`` may be left out; a fix then uses the defaults of
    :class:`RepairOptions`.
    """

    def __call__(self, text: str, options: RepairOptions | None = None, /) -> list[Edit]: ...


def _without_options(find: Callable[[str], list[Edit]]) -> EditFinder:
    """Adapt a fix that has no options to the :data:`FIXERS` signature."""

    @wraps(find)
    def finder(text: str, options: RepairOptions | None = None, /) -> list[Edit]:
        return find(text)

    return finder


def _convert_edits(text: str, options: RepairOptions | None = None, /) -> list[Edit]:
    """OpenCC conversion with the configuration named by ``options.convert``."""
    config = options.convert if options is not None else None
    return convert_edits(text, config) if config else []


#: The fixes in the order the pipeline runs them.
FIXERS: dict[str, EditFinder] = {
    "remove_invisible": _without_options(remove_invisible_edits),
    "fix_glyphs": _without_options(fix_glyphs_edits),
    "fix_width": _without_options(fix_width_edits),
    "normalize_punctuation": _without_options(normalize_punctuation_edits),
    "join_lines": _without_options(join_lines_edits),
    "normalize_markers": _without_options(normalize_markers_edits),
    "normalize_dates": _without_options(normalize_dates_edits),
    "remove_spaces": _without_options(remove_spaces_edits),
    "space_names": _without_options(space_names_edits),
    "convert": _convert_edits,
}


#: The fixes that change characters, not only whitespace; they run first,
#: before the layout fixes (``convert``, last, changes characters too).
CHARACTER_FIXES: tuple[str, ...] = ("remove_invisible", "fix_glyphs", "fix_width", "normalize_punctuation")


#: Fixes that can also write their output directly, faster and with less
#: memory than making their edits and applying them: :func:`repair` uses
#: them; :func:`repair_and_explain` needs the edits.
WRITERS: dict[str, Callable[[str], str]] = {
    "join_lines": join_lines,
    "remove_spaces": remove_spaces,
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


def repair(text: str, *, options: RepairOptions | None = None, **switches: Unpack[Switches]) -> str:
    """Repair extracted newspaper text: one clean paragraph per line.

    Runs every fix in :data:`FIXERS` that is switched on, in order.  Beyond
    whitespace, only the character fixes change content (invisible
    characters, radical glyphs, widths, punctuation, and OpenCC conversion
    when ``convert`` names a configuration); the trace records each change.

    >>> repair("本 报 讯 2022 年 12 月 27\\n日，示范区 （高新区） 党工委书记吕\\n沛主持召开会议。")
    '本报讯2022年12月27日，示范区（高新区）党工委书记吕沛主持召开会议。'
    """
    text = require_text(text)
    for _, fix in text_fixes(_options(options, switches)):
        text = fix(text)
    return text


def text_fixes(options: RepairOptions) -> list[tuple[str, Callable[[str], str]]]:
    """The fixes :func:`repair` runs under ``options``, in order, each text in and text out.

    A fix writes its text directly where it can (:data:`WRITERS`), else its
    edits are applied.  ``benchmarks/compare.py --phases`` times them one by one.

    >>> [name for name, _ in text_fixes(RepairOptions(join_lines=False))][3:5]
    ['normalize_punctuation', 'normalize_markers']
    >>> dict(text_fixes(RepairOptions()))["remove_spaces"]("书 记 吕 沛")
    '书记吕沛'
    """
    fixes: list[tuple[str, Callable[[str], str]]] = []
    for name, finder in FIXERS.items():
        if getattr(options, name):
            fixes.append((name, WRITERS.get(name) or partial(_apply_edits_of, finder, options)))
    return fixes


def _apply_edits_of(finder: EditFinder, options: RepairOptions, text: str) -> str:
    return apply_edits(text, finder(text, options))


def repair_and_explain(
    text: str, *, options: RepairOptions | None = None, **switches: Unpack[Switches]
) -> tuple[str, list[Step]]:
    """Repair ``text`` and say what each fix changed, in offsets of the input.

    >>> fixed, steps = repair_and_explain("本 报 讯")
    >>> fixed, [(s.fix, [(e.start, e.end, e.old, e.new) for e in s.edits]) for s in steps]
    ('本报讯', [('remove_spaces', [(1, 2, ' ', ''), (3, 4, ' ', '')])])
    """
    text = require_text(text)
    chosen = _options(options, switches)
    offsets = OffsetMap()
    steps: list[Step] = []
    for name, finder in FIXERS.items():
        if not getattr(chosen, name):
            continue
        edits = finder(text, chosen)
        if edits:
            steps.append(offsets.explain(name, edits))
            offsets.push(edits)
            text = apply_edits(text, edits)
    return text, steps
