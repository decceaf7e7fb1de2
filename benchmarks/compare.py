"""newsrepair against the peers that rejoin broken lines, side by side.

    python benchmarks/compare.py [--rounds 5] [--times 100] [--json]

Runs in ONE process on the same input (the normal page repeated ``--times``
times): every round calls each contender once, in turn, so that a slow
moment of a shared machine hits all of them alike; the best round counts.
Peers that are not installed are left out (``pip install -e .[bench]``
installs them):

* opencc-pyo3 ``reflow_cjk_paragraphs`` (Rust): merges CJK line breaks;
* unstructured ``group_broken_paragraphs`` (Python regexes).

Then prints t(x100)/t(x10) for each contender (10 is linear; target at most
11; the peers are linear, so their figure shows how noisy the machine was) and the peak memory ``repair()`` allocates (tracemalloc) relative to the
UTF-8 size of its input (target at most 8).

Targets of issue 5: ``repair()`` at least 1.2 times the throughput of
``reflow_cjk_paragraphs``; the line-join step alone at least 2 times.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))

from conftest import load_page, megabytes, repeat_page  # noqa: E402

Contender = Callable[[str], object]


def contenders() -> dict[str, Contender]:
    """Ours, then every installed peer."""
    from newsrepair import repair
    from newsrepair.paragraphs import join_lines

    found: dict[str, Contender] = {"newsrepair repair()": repair, "newsrepair join_lines": join_lines}
    try:
        # the function lives in the compiled module; the package does not re-export it
        from opencc_pyo3.opencc_pyo3 import reflow_cjk_paragraphs  # type: ignore[import-not-found]
    except ImportError:
        pass
    else:
        # compact: one paragraph per line, as newsrepair writes them;
        # add_pdf_page_header=False: gaps without punctuation are joined, as we do
        found["opencc-pyo3 reflow_cjk_paragraphs"] = lambda text: reflow_cjk_paragraphs(text, False, True)
    try:
        from unstructured.cleaners.core import group_broken_paragraphs  # type: ignore[import-not-found]
    except ImportError:
        pass
    else:
        found["unstructured group_broken_paragraphs"] = group_broken_paragraphs
    return found


def best_times(funcs: dict[str, Contender], texts: list[str], rounds: int) -> dict[tuple[str, int], float]:
    """Best wall time of each function on each text, keyed by (name, index of text).

    Every round calls every function on every text once, in turn, so that
    a busy moment of the machine falls on all of them alike.
    """
    best = {(name, i): float("inf") for name in funcs for i in range(len(texts))}
    for _ in range(rounds):
        for name, fn in funcs.items():
            for i, text in enumerate(texts):
                gc.collect()
                start = time.perf_counter()
                fn(text)
                best[name, i] = min(best[name, i], time.perf_counter() - start)
    return best


def peak_memory(fn: Contender, text: str) -> int:
    """Peak bytes that ``fn(text)`` allocates beyond what exists before the call."""
    gc.collect()
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        before = tracemalloc.get_traced_memory()[0]
        fn(text)
        return tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="rounds; the best counts (default 5)")
    parser.add_argument("--times", type=int, default=100, help="page repetitions (default 100)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args(argv)

    found = load_page()
    if found is None:
        print("no input page: neither ../shared/seeds nor examples/*.txt is here", file=sys.stderr)
        return 1
    page, source = found
    big = repeat_page(page, args.times)
    small = repeat_page(page, max(1, args.times // 10))
    mb_big, mb_small = megabytes(big), megabytes(small)
    funcs = contenders()

    times = best_times(funcs, [big, small], args.rounds)
    t_big = {name: times[name, 0] for name in funcs}
    t_small = {name: times[name, 1] for name in funcs}
    memory = peak_memory(funcs["newsrepair repair()"], big)

    rates = {name: mb_big / t for name, t in t_big.items()}
    ours = {name: rate for name, rate in rates.items() if name.startswith("newsrepair")}
    peers = {name: rate for name, rate in rates.items() if not name.startswith("newsrepair")}
    report = {
        "input": f"{source} x{args.times}",
        "MB": round(mb_big, 3),
        "rounds": args.rounds,
        "MB/s": {name: round(rate, 2) for name, rate in rates.items()},
        "ours/peer": {
            f"{mine} / {peer}": round(mine_rate / peer_rate, 3)
            for mine, mine_rate in ours.items()
            for peer, peer_rate in peers.items()
        },
        f"t(x{args.times})/t(x{max(1, args.times // 10)})": {
            name: round(t_big[name] / t_small[name], 2) for name in funcs
        },
        "repair() peak memory / UTF-8 input": round(memory / (mb_big * 1e6), 2),
    }
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return 0
    print(f"input: {report['input']}, {mb_big:.2f} MB UTF-8; best of {args.rounds} interleaved rounds")
    for name, rate in rates.items():
        growth = t_big[name] / t_small[name]
        print(f"  {name:40s} {t_big[name] * 1000:9.1f} ms {rate:8.2f} MB/s   t(x{args.times})/t(x{max(1, args.times // 10)}) = {growth:5.2f}")
    for pair, ratio in report["ours/peer"].items():  # type: ignore[union-attr]
        print(f"  ratio {pair:80s} {ratio:6.3f}")
    print(f"  repair() peak memory (tracemalloc): {memory / 1e6:.1f} MB = {report['repair() peak memory / UTF-8 input']}x the UTF-8 input")
    return 0


if __name__ == "__main__":
    sys.exit(main())
