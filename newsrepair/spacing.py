"""Remove the spaces that extraction puts into Chinese text.

Justified lines come out letter-spaced (``书 记 吕 沛 主 持 召 开``), and
extractors put spaces around fullwidth brackets and between CJK and digits
(``示范区 （高新区） 党工委``, ``2022 年 12 月 27 日``).  Chinese text has no
spaces there, so a whitespace run inside a line goes when a CJK character or
fullwidth punctuation stands on either side of it.

Legitimate spaces stay: between the names of a closing byline
(``（牛森杰 李泽乾）``), between the parts of a photo credit
(``本报记者 刘金元 摄``), and between Latin words and numbers
(``Apple Watch``, ``COVID 19``), where a run of spaces becomes one space.
"""

from __future__ import annotations

from typing import Iterator

import regex

from . import furniture
from .chars import INLINE_SPACE, TIGHT
from .inputs import require_text
from .trace import Edit, apply_edits

_INNER_RUN = regex.compile(rf"(?<=\S){INLINE_SPACE}++(?=\S)")
#: An inner run with a CJK character or fullwidth mark on either side: it goes.
_TIGHT_RUN = regex.compile(
    rf"(?<=[{TIGHT}]){INLINE_SPACE}++(?=\S)|(?<=\S){INLINE_SPACE}++(?=[{TIGHT}])"
)
#: An inner run that is not one plain space: it becomes one.
_LOOSE_RUN = regex.compile(rf"(?<=\S)(?! (?=\S)){INLINE_SPACE}++(?=\S)")
_TIGHT = regex.compile(f"[{TIGHT}]")
#: Names at the end of a line, in brackets: a byline to keep as it is.
_NAME_LIST = regex.compile(rf"(?r)[（(][\p{{Han}}·]{{2,4}}(?:{INLINE_SPACE}+[\p{{Han}}·]{{2,4}})+[）)]{INLINE_SPACE}*$")


def protected_spans(line: str) -> list[tuple[int, int]]:
    """Spans of ``line`` whose spaces are legitimate: bylines and credits.

    >>> line = "年工作开好局。 （牛森杰 李泽乾）"
    >>> [line[s:e] for s, e in protected_spans(line)]
    ['（牛森杰 李泽乾）']
    """
    if furniture.is_credit(line) or furniture.is_byline(line):
        return [(0, len(line))]
    spans = []
    credit = furniture.TRAILING_CREDIT.search(line)
    if credit:
        spans.append(credit.span(1))
    names = _NAME_LIST.search(line)
    if names:
        spans.append(names.span())
    return spans


def _spaced_lines(text: str) -> Iterator[tuple[int, str]]:
    """Offset and text of each line holding an inner space run, in order.

    Every fix here changes inner runs only, so the other lines are skipped
    in one regex scan instead of being visited one by one.
    """
    run = _INNER_RUN.search(text)
    while run is not None:
        start = text.rfind("\n", 0, run.start()) + 1
        end = text.find("\n", run.end())
        if end < 0:
            end = len(text)
        yield start, text[start:end]
        run = _INNER_RUN.search(text, end)


def _decide(line: str, start: int, end: int, keep: list[tuple[int, int]]) -> str:
    """What the space run ``line[start:end]`` becomes: ``""`` or ``" "``."""
    if keep and any(lo <= start and end <= hi for lo, hi in keep):
        return " "
    if _TIGHT.match(line, start - 1) or _TIGHT.match(line, end):
        return ""
    return " "


def _space_edits(text: str, select: regex.Pattern[str] | None) -> list[Edit]:
    """Edits removing or collapsing inner space runs, line by line.

    With ``select``, only runs inside its matches are touched.  Runs and
    matches are both in order, so one walk over each serves (linear time).
    """
    edits: list[Edit] = []
    for offset, line in _spaced_lines(text):
        runs = _INNER_RUN.finditer(line) if select is None else _runs_within(line, select)
        keep = None  # found for the first run: most lines of numbers have no byline
        for run in runs:
            if keep is None:
                keep = protected_spans(line)
            start, end = run.span()
            new = _decide(line, start, end, keep)
            old = run.group()
            if new != old:
                edits.append(Edit(offset + start, offset + end, old, new))
    return edits


def _without_spaces(line: str) -> str:
    """``line`` with its inner space runs removed or collapsed, as _decide says."""
    keep = protected_spans(line)
    if keep:
        return _INNER_RUN.sub(lambda run: _decide(line, run.start(), run.end(), keep), line)
    # nothing protected: a run next to a tight character goes, any other becomes " "
    return _LOOSE_RUN.sub(" ", _TIGHT_RUN.sub("", line))


def _runs_within(line: str, select: regex.Pattern[str]) -> Iterator[regex.Match[str]]:
    """The inner space runs of ``line`` that lie inside a match of ``select``."""
    zones = select.finditer(line)
    zone = next(zones, None)
    if zone is None:
        return
    for run in _INNER_RUN.finditer(line):
        start, end = run.span()
        while zone is not None and zone.end() < end:
            zone = next(zones, None)
        if zone is None:
            return
        if zone.start() <= start:
            yield run


def remove_spaces_edits(text: str) -> list[Edit]:
    """The edits :func:`remove_spaces` makes, with offsets in ``text``."""
    return _space_edits(text, None)


def remove_spaces(text: str) -> str:
    """Remove extraction spaces next to CJK characters and fullwidth punctuation.

    Only spaces inside a line are touched; line breaks and indents are left
    to :func:`newsrepair.join_lines`.

    >>> remove_spaces("书 记 吕 沛 主 持 召 开")
    '书记吕沛主持召开'
    >>> remove_spaces("当 日 ， 该 区 共 发 放 3 万 个")
    '当日，该区共发放3万个'
    >>> remove_spaces("（牛森杰 李泽乾）")
    '（牛森杰 李泽乾）'
    >>> remove_spaces("本报记者 刘金元 摄 iPhone 14 Pro")
    '本报记者刘金元摄iPhone 14 Pro'
    """
    text = require_text(text)
    parts: list[str] = []
    pos = 0
    for start, line in _spaced_lines(text):
        parts.append(text[pos:start])
        parts.append(_without_spaces(line))
        pos = start + len(line)
    if not parts:
        return text
    parts.append(text[pos:])
    return "".join(parts)


_OPEN = "（【〔［《〈「『“"
_CLOSE = "）】〕］》〉」』”"
#: A fullwidth bracketed marker on one line, at most 40 characters inside.
_MARKER = regex.compile(rf"[{_OPEN}][^\n{_OPEN}{_CLOSE}]{{0,40}}+[{_CLOSE}]")
#: Spaces just before an opening bracket or just after a closing one.
_OUTER_SPACE = regex.compile(
    rf"(?<=\S)({INLINE_SPACE}++)(?=[{_OPEN}])|(?<=[{_CLOSE}])({INLINE_SPACE}++)(?=\S)"
)


def normalize_markers_edits(text: str) -> list[Edit]:
    """The edits :func:`normalize_markers` makes, with offsets in ``text``."""
    edits: list[Edit] = []
    for offset, line in _spaced_lines(text):
        keep = protected_spans(line)
        spans: dict[int, tuple[int, str]] = {}
        for marker in _MARKER.finditer(line):
            for run in _INNER_RUN.finditer(line, marker.start(), marker.end()):
                spans[run.start()] = (run.end(), _decide(line, run.start(), run.end(), keep))
        for run in _OUTER_SPACE.finditer(line):
            start, end = run.span(1) if run.group(1) else run.span(2)
            if not (keep and any(lo <= start and end <= hi for lo, hi in keep)):
                spans[start] = (end, "")
        for start in sorted(spans):
            end, new = spans[start]
            if new != line[start:end]:
                edits.append(Edit(offset + start, offset + end, line[start:end], new))
    return edits


def normalize_markers(text: str) -> str:
    """Remove spaces around and inside fullwidth bracketed markers.

    >>> normalize_markers("示范区 （高新区） 党工委")
    '示范区（高新区）党工委'
    >>> normalize_markers("本报讯 （记 者 郭树勋）")
    '本报讯（记者郭树勋）'
    >>> normalize_markers("（牛森杰 李泽乾）")
    '（牛森杰 李泽乾）'
    """
    text = require_text(text)
    return apply_edits(text, normalize_markers_edits(text))


_NUMBER_EXPR = regex.compile(
    rf"(?<![\d.,%])\d[\d.,%]*+(?:{INLINE_SPACE}*(?:[年月日时分秒号点]|万|亿|千|百|元|个|名|人|户|次|届|公顷|公斤|公里|平方米|米|吨|岁|余|多|倍|家|项|件|台|辆|所|座|亩|份|条|批|天|周|小时|分钟|%|至|—|－|-|~|～)"
    rf"(?:{INLINE_SPACE}*+\d[\d.,%]*+)?)++"
)


def normalize_dates_edits(text: str) -> list[Edit]:
    """The edits :func:`normalize_dates` makes, with offsets in ``text``."""
    return _space_edits(text, _NUMBER_EXPR)


def normalize_dates(text: str) -> str:
    """Remove spaces inside dates, times and numbers with units.

    >>> normalize_dates("2022 年 12 月 27 日下午3 时 30 分")
    '2022年12月27日下午3时30分'
    >>> normalize_dates("拿出 2700 万元，种植 2933.3 公顷，12月27日至 29日")
    '拿出 2700万元，种植 2933.3公顷，12月27日至29日'
    """
    text = require_text(text)
    return apply_edits(text, normalize_dates_edits(text))


def split_names(names: str) -> list[str]:
    """Split a run of two or three Chinese names at the common surnames.

    Only runs of 4 to 6 characters are split, and only where a common
    surname stands where a name of two or three characters would end.

    >>> split_names("林霞静肖勇"), split_names("叶志曹鹏"), split_names("李政基")
    (['林霞静', '肖勇'], ['叶志', '曹鹏'], ['李政基'])
    """
    surnames = furniture.COMMON_SURNAMES
    n = len(names)
    for cut in ((3,) if n == 6 else (3, 2) if n == 5 else (2,) if n == 4 else ()):
        rest = n - cut
        if 2 <= rest <= 3 and names[cut] in surnames and names[0] in surnames:
            return [names[:cut], names[cut:]]
    return [names]


_WHO = r"(?:本报|新华社|人民日报)?(?:特约)?(?:记者|通讯员)"
#: A whole line that is a photo credit or a closing byline with its names
#: glued: ``本报记者蔡永艳摄``, ``王新摄``, ``（林霞静肖勇）``.
_NAMES_LINE = regex.compile(
    rf"(?m)^(?:(?P<who>{_WHO})(?P<names>[\p{{Han}}·]{{2,4}}?)(?P<shot>摄)?"
    r"|(?P<names>[\p{Han}·]{2,4}?)(?P<shot>摄)"
    r"|(?P<open>[（(])(?P<names>\p{Han}{4,6})[）)])$"
)
#: The longest line :data:`_NAMES_LINE` matches: ``人民日报特约通讯员`` and four
#: characters of names and ``摄``.
_NAMES_MAX = 14


def space_names_edits(text: str) -> list[Edit]:
    """The edits :func:`space_names` makes, with offsets in ``text``."""
    edits: list[Edit] = []
    start, size = 0, len(text)
    while start < size:
        end = text.find("\n", start)
        if end < 0:
            end = size
        found = _NAMES_LINE.match(text, start, end) if end - start <= _NAMES_MAX else None
        start = end + 1
        if found is None:
            continue
        cuts = []
        if found.group("open"):  # a byline: between two names
            parts = split_names(found.group("names"))
            if len(parts) > 1:
                cuts.append(found.start("names") + len(parts[0]))
        else:  # a credit: after who took it, before 摄
            if found.group("who"):
                cuts.append(found.end("who"))
            if found.group("shot"):
                cuts.append(found.start("shot"))
        edits.extend(Edit(cut, cut, "", " ") for cut in cuts)
    return edits


def space_names(text: str) -> str:
    """Put back the spaces between names that an extractor dropped.

    A whole line that is a photo credit or a closing byline gets the
    spaces of the house style: ``本报记者蔡永艳摄`` → ``本报记者 蔡永艳 摄``,
    ``（林霞静肖勇）`` → ``（林霞静 肖勇）``.  Only whitespace is added.

    >>> print(space_names("本报记者蔡永艳摄\\n王新摄\\n（林霞静肖勇）\\n（李鑫）"))
    本报记者 蔡永艳 摄
    王新 摄
    （林霞静 肖勇）
    （李鑫）
    """
    text = require_text(text)
    return apply_edits(text, space_names_edits(text))
