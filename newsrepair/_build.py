"""Which build of newsrepair is running: the pure-Python reference, or the
opt-in build whose hot modules are compiled with mypyc (``setup.py``).

This file is read by ``setup.py`` before the package can be imported, so it
imports nothing from the package at the top.
"""

from __future__ import annotations

import importlib
from importlib.machinery import EXTENSION_SUFFIXES

#: The modules that ``NEWSREPAIR_MYPYC=1 pip install .`` compiles, each one
#: kept only because it measurably speeds up ``repair()`` or
#: ``repair_and_explain()`` (docs/benchmarks.md, "Compiled build").
COMPILED_MODULES = ("paragraphs", "furniture", "spacing", "trace", "articles")


def compiled_modules() -> tuple[str, ...]:
    """The modules of :data:`COMPILED_MODULES` that run compiled in this build.

    >>> set(compiled_modules()) <= set(COMPILED_MODULES)
    True
    """
    found = []
    for name in COMPILED_MODULES:
        path = getattr(importlib.import_module(f"{__package__}.{name}"), "__file__", None) or ""
        if path.endswith(tuple(EXTENSION_SUFFIXES)):
            found.append(name)
    return tuple(found)


def compiled() -> bool:
    """Whether this is the compiled build (every module of :data:`COMPILED_MODULES`).

    >>> compiled() == (compiled_modules() == COMPILED_MODULES)
    True
    """
    return compiled_modules() == COMPILED_MODULES
