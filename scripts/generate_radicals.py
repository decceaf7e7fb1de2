"""Generate newsrepair/_radicals.py from Unicode's EquivalentUnifiedIdeograph.txt.

The table maps every code point of the Kangxi Radicals block (U+2F00-U+2FDF)
and the CJK Radicals Supplement block (U+2E80-U+2EFF) that has an
Equivalent_Unified_Ideograph to that ideograph.  CJK Strokes (U+31C0 block)
are left out: strokes are not glyph stand-ins for characters of running text.

Usage (Debian/Ubuntu; the data file comes with the ``unicode-data`` package)::

    apt-get install unicode-data
    python scripts/generate_radicals.py            # writes newsrepair/_radicals.py
    python scripts/generate_radicals.py --check    # exit 1 if the file is stale

``--source PATH`` reads the data file from elsewhere (for example a copy of
https://www.unicode.org/Public/UCD/latest/ucd/EquivalentUnifiedIdeograph.txt).
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path

DEFAULT_SOURCE = Path("/usr/share/unicode/EquivalentUnifiedIdeograph.txt")
TARGET = Path(__file__).resolve().parent.parent / "newsrepair" / "_radicals.py"

#: The two radical blocks the table covers, as inclusive code point ranges.
BLOCKS = ((0x2E80, 0x2EFF), (0x2F00, 0x2FDF))


def parse(text: str) -> dict[int, int]:
    """Map each radical code point to its equivalent unified ideograph.

    Data lines look like ``2E8C..2E8D ; 5C0F  # comment`` or ``2F00 ; 4E00``.
    """
    table: dict[int, int] = {}
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        source, target = (field.strip() for field in line.split(";"))
        first, _, last = source.partition("..")
        ideograph = int(target, 16)
        for code in range(int(first, 16), int(last or first, 16) + 1):
            if any(lo <= code <= hi for lo, hi in BLOCKS):
                table[code] = ideograph
    return table


def version_line(text: str) -> str:
    """The file's own first comment line, naming its Unicode version."""
    first = text.splitlines()[0] if text else ""
    return first.lstrip("# ").strip()


def render(table: dict[int, int], version: str) -> str:
    """The Python source of newsrepair/_radicals.py."""
    lines = [
        '"""Radical code points and the unified ideographs they stand for.',
        "",
        "GENERATED FILE - do not edit by hand.  Regenerate with",
        "``python scripts/generate_radicals.py`` (reads EquivalentUnifiedIdeograph.txt",
        "from the Debian ``unicode-data`` package).",
        "",
        f"Source: {version}.",
        f"Entries: {len(table)} (Kangxi Radicals and CJK Radicals Supplement blocks).",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "#: Radical code point -> equivalent unified ideograph.",
        "RADICAL_TO_IDEOGRAPH: dict[str, str] = {",
    ]
    for code in sorted(table):
        ideograph = table[code]
        name = unicodedata.name(chr(code), f"U+{code:04X}")
        lines.append(f"    \"\\u{code:04x}\": \"{_escape(ideograph)}\",  # {name} -> {chr(ideograph)}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _escape(code: int) -> str:
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def main(argv: list[str] | None = None) -> int:
    """Write (or with ``--check`` verify) the generated table; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--output", type=Path, default=TARGET)
    parser.add_argument("--check", action="store_true", help="exit 1 if the output is stale")
    args = parser.parse_args(argv)
    if not args.source.exists():
        print(
            f"{args.source} not found: install the 'unicode-data' package "
            "(apt-get install unicode-data) or pass --source",
            file=sys.stderr,
        )
        return 2
    text = args.source.read_text(encoding="utf-8")
    source = render(parse(text), version_line(text))
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != source:
            print(f"{args.output} is stale; rerun scripts/generate_radicals.py", file=sys.stderr)
            return 1
        return 0
    args.output.write_text(source, encoding="utf-8")
    print(f"wrote {len(parse(text))} entries to {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
