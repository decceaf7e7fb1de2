"""Opt-in compiled build; everything else about the package is in pyproject.toml.

By default this builds the pure-Python package, which needs no compiler.
With ``NEWSREPAIR_MYPYC=1`` in the environment, a non-editable install or a
wheel compiles the hot modules listed in ``newsrepair/_build.py`` with
mypyc (mypy's compiler; it needs a C compiler and the Python headers)::

    NEWSREPAIR_MYPYC=1 pip install .
    NEWSREPAIR_MYPYC=1 pip wheel --no-deps -w dist .

The Python sources stay in the package beside the compiled modules.  An
editable install (``pip install -e .``) is always pure Python: compiled
modules beside the working tree's sources would silently shadow them.
"""

from __future__ import annotations

import os
import runpy
import sys
from pathlib import Path

from setuptools import setup

#: The mypy (mypyc) release the compiled build is made and tested with.
MYPY = "mypy>=2.4"


#: Untyped dependencies (regex, opencc) are Any; the modules that are not
#: compiled are read for their types, but their errors stop no build.
_MYPY_FLAGS = ["--ignore-missing-imports", "--follow-imports=silent"]


def _wanted() -> bool:
    return os.environ.get("NEWSREPAIR_MYPYC", "").strip() not in ("", "0")


def _editable() -> bool:
    return any(arg in ("editable_wheel", "develop") for arg in sys.argv)


def _hot_modules() -> list[str]:
    here = Path(__file__).resolve().parent
    names = runpy.run_path(str(here / "newsrepair" / "_build.py"))["COMPILED_MODULES"]
    return [f"newsrepair/{name}.py" for name in names]


if not _wanted():
    setup()
elif _editable():
    print("setup.py: NEWSREPAIR_MYPYC is ignored by editable installs; building pure Python", file=sys.stderr)
    setup()
else:
    try:
        from mypyc.build import mypycify
    except ImportError:
        # First pass of a PEP 517 build: setuptools reports mypy as a build
        # requirement, pip installs it in the build environment and runs
        # this file again.  Outside such a build, install mypy first.
        setup(setup_requires=[MYPY])
    else:
        setup(ext_modules=mypycify(_MYPY_FLAGS + _hot_modules(), group_name="newsrepair"))
