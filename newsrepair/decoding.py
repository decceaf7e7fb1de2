"""Turning the bytes of a file into text, and text back into the same kind of bytes.

Newspaper text reaches us as UTF-8 (with or without a byte order mark), as
GB18030/GBK from mainland systems, as Big5 from Taiwan and Hong Kong, and
sometimes as UTF-16 from Windows tools.  :func:`decode` reads one of these and
remembers what it found (:class:`Decoded`), so that :func:`encode` can write a
repaired file back the way it came: same encoding, same byte order mark, same
line endings.

Line endings are read the way Python's ``open()`` reads text: ``\\r\\n`` and a
lone ``\\r`` become ``\\n``.  The repair only ever sees ``\\n``.

How ``encoding="auto"`` decides (:func:`detect_encoding`):

1. A byte order mark names the encoding: UTF-8, UTF-32 or UTF-16 (UTF-32
   marks are checked first because they begin with the UTF-16 ones).
2. Bytes that decode as strict UTF-8 are UTF-8 (plain ASCII included).
   Legacy Chinese text of any length practically never passes this test.
3. Otherwise the bytes are decoded strictly as GB18030 and as Big5 (Python's
   ``cp950``, the Big5 that Windows and most Taiwanese files use).  A
   candidate that fails to decode is out.  If both decode, each decoding is
   scored by the share of its non-ASCII characters that are *frequent*: one
   of the 3,755 level-1 hanzi of GB 2312, one of the 5,401 frequent hanzi of
   Big5, or Chinese punctuation.  Read with the wrong table, Chinese text
   turns into rare characters, symbols and private-use characters, so the
   right decoding scores far higher (typically over 0.9 against under 0.6).
   The higher score wins; a tie goes to GB18030.
4. If nothing decodes, :class:`UndecodableError` reports the candidate that
   got furthest, with the byte offset where it stopped.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from functools import cache

import regex

from .chars import FULLWIDTH_PUNCT

#: The encoding names :func:`decode` accepts besides Python codec names.
AUTO = "auto"

#: Byte order marks, longest first, with the codec that reads text after them.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: The legacy Chinese encodings ``auto`` chooses between, in tie-break order.
LEGACY_CANDIDATES = ("gb18030", "cp950")

_PUNCT = regex.compile(f"[{FULLWIDTH_PUNCT}]")


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text read from bytes, and how to write it back the same way.

    ``encoding`` is a Python codec name; ``bom`` says whether the bytes began
    with a byte order mark; ``newline`` is the line ending the bytes used
    (``"\\r\\n"`` if their first line ending was one, else ``"\\n"``).
    """

    text: str
    encoding: str
    bom: bool = False
    newline: str = "\n"


class UndecodableError(ValueError):
    """Bytes that are not valid in the encoding; ``offset`` is the first bad byte."""

    def __init__(self, encoding: str, offset: int, reason: str, *, line: int | None = None) -> None:
        self.encoding = encoding
        self.offset = offset
        self.reason = reason
        self.line = line
        where = f"byte offset {offset}" + (f" (line {line})" if line is not None else "")
        super().__init__(f"cannot decode as {encoding}: {reason} at {where}")


def decode(data: bytes, *, encoding: str = "utf-8") -> Decoded:
    """Decode ``data`` as ``encoding`` (a codec name, or ``"auto"``).

    UTF-8 accepts and drops a leading byte order mark.  Line endings become
    ``\\n``.  Raises :class:`UndecodableError` naming the first bad byte and
    ``LookupError`` for an unknown encoding name.

    >>> decode("本报讯\\r\\n".encode("gb18030"), encoding="auto")
    Decoded(text='本报讯\\n', encoding='gb18030', bom=False, newline='\\r\\n')
    >>> decode(b"\\xef\\xbb\\xbf\\xe6\\x9c\\xac").text
    '本'
    >>> decode(b"ok \\xff")
    Traceback (most recent call last):
    ...
    newsrepair.decoding.UndecodableError: cannot decode as utf-8: invalid start byte at byte offset 3
    """
    if isinstance(data, str):
        raise TypeError("decode() takes bytes; this text is already decoded")
    data = bytes(data)
    if encoding.lower() == AUTO:
        encoding = detect_encoding(data)
    else:
        encoding = codecs.lookup(encoding).name
    bom = False
    skip = 0
    if encoding in ("utf-8", "utf-8-sig"):
        encoding = "utf-8"
        if data.startswith(codecs.BOM_UTF8):
            bom, skip = True, len(codecs.BOM_UTF8)
    elif encoding in ("utf-16", "utf-32"):
        bom = data.startswith(
            (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
            if encoding == "utf-16"
            else (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
        )
    text = _strict(data, encoding, skip)
    crlf = text.find("\r\n")
    first_lf = text.find("\n")
    newline = "\r\n" if crlf != -1 and crlf + 1 == first_lf else "\n"
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Decoded(text, encoding, bom, newline)


def encode(decoded: Decoded, text: str | None = None) -> bytes:
    """Encode ``text`` (default ``decoded.text``) the way ``decoded`` was read.

    Restores the byte order mark and the ``\\r\\n`` line endings; raises
    ``UnicodeEncodeError`` if the text has a character the encoding lacks.

    >>> d = decode(b"\\xef\\xbb\\xbfa\\r\\nb")
    >>> encode(d, "a b\\nc")
    b'\\xef\\xbb\\xbfa b\\r\\nc'
    """
    if text is None:
        text = decoded.text
    if decoded.newline != "\n":
        text = text.replace("\n", decoded.newline)
    if decoded.encoding in ("utf-16", "utf-32"):
        # These codecs write a byte order mark themselves; without one the
        # file was read in the platform order, so write it the same way.
        if decoded.bom:
            return text.encode(decoded.encoding)
        return text.encode(decoded.encoding)[4 if decoded.encoding == "utf-32" else 2 :]
    data = text.encode(decoded.encoding)
    return codecs.BOM_UTF8 + data if decoded.bom else data


def detect_encoding(data: bytes) -> str:
    """The encoding of ``data``: UTF-8, UTF-16/32 with a BOM, GB18030 or Big5.

    See the module docstring for the rule.  Raises :class:`UndecodableError`
    if none of them decodes ``data``.

    >>> detect_encoding("會議指出，中央經濟工作會議十分重要。".encode("cp950"))
    'cp950'
    >>> detect_encoding("会议指出，中央经济工作会议十分重要。".encode("gb18030"))
    'gb18030'
    >>> detect_encoding("会议".encode("utf-8"))
    'utf-8'
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    failures: list[UndecodableError] = []
    try:
        _strict(data, "utf-8", 0)
        return "utf-8"
    except UndecodableError as error:
        failures.append(error)
    scored: list[tuple[float, int, str]] = []
    for rank, name in enumerate(LEGACY_CANDIDATES):
        try:
            text = _strict(data, name, 0)
        except UndecodableError as error:
            failures.append(error)
            continue
        scored.append((frequent_share(text), -rank, name))
    if scored:
        return max(scored)[2]
    furthest = max(failures, key=lambda e: e.offset)
    names = "UTF-8, GB18030 or Big5"
    raise UndecodableError(
        names, furthest.offset, f"{furthest.reason} (as {furthest.encoding})"
    )


def frequent_share(text: str) -> float:
    """The share of non-ASCII characters of ``text`` that are frequent in Chinese.

    Frequent: a level-1 hanzi of GB 2312, a frequent hanzi of Big5, or Chinese
    punctuation.  Text without non-ASCII characters scores 1.0.

    >>> frequent_share("会议指出，")
    1.0
    >>> big5_read_as_gb = "會議指出，中央經濟工作會議".encode("cp950").decode("gb18030")
    >>> round(frequent_share(big5_read_as_gb), 2)
    0.23
    """
    common = _frequent_hanzi()
    total = good = 0
    for char in text:
        if char < "\x80":
            continue
        total += 1
        if char in common or _PUNCT.match(char):
            good += 1
    return good / total if total else 1.0


@cache
def _frequent_hanzi() -> frozenset[str]:
    """Hanzi that the two standards themselves put first by frequency of use.

    GB 2312 level 1 is rows 16-55 (lead bytes 0xB0-0xD7), sorted by pinyin
    and chosen by frequency; Big5's frequent hanzi (常用字) are 0xA440-0xC67E.
    """
    chars: set[str] = set()
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            try:
                chars.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                pass  # the five unassigned cells at the end of row 55
    for lead in range(0xA4, 0xC7):
        for trail in (*range(0x40, 0x7F), *range(0xA1, 0xFF)):
            if (lead, trail) > (0xC6, 0x7E):
                break
            try:
                chars.add(bytes((lead, trail)).decode("cp950"))
            except UnicodeDecodeError:
                pass
    return frozenset(chars)


def _strict(data: bytes, encoding: str, skip: int) -> str:
    try:
        return data[skip:].decode(encoding) if skip else data.decode(encoding)
    except UnicodeDecodeError as error:
        raise UndecodableError(encoding, error.start + skip, error.reason) from None
