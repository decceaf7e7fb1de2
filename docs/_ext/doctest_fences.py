"""Griffe extension: show the doctests of docstrings as ``pycon`` code blocks.

Docstrings in newsrepair carry plain doctests (``>>>`` lines and their
output) so that they run under ``pytest --doctest-modules``.  Rendered as
Markdown, their output would be read as prose (and ``[...]`` as links).  This
extension wraps every run of doctest lines, up to the next blank line, in a
fenced ``pycon`` block before mkdocstrings renders the docstring.
"""

from __future__ import annotations

from typing import Any

import griffe


def fence_doctests(text: str) -> str:
    """Wrap each doctest of ``text`` in a fenced ``pycon`` block.

    >>> fence_doctests("Example:\\n>>> 1 + 1\\n2\\n\\nMore.").split("\\n")
    ['Example:', '```pycon', '>>> 1 + 1', '2', '```', '', 'More.']
    """
    out: list[str] = []
    in_fence = False  # inside a fence the docstring wrote itself
    in_test = False  # inside a doctest this function is fencing
    indent = ""
    for line in text.split("\n"):
        stripped = line.lstrip()
        if in_test and not stripped:
            out.append(f"{indent}```")
            in_test = False
        if not in_test and stripped.startswith("```"):
            in_fence = not in_fence
        elif not in_fence and not in_test and stripped.startswith(">>>"):
            indent = line[: len(line) - len(stripped)]
            out.append(f"{indent}```pycon")
            in_test = True
        out.append(line)
    if in_test:
        out.append(f"{indent}```")
    return "\n".join(out)


class DoctestFences(griffe.Extension):
    """Fence the doctests of every docstring griffe loads."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = fence_doctests(obj.docstring.value)
