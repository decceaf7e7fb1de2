"""Convert between Simplified and Traditional Chinese with OpenCC.

Papers from Hong Kong and Taiwan print Traditional characters; readers and
search indexes often want Simplified, or the other way round.
:func:`convert` wraps the ``opencc`` package with its standard
configurations (see :data:`CONFIGS`).  Conversion is a content change, so
in :func:`newsrepair.repair` it is off unless asked for
(``repair(text, convert="t2s")``), and :func:`convert_edits` gives every
changed character for the trace.

Converters are costly to build (they load dictionaries), so each is built
once, on first use, under a lock, and then shared.  Sharing is safe: an
OpenCC converter holds no state between calls, and its authors state that
conversion is thread-safe (BYVoid/OpenCC issue 231); the tests convert from
many threads at once.

OpenCC never converts across whitespace or punctuation (its dictionary
entries hold ideographs, Latin letters, ``·`` and ``-`` only), and it
cannot encode lone surrogates; they and NUL are passed through unchanged
and the text between them is converted piece by piece.

Conversion is not always idempotent: OpenCC's own tables chain a few
characters (``s2t`` makes ``苎`` into ``苧`` and ``苧`` into ``薴``), so
converting a converted text again can change it.  Convert once.
"""

from __future__ import annotations

import threading
from difflib import SequenceMatcher
from typing import Protocol

import opencc
import regex

from .trace import Edit
from .inputs import require_text

#: The standard OpenCC configurations, as ``source2target``: ``s`` Simplified,
#: ``t`` Traditional (OpenCC standard), ``tw`` Taiwan, ``hk`` Hong Kong,
#: ``jp`` Japanese Shinjitai; ``p`` adds regional phrases (``s2twp``:
#: ``软件`` becomes ``軟體``).
CONFIGS: tuple[str, ...] = (
    "s2t",
    "t2s",
    "s2tw",
    "tw2s",
    "s2hk",
    "hk2s",
    "s2twp",
    "tw2sp",
    "t2tw",
    "t2hk",
    "t2jp",
    "jp2t",
)


class _Converter(Protocol):
    def convert(self, text: str) -> str: ...


_converters: dict[str, _Converter] = {}
_lock = threading.Lock()

#: What OpenCC must not see: lone surrogates (not encodable) and NUL (some
#: OpenCC versions stop at it).
_UNCONVERTIBLE = regex.compile(r"[\p{Cs}\x00]++")
#: Characters that no OpenCC dictionary entry contains, as key or value:
#: OpenCC neither changes them nor puts them in, so they align a text with
#: its conversion.
_BOUNDARY = regex.compile(r"[\s\p{Cc}\p{Cs}]|[\p{P}--[·\-‧・]]", regex.V1)
#: Longest stretch handed to the character diff; longer ones become one edit.
_DIFF_LIMIT = 400


def _check_config(config: str) -> str:
    name = config[:-5] if isinstance(config, str) and config.endswith(".json") else config
    if name not in CONFIGS:
        raise ValueError(f"unknown OpenCC config {config!r}; valid configs: {', '.join(CONFIGS)}")
    return name


def _converter(config: str) -> _Converter:
    """The shared converter for ``config``, built on first use."""
    name = _check_config(config)
    converter = _converters.get(name)
    if converter is None:
        with _lock:
            converter = _converters.get(name)
            if converter is None:
                converter = opencc.OpenCC(f"{name}.json")
                _converters[name] = converter
    return converter


def _chunks(text: str) -> list[tuple[int, int, bool]]:
    """``(start, end, convertible)`` spans covering ``text`` in order."""
    spans = []
    pos = 0
    for m in _UNCONVERTIBLE.finditer(text):
        if m.start() > pos:
            spans.append((pos, m.start(), True))
        spans.append((m.start(), m.end(), False))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text), True))
    return spans


def convert(text: str, config: str) -> str:
    """Convert Chinese ``text`` with the OpenCC configuration ``config``.

    ``config`` is one of :data:`CONFIGS` (a ``.json`` suffix is accepted);
    anything else raises :class:`ValueError` listing the valid ones.

    >>> convert("汉字转换，头发", "s2t")
    '漢字轉換，頭髮'
    >>> convert("軟體與滑鼠", "tw2sp")
    '软件与鼠标'
    """
    text = require_text(text)
    converter = _converter(config)
    if not _UNCONVERTIBLE.search(text):
        return converter.convert(text) if text else text
    return "".join(
        converter.convert(text[start:end]) if ok else text[start:end]
        for start, end, ok in _chunks(text)
    )


def convert_edits(text: str, config: str) -> list[Edit]:
    """The edits :func:`convert` makes, with offsets in ``text``.

    Each edit is a run of changed characters; where OpenCC changes the
    length (a regional phrase), the edit spans the differing stretch.

    >>> convert_edits("头发和后面", "s2t")
    [Edit(start=0, end=2, old='头发', new='頭髮'), Edit(start=3, end=4, old='后', new='後')]
    """
    converter = _converter(config)
    edits: list[Edit] = []
    for start, end, ok in _chunks(text):
        if not ok:
            continue
        chunk = text[start:end]
        out = converter.convert(chunk)
        if out != chunk:
            edits.extend(_align(chunk, out, start))
    return edits


def _align(chunk: str, out: str, offset: int) -> list[Edit]:
    """Edits turning ``chunk`` into its conversion ``out``.

    OpenCC leaves boundary characters (whitespace, punctuation) as they are
    and puts none in, so they stand in the same order in ``out`` and cut
    both texts into matching pieces.  Pieces that keep their length are
    compared position by position; the others get a character diff.
    """
    if len(out) == len(chunk):
        return _same_length_edits(chunk, out, offset)
    cuts = [m.start() for m in _BOUNDARY.finditer(chunk)]
    out_cuts = [m.start() for m in _BOUNDARY.finditer(out)]
    if len(cuts) != len(out_cuts) or any(chunk[i] != out[j] for i, j in zip(cuts, out_cuts)):
        return _diff_edits(chunk, out, offset)  # not expected from OpenCC
    edits: list[Edit] = []
    i0 = j0 = 0
    for i, j in [*zip(cuts, out_cuts), (len(chunk), len(out))]:
        old, new = chunk[i0:i], out[j0:j]
        if old != new:
            if len(old) == len(new):
                edits.extend(_same_length_edits(old, new, offset + i0))
            else:
                edits.extend(_diff_edits(old, new, offset + i0))
        i0, j0 = i + 1, j + 1
    return edits


def _same_length_edits(old: str, new: str, offset: int) -> list[Edit]:
    """One edit per run of positions where ``old`` and ``new`` differ."""
    edits: list[Edit] = []
    run_start = run_end = -1
    for i in [i for i, (a, b) in enumerate(zip(old, new)) if a != b]:
        if i != run_end:
            if run_start >= 0:
                edits.append(Edit(offset + run_start, offset + run_end, old[run_start:run_end], new[run_start:run_end]))
            run_start = i
        run_end = i + 1
    if run_start >= 0:
        edits.append(Edit(offset + run_start, offset + run_end, old[run_start:run_end], new[run_start:run_end]))
    return edits


def _diff_edits(old: str, new: str, offset: int) -> list[Edit]:
    """Character diff of ``old`` and ``new`` (bounded: long middles become one edit)."""
    head = 0
    limit = min(len(old), len(new))
    while head < limit and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < limit - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    a, b = old[head : len(old) - tail], new[head : len(new) - tail]
    base = offset + head
    if len(a) > _DIFF_LIMIT or len(b) > _DIFF_LIMIT:
        return [Edit(base, base + len(a), a, b)]
    edits: list[Edit] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        start = base + i1
        if edits and start - edits[-1].end <= 1:  # one shared character: one phrase edit
            last = edits.pop()
            gap = a[last.end - base : i1]
            edits.append(Edit(last.start, base + i2, last.old + gap + a[i1:i2], last.new + gap + b[j1:j2]))
        else:
            edits.append(Edit(start, base + i2, a[i1:i2], b[j1:j2]))
    return edits

