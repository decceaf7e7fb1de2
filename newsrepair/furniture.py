"""Recognise the lines of a page that are not body text.

Page furniture (page-header dates, weekdays, page numbers, section names,
editor lines), closing bylines, photo credits and article leads.  These
patterns are shared by line rejoining (such lines are never glued to body
text) and by article segmentation.
"""

from __future__ import annotations

import re

import regex

from .chars import CJK, INLINE_SPACE, SPACE_RUN

_S = f"{INLINE_SPACE}*"
_NAME = r"[\p{Han}·•]{2,5}"

#: A page-header date: ``2020年1月21日`` (spaces tolerated).
HEADER_DATE = rf"\d{{4}}{_S}年{_S}\d{{1,2}}{_S}月{_S}\d{{1,2}}{_S}日"
#: A weekday: ``星期二``.
WEEKDAY = r"(?:星期|周)[一二三四五六日天]"
#: A page number: ``第5版``, ``第 10 版``, ``A3版``.
PAGE_NUMBER = rf"(?:第{_S}[\dA-Z]{{1,4}}{_S}版|[A-Z]\d{{1,2}}版)"
#: An editor line: ``责任编辑：谢磊秀``, ``本版编辑：…``, ``美编：…``.
EDITOR = rf"(?:责任编辑|本版编辑|责编|美编|版式设计|校对|图片编辑){_S}[:：]{_S}[\p{{Han}}·]{{2,4}}+"

_TOKEN = rf"(?:{HEADER_DATE}|{WEEKDAY}|{PAGE_NUMBER}|{EDITOR}|\p{{Han}}{{2,6}})"
_HEADER_ONLY = regex.compile(rf"{WEEKDAY}|{PAGE_NUMBER}|{EDITOR}")
_FURNITURE_TOKEN = regex.compile(rf"{HEADER_DATE}|{WEEKDAY}|{PAGE_NUMBER}|{EDITOR}")

#: A whole line of page-header tokens separated by spaces, with at least one
#: token that only a header has (date, weekday, page number, editor line).
HEADER_LINE = regex.compile(
    rf"^{_S}(?:{_TOKEN}{INLINE_SPACE}+)*"
    rf"(?:{HEADER_DATE}|{WEEKDAY}|{PAGE_NUMBER}|{EDITOR})"
    rf"(?:{INLINE_SPACE}+{_TOKEN})*{_S}$"
)

#: A header token standing alone on its line.
FURNITURE_LINE = regex.compile(rf"^{_S}(?:{WEEKDAY}|{PAGE_NUMBER}|{EDITOR}){_S}$")
#: A date standing alone on its line (furniture only next to other furniture).
DATE_LINE = regex.compile(rf"^{_S}{HEADER_DATE}{_S}$")

#: Names of newspaper pages (版面) as a page header prints them; standing
#: alone on a line, one is furniture only next to other furniture.
SECTION_NAMES = frozenset(
    "要闻 国内 国际 综合 文化 经济 社会 民生 体育 评论 理论 地方 时政 财经 科技 教育 健康 法治 "
    "视点 观点 副刊 专版 专题 新闻 读书 旅游 生态 军事 党建 文艺 城市 三农 县域 特刊 人物 纪实 "
    "深度 调查 聚焦 关注 焦点 文体 娱乐 国际新闻 国内新闻 地方新闻 本地新闻 区县新闻 经济新闻 "
    "社会新闻 文化新闻 体育新闻 综合新闻 要闻速递".split()
)

#: A closing byline: ``（李鑫）``, ``（牛森杰 李泽乾）``, ``（本报记者 张三）``.
BYLINE = regex.compile(
    rf"^{_S}[（(]{_S}(?:(?:本报)?(?:记者|通讯员){_S})?{_NAME}"
    rf"(?:(?:{INLINE_SPACE}+|{_S}[、，]{_S}){_NAME}){{0,4}}{_S}[）)]{_S}$"
)

#: A photo credit: ``本报记者 刘金元 摄``, ``赵春营 摄``, ``新华社记者 梁旭``.
CREDIT = regex.compile(
    rf"^{_S}(?:"
    rf"(?:(?:本报|新华社|人民日报)?(?:记者|通讯员|特约记者){_S})?{_NAME}(?:{INLINE_SPACE}+{_NAME}){{0,3}}{INLINE_SPACE}*摄"
    rf"|(?:本报|新华社|人民日报)(?:记者|通讯员|特约记者){INLINE_SPACE}*{_NAME}(?:{INLINE_SPACE}+{_NAME}){{0,3}}(?:{INLINE_SPACE}*摄)?"
    rf"|(?:图|摄影|图片){_S}[:：/]{_S}{_NAME}(?:{INLINE_SPACE}+{_NAME}){{0,3}}"
    rf"){_S}$"
)

#: A credit at the end of a caption line: ``…市场。 徐宏星 摄``.
TRAILING_CREDIT = regex.compile(
    rf"(?<=[。！？”）]){_S}((?:(?:本报|新华社)?记者{_S})?{_NAME}(?:{INLINE_SPACE}+{_NAME}){{0,3}}{INLINE_SPACE}*摄){_S}$"
)

#: A closing byline at the end of a body line: ``…基础。 （李鑫）``.
TRAILING_BYLINE = regex.compile(
    rf"(?r)(?<=[。！？”…]){_S}[（(]{_NAME}(?:{INLINE_SPACE}+{_NAME}){{0,3}}[）)]{_S}$"
)


def ends_with_signature(line: str) -> bool:
    """True when a body line ends with a closing byline or a photo credit.

    Nothing of the same article follows such a line.  The line is read with
    its inline spaces and without them: a later fix takes out the spaces
    that split a name (``刘金元 摄摄`` becomes ``刘金元摄摄``), and the line
    must read the same after it.

    >>> ends_with_signature("年工作开好局、起好步打下坚实基础。 （李鑫）")
    True
    >>> ends_with_signature("大红灯笼，供应节日市场。 徐宏星 摄")
    True
    >>> ends_with_signature("示范区 （高新区） 党工委")
    False
    >>> ends_with_signature("大红灯笼，供应节日市场。 徐 宏 星 摄")  # letter-spaced
    True
    """
    return _signs(line) or _signs(SPACE_RUN.sub("", line))


def _signs(line: str) -> bool:
    return bool(TRAILING_BYLINE.search(line) or TRAILING_CREDIT.search(line))


#: An article lead at the start of a line: ``本报讯``, ``又讯``,
#: ``本报北京1月6日电``, ``新华社北京…电``, ``据新华社…电``, and an agency
#: dateline without place and date: ``据新华社电（记者…）``.
LEAD = regex.compile(
    rf"^{_S}(?:本{_S}报{_S}讯|又{_S}讯|(?:本报|据?新华社|据?中新社|人民日报)"
    rf"[{CJK}\d{INLINE_SPACE[1:-1]}·]{{0,24}}?[\d{INLINE_SPACE[1:-1]}]日{_S}电"
    rf"|据?{_S}(?:新{_S}华{_S}社|中{_S}新{_S}社){_S}电)"
)


#: A page-header line is never longer than this (characters).
HEADER_MAX = 80
#: Every header has a weekday (星期, 周), a page number (版) or an editor
#: line (编, 校对, 版式设计): a line without these characters is no header.
_HEADER_HINT = re.compile("[星周版编校]")


def is_header(line: str) -> bool:
    """True for a line of page-header tokens (``2020年1月21日 星期二 要闻 第4版``).

    >>> is_header("2020年1月21日　星期二　要闻　第4版")
    True
    >>> is_header("第4版")
    True
    >>> is_header("2020年1月21日，记者来到"), is_header("1995 年 5 月 16 日")
    (False, False)
    """
    if len(line) > HEADER_MAX or not _HEADER_HINT.search(line):
        return False
    if FURNITURE_LINE.match(line):
        return True
    return bool(HEADER_LINE.match(line) and _HEADER_ONLY.search(line)) and not starts_with_lead(line)


def header_tokens(line: str) -> list[tuple[int, int]]:
    """Spans of the tokens of a header line, in order.

    >>> line = "2020 年 1 月 31 日 星期五 国内 第 10 版"
    >>> [line[s:e] for s, e in header_tokens(line)]
    ['2020 年 1 月 31 日', '星期五', '国内', '第 10 版']
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _FURNITURE_TOKEN.finditer(line):
        spans.extend(_words(line, pos, m.start()))
        spans.append((m.start(), m.end()))
        pos = m.end()
    spans.extend(_words(line, pos, len(line)))
    return spans


def _words(line: str, start: int, end: int) -> list[tuple[int, int]]:
    return [
        (start + m.start(), start + m.end())
        for m in regex.finditer(rf"[^\s]+", line[start:end])
    ]


def is_byline(line: str) -> bool:
    """True for a closing byline standing alone.

    >>> is_byline("（牛森杰 李泽乾）"), is_byline("（街道） 要提前谋划")
    (True, False)
    """
    return bool(BYLINE.match(line))


def is_credit(line: str) -> bool:
    """True for a photo credit standing alone.

    >>> is_credit("本报记者 刘金元 摄"), is_credit("赵春营 摄"), is_credit("拍摄")
    (True, True, False)
    """
    return bool(CREDIT.match(line))


def starts_with_lead(line: str) -> bool:
    """True when the line opens an article with a lead.

    >>> starts_with_lead("本 报 讯 2022 年 12 月 27"), starts_with_lead("本报北京1月6日电 记者")
    (True, True)
    >>> starts_with_lead("据新华社电（记者陈凯姿）"), starts_with_lead("新华社记者 雷明 摄")
    (True, False)
    """
    return bool(LEAD.match(line))


#: The commonest Chinese surnames: where one stands inside a run of names
#: in a byline, a new name starts there (``（林霞静肖勇）`` → 林霞静 肖勇).
COMMON_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左"
    "柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶"
    "解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬"
    "边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
)
