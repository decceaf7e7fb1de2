"""Fuzz newsrepair's promises: never raise, keep content, idempotent, honest trace.

One command (atheris, ``pip install -e '.[fuzz]'``); with ``NEWSREPAIR_FUZZ_FINDINGS=FILE``
it records one example of each kind of failure in FILE and goes on fuzzing::

    nice -n 10 python fuzz/fuzz_repair.py -max_total_time=1800 -max_len=4096 fuzz/corpus

Without atheris the same checks run as a long hypothesis profile::

    NEWSREPAIR_FUZZ=1 python -m pytest -q tests/test_fuzz_regressions.py

Each input is turned into text in one of four ways (arbitrary Unicode, a
simulated damaged page spliced with fuzz bytes, a string of tokens that
matter to the repair, or bytes through :mod:`newsrepair.decoding`), and the
text goes through :func:`check_text`.  A failing check raises, and atheris
saves the input as ``crash-*``; keep every finding as a test in
``tests/test_fuzz_regressions.py``.
"""

from __future__ import annotations

import os
import sys
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from checks import TOKENS, check_bytes, check_text  # noqa: E402


def text_from(data: bytes) -> tuple[str, bytes | None]:
    """The text an input stands for (and the bytes, for the decoding path)."""
    import atheris

    fdp = atheris.FuzzedDataProvider(data)
    mode = fdp.ConsumeIntInRange(0, 3)
    if mode == 0:
        return fdp.ConsumeUnicode(fdp.remaining_bytes()), None
    if mode == 1:
        from newsrepair.simulate import simulate

        seed = fdp.ConsumeIntInRange(0, 1 << 20)
        page = simulate(seed=seed, articles=(1, 2), paragraphs=(1, 3)).text
        cut = fdp.ConsumeIntInRange(0, len(page))
        return page[:cut] + fdp.ConsumeUnicode(64) + page[cut:], None
    if mode == 2:
        count = fdp.ConsumeIntInRange(0, 200)
        return (
            "".join(TOKENS[fdp.ConsumeIntInRange(0, len(TOKENS) - 1)] for _ in range(count)),
            None,
        )
    raw = fdp.ConsumeBytes(fdp.remaining_bytes())
    return "", raw


_FINDINGS = os.environ.get("NEWSREPAIR_FUZZ_FINDINGS")
if _FINDINGS and os.path.isdir(_FINDINGS):  # a folder: the file goes in it
    _FINDINGS = os.path.join(_FINDINGS, "findings.txt")
_SEEN: dict[str, int] = {}
_PER_KIND = 20


def test_one_input(data: bytes) -> None:
    text, raw = text_from(data)
    try:
        if raw is not None:
            check_bytes(raw)
        else:
            check_text(text)
    except Exception as error:  # noqa: BLE001 - every failure is a finding
        if not _FINDINGS:
            raise
        # keep fuzzing; record the first examples of each kind, then one in 200
        kind = f"{type(error).__name__}: {str(error).split(':')[0][:60]}"
        _SEEN[kind] = _SEEN.get(kind, 0) + 1
        if _SEEN[kind] <= _PER_KIND or _SEEN[kind] % 200 == 0:
            with open(_FINDINGS, "a", encoding="utf-8") as out:
                payload = raw if raw is not None else text
                out.write(f"{kind}\t{payload!r}\n")


def main(argv: list[str] | None = None) -> Any:
    import atheris

    import newsrepair.articles  # noqa: F401
    import newsrepair.decoding  # noqa: F401
    import newsrepair.simulate  # noqa: F401

    atheris.instrument_all()
    atheris.Setup(sys.argv if argv is None else argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
