"""The package as users install it: version, typing marker, public names, input errors."""

from __future__ import annotations

import inspect
import tomllib
from importlib.metadata import version
from importlib.resources import files
from pathlib import Path
from typing import Callable

import pytest

import newsrepair

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))

#: Public functions that take the text to repair as their first argument.
TEXT_FUNCTIONS = ["repair", "repair_and_explain"]
#: The single fixes; they do not check their input type yet (see report).
SINGLE_FIXES = ["join_lines", "remove_spaces", "normalize_markers", "normalize_dates"]


def test_installed_version_is_the_version_in_pyproject() -> None:
    assert version("newsrepair") == PYPROJECT["project"]["version"]


def test_package_version_attribute_is_the_installed_version() -> None:
    assert newsrepair.__version__ == version("newsrepair")


def test_py_typed_marker_is_in_the_installed_package() -> None:
    assert files("newsrepair").joinpath("py.typed").is_file()


def test_py_typed_marker_is_declared_as_package_data() -> None:
    package_data = PYPROJECT["tool"]["setuptools"]["package-data"]["newsrepair"]
    assert "py.typed" in package_data


def test_every_name_in_all_exists() -> None:
    missing = [name for name in newsrepair.__all__ if not hasattr(newsrepair, name)]
    assert missing == []


def test_all_has_no_duplicates() -> None:
    assert len(newsrepair.__all__) == len(set(newsrepair.__all__))


def test_all_lists_the_core_api() -> None:
    core = {"repair", "repair_and_explain", "RepairOptions", *SINGLE_FIXES}
    assert core <= set(newsrepair.__all__)


@pytest.mark.parametrize(
    "name",
    [n for n in newsrepair.__all__ if inspect.isfunction(getattr(newsrepair, n, None))],
)
def test_public_function_has_a_docstring_with_an_example(name: str) -> None:
    doc = inspect.getdoc(getattr(newsrepair, name)) or ""
    assert ">>>" in doc, f"{name} has no doctest example"


def _call(name: str) -> Callable[[object], object]:
    return getattr(newsrepair, name)  # type: ignore[no-any-return]


@pytest.mark.parametrize("name", TEXT_FUNCTIONS)
def test_bytes_input_raises_type_error_saying_to_decode(name: str) -> None:
    with pytest.raises(TypeError, match="decode"):
        _call(name)("本报讯".encode("utf-8"))


@pytest.mark.parametrize("name", SINGLE_FIXES)
@pytest.mark.xfail(strict=True, reason="single fixes do not check for bytes yet")
def test_single_fix_bytes_input_raises_type_error_saying_to_decode(name: str) -> None:
    with pytest.raises(TypeError, match="decode"):
        _call(name)("本报讯".encode("utf-8"))
