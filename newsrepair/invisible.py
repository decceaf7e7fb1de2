"""Remove the invisible characters that extractors leave in text.

PDF extractors, OCR engines and web-to-PDF converters leave characters that
print nothing but break search and matching: ``工\\u200b作`` is not ``工作``.
:func:`remove_invisible` removes

* zero width space U+200B, word joiner U+2060, and U+FEFF (byte order mark /
  zero width no-break space) anywhere, at the very start as in mid-text
  (where concatenated files put it);
* soft hyphen U+00AD (Chinese is never hyphenated);
* zero width non-joiner U+200C and joiner U+200D, except where they do a
  job: a joiner between the pieces of an emoji sequence (``👨‍👩‍👧``), and
  either joiner between two letters of a script that shapes with them
  (Arabic, Indic scripts);
* C0 and C1 control characters and DEL, except those that lay out text:
  tab, line feed, vertical tab, form feed, carriage return, the separators
  U+001C-001E and NEL U+0085, which line splitters treat as line breaks and
  :func:`newsrepair.join_lines` reads as line and page breaks.

Lone surrogates (``"\\ud800"``, from decoding with ``surrogateescape`` or
broken UTF-16) are left alone: they are not invisible, they stand for bytes
that did not decode, and removing them would hide that damage.  Nothing here
raises on them.  Every removal is an :class:`~newsrepair.trace.Edit` in the
trace; a run of adjacent removable characters is one edit.
"""

from __future__ import annotations

import regex

from .chars import CONTROLS, EMOJI_PART, INVISIBLE, JOINERS, JOINING_LETTER
from .inputs import require_text
from .trace import Edit, apply_edits

#: A run of candidates for removal.
_CANDIDATES = regex.compile(f"[{INVISIBLE}{CONTROLS}{JOINERS}]++")
_EMOJI_PART = regex.compile(f"[{EMOJI_PART}]")
_PICTOGRAPH = regex.compile(r"\p{Extended_Pictographic}")
_JOINING_LETTER = regex.compile(JOINING_LETTER, regex.V1)
_ZWJ = "\u200d"
_JOINER_SET = frozenset("\u200c\u200d")


def _joiner_does_a_job(text: str, i: int) -> bool:
    """Whether the joiner at ``text[i]`` shapes its neighbours."""
    if i == 0 or i + 1 >= len(text):
        return False
    before, after = text[i - 1], text[i + 1]
    if text[i] == _ZWJ and _EMOJI_PART.match(before) and _PICTOGRAPH.match(after):
        return True
    return bool(_JOINING_LETTER.match(before) and _JOINING_LETTER.match(after))


def remove_invisible_edits(text: str) -> list[Edit]:
    """The edits :func:`remove_invisible` makes, with offsets in ``text``.

    >>> remove_invisible_edits("\\ufeff工\\u200b作")
    [Edit(start=0, end=1, old='\\ufeff', new=''), Edit(start=2, end=3, old='\\u200b', new='')]
    """
    edits: list[Edit] = []
    for run in _CANDIDATES.finditer(text):
        start = None
        for i in range(run.start(), run.end()):
            keep = text[i] in _JOINER_SET and _joiner_does_a_job(text, i)
            if not keep and start is None:
                start = i
            elif keep and start is not None:
                edits.append(Edit(start, i, text[start:i], ""))
                start = None
        if start is not None:
            edits.append(Edit(start, run.end(), text[start : run.end()], ""))
    return edits


def remove_invisible(text: str) -> str:
    """Remove zero width characters, soft hyphens, stray BOMs and control characters.

    Line breaks, tabs and form feeds stay; so do joiners that hold an emoji
    sequence or a shaped script together.

    >>> remove_invisible("\\ufeff示范区\\u200b（高新区）\\u00ad党工委\\x00")
    '示范区（高新区）党工委'
    >>> remove_invisible("第一版\\f第二版\\n")
    '第一版\\x0c第二版\\n'
    >>> remove_invisible("👨\\u200d👩\\u200d👧") == "👨\\u200d👩\\u200d👧"
    True
    """
    text = require_text(text)
    return apply_edits(text, remove_invisible_edits(text))
