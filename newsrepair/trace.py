"""Edits and traces: what a fix changed, and where in the original input.

A fix computes a list of :class:`Edit` objects over its own input and applies
them with :func:`apply_edits`.  The pipeline chains fixes; :class:`OffsetMap`
carries each step's edits back to offsets in the ORIGINAL text, so that a
trace names the place a change happened however many fixes ran before it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

import regex

from .inputs import require_text


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``old`` at ``[start, end)`` by ``new``.

    In a fix's own output the offsets are in the fix's input; in a trace
    returned by :func:`newsrepair.repair_and_explain` they are in the
    original input of the pipeline.
    """

    start: int
    end: int
    old: str
    new: str

    def to_dict(self) -> dict[str, object]:
        """The edit as JSON-ready data."""
        return {"start": self.start, "end": self.end, "old": self.old, "new": self.new}


@dataclass(frozen=True, slots=True)
class Step:
    """One fix that changed the text, with its edits."""

    fix: str
    edits: tuple[Edit, ...]

    def to_dict(self) -> dict[str, object]:
        """The step as JSON-ready data."""
        return {"fix": self.fix, "edits": [e.to_dict() for e in self.edits]}


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """Apply sorted, non-overlapping ``edits`` to ``text``.

    >>> apply_edits("本 报 讯", [Edit(1, 2, " ", ""), Edit(3, 4, " ", "")])
    '本报讯'
    """
    text = require_text(text)
    if not edits:
        return text
    parts: list[str] = []
    pos = 0
    for edit in edits:
        parts.append(text[pos : edit.start])
        parts.append(edit.new)
        pos = edit.end
    parts.append(text[pos:])
    return "".join(parts)


def sub_edits(
    pattern: regex.Pattern[str],
    replace: Callable[[regex.Match[str]], str],
    text: str,
    *,
    group: int = 0,
) -> list[Edit]:
    """Edits that replace each match's ``group`` by ``replace(match)``.

    Matches whose replacement equals the matched text give no edit.
    """
    edits: list[Edit] = []
    for match in pattern.finditer(text):
        old = match.group(group)
        new = replace(match)
        if new != old:
            edits.append(Edit(match.start(group), match.end(group), old, new))
    return edits


class OffsetMap:
    """Maps offsets in the output of a chain of edit lists back to the input.

    >>> m = OffsetMap()
    >>> m.push([Edit(1, 2, " ", "")])          # "a b" -> "ab"
    >>> m.to_original(1, 2)                     # "b" in "ab"
    (2, 3)
    """

    def __init__(self) -> None:
        self._layers: list[tuple[list[int], list[Edit], list[int]]] = []

    def push(self, edits: Sequence[Edit]) -> None:
        """Record one step's edits (offsets in that step's input)."""
        if not edits:
            return
        out_starts: list[int] = []
        out_ends: list[int] = []
        shift = 0
        for edit in edits:
            out_start = edit.start + shift
            out_starts.append(out_start)
            out_ends.append(out_start + len(edit.new))
            shift += len(edit.new) - (edit.end - edit.start)
        self._layers.append((out_starts, list(edits), out_ends))

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the span ``[start, end)`` of the latest text to the input."""
        for out_starts, edits, out_ends in reversed(self._layers):
            start = _map_start(start, out_starts, edits, out_ends)
            end = _map_end(end, out_starts, edits, out_ends)
        return start, max(start, end)

    def explain(self, fix: str, edits: Iterable[Edit]) -> Step:
        """A trace step for ``edits`` made on the latest text, in input offsets."""
        mapped = tuple(
            Edit(*self.to_original(e.start, e.end), e.old, e.new) for e in edits
        )
        return Step(fix, mapped)


def _map_start(pos: int, out_starts: list[int], edits: list[Edit], out_ends: list[int]) -> int:
    i = bisect_right(out_starts, pos) - 1
    if i < 0:
        return pos
    if pos < out_ends[i]:
        return edits[i].start
    return pos - out_ends[i] + edits[i].end


def _map_end(pos: int, out_starts: list[int], edits: list[Edit], out_ends: list[int]) -> int:
    i = bisect_left(out_starts, pos) - 1
    if i < 0:
        return pos
    if pos <= out_ends[i]:
        return edits[i].end
    return pos - out_ends[i] + edits[i].end
