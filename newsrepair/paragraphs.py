"""Rebuild paragraphs from hard-wrapped, column-broken extracted text.

A PDF extractor gives one line per printed line.  :func:`join_lines` decides,
for every line break, whether it ends a paragraph or only a printed line,
from the evidence the page gives:

* the width of each line (CJK 1 em, halfwidth digits and Latin 0.5 em,
  extraction spaces 0) against the full width of its column, estimated from
  the lines around it (pages mix columns from 5 to 30 em wide);
* sentence-final punctuation at the end of a short line;
* a line about two em short after a sentence end: the first line of an
  indented paragraph whose indent the extractor dropped;
* leading ideographic spaces or ASCII indents;
* leads (``本报讯``, ``又讯``, ``新华社北京…电``), titles, bylines, photo
  credits and page furniture, which are never glued to body text.

Blank lines are weak evidence: extractors put them at column and page
breaks in mid-sentence.  Form feeds are page breaks.
"""

from __future__ import annotations

import math
import re
from typing import Final

import regex

from . import furniture
from ._join_model import WEIGHTS
from ._join_trees import BASE as TREE_BASE, TREES
from .inputs import require_text
from .chars import (
    ANY_CJK,
    CJK,
    CLOSING,
    FULLWIDTH_PUNCT,
    INLINE_SPACE,
    LETTER_SPACED,
    OPENING,
    PAGE_BREAK,
    QUOTE_PAIRS,
    RADICALS,
    SENTENCE_END,
    SPACE_RUN,
    WHOLE_QUOTATION,
)
from .trace import Edit, OffsetMap, apply_edits

_PAGE_BREAK: Final = frozenset(PAGE_BREAK)
_WIDE: Final = regex.compile(rf"[{CJK}{RADICALS}{FULLWIDTH_PUNCT}\p{{Ea=F}}\p{{Ea=W}}]")
_SPACE: Final = regex.compile(rf"{INLINE_SPACE}|\p{{Cf}}")


def _width_misjudged() -> re.Pattern[str]:
    """The characters whose printed width the UTF-8 byte count misjudges.

    :func:`line_width` takes a character of one byte for 0.5 em and one of
    three bytes for 1 em.  That is right for ASCII and for the wide
    characters of three bytes (U+0800-U+FFFF) that are neither spaces nor
    format characters; this pattern finds every other non-ASCII character
    (two or four bytes, narrow, spaces, format characters), except U+3000,
    which :func:`line_width` counts apart.  A stdlib ``re`` class of ranges
    scans ten times faster than ``regex`` with Unicode properties; the
    ranges are read off :data:`_WIDE` and :data:`_SPACE` once, at import.
    """
    bmp = "".join(map(chr, range(0x800, 0x10000)))
    three_byte_wide = regex.compile(rf"(?V1)[{_WIDE.pattern}--[{INLINE_SPACE}\p{{Cf}}]]+")
    ranges = "".join(
        f"\\u{m.start() + 0x800:04x}-\\u{m.end() - 1 + 0x800:04x}"
        for m in three_byte_wide.finditer(bmp)
    )
    return re.compile(f"[^\\x00-\\x7f\\u3000{ranges}]")


_ODD_WIDTH: Final = _width_misjudged()
#: Characters :func:`line_width` counts apart from the byte count.
_COUNTED_APART: Final = re.compile("[ \t\u3000%]")
#: The spaces between two Latin words or numbers (``Apple Watch``): one word
#: space of half an em, however the extractor wrote it (a run of spaces, a
#: tab, an ideographic or a no-break space, with format characters among
#: them): :func:`newsrepair.repair` writes any of them as one space, and the
#: width must not change.  The first pattern serves lines with no character
#: but ASCII and wide ones of three bytes, the second any line.
_WORD_SPACE: Final = re.compile("(?<=[A-Za-z0-9])[ \t\u3000]++(?=[A-Za-z0-9])")
_ANY_WORD_SPACE: Final = regex.compile(rf"(?<=[A-Za-z0-9])(?:{INLINE_SPACE}|\p{{Cf}})++(?=[A-Za-z0-9])")
# What a line starts or ends with is read with str methods and sets of
# characters, not regexes: a line is never scanned from its start to learn
# its last character.
_CLOSING: Final = frozenset(CLOSING)
#: Closing quotes and brackets, and the extraction spaces that may stand
#: between them and the mark they follow (``。 ”``), as a str.rstrip argument.
_CLOSING_OR_SPACE: Final = CLOSING + "".join(
    regex.findall(INLINE_SPACE, "".join(map(chr, range(0x3001))))  # every Zs is below U+3001
)
_OPENING: Final = frozenset(OPENING)
#: Marks that end a sentence when only closing quotes or brackets follow
#: (``；`` ends each point of a paragraph that lists points).
_FINAL: Final = frozenset("。！？…!?；;")
_COLON: Final = frozenset("：:")
_PAUSE_END: Final = frozenset("，、；,;")
_SEMICOLON: Final = frozenset("；;")
_QUOTES: Final = frozenset("”’」』")
#: A line that starts with one of these never starts a paragraph.
_CLOSED_START: Final = frozenset(CLOSING + "，。、；：！？,.;:!?%")
_LATIN: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
#: Marks inside a line that show it is running text, not a title or a name.
_HAS_PAUSE: Final = re.compile(r"[，、；。！？：,;]")
_INDENT: Final = regex.compile(r"^(?:\u3000|[ \t]{2,}|\u3000?[ \u00A0]\u3000?)")
_LETTER_SPACED: Final = LETTER_SPACED.search


class Line:
    """One printed line: where its content is and what it looks like."""

    # A plain class, not a dataclass: mypyc makes it a native class, built
    # without calling back into Python (a page has many lines).
    __slots__ = (
        "start", "text", "width", "indent", "blank_before", "page_break",
        "kind", "signed", "final", "colon", "bare", "spaced", "fill", "indented_page",
    )

    start: int  #: offset of the first non-space character
    text: str  #: the content, without edge spaces
    width: float  #: printed width in em, a last punctuation mark counted half
    indent: bool  #: leading indent (ideographic or ASCII spaces)
    blank_before: int  #: blank lines between this line and the previous
    page_break: bool  #: a form feed before this line
    kind: str  #: body, lead, noise, byline, credit
    #: Ends with a closing byline or a photo credit, or is a bracketed note
    #: alone after a sentence (``（作者为中国驻芬兰大使）``, ``（本报东京电）``),
    #: or ends one that runs over up to :data:`NOTE_LINES` lines.
    signed: bool
    #: Ends with 。！？…!?；; (then only closing quotes and brackets).
    final: bool
    #: Ends with a colon (then only closing quotes and brackets).
    colon: bool
    bare: bool  #: no pause or sentence mark anywhere: a title, a name
    #: Letter-spaced (:data:`~newsrepair.chars.LETTER_SPACED`): justified to its column.
    spaced: bool
    #: On a page of fragments (see :func:`_measure_fragments`): the width of
    #: the printed line so far, this line included; 0 on other pages.
    fill: float
    #: On a page that keeps its paragraph indents (see :func:`_mark_indented_page`).
    indented_page: bool

    def __init__(
        self,
        start: int,
        text: str,
        width: float,
        indent: bool,
        blank_before: int = 0,
        page_break: bool = False,
        kind: str = "body",
    ) -> None:
        self.start = start
        self.text = text
        self.width = width
        self.indent = indent
        self.blank_before = blank_before
        self.page_break = page_break
        self.kind = kind
        self.signed = False
        self.final = False
        self.colon = False
        self.bare = False
        self.spaced = False
        self.fill = 0.0
        self.indented_page = False

    @property
    def end(self) -> int:
        """Offset after the last non-space character (not stored: a page has many lines)."""
        return self.start + len(self.text)

    @property
    def printed(self) -> float:
        """Width of the printed line so far: on a page of pieces (:attr:`fill`), more than its own."""
        return max(self.width, self.fill)


def line_width(text: str) -> float:
    """Printed width of ``text`` in em: wide characters 1, ``%`` 1, others 0.5, spaces 0.

    The spaces between two Latin letters or digits are the one word space
    the typesetter printed (``Apple Watch``, ``COVID 19``): they count 0.5.

    >>> line_width("2022年12月"), line_width("书 记 吕 沛"), line_width("书\u3000\u3000记")
    (5.0, 4.0, 2.0)
    >>> line_width("实施 Apple Watch 服务")
    9.5
    """
    return _em(_halves(text))


def _halves(text: str) -> int:
    """:func:`line_width` in half ems."""
    if _ODD_WIDTH.search(text):
        words = sum(1 for run in _ANY_WORD_SPACE.findall(text) if SPACE_RUN.search(run))
        text = _SPACE.sub("", text)
        wide = len(_WIDE.findall(text)) + text.count("%")
        printed = len(text) + words
    else:
        # Every character is ASCII (one byte in UTF-8) or a wide one of three
        # bytes (lone surrogates too), so the byte count says how many are
        # wide; spaces print nothing, % is wide.
        utf8 = len(text.encode("utf-8", "surrogatepass"))
        wide = (utf8 - len(text)) // 2
        printed = len(text)
        if _COUNTED_APART.search(text):
            ideographic = text.count("\u3000")
            wide += text.count("%") - ideographic
            printed -= text.count(" ") + text.count("\t") + ideographic
            if printed - wide > 1:  # two Latin letters or digits at least
                printed += len(_WORD_SPACE.findall(text))
    return wide + printed  # wide + (printed - wide) / 2, in half ems


def _em(halves: int) -> float:
    return _HALVES[halves] if 0 <= halves < len(_HALVES) else halves / 2


#: Punctuation that a typesetter sets half-width at the end of a line to make
#: the line fit (行末标点挤压): a line's width counts it as half an em, so
#: that a full line ending in ``。`` is as wide as one ending in a character.
_HALVED_AT_END: Final = frozenset("。，、；：？！")


#: Widths of up to 100 em as shared float objects: a page of lines holds no
#: float of its own for its width.
_HALVES: Final = tuple(k / 2 for k in range(201))


#: A stray fragment of a masthead or a neighbouring page (`` 州``): one or
#: two characters, set off by a space, alone on a line.
_STRAY: Final = regex.compile(rf"[{CJK}]{{1,2}}")


def is_stray_fragment(line: str) -> bool:
    """``line`` is a stray fragment of a masthead or a neighbouring page (`` 州``).

    One or two CJK characters after a single space, alone on the line:
    :func:`split_lines` makes such a line page furniture.

    >>> is_stray_fragment(" 州"), is_stray_fragment("州"), is_stray_fragment("  州")
    (True, False, False)
    """
    body = line.strip()
    return len(line) - len(line.lstrip()) == 1 and _STRAY.fullmatch(body) is not None


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of ``text``, with the blank lines and page breaks before each.

    Lines end where :meth:`str.splitlines` ends them: ``\\n``, ``\\r\\n``,
    ``\\r``, ``\\v``, ``\\f``, ``\\x1c``-``\\x1e``, ``\\x85``, ``\\u2028`` and
    ``\\u2029``; a form feed or a file or group separator is a page break.
    A stray fragment (``_STRAY`` after a single space) is page furniture
    (``kind="noise"``) from the start.
    """
    lines: list[Line] = []
    blank = 0
    page_break = False
    pos = 0
    raws = text.splitlines(keepends=True)
    for k, raw in enumerate(raws):
        raws[k] = ""  # each line is let go once read: the list never holds the text twice
        body = raw.strip()
        if body:
            lead = len(raw) - len(raw.lstrip())
            start = pos + lead
            indent = bool(lead and _INDENT.match(raw))
            # a stray fragment set off by one space is furniture from the start
            kind = "noise" if lead == 1 and _STRAY.fullmatch(body) else "body"
            halves = _halves(body)
            if body[-1] in _HALVED_AT_END:
                halves -= 1
            lines.append(Line(start, body, _em(halves), indent, blank, page_break, kind))
            blank = 0
            page_break = False
        else:
            blank += 1
        if raw[-1] in _PAGE_BREAK:
            page_break = True
        pos += len(raw)
    return lines


#: A line that is one bracketed note and nothing else.
_BRACKETED: Final = regex.compile(r"[（(][^（()）]{1,30}[）)]")
#: First characters of a closing byline, of a photo credit, of a lead.
_BYLINE_FIRST: Final = frozenset("（(")
#: A photo credit ends with 摄 or opens with 图 or 摄影, or it opens with its
#: agency (本报, 新华社, 人民日报) and holds 摄, 记者 or 通讯员: a lead line
#: (``本报讯``) is not matched against the credit pattern.
_CREDIT_FIRST: Final = frozenset("图摄")
_AGENCY_FIRST: Final = frozenset("本新人")
_LEAD_FIRST: Final = frozenset("本又据新中人")
#: Second characters of a lead: 本报, 又讯, 据新华社, 据中新社, 新华社, 中新社, 人民日报.
_LEAD_SECOND: Final = frozenset("报讯新中华民")
#: Last characters of a line that ends with a byline or a photo credit.
_SIGNATURE_LAST: Final = frozenset("）)摄")


def _classify(lines: list[Line]) -> None:
    """Mark leads, bylines, credits and page furniture; note each line's marks.

    A line is tried against a pattern of :mod:`newsrepair.furniture` only when
    its first or last character allows a match (a byline opens with a
    bracket, a credit starts with 本新人图摄 or ends with 摄, …): line texts
    have no edge spaces, so these are necessary conditions.
    """
    lone: list[int] = []  # lines that may be a lone date or page name
    for i, line in enumerate(lines):
        text = line.text
        first, last = text[0], text[-1]
        mark = text.rstrip(_CLOSING_OR_SPACE)[-1:]
        line.final = mark in _FINAL
        line.colon = mark in _COLON
        line.bare = not _HAS_PAUSE.search(text)
        if line.kind == "noise" or furniture.is_header(text):
            line.kind = "noise"
        elif (
            first in _BYLINE_FIRST
            and furniture.is_byline(text)
            and (i == 0 or _ends_report(lines[i - 1]))
        ):
            line.kind = "byline"
        elif (
            last == "摄"
            or first in _CREDIT_FIRST
            or (first in _AGENCY_FIRST and ("摄" in text or "记者" in text or "通讯员" in text))
        ) and furniture.is_credit(text):
            line.kind = "credit"
        elif first in _LEAD_FIRST or not first.isprintable():
            # Spaces and format characters (never printable) are removed
            # before the test, so a lead starts with one of _LEAD_FIRST or
            # with a format character, and its second character is one of
            # _LEAD_SECOND, a space or a format character.  A lead may be
            # cut by the line end: look at the next line too.
            after = lines[i + 1].text[:24] if i + 1 < len(lines) else ""
            second = text[1] if len(text) > 1 else after[:1]
            if second in _LEAD_SECOND or second == " " or not (first + second).isprintable():
                probe = text[:48] + after
                if " " in probe or not probe.isprintable():
                    probe = _SPACE.sub("", probe)
                if furniture.starts_with_lead(probe):
                    line.kind = "lead"
        line.signed = line.kind == "body" and (
            (last in _SIGNATURE_LAST and furniture.ends_with_signature(text))
            or (last in _CLOSE_PAREN and _closes_note(lines, i))
        )
        if line.kind == "body" and len(text) <= 16 and (last == "日" or text in furniture.SECTION_NAMES):
            lone.append(i)
    # a lone date is furniture when it opens a page or stands next to
    # furniture, a lone page name (国际, 地方新闻) when it stands next to furniture
    for i in lone:
        line = lines[i]
        date = line.text[-1] == "日" and furniture.DATE_LINE.match(line.text) is not None
        if not date and line.text not in furniture.SECTION_NAMES:
            continue
        top = i == 0 or line.page_break
        noise_before = not top and lines[i - 1].kind == "noise"
        noise_after = (
            i + 1 < len(lines) and not lines[i + 1].page_break and lines[i + 1].kind == "noise"
        )
        if noise_before or noise_after or (date and top):
            line.kind = "noise"


#: A bracketed note over several lines: ``（参与记者：赵旭、袁梦晨、…郭阳）``
#: (one line of it takes :data:`_BRACKETED`).
_NOTE: Final = regex.compile(r"[（(][^（()）]{1,80}[）)]")
#: Most lines such a note takes.
NOTE_LINES: Final = 4


def _closes_note(lines: list[Line], i: int) -> bool:
    """``lines[i]`` ends a bracketed note that opens a line after a sentence end.

    Such a note closes its report, alone on its line (``（作者为中国驻芬兰大使）``)
    or over up to :data:`NOTE_LINES` lines (``（参与记者：赵旭、…`` … ``…郭阳）``).
    """
    text = ""
    for k in range(i, max(-1, i - NOTE_LINES), -1):
        line = lines[k]
        if line.kind != "body":
            return False
        text = line.text + text
        if line.text[0] in _BYLINE_FIRST:
            note = _BRACKETED if k == i else _NOTE
            return (
                note.fullmatch(text) is not None
                and not text[1:-1].isspace()  # brackets round spaces only: no note
                and (k == 0 or _ends_sentence(lines[k - 1].text))
            )
    return False


_SENTENCE_OR_COLON: Final = frozenset(SENTENCE_END + "：:")


def _ends_report(line: Line) -> bool:
    """A closing byline may follow ``line``: the end of a report's text.

    A lead is none, and neither is a title, one that ends with a closing
    quote too (``扎紧乡村监察监督的“篱笆”`` before its column tag ``（一线思考）``).
    """
    return (
        line.kind != "lead"
        and _ends_sentence(line.text)
        and not (line.bare and line.kind == "body" and line.text[-1] in _QUOTES)
    )


def _ends_sentence(text: str) -> bool:
    """A sentence mark or a colon, or a closing quote, then only closing quotes and brackets."""
    core = text.rstrip(_CLOSING_OR_SPACE)
    return core[-1:] in _SENTENCE_OR_COLON or not _QUOTES.isdisjoint(text[len(core) :])


def _column_widths(lines: list[Line]) -> list[float]:
    """The full width of each line's column, read from the lines around it.

    The second widest line within :data:`REACH` lines on either side and
    within its report (:func:`_report_spans`: a window does not reach past
    the byline or credit that ends a report):
    furniture is left out, and the second widest resists a single wide title
    or caption line.  Among short paragraphs (the last line of each short)
    the second widest may be a last line; then the widest counts when the
    second widest within :data:`WIDE_REACH` lines is as wide, to half an em:
    a full line that another full line farther off confirms.  On a page of
    pieces (:func:`_measure_fragments`) a line counts with the width of its
    printed line so far, as the pieces alone would make the column look narrow.
    """
    widths = [l.printed if l.kind in ("body", "lead") else 0.0 for l in lines]
    if len(widths) < 2:
        return widths
    padded = _padded(widths)
    columns: list[float] = []
    for start, end in _report_spans(lines):
        if end - start == 1:  # a report of one line is read with the lines around
            columns.append(_column_at(padded, start))
        else:
            own = _padded(widths[start:end])
            columns.extend([_column_at(own, i) for i in range(end - start)])
    return columns


def _padded(widths: list[float]) -> list[float]:
    # Padded so that every window has its full span; a pad is never among
    # the two widest, as every window holds at least two widths.
    return [-math.inf] * WIDE_REACH + widths + [-math.inf] * WIDE_REACH


def _column_at(padded: list[float], i: int) -> float:
    """The column of the ``i``-th of the :func:`_padded` widths (see :func:`_column_widths`)."""
    i += WIDE_REACH
    near = sorted(padded[i - REACH : i + REACH + 1])
    widest, second = near[-1], near[-2]
    if second < widest:  # else nothing to confirm (asked of a third of the lines)
        confirmed = sorted(padded[i - WIDE_REACH : i + WIDE_REACH + 1])[-2]
        if second < confirmed - 0.5 and abs(widest - confirmed) <= 0.5:
            second = min(widest, confirmed)
    return second


def _report_spans(lines: list[Line]) -> list[tuple[int, int]]:
    """The reports of ``lines``, as (first line, line after the last).

    A report ends with a byline or a credit, on its own line or at the end
    of the last one (``……节日市场。 （李鑫）``): nothing of the same article
    follows it, and the next report is often set in a column of another
    width.  Leads do not start a report here: a title before its lead
    would fall into the report before.
    """
    spans = []
    start = 0
    for i, line in enumerate(lines):
        if line.kind in _SIGNED_KINDS or (line.signed and furniture.ends_with_signature(line.text)):
            spans.append((start, i + 1))
            start = i + 1
    if start < len(lines):
        spans.append((start, len(lines)))
    return spans


#: Lines on either side of a line that show how wide its column is.
REACH: Final = 3
#: Lines on either side in which a second full line confirms the widest.
WIDE_REACH: Final = 8


#: How much narrower than its column a line must be to count as short (em).
SHORT: Final = 1.5
#: How far a printed line may run past its column (compressed punctuation), em.
OVERRUN: Final = 1.0
#: How much shorter than its column a paragraph's first line reads when
#: the extractor dropped its 2-em indent (em, from and to).
INDENT_MIN: Final = 1.4
INDENT_MAX: Final = 2.6
#: The full dropped indent (em): a line this much shorter than its column
#: is a first line surely, not a line the window above misjudged by half an em.
INDENT_FULL: Final = 2.0
#: Share of lines that continue a printed line, above which a page is read
#: as fragments of printed lines.
FRAGMENTED: Final = 0.08


#: Marks after which ``pdftotext -raw`` ends a printed line, not a piece of one,
#: when an ideograph or a digit follows: on the development pages that
#: ``pdftotext`` also extracted, 113 such breaks end a printed line, 6 cut one.
#: After a comma the same extractor cuts a printed line about one time in three.
_FULL_STOP: Final = frozenset("。！？!?")
_HAN_OR_DIGIT_FIRST: Final = regex.compile(rf"[{CJK}\d]").match


def _measure_fragments(lines: list[Line], columns: list[float]) -> bool:
    """Set :attr:`Line.fill` on a page whose lines are pieces of printed lines.

    Some extractors (``pdftotext -raw``) cut a printed line where its text
    runs change, at a quote or a comma in another font: ``化权益的违法犯罪行为，``
    and ``才能拥有`` are one printed line.  Consecutive body lines are added up
    while they fit in the column (with :data:`OVERRUN`); a printed line ends
    when it is full.  When more than :data:`FRAGMENTED` of the lines continue
    a printed line, each line's ``fill`` is the width of its printed line so
    far; otherwise the page is read line by line and every ``fill`` stays 0.
    The pages of a text (form feeds between them) are read apart: one page
    of pieces among pages of whole lines is still one.  Returns whether a
    page is one of pieces.
    """
    fills: list[float] = []
    continued = 0
    acc = 0.0
    stop = False  # the line before ends a sentence with a full stop
    first = 0  # where the page starts
    pieces = False
    for k, (line, full) in enumerate(zip(lines, columns)):
        if line.page_break:
            pieces = _set_fills(lines, fills, first, continued) or pieces
            first, continued = k, 0
        if line.kind not in ("body", "lead") or line.indent or line.blank_before or line.page_break:
            acc = 0.0
        elif acc and (acc + line.width > full + OVERRUN or (stop and _HAN_OR_DIGIT_FIRST(line.text))):
            acc = 0.0
        stop = line.text[-1] in _FULL_STOP
        if acc:
            continued += 1
        acc += line.width
        fills.append(acc)
        if acc >= full - OVERRUN:
            acc = 0.0
    return _set_fills(lines, fills, first, continued) or pieces


def _set_fills(lines: list[Line], fills: list[float], first: int, continued: int) -> bool:
    """Give the lines of the page from ``lines[first]`` their fills, if it is a page of pieces."""
    if continued <= FRAGMENTED * (len(fills) - first):
        return False
    for k in range(first, len(fills)):
        lines[k].fill = fills[k]
    return True


def prepare(lines: list[Line]) -> list[float]:
    """Classify ``lines``, measure fragments; the full width of each line's column."""
    _classify(lines)
    mark_spaced(lines)
    return _layout(lines)


def mark_spaced(lines: list[Line]) -> None:
    """Set :attr:`Line.spaced` of each line: letter-spaced by justification.

    Text in paragraph form never needs it.

    >>> lines = split_lines("书 记 吕 沛 主 持 召 开\\n示范区 （高新区） 党工委")
    >>> mark_spaced(lines)
    >>> [line.spaced for line in lines]
    [True, False]
    """
    for line in lines:
        text = line.text
        # every inline space but the ASCII one is unprintable
        line.spaced = (" " in text or not text.isprintable()) and _LETTER_SPACED(text) is not None


def _layout(lines: list[Line]) -> list[float]:
    """The full width of each classified line's column; fragments measured on the way.

    On a page of pieces the columns are measured again, from the printed lines.
    """
    columns = _column_widths(lines)
    if _measure_fragments(lines, columns):
        columns = _column_widths(lines)
    _mark_indented_page(lines)
    return columns


#: Indented lines, as a share of the lines that end a sentence, above which a
#: page is taken to keep its paragraph indents: on the development corpus the
#: pages with ideographic indents have 0.47 or more, the others none.
INDENTED: Final = 0.25


def _mark_indented_page(lines: list[Line]) -> None:
    """Set :attr:`Line.indented_page` when the page keeps its paragraph indents.

    There a paragraph starts with an indent (a hard break), and a sentence
    end before a line without one seldom ends a paragraph: on the
    development pages with ideographic indents, 87 such breaks before a line
    of running text are joins and 10 are breaks.
    """
    indents = finals = 0
    for line in lines:
        indents += line.indent
        finals += line.final
    if indents >= 2 and indents >= INDENTED * finals:
        for line in lines:
            line.indented_page = True


def _breaks(lines: list[Line], *, settle: bool = False) -> list[bool]:
    """For each line after the first: does a paragraph start there?

    ``settle`` for the passes after the first, over joined text: see
    :func:`_settle_leads`.
    """
    _classify(lines)
    if _in_paragraph_form(lines):
        return [
            b.text[0] not in _CLOSED_START and not _cut_date(a, b) for a, b in zip(lines, lines[1:])
        ]
    mark_spaced(lines)
    columns = _layout(lines)
    rules = decided(lines, columns)
    quoted = _within_quotes(lines)
    margin = UNCERTAIN if len(lines) >= TREE_LINES else 0.0
    result: list[bool] = []
    for i, rule in enumerate(rules, 1):
        a, b = lines[i - 1], lines[i]
        if rule and _cut_date(a, b):
            rule = None  # a title rule's break: no title ends inside a date
        if rule is None:
            if (
                _cut_number(a, b)
                or i in quoted
                or _short_tail(a, b)
                or _full_at_semicolon(a, columns[i - 1])
                # the guards before each call are the rules' own first tests:
                # most lines pass none, and skip the calls
                or (a.fill > 0.0 and _completes_printed_line(lines, columns, i))
                or (b.width > columns[i] and _runs_past_column(a, b, columns[i - 1], columns[i]))
            ):
                rule = False  # the model is not asked
            elif (
                _wider_after_end(a, b, columns[i - 1])
                or (a.fill > 0.0 and a.final and _opens_printed_line(lines, columns, i))
                or (
                    not (a.final or a.bare)
                    and columns[i - 1] - a.width >= 3.0
                    and _ends_unmarked(lines, columns, i)
                )
            ):
                rule = True  # nor here
            # the rules of headlines and of a lone closing quote all need a bare line
            elif a.bare and (
                _headline_over_first_line(lines, columns, i)
                or _quote_closes_before_first_line(lines, columns, i)
                or _short_headline_over_text(lines, columns, i)
            ):
                rule = True  # nor after a headline or a sentence over a paragraph's first line
            elif _subheading(lines, i - 1) or _subheading(lines, i):
                rule = True  # nor at a quoted subheading's edges
            elif a.bare and _wide_title_end(lines, i - 1):
                rule = True  # nor after a wrapped headline over a narrower column
            elif (
                b.bare
                and _closes_sentence(lines, i - 1)
                and _bare_before_break(lines, columns, rules, i)
            ):
                rule = True  # nor before a bare line that no paragraph could end with
            elif b.text.startswith(_DASH) and _closes_sentence(lines, i - 1):
                rule = True  # nor before a dash after a sentence end: a subtitle or a point
            elif _plainly_joined(a, b, columns[i - 1], columns[i]):
                rule = False  # the model joins these whatever else it weighs
            else:
                score = _score(lines, columns, i)
                if -margin < score < margin:
                    score = _trees_say(boundary_features(lines, columns, i))
                rule = score > 0.0
        result.append(rule)
    # the same rule as in decided(), now that the model has placed its breaks
    last = len(result) - 1
    for k, rule in enumerate(rules):
        if rule is None and result[k] and _stand_alone(result, k, last) and _title_pair(lines, k):
            result[k] = False
    if settle:
        _settle_leads(lines, result)
    return result


def _settle_leads(lines: list[Line], result: list[bool]) -> None:
    """Join now what the next passes would join, one line each, after a lead.

    A paragraph that opens with a lead is a lead line on the next reading:
    :func:`_lead_runs_on` joins the next line to it when it ends inside a
    sentence, and a bracket after it is no closing byline
    (:func:`_ends_report`).  Each pass over joined text would take in one
    line more: this takes them all in at once, so :func:`join_lines`
    reaches its fixed point in a few passes.  Only a break that the next
    pass keeps after a lead line stays: before a lead, a credit or
    furniture, or after a sentence end or a colon.  On the first pass the
    line breaks of the input still count (a lead's paragraph may end
    without a mark); joined text has none of them.
    """
    open_lead = lines[0].kind == "lead"
    for k, line in enumerate(lines[1:]):
        kept = line.kind in ("noise", "credit", "lead")
        if open_lead and result[k] and _inside_sentence(lines[k]) and not kept:
            result[k] = False
        if result[k]:
            open_lead = line.kind == "lead"


def decided(lines: list[Line], columns: list[float]) -> list[bool | None]:
    """For each line after the first, the breaks and joins that need no weighing.

    :func:`_hard_rule` for each pair of lines, then rules that look further:

    * a line that closes the reporter bracket of a lead begun on the line
      before (``本报北京1月15日电（记者`` / ``李昌禹）``) runs on into the
      first paragraph, which the lead belongs to, and so does a lead line
      that ends inside a sentence (``本报讯 2022年12月29日下`` / ``午，…``:
      all 477 such breaks on the development corpus);
    * two bare lines (no punctuation) that stand alone between breaks are
      one wrapped title (``温县高标准创建`` / ``三星级便民服务站181个``);
    * a bare line before a short bare line that opens a column tag is
      part of one title (``赤胆忠心`` / ``疾恶如仇（为了民``), see
      :func:`_tag_follows`, and a line that leaves a bracket open runs on
      into the line that closes it (:func:`_closes_bracket`);
    * a letter-spaced line that ends no sentence runs on into the body
      line after it (:func:`_justified_runs_on`);
    * a bare line that starts a unit (after a break or a sentence end) and
      is 2 em or more wider than the column of the line after it (or than
      the lines after it, where they show a narrower column of their own:
      :func:`_narrow_column_after`) is a title over a narrower column, a
      photo caption's say: no line of a paragraph is wider than its column;
    * a bare line that starts a unit and stands over a wider photo caption
      (a credit ``刘金元 摄`` within :data:`CAPTION_REACH` lines) is a title:
      a caption's first line is as wide as the lines after it;
    * the short last line of a title wrapped over bare lines that start a
      unit ends the title (``临州市柳林镇召开`` / ``春耕生产推进会``) when
      running text or a block of its own (the next headline) follows;
    * a short bare line that starts a unit with a blank line after it is a
      title: a column break comes after a full line;
    * after a sentence end, two short bare lines in one block start a
      wrapped title, and a bare line with blank lines on both sides is a
      headline of its own.

    The lines are as :func:`_classify` left them; ``columns`` as
    :func:`_column_widths` gives them.
    """
    rules = [_hard_rule(lines[i - 1], lines[i]) for i in range(1, len(lines))]
    last = len(rules) - 1
    for k, rule in enumerate(rules):
        if rule is not None:
            continue
        # every title rule needs a bare line: most lines skip them all
        bare = lines[k].bare
        if (
            _ends_lead(lines, k)
            or _lead_runs_on(lines[k])
            or (bare and _stand_alone(rules, k, last) and _title_pair(lines, k))
            or (bare and _tag_follows(lines, k))
            or _closes_bracket(lines[k], lines[k + 1])
            or (lines[k + 1].spaced and _justified_full(lines, columns, k))
            or (lines[k].spaced and _justified_runs_on(lines[k], lines[k + 1]))
        ):
            rules[k] = False
        elif bare and (
            _over_narrower_column(lines, columns, rules, k)
            or _over_caption(lines, k)
            or _ends_wrapped_title(lines, columns, rules, k)
            or _title_block(lines, columns, k)
        ):
            rules[k] = True
        elif lines[k].final and (
            _starts_wrapped_title(lines, columns, k) or _block_of_its_own(lines, k + 1)
        ):
            rules[k] = True
    return rules


#: How many lines a headline may take: over-title, title and subtitle, each
#: wrapped in a narrow column.
TITLE_LINES: Final = 8


def _ends_wrapped_title(
    lines: list[Line], columns: list[float], rules: list[bool | None], k: int
) -> bool:
    """``lines[k]`` is the last line of a title wrapped over bare lines.

    The title starts a unit (after a sentence end, a byline, furniture, a
    blank line or a break) and takes two to :data:`TITLE_LINES` bare lines
    that :func:`_title_pair` would join; its last line is no wider than the
    line before and 3 em short of the column of the line after it, which
    has punctuation (running text) or opens a block of its own (the next
    headline): not the title's next line.  A paragraph that opens with bare
    lines fills them to its column.  Running text after it must show that
    column too (3 em wider within three lines): the column read there may
    take in the title itself, over a narrower column (``宁波税务局召开教育
    事业会议`` / ``当地要积极探索`` / ``有效人才培养、培育``, a first line 2 em in).
    """
    a, b = lines[k], lines[k + 1]
    if (
        (b.bare and not b.blank_before)
        or b.kind not in ("body", "lead")
        or not _title_line(a)
        or a.width > columns[k + 1] - 3
        or (not b.bare and a.width > max(line.width for line in lines[k + 1 : k + 4]) - 3)
        or a.text.count("（") > a.text.count("）")
    ):
        return False
    first = k
    while (
        first > 0
        and k - first < TITLE_LINES - 1
        and _title_line(lines[first - 1])
        and _title_pair(lines, first - 1)
        and lines[first - 1].text[-1] not in _CLOSING
    ):
        first -= 1
    if first == k or a.width > lines[k - 1].width:
        return False
    if first == 0 or lines[first].blank_before or lines[first].page_break:
        return True
    q = lines[first - 1]
    return _closes_unit(q) or rules[first - 1] is True


def _wide_title_end(lines: list[Line], k: int) -> bool:
    """``lines[k]`` ends a wrapped headline that is wider than the column after it.

    :func:`_over_narrower_column` for the last line of a title of two or
    more bare lines (``《习近平关于中国特色大国外`` / ``交论述摘编》出版发行`` over
    ``用好无息贷款和扶`` / ``贫政策，四川昭觉``): the title starts a unit, the
    lines after it show a narrower column of their own
    (:func:`_narrow_column_after`) and the title's last line is 2 em wider
    than the three of them.  The column read at ``lines[k + 1]`` takes in the
    title lines above, so the weighed evidence misreads the first line's
    dropped indent.
    """
    if k < 1 or k + 3 >= len(lines) or not (_title_line(lines[k]) and _title_line(lines[k - 1])):
        return False
    b, c, d = lines[k + 1], lines[k + 2], lines[k + 3]
    return (
        _title_run_starts_unit(lines, k)
        and not (b.bare and c.bare)
        and _narrow_column_after(lines, k)
        and lines[k].width >= max(b.width, c.width, d.width) + 2
        and not _credit_follows(lines, k)
    )


def _closes_unit(line: Line) -> bool:
    """A unit starts after ``line``.

    It ends a sentence or signs a report, or it is a byline, a credit or
    page furniture.
    """
    return line.final or line.signed or line.kind in _UNIT_KINDS


def _title_run_starts_unit(lines: list[Line], k: int) -> bool:
    """The title lines that end with ``lines[k]`` (up to :data:`TITLE_LINES`) start a unit.

    The line before them ends a sentence, signs a report, is a byline, a
    credit or furniture, or a blank line (or the text's start) comes first.
    """
    first = k
    while first > 0 and k - first < TITLE_LINES - 1 and _title_line(lines[first - 1]):
        first -= 1
    q = lines[first - 1] if first else None
    return q is None or lines[first].blank_before > 0 or _closes_unit(q)


def _starts_wrapped_title(lines: list[Line], columns: list[float], k: int) -> bool:
    """``lines[k + 1]`` starts a title wrapped over short bare lines, after a sentence end.

    A paragraph's first line is at most 2 em short of its column; two bare
    lines each 4 em short of theirs, one block, are a headline's.
    """
    if k + 2 >= len(lines) or not _title_pair(lines, k + 1):
        return False
    b, c = lines[k + 1], lines[k + 2]
    return (
        _title_line(b)
        and _title_line(c)
        and b.width <= columns[k + 1] - 4
        and c.width <= columns[k + 2] - 4
    )


def _block_of_its_own(lines: list[Line], i: int) -> bool:
    """``lines[i]`` is a bare line with blank lines before and after it: a headline.

    A paragraph ends with punctuation; a column break comes once in a
    column, not on both sides of one line.
    """
    return (
        0 < i < len(lines) - 1
        and lines[i].blank_before > 0
        and lines[i + 1].blank_before > 0
        and _title_line(lines[i])
    )


def _bare_before_break(
    lines: list[Line], columns: list[float], rules: list[bool | None], i: int
) -> bool:
    """``lines[i]`` is a bare line with a paragraph break (or the text's end) after it.

    After a sentence end such a line is a paragraph of its own, a title
    printed after its body (``…等出席。`` / ``山西召开食品安全推进会``) or
    before the next lead: joined to the sentence before, it would end that
    paragraph without punctuation.  The break after it is one that
    :func:`decided` made, and no number cut from its unit; or a blank line
    before another bare line, when the line is short of its column: the
    headline block goes on (a full bare line may run on across a column
    break).  All 99 such breaks on the development corpus and all 441 on
    1000 simulated pages are paragraph breaks.
    """
    b = lines[i]
    if not _title_line(b) or b.text[0] in _CLOSED_START:
        return False
    if i == len(lines) - 1:
        return True
    c = lines[i + 1]
    if c.blank_before and _title_line(c) and columns[i] - b.width >= SHORT:
        return True
    return rules[i] is True and not _cut_number(b, c)


def _headline_over_first_line(lines: list[Line], columns: list[float], i: int) -> bool:
    """``lines[i - 1]`` is a headline over ``lines[i]``, a paragraph's first line.

    ``lines[i]`` reads as a first line (:func:`_opens_paragraph`), and the
    line before is a headline: a block of its own (:func:`_block_of_its_own`;
    it may be as wide as the first line, which is how the model came to
    join them), or a bare line that starts a unit (the text, or after a
    sentence end, a byline, a credit or furniture) over a first line the
    full 2 em short of its column, which the line after it fills: no other
    line of a paragraph is that short without ending it; or the last line
    of such a headline wrapped over bare lines (:func:`_headline_end`).  Or
    ``lines[i]`` is a first line without punctuation
    (:func:`_bare_first_line`) under title lines that start a unit.  All 66
    such breaks on the development corpus and all 481 on 1000 simulated
    pages are paragraph breaks.
    """
    a, b = lines[i - 1], lines[i]
    if not _title_line(a):
        return False
    if _bare_first_line(lines, i):
        return _title_run_starts_unit(lines, i - 1)
    if not _opens_paragraph(b, columns[i]):
        return False
    if _block_of_its_own(lines, i - 1):
        return True
    if b.text[0] in _CLOSED_START or columns[i] - b.width < INDENT_FULL:
        return False
    z = lines[i - 2] if i >= 2 else None
    c = lines[i + 1] if i + 1 < len(lines) else None
    if _full_next(c, columns, i) == 0.0:
        return False
    if z is None or a.blank_before > 0 or _closes_unit(z):
        return True
    return _headline_end(lines, columns, i - 1)


def _short_headline_over_text(lines: list[Line], columns: list[float], i: int) -> bool:
    """``lines[i - 1]`` ends a headline of short bare lines over running text.

    It and the line before it are title lines (:func:`_title_line`), each
    4 em or more short of the column of ``lines[i]``, in a run that starts
    a unit (:func:`_title_run_starts_unit`); ``lines[i]`` is 3 em or more
    wider (``数字乡村在`` / ``行动`` / ``共落实重点工作664.9件，相关部门认真``):
    running text, or, without punctuation, the title under an over-title
    or a first line in a narrow column.  A paragraph's lines stop that short
    only at its end, which has punctuation: two bare ones in a row are a
    headline's.  A wider bare line that leaves a bracket open may be the
    rest of the headline, its column tag (``今朝果园（新春走基``).  Pages of pieces
    (:attr:`Line.fill`) are left to the model.  All 72 such breaks on the
    development corpus and all 905 on 2000 simulated pages are paragraph
    breaks (over-title and title apart, or not); the model joined 26 of the
    simulated ones.
    """
    if i < 2 or lines[i - 1].fill:
        return False
    z, a, b = lines[i - 2], lines[i - 1], lines[i]
    column = columns[i]
    return (
        _title_line(z)
        and _title_line(a)
        and b.kind == "body"
        and not (b.bare and _open_brackets(b.text) > 0)
        and b.width >= a.width + 3.0
        and column - a.width >= 4.0
        and column - z.width >= 4.0
        and _title_run_starts_unit(lines, i - 1)
    )


def _headline_end(lines: list[Line], columns: list[float], k: int) -> bool:
    """``lines[k]`` ends a headline wrapped over title lines that start a unit.

    The title lines up to it start a unit (:func:`_title_run_starts_unit`),
    the line after the next one has punctuation (running text, not another
    headline line), and ``lines[k]`` could be no paragraph's first line: it
    is not a dropped indent short of the column or of that running line.
    """
    if k < 1 or not _title_line(lines[k - 1]) or not _title_run_starts_unit(lines, k):
        return False
    a, c = lines[k], lines[k + 2]
    return not c.bare and not any(
        INDENT_MIN <= column - a.width <= INDENT_MAX for column in (columns[k + 1], c.width)
    )


def _bare_first_line(lines: list[Line], i: int) -> bool:
    """``lines[i]`` is a paragraph's first line without punctuation, by the column after it.

    Narrow columns have such first lines (``该公司推进 iPhone``,
    ``4月28日上午 5``).  The two lines after it show its column: one width
    (to 1 em), in one block, the first no sentence's end (the second may
    end the paragraph, as wide), not both bare (a headline's lines); it is
    2 em (to :data:`INDENT_MAX`) narrower, a
    dropped indent, and no headline line's: a headline over that column
    would be followed by a first line, not by two full ones.  Pages of
    pieces (:attr:`Line.fill`) are left to the model.
    """
    if i + 2 >= len(lines):
        return False
    a, b, c, d = lines[i - 1], lines[i], lines[i + 1], lines[i + 2]
    if a.fill or not _title_line(b) or c.kind != "body" or d.kind != "body":
        return False
    if c.blank_before or d.blank_before or c.final or (c.bare and d.bare):
        return False
    return (
        abs(c.width - d.width) <= 1.0
        and INDENT_FULL <= max(c.width, d.width) - b.width <= INDENT_MAX
    )


def _closes_sentence(lines: list[Line], k: int) -> bool:
    """``lines[k]`` ends a sentence, or closes the quotation of one that the line before ends.

    ``pdftotext -raw`` writes a closing quote in another font as a line of
    its own (``……不辜负这个伟大的时代。`` / ``”``); read alone it is a bare
    line, which :attr:`Line.final` leaves as the extractor cut it (the model
    was fitted so), but the rules after it read it as the sentence end it is.
    """
    line = lines[k]
    return line.final or (
        k > 0
        and not line.blank_before
        and not line.text.rstrip(_CLOSING_OR_SPACE)
        and lines[k - 1].final
    )


def _quote_closes_before_first_line(lines: list[Line], columns: list[float], i: int) -> bool:
    """A lone closing quote (:func:`_closes_sentence`) over a paragraph's first line.

    The line after it is 1.4 to 2.6 em short of its column (a dropped
    indent), ends no sentence and is not letter-spaced; it may lack
    punctuation (``现场聆听习近平总书记``).  All 23 such breaks on the
    development corpus are paragraph breaks (simulated pages cut no quote
    apart); the model, fitted without their page, joined some.
    """
    return (
        i >= 2
        and not lines[i - 1].final
        and _closes_sentence(lines, i - 1)
        and lines[i].kind == "body"
        and _indent_dropped(lines[i], columns[i])
    )


def _opens_paragraph(line: Line, column: float) -> bool:
    """``line`` reads as a paragraph's first line: its dropped indent shows.

    :data:`INDENT_MIN` to :data:`INDENT_MAX` em short of its column (the
    window of ``indent_b`` in :func:`boundary_features`), yet it ends no
    sentence and is not justified: no other line of a paragraph is short
    without ending it.
    """
    return line.kind in ("body", "lead") and not line.bare and _indent_dropped(line, column)


def _indent_dropped(line: Line, column: float) -> bool:
    """``line`` is :data:`INDENT_MIN` to :data:`INDENT_MAX` em short of ``column``,
    ends no sentence and is not justified: a first line, punctuated or not."""
    return not (line.final or line.spaced) and INDENT_MIN <= column - line.width <= INDENT_MAX


def _title_block(lines: list[Line], columns: list[float], k: int) -> bool:
    """``lines[k]`` is a bare line after a byline, or a block of its own.

    After a closing byline, a credit or page furniture (``责任编辑：雷峰``) a
    new article starts, and its text's first line is about 2 em short (a
    dropped indent): a bare line 4 em short of the column after it is a title
    (all 15 such lines after furniture on the development corpus), and so is
    one as wide as that column after a byline; unless a credit follows
    closely: a photo caption's first line.
    A column break leaves a blank line after a full line; a short line
    without punctuation that starts a unit, set apart by a blank line from
    running text with punctuation, is a title (pdftotext writes each title as
    a block of its own), and so is a block 1 em wider than the two lines
    after the next, in one block with it: no paragraph's line is wider than
    its column.
    """
    a, b = lines[k], lines[k + 1]
    if not (_title_line(a) and not b.bare and b.kind in ("body", "lead")):
        return False
    short = a.width <= columns[k + 1] - 4
    if (
        short
        and k > 0
        and (lines[k - 1].signed or lines[k - 1].kind in _UNIT_KINDS)
        and not _credit_follows(lines, k)
    ):
        return True
    if (
        k > 0
        and lines[k - 1].kind == "byline"
        and a.width >= columns[k + 1] - 1
        and not _credit_follows(lines, k)
    ):
        return True
    if not b.blank_before or not (k == 0 or a.blank_before or a.page_break or lines[k - 1].final):
        return False
    return short or (
        a.blank_before > 0
        and k + 3 < len(lines)
        and not (lines[k + 2].blank_before or lines[k + 3].blank_before)
        and a.width >= max(lines[k + 2].width, lines[k + 3].width) + 1
    )


def _title_line(line: Line) -> bool:
    """A body line that could be part of a title: bare and not justified.

    On a page of fragments too: a wrapped title's short lines add up like
    pieces of a printed line, and the rules that use this look at more than
    the fit (a unit's start, the punctuated line after).
    """
    return line.bare and line.kind == "body" and not line.spaced


#: How many lines a photo caption may take, its credit line included.
CAPTION_REACH: Final = 4


def _over_caption(lines: list[Line], k: int) -> bool:
    """``lines[k]`` is a bare unit over a wider photo caption.

    ``lines[k]`` starts a unit (the line before ends a sentence, a title,
    a byline or furniture, or a blank line or a page comes between), and
    the body lines after it, wider than it, reach a credit within
    :data:`CAPTION_REACH` lines.  A letter-spaced line was justified to its
    own column: it is none.
    """
    a, b = lines[k], lines[k + 1]
    if not (_title_line(a) and b.kind == "body"):
        return False
    if b.width <= a.width:
        return False
    if k > 0 and not (a.blank_before or a.page_break):
        p = lines[k - 1]
        if not (p.final or p.signed or p.bare or p.kind in _UNIT_KINDS):
            return False
    return _credit_follows(lines, k)


def _credit_follows(lines: list[Line], k: int) -> bool:
    """Body lines after ``lines[k]`` reach a photo credit within :data:`CAPTION_REACH` lines."""
    for line in lines[k + 1 : k + 1 + CAPTION_REACH]:
        if line.kind == "credit" or (line.signed and line.text[-1] == "摄"):
            return True
        if line.kind != "body" or line.page_break:
            return False
    return False


_UNIT_KINDS: Final = frozenset(("byline", "credit", "noise"))
_SIGNED_KINDS: Final = frozenset(("byline", "credit"))


def _over_narrower_column(
    lines: list[Line], columns: list[float], rules: list[bool | None], k: int
) -> bool:
    """``lines[k]`` is a bare unit too wide for the column of ``lines[k + 1]``.

    The column must show in the three lines after it, all 2 em narrower;
    and a letter-spaced line was justified to its own column: it is none.
    The line after it may lack punctuation only as a paragraph's first line
    does: within 3 em of its column (a dropped indent), followed by a line
    with punctuation; a short bare line there is a title's second line.
    Where the column read at ``lines[k + 1]`` takes in wider lines above,
    the lines after it may show a narrower one (:func:`_narrow_column_after`).
    A photo caption is wider than the columns and ends short: a line that a
    credit follows closely may be its first line.  A letter-spaced line
    after it fills its column, whatever its characters measure (``同 比 增 长``
    in an 8-em column): the column shows in the line after that, which goes
    on (no sentence end) and with the next is 2 em narrower than
    ``lines[k]``.
    """
    a, b = lines[k], lines[k + 1]
    if not _title_line(a) or k + 3 >= len(lines):
        return False
    c, d = lines[k + 2], lines[k + 3]
    if b.spaced:
        narrower = not (b.blank_before or c.blank_before or c.final) and a.width >= max(c.width, d.width) + 2
    else:
        narrow = _narrow_column_after(lines, k)
        narrower = (
            (not b.bare or (not c.bare and (b.width >= columns[k + 1] - 3 or narrow)))
            and (a.width >= columns[k + 1] + 2 or narrow)
            and a.width >= max(b.width, c.width, d.width) + 2
        )
    return (
        narrower
        and (k == 0 or rules[k - 1] is True or lines[k - 1].final)
        and not _credit_follows(lines, k)
    )


def _narrow_column_after(lines: list[Line], k: int) -> bool:
    """The lines after ``lines[k]`` open a paragraph in a column of their own.

    The column read at ``lines[k + 1]`` may take in the wider lines above
    (``lines[k]`` itself, the end of the article before); the lines show it
    themselves: two lines of one width (to 1 em) in one block, neither a
    sentence's end, after a first line as wide or up to an indent narrower.
    """
    b, c, d = lines[k + 1], lines[k + 2], lines[k + 3]
    return (
        not (c.blank_before or d.blank_before or b.final or c.final)
        and abs(c.width - d.width) <= 1.0
        and 0.0 <= c.width - b.width <= 2.6
    )


#: How far short of its column a letter-spaced line may be and still have
#: been set to the full column (em): a first line set 2 em in shows more.
JUSTIFIED_SHORT: Final = 2.5


def _justified_runs_on(a: Line, b: Line) -> bool:
    """``a``, letter-spaced, goes on in the body line ``b``.

    A paragraph's last line is set loose, not justified: a line whose
    letter-spacing shows the slack of justification, and that ends no
    sentence, is no paragraph's last, however short its characters
    measure (``同 比 增 长`` / ``62.3%，形成良好``).  All 290 such breaks on
    the development corpus (18 with a blank line between) and all 6690 on
    2000 simulated pages are joins.
    """
    return a.spaced and a.kind == "body" and not a.final and b.kind == "body"


def _justified_full(lines: list[Line], columns: list[float], k: int) -> bool:
    """``lines[k + 1]`` is justified to its full column after a full line.

    Its letter-spacing shows slack, and its characters come within
    :data:`JUSTIFIED_SHORT` of the column: it was set to the full column,
    not 2 em in as a paragraph's first line is.  After a full line (ending a
    sentence or not) it continues the paragraph.
    """
    a, b = lines[k], lines[k + 1]
    return (
        b.spaced
        and b.kind == "body"
        and a.kind in ("body", "lead")
        and not a.fill
        and (a.spaced or columns[k] - a.width <= 1.0)
        and columns[k + 1] - b.width < JUSTIFIED_SHORT
    )


def _lead_runs_on(line: Line) -> bool:
    """``line`` is a lead line that ends inside a sentence: its paragraph goes on."""
    return line.kind == "lead" and _inside_sentence(line)


def _inside_sentence(line: Line) -> bool:
    """``line`` ends with neither a sentence mark nor a colon."""
    return not line.final and not line.colon


def _ends_lead(lines: list[Line], k: int) -> bool:
    """``lines[k]`` closes the reporter bracket of the lead on ``lines[k - 1]``."""
    a = lines[k]
    return (
        k > 0
        and lines[k - 1].kind == "lead"
        and a.kind == "body"
        and a.text[-1] in _CLOSE_PAREN
        and _CLOSES_REPORTERS.search(lines[k - 1].text + a.text) is not None
    )


def _stand_alone(breaks: list[bool] | list[bool | None], k: int, last: int) -> bool:
    """Breaks (True, not undecided) before ``lines[k]`` and after ``lines[k + 1]``."""
    return (k == 0 or breaks[k - 1] is True) and (k == last or breaks[k + 1] is True)


def _title_pair(lines: list[Line], k: int) -> bool:
    """``lines[k]`` and ``lines[k + 1]`` could be one wrapped title.

    Bare body lines in one block (no blank line between: the parts of a
    headline are blocks of their own), the first not closed by a bracket
    (a column tag ends a title, a bracketed note is none), the second not
    opened by a dash (a subtitle).
    """
    a, b = lines[k], lines[k + 1]
    return (
        a.bare
        and b.bare
        and not b.blank_before
        and a.kind == b.kind == "body"
        and a.width >= 3
        and b.width >= 2
        and a.text[-1] not in _CLOSE_PAREN
        and b.text[0] not in _DASHES
    )


def _open_brackets(text: str) -> int:
    """Opening brackets in ``text`` less closing ones (fullwidth and ASCII)."""
    return text.count("（") + text.count("(") - text.count("）") - text.count(")")


def _closes_bracket(a: Line, b: Line) -> bool:
    """``a`` leaves a bracket open and ``b`` closes it: one paragraph.

    A column tag (``长出新产业（新春`` / ``走基层·算算农家增收账）``), a
    reporter's bracket, a note in running text.  On the development corpus
    all 233 such breaks are joins.
    """
    return ("（" in a.text or "(" in a.text) and _open_brackets(a.text) > 0 > _open_brackets(b.text)


#: The last line of a wrapped title, its column tag opened on it: ``疾恶如仇（为了民``,
#: ``老乡有盼头（暖相册）``.  A column tag quotes nothing (none does on the
#: development corpus): ``宁郭镇（以下简称“中`` opens a report.
#: Characters are counted without spaces, which a later fix may remove.
_TAGGED_TITLE_END: Final = regex.compile(r"(?:[^（()）\s]\s*+){2,12}+[（(][^（()）“”‘’]*+[）)]?")


def _tag_follows(lines: list[Line], k: int) -> bool:
    """``lines[k]`` is a title line that runs on into the line of its column tag.

    A bare line (``赤胆忠心``, ``干部有劲头``) before a bare line of a few
    characters that opens a bracket and closes it there or not at all
    (``疾恶如仇（为了民`` / ``族复兴·英雄烈士谱）``): a headline wrapped in a
    narrow column.  On the development corpus 33 such breaks are joins, 35
    lie between two headline parts (either way is right) and none is a
    paragraph break; a closing quote alone on its line (``”``) is no title.
    """
    a, b = lines[k], lines[k + 1]
    return (
        a.kind == b.kind == "body"
        and a.width >= 2
        and b.bare
        and a.text[-1] not in _QUOTES
        and _TAGGED_TITLE_END.fullmatch(b.text) is not None
    )


def _plainly_joined(a: Line, b: Line, full_a: float, full_b: float) -> bool:
    """A break inside a paragraph, plain to see: a full line, no mark at its end.

    ``a`` fills its column (within 0.5 em) and ends with no sentence mark,
    colon, bracket or quote, ``b`` fills its column (within 1 em) and is
    within 3 em of ``a``, no blank line between, columns of 10 em or more.
    Whatever the other evidence, the weighted sum of such a break is at most
    -5.2 with the current weights, below -:data:`UNCERTAIN` (so the trees are
    not asked either): ``tests/test_join_fast_paths.py`` bounds it from
    :data:`WEIGHTS` and the range of every feature in this case, and checks
    those ranges on real pages.  Half the breaks of a page are such breaks;
    they skip :func:`_score`.
    """
    return (
        not b.blank_before
        and not a.final
        and not a.colon
        and a.text[-1] not in _BRACKET_OR_QUOTE
        and full_a >= 10.0
        and full_b >= 10.0
        and -0.5 <= full_a - a.width <= 0.5
        and -1.0 <= full_b - b.width <= 1.0
        and -3.0 < b.width - a.width < 3.0
    )


_BRACKET_OR_QUOTE: Final = _CLOSING | _OPENING
_ASCII_DIGITS: Final = frozenset("0123456789")
_HAN_FIRST: Final = regex.compile(r"\p{Han}").match


def _cut_number(a: Line, b: Line) -> bool:
    """A number cut from its unit at the line end: ``代表200`` / ``人，…``.

    Never a paragraph's end: on the development corpus all 396 breaks
    between a digit and an ideograph are joins, and on the seed page
    ``本 次 大 会 应 到 代 表 200`` / ``人，…`` is one.  Where no rule decides
    the break, the model is not asked.  Lines of running text only.
    """
    return (
        a.text[-1] in _ASCII_DIGITS
        and b.kind == "body"
        and a.kind in ("body", "lead")
        and _HAN_FIRST(b.text) is not None
    )


#: How much wider than the column of a sentence's last line the next line
#: must be to stand in another block (em).
WIDER_BLOCK: Final = 2.0


#: A line that opens with a dash after a sentence end starts a paragraph: a
#: subtitle (``——温州扎实开展年度招商引资纪实``) or a point of a list
#: (``——坚持稳中求进。``).  All 62 such breaks on 1000 simulated pages;
#: the development corpus has none.
_DASH: Final = "——"


def _wider_after_end(a: Line, b: Line, full_a: float) -> bool:
    """After a sentence end, a line too wide for the sentence's column.

    No line of a paragraph is wider than its column: a line
    :data:`WIDER_BLOCK` wider than the column of a sentence's last line
    stands in another block, a headline printed after its body
    (``赵克志、周强、张军出席。`` / ``郭声琨主持召开中央政法委员会全体会议时强调``
    in a 19-em column) or a wider caption.  All 47 such breaks on the
    development corpus are paragraph breaks; where no rule decides, the
    model is not asked.
    """
    return a.final and b.width >= full_a + WIDER_BLOCK


def _ends_unmarked(lines: list[Line], columns: list[float], i: int) -> bool:
    """``lines[i - 1]`` ends a paragraph without a mark: ``lines[i]`` is the next one's first line.

    A line with punctuation but no sentence end, 3 em short of its column
    (its printed line, on a page of pieces) and 2.5 em short of the line
    after the next, is no middle line of a paragraph; the next line reads
    as a first line (:func:`_opens_paragraph`, and 2 em, to
    :data:`INDENT_MAX`, short of the full line after it, which ends no
    sentence): a paragraph or a deck that ends without a mark
    (``增添新动能，创造新价值``).  The three lines hold no Latin letter or
    digit, whose widths the count misjudges.  All 4 such breaks on the
    development corpus are paragraph breaks (the simulator ends every
    paragraph with a mark); the model, fitted without their page, joined 3.
    """
    if i + 1 >= len(lines):
        return False
    a, b, c = lines[i - 1], lines[i], lines[i + 1]
    if a.kind != "body" or a.final or a.bare or a.spaced or b.blank_before:
        return False
    printed = a.printed
    if a.fill and a.fill + b.width <= columns[i - 1] + OVERRUN:
        return False  # b may go on with a's printed line
    return (
        columns[i - 1] - printed >= 3.0
        and c.width - printed >= 2.5
        and _opens_paragraph(b, columns[i])
        and _full_next(c, columns, i) > 0.0
        and not (c.bare or c.final)
        and INDENT_MIN <= c.width - b.width <= INDENT_MAX
        and all(_LATIN.isdisjoint(line.text) for line in (a, b, c))
    )


def _runs_past_column(a: Line, b: Line, column_a: float, column_b: float) -> bool:
    """``b`` runs past its column after a full ``a``: no paragraph's first line.

    A first line stands 2 em in; a line with punctuation that runs half an
    em to :data:`OVERRUN` past its column (compressed punctuation) after a
    punctuated line that fills its own (or, on a page of pieces, its
    printed line) goes on with the paragraph, even after a sentence end.
    Bare lines may be headlines, wide or a column wide, and are left
    alone.  All 431 such breaks on the development corpus and all 1313 on
    1000 simulated pages are joins (a headline rule of :func:`decided`
    breaks one of the latter first); the model, fitted without their page,
    broke two or three.
    """
    return (
        b.kind == "body"
        and not (b.bare or b.spaced or b.blank_before)
        and a.kind == "body"
        and not a.bare
        and a.printed >= column_a - 1.0
        and column_b + 0.5 <= b.width <= column_b + OVERRUN
    )


def _full_at_semicolon(a: Line, column: float) -> bool:
    """``a`` fills its column and ends with a semicolon: its paragraph runs on.

    A semicolon ends a clause, seldom a paragraph: on the development
    corpus no paragraph ends with one (all 18 such breaks that no rule
    decides are joins, and all 471 on 1000 simulated pages).  Where the
    line is full, its width cannot tell, and the model, which weighs a
    full line that ends a sentence, broke seven of the latter.
    """
    return a.text[-1] in _SEMICOLON and column - a.width <= 1.0


def _completes_printed_line(lines: list[Line], columns: list[float], i: int) -> bool:
    """On a page of pieces, ``lines[i]`` goes on with the printed line ``lines[i - 1]`` is part of.

    ``pdftotext -raw`` cuts a printed line where its text changes font,
    now and then after a sentence end before a digit (``中国共产党。`` /
    ``1958年10月起``, one printed line of a 12-em column).  Read as going
    on, the pieces from ``lines[i]`` on fill that printed line
    (:func:`_fills_printed_line`); read as a paragraph's first, they fill
    no first line, 2 em in: then the page allows one reading only.  A
    headline's line fills no column: a bare piece needs the line after it
    to fill the column on its own (so that it is no first line with that
    line either), and a bare line that opens its printed line and a unit
    is left alone.  All 259 such breaks on the development corpus and both
    on 1000 simulated pages are joins; the model, fitted without their
    page, broke five to eight.
    """
    a, b = lines[i - 1], lines[i]
    if not a.fill or a.kind != "body" or b.kind != "body" or b.blank_before or b.spaced:
        return False
    if a.bare and a.fill <= a.width and _title_run_starts_unit(lines, i - 1):
        return False  # a headline's line, maybe: it fills no column
    column = columns[i - 1]
    if b.bare:
        c = lines[i + 1] if i + 1 < len(lines) else None
        if c is None or c.kind != "body" or c.blank_before or column - c.width > 1.0:
            return False
    return _fills_printed_line(lines, i, a.fill, column) and not _fills_first_line(lines, i, column)


def _opens_printed_line(lines: list[Line], columns: list[float], i: int) -> bool:
    """On a page of pieces, ``lines[i]`` opens a paragraph after the sentence ``lines[i - 1]`` ends.

    The other reading of :func:`_completes_printed_line`: the pieces from
    ``lines[i]`` on fill a first line, 2 em in (:func:`_fills_printed_line`,
    half an em past at most), and cannot go on with the printed line before
    nor, where that one is full, fill the next, even read loosely
    (:data:`LOOSELY_SHORT` of the column, :data:`OVERRUN` past it):
    ``部副部长。`` / ``1985年，`` / ``调任省府秘书`` in a 12-em column.  A
    bare piece is left alone (a headline's, maybe).  All 157 such breaks on the
    development corpus and all 68 on 1000 simulated pages are paragraph
    breaks; the model, fitted without their page, joined one.
    """
    a, b = lines[i - 1], lines[i]
    if not a.fill or not a.final or a.kind != "body" or b.kind != "body" or b.bare:
        return False
    if b.blank_before or b.spaced:
        return False
    column = columns[i - 1]
    if not _fills_first_line(lines, i, column):
        return False
    loose = LOOSELY_SHORT
    return not (
        _fills_printed_line(lines, i, a.fill, column, overrun=OVERRUN, short=loose)
        or (
            a.fill >= column - loose
            and _fills_printed_line(lines, i, 0.0, column, overrun=OVERRUN, short=loose)
        )
    )


def _fills_first_line(lines: list[Line], i: int, column: float) -> bool:
    """The pieces from ``lines[i]`` on can make a paragraph's first line in ``column``.

    Its 2-em indent (:data:`INDENT_FULL`) dropped, it may run half an em
    past what is left (compressed punctuation); see :func:`_fills_printed_line`.
    """
    return _fills_printed_line(lines, i, 0.0, column - INDENT_FULL, overrun=0.5)


#: Most pieces that :func:`_fills_printed_line` adds to a printed line.
PIECES: Final = 5
#: How far short of its column a printed line may be, read loosely (em):
#: numbers and Latin words print wider than they count, with the spaces
#: around them.
LOOSELY_SHORT: Final = 2.0


def _fills_printed_line(
    lines: list[Line], i: int, used: float, column: float, *, overrun: float = 0.0, short: float = 1.0
) -> bool:
    """The pieces from ``lines[i]`` on can end a printed line that holds ``used`` em already.

    Up to :data:`PIECES` body lines in one block, added up, either bring it
    to within ``short`` em of ``column`` (and ``overrun`` past it at most)
    or end a sentence on it.
    """
    width = used
    for k in range(i, min(len(lines), i + PIECES)):
        line = lines[k]
        if line.kind != "body" or (k > i and (line.blank_before or line.page_break)):
            return False
        width += line.width
        if width > column + overrun:
            return False
        if line.final or width >= column - short:
            return True
    return False


#: Widest line (em) that :func:`_short_tail` takes for the tail of the line before.
TAIL: Final = 4.0


def _short_tail(a: Line, b: Line) -> bool:
    """``b`` is the short tail of ``a``'s sentence or title: they join.

    A line of at most :data:`TAIL` em, not letter-spaced, after a line that
    ends no sentence: the end of a wrapped line or title (``《狮耀凤`` /
    ``城》``, ``了‘太空`` / ``梦’”``).  On the development corpus all 1,227
    such breaks that no rule decides are joins (a short headline, a byline
    or page furniture there follows a sentence end or is decided by a rule
    of its own), and on 1000 simulated pages all 2,209; the model, fitted
    without their page, broke three.
    """
    return not a.final and b.width <= TAIL and not b.spaced


_OPENS_QUOTE: Final = re.compile("[" + "".join(opening for opening, _ in QUOTE_PAIRS) + "]").search
#: Lines after the one that opens a quotation or a book title within which
#: :func:`_within_quotes` looks for the line that closes it.
QUOTE_REACH: Final = 4


def _within_quotes(lines: list[Line]) -> set[int]:
    """The lines ``i`` whose break before them falls inside a quotation or a book title.

    A line that leaves ``“``, ``‘`` or ``《`` open, and a line at most
    :data:`QUOTE_REACH` lines on that closes it, with no sentence ending on
    a line between and only body text (no furniture, byline, credit, page
    break): one paragraph or one title runs over them (``…试运行“中国朋友``
    / ``帮我们实现`` / ``了‘太空`` / ``梦’”``; ``《习近平关于中国特色大国外`` /
    ``交论述摘编》出版发行``).  On the development corpus all 1,454 such
    breaks are joins, and on 1000 simulated pages all 3,573.  A quotation
    that runs over paragraphs opens again at the start of each and closes
    only at the end of the last one: the count never comes back to zero
    before a sentence end, so it is not read as one here.
    """
    inside: set[int] = set()
    for i in [k for k, line in enumerate(lines) if _OPENS_QUOTE(line.text)]:
        text = lines[i].text
        for opening, closing in QUOTE_PAIRS:
            if opening not in text:
                continue
            depth = text.count(opening) - text.count(closing)
            if depth <= 0:
                continue
            for j in range(i + 1, min(len(lines), i + 1 + QUOTE_REACH)):
                after = lines[j]
                if (j - 1 > i and lines[j - 1].final) or after.page_break or after.kind not in ("body", "lead"):
                    break
                depth += after.text.count(opening) - after.text.count(closing)
                if depth <= 0:
                    inside.update(range(i + 1, j + 1))
                    break
    return inside


def _subheading(lines: list[Line], k: int) -> bool:
    """``lines[k]`` is a subheading in quotation marks between paragraphs.

    A body line that is one quotation without a pause or a sentence mark
    (``“不辜负这个伟大的时代”``, ``“日子越过越有奔头”``) after the end of a
    sentence (:func:`_closes_sentence`: its closing quote may stand on a
    line of its own) is a paragraph of its own: a new paragraph starts
    before and after it (all 19 such lines of the development corpus; the
    weighed model joined some to the paragraph after them).
    """
    line = lines[k]
    return (
        k > 0
        and line.bare
        and line.kind == "body"
        and not line.spaced
        and _closes_sentence(lines, k - 1)
        and WHOLE_QUOTATION.fullmatch(line.text) is not None
    )


#: Units that follow the number of a date or a time.
_DATE_UNITS: Final = frozenset("年月日时分秒")


def _cut_date(a: Line, b: Line) -> bool:
    """A date or a time cut at the line end: ``2022 年 12 月 27`` / ``日，…``.

    Nor a title's last line, though a short line without punctuation under
    a title looks like one (232 of the 396 number cuts of the development
    corpus are dates).  A headline may end in a number (``你好2020``), not
    in a date cut from its unit.  Not even a page break or an indent makes
    it a paragraph's end: the joined text keeps neither, and its next
    reading (in paragraph form) must agree with this one.
    """
    return b.text[0] in _DATE_UNITS and _cut_number(a, b)


def _hard_rule(a: Line, b: Line) -> bool | None:
    """Breaks and joins that need no weighing of evidence; None when they do."""
    if b.text[0] in _CLOSED_START:
        # closing punctuation never starts a paragraph, not even on a new page
        return False
    if b.page_break:
        return True
    if a.kind in ("noise", "byline", "credit") or b.kind in ("noise", "byline", "credit", "lead"):
        return True
    if a.signed:
        return True
    if b.indent:
        return True
    if not a.bare and a.spaced:
        # a justified line of running text is not its paragraph's last
        return False
    return None


_CLOSES_REPORTERS: Final = regex.compile(r"(?r)[（(][^（()）]{0,30}(?:记者|通讯员)[^（()）]{0,30}[）)]$")
_CLOSE_PAREN: Final = frozenset("）)")
_DASHES: Final = frozenset("—－-")


def _clamp(x: float, lo: float, hi: float) -> float:
    return lo if x < lo else hi if x > hi else x


def boundary_features(lines: list[Line], columns: list[float], i: int) -> list[float]:
    """The evidence about the break between ``lines[i - 1]`` and ``lines[i]``.

    Weighed by :data:`WEIGHTS` (a logistic model fitted by
    ``scripts/fit_join_model.py``); a positive sum is a paragraph break.
    The lines are as :func:`_classify` left them.
    """
    a, b = lines[i - 1], lines[i]
    p = lines[i - 2] if i >= 2 else None
    c = lines[i + 1] if i + 1 < len(lines) else None
    full_a, full_b = columns[i - 1], columns[i]
    # clamped as _clamp would, written out: this runs for every line
    deficit_a = full_a - a.width
    deficit_a = -3.0 if deficit_a < -3.0 else 8.0 if deficit_a > 8.0 else deficit_a
    deficit_b = full_b - b.width
    deficit_b = -3.0 if deficit_b < -3.0 else 8.0 if deficit_b > 8.0 else deficit_b
    short_a = 1.0 if deficit_a >= SHORT else 0.0
    short_b = 1.0 if deficit_b >= SHORT else 0.0
    last_a = a.text[-1]
    final_a = 1.0 if a.final else 0.0
    colon_a = 1.0 if a.colon else 0.0
    pause_a = 1.0 if last_a in _PAUSE_END else 0.0
    closing_a = 1.0 if not final_a and last_a in _CLOSING else 0.0
    opening_a = 1.0 if last_a in _OPENING else 0.0
    bare_a = 1.0 if a.bare else 0.0
    bare_b = 1.0 if b.bare else 0.0
    final_b = 1.0 if b.final else 0.0
    indent_b = 1.0 if INDENT_MIN <= deficit_b <= INDENT_MAX else 0.0
    ratio_a = a.width / full_a if full_a > 0 else 1.0
    ratio_b = b.width / full_b if full_b > 0 else 1.0
    grow_a = _clamp(a.width - p.width, -8.0, 8.0) if p is not None else 0.0
    grow_c = _clamp(c.width - b.width, -8.0, 8.0) if c is not None else 0.0
    blank = 1.0 if b.blank_before else 0.0
    wider_b = 1.0 if b.width >= a.width + 3 else 0.0
    tiny_a = 1.0 if a.width <= 4 else 0.0
    opens_b = 1.0 if b.text[0] in _OPENING else 0.0
    lead_a = 1.0 if a.kind == "lead" else 0.0
    bare_p = 1.0 if p is not None and p.bare else 0.0
    quote_a = 1.0 if not final_a and last_a in _QUOTES else 0.0
    closes_lead = (
        1.0
        if last_a in _CLOSE_PAREN and _CLOSES_REPORTERS.search((p.text if p else "") + a.text)
        else 0.0
    )
    near_indent = 1.0 if 0.5 <= deficit_b <= 2.6 else 0.0
    semicolon_a = 1.0 if last_a in _SEMICOLON else 0.0
    narrower_b = 1.0 if b.width <= a.width - 3 else 0.0
    title_end = bare_a * bare_p * wider_b * (1 - bare_b)
    # on a page of fragments: can b continue a's printed line, or does a end it short?
    fill_a = a.fill
    cont = 1.0 if fill_a and fill_a < full_a - SHORT and fill_a + b.width <= full_a + OVERRUN else 0.0
    ends_short = 1.0 if fill_a and fill_a < full_a - SHORT and not cont else 0.0
    completes = 1.0 if cont and fill_a + b.width >= full_a - OVERRUN else 0.0
    piece_a = 1.0 if fill_a > a.width else 0.0
    missing_a = _clamp(full_a - fill_a, 0.0, 8.0) / 4 if fill_a else 0.0
    # a justified line is no paragraph's last; a justified b's shortfall is no indent
    spaced_a = 1.0 if a.spaced else 0.0
    spaced_indent_b = 1.0 if indent_b and b.spaced else 0.0
    # a run changes font at a quote, a digit or Latin, not between a sentence
    # end and an ideograph: a piece after a sentence end that opens with one
    # more likely starts a printed line than continues it
    han_after_end = cont * final_a * (1.0 if ANY_CJK.match(b.text) else 0.0)
    # b has no indent (an indent is a hard break) where paragraphs keep theirs
    end_unindented = final_a if a.indented_page else 0.0
    return [
        1.0, final_a, colon_a, pause_a, closing_a, opening_a, bare_a, bare_b, final_b,
        deficit_a / 4, deficit_b / 4, short_a, short_b, indent_b, ratio_a, ratio_b,
        grow_a / 4, grow_c / 4, blank, wider_b, tiny_a,
        opens_b, lead_a,
        final_a * short_a, final_a * indent_b, final_a * short_b * (1 - final_b),
        bare_a * short_a, bare_a * wider_b, final_a * blank, bare_a * (1 - ratio_a),
        colon_a * short_a, closing_a * short_a, short_a * short_b, bare_a * bare_b,
        bare_p, bare_a * bare_p, title_end, quote_a, quote_a * short_a, closes_lead,
        bare_a * (1 - bare_b) * (1 - ratio_a), final_a * opens_b * near_indent,
        semicolon_a * short_a, bare_a * narrower_b, bare_a * narrower_b * (1 - bare_b),
        cont, ends_short, cont * final_a, ends_short * final_a, piece_a, missing_a,
        completes, completes * final_a, spaced_a, spaced_indent_b,
        cont * final_a * final_b,
        indent_b * _full_next(c, columns, i),
        han_after_end,
        end_unindented,
    ]


#: Weighted sums closer to 0 than this leave a break uncertain: the boosted
#: trees of ``_join_trees.py`` (fitted by the same script, on the same
#: evidence) decide it.  About 4.5% of the weighed breaks on the development
#: corpus; the trees see how the pieces of evidence combine, which a
#: weighted sum cannot.  (The breaks that :func:`_plainly_joined` settles
#: score below -UNCERTAIN.)
UNCERTAIN: Final = 3.0
#: The trees were fitted on whole pages (36 lines and more): on a text of
#: fewer lines its layout (columns, pieces of printed lines) is read from
#: too little, and they are not asked.
TREE_LINES: Final = 30


def _trees_say(features: list[float]) -> float:
    """The log-odds of a break that the boosted trees give for ``features``."""
    total = TREE_BASE
    for feature, threshold, left, right, value in TREES:
        node = 0
        while left[node] >= 0:
            node = left[node] if features[feature[node]] <= threshold[node] else right[node]
        total += value[node]
    return total


def _full_next(c: Line | None, columns: list[float], i: int) -> float:
    """1.0 when ``c`` (the line after the break's second line) fills its column."""
    if c is None or c.blank_before or c.kind != "body":
        return 0.0
    return 1.0 if c.spaced or columns[i + 1] - c.width <= 1.0 else 0.0


def _score(lines: list[Line], columns: list[float], i: int) -> float:
    """``sum(map(mul, WEIGHTS, boundary_features(lines, columns, i)))``, bit for bit.

    The weighted sum without the list of features: each term is added in the
    order of :func:`boundary_features`, and the terms whose feature is zero
    are left out (adding ``w * 0.0`` changes no float sum), so the float
    result is the same.  Most features are 0 or 1; this runs for every line.
    """
    W = WEIGHTS
    a, b = lines[i - 1], lines[i]
    p = lines[i - 2] if i >= 2 else None
    c = lines[i + 1] if i + 1 < len(lines) else None
    full_a, full_b = columns[i - 1], columns[i]
    deficit_a = full_a - a.width
    deficit_a = -3.0 if deficit_a < -3.0 else 8.0 if deficit_a > 8.0 else deficit_a
    deficit_b = full_b - b.width
    deficit_b = -3.0 if deficit_b < -3.0 else 8.0 if deficit_b > 8.0 else deficit_b
    short_a = deficit_a >= SHORT
    short_b = deficit_b >= SHORT
    last_a = a.text[-1]
    final_a = a.final
    colon_a = a.colon
    closing_a = not final_a and last_a in _CLOSING
    bare_a, bare_b = a.bare, b.bare
    final_b = b.final
    indent_b = INDENT_MIN <= deficit_b <= INDENT_MAX
    ratio_a = a.width / full_a if full_a > 0 else 1.0
    ratio_b = b.width / full_b if full_b > 0 else 1.0
    wider_b = b.width >= a.width + 3
    opens_b = b.text[0] in _OPENING
    bare_p = p is not None and p.bare
    quote_a = not final_a and last_a in _QUOTES
    narrower_b = b.width <= a.width - 3

    score = W[0]
    if final_a:
        score += W[1]
    if colon_a:
        score += W[2]
    if last_a in _PAUSE_END:
        score += W[3]
    if closing_a:
        score += W[4]
    if last_a in _OPENING:
        score += W[5]
    if bare_a:
        score += W[6]
    if bare_b:
        score += W[7]
    if final_b:
        score += W[8]
    score += W[9] * (deficit_a / 4)
    score += W[10] * (deficit_b / 4)
    if short_a:
        score += W[11]
    if short_b:
        score += W[12]
    if indent_b:
        score += W[13]
    score += W[14] * ratio_a
    score += W[15] * ratio_b
    if p is not None:
        score += W[16] * (_clamp(a.width - p.width, -8.0, 8.0) / 4)
    if c is not None:
        score += W[17] * (_clamp(c.width - b.width, -8.0, 8.0) / 4)
    if b.blank_before:
        score += W[18]
    if wider_b:
        score += W[19]
    if a.width <= 4:
        score += W[20]
    if opens_b:
        score += W[21]
    if a.kind == "lead":
        score += W[22]
    if final_a:
        if short_a:
            score += W[23]
        if indent_b:
            score += W[24]
        if short_b and not final_b:
            score += W[25]
    if bare_a:
        if short_a:
            score += W[26]
        if wider_b:
            score += W[27]
    if final_a and b.blank_before:
        score += W[28]
    if bare_a:
        score += W[29] * (1 - ratio_a)
    if colon_a and short_a:
        score += W[30]
    if closing_a and short_a:
        score += W[31]
    if short_a and short_b:
        score += W[32]
    if bare_a and bare_b:
        score += W[33]
    if bare_p:
        score += W[34]
        if bare_a:
            score += W[35]
            if wider_b and not bare_b:
                score += W[36]
    if quote_a:
        score += W[37]
        if short_a:
            score += W[38]
    if last_a in _CLOSE_PAREN and _CLOSES_REPORTERS.search((p.text if p else "") + a.text):
        score += W[39]
    if bare_a and not bare_b:
        score += W[40] * (1 - ratio_a)
    if final_a and opens_b and 0.5 <= deficit_b <= 2.6:
        score += W[41]
    if short_a and last_a in _SEMICOLON:
        score += W[42]
    if bare_a and narrower_b:
        score += W[43]
        if not bare_b:
            score += W[44]
    fill_a = a.fill
    cont = False
    if fill_a:
        if fill_a < full_a - SHORT and fill_a + b.width <= full_a + OVERRUN:
            cont = True
            score += W[45]
            if final_a:
                score += W[47]
        elif fill_a < full_a - SHORT:
            score += W[46]
            if final_a:
                score += W[48]
        if fill_a > a.width:
            score += W[49]
        score += W[50] * (_clamp(full_a - fill_a, 0.0, 8.0) / 4)
        if fill_a < full_a - SHORT and full_a - OVERRUN <= fill_a + b.width <= full_a + OVERRUN:
            score += W[51]
            if final_a:
                score += W[52]
    if a.spaced:
        score += W[53]
    if indent_b and b.spaced:
        score += W[54]
    if cont and final_a and b.final:
        score += W[55]
    if indent_b and _full_next(c, columns, i):
        score += W[56]
    if cont and final_a and ANY_CJK.match(b.text):
        score += W[57]
    if a.indented_page and final_a:
        score += W[58]
    return score


def _join(a: str, b: str) -> str:
    if a[-1] in _LATIN and b[0] in _LATIN and not (a[-1].isdigit() and b[0].isdigit()):
        return " "
    return ""


#: Lines wider than this (em) are paragraphs already: no column is so wide.
PARAGRAPH_WIDTH: Final = 45.0
#: Passes over its own result that join_lines makes at most to reach a fixed
#: point.  Text in paragraph form needs one (all 174 dev pages, 200 simulated
#: ones, every pathological input of the benchmarks); of 3000 random strings
#: of short lines 335 need two or three.  Lines that each join changes the
#: reading of can take more, one line a pass: atheris found such strings
#: that need six.  A bound keeps the time linear, at most 17 passes over the
#: text, and one string in a long fuzz run may still need more.
MAX_PASSES: Final = 16


#: Share of lines ending a sentence, a title or a byline above which the
#: text is taken to be one paragraph per line already (lines without any
#: punctuation, titles, are not counted).  On the dev corpus extracted pages stay
#: below 0.35 (most printed lines stop in mid-sentence); repaired text is
#: above 0.89.
PARAGRAPH_ENDS: Final = 0.75


def _in_paragraph_form(lines: list[Line]) -> bool:
    """True when the text is one paragraph per line already.

    Either most of it stands in lines wider than any column, or nearly every
    line ends a sentence or is a title, a byline or a credit.  Page furniture
    is not counted: it stands on lines of its own in either form, and on a
    short page (a header, a headline and a few lines of a report) it would
    outvote the printed lines.  (Bylines and credits count as lines that
    end: a later fix can make a credit of a line, ``刘金元 摄摄`` spaced as
    ``刘金元摄 摄``, and a text must not read as repaired only before that.)
    """
    total = wide = 0.0
    for line in lines:
        total += line.width
        if line.width > PARAGRAPH_WIDTH:
            wide += line.width
    if total > 0 and wide >= 0.5 * total:
        return True
    # a line without punctuation says nothing either way (a title, or a
    # printed line that happens to have none), unless a clearly wider line
    # follows it: then it ends its unit in either form, as a title does; a
    # page of printed lines is known for one as soon as too many lines run on
    allowed = (1 - PARAGRAPH_ENDS) * (len(lines) - 1) + 1
    counted = ends = 0
    for line, nxt in zip(lines, lines[1:]):
        if line.kind == "noise":
            continue  # page furniture stands alone in either form
        title = line.kind == "body" and line.bare
        if title and nxt.width < line.width + SHORT:
            continue
        counted += 1
        if title or _ends_unit(line):
            ends += 1
        elif counted - ends > allowed:
            return False
    return counted > 0 and ends >= PARAGRAPH_ENDS * counted


def _ends_unit(line: Line) -> bool:
    return line.kind in _SIGNED_KINDS or line.final or line.text[-1] in _CLOSING


def join_lines_edits(text: str) -> list[Edit]:
    """The edits :func:`join_lines` makes, with offsets in ``text``.

    The result is a fixed point: joining its lines again changes nothing.
    Text that is already one paragraph per line (most of it in lines wider
    than any newspaper column) keeps its line breaks.
    """
    edits = _one_pass(text)
    for _ in range(MAX_PASSES):
        more = _one_pass(apply_edits(text, edits), settle=True)
        if not more:
            break
        edits = _merge(text, edits, more)
    return edits


def _merge(text: str, first: list[Edit], second: list[Edit]) -> list[Edit]:
    """One list of edits of ``text`` doing ``first`` and then ``second``.

    Both only rewrite the whitespace between lines, so each edit of the
    second pass covers whole edits of the first.
    """
    offsets = OffsetMap()
    offsets.push(first)
    merged: list[Edit] = []
    spans = [offsets.to_original(e.start, e.end) for e in second]
    j = 0
    for edit, (start, end) in zip(second, spans):
        while j < len(first) and first[j].end <= start and not (first[j].start == start == first[j].end):
            merged.append(first[j])
            j += 1
        while j < len(first) and first[j].start < end:
            j += 1
        merged.append(Edit(start, end, text[start:end], edit.new))
    merged.extend(first[j:])
    return merged


def _one_pass(text: str, *, settle: bool = False) -> list[Edit]:
    lines = split_lines(text)
    edits: list[Edit] = []
    if not lines:
        return [Edit(0, len(text), text, "")] if text else []
    if lines[0].start:
        edits.append(Edit(0, lines[0].start, text[: lines[0].start], ""))
    breaks = _breaks(lines, settle=settle)
    for i, line in enumerate(lines):
        if line.kind == "noise":
            spans = furniture.header_tokens(line.text)
            for (_, end), (start, _) in zip(spans, spans[1:]):
                edits.append(Edit(line.start + end, line.start + start, line.text[end:start], "\n"))
        if i + 1 < len(lines):
            nxt = lines[i + 1]
            new = "\n" if breaks[i] else _join(line.text, nxt.text)
            old = text[line.end : nxt.start]
            if old != new:
                edits.append(Edit(line.end, nxt.start, old, new))
    last = lines[-1].end
    if last < len(text):
        edits.append(Edit(last, len(text), text[last:], ""))
    return edits


def join_lines(text: str) -> str:
    """Rejoin hard-wrapped lines into paragraphs, one paragraph per line.

    Line breaks inside a paragraph are removed, blank lines and form feeds
    between paragraphs become a single line break, and a line of page-header
    tokens is split into one token per line.  Nothing but whitespace changes.

    >>> page = "会议指出，中央经济工作会\\n议是在深入贯彻党的二十大\\n精神开局时召开。\\n会议强调，要切实加强党对\\n\\n“三农”工作的领导。"
    >>> print(join_lines(page))
    会议指出，中央经济工作会议是在深入贯彻党的二十大精神开局时召开。
    会议强调，要切实加强党对“三农”工作的领导。
    """
    text = require_text(text)
    # the same passes as join_lines_edits, each writing its text directly
    joined = _one_pass_text(text)
    if joined == text.rstrip():
        # the text had no whitespace but single line breaks to change: the
        # next pass would read the same lines and give the same text
        return joined
    for _ in range(MAX_PASSES):
        again = _one_pass_text(joined, settle=True)
        if again == joined:
            break
        joined = again
    return joined


def _one_pass_text(text: str, *, settle: bool = False) -> str:
    """``apply_edits(text, _one_pass(text))``, written from the lines directly.

    No edit objects and no copies of the text between them: this is what
    :func:`newsrepair.repair` runs, with a fraction of the time and memory.
    """
    lines = split_lines(text)
    if not lines:
        return ""
    breaks = _breaks(lines, settle=settle)
    parts: list[str] = []
    for i, line in enumerate(lines):
        if line.kind == "noise":
            spans = furniture.header_tokens(line.text)
            pos = 0
            for (_, end), (start, _) in zip(spans, spans[1:]):
                parts.append(line.text[pos:end])
                parts.append("\n")
                pos = start
            parts.append(line.text[pos:])
        else:
            parts.append(line.text)
        if i + 1 < len(lines):
            parts.append("\n" if breaks[i] else _join(line.text, lines[i + 1].text))
    lines.clear()  # the parts hold the texts: the lines go before the result is built
    return "".join(parts)
