"""Render items back to clean editorial text, in plain text or Markdown.

:func:`newsrepair.split_articles` keeps every part of a page in extraction
order; an editor reads it in editorial order: the headline first (over-title,
main title, subtitle), then the lead and the body paragraphs, then the
closing byline; a photo as its caption and credit.  Page furniture is left
out unless asked for.  Items are separated by a blank line.
"""

from __future__ import annotations

from typing import Iterable

from .articles import Item

_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]#<>|"})


def _md(text: str) -> str:
    """Escape the characters Markdown would read as markup."""
    return text.translate(_MD_SPECIAL)


def _parts(item: Item) -> tuple[list[str], list[str], list[str], list[str]]:
    """Headline lines, paragraphs, closing lines and others of an item, in editorial order."""
    titles = [s.text for s in item.segments if s.type == "title"]
    paragraphs = [s.text for s in item.segments if s.type in ("body", "caption")]
    closing = [s.text for s in item.segments if s.type in ("byline", "credit")]
    other = [s.text for s in item.segments if s.type in ("other", "noise")]
    return titles, paragraphs, closing, other


def render_text(items: Iterable[Item], *, include_noise: bool = False) -> str:
    """Plain text: per item, the headline lines, the paragraphs, the byline.

    Headline parts keep their order on the page (over-title, main title,
    subtitle); a headline printed after its body comes first here.

    >>> from newsrepair import split_articles
    >>> page = "本报讯 近日，温县召开大会。\\n（张怀中）\\n温县召开人代会\\n第5版"
    >>> print(render_text(split_articles(page, repaired=True)))
    温县召开人代会
    本报讯 近日，温县召开大会。
    （张怀中）
    """
    blocks: list[str] = []
    for item in items:
        if item.kind == "noise" and not include_noise:
            continue
        titles, paragraphs, closing, other = _parts(item)
        lines = titles + paragraphs + closing + other
        if lines:
            blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def render_markdown(items: Iterable[Item], *, include_noise: bool = False) -> str:
    """Markdown: the main title as a heading, over-title and subtitle as
    emphasised lines around it, paragraphs, the byline; a photo as its
    caption with the credit in emphasis.  Page furniture, when included,
    becomes an HTML comment.

    >>> from newsrepair import split_articles
    >>> page = "本报讯 近日，温县召开大会。\\n（张怀中）\\n温县召开人代会\\n第5版"
    >>> print(render_markdown(split_articles(page, repaired=True)))
    ## 温县召开人代会
    <BLANKLINE>
    本报讯 近日，温县召开大会。
    <BLANKLINE>
    （张怀中）
    """
    blocks: list[str] = []
    for item in items:
        if item.kind == "noise":
            if include_noise:
                text = " ".join(s.text for s in item.segments).replace("--", "- -")
                blocks.append(f"<!-- {text} -->")
            continue
        titles, paragraphs, closing, other = _parts(item)
        lines: list[str] = []
        if item.kind == "article" and titles:
            main = item.title
            for title in titles:
                if title == main:
                    lines.append(f"## {_md(title)}")
                else:
                    lines.append(f"*{_md(title)}*")
        else:
            lines.extend(f"**{_md(t)}**" for t in titles)
        lines.extend(_md(p) for p in paragraphs)
        if item.kind == "photo":
            lines.extend(f"*{_md(c)}*" for c in closing)
        else:
            lines.extend(_md(c) for c in closing)
        lines.extend(_md(o) for o in other)
        if lines:
            blocks.append("\n\n".join(lines))
    return "\n\n".join(blocks)
