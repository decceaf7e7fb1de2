"""The documentation tells the truth: the site builds, its examples run, the README matches.

Convention: a ```` ```pycon ```` block in a page under docs/ is a doctest.  The
blocks of one page run in order in one namespace, from the project folder.
"""

from __future__ import annotations

import doctest
import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest
import regex

import newsrepair

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
README = ROOT / "README.md"
CI = ROOT / ".ci" / "run"

_PYCON = regex.compile(r"^```pycon\n(.*?)^```", regex.M | regex.S)


def _block(text: str, marker: str) -> str:
    """The fenced block that follows ``<!-- marker -->`` in ``text``."""
    match = regex.search(rf"<!-- {marker} -->\n```\w*\n(.*?)```", text, regex.S)
    assert match, f"no block marked {marker!r}"
    return match.group(1)


def _pages_with_examples() -> list[Path]:
    return sorted(p for p in DOCS.glob("*.md") if _PYCON.search(p.read_text(encoding="utf-8")))


# ------------------------------------------------------------------- the site


def _mkdocs_missing() -> bool:
    needed = ("mkdocs", "material", "mkdocstrings", "mkdocstrings_handlers.python")
    try:
        return any(importlib.util.find_spec(name) is None for name in needed)
    except ModuleNotFoundError:
        return True


@pytest.mark.skipif(_mkdocs_missing(), reason="the docs extra is not installed")
def test_site_builds_in_strict_mode(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "site")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        check=False,
    )
    assert result.returncode == 0, result.stderr[-4000:]


def test_api_page_is_generated_from_the_package() -> None:
    assert "::: newsrepair" in (DOCS / "api.md").read_text(encoding="utf-8")


def test_every_core_fix_has_a_guide_page() -> None:
    text = "".join(p.read_text(encoding="utf-8") for p in DOCS.glob("*.md"))
    for name in ("join_lines", "remove_spaces", "normalize_markers", "normalize_dates", "repair_and_explain"):
        assert f"`{name}(" in text, name


@pytest.mark.parametrize("page", _pages_with_examples(), ids=lambda p: p.name)
def test_examples_in_docs_page_run(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    source = "\n".join(_PYCON.findall(page.read_text(encoding="utf-8")))
    test = doctest.DocTestParser().get_doctest(source, {}, page.name, str(page), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    output: list[str] = []
    runner.run(test, out=output.append)
    assert runner.failures == 0, "".join(output)


# ------------------------------------------------------------------- the README


def test_readme_after_is_what_repair_makes_of_before() -> None:
    text = README.read_text(encoding="utf-8")
    assert newsrepair.repair(_block(text, "before")) + "\n" == _block(text, "after")


def test_readme_before_is_a_piece_of_the_shipped_sample() -> None:
    before = _block(README.read_text(encoding="utf-8"), "before")
    assert before in (ROOT / "examples" / "sample_page.txt").read_text(encoding="utf-8")


def test_ci_runs_exactly_the_readme_test_command() -> None:
    command = _block(README.read_text(encoding="utf-8"), "test").strip()
    ci_lines = CI.read_text(encoding="utf-8").splitlines()
    assert command in ci_lines


def test_readme_run_command_reads_the_shipped_sample() -> None:
    command = _block(README.read_text(encoding="utf-8"), "run")
    match = regex.search(r"examples/[\w./]+\.txt", command)
    assert match and (ROOT / match.group()).is_file()


def test_doctests_in_docstrings_render_as_code_blocks() -> None:
    spec = importlib.util.spec_from_file_location("doctest_fences", DOCS / "_ext" / "doctest_fences.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert doctest.testmod(module).failed == 0
    fenced = "```pycon\n>>> 1 + 1\n2\n```"
    assert module.fence_doctests(fenced) == fenced


def test_readme_links_to_docs_pages_that_exist() -> None:
    links = regex.findall(r"\]\((docs/[^)#]+)", README.read_text(encoding="utf-8"))
    assert links and [link for link in links if not (ROOT / link).is_file()] == []
