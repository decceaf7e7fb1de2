"""Split a newspaper page into items: articles, photos and page furniture.

A page is many items, and extraction order scrambles them: headlines come
before their body on some pages and after it on others (pdftotext's layout
mode on the seed page puts every headline after its article), a report may
have lost its headline, a headline may stand apart from its body, and page
furniture sits between items.  :func:`split_articles` works on the output of
:func:`newsrepair.repair` (one paragraph per line) in four steps:

1. every paragraph gets a role from its own text
   (:func:`newsrepair.segments.paragraph_role`), corrected by its
   neighbours: a short word between header tokens is a section name, the
   paragraph before a photo credit is a caption, a one-character fragment
   after a headline belongs to it (unless the input set it off as a stray
   `` 州``);
2. page furniture becomes ``noise`` items, captions with their credit
   ``photo`` items;
3. the remaining paragraphs form *blocks* of body text, cut before every
   lead (``本报讯``, ``新华社…电``; not ``又讯``, which is a second report
   under the same headline) and after every closing byline, with runs of
   headline lines between them;
4. each headline line is attached to the block before it, to the block
   after it, or stands alone, by the evidence of its wording: how much of
   it occurs in the neighbouring bodies and in the other bodies of the page,
   plus the page's own pattern (a page whose clear cases put headlines
   after their body is read that way where the wording does not decide).
   Lines bound together (an over-title ending in ``——`` or ``：``, a
   subtitle starting with ``——``) move together, and a body never takes
   headlines from both sides.

Every non-whitespace character of the input ends up in exactly one item, in
input order.
"""

from __future__ import annotations

import datetime
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any, Iterable, Literal

import regex

from . import furniture
from .chars import (
    BRACKET_PAIRS,
    CLOSING,
    ENDS_SENTENCE,
    PAGE_BREAK,
    QUOTE_PAIRS,
    SENTENCE_END,
    WHOLE_QUOTATION,
)
from .paragraphs import Line, is_stray_fragment, prepare, split_lines
from .inputs import require_text
from .pipeline import CHARACTER_FIXES, FIXERS, RepairOptions, repair
from .trace import Edit, apply_edits
from .segments import (
    TITLE_MAX,
    Role,
    Segment,
    SegmentType,
    content,
    paragraph_role,
    split_tail,
)

ItemKind = Literal["article", "photo", "noise", "other"]
TitlePosition = Literal["auto", "before", "after"]

__all__ = ["Item", "ItemKind", "Segment", "TitlePosition", "split_articles"]

# ------------------------------------------------------------------ model


@dataclass(frozen=True, slots=True)
class Item:
    """One item of a page: an article, a photo, page furniture or other text.

    ``segments`` keep the item's parts in input order, typed as in the
    corpus format; the other fields are read from them.

    >>> page = "本报讯（记者郭树勋、付凯明）1月1日上午，会议召开。\\n示范区召开会议"
    >>> item = split_articles(page, year=2023, repaired=True)[0]
    >>> item.kind, item.title, item.lead, item.reporters, item.date
    ('article', '示范区召开会议', '本报讯', ('郭树勋', '付凯明'), datetime.date(2023, 1, 1))
    """

    kind: ItemKind
    segments: tuple[Segment, ...]
    #: Main headline (主题).
    title: str | None = None
    #: Over-title (引题), printed above the main headline.
    over_title: str | None = None
    #: Subtitle (副题), printed below the main headline, without its dash.
    subtitle: str | None = None
    #: The dateline of the first report: ``本报讯``, ``新华社北京1月29日电``.
    lead: str | None = None
    #: Reporters named in the lead's brackets: ``（记者郭树勋、付凯明）``.
    reporters: tuple[str, ...] = ()
    #: Date of the report, from the lead or the words right after it.
    date: datetime.date | None = None
    #: Body paragraphs (the caption of a photo), lead included.
    paragraphs: tuple[str, ...] = ()
    #: Names of the closing byline: ``（牛森杰 李泽乾）``.
    byline_names: tuple[str, ...] = ()
    #: Names of a photo credit: ``本报记者 刘金元 摄``.
    credit_names: tuple[str, ...] = ()
    #: Page of the input the item is on, from 0: pages end at form feeds
    #: (and U+001C/U+001D), as ``pdftotext`` writes a multi-page PDF.
    page: int = 0

    @property
    def start(self) -> int:
        """Offset of the item's first character in the input."""
        return self.segments[0].start if self.segments else 0

    @property
    def end(self) -> int:
        """Offset after the item's last non-space character in the input."""
        return self.segments[-1].end if self.segments else 0

    @property
    def titles(self) -> tuple[str, ...]:
        """All headline parts, in input order."""
        return tuple(s.text for s in self.segments if s.type == "title")

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data: ``kind`` and ``segments`` as in the corpus format,
        the fields read from them beside.

        >>> split_articles("第5版")[0].to_dict()["segments"]
        [{'type': 'noise', 'text': '第5版'}]
        """
        return {
            "kind": self.kind,
            "segments": [s.to_dict() for s in self.segments],
            "title": self.title,
            "over_title": self.over_title,
            "subtitle": self.subtitle,
            "lead": self.lead,
            "reporters": list(self.reporters),
            "date": self.date.isoformat() if self.date else None,
            "paragraphs": list(self.paragraphs),
            "byline_names": list(self.byline_names),
            "credit_names": list(self.credit_names),
            "start": self.start,
            "end": self.end,
            "page": self.page,
        }


# ------------------------------------------------------------------ pieces


@dataclass(slots=True)
class _Piece:
    """A paragraph (or the tail cut off one) with its role, in repaired text."""

    role: str
    text: str
    start: int
    end: int
    flat: str = ""
    #: index of the repaired paragraph the piece comes from
    origin: int = -1
    #: cost of cutting between this piece and the one before, when the two
    #: come from one repaired paragraph (0: a cut made by repair itself)
    glue: float = 0.0


_LINE = regex.compile(r"[^\n]+")
_HAN_ONLY = regex.compile(r"^\p{Han}+$")
_MID_SENTENCE = regex.compile(r"[\p{Han}\p{L}\p{N}，、]$")
_ENUMERATOR = regex.compile(
    r"^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)$"
)


def _pieces(text: str) -> list[_Piece]:
    pieces: list[_Piece] = []
    for origin, match in enumerate(_LINE.finditer(text)):
        line = match.group()
        if not line.strip():
            continue
        start = match.start() + len(line) - len(line.lstrip())
        tail = split_tail(line)
        parts: list[tuple[str, Role | None]] = (
            [(tail[0], None), (tail[1], tail[2])] if tail else [(line, None)]
        )
        pos = match.start()
        for part, role in parts:
            stripped = part.strip()
            if stripped:
                start = pos + len(part) - len(part.lstrip())
                pieces.append(
                    _Piece(
                        role or paragraph_role(stripped),
                        stripped,
                        start,
                        start + len(stripped),
                        content(stripped),
                        origin,
                    )
                )
            pos += len(part)
    return pieces


# ------------------------------------------------------------------ raw lines
#
# Repair joins printed lines into paragraphs; where it glued a headline to
# the headline of another article, to the body it heads, or to the page
# header, the printed lines still show the seam.  A paragraph that reads as
# a headline is cut at every printed line (and at a space inside one) into
# headline lines whose cuts the attachment step may use, at a cost: a wrapped
# headline (lines of one width, or a short last line) costs more to cut.  A
# body paragraph whose first or last printed lines read as a headline and
# are far narrower or wider than its other lines gives that headline up.

_CLAUSE_MARK = regex.compile(r"[，；,;]")
_ENDS_CLAUSE_MARK = regex.compile(r"[，、；：,;:]$")
_OPENS_WITH_CLAUSE_MARK = regex.compile(r"^[，、；,;]")
#: A space between two phrases of three or more characters on one printed
#: line (two headlines side by side), the second possibly opening with a
#: year (``…互致新年贺电 2019 年 11 月份工业``); letter-spacing is not one.
_HEADLINE_SPACE = regex.compile(
    rf"(?<=\p{{Han}}{{2}}[\p{{Han}}{CLOSING}])\s++(?=[\p{{Han}}“《]\p{{Han}}{{2}}|\d{{4}}\s*+年)"
)


def _ranks(text: str) -> list[int]:
    """For every offset of ``text`` (and its end), the number of content characters before it."""
    ranks = [0] * (len(text) + 1)
    rank = 0
    for k, ch in enumerate(text):
        ranks[k] = rank
        if not ch.isspace():
            rank += 1
    ranks[len(text)] = rank
    return ranks


def _content_count(text: str) -> int:
    return len(text) - sum(map(str.isspace, text))


def _step_map(text: str, edits: list[Edit]) -> tuple[list[int], list[int]]:
    """For each content character that ``edits`` leave in ``text``: the content
    ranks ``[lo, hi)`` of ``text`` it comes from.

    Untouched characters map one to one; the characters an edit writes share
    out the content it replaces, in order.
    """
    lo: list[int] = []
    hi: list[int] = []
    rank = pos = 0
    for edit in edits:
        same = _content_count(text[pos : edit.start])
        lo.extend(range(rank, rank + same))
        hi.extend(range(rank + 1, rank + same + 1))
        rank += same
        old, new = _content_count(edit.old), _content_count(edit.new)
        if old:
            for q in range(new):
                lo.append(rank + q * old // new)
                hi.append(rank + (q + 1) * old // new)
        else:  # content where there was none: it belongs with the character before
            near = max(rank - 1, 0)
            lo.extend([near] * new)
            hi.extend([near + 1] * new)
        rank += old
        pos = edit.end
    same = _content_count(text[pos:])
    lo.extend(range(rank, rank + same))
    hi.extend(range(rank + 1, rank + same + 1))
    return lo, hi


def _exact_map(original: str, fixed: str, options: RepairOptions) -> tuple[list[int], list[int]] | None:
    """Where each content character of ``fixed`` comes from in ``original``.

    Replays the character fixes ``options`` switched on and ``convert``,
    with their edits; the other fixes change only whitespace.  None when the
    content of ``fixed`` is not what they give (a phrase that ``convert``
    reads across a line break, or ``fixed`` not made by :func:`repair` with
    ``options``).
    """
    total = _content_count(original)
    lo, hi = list(range(total)), list(range(1, total + 1))
    text = original
    # convert runs last, on the joined text; run here on the text before the
    # layout fixes, it gives the same characters unless a phrase was cut by a
    # line break (then the content check below sends the caller to the walk)
    for name in (*CHARACTER_FIXES, "convert"):
        if getattr(options, name):
            edits = FIXERS[name](text, options)
            if edits:
                lo, hi = _compose(lo, hi, *_step_map(text, edits), total)
                text = apply_edits(text, edits)
    if "".join(text.split()) != "".join(fixed.split()) or (lo and lo[-1] >= total):
        return None
    return lo, hi


def _compose(
    lo: list[int], hi: list[int], step_lo: list[int], step_hi: list[int], total: int
) -> tuple[list[int], list[int]]:
    """The map of one step (content ranks of its output to those of its input)
    followed by ``lo``, ``hi`` (ranks of that input to the original's)."""
    size = len(lo)
    new_lo = [lo[a] if a < size else total for a in step_lo]
    new_hi = [hi[b - 1] if b > a else start for a, b, start in zip(step_lo, step_hi, new_lo)]
    return new_lo, new_hi


class _Alignment:
    """Content characters (non-whitespace) of the input matched to those of
    the repaired text.

    Where the repaired text is what :func:`repair` makes with ``options``,
    the character fixes are replayed and the match is exact
    (:func:`_exact_map`).  Otherwise (``convert``, or text repaired some
    other way) a greedy walk that resynchronises within a few characters
    after a difference aligns the two in linear time: repair keeps content
    in order, and its character fixes change little and locally.
    """

    _REACH = 8
    _SYNC = 3

    def __init__(self, original: str, fixed: str, options: RepairOptions) -> None:
        self.in_pos = [k for k, ch in enumerate(original) if not ch.isspace()]
        self.out_pos = [k for k, ch in enumerate(fixed) if not ch.isspace()]
        self.in_rank = _ranks(original)
        self.out_rank = _ranks(fixed)
        exact = _exact_map(original, fixed, options)
        if exact is not None:
            self.fwd, self.fwd_end = exact
        else:
            self.fwd = self._greedy([original[k] for k in self.in_pos], [fixed[k] for k in self.out_pos])
            self.fwd_end = [k + 1 for k in self.fwd]
        n, m = len(self.in_pos), len(self.out_pos)
        back = [m] * (n + 1)
        for k in range(m - 1, -1, -1):
            back[self.fwd[k]] = k
        for k in range(n - 1, -1, -1):
            back[k] = min(back[k], back[k + 1])
        self.back = back

    def _greedy(self, a: list[str], b: list[str]) -> list[int]:
        """For each character of ``b``, the index of its match in ``a``."""
        n, m = len(a), len(b)
        fwd = [0] * m
        i = j = 0
        while j < m:
            if i < n and a[i] == b[j]:
                fwd[j] = i
                i += 1
                j += 1
                continue
            di, dj = self._resync(a, b, i, j)
            for _ in range(dj):
                fwd[j] = min(i, n - 1) if n else 0
                j += 1
            i += di
            if di == 0 and dj == 0:  # no resynchronisation: a substitution
                fwd[j] = min(i, n - 1) if n else 0
                i += 1
                j += 1
        return fwd

    def _resync(self, a: list[str], b: list[str], i: int, j: int) -> tuple[int, int]:
        n, m = len(a), len(b)
        for total in range(1, self._REACH + 1):
            for di in range(total + 1):
                dj = total - di
                if i + di > n or j + dj > m:
                    continue
                size = min(self._SYNC, n - i - di, m - j - dj)
                if size <= 0:
                    if i + di == n and j + dj == m:
                        return di, dj
                    continue
                if a[i + di : i + di + size] == b[j + dj : j + dj + size]:
                    return di, dj
        return 0, 0

    def out_span_to_input(self, start: int, end: int) -> tuple[int, int] | None:
        """Content range (input indices) of the repaired span ``[start, end)``."""
        a, b = self.out_rank[start], self.out_rank[end]
        if b <= a or not self.in_pos:
            return None
        return self.fwd[a], max(self.fwd[a] + 1, self.fwd_end[b - 1])


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2] if ordered else 0.0


def _contrasts(width: float, column: float) -> bool:
    """True when a printed line is far narrower or wider than its column."""
    if column < 6:
        return False
    return (width <= column - 4 and width <= 0.7 * column) or (
        width >= column + 4 and width >= 1.3 * column
    )


def _refine(pieces: list[_Piece], raw: str, fixed: str, align: _Alignment) -> list[_Piece]:
    """Cut repaired paragraphs at printed-line seams that hide a headline."""
    lines = split_lines(raw)
    if not lines:
        return pieces
    prepare(lines)  # classified, letter spacing marked, pieces of printed lines measured
    raw_rank = align.in_rank
    spans = [(raw_rank[line.start], raw_rank[line.end]) for line in lines]
    starts = [a for a, _ in spans]
    out: list[_Piece] = []
    for index, piece in enumerate(pieces):
        found = align.out_span_to_input(piece.start, piece.end)
        if found is None:
            out.append(piece)
            continue
        cs, ce = found
        lo = max(0, bisect_right(starts, cs) - 1)
        hi = bisect_left(starts, ce)
        group = list(range(lo, hi))
        if piece.role == "title" and not _whole_lines(raw, cs, ce, align.in_pos):
            piece.role = "body"  # a piece of a printed line: repair cut a sentence
        elif piece.role == "body" and hi - lo >= 2 and _headline_lines(piece.flat):
            piece.role = "title"  # headlines glued into one over-long line
        elif piece.role == "body" and _comma_headline(pieces, index):
            piece.role = "title"  # a headline with a comma in it
        cuts = _seams(piece, group, lines, spans, raw, raw_rank, cs, ce)
        if piece.role == "body" and index + 1 < len(pieces) and pieces[index + 1].role == "credit":
            extra = _caption_seam(group, lines, spans, cs, ce)
            if len(group) >= 3:
                extra.update(_caption_headline(group, lines, spans, cs))
            cuts = sorted({**dict(cuts), **extra}.items())
        if not cuts and piece.role == "body":
            after_dash = bool(out) and out[-1].flat.endswith("——")
            cuts = _dashed_headline(group, lines, spans, cs, after_dash=after_dash)
        if not cuts:
            out.append(piece)
            continue
        first, last = align.out_rank[piece.start], align.out_rank[piece.end]
        bounds = [first] + [min(max(align.back[c], first), last) for c, _ in cuts] + [last]
        glues = [0.0] + [g for _, g in cuts]
        for (a, b), glue in zip(zip(bounds, bounds[1:]), glues):
            if a >= b:
                continue
            start, end = align.out_pos[a], align.out_pos[b - 1] + 1
            text = fixed[start:end]
            role = paragraph_role(text)
            if piece.role == "title" and role not in ("noise", "fragment"):
                role = "title"
            out.append(
                _Piece(
                    role,
                    text,
                    start,
                    end,
                    content(text),
                    piece.origin,
                    glue if out and out[-1].origin == piece.origin else 0.0,
                )
            )
    _glue_across(out, lines, starts, align)
    return out


def _glue_across(
    pieces: list[_Piece], lines: list[Line], starts: list[int], align: _Alignment
) -> None:
    """Cut costs between headline lines that repair put on separate lines:
    the same printed-line evidence as inside a paragraph."""

    def line_of(offset: int) -> int:
        return max(0, bisect_right(starts, align.fwd[align.out_rank[offset]]) - 1)

    for k in range(1, len(pieces)):
        a, b = pieces[k - 1], pieces[k]
        if a.origin == b.origin or a.role != "title" or b.role not in ("title", "fragment"):
            continue
        if not a.flat or not b.flat:
            continue
        la, lb = line_of(a.end - 1), line_of(b.start)
        if la == lb:
            b.glue = 0.3
        elif lb == la + 1:
            b.glue = _wrap_glue(lines[la], lines[lb], last=len(b.flat) <= len(a.flat))


def _last_of_wrap(lines: list[Line], k: int, group: list[int]) -> bool:
    """True when printed line ``k`` may be the short last line of a wrapped
    headline: the last line of its paragraph, or narrower than the next."""
    return k == group[-1] or (k + 1 < len(lines) and lines[k + 1].width > lines[k].width)


def _wrap_glue(a: Line, b: Line, *, last: bool) -> float:
    """Cost of cutting between two printed headline lines."""
    if b.blank_before or b.page_break:
        return 0.05
    if last and b.width < a.width:
        return 0.6  # the short last line of a wrapped headline
    if abs(a.width - b.width) <= 0.5:
        return _WRAPPED  # lines of one width: a headline wrapped in its column
    return 0.15


_BRACKETED_NOTE = regex.compile(r"^[（(].*[）)]$")
_NO_SENTENCE = regex.compile(rf"^[^{SENTENCE_END}，,]++$")


def _headline_lines(flat: str) -> bool:
    """Several printed headline lines glued into one paragraph: too long for
    one headline, without a sentence or clause mark."""
    return (
        len(flat) <= 3 * TITLE_MAX
        and bool(_NO_SENTENCE.match(flat))
        and not _BRACKETED_NOTE.match(flat)
        and "：" not in flat[:-1]
    )


_SENTENCE_MARK = regex.compile(rf"[{SENTENCE_END}]")
#: A sentence end with more text after it: ``…该多好！摘了帽的…``.
_INNER_SENTENCE_END = regex.compile(rf"[{SENTENCE_END}][{CLOSING}]*+[^{SENTENCE_END}{CLOSING}]")
_SUBTITLE_DASH = regex.compile(r"\p{Han}——\p{Han}")


def _comma_headline(pieces: list[_Piece], index: int) -> bool:
    """A headline that a comma made read as body text
    (``最高检首次发布白皮书，聚焦长江经济带绿色发展``): no sentence mark,
    at most two commas, not a bracketed note nor the opening of a sentence
    (ending in a colon or comma), after the end of a sentence and before no
    body text (a lead, a headline, furniture or the page end) — or holding
    a subtitle dash (``…新篇章——写在…之际``)."""
    flat = pieces[index].flat
    if len(flat) > 3 * TITLE_MAX or flat.count("，") > 2 or _SENTENCE_MARK.search(flat):
        return False
    if _BRACKETED_NOTE.match(flat) or _ENDS_CLAUSE_MARK.search(flat):
        return False
    before = pieces[index - 1] if index else None
    if before and before.role in ("body", "lead") and not ENDS_SENTENCE.search(before.flat):
        return False
    after = pieces[index + 1].role if index + 1 < len(pieces) else None
    return after not in ("body", "caption", "credit", "byline") or bool(_SUBTITLE_DASH.search(flat))


def _whole_lines(raw: str, cs: int, ce: int, where_raw: list[int]) -> bool:
    """True when the piece starts and ends at a printed-line edge, a space,
    or a bracket (a column tag such as ``（一线思考）``): a headline fills
    whole printed lines, a piece of a sentence cut by repair does not."""
    if ce <= cs:
        return True
    first, last = where_raw[cs], where_raw[ce - 1]
    before = raw[first - 1] if first else "\n"
    after = raw[last + 1] if last + 1 < len(raw) else "\n"
    return (before.isspace() or before in "（(") and (after.isspace() or after in "（(")


def _seams(
    piece: _Piece,
    group: list[int],
    lines: list[Line],
    spans: list[tuple[int, int]],
    raw: str,
    raw_rank: list[int],
    cs: int,
    ce: int,
) -> list[tuple[int, float]]:
    """Content offsets inside ``piece`` where it should be cut, with the cost."""
    cuts: dict[int, float] = {}
    inner = [k for k in group if cs < spans[k][0] < ce]
    for k in group:
        if len(group) > 1 and _furniture_line(lines[k]):
            for c in spans[k]:
                if cs < c < ce:
                    cuts[c] = 0.0
    if piece.role == "title":
        for k in inner:
            glue = _wrap_glue(lines[k - 1], lines[k], last=_last_of_wrap(lines, k, group))
            cuts.setdefault(spans[k][0], glue)
        for k in group:
            line = lines[k]
            for m in _HEADLINE_SPACE.finditer(raw, line.start, line.end):
                c = raw_rank[m.end()]
                if cs < c < ce:
                    cuts.setdefault(c, 0.3)
    elif piece.role in ("body", "lead") and len(inner) >= 2:
        if piece.role == "body":  # a lead opens its paragraph: no headline before it
            cuts.update(_headline_edge(group, lines, spans, cs, ce, head=True))
        cuts.update(_headline_edge(group, lines, spans, cs, ce, head=False))
    return sorted(cuts.items())


def _furniture_line(line: Line) -> bool:
    """The printed ``line`` (classified) is page furniture: a header, a page number, a date.

    A date alone on its line is furniture only where the classification of
    the printed lines makes it so, at the top of a page or next to other
    furniture: between two lines of a report it is the report's own (``奖。``
    / ``1995 年5 月16 日`` / ``20 时许，闻建生…`` in a narrow column).
    """
    if paragraph_role(line.text) != "noise":
        return False
    return line.kind == "noise" or not furniture.DATE_LINE.match(line.text)


#: Printed lines at the end of a paragraph searched for a glued caption.
_CAPTION_LINES = 16


def _caption_seam(
    group: list[int], lines: list[Line], spans: list[tuple[int, int]], cs: int, ce: int
) -> dict[int, float]:
    """Where a paragraph glued to the caption of the photo credit after it
    gives the caption up: at a sentence end after which the printed lines
    change width (a caption is set across the columns, or in a narrower
    one)."""
    best: dict[int, float] = {}
    best_gap = 0.0
    group = group[-_CAPTION_LINES:]
    for k in range(1, len(group)):
        before, after = group[:k], group[k:]
        if spans[group[k]][0] <= cs or not ENDS_SENTENCE.search(content(lines[group[k - 1]].text)):
            continue
        wide_before = _median([lines[j].width for j in before[:-1]] or [lines[before[0]].width])
        wide_after = _median([lines[j].width for j in after[:-1]] or [lines[after[0]].width])
        gap = abs(wide_after - wide_before)
        if gap >= 3 and gap >= 0.2 * max(wide_before, wide_after) and gap > best_gap:
            best, best_gap = {spans[group[k]][0]: 0.0}, gap
    return best


def _caption_headline(
    group: list[int], lines: list[Line], spans: list[tuple[int, int]], cs: int
) -> dict[int, float]:
    """A headline glued to the head of a photo caption: a caption's first
    printed line is a full one, a headline line before it is short and
    ends without punctuation."""
    first, rest = group[0], group[1:]
    column = _median([lines[j].width for j in rest[:-1]] or [lines[rest[0]].width])
    text = content(lines[first].text)
    if spans[first][0] < cs or lines[first].width > column - 3 or column < 8:
        return {}
    if not _glued_headline(_CLAUSE_MARK.sub("", text)) or _ENDS_CLAUSE_MARK.search(text):
        return {}
    return {spans[rest[0]][0]: 0.0}


#: Names of works in book-title marks and nothing else: ``《舞乐贺新春》《狮耀凤城》``.
_WORK_NAMES = regex.compile(r"(?:《[^《》]*+》)++")


def _glued_headline(text: str) -> bool:
    """Text that reads as a headline glued into a body paragraph: a headline
    role, no clause punctuation nor a sentence end inside, and at least
    three Han bigrams.  Names of works alone (``《舞乐贺新春》《狮耀凤城》``,
    programmes listed in running text) are none, and nor is text that
    leaves a book-title mark or a quotation open (``《舞乐贺新春》《狮耀凤``,
    ``“我更愿意``, a piece of a printed line): no headline on the
    development corpus is either."""
    flat = content(text)
    return (
        paragraph_role(flat) == "title"
        and _WORK_NAMES.fullmatch(flat) is None
        and flat.count("《") == flat.count("》")
        and flat.count("“") == flat.count("”")
        and not _CLAUSE_MARK.search(flat)
        and not _INNER_SENTENCE_END.search(flat)
        and sum(max(0, len(run) - 1) for run in _HAN_RUN.findall(flat)) >= 3
    )


def _headline_edge(
    group: list[int],
    lines: list[Line],
    spans: list[tuple[int, int]],
    cs: int,
    ce: int,
    *,
    head: bool,
) -> dict[int, float]:
    """A cut that gives up the first (``head``) or last printed lines of a
    body paragraph when they read as a headline and stand out from its
    column: far narrower or wider (very far, or far and sharing wording with
    the paragraph), set apart by a blank line, a little narrower and
    sharing wording with the paragraph, ended by a column tag after a
    sentence end (the last lines only), or followed by a dateline."""
    best: dict[int, float] = {}
    for k in range(1, min(3, len(group) - 2) + 1):
        edge, rest = (group[:k], group[k:]) if head else (group[-k:], group[:-k])
        column = _median([lines[j].width for j in rest[:-1]])
        inside = spans[edge[0]][0] >= cs and spans[edge[-1]][1] <= ce
        after_sentence = head or bool(ENDS_SENTENCE.search(_last_chars(lines, rest)))
        if inside and _set_apart(edge, rest, lines, column, head=head):
            best = {spans[rest[0]][0] if head else spans[edge[0]][0]: 0.0}
            continue
        # a column tag closes a headline printed after its report; at the
        # head of a paragraph a bracket is more often running text: 各乡镇（街道）
        tagged = not head and k == 1 and _tagged_headline(lines[edge[0]].text)
        if inside and after_sentence and tagged:
            best = {spans[edge[0]][0]: 0.0}
            continue
        if inside and head and _before_dateline(edge, rest, lines):
            best = {spans[rest[0]][0]: 0.0}
            continue
        if _continues(lines[rest[0]] if head else lines[edge[0]]):
            continue  # a headline is whole printed lines; on a page of pieces this is none
        # a line of a page of pieces counts with its printed line so far
        if not all(_contrasts(lines[j].printed, column) and not lines[j].spaced for j in edge):
            break  # a letter-spaced line was justified to the column: no headline
        text = "".join(lines[j].text for j in edge)
        if not inside or not _glued_headline(text) or not after_sentence:
            continue
        very = all(lines[j].printed <= 0.5 * column or lines[j].width >= 1.6 * column for j in edge)
        shared = _sim(_title_grams(content(text)), _grams("".join(lines[j].text for j in rest)))
        if very or shared >= 0.3:
            best = {spans[rest[0]][0] if head else spans[edge[0]][0]: 0.0}
    return best


def _dashed_headline(
    group: list[int], lines: list[Line], spans: list[tuple[int, int]], cs: int, *, after_dash: bool
) -> list[tuple[int, float]]:
    """Cuts that free a headline written over a dash from the head of a
    body paragraph: after a headline ending in a dash (``…获得者陈克复——``)
    the paragraph's first printed line is its sequel when it reads as a
    headline (``让造纸摘掉“污染大户”的帽子``); a paragraph whose first
    printed line is such a headline ending in a dash gives up its first two
    lines."""
    if len(group) < 2 or spans[group[0]][0] != cs:
        return []
    first = lines[group[0]].text
    if after_dash:
        return [(spans[group[1]][0], 0.0)] if _glued_headline(first) else []
    if len(group) < 3 or not first.endswith("——") or not _glued_headline(first.rstrip("—")):
        return []
    if not _glued_headline(lines[group[1]].text):
        return []
    return [(spans[group[1]][0], 0.0), (spans[group[2]][0], 0.0)]


def _continues(line: Line) -> bool:
    """On a page of pieces (``pdftotext -raw``), ``line`` goes on with the printed line before it."""
    return line.fill > line.width


def _before_dateline(edge: list[int], rest: list[int], lines: list[Line]) -> bool:
    """True when the printed lines ``edge`` read as a headline and the next
    printed line opens a report with a dateline (``据新华社电（记者…）``):
    a dateline always opens its paragraph."""
    text = "".join(lines[j].text for j in edge)
    return paragraph_role(lines[rest[0]].text) == "lead" and _glued_headline(text)


def _last_chars(lines: list[Line], group: list[int]) -> str:
    """The end of the text of printed lines ``group`` (the last two lines:
    a closing quote may stand alone on the last)."""
    return content("".join(lines[j].text for j in group[-2:]))


#: A headline ending in a column tag: ``小岛上的又一个春节（新春走基层）``.
_TAGGED_HEADLINE = regex.compile(r"^[^（(]{4,}+[（(][^（）()]{2,12}+[）)]$")


def _tagged_headline(text: str) -> bool:
    """True for a printed line that is a whole headline with its column tag."""
    flat = content(text)
    return bool(_TAGGED_HEADLINE.match(flat)) and _glued_headline(_TAG.sub("", flat))


def _set_apart(
    edge: list[int], rest: list[int], lines: list[Line], column: float, *, head: bool
) -> bool:
    """True when the printed lines ``edge`` at the head (or tail) of a
    paragraph are a headline set apart from the rest by a blank line: a
    little narrower than the column, reading as a headline (not a quotation
    that the next lines go on with) and sharing some wording with the rest.

    At the head, only where a headline stands: at the top of a page or
    after furniture, a byline or a credit.  Elsewhere a blank line after a
    paragraph's first printed line is a column break
    (``筑波市努力为科技初创企业`` / blank line / ``提供各种便利和服务。``): on
    the development corpus the rule cut 1 headline and 2 such sentences,
    on 1000 simulated pages no headline and 32 sentences.
    """
    apart = lines[rest[0]].blank_before if head else lines[edge[0]].blank_before
    if not apart or any(lines[j].width > column - 2 for j in edge):
        return False
    if head and not _headline_place(lines, edge[0]):
        return False
    flat = content("".join(lines[j].text for j in edge))
    if WHOLE_QUOTATION.fullmatch(flat) or _opens(flat) or not _glued_headline(flat):
        return False
    return _sim(_title_grams(flat), _grams("".join(lines[j].text for j in rest))) >= _APART_SHARE


def _headline_place(lines: list[Line], k: int) -> bool:
    """``lines[k]`` opens a page or follows furniture, a byline or a credit."""
    return k == 0 or lines[k].page_break or paragraph_role(lines[k - 1].text) in ("noise", "byline", "credit")


#: Share of its wording a headline set apart by a blank line shares with the
#: paragraph it was glued to.
_APART_SHARE = 0.15


def _mark_strays(pieces: list[_Piece], text: str, locate: _Locator) -> None:
    """A fragment that stood in the input as a stray (`` 州``) is page furniture.

    Repair keeps such a line apart but drops its space; the input still
    shows it, where a headline's wrapped last character (``…医共`` / ``体``)
    has no space before it.
    """
    for piece in pieces:
        if piece.role != "fragment":
            continue
        start, end = locate.span(piece.start, piece.end)
        first = text.rfind("\n", 0, start) + 1
        last = text.find("\n", end)
        if is_stray_fragment(text[first : len(text) if last < 0 else last]):
            piece.role = "noise"


def _settle_roles(pieces: list[_Piece], pages: list[int]) -> None:
    """Correct the roles of pieces from their neighbours (``pages``: the page of each)."""
    n = len(pieces)
    for i, piece in enumerate(pieces):
        if piece.role != "title" or len(piece.flat) > 6 or not _HAN_ONLY.match(piece.flat):
            continue
        before = pieces[i - 1].role if i else None
        after = pieces[i + 1].role if i + 1 < n else None
        around = {before, after}
        if "noise" in around and around <= {"noise", None}:
            piece.role = "noise"  # a section name between header tokens
        elif "noise" in around and len(piece.flat) <= 4 and "title" not in around:
            piece.role = "noise"
    for i, piece in enumerate(pieces):
        # a quoted line between two paragraphs of one report: a subheading
        if (
            piece.role == "title"
            and WHOLE_QUOTATION.fullmatch(piece.flat)
            and 0 < i < n - 1
            and pieces[i - 1].role in ("body", "lead")
            and pieces[i + 1].role == "body"
        ):
            piece.role = "body"
    for i, piece in enumerate(pieces[:-1]):
        # a sentence that repair cut before a comma: “我更愿意当‘场外指导’ | ，放手…
        if piece.role == "title" and _OPENS_WITH_CLAUSE_MARK.match(pieces[i + 1].flat):
            piece.role = "body"
    for i, piece in enumerate(pieces):
        # a lone date is page furniture only next to furniture or at the top of a page
        if piece.role == "noise" and furniture.DATE_LINE.match(piece.text):
            near = [pieces[j].role for j in (i - 1, i + 1) if 0 <= j < n]
            if i and pages[i] == pages[i - 1] and "noise" not in near:
                piece.role = "body"
    for i, piece in enumerate(pieces):
        if piece.role == "fragment":
            piece.role = "title" if _ends_headline(pieces, i) else "noise"
    for i, piece in enumerate(pieces):
        # a column tag after a headline: （一线思考）, （大使随笔）
        if piece.role == "byline" and i and pieces[i - 1].role == "title" and " " not in piece.text:
            piece.role = "title"
    for i, piece in enumerate(pieces):
        if piece.role != "credit":
            continue
        j = i - 1
        if j >= 0 and pieces[j].role == "title":
            pieces[j].role = "caption"
            continue
        while j >= 0 and pieces[j].role == "body":
            pieces[j].role = "caption"
            # a caption that repair cut in two: the piece before stops mid-sentence
            if (
                j == 0
                or pieces[j - 1].role != "body"
                or not _MID_SENTENCE.search(pieces[j - 1].flat)
            ):
                break
            j -= 1


def _ends_headline(pieces: list[_Piece], i: int) -> bool:
    """True when the fragment ``pieces[i]`` is the end of the headline before
    it, not page furniture: a section name (``国际``) set apart from the
    headline and followed by header tokens is furniture."""
    if not i or pieces[i - 1].role != "title":
        return False
    apart = pieces[i].glue < _REJOIN
    return not (apart and i + 1 < len(pieces) and pieces[i + 1].role == "noise")


# ------------------------------------------------------------------ evidence

_TAG = regex.compile(r"[（(][^（）()]*+[）)]$")
_HAN_RUN = regex.compile(r"\p{Han}+")
_WORD = regex.compile(r"[A-Za-z0-9][A-Za-z0-9.%]*+")


def _grams(flat: str) -> set[str]:
    """Han bigrams and Latin/digit words: the wording a headline shares with its body."""
    grams: set[str] = set()
    for run in _HAN_RUN.findall(flat):
        grams.update(run[k : k + 2] for k in range(len(run) - 1))
        if len(run) == 1:
            grams.add(run)
    grams.update(w for w in _WORD.findall(flat) if len(w) > 1)
    return grams


def _title_grams(flat: str) -> set[str]:
    return _grams(_TAG.sub("", flat).strip("—-“”"))


def _sim(title: set[str], block: set[str]) -> float:
    """Share of a headline's wording found in a body."""
    if not title:
        return 0.0
    return len(title & block) / len(title)


# ------------------------------------------------------------------ structure


@dataclass(slots=True)
class _Block:
    """Body pieces of one article, with the headline pieces attached to it."""

    pieces: list[int]
    grams: set[str] = field(default_factory=set)
    before: list[int] = field(default_factory=list)
    after: list[int] = field(default_factory=list)


@dataclass(slots=True)
class _Titles:
    """A run of headline pieces between blocks."""

    pieces: list[int]


_BOUND_NEXT = regex.compile(r"(?:——|—|：|:|强调|指出|表示|显示|要求)$")
_BOUND_PREV = regex.compile(r"^(?:——|—)")
#: A line ending in a word that joins it to the next: ``…会议暨``, ``…和``.
_CONNECTOR_END = regex.compile(r"[暨和与及的之并]$")
_PAIRS = BRACKET_PAIRS + QUOTE_PAIRS
_ALONE_COST = 0.05
#: Share of a body's wording from which a headline line clearly heads it ...
_CLEAR_HEAD = 0.5
#: ... so that a line of this many characters or more in the same run, with
#: none of the body's wording, is another report's headline (an over-title
#: without the body's words is a short slogan: ``放管服在行动``) ...
_FULL_HEADLINE = 10
#: ... and pays this for being attached to that body (more than standing alone).
_NO_WORDING = 0.1
#: Cost of reading a block that takes headlines from both sides as two reports:
#: less than the page's pattern (:data:`_PRIOR`) and the cost of a headline
#: standing alone (:data:`_ALONE_COST`) together, so that on a page whose
#: headlines follow their bodies a headline after a block that already has
#: one before it heads the block's second report, unless its wording argues
#: otherwise.  (On the dev corpus 0.1 to 0.26 give the same articles: F1
#: 0.977 -> 0.979, titles 0.959 -> 0.962 against 0.3.)
_SPLIT_COST = 0.24
#: Most headline lines a block takes from one side (keeps long runs linear).
_MAX_SIDE = 12
_PRIOR = 0.2
#: Cut cost at or above which a short line is the tail of a wrapped headline.
_WRAPPED_TAIL = 0.6
#: Cut cost at or above which two headline lines are one headline wrapped in its column.
_WRAPPED = 0.4
_FORCED = 5.0
_WINDOW = 12
_VOTE = 0.15


def _bound(a: _Piece, b: _Piece) -> bool:
    """True when two headline lines must stay together: an over-title and
    its title, a title and its subtitle, a title and the column tag after
    it (``（科技大观）``), a line that leaves a bracket or a quote open and
    the line that closes it, a word cut off a line."""
    return bool(
        _BOUND_NEXT.search(a.flat)
        or _BOUND_PREV.match(b.flat)
        or _BRACKETED_NOTE.match(b.flat)
        or (len(a.flat) <= 3 and a.glue < _WRAPPED_TAIL)
        or len(b.flat) <= 2
        or _opens(a.flat)
        or bool(_CONNECTOR_END.search(a.flat))
    )


def _one_headline(a: _Piece, b: _Piece) -> bool:
    """Headline lines ``a`` and ``b`` are one headline: bound together, or
    ``b`` wrapped from ``a`` in its column."""
    return _bound(a, b) or b.glue >= _WRAPPED


def _opens(flat: str) -> bool:
    """True when ``flat`` leaves a bracket or quotation mark open."""
    return any(flat.count(o) > flat.count(c) for o, c in _PAIRS)


def _closing_note(flat: str) -> bool:
    """True for a bracketed note that closes a report, as a byline does:
    ``（参与记者：赵旭、袁梦晨）``, ``（作者为中国驻芬兰大使）``, ``（本报东京电）``;
    not an enumerator such as ``（一）``."""
    return bool(_BRACKETED_NOTE.match(flat)) and not _ENUMERATOR.match(flat) and len(flat) > 5


def _units(run: list[int], pieces: list[_Piece]) -> list[_Block | _Titles]:
    units: list[_Block | _Titles] = []
    for i in run:
        piece = pieces[i]
        last = units[-1] if units else None
        if piece.role == "title":
            if isinstance(last, _Titles):
                last.pieces.append(i)
            else:
                units.append(_Titles([i]))
            continue
        new_block = (
            not isinstance(last, _Block)
            or (piece.role == "lead" and not piece.flat.startswith("又讯"))
            or pieces[last.pieces[-1]].role == "byline"
            or _closing_note(pieces[last.pieces[-1]].flat)
        )
        if new_block:
            units.append(_Block([i]))
        else:
            assert isinstance(last, _Block)
            last.pieces.append(i)
    for unit in units:
        if isinstance(unit, _Block):
            unit.grams = _grams("".join(pieces[i].flat for i in unit.pieces))
    return units


#: Han trigrams two blocks must share to be read as one report: names and
#: terms repeat within a report (a median of 7 between the first paragraph
#: and the rest on the development pages), rarely across two (under 5 in
#: 95 of 100 neighbouring reports).
_COHESION = 5
#: A line between two blocks heads one of them when this much more of its
#: wording is in that block than in the other (and at least _SIDE_WORDING).
_SIDE_GAP = 0.25
_SIDE_WORDING = 0.3


def _apart(unit: _Titles, prev: _Block, nxt: _Block, pieces: list[_Piece]) -> bool:
    """The line between two blocks is a paragraph of its own, not a piece that
    repair cut off the paragraph before or after it."""
    origins = {pieces[i].origin for i in unit.pieces}
    return not origins & {pieces[prev.pieces[-1]].origin, pieces[nxt.pieces[0]].origin}


def _heads_one(unit: _Titles, prev: _Block, nxt: _Block, pieces: list[_Piece]) -> bool:
    """The line's wording (its shares in the blocks before and after it) names one side.

    A subheading inside one report shares words with both of its halves, or
    with neither; the headline of one of two reports is about that one.
    """
    line = _title_grams("".join(pieces[i].flat for i in unit.pieces))
    before, after = _sim(line, prev.grams), _sim(line, nxt.grams)
    return max(before, after) >= _SIDE_WORDING and abs(before - after) >= _SIDE_GAP


def _trigrams(flat: str) -> set[str]:
    grams: set[str] = set()
    for run in _HAN_RUN.findall(flat):
        grams.update(run[k : k + 3] for k in range(len(run) - 2))
    return grams


def _text(block: _Block, pieces: list[_Piece]) -> str:
    return "".join(pieces[i].flat for i in block.pieces)


def _merge_inside(units: list[_Block | _Titles], pieces: list[_Piece]) -> list[_Block | _Titles]:
    """Merge ``block, short line, block`` into one block when the two blocks
    are one report: the second has no lead, the first no closing byline,
    and they share distinctive wording (the line is a subheading, or a piece
    of a sentence that repair cut off)."""
    out: list[_Block | _Titles] = []
    k = 0
    while k < len(units):
        unit = units[k]
        if (
            isinstance(unit, _Titles)
            and out
            and isinstance(out[-1], _Block)
            and k + 1 < len(units)
            and isinstance(units[k + 1], _Block)
            and len(unit.pieces) <= 2
            and sum(len(pieces[i].flat) for i in unit.pieces) <= 30
        ):
            prev, nxt = out[-1], units[k + 1]
            assert isinstance(prev, _Block) and isinstance(nxt, _Block)
            if (
                pieces[nxt.pieces[0]].role != "lead"
                and pieces[prev.pieces[-1]].role != "byline"
                and len(_trigrams(_text(prev, pieces)) & _trigrams(_text(nxt, pieces))) >= _COHESION
                and not (_apart(unit, prev, nxt, pieces) and _heads_one(unit, prev, nxt, pieces))
            ):
                for i in unit.pieces:
                    pieces[i].role = "body"
                prev.pieces.extend(unit.pieces + nxt.pieces)
                prev.grams |= nxt.grams | _grams("".join(pieces[i].flat for i in unit.pieces))
                k += 2
                continue
        out.append(unit)
        k += 1
    return out


#: Han trigrams a report and the dateline report right after it share when
#: the two are one article (``新华社…电`` followed by ``本报北京…电`` on the
#: same news): at least 4 on the development pages, where reports of
#: different articles that meet without a headline share at most 2.
_SAME_NEWS = 4


def _merge_datelines(units: list[_Block | _Titles], pieces: list[_Piece]) -> list[_Block | _Titles]:
    """Merge a block that starts with a dateline into the block right before
    it when the two are one article: no headline between them, no closing
    byline ending the first, both datelines name the same day
    (``新华社北京1月10日电`` then ``本报北京1月10日电``) and the two tell the
    same news (they share distinctive wording)."""
    out: list[_Block | _Titles] = []
    for unit in units:
        prev = out[-1] if out else None
        if isinstance(unit, _Block) and isinstance(prev, _Block) and _same_news(prev, unit, pieces):
            prev.pieces.extend(unit.pieces)
            prev.grams |= unit.grams
            continue
        out.append(unit)
    return out


def _same_news(first: _Block, second: _Block, pieces: list[_Piece]) -> bool:
    """True when ``second`` goes on with the news of ``first``: no closing
    byline ends ``first``, both open with a dateline of the same day and
    they share distinctive wording."""
    if pieces[first.pieces[-1]].role == "byline":
        return False
    day = _dateline_day(pieces[first.pieces[0]].flat)
    if day is None or day != _dateline_day(pieces[second.pieces[0]].flat):
        return False
    shared = _trigrams(_edge_text(first, pieces, tail=True)) & _trigrams(
        _edge_text(second, pieces, tail=False)
    )
    return len(shared) >= _SAME_NEWS


def _edge_text(block: _Block, pieces: list[_Piece], *, tail: bool) -> str:
    """The text of the last (``tail``) or first few paragraphs of a block."""
    ids = block.pieces[-_REPORT_SPAN:] if tail else block.pieces[:_REPORT_SPAN]
    return "".join(pieces[i].flat for i in ids)


def _dateline_day(flat: str) -> tuple[int, int] | None:
    """Month and day named in the dateline that opens ``flat``, if any."""
    lead = _LEAD_AT.match(flat)
    found = _DATE.search(lead.group()) if lead else None
    return (int(found[2]), int(found[3])) if found else None


#: A stacked headline heads the report after the cut when it shares this
#: much more of its wording with the paragraphs after the cut than before.
_TOPIC_GAP = 0.4
#: Most Han trigrams two reports share (one report repeats its names and terms).
_STRANGERS = 1
#: Trigrams with these characters are phrasing, not names or terms
#: (``历史的``, ``最后的``): two reports may share any number of them.
_PHRASING = frozenset("的")
#: Paragraphs on each side of a cut that :func:`_report_sides` compares.
_REPORT_SPAN = 8
#: Character pairs of a headline that a paragraph holds when it names it.
_NAMED = 2


def _split_reports(units: list[_Block | _Titles], pieces: list[_Piece]) -> list[_Block | _Titles]:
    """Cut a block where the report of a stacked headline begins.

    A run of headlines over a block may hold, ahead of the headline of the
    block's first report, the headline of a report printed after that one
    (``人民币占全球外储比例创新高`` over ``陈国强严重违纪违法被开除党籍和公职``,
    the 陈国强 report, then the 人民币 one without a lead; ``决胜脱贫在今朝``
    over ``首届方志敏文学奖揭晓``).  See :func:`_report_blocks`.

    A headline printed away from a block cuts nothing: all such cuts on the
    development corpus were wrong (a report's own headline, printed
    elsewhere, whose words come back in its last paragraph:
    ``擦亮“平安中国”的国家名片``).
    """
    out: list[_Block | _Titles] = []
    for k, unit in enumerate(units):
        over = units[k - 1] if k else None
        if isinstance(unit, _Block) and len(unit.pieces) >= 2 and isinstance(over, _Titles):
            out.extend(_report_blocks(unit, pieces, over.pieces))
        else:
            out.append(unit)
    return out


def _report_blocks(block: _Block, pieces: list[_Piece], run: list[int]) -> list[_Block]:
    """``block`` cut before the report of a stacked headline of ``run``, the
    headline lines over it.

    The lines of the run ahead of its last headline (the lines bound to the
    run's last line or wrapped into it) are the stacked ones.  The cut is
    right after the last paragraph that names the last headline
    (:data:`_NAMED` of its character pairs or more: ``陈国强`` gives two),
    and stands where a report may start (:func:`_report_sides`), the last
    headline clearly heads the paragraphs before it (:data:`_CLEAR_HEAD`)
    and a stacked line matches the paragraphs after it far better than
    those before (:data:`_TOPIC_GAP`).
    """
    k = len(run) - 1
    while k > 0 and _one_headline(pieces[run[k - 1]], pieces[run[k]]):
        k -= 1
    stacked = [g for i in run[:k] if len(g := _title_grams(pieces[i].flat)) >= 3]
    if not stacked:
        return [block]
    anchor = _title_grams("".join(pieces[i].flat for i in run[k:]))
    ids = block.pieces
    named = [j for j, i in enumerate(ids) if len(anchor & _grams(pieces[i].flat)) >= _NAMED]
    cut = named[-1] + 1 if named else 0
    around = _report_sides(ids, cut, pieces) if 0 < cut < len(ids) else None
    if around is None or _sim(anchor, around[0]) < _CLEAR_HEAD:
        return [block]
    before, after = around
    if not any(_sim(h, after) - _sim(h, before) >= _TOPIC_GAP for h in stacked):
        return [block]
    return [_Block(part, _grams("".join(pieces[i].flat for i in part))) for part in (ids[:cut], ids[cut:])]


def _report_sides(ids: list[int], cut: int, pieces: list[_Piece]) -> tuple[set[str], set[str]] | None:
    """The wording of the paragraphs before and after ``ids[cut]`` when a new
    report may start there: a body paragraph after a sentence end, sharing
    little wording with the paragraphs before it; else None."""
    if pieces[ids[cut]].role != "body" or not ENDS_SENTENCE.search(pieces[ids[cut - 1]].flat):
        return None
    before = "".join(pieces[i].flat for i in ids[max(0, cut - _REPORT_SPAN) : cut])
    after = "".join(pieces[i].flat for i in ids[cut : cut + _REPORT_SPAN])
    if len({g for g in _trigrams(before) & _trigrams(after) if _PHRASING.isdisjoint(g)}) > _STRANGERS:
        return None
    return _grams(before), _grams(after)


@dataclass(slots=True)
class _Choice:
    to_prev: int
    to_next: int
    score: float


def _choices(
    titles: _Titles,
    prev: _Block | None,
    nxt: _Block | None,
    blocks: list[_Block],
    here: int,
    pieces: list[_Piece],
    prior: dict[str, float],
    across: list[_Block],
) -> list[_Choice]:
    """Every way to share a run of headline lines between its neighbours
    (``across``: blocks beyond the furniture next to the run, weighed as
    bodies elsewhere on the page)."""
    ids = titles.pieces
    n = len(ids)
    near = [*blocks[max(0, here - _WINDOW) : here + _WINDOW + 1], *across]
    prev_score: list[float] = []
    next_score: list[float] = []
    alone_score: list[float] = []
    prev_sims: list[float] = []
    next_sims: list[float] = []
    for i in ids:
        grams = _title_grams(pieces[i].flat)
        s_prev = _sim(grams, prev.grams) if prev else 0.0
        s_next = _sim(grams, nxt.grams) if nxt else 0.0
        far = max(
            (_sim(grams, b.grams) for b in near if b is not prev and b is not nxt),
            default=0.0,
        )
        prev_sims.append(s_prev)
        next_sims.append(s_next)
        prev_score.append(s_prev - max(0.0, max(far, s_next) - s_prev))
        next_score.append(s_next - max(0.0, max(far, s_prev) - s_next))
        alone_score.append(max(0.0, far - max(s_prev, s_next)) - _ALONE_COST)
    # a full headline without a word of the body that another line of its
    # run clearly heads is the headline of another report
    for side_score, sims in ((prev_score, prev_sims), (next_score, next_sims)):
        if max(sims) >= _CLEAR_HEAD:
            for k, i in enumerate(ids):
                if not sims[k] and len(pieces[i].flat) >= _FULL_HEADLINE:
                    side_score[k] -= _NO_WORDING
    cuts = [True] + [not _bound(pieces[ids[k - 1]], pieces[ids[k]]) for k in range(1, n)] + [True]
    alone_sum = [0.0]
    for value in alone_score:
        alone_sum.append(alone_sum[-1] + value)
    out: list[_Choice] = []
    for a in range(min(n, _MAX_SIDE) + 1 if prev else 1):
        if not cuts[a]:
            continue
        for b in range(min(n - a, _MAX_SIDE) + 1 if nxt else 1):
            if not cuts[n - b]:
                continue
            score = sum(prev_score[:a], 0.0) + sum(next_score[n - b :], 0.0) + alone_sum[n - b] - alone_sum[a]
            score += _pattern_bonus(prior["after"], a) + _pattern_bonus(prior["before"], b)
            score -= sum((pieces[ids[k]].glue for k in {a, n - b} if 0 < k < n), 0.0)
            out.append(_Choice(a, b, score))
    return out


def _pattern_bonus(weight: float, lines: int) -> float:
    """What the page's pattern adds to giving ``lines`` headline lines to one
    side: once per side (a long wrapped headline is one headline), but for
    every line when the pattern is forced, so that it wins over any wording."""
    if not lines:
        return 0.0
    return weight * lines if weight >= _FORCED else weight


def _direction(units: list[_Block | _Titles], pieces: list[_Piece]) -> dict[str, float]:
    """Votes for headlines before or after their body, from the clear cases."""
    votes = {"before": 0.0, "after": 0.0}
    for k, unit in enumerate(units):
        if not isinstance(unit, _Titles):
            continue
        prev = units[k - 1] if k and isinstance(units[k - 1], _Block) else None
        nxt = units[k + 1] if k + 1 < len(units) and isinstance(units[k + 1], _Block) else None
        if prev is None and nxt is not None:
            votes["before"] += 0.5
        elif nxt is None and prev is not None:
            votes["after"] += 0.5
        elif prev is not None and nxt is not None:
            assert isinstance(prev, _Block) and isinstance(nxt, _Block)
            d = sum(
                _sim(_title_grams(pieces[i].flat), nxt.grams)
                - _sim(_title_grams(pieces[i].flat), prev.grams)
                for i in unit.pieces
            ) / len(unit.pieces)
            if d > _VOTE:
                votes["before"] += 1
            elif d < -_VOTE:
                votes["after"] += 1
    return votes


def _attach(
    units: list[_Block | _Titles],
    pieces: list[_Piece],
    prior: dict[str, float],
    beyond: tuple[_Block | None, _Block | None],
) -> list[list[int]]:
    """Attach headline runs to blocks; return the standalone headline groups.

    Dynamic programming over the runs: each run picks how many of its lines
    go to the block before and after it; a block takes headlines from one
    side only.  ``beyond`` holds the blocks next to ``units`` on the page
    with only furniture between: a headline run at an edge of ``units``
    that matches the block beyond that edge better than its neighbours
    stands alone (a headline printed after its body and the page number,
    which parts it from the body).
    """
    blocks = [u for u in units if isinstance(u, _Block)]
    index = {id(b): k for k, b in enumerate(blocks)}
    # state: does the block right after the last run hold headlines from it?
    best: dict[bool, tuple[float, list[tuple[int, _Choice]]]] = {False: (0.0, [])}
    for k, unit in enumerate(units):
        if not isinstance(unit, _Titles):
            if k and isinstance(units[k - 1], _Block):
                best = {False: max(best.values(), key=lambda v: v[0])}
            continue
        prev = units[k - 1] if k and isinstance(units[k - 1], _Block) else None
        nxt = units[k + 1] if k + 1 < len(units) and isinstance(units[k + 1], _Block) else None
        assert prev is None or isinstance(prev, _Block)
        assert nxt is None or isinstance(nxt, _Block)
        here = index[id(nxt)] if nxt else (index[id(prev)] + 1 if prev else 0)
        edges = (k == 0, k == len(units) - 1)
        across = [b for b, edge in zip(beyond, edges) if b is not None and edge]
        options = _choices(unit, prev, nxt, blocks, here, pieces, prior, across)
        new: dict[bool, tuple[float, list[tuple[int, _Choice]]]] = {}
        for taken, (score, path) in best.items():
            for choice in options:
                total = score + choice.score
                if taken and choice.to_prev:
                    # the block has headlines on both sides: two reports in it
                    assert prev is not None
                    if len(prev.pieces) < 2:
                        continue
                    total -= _SPLIT_COST
                state = choice.to_next > 0
                if state not in new or total > new[state][0]:
                    new[state] = (total, path + [(k, choice)])
        best = new or best
    _, path = max(best.values(), key=lambda v: v[0])
    alone: list[list[int]] = []
    for k, choice in path:
        unit = units[k]
        assert isinstance(unit, _Titles)
        ids = unit.pieces
        n = len(ids)
        if choice.to_prev:
            prev = units[k - 1]
            assert isinstance(prev, _Block)
            prev.after.extend(ids[: choice.to_prev])
        if choice.to_next:
            nxt = units[k + 1]
            assert isinstance(nxt, _Block)
            nxt.before.extend(ids[n - choice.to_next :])
        middle = ids[choice.to_prev : n - choice.to_next]
        if middle:
            here = (
                index[id(units[k + 1])]
                if k + 1 < len(units) and isinstance(units[k + 1], _Block)
                else len(blocks)
            )
            near = blocks[max(0, here - _WINDOW) : here + _WINDOW]
            alone.extend(_headline_groups(middle, pieces, near))
    return alone


def _split_point(block: _Block, pieces: list[_Piece]) -> int:
    """Where a block holding two reports divides: paragraphs before the cut
    share the wording of the headline before the block, paragraphs after it
    that of the headline after; the two sides share few trigrams."""
    before = _title_grams("".join(pieces[i].flat for i in block.before))
    after = _title_grams("".join(pieces[i].flat for i in block.after))
    leaning = [
        _sim(after, _grams(pieces[i].flat)) - _sim(before, _grams(pieces[i].flat))
        for i in block.pieces
    ]
    tri = [_trigrams(pieces[i].flat) for i in block.pieces]
    right: dict[str, int] = {}
    for grams in tri:
        for g in grams:
            right[g] = right.get(g, 0) + 1
    left: set[str] = set()
    shared = 0  # trigrams on both sides of the cut
    total = sum(leaning)
    before_sum = 0.0
    best, best_score = 1, float("-inf")
    for cut in range(1, len(block.pieces)):
        for g in tri[cut - 1]:
            right[g] -= 1
            if g not in left:
                left.add(g)
                if right[g] > 0:
                    shared += 1
            elif right[g] == 0:
                shared -= 1
        before_sum += leaning[cut - 1]
        if pieces[block.pieces[cut]].role == "byline":
            continue
        score = (total - before_sum) - before_sum - 0.05 * min(shared, 10)
        if score > best_score:
            best, best_score = cut, score
    return best


def _headline_groups(ids: list[int], pieces: list[_Piece], blocks: list[_Block]) -> list[list[int]]:
    """Split standalone headline lines into headlines: lines that match
    different bodies best belong to different articles."""
    groups: list[list[int]] = []
    last_home = -1
    for i in ids:
        grams = _title_grams(pieces[i].flat)
        sims = [(_sim(grams, b.grams), k) for k, b in enumerate(blocks)]
        score, home = max(sims, default=(0.0, -1))
        if score < 0.25:
            home = last_home
        if groups and (home == last_home or _one_headline(pieces[groups[-1][-1]], pieces[i])):
            groups[-1].append(i)
        else:
            groups.append([i])
        last_home = home
    return groups


# ------------------------------------------------------------------ items


def _group(
    pieces: list[_Piece], title_position: TitlePosition, pages: list[int]
) -> list[tuple[ItemKind, list[int]]]:
    """Items as lists of piece indices, in input order.

    ``pages`` gives the page of each piece: no item spans two pages, and
    each page's pattern (headlines before or after their bodies) is read
    from that page alone.
    """
    entries: list[tuple[str, list[int]]] = []
    for i, piece in enumerate(pieces):
        kind = {"noise": "noise", "caption": "photo", "credit": "photo"}.get(piece.role, "run")
        last = entries[-1] if entries else None
        if (
            last
            and last[0] == kind
            and pages[last[1][-1]] == pages[i]
            and not (kind == "photo" and pieces[last[1][-1]].role == "credit")
        ):
            last[1].append(i)
        else:
            entries.append((kind, [i]))
    runs = [
        _split_reports(_merge_datelines(_merge_inside(_units(ids, pieces), pieces), pieces), pieces)
        for kind, ids in entries
        if kind == "run"
    ]
    run_pages = [pages[ids[0]] for kind, ids in entries if kind == "run"]
    priors: dict[int, dict[str, float]] = {}
    if title_position == "auto":
        votes: dict[int, dict[str, float]] = {}
        for page, units in zip(run_pages, runs):
            tally = votes.setdefault(page, {"before": 0.0, "after": 0.0})
            for key, value in _direction(units, pieces).items():
                tally[key] += value
        for page, tally in votes.items():
            priors[page] = {
                "before": _PRIOR if tally["before"] > tally["after"] else 0.0,
                "after": _PRIOR if tally["after"] > tally["before"] else 0.0,
            }
    else:
        forced = {"before": 0.0, "after": 0.0, title_position: _FORCED}
        priors = {page: forced for page in run_pages}

    beyond = _beyond_furniture(entries, runs, pieces, pages)
    items: list[tuple[ItemKind, list[int]]] = []
    run_iter = iter(runs)
    beyond_iter = iter(beyond)
    for kind, ids in entries:
        if kind != "run":
            items.append((kind, ids))  # type: ignore[arg-type]
            continue
        units = next(run_iter)
        alone = _attach(units, pieces, priors[pages[ids[0]]], next(beyond_iter))
        members: list[tuple[ItemKind, list[int]]] = []
        for unit in units:
            if isinstance(unit, _Block):
                if unit.before and unit.after:
                    cut = _split_point(unit, pieces)
                    members.append(("article", unit.before + unit.pieces[:cut]))
                    members.append(("article", unit.pieces[cut:] + unit.after))
                else:
                    members.append(("article", unit.before + unit.pieces + unit.after))
        members.extend(("article", group) for group in alone)
        members.sort(key=lambda m: m[1][0])
        for kind_, member in members:
            body = [pieces[i].role for i in member]
            if all(role == "byline" for role in body):
                kind_ = "other"
            items.append((kind_, sorted(member)))
    return items


_PAGE_BREAK = regex.compile(f"[{PAGE_BREAK}]")


def _pages(pieces: list[_Piece], text: str, locate: _Locator) -> list[int]:
    """The page of the input each piece starts on, counted by page breaks."""
    breaks = [m.start() for m in _PAGE_BREAK.finditer(text)]
    if not breaks:
        return [0] * len(pieces)
    return [bisect_right(breaks, locate.span(piece.start, piece.end)[0]) for piece in pieces]


def _beyond_furniture(
    entries: list[tuple[str, list[int]]],
    runs: list[list[_Block | _Titles]],
    pieces: list[_Piece],
    pages: list[int],
) -> list[tuple[_Block | None, _Block | None]]:
    """For each run, the block of the run before and after it when only page
    header furniture (``第4版``, ``责任编辑：…``, a date) stands between them
    on one page; a stray fragment parts nothing."""
    places = [k for k, (kind, _) in enumerate(entries) if kind == "run"]
    header = [
        kind == "noise" and all(paragraph_role(pieces[i].text) == "noise" for i in ids)
        for kind, ids in entries
    ]
    out: list[tuple[_Block | None, _Block | None]] = []
    for r, k in enumerate(places):
        before = after = None
        if r and _furniture_between(places[r - 1], k, header, entries, pages):
            before = next((u for u in reversed(runs[r - 1]) if isinstance(u, _Block)), None)
        if r + 1 < len(places) and _furniture_between(k, places[r + 1], header, entries, pages):
            after = next((u for u in runs[r + 1] if isinstance(u, _Block)), None)
        out.append((before, after))
    return out


def _furniture_between(
    a: int, b: int, header: list[bool], entries: list[tuple[str, list[int]]], pages: list[int]
) -> bool:
    """Only header furniture stands between entries ``a`` and ``b``, on one page."""
    return all(header[a + 1 : b]) and pages[entries[a][1][0]] == pages[entries[b][1][0]]


_TYPE_OF_ROLE: dict[str, SegmentType] = {
    "title": "title",
    "body": "body",
    "lead": "body",
    "byline": "byline",
    "caption": "caption",
    "credit": "credit",
    "noise": "noise",
}


def split_articles(
    text: str,
    *,
    title_position: TitlePosition = "auto",
    year: int | None = None,
    repaired: bool = False,
    options: RepairOptions | None = None,
) -> list[Item]:
    """Split a page into items: articles, photos, page furniture, other text.

    ``text`` is extracted text; it is first run through
    :func:`newsrepair.repair` (with ``options``) unless ``repaired`` says it
    already is one paragraph per line.  Headlines are attached to the body
    before or after them by the evidence of their wording and the page's
    own pattern; ``title_position="before"`` or ``"after"`` forces one.
    A lead with month and day only (``1月1日上午``) takes its year from
    ``year`` when given, else from the page-header date before it (a month
    and day later than the page date fall in the year before).

    Text of several pages (separated by form feeds, as ``pdftotext``
    writes them, or by U+001C/U+001D) is read page by page: no item spans
    a page break, each page's headline pattern is its own, and a date
    opening a page is its header.

    Items are in input order and every non-whitespace character of the
    input is in exactly one of them.

    >>> page = "会议指出，要抓好工作。\\n（李鑫）\\n州\\n本报讯 近日，温县召开人代会。\\n温县召开人代会"
    >>> [(i.kind, i.titles) for i in split_articles(page, repaired=True)]
    [('article', ()), ('noise', ()), ('article', ('温县召开人代会',))]
    """
    text = require_text(text)
    if title_position not in ("auto", "before", "after"):
        raise ValueError(
            f"invalid title_position {title_position!r} (must be 'auto', 'before' or 'after')"
        )
    fixed = text if repaired else repair(text, options=options)
    pieces = _pieces(fixed)
    align = None
    if not repaired:
        align = _Alignment(text, fixed, options if options is not None else RepairOptions())
        pieces = _refine(pieces, text, fixed, align)
    locate = _Locator(len(text), align)
    _mark_strays(pieces, text, locate)
    pages = _pages(pieces, text, locate)
    _settle_roles(pieces, pages)
    groups = _wrapped_tails(_group(pieces, title_position, pages), pieces, pages)
    items: list[Item] = []
    page_date: datetime.date | None = None
    for kind, ids in groups:
        segments = tuple(
            Segment(
                _TYPE_OF_ROLE.get(pieces[run[0]].role, "other"),
                _joined(fixed, [pieces[i] for i in run]),
                *locate.span(pieces[run[0]].start, pieces[run[-1]].end),
            )
            for run in _rejoin(ids, pieces)
        )
        if kind == "noise":
            page_date = _page_date(segments) or page_date
        items.append(_item(kind, segments, year=year, page_date=page_date, page=pages[ids[0]]))
    return items


def _wrapped_tails(
    groups: list[tuple[ItemKind, list[int]]], pieces: list[_Piece], pages: list[int]
) -> list[tuple[ItemKind, list[int]]]:
    """Give an article of headline lines alone back to the headline it wraps.

    Grouping may leave the last lines of a headline wrapped in its column
    (``宁夏产业发`` / ``展不断提升``, a headline printed after its body at the
    foot of a page) as an article of their own.  When such an article
    follows, on the same page, the piece right before it, a headline line,
    and the cut between them costs :data:`_WRAPPED` or more (lines of one
    width, or a short last line), they are one headline and go to the
    article before.  A headline standing alone next to another keeps its
    own article: the cut between two headlines costs less.
    """
    out: list[tuple[ItemKind, list[int]]] = []
    for kind, ids in groups:
        if out and kind == "article" and all(pieces[i].role == "title" for i in ids):
            last = out[-1][1][-1]
            if (
                last + 1 == ids[0]
                and pieces[last].role == "title"
                and pages[last] == pages[ids[0]]
                and pieces[ids[0]].glue >= _WRAPPED
            ):
                out[-1] = (out[-1][0], out[-1][1] + ids)
                continue
        out.append((kind, ids))
    return out


#: Pieces of one repaired paragraph become one segment again when they end
#: up in one item with one role, unless a blank line parted them or the
#: first reads as an over-title (``…强调``, ``…——``) or the second as a
#: subtitle (``——…``): those are headline parts of their own.
_REJOIN = 0.1


def _rejoin(ids: list[int], pieces: list[_Piece]) -> list[list[int]]:
    """Runs of pieces that came from one repaired paragraph, kept one role
    and were cut where a headline wraps."""
    runs: list[list[int]] = []
    for i in ids:
        if runs:
            last = pieces[runs[-1][-1]]
            if (
                i == runs[-1][-1] + 1
                and (last.origin == pieces[i].origin or last.role == "title")
                and last.role == pieces[i].role
                and pieces[i].glue >= _REJOIN
                and not _BOUND_NEXT.search(last.flat)
                and not _BOUND_PREV.match(pieces[i].flat)
            ):
                runs[-1].append(i)
                continue
        runs.append([i])
    return runs


def _joined(fixed: str, run: list[_Piece]) -> str:
    """The text of a run of pieces as one segment: the repaired text they
    span, with any line break between them (headline lines repair left on
    separate lines) closed up."""
    text = fixed[run[0].start : run[-1].end]
    return text if len(run) == 1 else _LINE_BREAKS.sub("", text)


_LINE_BREAKS = regex.compile(r"[^\S\n]*+\n\s*+")


class _Locator:
    """Maps spans of the repaired text to spans of the input."""

    def __init__(self, size: int, align: _Alignment | None) -> None:
        self._align = align  # None: the repaired text is the input
        self._size = size

    def span(self, start: int, end: int) -> tuple[int, int]:
        if self._align is None:
            return start, end
        found = self._align.out_span_to_input(start, end)
        if found is None:
            return self._size, self._size
        first, last = found
        pos = self._align.in_pos
        return pos[first], pos[max(first, last - 1)] + 1


# ------------------------------------------------------------------ fields

_LEAD_AT = regex.compile(rf"^{furniture.LEAD.pattern[1:]}")
_REPORTERS = regex.compile(r"^\s*+[（(]([^（）()]{1,60})[）)]")
_ROLE_WORDS = regex.compile(
    r"(?:本报|新华社|人民日报|中新社)?(?:特约|实习)?(?:记者|通讯员|实习生|摄影)"
)
_NAME = regex.compile(r"^[\p{Han}·•]{2,5}$")
_DATE = regex.compile(r"(?:(\d{4})\s*+年\s*+)?(\d{1,2})\s*+月\s*+(\d{1,2})\s*+日")
_DATE_AT = regex.compile(r"^\s*+(?:(\d{4})\s*+年\s*+)?(\d{1,2})\s*+月\s*+(\d{1,2})\s*+日")
_LEAD_ONLY = regex.compile(rf"{_LEAD_AT.pattern}(?:[（(][^（）()]*+[）)])?$")
_CREDIT_WORDS = regex.compile(r"(?:^(?:图|摄影|图片)\s*+[:：/]\s*+)|\s*+摄\s*+$")


def _names(text: str) -> tuple[str, ...]:
    """Person names in a byline, reporter list or credit."""
    text = _ROLE_WORDS.sub(" ", text)
    names = [w for w in regex.split(r"[\s、，,；;]+", text) if w]
    return tuple(w for w in names if _NAME.match(w))


def _page_date(segments: Iterable[Segment]) -> datetime.date | None:
    for segment in segments:
        match = regex.search(furniture.HEADER_DATE, segment.text)
        if match:
            found = _DATE.search(match.group())
            if found:
                return _make_date(int(found[1]), int(found[2]), int(found[3]))
    return None


def _make_date(y: int, m: int, d: int) -> datetime.date | None:
    try:
        return datetime.date(y, m, d)
    except ValueError:
        return None


def _lead_fields(
    first: str, *, year: int | None, page_date: datetime.date | None
) -> tuple[str | None, tuple[str, ...], datetime.date | None]:
    match = _LEAD_AT.match(first)
    if not match:
        return None, (), None
    lead = content(match.group())
    rest = first[match.end() :]
    reporters: tuple[str, ...] = ()
    bracket = _REPORTERS.match(rest)
    if bracket:
        reporters = _names(bracket.group(1))
        rest = rest[bracket.end() :]
    found = _DATE.search(lead) or _DATE_AT.match(rest)
    date = None
    if found:
        m, d = int(found[2]), int(found[3])
        if found[1]:
            date = _make_date(int(found[1]), m, d)
        elif year is not None:
            date = _make_date(year, m, d)
        elif page_date is not None:
            y = page_date.year - 1 if (m, d) > (page_date.month, page_date.day) else page_date.year
            date = _make_date(y, m, d)
    return lead, reporters, date


def _headline_parts(lines: list[str]) -> list[str]:
    """Headline lines joined where one headline wraps onto the next line."""
    parts: list[str] = []
    for line in lines:
        flat = content(line)
        if (
            parts
            and (_CONNECTOR_END.search(parts[-1]) or _opens(parts[-1]) or len(flat) <= 2)
            and not _BOUND_PREV.match(flat)
        ):
            parts[-1] += flat
        else:
            parts.append(flat)
    return parts


def _item(
    kind: ItemKind,
    segments: tuple[Segment, ...],
    *,
    year: int | None,
    page_date: datetime.date | None,
    page: int,
) -> Item:
    if kind not in ("article", "photo"):
        return Item(kind, segments, page=page)
    titles = _headline_parts([s.text for s in segments if s.type == "title"])
    subtitle = [t.lstrip("—-") for t in titles if _BOUND_PREV.match(t)]
    heads = [t for t in titles if not _BOUND_PREV.match(t)]
    title = heads[-1] if heads else None
    over = "".join(heads[:-1]) or None
    body = tuple(s.text for s in segments if s.type in ("body", "caption"))
    lead: str | None = None
    reporters: tuple[str, ...] = ()
    date: datetime.date | None = None
    if kind == "article" and body:
        first = body[0]
        if len(body) > 1 and _LEAD_ONLY.match(content(first)):
            first = first + body[1]  # repair cut the lead from its sentence
        lead, reporters, date = _lead_fields(first, year=year, page_date=page_date)
        for more in body[1:]:
            if more.startswith("又讯"):
                reporters += tuple(
                    r
                    for r in _lead_fields(more, year=year, page_date=page_date)[1]
                    if r not in reporters
                )
    bylines = tuple(
        name for s in segments if s.type == "byline" for name in _names(s.text.strip("（）()"))
    )
    credits = tuple(
        name
        for s in segments
        if s.type == "credit"
        for name in _names(_CREDIT_WORDS.sub(" ", s.text))
    )
    return Item(
        kind,
        segments,
        title=title,
        over_title=over.rstrip("—") if over else None,
        subtitle="".join(subtitle) or None,
        lead=lead,
        reporters=reporters,
        date=date,
        paragraphs=body,
        byline_names=bylines,
        credit_names=credits,
        page=page,
    )
