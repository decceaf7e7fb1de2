"""Character widths and punctuation of Chinese text.

Older papers set digits and Latin letters fullwidth (``２０２２年``,
``ＣＯＶＩＤ``); extractors and typists put halfwidth punctuation into
Chinese sentences (``会议指出,要``, ``(高新区)``, ``...``, ``--``).  Generic
cleaners fold fullwidth punctuation to ASCII, which damages Chinese text.
Here the direction is fixed:

* :func:`fix_width` makes fullwidth digits and Latin letters halfwidth, and
  touches nothing else (fullwidth punctuation stays);
* :func:`normalize_punctuation` makes halfwidth punctuation fullwidth where
  it stands in Chinese text, and never the reverse.

What "in Chinese text" means
----------------------------
A mark's *neighbours* are the nearest characters before and after it on the
same line, skipping inline spaces (extraction puts spaces around marks:
``指出 , 要求``).  A *CJK neighbour* is an ideograph, kana, Hangul or
radical.  Converted punctuation is never a CJK neighbour, so a second pass
sees the same context as the first (the fix is idempotent).

* ``marks``: a run of ``, : ; ? !`` with a CJK neighbour becomes
  ``， ： ； ？ ！``.  ``1,000``, ``12:30``, ``Hello, world!`` stay.
* ``brackets``: a matched pair ``( )`` becomes ``（ ）`` when its content
  contains CJK, when one of the pair is already fullwidth (``（高新区)``),
  or when it has a CJK neighbour outside (``调查(survey)显示``, ``(1)加强``)
  and the opening bracket is not attached to a letter or digit (``f(x)的``
  is function notation and stays).  Unmatched brackets stay.
* ``ellipses``: three or more ``.`` or ``。`` in a row become ``……`` when
  they have a CJK neighbour and no ASCII letter or digit neighbour.
* ``dashes``: exactly two hyphens ``--`` become ``——`` between two CJK
  neighbours; spaces and line breaks between the two are extraction
  damage (``主任-`` / ``-吕沛``).

URLs (``http://…``, ``https://…``, ``ftp://…``, ``www.…``) and e-mail
addresses are never touched, whatever stands next to them.  They are
recognized by their ASCII characters: a URL ends at the first character
that cannot stand in one (``见http://a.cn/x，了解``), and sentence
punctuation right after it (``.,:;!?'`` and an unbalanced ``)``) is not
part of it.  Host names written in Chinese are not recognized.
"""

from __future__ import annotations

from bisect import bisect_right

import regex

from .chars import ANY_SPACE, CJK, FULLWIDTH_ALNUM, INLINE_SPACE, RADICALS
from .inputs import require_text
from .trace import Edit, apply_edits

# ------------------------------------------------------------------ widths

_FULLWIDTH_ALNUM_RUN = regex.compile(f"[{FULLWIDTH_ALNUM}]++")
#: Fullwidth forms sit at their ASCII code point plus this offset.
_WIDTH_OFFSET = 0xFEE0


def fix_width_edits(text: str) -> list[Edit]:
    """The edits :func:`fix_width` makes, with offsets in ``text``.

    >>> fix_width_edits("２０２２年")
    [Edit(start=0, end=4, old='２０２２', new='2022')]
    """
    return [
        Edit(m.start(), m.end(), m.group(), "".join(chr(ord(c) - _WIDTH_OFFSET) for c in m.group()))
        for m in _FULLWIDTH_ALNUM_RUN.finditer(text)
    ]


def fix_width(text: str) -> str:
    """Make fullwidth digits and Latin letters halfwidth (U+FF10-FF19, FF21-FF3A, FF41-FF5A).

    Fullwidth punctuation (``，（）：％``) is Chinese typesetting and stays.

    >>> fix_width("２０２２年ＣＯＶＩＤ－１９疫情，（ａ）")
    '2022年COVID－19疫情，（a）'
    """
    text = require_text(text)
    return apply_edits(text, fix_width_edits(text))


# ------------------------------------------------------------- punctuation

_TO_FULLWIDTH = str.maketrans({",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"})
_MARK_RUN = regex.compile(r"[,:;?!]++")
# spaces and line breaks between the marks are extraction damage: the run is
# still one mark (a line never starts with a full stop, see join_lines)
_GAP = rf"{ANY_SPACE}*+"
_ELLIPSIS = regex.compile(rf"\.(?:{_GAP}\.){{2,}}+|。(?:{_GAP}。){{2,}}+")
_DASH = regex.compile(rf"(?<!-{_GAP})-{_GAP}-(?!{_GAP}-)")
_BRACKET = regex.compile(r"[()（）]")
_CJK_CHAR = regex.compile(f"[{CJK}{RADICALS}]")
_ASCII_ALNUM = regex.compile(r"[A-Za-z0-9]")
_SPACE = regex.compile(INLINE_SPACE)

_URL_CHARS = r"A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%"
_URL = regex.compile(rf"(?<![A-Za-z0-9])(?:(?:https?|ftp)://|www\.)[{_URL_CHARS}]++", regex.IGNORECASE)
_EMAIL = regex.compile(
    r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]++@[A-Za-z0-9\-]++(?:\.[A-Za-z0-9\-]++)++"
)
#: Characters a URL does not end with in running text (``见http://a.cn。``).
_URL_TRAILING = ".,:;!?'"


def protected_spans(text: str) -> list[tuple[int, int]]:
    """Spans of URLs and e-mail addresses, which punctuation fixes never touch.

    >>> text = "详见https://www.gov.cn/a,b或来信news@example.com。"
    >>> [text[s:e] for s, e in protected_spans(text)]
    ['https://www.gov.cn/a,b', 'news@example.com']
    """
    spans = [_trim_url(m) for m in _URL.finditer(text)]
    spans.extend(m.span() for m in _EMAIL.finditer(text))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _trim_url(match: regex.Match[str]) -> tuple[int, int]:
    """The span of a URL without the sentence punctuation after it.

    A closing bracket ends the URL unless the URL opened one (``…/a_(b)``).
    """
    url = match.group()
    opened = url.count("(")
    closed = url.count(")")
    end = len(url)
    while end > 0:
        last = url[end - 1]
        if last == ")" and closed > opened:
            closed -= 1
        elif last not in _URL_TRAILING:
            break
        end -= 1
    return match.start(), match.start() + end


def _before(text: str, i: int) -> str:
    """The nearest character before ``i``, skipping whitespace ('' if none).

    Line breaks are skipped too: line rejoining may close them up, and the
    rule must give the same answer before and after (idempotence).
    """
    while i > 0:
        i -= 1
        ch = text[i]
        if not ch.isspace():
            return ch
    return ""


def _after(text: str, i: int) -> str:
    """The nearest character at or after ``i``, skipping whitespace ('' if none)."""
    while i < len(text):
        ch = text[i]
        if not ch.isspace():
            return ch
        i += 1
    return ""


def _is_cjk(ch: str) -> bool:
    return bool(ch) and bool(_CJK_CHAR.match(ch))


def _mark_edits(text: str) -> list[Edit]:
    edits = []
    for m in _MARK_RUN.finditer(text):
        if _is_cjk(_before(text, m.start())) or _is_cjk(_after(text, m.end())):
            edits.append(Edit(m.start(), m.end(), m.group(), m.group().translate(_TO_FULLWIDTH)))
    return edits


def _ellipsis_edits(text: str) -> list[Edit]:
    edits = []
    for m in _ELLIPSIS.finditer(text):
        before, after = _before(text, m.start()), _after(text, m.end())
        if not (_is_cjk(before) or _is_cjk(after)):
            continue
        if any(ch and _ASCII_ALNUM.match(ch) for ch in (before, after)):
            continue
        edits.append(Edit(m.start(), m.end(), m.group(), "……"))
    return edits


def _dash_edits(text: str) -> list[Edit]:
    return [
        Edit(m.start(), m.end(), m.group(), "——")
        for m in _DASH.finditer(text)
        if _is_cjk(_before(text, m.start())) and _is_cjk(_after(text, m.end()))
    ]


def _bracket_pairs(text: str, skip: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Matched pairs of halfwidth or fullwidth round brackets.

    A pair may span line breaks: line rejoining may close them up, and the
    answer must be the same before and after (idempotence).
    """
    pairs = []
    stack: list[int] = []
    for m in _BRACKET.finditer(text):
        i = m.start()
        ch = m.group()
        if _inside(i, i + 1, skip):
            continue
        elif ch in "(（":
            stack.append(i)
        elif stack:
            pairs.append((stack.pop(), i))
    return pairs


def _bracket_edits(text: str, skip: list[tuple[int, int]]) -> list[Edit]:
    if "(" not in text and ")" not in text:
        return []
    pairs = [(o, c) for o, c in _bracket_pairs(text, skip) if text[o] == "(" or text[c] == ")"]
    if not pairs:
        return []
    lo = min(o for o, _ in pairs)
    hi = max(c for _, c in pairs)
    cjk_at = [m.start() for m in _CJK_CHAR.finditer(text, lo, hi)]
    edits: list[Edit] = []
    for open_, close in pairs:
        ascii_members = [i for i in (open_, close) if text[i] in "()"]
        mixed = len(ascii_members) == 1
        k = bisect_right(cjk_at, open_)
        has_cjk = k < len(cjk_at) and cjk_at[k] < close
        attached = open_ > 0 and bool(_ASCII_ALNUM.match(text[open_ - 1]))
        touches = _is_cjk(_before(text, open_)) or _is_cjk(_after(text, close + 1))
        if mixed or has_cjk or (touches and not attached):
            edits.extend(Edit(i, i + 1, text[i], text[i].translate(_TO_FULLWIDTH)) for i in ascii_members)
    return edits


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``[start, end)`` overlaps one of the sorted, disjoint ``spans``."""
    i = bisect_right(spans, (start, start)) - 1  # the last span starting at or before start
    return any(lo < end and start < hi for lo, hi in spans[max(i, 0) : i + 2])


def normalize_punctuation_edits(
    text: str,
    *,
    marks: bool = True,
    brackets: bool = True,
    ellipses: bool = True,
    dashes: bool = True,
) -> list[Edit]:
    """The edits :func:`normalize_punctuation` makes, with offsets in ``text``.

    >>> normalize_punctuation_edits("会议指出,要")
    [Edit(start=4, end=5, old=',', new='，')]
    """
    if not _CJK_CHAR.search(text):
        return []
    skip = protected_spans(text)
    edits: list[Edit] = []
    if marks:
        edits.extend(_mark_edits(text))
    if ellipses:
        edits.extend(_ellipsis_edits(text))
    if dashes:
        edits.extend(_dash_edits(text))
    if brackets:
        edits.extend(_bracket_edits(text, skip))
    if skip:
        edits = [e for e in edits if not _inside(e.start, e.end, skip)]
    edits.sort(key=lambda e: e.start)
    return edits


def normalize_punctuation(
    text: str,
    *,
    marks: bool = True,
    brackets: bool = True,
    ellipses: bool = True,
    dashes: bool = True,
) -> str:
    """Make halfwidth punctuation in Chinese text fullwidth.

    Each rule has its own switch, all on by default (see the module
    docstring for the exact context each rule needs): ``marks`` for
    ``, : ; ? !``, ``brackets`` for ``( )``, ``ellipses`` for ``...`` and
    ``。。。``, ``dashes`` for ``--``.  Latin text, numbers, URLs and e-mail
    addresses are never changed, and fullwidth punctuation is never made
    halfwidth.

    >>> normalize_punctuation("会议指出,要(高新区)加快发展...主任--吕沛")
    '会议指出，要（高新区）加快发展……主任——吕沛'
    >>> normalize_punctuation("C++ e.g. 3.14, 12:30, 1,000 (see f(x))")
    'C++ e.g. 3.14, 12:30, 1,000 (see f(x))'
    >>> normalize_punctuation("会议指出,要", marks=False)
    '会议指出,要'
    """
    text = require_text(text)
    return apply_edits(
        text,
        normalize_punctuation_edits(text, marks=marks, brackets=brackets, ellipses=ellipses, dashes=dashes),
    )
