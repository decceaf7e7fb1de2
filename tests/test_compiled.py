"""The compiled build gives exactly the outputs of the pure-Python reference.

``NEWSREPAIR_MYPYC=1 pip install .`` compiles the modules listed in
``newsrepair._build.COMPILED_MODULES`` with mypyc (``setup.py``).  These
tests build that from this checkout into a temporary folder, import it in a
subprocess, and compare what it returns with what this process's pure-Python
package returns, on real, simulated and hostile inputs, for ``repair``,
``repair_and_explain`` (text and trace), ``join_lines``, ``join_lines_edits``
and ``split_articles``; then they run the tests of the compiled modules
against it.  They are skipped, with the reason, where mypyc (``pip install
mypy``), a C compiler or the Python headers are missing.

Run as a script, this file is the subprocess: ``python test_compiled.py IN
OUT`` reads a pickled list of texts and writes the outputs of the
``newsrepair`` it imports.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import os
import pickle
import random
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path
from typing import Any

import pytest

import newsrepair
from newsrepair import _build
from newsrepair.paragraphs import join_lines, join_lines_edits

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"

#: Test files of the compiled modules that run against the compiled build too
#: (about 10 s); the others test modules that are the same in both builds.
COMPILED_MODULE_TESTS = (
    "test_join_lines.py",
    "test_join_fast_paths.py",
    "test_spacing.py",
    "test_properties.py",
    "test_seed_quality.py",
    "test_examples.py",
    "test_fuzz_regressions.py",
)


def _why_not_compilable() -> str | None:
    """Why the compiled build cannot be made here, or None when it can."""
    if importlib.util.find_spec("mypyc") is None:
        return "mypyc is not installed (pip install mypy, or the test extra)"
    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(compiler) is None:
        return f"no C compiler ({compiler!r} is not on PATH)"
    if not (Path(sysconfig.get_paths()["include"]) / "Python.h").is_file():
        return "the Python headers (Python.h) are not installed"
    if _build.compiled_modules():
        return "this process runs a compiled build; the reference must be pure Python"
    return None


_WHY_NOT = _why_not_compilable()
pytestmark = pytest.mark.skipif(_WHY_NOT is not None, reason=str(_WHY_NOT))


# ------------------------------------------------------------------ outputs, in either build


def _plain(value: Any) -> Any:
    """``value`` as builtins only (dataclasses as their class name and fields),
    so that the outputs of two builds compare with ``==`` and pickle across them."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return type(value).__name__, fields
    if isinstance(value, (list, tuple)):
        return type(value).__name__, [_plain(v) for v in value]
    return value


def _call(fn: Any, text: str) -> Any:
    try:
        return _plain(fn(text))
    except Exception as error:  # the outputs compared include the errors raised
        return "raised", type(error).__name__, str(error)


FUNCTIONS = {
    "repair": newsrepair.repair,
    "repair_and_explain": newsrepair.repair_and_explain,
    "join_lines": join_lines,
    "join_lines_edits": join_lines_edits,
    "split_articles": newsrepair.split_articles,
}


def outputs(texts: list[str]) -> list[dict[str, Any]]:
    """What each of :data:`FUNCTIONS` returns for each text."""
    return [{name: _call(fn, text) for name, fn in FUNCTIONS.items()} for text in texts]


def _worker(infile: str, outfile: str) -> None:
    texts = pickle.loads(Path(infile).read_bytes())
    result = {
        "file": newsrepair.__file__,
        "compiled": _build.compiled_modules(),
        "outputs": outputs(texts),
    }
    Path(outfile).write_bytes(pickle.dumps(result))


# ------------------------------------------------------------------ the build


def _run(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, check=False, timeout=900)


@pytest.fixture(scope="module")
def compiled_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding the compiled ``newsrepair`` built from this checkout.

    setup.py compiles a copy of the package in place, so the build, its C
    files and mypy's cache stay in the temporary folder.
    """
    folder = tmp_path_factory.mktemp("compiled")
    for name in ("setup.py", "pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, folder / name)
    shutil.copytree(
        ROOT / "newsrepair", folder / "newsrepair", ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyd")
    )
    env = {**os.environ, "NEWSREPAIR_MYPYC": "1"}
    done = _run([sys.executable, "setup.py", "build_ext", "--inplace"], folder, env)
    if done.returncode != 0:
        pytest.fail(f"the compiled build failed:\n{(done.stdout + done.stderr)[-4000:]}")
    return folder


def _env(build: Path) -> dict[str, str]:
    # the build comes first on the path, before the editable or installed package
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(build), os.environ.get("PYTHONPATH", "")])}


def _start_compiled_outputs(build: Path, texts: list[str]) -> subprocess.Popen[str]:
    """Start :func:`outputs` of the compiled build in a subprocess."""
    (build / "texts.pickle").write_bytes(pickle.dumps(texts))
    args = [sys.executable, __file__, str(build / "texts.pickle"), str(build / "outputs.pickle")]
    return subprocess.Popen(args, cwd=build, env=_env(build), stderr=subprocess.PIPE, text=True)


def _compiled_outputs(build: Path, worker: subprocess.Popen[str]) -> list[dict[str, Any]]:
    """What the subprocess started by :func:`_start_compiled_outputs` returned."""
    _, stderr = worker.communicate(timeout=900)
    assert worker.returncode == 0, stderr[-4000:]
    result = pickle.loads((build / "outputs.pickle").read_bytes())
    assert Path(result["file"]).is_relative_to(build), result["file"]
    assert result["compiled"] == _build.COMPILED_MODULES
    return result["outputs"]


def _short(value: Any, limit: int = 600) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[:limit] + f"... ({len(text)} characters)"


def assert_same_outputs(build: Path, texts: list[str]) -> None:
    worker = _start_compiled_outputs(build, texts)
    pure = outputs(texts)  # while the subprocess works
    compiled = _compiled_outputs(build, worker)
    assert len(compiled) == len(pure)
    for text, mine, theirs in zip(texts, pure, compiled):
        for name in FUNCTIONS:
            assert theirs[name] == mine[name], (
                f"{name} differs on {_short(text)}\npure:     {_short(mine[name])}\ncompiled: {_short(theirs[name])}"
            )


# ------------------------------------------------------------------ inputs


def simulated_pages(count: int) -> list[str]:
    from newsrepair.simulate import PRESETS, simulate

    presets = sorted(PRESETS)
    return [simulate(seed=seed, options=presets[seed % len(presets)]).text for seed in range(count)]


#: Pieces of hostile text: every line break, control characters, lone
#: surrogates, emoji (with joiners and flags), invisible and fullwidth
#: characters, radicals, brackets, and pieces of real newspaper text.
HOSTILE = [
    "\n", "\r\n", "\r", "\f", "\v", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029", "\n\n",
    " ", "\t", "\u3000", "\u00a0", "\u200b", "\u200d", "\ufeff", "\u00ad", "\x00", "\x07", "\x1b", "\x7f",
    "\ud800", "\udfff", "\udc00a", "😀", "👩\u200d💻", "🇨🇳", "e\u0301", "\U0002a6a5",
    "⼯作", "⻓江", "ＡＢＣ", "１２３", "（", "）", "(", ")", "“", "”", "《", "》", "【", "】",
    "本报讯", "（记者付凯明）", "（李鑫）", "刘金元 摄", "2022 年 12 月 27 日", "第5版", "星期三",
    "书 记 吕 沛", "会议指出，", "要加强领导。", "12.6 万吨", "3.1%", "COVID 19", "…", "——", "·",
]


def hostile_strings(count: int) -> list[str]:
    """``count`` random strings of :data:`HOSTILE` pieces and random code
    points, a few of them with huge lines."""
    rng = random.Random(5)
    texts = ["", " ", "\n" * 50, "中 " * 2000, "1" * 5000, "（" * 3000 + "）" * 1000]
    while len(texts) < count - 3:
        if rng.random() < 0.3:
            texts.append("".join(chr(rng.randrange(0x110000)) for _ in range(rng.randrange(1, 200))))
        else:
            texts.append("".join(rng.choice(HOSTILE) for _ in range(rng.randrange(1, 120))))
    line = "".join("".join(rng.choice(HOSTILE) for _ in range(3000)).splitlines())
    texts += [line * 10, "新闻" * 60_000, ("会议指出 " * 20 + "\n") * 500]
    return texts


# ------------------------------------------------------------------ the tests


def test_the_build_compiles_the_listed_modules(compiled_build: Path) -> None:
    worker = _start_compiled_outputs(compiled_build, ["本 报 讯"])
    assert _compiled_outputs(compiled_build, worker)[0]["repair"] == "本报讯"


def test_same_outputs_on_the_seed_page(compiled_build: Path, seed_text: str) -> None:
    assert_same_outputs(compiled_build, [seed_text, seed_text * 3])


def test_same_outputs_on_the_dev_corpus(compiled_build: Path, dev_corpus: Path) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(dev_corpus.glob("*.raw.txt"))]
    assert texts
    assert_same_outputs(compiled_build, texts)


def test_same_outputs_on_the_sample_page(compiled_build: Path) -> None:
    assert_same_outputs(compiled_build, [(ROOT / "examples" / "sample_page.txt").read_text(encoding="utf-8")])


def test_same_outputs_on_simulated_pages(compiled_build: Path) -> None:
    assert_same_outputs(compiled_build, simulated_pages(200))


def test_same_outputs_on_hostile_strings(compiled_build: Path) -> None:
    assert_same_outputs(compiled_build, hostile_strings(300))


def test_tests_of_the_compiled_modules_pass_on_the_compiled_build(compiled_build: Path) -> None:
    files = [str(TESTS / name) for name in COMPILED_MODULE_TESTS]
    options = ["-q", "-c", str(ROOT / "pyproject.toml"), "--rootdir", str(ROOT), *files]
    # the package is imported, and checked, before pytest imports the tests
    script = (
        "import sys, pytest, newsrepair._build as b\n"
        "assert b.compiled(), b.compiled_modules()\n"
        f"sys.exit(pytest.main({options!r}))"
    )
    done = _run([sys.executable, "-c", script], compiled_build, _env(compiled_build))
    assert done.returncode == 0, (done.stdout + done.stderr)[-4000:]


if __name__ == "__main__":
    _worker(sys.argv[1], sys.argv[2])
