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
#: Characters no OpenCC dictionary entry contains: OpenCC never converts
#: across them, so text can be converted piece by piece between them.
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
            edits.extend(_align(converter, chunk, out, start))
    return edits


def _align(converter: _Converter, chunk: str, out: str, offset: int) -> list[Edit]:
    """Edits turning ``chunk`` into its conversion ``out``."""
    if len(out) == len(chunk):
        return _same_length_edits(chunk, out, offset)
    pieces = []
    pos = 0
    for m in _BOUNDARY.finditer(chunk):
        if m.start() > pos:
            pieces.append((pos, m.start()))
        pos = m.end()
    if pos < len(chunk):
        pieces.append((pos, len(chunk)))
    converted = [converter.convert(chunk[s:e]) for s, e in pieces]
    rebuilt: list[str] = []
    last = 0
    for (s, e), new in zip(pieces, converted):
        rebuilt.append(chunk[last:s])
        rebuilt.append(new)
        last = e
    rebuilt.append(chunk[last:])
    if "".join(rebuilt) != out:  # not expected from OpenCC; align the whole chunk
        return _diff_edits(chunk, out, offset)
    edits: list[Edit] = []
    for (s, e), new in zip(pieces, converted):
        old = chunk[s:e]
        if new == old:
            continue
        if len(new) == len(old):
            edits.extend(_same_length_edits(old, new, offset + s))
        else:
            edits.extend(_diff_edits(old, new, offset + s))
    return edits


def _same_length_edits(old: str, new: str, offset: int) -> list[Edit]:
    """One edit per run of positions where ``old`` and ``new`` differ."""
    edits = []
    i = 0
    n = len(old)
    while i < n:
        if old[i] == new[i]:
            i += 1
            continue
        j = i
        while j < n and old[j] != new[j]:
            j += 1
        edits.append(Edit(offset + i, offset + j, old[i:j], new[i:j]))
        i = j
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

