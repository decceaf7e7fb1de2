"""Pathological inputs: ``repair()`` must stay linear on anything.

    python -m pytest benchmarks/test_pathological.py --benchmark-only -rs
    python benchmarks/test_pathological.py                 # scaling table
    python benchmarks/test_pathological.py cjk_space digits --by-fix

A super-linear step would hang a full-size run, so every case is first run
in a child process at 10k, 100k and 1M units (each under a timeout), and the
full size is benchmarked only when the growth seen so far predicts that it
finishes within the budget.  Otherwise the benchmark is skipped, and the
reason gives the measured growth: t(10n)/t(n) is 10 for a linear step and
100 for a quadratic one.

Target: no input slower per MB than 3 times a normal page.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from conftest import load_page, repeat_page  # noqa: E402

#: Seconds a child process may take for one probe.
PROBE_TIMEOUT = float(os.environ.get("NEWSREPAIR_PROBE_TIMEOUT", "30"))
#: Seconds a full-size run may be predicted to take before it is skipped.
FULL_BUDGET = float(os.environ.get("NEWSREPAIR_FULL_BUDGET", "60"))
PROBE_SIZES = (10_000, 100_000, 1_000_000)


def _flat_page(n: int) -> str:
    """The normal page with every line break removed, cut to ``n`` UTF-8 bytes."""
    found = load_page()
    if found is None:
        raise LookupError("no input page: neither ../shared/seeds nor examples/*.txt is here")
    flat = "".join(found[0].splitlines())
    data = (flat * (n // len(flat.encode()) + 1)).encode()[:n]
    return data.decode("utf-8", errors="ignore")


def _normal(n: int) -> str:
    """The normal page repeated to about ``n`` UTF-8 bytes (the yardstick)."""
    found = load_page()
    if found is None:
        raise LookupError("no input page: neither ../shared/seeds nor examples/*.txt is here")
    page = repeat_page(found[0], 1)
    return repeat_page(found[0], max(1, round(n / len(page.encode()))))


@dataclass(frozen=True)
class Case:
    """A pathological input: ``build(n)`` for ``n`` units; ``full`` is the size to reach."""

    build: Callable[[int], str]
    full: int
    unit: str


CASES: dict[str, Case] = {
    # the brief of issue 5
    "long_line": Case(_flat_page, 10_000_000, "UTF-8 bytes of the page on one line"),
    "spaces": Case(lambda n: " " * n, 1_000_000, "spaces"),
    "blank_lines": Case(lambda n: "\n" * n, 100_000, "blank lines"),
    "cjk_space": Case(lambda n: "中 " * n, 1_000_000, "'中 '"),
    "digits": Case(lambda n: "1" * n, 1_000_000, "digits"),
    "open_brackets": Case(lambda n: "（" * n, 100_000, "'（' on one line"),
    "nested_brackets": Case(lambda n: "（" * n + "）" * n, 100_000, "nested '（…）' pairs"),
    "one_char_lines": Case(lambda n: "中\n" * n, 1_000_000, "one-character lines"),
    "lead_lines": Case(lambda n: "本报讯\n" * n, 100_000, "lines '本报讯'"),
    "leads_in_line": Case(lambda n: "本报讯" * n, 100_000, "'本报讯' on one line"),
    "carriage_returns": Case(lambda n: "\r" * n, 1_000_000, "'\\r'"),
    "ideographic_spaces": Case(lambda n: "\u3000" * n, 1_000_000, "U+3000"),
    # suspected from reading the patterns
    "digits_then_space": Case(lambda n: "1" * n + " 中", 1_000_000, "digits, then ' 中'"),
    "space_run_in_line": Case(lambda n: "中" + " " * n + "中", 1_000_000, "spaces between two CJK"),
    "closing_quotes": Case(lambda n: "”" * n + "x\n（李鑫）\n", 100_000, "'”' then 'x', then a byline"),
    "spaced_brackets": Case(lambda n: "中 （" * n, 100_000, "'中 （' on one line"),
    "numbers_in_line": Case(lambda n: "第 1 年，" * n, 100_000, "'第 1 年，' on one line"),
    "markers_in_line": Case(lambda n: "示范区 （高新区） 党工委" * n, 100_000, "markers on one line"),
    "letter_spaced_lines": Case(lambda n: "书 记 吕 沛 主 持 召 开\n" * n, 100_000, "letter-spaced lines"),
}


def probe(name: str, n: int, *, timeout: float = PROBE_TIMEOUT, by_fix: bool = False) -> dict[str, object]:
    """Run ``repair()`` on ``CASES[name].build(n)`` in a child process.

    Returns the child's measurement, or ``{"timeout": timeout}``.
    """
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", name, str(n)]
    if by_fix:
        cmd.append("--by-fix")
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return {"timeout": timeout}
    if done.returncode != 0:
        return {"error": done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "failed"}
    return json.loads(done.stdout)


def _child(name: str, n: int, by_fix: bool) -> None:
    """Measure in this process and print JSON (the child side of :func:`probe`)."""
    import resource

    from newsrepair import FIXERS, repair
    from newsrepair.trace import apply_edits

    build = _normal if name == "normal" else CASES[name].build
    text = build(n)
    base_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result: dict[str, object] = {"bytes": len(text.encode("utf-8"))}
    times: list[float] = []
    for _ in range(3):  # best of 3 while a call is short, else once
        start = time.perf_counter()
        repair(text)
        times.append(time.perf_counter() - start)
        if times[-1] > 0.2:
            break
    result["seconds"] = min(times)
    result["rss_growth_mb"] = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base_rss) / 1024
    if by_fix:
        fixes = {}
        for fix, find in FIXERS.items():
            start = time.perf_counter()
            apply_edits(text, find(text))
            fixes[fix] = time.perf_counter() - start
        result["fixes"] = fixes
    print(json.dumps(result))


@dataclass
class Growth:
    """What the probes of one case showed."""

    sizes: list[tuple[int, dict[str, object]]]

    def ratios(self) -> list[float]:
        """t(10n)/t(n) for each pair of successive probes."""
        times = [float(r["seconds"]) for _, r in self.sizes if "seconds" in r]  # type: ignore[arg-type]
        return [b / a for a, b in zip(times, times[1:]) if a > 0]

    def describe(self) -> str:
        parts = []
        for n, r in self.sizes:
            if "seconds" in r:
                parts.append(f"n={n:,}: {float(r['seconds']):.3g} s")  # type: ignore[arg-type]
            else:
                parts.append(f"n={n:,}: {next(iter(r))} {next(iter(r.values()))}")
        ratios = ", ".join(f"{x:.0f}" for x in self.ratios())
        return "; ".join(parts) + (f"; t(10n)/t(n) = {ratios}" if ratios else "")


def _next_seconds(growth: Growth) -> float:
    """Predicted time of a probe ten times larger than the last one."""
    ratios = growth.ratios()
    return float(growth.sizes[-1][1]["seconds"]) * max(10.0, ratios[-1] if ratios else 10.0)  # type: ignore[arg-type]


def grow(name: str, *, timeout: float = PROBE_TIMEOUT) -> tuple[Growth, str | None]:
    """Probe ``name`` at growing sizes; the reason not to run the full size, if any."""
    full = CASES[name].full
    growth = Growth([])
    for n in (size for size in PROBE_SIZES if size < full):
        result = probe(name, n, timeout=timeout)
        growth.sizes.append((n, result))
        if "seconds" not in result:
            return growth, f"stopped at n={n:,}: {growth.describe()}"
        if _next_seconds(growth) > timeout:
            return growth, f"next probe predicted over {timeout:.0f} s: {growth.describe()}"
    if growth.sizes:
        n, last = growth.sizes[-1]
        ratios = growth.ratios()
        # a step that grows like n**k has t(10n)/t(n) = 10**k
        k = max(1.0, math.log10(ratios[-1])) if ratios and ratios[-1] > 0 else 1.0
        predicted = float(last["seconds"]) * (full / n) ** k  # type: ignore[arg-type]
        if predicted > FULL_BUDGET:
            return growth, f"full size predicted to take {predicted:.0f} s: {growth.describe()}"
    return growth, None


# ------------------------------------------------------------------ pytest


@pytest.mark.parametrize("name", list(CASES))
def test_pathological(measure, normal_rate: float, name: str) -> None:  # type: ignore[no-untyped-def]
    """``repair()`` on one pathological input at full size, after the growth probes."""
    from newsrepair import repair

    _, reason = grow(name)
    if reason:
        pytest.skip(f"{name}: super-linear or too slow, {reason}")
    try:
        text = CASES[name].build(CASES[name].full)
    except LookupError as error:
        pytest.skip(str(error))
    measure(repair, text, group="pathological", label=name, rounds=1)


# ------------------------------------------------------------------ table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Scaling table of repair() on pathological inputs.")
    parser.add_argument("names", nargs="*", help=f"cases (default: all): {', '.join(CASES)}")
    parser.add_argument("--timeout", type=float, default=PROBE_TIMEOUT, help="seconds per child run")
    parser.add_argument("--full", action="store_true", help="also run the full size when predicted to fit")
    parser.add_argument("--by-fix", action="store_true", help="time each fix alone too")
    parser.add_argument("--sizes", help="comma-separated sizes to probe instead of 10k,100k,1M")
    parser.add_argument("--child", nargs=2, metavar=("NAME", "N"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(args.child[0], int(args.child[1]), args.by_fix)
        return 0

    normal = probe("normal", 1_000_000, timeout=args.timeout)
    if "seconds" not in normal:
        print(f"normal page: {normal}", file=sys.stderr)
        return 1
    normal_rate = int(normal["bytes"]) / 1e6 / float(normal["seconds"])  # type: ignore[call-overlap,arg-type]
    print(f"normal page (~1 MB): {normal_rate:.2f} MB/s, peak RSS growth {float(normal['rss_growth_mb']):.0f} MB")  # type: ignore[arg-type]
    print(f"{'case':20s} {'n':>10s} {'MB':>8s} {'seconds':>9s} {'MB/s':>8s} {'normal/this':>11s} {'growth':>11s} {'RSS MB':>7s}")
    print("(growth: t(n)/t(previous n) with the size ratio; linear is growth = ratio)")
    for name in args.names or CASES:
        probes = [int(x) for x in args.sizes.split(",")] if args.sizes else PROBE_SIZES
        sizes = [s for s in probes if s < CASES[name].full]
        if args.full:
            sizes.append(CASES[name].full)
        previous: float | None = None
        previous_n = 0
        timed: list[tuple[int, float]] = []
        for n in sizes:
            r = probe(name, n, timeout=args.timeout, by_fix=args.by_fix)
            if "seconds" not in r:
                print(f"{name:20s} {n:>10,} {'':>8s} {next(iter(r)):>9s} {str(next(iter(r.values())))}")
                break
            seconds = float(r["seconds"])  # type: ignore[arg-type]
            mb = int(r["bytes"]) / 1e6  # type: ignore[call-overlap]
            rate = mb / seconds
            growth = f"{seconds / previous:5.1f} (x{n / previous_n:g})" if previous else ""
            print(
                f"{name:20s} {n:>10,} {mb:8.2f} {seconds:9.3f} {rate:8.2f} {normal_rate / rate:11.2f} {growth:>11s}"
                f" {float(r['rss_growth_mb']):7.0f}"  # type: ignore[arg-type]
            )
            if args.by_fix:
                fixes = r["fixes"]
                print("    " + "  ".join(f"{k} {float(v):.3f}s" for k, v in fixes.items()))  # type: ignore[union-attr]
            previous, previous_n = seconds, n
            done = Growth([(size, {"seconds": t}) for size, t in timed] + [(n, {"seconds": seconds})])
            timed.append((n, seconds))
            if n != sizes[-1] and _next_seconds(done) > args.timeout:
                print(f"{name:20s} {'':>10s} next size predicted to take {_next_seconds(done):.0f} s: not run")
                break
    return 0


if __name__ == "__main__":
    sys.exit(main())
