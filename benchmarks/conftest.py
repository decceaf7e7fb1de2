"""Inputs and reporting for the speed benchmarks.

Run them apart from the tests (``testpaths`` in pyproject.toml leaves this
folder out of the default run)::

    python -m pytest benchmarks/ --benchmark-only

The normal input is a real damaged page: the seed page in
``../shared/seeds/`` when it is there, else the sample page that ships in
``examples/``; benchmarks that need it are skipped when neither exists.
Each benchmark runs on the page repeated 1, 10 and 100 times, and the run
ends with a table of MB/s (UTF-8 megabytes, 10**6 bytes, per second) and
t(x100)/t(x10) for every group: 10 is linear, the target is at most 11.
"""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seeds" / "000_8c683cb379fcf1e5.txt"
EXAMPLES = ROOT / "examples"

#: How many times the page is repeated.
MULTIPLIERS = (1, 10, 100)


def load_page() -> tuple[str, str] | None:
    """The normal input page and where it came from, or None when there is none.

    Scripts in this folder import it too (``from conftest import load_page``).
    """
    if SEED.is_file():
        return SEED.read_text(encoding="utf-8"), str(SEED)
    # the raw sample page, not its expected output (sample_page.expected.txt)
    pages = sorted(p for p in EXAMPLES.glob("*.txt") if "." not in p.stem)
    if pages:
        return pages[0].read_text(encoding="utf-8"), str(pages[0])
    return None


def repeat_page(page: str, times: int) -> str:
    """``page`` repeated ``times`` times, each copy ending with a blank line.

    The blank line keeps the last paragraph of one copy from being glued to
    the first line of the next, so that every copy is repaired alike.
    """
    if not page.endswith("\n\n"):
        page = page.rstrip("\n") + "\n\n"
    return page * times


def megabytes(text: str) -> float:
    """UTF-8 size of ``text`` in MB (10**6 bytes)."""
    return len(text.encode("utf-8")) / 1e6


@dataclass(frozen=True)
class Page:
    """The normal page repeated ``times`` times."""

    text: str
    times: int
    source: str

    @property
    def mb(self) -> float:
        return megabytes(self.text)


@pytest.fixture(scope="session")
def base_page() -> tuple[str, str]:
    found = load_page()
    if found is None:
        pytest.skip("no input page: neither ../shared/seeds nor examples/*.txt is here")
    return found


@pytest.fixture(scope="session", params=MULTIPLIERS, ids=[f"x{n}" for n in MULTIPLIERS])
def page(request: pytest.FixtureRequest, base_page: tuple[str, str]) -> Page:
    """The normal page x1, x10 and x100."""
    text, source = base_page
    return Page(repeat_page(text, request.param), request.param, source)


@pytest.fixture(scope="session")
def normal_rate(base_page: tuple[str, str]) -> float:
    """MB/s of ``repair()`` on the normal page x10, best of 3: the yardstick
    the pathological inputs are compared with."""
    from newsrepair import repair

    text = repeat_page(base_page[0], 10)
    best = min(_time_once(repair, text) for _ in range(3))
    _NORMAL.append(megabytes(text) / best)
    return _NORMAL[-1]


def _time_once(fn: Callable[[str], object], text: str) -> float:
    start = time.perf_counter()
    fn(text)
    return time.perf_counter() - start


# group -> label -> (best seconds, MB)
_RESULTS: dict[str, dict[str, tuple[float, float]]] = defaultdict(dict)
_NORMAL: list[float] = []


@pytest.fixture
def measure(benchmark) -> Callable[..., None]:  # type: ignore[no-untyped-def]
    """Benchmark ``fn(text)`` in ``group`` under ``label`` and record its best time.

    ``rounds`` timed calls, one call each, no warm-up beyond the first
    import: the inputs are large enough for one call to be a fair sample.
    """

    def run(fn: Callable[[str], object], text: str, *, group: str, label: str, rounds: int) -> None:
        mb = megabytes(text)
        benchmark.group = group
        benchmark.extra_info["MB"] = round(mb, 3)
        benchmark.pedantic(fn, args=(text,), rounds=rounds, iterations=1, warmup_rounds=0)
        stats = getattr(benchmark, "stats", None)
        if stats is None:  # --benchmark-disable: the call ran once, untimed
            return
        best = stats.stats.min
        benchmark.extra_info["MB/s"] = round(mb / best, 2) if best else None
        _RESULTS[group][label] = (best, mb)

    return run


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:  # type: ignore[no-untyped-def]
    """Print MB/s per size and t(x100)/t(x10) per group (target: at most 11)."""
    if not _RESULTS:
        return
    write = terminalreporter.write_line
    terminalreporter.section("newsrepair throughput")
    if _NORMAL:
        write(f"normal page x10, repair(): {_NORMAL[0]:.2f} MB/s (yardstick for pathological inputs)")
    for group in sorted(_RESULTS):
        results = _RESULTS[group]
        if group == "pathological":
            continue
        rates = "  ".join(f"{label} {mb / t:7.2f} MB/s" for label, (t, mb) in results.items())
        line = f"{group:28s} {rates}"
        if "x10" in results and "x100" in results:
            line += f"  t(x100)/t(x10) = {results['x100'][0] / results['x10'][0]:.1f}"
        write(line)
    if "pathological" in _RESULTS:
        write("pathological inputs through repair() (target: normal/this at most 3):")
        for label, (t, mb) in sorted(_RESULTS["pathological"].items()):
            rate = mb / t
            slower = f"  normal/this = {_NORMAL[0] / rate:6.2f}" if _NORMAL else ""
            write(f"  {label:24s} {mb:8.2f} MB {rate:8.2f} MB/s{slower}")
