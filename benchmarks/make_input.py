"""Write simulated damaged newspaper text of any size, for the speed suite.

    python benchmarks/make_input.py --chars 1000000 --seed 0 [--preset pdftotext] > big.txt

Whole simulated pages (see :func:`newsrepair.simulate.make_input`) are joined
with form feeds until the text has at least ``--chars`` characters; the same
seed gives the same text.  With ``--gold DIR`` it writes a corpus case
(``<id>.raw.txt`` and ``<id>.gold.json``) per page instead, for
``benchmarks/quality.py --cases DIR``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from newsrepair.simulate import PRESETS, make_input, simulate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=100_000, help="at least this many characters")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--preset", default="pdftotext", choices=sorted(PRESETS))
    parser.add_argument("--gold", metavar="DIR", help="write corpus cases (raw + gold) into DIR")
    parser.add_argument("--pages", type=int, default=20, help="with --gold: how many pages")
    args = parser.parse_args(argv)
    if args.chars < 0:
        parser.error(f"invalid --chars {args.chars!r} (must be >= 0)")
    if args.gold:
        folder = Path(args.gold)
        folder.mkdir(parents=True, exist_ok=True)
        for seed in range(args.seed, args.seed + args.pages):
            damaged = simulate(seed=seed, options=args.preset)
            name = f"sim-{args.preset}-{seed:06d}"
            gold = {**damaged.gold, "id": name}
            (folder / f"{name}.raw.txt").write_text(damaged.text, encoding="utf-8")
            (folder / f"{name}.gold.json").write_text(
                json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8"
            )
        return 0
    sys.stdout.write(make_input(args.chars, seed=args.seed, options=args.preset))
    return 0


if __name__ == "__main__":
    sys.exit(main())
