"""What each repaired paragraph of a page is, read from the paragraph alone.

:func:`newsrepair.repair` gives one paragraph per line.  Before a page can be
split into articles, every line needs a *role*: page furniture, a headline,
body text, the lead paragraph of a report, a closing byline, a photo credit,
or a stray fragment.  This module decides the role from the line's own text
(:func:`paragraph_role`); :mod:`newsrepair.articles` then corrects it from
the lines around it (a short line between header tokens is a section name,
a body line before a credit is a photo caption).

It also cuts a photo credit or a closing byline off the end of the line it
was glued to (:func:`split_tail`): ``…市场。 徐宏星 摄`` is a caption and a
credit, ``…基础。 （李鑫）`` a paragraph and a byline.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import regex

from . import furniture
from .chars import ANY_SPACE, CLOSING, ENDS_SENTENCE, INLINE_SPACE, SENTENCE_END

#: Types of the segments of an item, as in the corpus format.
SegmentType = Literal["title", "body", "byline", "caption", "credit", "noise", "other"]

#: Roles of a paragraph read on its own.
Role = Literal["noise", "title", "body", "lead", "byline", "credit", "fragment"]

#: Longest headline part, in characters (whitespace removed).
TITLE_MAX = 40

#: Whitespace as ``str.isspace`` has it: Unicode spaces and the information
#: separators U+001C..U+001F, which repair treats as line breaks.
_WS = regex.compile(f"{ANY_SPACE}+")
_INNER_FULL_STOP = regex.compile(r"[。]")
_ENDS_CLAUSE = regex.compile(r"[，、,]$")
_ENDS_COLON = regex.compile(r"[：:]$")
#: A paragraph wholly in brackets: ``（一）``, ``（作者为中国驻芬兰大使）``.
_BRACKETED = regex.compile(r"^[（(][^（）()]*+[）)]$")
#: A dateline in brackets at the end of a report: ``（本报东京电）``.
_DATELINE_NOTE = regex.compile(r"电[）)]$")
#: The opening of a reported-speech sentence: ``会议要求，``, ``吕沛指出，``.
_REPORTED_SPEECH = regex.compile(
    r"^\p{Han}{1,10}?(?:指出|强调|要求|表示|认为|提出|介绍|透露|称|说)[，：:,]"
)
#: A fragment of masthead or page: one or two characters, or a short code.
_FRAGMENT = regex.compile(r"^(?:\S{1,2}|[\dA-Za-z.\-]{1,4})$")
#: A closing byline after the last sentence of a paragraph.
_TRAILING_BYLINE = regex.compile(
    rf"(?<=[{SENTENCE_END}][{CLOSING}]?){INLINE_SPACE}*+([（(][^（）()\n]{{2,24}}[）)]){INLINE_SPACE}*+$"
)


@dataclass(frozen=True, slots=True)
class Segment:
    """One part of an item: a paragraph (or the part of one) with its type.

    ``start`` and ``end`` delimit the segment's text in the input of
    :func:`newsrepair.split_articles` (from its first to after its last
    non-space character).

    >>> Segment("credit", "本报记者 刘金元 摄", 10, 20).to_dict()
    {'type': 'credit', 'text': '本报记者 刘金元 摄'}
    """

    type: SegmentType
    text: str
    start: int = 0
    end: int = 0

    def to_dict(self) -> dict[str, str]:
        """The segment as in the corpus format: ``{"type": ..., "text": ...}``."""
        return {"type": self.type, "text": self.text}


def content(text: str) -> str:
    """``text`` with every whitespace character removed.

    >>> content("本 报 讯\\n今天")
    '本报讯今天'
    """
    return _WS.sub("", text)


def is_byline(text: str) -> bool:
    """True for a closing byline: names in brackets, not a bracketed dateline.

    >>> is_byline("（牛森杰 李泽乾）"), is_byline("（本报东京电）")
    (True, False)
    """
    return furniture.is_byline(text) and not _DATELINE_NOTE.search(content(text))


def paragraph_role(text: str) -> Role:
    """The role of one repaired paragraph, judged from its own text.

    ``title`` means *could be* a headline part: short, without sentence-final
    punctuation; the lines around it decide (a quoted line between two body
    paragraphs may be a subheading).

    >>> paragraph_role("2020年1月21日"), paragraph_role("第12版")
    ('noise', 'noise')
    >>> paragraph_role("本报讯（记者付凯明）2022年12月30日下午，会议召开。")
    'lead'
    >>> paragraph_role("据新华社电（记者陈凯姿）海南省海口市秀英港至海关钟楼，是最繁忙的路线之一。")
    'lead'
    >>> paragraph_role("（李鑫）"), paragraph_role("本报记者 刘金元 摄")
    ('byline', 'credit')
    >>> paragraph_role("示范区召开2023年项目谋划推进会议"), paragraph_role("会议指出，项目是引擎。")
    ('title', 'body')
    >>> paragraph_role("州"), paragraph_role("会议要求，各乡镇（街道）")
    ('fragment', 'body')
    """
    line = text.strip()
    flat = content(line)
    if not flat:
        return "noise"
    if furniture.is_header(line) or furniture.DATE_LINE.match(line):
        return "noise"
    if is_byline(line):
        return "byline"
    if furniture.is_credit(line):
        return "credit"
    if furniture.starts_with_lead(line):
        return "lead"
    if _FRAGMENT.match(flat):
        return "fragment"
    if _looks_like_title(flat):
        return "title"
    return "body"


def _looks_like_title(flat: str) -> bool:
    if len(flat) > TITLE_MAX:
        return False
    if ENDS_SENTENCE.search(flat) or _INNER_FULL_STOP.search(flat):
        return False
    if _BRACKETED.match(flat) or _ENDS_CLAUSE.search(flat):
        return False
    if _ENDS_COLON.search(flat) and len(flat) > 12:
        return False
    if len(flat) > 28 and "，" in flat:
        return False
    if _REPORTED_SPEECH.match(flat):
        return False
    return True


def split_tail(text: str) -> tuple[str, str, Role] | None:
    """Cut a photo credit or closing byline off the end of a paragraph.

    Returns the paragraph, the tail and the tail's role, or ``None`` when
    the paragraph has no such tail.  The two parts keep every character.

    >>> split_tail("大红灯笼，供应节日市场。 徐宏星 摄")
    ('大红灯笼，供应节日市场。 ', '徐宏星 摄', 'credit')
    >>> split_tail("打下坚实基础。 （李鑫）")
    ('打下坚实基础。 ', '（李鑫）', 'byline')
    >>> split_tail("会议由吕沛主持。") is None
    True
    """
    credit = furniture.TRAILING_CREDIT.search(text)
    if credit and credit.start(1) > 0:
        return text[: credit.start(1)], text[credit.start(1) :], "credit"
    byline = _TRAILING_BYLINE.search(text)
    if byline and byline.start(1) > 0 and is_byline(byline.group(1)):
        return text[: byline.start(1)], text[byline.start(1) :], "byline"
    return None
