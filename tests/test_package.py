"""The package as users install it: version, typing marker, public names, input errors."""

from __future__ import annotations

import inspect
import tomllib
from importlib.metadata import version
from importlib.resources import files
from pathlib import Path

import pytest

import newsrepair

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))

#: Extra positional arguments public text functions need besides the text.
EXTRA_ARGS: dict[str, tuple[object, ...]] = {"convert": ("s2t",), "apply_edits": ([],)}
#: Public text functions that do not check for bytes yet (strict xfail: when
#: one starts to, its name must leave this set).
KNOWN_UNCHECKED: set[str] = set()


def _text_functions() -> list[str]:
    """Public functions whose first parameter is the text to repair."""
    names = []
    for name in newsrepair.__all__:
        obj = getattr(newsrepair, name, None)
        if inspect.isfunction(obj):
            params = list(inspect.signature(obj).parameters)
            if params and params[0] == "text":
                names.append(name)
    return names


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
    core = {"repair", "repair_and_explain", "RepairOptions", "join_lines", "remove_spaces",
            "normalize_markers", "normalize_dates"}
    assert core <= set(newsrepair.__all__)


@pytest.mark.parametrize(
    "name",
    [n for n in newsrepair.__all__ if inspect.isfunction(getattr(newsrepair, n, None))],
)
def test_public_function_has_a_docstring_with_an_example(name: str) -> None:
    doc = inspect.getdoc(getattr(newsrepair, name)) or ""
    assert ">>>" in doc, f"{name} has no doctest example"


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(
            name,
            marks=pytest.mark.xfail(
                name in KNOWN_UNCHECKED, strict=True, reason="does not check for bytes yet"
            ),
        )
        for name in _text_functions()
    ],
)
def test_bytes_input_raises_type_error_saying_to_decode(name: str) -> None:
    function = getattr(newsrepair, name)
    with pytest.raises(TypeError, match="decode"):
        function("本报讯".encode("utf-8"), *EXTRA_ARGS.get(name, ()))


def test_the_main_entry_points_take_text() -> None:
    assert {"repair", "repair_and_explain"} <= set(_text_functions())
