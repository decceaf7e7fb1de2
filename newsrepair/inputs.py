"""Input checks shared by every public function.

newsrepair works on ``str``.  Bytes are the commonest mistake (a file read in
binary mode, a network payload), and the error says what to do instead.
"""

from __future__ import annotations


def require_text(text: object) -> str:
    """Return ``text`` if it is a ``str``; raise a TypeError that says what to do.

    >>> require_text("本报讯")
    '本报讯'
    >>> require_text("本报讯".encode())
    Traceback (most recent call last):
    ...
    TypeError: newsrepair works on str, not bytes: decode the input first, e.g. data.decode('utf-8') or data.decode('gb18030')
    """
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError(
            "newsrepair works on str, not bytes: decode the input first, "
            "e.g. data.decode('utf-8') or data.decode('gb18030')"
        )
    raise TypeError(f"newsrepair works on str, got {type(text).__name__}")
