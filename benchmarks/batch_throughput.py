"""Batch throughput of the ``newsrepair`` command: ``--jobs 1`` against ``--jobs 2``.

    python benchmarks/batch_throughput.py [--files 1000] [--jobs 1 2] [--mode in-place] [--abba]

Makes ``--files`` damaged pages in a temporary folder (windows of the seed
page in ``../shared/seeds/``, or of ``examples/sample_page.txt`` where the
seed is absent, with varied lengths and a page number line each), then runs
the installed ``newsrepair`` script on the folder once per ``--jobs`` value,
each time on a fresh copy, and prints files, MB (10**6 bytes of input),
seconds, MB/s and the speed-up over the first value.  The time is wall time
of the whole command, start-up included.

Modes: ``in-place`` (default: read, repair, write back atomically),
``check`` (read and repair only) and ``stdout`` (results sent back to the
main process and written to /dev/null).

The target of issue 4 is a speed-up of at least 1.6 with two jobs on a
two-core machine.  Other processes on the machine lower it: run it on an
idle machine for a number to quote.  The CPU seconds (the command and its
worker processes) do not depend on the load: if ``--jobs 2`` takes about the
CPU time of ``--jobs 1``, parallel running costs little, and CPU/wall shows
how many cores the run actually got.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seeds" / "000_8c683cb379fcf1e5.txt"
SAMPLE = ROOT / "examples" / "sample_page.txt"


def source_lines() -> list[str]:
    """Lines of the real page the files are cut from."""
    path = SEED if SEED.exists() else SAMPLE
    return path.read_text(encoding="utf-8").splitlines(keepends=True)


def make_files(folder: Path, count: int, *, seed: int = 4) -> int:
    """Write ``count`` page files under ``folder`` (in 10 subfolders); return their bytes."""
    lines = source_lines()
    rng = random.Random(seed)
    total = 0
    for n in range(count):
        length = rng.randint(len(lines) // 4, len(lines))
        start = rng.randint(0, len(lines) - length)
        text = f"第{n % 16 + 1}版\n" + "".join(lines[start : start + length])
        sub = folder / f"part{n % 10}"
        sub.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        (sub / f"page{n:05d}.txt").write_bytes(data)
        total += len(data)
    return total


def script() -> str:
    """The installed ``newsrepair`` next to this Python, else ``python -m newsrepair``."""
    found = shutil.which("newsrepair", path=str(Path(sys.executable).parent))
    return found or ""


def run_once(folder: Path, jobs: int, mode: str) -> tuple[float, float]:
    """Wall and CPU seconds (of the command and its workers) for one run on ``folder``."""
    command = [script()] if script() else [sys.executable, "-m", "newsrepair"]
    command += ["--quiet", "--jobs", str(jobs)]
    command += {"in-place": ["--in-place"], "check": ["--check"], "stdout": []}[mode]
    command.append(str(folder))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    allowed = {0, 1} if mode == "check" else {0}
    if done.returncode not in allowed:
        raise SystemExit(f"newsrepair failed ({done.returncode}): {done.stderr.decode()}")
    return elapsed, cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--mode", choices=["in-place", "check", "stdout"], default="in-place")
    parser.add_argument("--abba", action="store_true",
                        help="run the --jobs values forwards then backwards and average, "
                             "so that a load that rises or falls during the runs cancels out")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="newsrepair-bench-") as tmp:
        pristine = Path(tmp) / "pristine"
        size = make_files(pristine, args.files)
        print(f"{args.files} files, {size / 1e6:.1f} MB, mode {args.mode}, "
              f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f}")
        order = list(args.jobs) + (list(reversed(args.jobs)) if args.abba else [])
        times: dict[int, list[tuple[float, float]]] = {}
        for jobs in order:
            work = Path(tmp) / f"jobs{jobs}"
            shutil.copytree(pristine, work)
            times.setdefault(jobs, []).append(run_once(work, jobs, args.mode))
            shutil.rmtree(work)
        first = None
        for jobs in args.jobs:
            runs = times[jobs]
            seconds = sum(wall for wall, _ in runs) / len(runs)
            cpu = sum(used for _, used in runs) / len(runs)
            rate = size / 1e6 / seconds
            first = first or rate
            print(f"--jobs {jobs}: {seconds:6.2f} s  {rate:5.2f} MB/s  "
                  f"speed-up {rate / first:.2f}x  CPU {cpu:6.2f} s  "
                  f"(CPU/wall {cpu / seconds:.2f})  [{len(runs)} run(s)]")
        print(f"load average at the end {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
