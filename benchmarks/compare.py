"""newsrepair against the peers that rejoin broken lines, side by side.

    python benchmarks/compare.py [--rounds 5] [--times 100] [--json]
                                 [--compiled PATH | --build-compiled]

Runs in ONE process on the same input (the normal page repeated ``--times``
times): every round calls each contender once, in turn, so that a slow
moment of a shared machine hits all of them alike; the best round counts.
Peers that are not installed are left out (``pip install -e .[bench]``
installs them):

* opencc-pyo3 ``reflow_cjk_paragraphs`` (Rust): merges CJK line breaks;
* unstructured ``group_broken_paragraphs`` (Python regexes).

With ``--compiled PATH`` (a folder holding the compiled build, e.g. made by
``NEWSREPAIR_MYPYC=1 pip install --no-deps --target PATH .``) or
``--build-compiled`` (builds one into a temporary folder, as
tests/test_compiled.py does), the compiled ``repair()`` and ``join_lines``
run too, in a subprocess that imports that build: every round, this process
times its contenders, then the subprocess times its own while this one
waits, so the rounds stay interleaved.

With ``--phases``, it also times each fix of ``repair()`` as the pipeline
runs it (on the text the fixes before it leave), in rounds interleaved with
the fastest peer, and prints each fix's share of the peer's whole run: what
is left for the line join once the other fixes have run.  The fixes are
those of the package this process imports (run it with ``PYTHONPATH`` set
to a compiled build to see the compiled ones).

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
import os
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
from contextlib import ExitStack
from pathlib import Path
from typing import Any, Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))

from conftest import load_page, megabytes, repeat_page  # noqa: E402

Contender = Callable[[str], object]
Times = dict[tuple[str, int], float]

ROOT = Path(__file__).resolve().parent.parent
COMPILED = "newsrepair compiled"


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


def one_round(funcs: dict[str, Contender], texts: list[str]) -> Times:
    """Wall time of each function on each text, keyed by (name, index of text)."""
    times: Times = {}
    for name, fn in funcs.items():
        for i, text in enumerate(texts):
            gc.collect()
            start = time.perf_counter()
            fn(text)
            times[name, i] = time.perf_counter() - start
    return times


def best_times(
    funcs: dict[str, Contender], texts: list[str], rounds: int, worker: CompiledWorker | None = None
) -> Times:
    """Best wall time of each function on each text, keyed by (name, index of text).

    Every round calls every function on every text once, in turn, then lets
    ``worker`` time its own, so that a busy moment of the machine falls on
    all of them alike.
    """
    best: Times = {}
    for _ in range(rounds):
        times = one_round(funcs, texts)
        if worker is not None:
            times.update(worker.round())
        for key, seconds in times.items():
            best[key] = min(best.get(key, float("inf")), seconds)
    return best


# ------------------------------------------------------------------ the compiled build


def compiled_contenders() -> dict[str, Contender]:
    """The compiled build's contenders, in the worker subprocess."""
    from newsrepair import repair
    from newsrepair.paragraphs import join_lines

    return {f"{COMPILED} repair()": repair, f"{COMPILED} join_lines": join_lines}


class CompiledWorker:
    """A subprocess running this script with the compiled build first on its path."""

    def __init__(self, build: Path, times: int) -> None:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(build), os.environ.get("PYTHONPATH", "")])}
        args = [sys.executable, __file__, "--worker", "--times", str(times)]
        self.process = subprocess.Popen(args, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        #: where the worker's newsrepair is, and which of its modules are compiled
        self.build: dict[str, Any] = self._ask("build")
        if not self.build["compiled"]:
            self.close()
            raise SystemExit(f"no compiled build in {build}: the worker imported {self.build['file']}")

    def _ask(self, command: str) -> dict[str, Any]:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        answer = self.process.stdout.readline()
        if not answer:
            raise SystemExit(f"the compiled worker stopped (exit code {self.process.wait()})")
        return json.loads(answer)

    def round(self) -> Times:
        return {(name, i): seconds for name, i, seconds in self._ask("round")["times"]}

    def peak_memory(self) -> int:
        return int(self._ask("memory")["bytes"])

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait()


def serve(times: int) -> int:
    """The worker: answer the commands of :class:`CompiledWorker` on stdin, one JSON line each."""
    import newsrepair
    from newsrepair import _build

    page, _ = load_page() or ("", "")
    texts = [repeat_page(page, times), repeat_page(page, max(1, times // 10))]
    funcs = compiled_contenders()
    for command in sys.stdin:
        command = command.strip()
        if command == "build":
            answer: dict[str, object] = {"file": newsrepair.__file__, "compiled": list(_build.compiled_modules())}
        elif command == "round":
            answer = {"times": [[name, i, t] for (name, i), t in one_round(funcs, texts).items()]}
        elif command == "memory":
            answer = {"bytes": peak_memory(funcs[f"{COMPILED} repair()"], texts[0])}
        else:
            answer = {"error": f"unknown command {command!r}"}
        print(json.dumps(answer), flush=True)
    return 0


def build_compiled(folder: Path) -> Path:
    """Build the compiled modules of this checkout into ``folder`` (setup.py, in place)."""
    for name in ("setup.py", "pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, folder / name)
    shutil.copytree(ROOT / "newsrepair", folder / "newsrepair", ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    print(f"building the compiled modules in {folder} ...", file=sys.stderr)
    done = subprocess.run(
        [sys.executable, "setup.py", "build_ext", "--inplace"],
        cwd=folder,
        env={**os.environ, "NEWSREPAIR_MYPYC": "1"},
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"the compiled build failed:\n{(done.stdout + done.stderr)[-3000:]}")
    return folder


def fix_steps(text: str) -> list[tuple[str, Callable[[str], str], str]]:
    """(name, fix, its input) for each fix :func:`newsrepair.repair` runs by default, in its order.

    Each fix is the one ``repair()`` calls (:func:`newsrepair.pipeline.text_fixes`),
    given the text that the fixes before it leave.
    """
    from newsrepair.pipeline import RepairOptions, text_fixes

    steps: list[tuple[str, Callable[[str], str], str]] = []
    for name, fix in text_fixes(RepairOptions()):
        steps.append((name, fix, text))
        text = fix(text)
    return steps


def phase_times(text: str, peer: Contender, rounds: int) -> tuple[float, dict[str, float]]:
    """Best time of ``peer`` on ``text`` and of each fix of ``repair()`` on its input, interleaved."""
    steps = fix_steps(text)
    peer_best = float("inf")
    best = {name: float("inf") for name, _, _ in steps}
    for _ in range(rounds):
        gc.collect()
        start = time.perf_counter()
        peer(text)
        peer_best = min(peer_best, time.perf_counter() - start)
        for name, fix, given in steps:
            gc.collect()
            start = time.perf_counter()
            fix(given)
            best[name] = min(best[name], time.perf_counter() - start)
    return peer_best, best


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
    build = parser.add_mutually_exclusive_group()
    build.add_argument("--compiled", type=Path, metavar="PATH", help="a folder holding the compiled build; run it too")
    build.add_argument("--build-compiled", action="store_true", help="build the compiled modules in a temporary folder; run them too")
    parser.add_argument(
        "--phases", action="store_true", help="also time each fix of repair() against the fastest peer's whole run"
    )
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        return serve(args.times)

    found = load_page()
    if found is None:
        print("no input page: neither ../shared/seeds nor examples/*.txt is here", file=sys.stderr)
        return 1
    page, source = found
    big = repeat_page(page, args.times)
    small = repeat_page(page, max(1, args.times // 10))
    mb_big = megabytes(big)
    funcs = contenders()

    with ExitStack() as stack:
        folder = args.compiled
        if args.build_compiled:
            folder = build_compiled(Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="newsrepair-compiled-"))))
        worker = CompiledWorker(folder.resolve(), args.times) if folder else None
        if worker:
            stack.callback(worker.close)
        times = best_times(funcs, [big, small], args.rounds, worker)
        memory = {"newsrepair repair()": peak_memory(funcs["newsrepair repair()"], big)}
        if worker:
            memory[f"{COMPILED} repair()"] = worker.peak_memory()
            built = f"{worker.build['file']} (compiled: {', '.join(worker.build['compiled'])})"

    from newsrepair import _build

    names = list(dict.fromkeys(name for name, _ in times))
    t_big = {name: times[name, 0] for name in names}
    t_small = {name: times[name, 1] for name in names}
    rates = {name: mb_big / t for name, t in t_big.items()}
    ours = {name: rate for name, rate in rates.items() if name.startswith("newsrepair")}
    peers = {name: rate for name, rate in rates.items() if not name.startswith("newsrepair")}
    growth_key = f"t(x{args.times})/t(x{max(1, args.times // 10)})"
    report: dict[str, object] = {
        "input": f"{source} x{args.times}",
        "MB": round(mb_big, 3),
        "rounds": args.rounds,
        "this process": f"compiled: {', '.join(_build.compiled_modules())}" if _build.compiled_modules() else "pure Python",
        "MB/s": {name: round(rate, 2) for name, rate in rates.items()},
        "ours/peer": {
            f"{mine} / {peer}": round(mine_rate / peer_rate, 3)
            for mine, mine_rate in ours.items()
            for peer, peer_rate in peers.items()
        },
        growth_key: {name: round(t_big[name] / t_small[name], 2) for name in names},
        "peak memory / UTF-8 input": {name: round(peak / (mb_big * 1e6), 2) for name, peak in memory.items()},
    }
    if args.phases and not peers:
        print("--phases times the fixes against a peer, and none is installed: pip install -e '.[bench]'", file=sys.stderr)
    elif args.phases:
        fastest = max(peers, key=peers.__getitem__)
        peer_time, fix_times = phase_times(big, funcs[fastest], args.rounds)
        others = sum(t for name, t in fix_times.items() if name != "join_lines")
        report["phases"] = {
            "peer": fastest,
            "peer ms": round(peer_time * 1000, 1),
            "fix ms": {name: round(t * 1000, 1) for name, t in fix_times.items()},
            "fixes but join_lines / peer": round(others / peer_time, 3),
        }
    if worker:
        report["compiled build"] = built
        report["compiled/pure"] = {
            name: round(rates[f"{COMPILED} {name}"] / rates[f"newsrepair {name}"], 3) for name in ("repair()", "join_lines")
        }
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return 0
    print(f"input: {report['input']}, {mb_big:.2f} MB UTF-8; best of {args.rounds} interleaved rounds")
    print(f"  newsrepair in this process: {report['this process']}")
    if worker:
        print(f"  {COMPILED}: {built}")
    for name, rate in rates.items():
        print(f"  {name:40s} {t_big[name] * 1000:9.1f} ms {rate:8.2f} MB/s   {growth_key} = {t_big[name] / t_small[name]:5.2f}")
    for pair, ratio in report["ours/peer"].items():  # type: ignore[attr-defined]
        print(f"  ratio {pair:80s} {ratio:6.3f}")
    for name, ratio in report.get("compiled/pure", {}).items():  # type: ignore[attr-defined]
        pair = f"{COMPILED} {name} / newsrepair {name}"
        print(f"  ratio {pair:80s} {ratio:6.3f}")
    for name, peak in memory.items():
        print(f"  {name} peak memory (tracemalloc): {peak / 1e6:.1f} MB = {peak / (mb_big * 1e6):.2f}x the UTF-8 input")
    phases = report.get("phases")
    if isinstance(phases, dict):
        peer_ms = phases["peer ms"]
        print(f"  each fix of repair() in this process, against {phases['peer']} ({peer_ms:.1f} ms, same rounds):")
        for name, ms in phases["fix ms"].items():
            print(f"    {name:24s} {ms:8.1f} ms  {ms / peer_ms:6.3f}x the peer's whole run")
        print(f"    {'all but join_lines':24s} {'':8s}     {phases['fixes but join_lines / peer']:6.3f}x the peer's whole run")
    return 0


if __name__ == "__main__":
    sys.exit(main())
