"""Hypothesis strategies for clean and damaged newspaper pages.

Requires hypothesis (the ``test`` extra: ``pip install 'newsrepair[test]'``).
Each strategy draws a seed and builds from ``random.Random(seed)``: a page
takes thousands of random choices, far too many to draw one by one through
hypothesis, so examples replay exactly but shrink only as far as the seed
(the failing damaged text is what to read).

>>> from hypothesis import given, settings
>>> @settings(max_examples=5, deadline=None)
... @given(damaged_pages())
... def test_content(damaged):
...     strip = lambda s: "".join(c for c in s if not c.isspace())
...     gold = "".join(s for _, s in damaged.segments())
...     assert strip(gold) == strip(damaged.text)
>>> test_content()
"""

from __future__ import annotations

import random
from typing import Any

try:
    from hypothesis import strategies as st
except ImportError as error:  # pragma: no cover - depends on the environment
    raise ImportError(
        "newsrepair.strategies needs hypothesis: pip install 'newsrepair[test]'"
    ) from error

from .simulate import (
    PRESETS,
    Article,
    DamageOptions,
    Damaged,
    Page,
    damage,
    generate_article,
    generate_page,
    generate_paragraph,
)

__all__ = [
    "clean_articles",
    "clean_pages",
    "clean_paragraphs",
    "damage_options",
    "damaged_pages",
]


def _randoms() -> st.SearchStrategy[random.Random]:
    return st.integers(min_value=0, max_value=2**32 - 1).map(random.Random)


def clean_paragraphs() -> st.SearchStrategy[str]:
    """Clean Chinese body paragraphs (one to five sentences)."""
    return st.builds(generate_paragraph, _randoms())


def clean_articles() -> st.SearchStrategy[Article]:
    """Clean articles: titles, paragraphs (some with leads), bylines."""
    return st.builds(generate_article, _randoms())


def clean_pages(*, articles: tuple[int, int] = (1, 3)) -> st.SearchStrategy[Page]:
    """Clean pages: a header, ``articles`` articles, sometimes a photo."""
    return st.builds(lambda rng: generate_page(rng, articles=articles), _randoms())


def damage_options() -> st.SearchStrategy[DamageOptions]:
    """Extractor profiles: the presets, with indent modes and title places varied."""
    return st.builds(
        lambda base, indent, titles: DamageOptions(
            **{
                **_fields(base),
                "indent": indent if base.space == " " else base.indent,
                "titles": titles,
            }
        ),
        st.sampled_from(list(PRESETS.values())),
        st.sampled_from(["drop", "drop", "keep", "none"]),
        st.sampled_from(["before", "after", "random"]),
    )


def _fields(options: DamageOptions) -> dict[str, Any]:
    return {name: getattr(options, name) for name in DamageOptions.__dataclass_fields__}


def damaged_pages(
    *, pages: tuple[int, int] = (1, 1), articles: tuple[int, int] = (1, 3)
) -> st.SearchStrategy[Damaged]:
    """Damaged text with gold and ambiguity marks, from generated clean pages."""
    return st.builds(
        lambda clean, rng, options: damage(clean, seed=rng, options=options),
        st.lists(clean_pages(articles=articles), min_size=pages[0], max_size=pages[1]),
        _randoms(),
        damage_options(),
    )
