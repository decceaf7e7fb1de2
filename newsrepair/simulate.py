"""Damage clean newspaper text the way a PDF extractor does, and keep the gold.

The forward version of :func:`newsrepair.repair`: clean paragraphs go in,
laid out in columns, hard-wrapped, justified and extracted; out come the
damaged text and its gold in the corpus format (``items`` of ``segments`` in
the reading order of the damaged text).  Everything random is drawn from one
seeded :class:`random.Random`, so the same seed gives the same damage.

What the simulator does to a page:

* lays each article out in a column ``W`` em wide (CJK 1 em, halfwidth
  digits and Latin 0.5 em; numbers and Latin words are never broken) and
  keeps the rule that closing punctuation never starts a line: the line
  either takes the punctuation and compresses it, or sends the character
  before it down;
* justifies every line but a paragraph's last: the slack is spread over
  the gaps, and where it exceeds the extractor's threshold every gap shows
  a space (``会 议 和 省 委``); lines with compressed punctuation or with
  halfwidth runs that did not fit get the most;
* puts spaces at fullwidth brackets and between CJK and digits
  (``示范区 （高新区） 党工委``, ``2022 年 12 月 27``) as the seed page has;
* drops the 2-em paragraph indents (or keeps them as ``U+3000``), splits
  columns with blank lines (mid-sentence, sometimes one line late), puts
  titles before or after their bodies, adds over-titles and subtitles,
  bylines ``（李鑫）``, photo captions with credits ``刘金元 摄``, page
  headers (one token a line, or glued on one line), stray fragments
  (`` 州``), and joins pages with form feeds.

Where a page cannot be repaired from its text alone, the simulator says so
(:attr:`Damaged.ambiguities`): it checks every paragraph boundary against a
model of what the layout allows (see :func:`_segmentations` and
``docs/simulate.md``) and reports each line whose start or continuation
another layout would explain as well, e.g. a paragraph that ends exactly at
a full line followed by an unindented one-line paragraph.

>>> damaged = simulate(seed=7)
>>> damaged.text == simulate(seed=7).text
True
>>> import regex
>>> strip = lambda s: regex.sub(r"\\s+", "", s)
>>> gold = "".join(s["text"] for i in damaged.gold["items"] for s in i["segments"])
>>> strip(gold) == strip(damaged.text)
True
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from typing import Any, Final, Iterable, Literal, Sequence

import regex

from . import _vocabulary as V
from .chars import CLOSING, OPENING, WIDE_CHAR

__all__ = [
    "PRESETS",
    "Ambiguity",
    "Article",
    "Comparison",
    "DamageOptions",
    "Damaged",
    "Header",
    "Page",
    "Photo",
    "compare",
    "compare_items",
    "damage",
    "generate_article",
    "generate_page",
    "generate_paragraph",
    "make_input",
    "simulate",
]

IndentMode = Literal["drop", "keep", "none"]
TitlePlace = Literal["before", "after", "random"]

# ------------------------------------------------------------------ content


@dataclass(frozen=True, slots=True)
class Article:
    """A clean news article.

    ``paragraphs`` are the body paragraphs (the lead, e.g. ``本报讯（记者…）``,
    is part of the first).  Titles are optional: an article may have lost
    its headline.  ``byline`` is the closing ``（李鑫）``.
    """

    paragraphs: tuple[str, ...]
    title: str = ""
    over_title: str = ""
    subtitle: str = ""
    byline: str = ""


@dataclass(frozen=True, slots=True)
class Photo:
    """A photo's caption and its credit (``本报记者 刘金元 摄``)."""

    caption: str
    credit: str = ""


@dataclass(frozen=True, slots=True)
class Header:
    """A page header: ``2020年1月21日 星期二 要闻 第4版`` and an editor line."""

    date: str = "2020年1月21日"
    weekday: str = "星期二"
    section: str = "要闻"
    page: str = "第4版"
    editor: str = ""

    def tokens(self) -> list[str]:
        """The header's tokens in print order."""
        return [t for t in (self.date, self.weekday, self.section, self.page, self.editor) if t]


@dataclass(frozen=True, slots=True)
class Page:
    """A clean page: an optional header and articles and photos in print order."""

    items: tuple[Article | Photo, ...]
    header: Header | None = None


# ------------------------------------------------------------------ options


@dataclass(frozen=True, slots=True)
class DamageOptions:
    """How the simulated extractor damages a page.  Ranges are ``(low, high)``.

    >>> DamageOptions().indent, DamageOptions(indent="keep").indent
    ('drop', 'keep')
    """

    #: Column widths of article bodies, in em.
    widths: tuple[int, int] = (8, 26)
    #: Width of photo captions, in em.
    caption_widths: tuple[int, int] = (10, 44)
    #: Lines per column before a column break.
    column_lines: tuple[int, int] = (8, 40)
    #: Paragraph indents: ``drop`` (removed, the first line stays 2 em
    #: short), ``keep`` (two U+3000), ``none`` (flush paragraphs).
    indent: IndentMode = "drop"
    #: Where titles come in the extracted text: before or after the body.
    titles: TitlePlace = "after"
    #: The space the extractor writes (ASCII, or U+3000 as e-paper exports do).
    space: str = " "
    #: Letter-space justified lines whose slack exceeds the threshold.
    letter_spacing: bool = True
    #: Extractor threshold (em per gap) above which justification shows as spaces.
    space_threshold: tuple[float, float] = (0.06, 0.12)
    #: Probability of a space next to a fullwidth round bracket.
    bracket_spaces: float = 0.7
    #: Probability that an article's digits and Latin words are spaced off.
    digit_spaces: float = 0.5
    #: Probability that closing punctuation hangs (compressed) rather than
    #: sending the previous character down.
    overflow: float = 0.5
    #: Probability of a blank line at a column break, and that it comes one line late.
    blank_at_column_break: float = 0.9
    blank_late: float = 0.3
    #: Probability of a blank line between paragraphs and around titles.
    blank_between_paragraphs: float = 0.8
    #: Probability of a page header, and that its tokens are glued on one line.
    header: float = 0.7
    glue_header: float = 0.5
    #: Probability of a stray fragment (`` 州``) after an item.
    stray_fragments: float = 0.1
    #: Probability that a byline / credit is glued to the end of the last line.
    byline_inline: float = 0.4
    credit_inline: float = 0.3

    def __post_init__(self) -> None:
        for name in ("widths", "caption_widths", "column_lines"):
            low, high = getattr(self, name)
            if not 5 <= low <= high:
                raise ValueError(f"invalid {name} {(low, high)!r} (need 5 <= low <= high)")
        if self.indent not in ("drop", "keep", "none"):
            raise ValueError(f"invalid indent {self.indent!r} (drop, keep or none)")
        if self.titles not in ("before", "after", "random"):
            raise ValueError(f"invalid titles {self.titles!r} (before, after or random)")
        if not self.space or not self.space.isspace() or "\n" in self.space:
            raise ValueError(f"invalid space {self.space!r} (an inline whitespace string)")


#: Extractor profiles modelled on the dev corpus and the seed page.
PRESETS: dict[str, DamageOptions] = {
    # pdftotext on a real paper (the seed): letter-spacing, blank lines, titles after
    "pdftotext": DamageOptions(),
    # pdftotext -raw: content-stream order, no blank lines, header glued
    "pdftotext-raw": DamageOptions(
        blank_at_column_break=0.0, blank_between_paragraphs=0.0, glue_header=1.0
    ),
    # pdfminer: blank lines between blocks, titles before bodies
    "pdfminer": DamageOptions(titles="before", blank_between_paragraphs=1.0, glue_header=0.0),
    # PyMuPDF: no blank lines, header one token a line
    "pymupdf": DamageOptions(
        titles="random", blank_at_column_break=0.0, blank_between_paragraphs=0.0, glue_header=0.0
    ),
    # e-paper export: spaces as U+3000, indents kept
    "ideo": DamageOptions(space="\u3000", indent="keep", glue_header=1.0),
}

# ------------------------------------------------------------------ results


@dataclass(frozen=True, slots=True)
class Ambiguity:
    """A line break whose meaning the damaged text does not settle.

    ``line`` is the 1-based line number in the damaged text; ``page`` the
    0-based page index.
    """

    page: int
    line: int
    reason: str


@dataclass(frozen=True, slots=True)
class Damaged:
    """The damaged text, its gold, and where the round trip is ambiguous by nature."""

    text: str
    gold: dict[str, Any]
    #: For each page, the ambiguities found on it (empty: unambiguous).
    page_ambiguities: tuple[tuple[Ambiguity, ...], ...]
    #: For each line of ``text`` (``text.split("\n")`` without its last
    #: piece): the width in em of the column the line was set in, for the
    #: lines of body paragraphs and photo captions; 0.0 for titles, page
    #: furniture, bylines and credits on lines of their own, and blank lines.
    #: What a line joiner has to read off the text (:func:`newsrepair.join_lines`
    #: estimates it from the widths of the lines around).
    columns: tuple[float, ...] = ()

    @property
    def ambiguous(self) -> bool:
        """True when any page is ambiguous."""
        return any(self.page_ambiguities)

    @property
    def ambiguities(self) -> tuple[Ambiguity, ...]:
        """All ambiguities, page by page."""
        return tuple(a for page in self.page_ambiguities for a in page)

    def segments(self) -> list[tuple[str, str]]:
        """The gold's segments as ``(type, text)`` in reading order."""
        return [(s["type"], s["text"]) for item in self.gold["items"] for s in item["segments"]]


# ------------------------------------------------------------------ generating clean text


def _pick(rng: random.Random, seq: Sequence[str]) -> str:
    return seq[rng.randrange(len(seq))]


@dataclass(frozen=True, slots=True)
class _Words:
    """The words a report is written with: all of the vocabulary, or a topic's share."""

    places: Sequence[str] = V.PLACES
    organs: Sequence[str] = V.ORGANS
    offices: Sequence[str] = V.OFFICES
    subjects: Sequence[str] = V.SUBJECTS
    verbs: Sequence[str] = V.VERBS
    objects: Sequence[str] = V.OBJECTS
    modifiers: Sequence[str] = V.MODIFIERS
    openings: Sequence[str] = V.OPENINGS
    outcomes: Sequence[str] = V.OUTCOMES
    slogans: Sequence[str] = V.SLOGANS
    latin: Sequence[str] = V.LATIN


_ALL_WORDS: Final = _Words()


def _topic(rng: random.Random) -> _Words:
    """A report's share of the vocabulary: a few places, organs, objects…

    Real reports on one page are about different things; their bodies share
    the stock phrases of the genre (``同比增长``, ``…等出席``) but few
    words beyond them, and a headline shares its words with its own body.
    """

    def share(words: Sequence[str], k: int) -> tuple[str, ...]:
        return tuple(rng.sample(list(words), min(k, len(words))))

    return _Words(
        places=share(V.PLACES, 2),
        organs=share(V.ORGANS, 3),
        offices=share(V.OFFICES, 3),
        subjects=share(V.SUBJECTS, 3),
        verbs=share(V.VERBS, 4),
        objects=share(V.OBJECTS, 3),
        modifiers=share(V.MODIFIERS, 3),
        openings=share(V.OPENINGS, 3),
        outcomes=share(V.OUTCOMES, 3),
        slogans=share(V.SLOGANS, 2),
        latin=share(V.LATIN, 2),
    )


def _name(rng: random.Random) -> str:
    return _pick(rng, V.SURNAMES) + "".join(
        _pick(rng, V.GIVEN) for _ in range(rng.choice((1, 2, 2)))
    )


def _date(rng: random.Random, *, year: bool | None = None) -> str:
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    text = f"{month}月{day}日"
    if year if year is not None else rng.random() < 0.4:
        text = f"{rng.choice((2019, 2020, 2022, 2023))}年{text}"
    return text


def _number(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.5:
        return str(rng.randint(2, 99))
    if roll < 0.75:
        return str(rng.randint(100, 99999))
    return f"{rng.randint(1, 999)}.{rng.randint(1, 9)}"


def _object(rng: random.Random, w: _Words) -> str:
    return (_pick(rng, w.modifiers) if rng.random() < 0.4 else "") + _pick(rng, w.objects)


def _clause(rng: random.Random, w: _Words = _ALL_WORDS) -> str:
    kind = rng.randrange(12)
    if kind == 0:
        return (
            f"{_pick(rng, w.openings)}，{_pick(rng, w.subjects)}{_pick(rng, w.verbs)}{_object(rng, w)}"
        )
    if kind == 1:
        return (
            f"{_pick(rng, w.subjects)}{_pick(rng, w.verbs)}{_object(rng, w)}，{_pick(rng, w.outcomes)}"
        )
    if kind == 2:
        return (
            f"{_pick(rng, w.places)}{_pick(rng, w.organs)}{_pick(rng, w.offices)}{_name(rng)}"
            f"{_pick(rng, w.verbs)}{_object(rng, w)}"
        )
    if kind == 3:
        return f"共{_pick(rng, w.verbs)}{_object(rng, w)}{_number(rng)}{_pick(rng, V.UNITS)}"
    if kind == 4:
        return f"{_date(rng)}，{_pick(rng, w.places)}{_pick(rng, w.organs)}召开{_object(rng, w)}会议"
    if kind == 5:
        return f"把“{_pick(rng, w.slogans)}”{_pick(rng, w.verbs)}{_object(rng, w)}"
    if kind == 6:
        names = "、".join(_name(rng) for _ in range(rng.randint(2, 5)))
        return f"{_pick(rng, w.places)}领导{names}等出席"
    if kind == 7:
        return f"{_pick(rng, w.places)}（{_pick(rng, V.NOTES)}）{_pick(rng, w.organs)}{_pick(rng, w.verbs)}{_object(rng, w)}"
    if kind == 8:
        return f"{_pick(rng, w.subjects)}{_pick(rng, w.verbs)}{_pick(rng, w.latin)}{_object(rng, w)}"
    if kind == 9:
        hour, minute = rng.randint(1, 11), rng.choice((10, 15, 30, 45))
        return f"{_date(rng)}{rng.choice(('上午', '下午'))}{hour}时{minute}分，{_pick(rng, w.subjects)}{_pick(rng, w.verbs)}{_object(rng, w)}"
    if kind == 10:
        return f"同比增长{rng.randint(1, 99)}.{rng.randint(0, 9)}%，{_pick(rng, w.outcomes)}"
    return f"{_pick(rng, w.subjects)}要{_pick(rng, w.verbs)}{_object(rng, w)}、{_pick(rng, w.verbs)}{_object(rng, w)}"


def _sentence(rng: random.Random, w: _Words = _ALL_WORDS) -> str:
    clauses = [_clause(rng, w) for _ in range(rng.randint(1, 3))]
    body = "".join(
        c + (rng.choice("，，，；") if i + 1 < len(clauses) else "") for i, c in enumerate(clauses)
    )
    end = rng.choices("。！？", (0.9, 0.06, 0.04))[0]
    if rng.random() < 0.08:
        return f"“{body}{end}”"
    return body + end


def _lead(rng: random.Random) -> str:
    roll = rng.random()
    reporters = "、".join(_name(rng) for _ in range(rng.choice((1, 1, 2))))
    if roll < 0.55:
        return f"本报讯（记者{reporters}）"
    if roll < 0.75:
        return f"本报{_pick(rng, V.PLACES)}{_date(rng, year=False)}电（记者{reporters}）"
    if roll < 0.9:
        return f"新华社{_pick(rng, V.PLACES)}{_date(rng, year=False)}电（记者{reporters}）"
    return "本报讯"


def generate_paragraph(
    rng: random.Random, *, sentences: tuple[int, int] = (1, 5), lead: str = ""
) -> str:
    """A clean Chinese body paragraph of newspaper-like sentences.

    >>> text = generate_paragraph(random.Random(1))
    >>> text[-1] in "。！？”", " " in text.replace("COVID 19", "").replace("Apple Watch", "").replace("iPhone 14", "")
    (True, False)
    """
    return _paragraph(rng, sentences, lead, _ALL_WORDS)


def _paragraph(rng: random.Random, sentences: tuple[int, int], lead: str, w: _Words) -> str:
    return lead + "".join(_sentence(rng, w) for _ in range(rng.randint(*sentences)))


def _title(
    rng: random.Random, patterns: Sequence[str], w: _Words = _ALL_WORDS, body: str = ""
) -> str:
    """A headline from ``patterns``, in the words of its report's topic ``w``.

    Its place, organ and object are those of the topic that ``body`` uses,
    where it uses any: a headline names what its report is about.
    """
    pattern = _pick(rng, patterns)
    return pattern.format(
        p=_pick(rng, _used(w.places, body)),
        o=_pick(rng, _used(w.organs, body)),
        v=_pick(rng, w.verbs),
        x=_pick(rng, _used(w.objects, body)),
        m=_pick(rng, w.modifiers),
        s=_pick(rng, w.slogans),
        n=f"{_number(rng)}{_pick(rng, V.UNITS)}",
        r=_pick(rng, w.outcomes),
    )


def _used(words: Sequence[str], body: str) -> Sequence[str]:
    """The ``words`` that ``body`` uses, or all of them when it uses none."""
    return tuple(word for word in words if word in body) or words


def _byline(rng: random.Random) -> str:
    return "（" + " ".join(_name(rng) for _ in range(rng.choice((1, 1, 2)))) + "）"


def _credit(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.4:
        return f"本报记者 {_name(rng)} 摄"
    if roll < 0.6:
        return f"新华社记者 {_name(rng)} 摄"
    return f"{_name(rng)} 摄"


def generate_article(
    rng: random.Random,
    *,
    paragraphs: tuple[int, int] = (1, 5),
    title: float = 0.9,
    side_titles: float = 0.25,
    lead: float = 0.6,
    byline: float = 0.4,
) -> Article:
    """A clean article with generated paragraphs, titles and byline.

    Probabilities say how often an article has a title, an over-title or
    subtitle, a lead (``本报讯（记者…）``) and a closing byline.

    >>> article = generate_article(random.Random(3))
    >>> len(article.paragraphs) >= 1 and all(p[-1] in "。！？”" for p in article.paragraphs)
    True
    """
    words = _topic(rng)
    count = rng.randint(*paragraphs)
    body = []
    for i in range(count):
        opening = ""
        if i == 0 and rng.random() < lead:
            opening = _lead(rng)
        elif i and rng.random() < 0.03:
            opening = f"又讯（记者{_name(rng)}）"
        body.append(_paragraph(rng, (1, 5), opening, words))
    has_title = rng.random() < title
    text = "".join(body)
    return Article(
        paragraphs=tuple(body),
        title=_title(rng, V.TITLE_PATTERNS, words, text) if has_title else "",
        over_title=(
            _title(rng, V.SIDE_TITLE_PATTERNS, words, text)
            if has_title and rng.random() < side_titles
            else ""
        ),
        subtitle=(
            _title(rng, V.SIDE_TITLE_PATTERNS, words, text)
            if has_title and rng.random() < side_titles / 2
            else ""
        ),
        byline=_byline(rng) if rng.random() < byline else "",
    )


def _photo(rng: random.Random) -> Photo:
    pattern = _pick(rng, V.CAPTION_PATTERNS)
    caption = pattern.format(
        d=_date(rng),
        p=_pick(rng, V.PLACES),
        who=_pick(rng, V.CAPTION_PEOPLE),
        firm=_pick(rng, V.CAPTION_FIRMS),
        act=_pick(rng, V.CAPTION_ACTS),
    )
    if rng.random() < 0.6:
        caption += _sentence(rng)
    return Photo(caption=caption, credit=_credit(rng) if rng.random() < 0.9 else "")


def _header(rng: random.Random) -> Header:
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    return Header(
        date=f"{rng.choice((2020, 2021, 2022, 2023))}年{month}月{day}日",
        weekday=_pick(rng, V.WEEKDAYS),
        section=_pick(rng, V.SECTIONS),
        page=f"第{rng.randint(1, 16)}版",
        editor=f"责任编辑：{_name(rng)}" if rng.random() < 0.3 else "",
    )


def generate_page(
    rng: random.Random,
    *,
    articles: tuple[int, int] = (1, 4),
    photos: float = 0.3,
    header: bool = True,
    paragraphs: tuple[int, int] = (1, 5),
) -> Page:
    """A clean page: a header, articles and perhaps photos.

    >>> page = generate_page(random.Random(5))
    >>> any(isinstance(item, Article) for item in page.items)
    True
    """
    items: list[Article | Photo] = [
        generate_article(rng, paragraphs=paragraphs) for _ in range(rng.randint(*articles))
    ]
    if rng.random() < photos:
        items.insert(rng.randint(0, len(items)), _photo(rng))
    return Page(items=tuple(items), header=_header(rng) if header else None)


# ------------------------------------------------------------------ layout

#: Characters that may not start a line (closing punctuation).
_NO_START = frozenset(CLOSING + "。，、；：？！…%")
#: Characters that may not end a line (opening brackets and quotes).
_NO_END = frozenset(OPENING)
#: Punctuation that may be set half-width to make a line fit.
_COMPRESSIBLE = frozenset("。，、；：？！（）“”‘’《》")
#: Brackets whose glyphs carry blank space that extractors read as a space.
_OPEN_BRACKET, _CLOSE_BRACKET = "（", "）"
_BOX = regex.compile(r"[A-Za-z0-9](?:[A-Za-z0-9%]|\.(?=[0-9]))*+| |.", regex.DOTALL)
_SENTENCE_END = regex.compile(r"[。！？][”’）]*$")
_LEAD = regex.compile(r"^(?:本报讯|又讯|(?:本报|新华社|据新华社)[^，。]{0,16}?电)")
_EPS = 1e-9


@dataclass(slots=True)
class _Box:
    text: str
    width: float
    glue: bool = False  # a legitimate space between Latin words

    @property
    def wide(self) -> bool:
        return self.width == 1.0


def _boxes(text: str) -> list[_Box]:
    boxes = []
    for m in _BOX.finditer(text):
        t = m.group()
        if t == " ":
            boxes.append(_Box(" ", 0.5, glue=True))
        elif len(t) > 1 or t.isascii():
            boxes.append(_Box(t, 0.5 * len(t)))
        else:
            boxes.append(_Box(t, 1.0 if WIDE_CHAR.match(t) else 0.5))
    return boxes


@dataclass(slots=True)
class _Set:
    """A line as the typesetter set it."""

    boxes: list[_Box]
    target: float  # the width the line is set to
    natural: float  # its width after compression
    final: bool = False


def _set_lines(
    boxes: list[_Box],
    first: float,
    width: float,
    rng: random.Random,
    overflow: float,
    *,
    justify: bool = True,
) -> list[_Set]:
    """Break ``boxes`` into lines: ``first`` em for the first line, ``width`` after."""
    lines: list[_Set] = []
    i, n, target = 0, len(boxes), first
    while i < n:
        while i < n and boxes[i].glue:
            i += 1
        if i >= n:
            break
        start, w = i, 0.0
        while i < n and w + boxes[i].width <= target + _EPS:
            w += boxes[i].width
            i += 1
        if i == start:  # a box wider than the line
            w, i = boxes[i].width, i + 1
        elif i < n and boxes[i].text in _NO_START:
            j = i
            extra = 0.0
            while j < n and boxes[j].text in _NO_START:
                extra += boxes[j].width
                j += 1
            need = w + extra - target
            room = 0.5 * sum(b.text in _COMPRESSIBLE for b in boxes[start:j])
            if rng.random() < overflow and room + _EPS >= need:
                w += extra - 0.5 * math.ceil(need / 0.5 - _EPS)
                i = j
            else:
                k = i - 1
                while k > start and boxes[k].text in _NO_START:
                    k -= 1
                if k > start:
                    for b in boxes[k:i]:
                        w -= b.width
                    i = k
                else:  # nothing to send down: hang the punctuation uncompressed
                    w += extra
                    i = j
        while i - start >= 2 and boxes[i - 1].text in _NO_END:
            i -= 1
            w -= boxes[i].width
        while i - start >= 2 and boxes[i - 1].glue:
            i -= 1
            w -= boxes[i].width
        lines.append(_Set(boxes[start:i], target, w))
        target = width
    if lines:
        lines[-1].final = True
    if not justify:
        for line in lines:
            line.final = True
    return lines


@dataclass(slots=True)
class _Row:
    """An output line, with what the ambiguity model needs to know about it."""

    text: str
    seg: int  # index of the gold segment the line starts in
    kind: Literal["body", "title", "x"]
    width: float = 0.0  # observed width (CJK 1, halfwidth 0.5, spaces 0)
    column: float = 0.0  # the column width (body and caption lines)
    mode: IndentMode = "none"
    ends: bool = False  # ends a sentence
    spaced: bool | None = False  # visible letter-spacing (None: cannot be told)
    indent: bool = False
    lead: bool = False
    tail: bool = False  # a byline or credit glued at the end
    gaps: int = 0
    comp: int = 0
    room: float = 1.0  # width of the first unbreakable run (what a short line lacked)
    starts_segment: bool = True
    group: int = -1  # the column (article body or caption) the line belongs to
    final: bool = True  # the last line of its paragraph


@dataclass(slots=True)
class _Style:
    """Per-page and per-article extraction style."""

    space: str
    threshold: float
    bracket: float
    digits: bool
    rng: random.Random


def _render(line: _Set, style: _Style) -> tuple[str, bool | None]:
    """The extracted text of a set line, and whether it visibly shows justification."""
    boxes = line.boxes
    gaps = len(boxes) - 1
    slack = line.target - line.natural
    spread = slack / gaps if gaps and not line.final and slack > _EPS else 0.0
    visible = spread > style.threshold
    parts = [boxes[0].text]
    plain_gap = False
    for a, b in zip(boxes, boxes[1:]):
        if a.glue or b.glue:
            parts.append(style.space if b.glue else b.text)
            continue
        bracket = b.text == _OPEN_BRACKET or a.text == _CLOSE_BRACKET
        if a.wide and b.wide and not bracket:
            plain_gap = True
        space = visible
        if not space and bracket:
            space = style.rng.random() < style.bracket
        if not space and a.wide != b.wide and style.digits:
            space = style.rng.random() < 0.9
        if space:
            parts.append(style.space)
        parts.append(b.text)
    return "".join(parts), (visible if plain_gap else None)


def _row(
    line: _Set,
    seg: int,
    column: float,
    mode: IndentMode,
    style: _Style,
    *,
    indent: bool,
    lead: bool,
) -> _Row:
    text, spaced = _render(line, style)
    boxes = line.boxes
    plain = "".join(b.text for b in boxes)
    return _Row(
        text="\u3000\u3000" + text if indent else text,
        seg=seg,
        kind="body",
        width=sum(b.width for b in boxes),
        column=column,
        mode=mode,
        ends=bool(_SENTENCE_END.search(plain)),
        spaced=spaced,
        indent=indent,
        lead=lead,
        **_box_features(boxes),
    )


def _box_features(boxes: list[_Box]) -> dict[str, Any]:
    return {
        "gaps": len(boxes) - 1,
        "comp": sum(b.text in _COMPRESSIBLE for b in boxes),
        "room": _first_run(boxes),
    }


def _first_run(boxes: list[_Box]) -> float:
    """Width of the boxes that must move to a line together with the first one.

    An opening bracket takes the box after it; closing punctuation goes
    with the box before it.
    """
    k = 1
    while k < len(boxes) and boxes[k - 1].text in _NO_END:
        k += 1
    while k < len(boxes) and boxes[k].text in _NO_START:
        k += 1
    return sum(b.width for b in boxes[:k])


# ------------------------------------------------------------------ the ambiguity model


def _nonfinal_ok(r: _Row, target: float, nxt: _Row | None, threshold: float) -> bool:
    """Could ``r`` be a justified, non-final line set to ``target`` em, followed by ``nxt``?"""
    if nxt is None or nxt.kind == "x" or nxt.indent:
        return False
    # the next line's first box did not fit (plus the box sent down with closing punctuation)
    room = nxt.room
    if (
        r.text[-1:].isascii()
        and r.text[-1:].isalnum()
        and nxt.text[:1].isascii()
        and nxt.text[:1].isalnum()
    ):
        room += 0.5  # the word space between two Latin words
    hung = r.text.rstrip()[-1:] in _NO_START
    for compressed in range(r.comp + 1 if hung else 1):
        slack = target - (r.width - 0.5 * compressed)
        if slack < -_EPS or (slack > _EPS and slack >= room - _EPS):
            continue
        visible = r.gaps > 0 and slack / r.gaps > threshold
        if r.spaced is None or r.spaced == visible:
            return True
    return False


def _final_ok(r: _Row, target: float) -> bool:
    """Could ``r`` be the unjustified last line of a paragraph set to ``target`` em?"""
    hung = 0.5 * r.comp if r.text.rstrip()[-1:] in _NO_START else 0.0
    return r.ends and r.spaced is not True and r.width <= target + hung + _EPS


def _title_ok(r: _Row) -> bool:
    if r.spaced is True or r.ends or r.indent or r.lead or r.tail:
        return False
    return r.kind == "title" or not (r.column - 5 <= r.width <= r.column + 1.5)


_Column = tuple[float, IndentMode]


def _unmeasured_columns(rows: list[_Row]) -> dict[int, list[_Column]]:
    """Other column widths that rows of unmeasurable columns could have.

    A column whose paragraphs are all one line long shows no full line, so
    its width cannot be read from the text: its lines (and a title line next
    to it) might belong to the column next door or to one just as wide as
    the title line.
    """
    measured = {r.group for r in rows if r.kind == "body" and not r.final}
    extra: dict[int, list[_Column]] = {}
    groups = sorted({r.group for r in rows if r.kind == "body"} - measured)
    for g in groups:
        members = [i for i, r in enumerate(rows) if r.kind == "body" and r.group == g]
        mode = rows[members[0]].mode
        options: list[_Column] = []
        for a in (members[0] - 1, members[-1] + 1):
            if not 0 <= a < len(rows):
                continue
            near = rows[a]
            if near.kind == "title":
                for d in (0.0, 0.5, 1.0, 1.5):
                    column = (near.width + d + (0.0 if mode == "none" else 2.0), mode)
                    options.append(column)
                    extra.setdefault(a, []).append(column)
            elif near.kind == "body" and near.group != g:
                options.append((near.column, near.mode))
                if near.group not in measured:
                    extra.setdefault(a, []).append((rows[members[0]].column, mode))
        for i in members:
            extra.setdefault(i, []).extend(options)
    return extra


def _roles(
    rows: list[_Row], i: int, threshold: float, extra: dict[int, list[_Column]]
) -> list[tuple[str, float, IndentMode]]:
    """The roles row ``i`` could play: (role, column, indent mode)."""
    r = rows[i]
    nxt = rows[i + 1] if i + 1 < len(rows) else None
    if r.kind == "x":
        return [("X", 0.0, "none")]
    out: list[tuple[str, float, IndentMode]] = []
    if _title_ok(r):
        out.append(("T", 0.0, "none"))
    columns: list[tuple[float, IndentMode]] = []
    if r.kind == "body":
        columns.append((r.column, r.mode))
    else:  # a title line might be read as part of a neighbouring column
        before = next((rows[j] for j in range(i - 1, -1, -1) if rows[j].kind == "body"), None)
        after = next((rows[j] for j in range(i + 1, len(rows)) if rows[j].kind == "body"), None)
        for near in (before, after):
            if near is not None and near.column - 5 <= r.width <= near.column + 1.5:
                columns.append((near.column, near.mode))
    columns.extend(c for c in extra.get(i, []) if c not in columns)
    for column, mode in columns:
        first_target = column if mode == "none" else column - 2
        needs_indent = mode == "keep"
        if r.indent == needs_indent:
            if not r.tail and _nonfinal_ok(r, first_target, nxt, threshold):
                out.append(("F", column, mode))
            if _final_ok(r, first_target):
                out.append(("O", column, mode))
        if not r.indent and not r.lead:
            if not r.tail and _nonfinal_ok(r, column, nxt, threshold):
                out.append(("M", column, mode))
            if _final_ok(r, column):
                out.append(("L", column, mode))
    return out


_State = tuple[Any, ...]
_BETWEEN: _State = ("S",)
_TITLE: _State = ("T",)


def _step(state: _State, role: tuple[str, float, IndentMode]) -> tuple[bool, _State] | None:
    """(starts a segment, next state) for ``role`` in ``state``, or None if not allowed."""
    name, column, mode = role
    in_para = state[0] == "P"
    if name in ("F", "O", "X"):
        if in_para:
            return None
        return True, (("P", column, mode) if name == "F" else _BETWEEN)
    if name == "T":
        if in_para:
            return None
        return state != _TITLE, _TITLE
    if not in_para or state[1:] != (column, mode):
        return None
    return False, (state if name == "M" else _BETWEEN)


def _segmentations(rows: list[_Row], threshold: float) -> tuple[bool, list[int]]:
    """Check the true segmentation against every other the layout allows.

    Returns whether the truth is derivable at all, and the indexes of the
    rows where another reading diverges from the truth (a row that starts a
    segment could continue, or one that continues could start).
    """
    n = len(rows)
    extra = _unmeasured_columns(rows)
    roles = [_roles(rows, i, threshold, extra) for i in range(n)]
    # backward: states from which rows[i:] can be read to the end
    alive: list[set[_State]] = [set() for _ in range(n + 1)]
    alive[n] = {_BETWEEN, _TITLE}
    states: set[_State] = {_BETWEEN, _TITLE} | {("P", c, m) for rs in roles for _, c, m in rs if c}
    for i in range(n - 1, -1, -1):
        for state in states:
            for role in roles[i]:
                step = _step(state, role)
                if step and step[1] in alive[i + 1]:
                    alive[i].add(state)
                    break
    truth = [_truth_starts(rows, i) for i in range(n)]
    current: set[_State] = {_BETWEEN}
    diverging: list[int] = []
    for i in range(n):
        follow: set[_State] = set()
        other: set[_State] = set()
        for state in current:
            for role in roles[i]:
                step = _step(state, role)
                if step is None:
                    continue
                (follow if step[0] == truth[i] else other).add(step[1])
        if other & alive[i + 1]:
            diverging.append(i)
        current = follow & alive[i + 1]
        if not current:
            return False, diverging
    return True, diverging


def _truth_starts(rows: list[_Row], i: int) -> bool:
    r = rows[i]
    if r.kind == "title" and i and rows[i - 1].kind == "title":
        return False
    return r.starts_segment


# ------------------------------------------------------------------ page assembly


class _Builder:
    """Collects the rows of a page and the gold items."""

    def __init__(self, options: DamageOptions, rng: random.Random) -> None:
        self.options = options
        self.rng = rng
        self.out: list[_Row | None] = []  # None is a blank line
        self.items: list[dict[str, Any]] = []
        self.segments = 0

    def item(self, kind: str) -> list[dict[str, str]]:
        segments: list[dict[str, str]] = []
        self.items.append({"kind": kind, "segments": segments})
        return segments

    def segment(self, segments: list[dict[str, str]], kind: str, text: str) -> int:
        segments.append({"type": kind, "text": text})
        self.segments += 1
        return self.segments - 1

    def blank(self, p: float = 1.0) -> None:
        if self.out and self.out[-1] is not None and self.rng.random() < p:
            self.out.append(None)


def _style(options: DamageOptions, rng: random.Random, threshold: float) -> _Style:
    return _Style(
        space=options.space,
        threshold=threshold if options.letter_spacing else math.inf,
        bracket=options.bracket_spaces,
        digits=rng.random() < options.digit_spaces,
        rng=rng,
    )


def _columnize(
    rows: list[_Row | None], options: DamageOptions, rng: random.Random
) -> list[_Row | None]:
    """Insert blank lines at column breaks (sometimes one line late)."""
    height = rng.randint(*options.column_lines)
    out: list[_Row | None] = []
    count = 0
    late = False
    for row in rows:
        if row is None:
            out.append(row)
            continue
        if count and count % height == 0 and rng.random() < options.blank_at_column_break:
            late = rng.random() < options.blank_late
            if not late:
                out.append(None)
        elif late:
            out.append(None)
            late = False
        out.append(row)
        count += 1
    return out


def _body_rows(
    b: _Builder,
    segments: list[dict[str, str]],
    paragraphs: Sequence[tuple[str, str]],
    column: int,
    mode: IndentMode,
    style: _Style,
    tail: tuple[str, str] | None,
    group: int,
) -> list[_Row | None]:
    """Rows of body paragraphs (``(type, text)``) and a closing byline or credit."""
    rows: list[_Row | None] = []
    o = b.options
    for k, (kind, text) in enumerate(paragraphs):
        seg = b.segment(segments, kind, text)
        first = column if mode == "none" else column - 2
        lines = _set_lines(_boxes(text), first, column, b.rng, o.overflow)
        lead = bool(_LEAD.match(text))
        if k and rows and b.rng.random() < o.blank_between_paragraphs:
            rows.append(None)
        for j, line in enumerate(lines):
            row = _row(
                line,
                seg,
                column,
                mode,
                style,
                indent=(j == 0 and mode == "keep"),
                lead=(j == 0 and lead),
            )
            if lead and j == 0 and not _LEAD.match(regex.sub(r"\s+", "", row.text)):
                row.lead = False
            row.starts_segment = j == 0
            row.final = line.final
            row.group = group
            rows.append(row)
    if tail:
        kind, text = tail
        last = next((r for r in reversed(rows) if r is not None), None)
        seg = b.segment(segments, kind, text)
        rendered = text.replace(" ", b.options.space)
        tail_width = sum(bx.width for bx in _boxes(text) if not bx.glue)
        if (
            last is not None
            and b.rng.random() < (o.byline_inline if kind == "byline" else o.credit_inline)
            and last.width + tail_width + 0.5 <= column
        ):
            last.text += b.options.space + rendered
            last.tail = True
        else:
            if b.rng.random() < o.blank_between_paragraphs:
                rows.append(None)
            rows.append(_Row(text=rendered, seg=seg, kind="x"))
    return rows


def _title_rows(
    b: _Builder,
    segments: list[dict[str, str]],
    parts: Sequence[str],
    avoid: Sequence[float],
    style: _Style,
) -> list[_Row | None]:
    """Rows of a title block; each part wrapped to avoid the widths of nearby columns."""
    rows: list[_Row | None] = []
    for k, text in enumerate(parts):
        seg = b.segment(segments, "title", text)
        boxes = _boxes(text)
        total = sum(bx.width for bx in boxes)
        choice: list[_Set] = []
        for attempt in range(40):
            wrap = total if attempt == 0 and total <= 30 else float(b.rng.randint(5, 30))
            choice = _set_lines(boxes, wrap, wrap, b.rng, 1.0, justify=False)
            widths = [line.natural for line in choice]
            if all(not (c - 5 <= w <= c + 1.5) for w in widths for c in avoid):
                break
        if k and b.rng.random() < b.options.blank_between_paragraphs:
            rows.append(None)
        for j, line in enumerate(choice):
            text_j, _ = _render(line, style)
            rows.append(
                _Row(
                    text=text_j,
                    seg=seg,
                    kind="title",
                    width=sum(bx.width for bx in line.boxes),
                    ends=bool(_SENTENCE_END.search("".join(bx.text for bx in line.boxes))),
                    starts_segment=j == 0,
                    **_box_features(line.boxes),
                )
            )
    return rows


def _damage_page(
    page: Page, options: DamageOptions, rng: random.Random
) -> tuple[list[_Row | None], list[dict[str, Any]], float]:
    b = _Builder(options, rng)
    threshold = rng.uniform(*options.space_threshold)
    if page.header is not None and rng.random() < options.header:
        tokens = page.header.tokens()
        segments = b.item("noise")
        seg = -1
        for token in tokens:
            s = b.segment(segments, "noise", token)
            seg = s if seg < 0 else seg
        if rng.random() < options.glue_header:
            b.out.append(_Row(text=options.space.join(tokens), seg=seg, kind="x"))
        else:
            for k, token in enumerate(tokens):
                if k:
                    b.blank(options.blank_between_paragraphs)
                b.out.append(_Row(text=token, seg=seg + k, kind="x"))
    items = list(page.items)
    columns = [
        float(
            rng.randint(*(options.widths if isinstance(item, Article) else options.caption_widths))
        )
        for item in items
    ]
    for n, item in enumerate(items):
        style = _style(options, rng, threshold)
        column = columns[n]
        b.blank(options.blank_between_paragraphs)
        if isinstance(item, Photo):
            segments = b.item("photo")
            tail = ("credit", item.credit) if item.credit else None
            rows = _body_rows(
                b, segments, [("caption", item.caption)], int(column), "none", style, tail, n
            )
            b.out.extend(rows)
        else:
            segments = b.item("article")
            parts = [p for p in (item.over_title, item.title, item.subtitle) if p]
            place = (
                options.titles if options.titles != "random" else rng.choice(("before", "after"))
            )
            avoid = [column] + [columns[m] for m in (n - 1, n + 1) if 0 <= m < len(items)]
            body_kind = [("body", p) for p in item.paragraphs]
            tail = ("byline", item.byline) if item.byline else None
            mode: IndentMode = options.indent
            if parts and place == "before":
                b.out.extend(_title_rows(b, segments, parts, avoid, style))
                b.blank(options.blank_between_paragraphs)
            body = _body_rows(b, segments, body_kind, int(column), mode, style, tail, n)
            b.out.extend(_columnize(body, options, rng))
            if parts and place == "after":
                b.blank(options.blank_between_paragraphs)
                b.out.extend(_title_rows(b, segments, parts, avoid, style))
        if rng.random() < options.stray_fragments:
            source = _pick(rng, V.PLACES)
            fragment = source[rng.randrange(len(source)) :][: rng.choice((1, 1, 2))]
            seg = b.segment(b.item("noise"), "noise", fragment)
            b.out.append(_Row(text=" " + fragment, seg=seg, kind="x"))
    return b.out, b.items, threshold


def _strip(text: str) -> str:
    return regex.sub(r"\s+", "", text)


def damage(
    pages: Page | Sequence[Page],
    *,
    seed: int | random.Random = 0,
    options: DamageOptions | str | None = None,
    case_id: str = "sim",
) -> Damaged:
    """Damage clean ``pages`` as an extractor would; return the text and its gold.

    ``options`` is a :class:`DamageOptions` or the name of a preset in
    :data:`PRESETS`.  Several pages are joined with form feeds, as
    pdftotext writes a multi-page PDF.  The gold is in the corpus format;
    its content equals the damaged text's (checked).

    >>> page = Page(items=(Article(paragraphs=("会议指出，要切实加强党对“三农”工作的领导。",), title="示范区召开会议"),))
    >>> damaged = damage(page, seed=1, options=DamageOptions(widths=(8, 8)))
    >>> [s for s in damaged.segments()]
    [('body', '会议指出，要切实加强党对“三农”工作的领导。'), ('title', '示范区召开会议')]
    """
    rng = seed if isinstance(seed, random.Random) else random.Random(seed)
    if isinstance(options, str):
        if options not in PRESETS:
            raise ValueError(f"unknown preset {options!r}; presets: {sorted(PRESETS)}")
        options = PRESETS[options]
    options = options or DamageOptions()
    page_list = [pages] if isinstance(pages, Page) else list(pages)
    texts: list[str] = []
    items: list[dict[str, Any]] = []
    found: list[tuple[Ambiguity, ...]] = []
    columns: list[float] = []
    line_no = 1
    for index, page in enumerate(page_list):
        out, page_items, threshold = _damage_page(page, options, rng)
        while out and out[-1] is None:
            out.pop()
        rows = [r for r in out if r is not None]
        numbers: list[int] = []
        n = line_no
        for r in out:
            if r is not None:
                numbers.append(n)
            n += 1
        derivable, diverging = _segmentations(rows, threshold)
        page_found = [Ambiguity(index, numbers[i], _reason(rows, i)) for i in diverging]
        if not derivable:
            page_found.append(Ambiguity(index, line_no, "layout outside the ambiguity model"))
        found.append(tuple(page_found))
        text = "\n".join("" if r is None else r.text for r in out) + "\n"
        texts.append(text)
        columns.extend(float(r.column) if r is not None and r.kind == "body" else 0.0 for r in out)
        items.extend(page_items)
        line_no += text.count("\n")
    text = "\f".join(texts) + ("\f" if len(page_list) > 1 else "")
    gold = {
        "id": case_id,
        "source": f"newsrepair.simulate (seed {seed if isinstance(seed, int) else 'rng'})",
        "items": items,
    }
    gold_content = "".join(s["text"] for item in items for s in item["segments"])
    if _strip(gold_content) != _strip(text):  # pragma: no cover - a simulator bug
        raise AssertionError("simulator broke the content invariant")
    return Damaged(text=text, gold=gold, page_ambiguities=tuple(found), columns=tuple(columns))


def _reason(rows: list[_Row], i: int) -> str:
    r = rows[i]
    if _truth_starts(rows, i):
        what = "a title" if r.kind == "title" else "a paragraph"
        return f"{what} starts here, but the line could continue the one before"
    return "the line continues the one before, but could start a new paragraph or title"


def simulate(
    *,
    seed: int = 0,
    pages: int = 1,
    options: DamageOptions | str | None = None,
    articles: tuple[int, int] = (1, 4),
    paragraphs: tuple[int, int] = (1, 5),
) -> Damaged:
    """Generate ``pages`` clean pages from ``seed`` and damage them.

    >>> damaged = simulate(seed=3, pages=2)
    >>> damaged.text.count("\\f"), len(damaged.page_ambiguities)
    (2, 2)
    """
    rng = random.Random(seed)
    clean = [generate_page(rng, articles=articles, paragraphs=paragraphs) for _ in range(pages)]
    return damage(clean, seed=rng, options=options, case_id=f"sim-{seed}")


def make_input(chars: int, *, seed: int = 0, options: DamageOptions | str | None = None) -> str:
    """Damaged text of at least ``chars`` characters (whole pages), for speed tests.

    >>> len(make_input(5000)) >= 5000
    True
    """
    if chars < 0:
        raise ValueError(f"invalid size {chars!r} (must be >= 0)")
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < chars:
        text = damage(generate_page(rng), seed=rng, options=options).text
        parts.append(text)
        total += len(text) + 1
    return "\f".join(parts)


# ------------------------------------------------------------------ comparing a repair with the gold

_OPTIONAL = {("title", "title"), ("body", "byline"), ("caption", "credit")}


@dataclass(frozen=True, slots=True)
class Comparison:
    """How a repair of a damaged page compares with its gold.

    Boundaries are content offsets (whitespace removed) where a paragraph
    starts; optional ones (title/title, body/byline, caption/credit) are
    neither missed nor spurious, as in :mod:`newsrepair.evaluate`.
    ``unexplained`` are the boundary errors not at a line the simulator
    marked ambiguous.
    """

    missed: frozenset[int]
    spurious: frozenset[int]
    unexplained: frozenset[int]
    space_errors: int
    content_equal: bool

    @property
    def exact(self) -> bool:
        """Paragraphs identical to the gold (up to optional boundaries)."""
        return (
            not self.missed and not self.spurious and not self.space_errors and self.content_equal
        )

    @property
    def honest(self) -> bool:
        """Exact except at boundaries the page leaves ambiguous."""
        return not self.unexplained and not self.space_errors and self.content_equal


def compare(damaged: Damaged, output: str) -> Comparison:
    """Compare a repair's ``output`` (one paragraph per line) with the gold.

    >>> page = Page(items=(Article(paragraphs=("要做好工作。", "会议强调，要抓实。")),))
    >>> damaged = damage(page, seed=1)
    >>> compare(damaged, "要做好工作。\\n会议强调，要抓实。").exact
    True
    >>> sorted(compare(damaged, "要做好工作。会议强调，要抓实。").missed)
    [6]
    """
    from .evaluate import score_output

    required: set[int] = set()
    optional: set[int] = set()
    position, previous = 0, ""
    for i, (kind, text) in enumerate(damaged.segments()):
        if i:
            (optional if (previous, kind) in _OPTIONAL else required).add(position)
        position += len(_strip(text))
        previous = kind
    optional -= required
    predicted: set[int] = set()
    position = 0
    for i, line in enumerate(line for line in output.split("\n") if line.strip()):
        if i:
            predicted.add(position)
        position += len(_strip(line))
    missed = required - predicted
    spurious = predicted - required - optional
    starts = _line_offsets(damaged.text)
    allowed = {starts[a.line - 1] for a in damaged.ambiguities if a.line - 1 < len(starts)}
    score = score_output(damaged.text, damaged.gold, output)
    return Comparison(
        missed=frozenset(missed),
        spurious=frozenset(spurious),
        unexplained=frozenset((missed | spurious) - allowed),
        space_errors=score.spurious_spaces + score.lost_spaces,
        content_equal=score.content_edits == 0,
    )


def compare_items(damaged: Damaged, items: Iterable[dict[str, Any]]) -> bool:
    """Do ``items`` (corpus format, ``Item.to_dict()``) start where the gold items start?

    True when the items, read in order, have the kinds of the gold items and
    each starts at the same content offset (whitespace left out): the
    articles, photos and furniture of the page were all found, whatever
    their paragraphs.  Empty items are left out.

    >>> import newsrepair
    >>> page = Page(items=(
    ...     Article(paragraphs=("本报讯 全县要做好春耕备耕各项工作，确保不误农时。",),
    ...             title="全县部署春耕备耕工作", byline="（李鑫）"),
    ...     Article(paragraphs=("本报讯 会议强调，要抓好农资供应和技术服务。",),
    ...             title="柳林镇召开春耕推进会"),
    ... ))
    >>> damaged = damage(page, seed=1)
    >>> compare_items(damaged, [item.to_dict() for item in newsrepair.split_articles(damaged.text)])
    True
    """
    from .evaluate import item_spans

    def starts(spans: Iterable[dict[str, Any]]) -> list[tuple[str, int]]:
        return [(span.kind, span.start) for span in item_spans(spans)]

    return starts(items) == starts(damaged.gold["items"])


def _line_offsets(text: str) -> list[int]:
    """Content offset of the start of each line of ``text``."""
    offsets = []
    position = 0
    for line in text.split("\n"):
        offsets.append(position)
        position += len(_strip(line))
    return offsets
