"""Score repaired text against gold in the corpus format (``FORMAT.md``).

A gold file lists items, each with typed segments; every segment is one
repaired paragraph.  Output of :func:`newsrepair.repair` is one paragraph per
line.  Both are reduced to *content offsets* (offsets in the text with every
whitespace character removed), so that the scores do not depend on how the
whitespace between paragraphs looks:

* paragraph boundaries: the content offsets where a new line (segment)
  starts.  Boundaries between two adjacent titles, between a body and the
  byline after it, and between a caption and the credit after it are
  optional: neither a hit nor a miss;
* spaces: each whitespace run inside a line, at its content offset; a run
  in the output but not in the gold is *spurious*, one in the gold but not
  in the output is *lost*.  Whitespace right after a lead (``本报讯``,
  ``又讯``, ``本报…电``) or after the lead's closing ``）`` is house style
  and ignored;
* content edits: characters inserted, deleted or changed, whitespace aside.
"""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

import regex

_WS = regex.compile(r"\s+")
_OPTIONAL_PAIRS = {("title", "title"), ("body", "byline"), ("caption", "credit")}
_HOUSE_STYLE = regex.compile(
    r"^(?:(?:本报|据?新华社)\p{Han}{0,12}?[电讯]|又讯)(?:（[^）\n]{0,40}）)?"
)


@dataclass
class Score:
    """Counts for one case or a sum of cases; ratios are derived."""

    cases: int = 0
    boundary_hits: int = 0
    boundary_predicted: int = 0
    boundary_gold: int = 0
    spurious_spaces: int = 0
    lost_spaces: int = 0
    content_chars: int = 0
    content_edits: int = 0
    failures: list[str] = field(default_factory=list)

    def __add__(self, other: Score) -> Score:
        return Score(
            self.cases + other.cases,
            self.boundary_hits + other.boundary_hits,
            self.boundary_predicted + other.boundary_predicted,
            self.boundary_gold + other.boundary_gold,
            self.spurious_spaces + other.spurious_spaces,
            self.lost_spaces + other.lost_spaces,
            self.content_chars + other.content_chars,
            self.content_edits + other.content_edits,
            self.failures + other.failures,
        )

    @property
    def precision(self) -> float:
        return self.boundary_hits / self.boundary_predicted if self.boundary_predicted else 1.0

    @property
    def recall(self) -> float:
        return self.boundary_hits / self.boundary_gold if self.boundary_gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def spurious_per_1000(self) -> float:
        return 1000 * self.spurious_spaces / max(1, self.content_chars)

    @property
    def lost_per_1000(self) -> float:
        return 1000 * self.lost_spaces / max(1, self.content_chars)

    def summary(self) -> dict[str, float | int]:
        """The headline figures, rounded for printing."""
        return {
            "cases": self.cases,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "spurious_per_1000": round(self.spurious_per_1000, 4),
            "lost_per_1000": round(self.lost_per_1000, 4),
            "content_edits": self.content_edits,
        }


def _strip_ws(text: str) -> str:
    return _WS.sub("", text)


def _spaces(line: str, offset: int) -> set[int]:
    """Content offsets of the whitespace runs inside ``line``."""
    line = line.strip()
    skip: set[int] = set()
    lead = _HOUSE_STYLE.match(_strip_ws(line))
    if lead:
        for m in regex.finditer(r"[讯电）]", lead.group()):
            skip.add(offset + m.end())
    found: set[int] = set()
    pos = offset
    for part in _WS.split(line):
        pos += len(part)
        found.add(pos)
    found.discard(offset + len(_strip_ws(line)))
    return found - skip


def gold_segments(gold: dict[str, Any]) -> list[tuple[str, str]]:
    """The gold's segments as ``(type, text)`` in reading order."""
    return [(s["type"], s["text"]) for item in gold["items"] for s in item["segments"]]


def score_output(raw: str, gold: dict[str, Any], output: str, *, name: str = "") -> Score:
    """Score one repaired ``output`` of ``raw`` against its ``gold``."""
    score = Score(cases=1)
    raw_content = _strip_ws(raw)
    out_lines = [line for line in output.split("\n") if line.strip()]
    out_content = "".join(_strip_ws(line) for line in out_lines)
    score.content_chars = len(raw_content)
    if out_content != raw_content:
        matcher = difflib.SequenceMatcher(None, raw_content, out_content, autojunk=False)
        score.content_edits = sum(
            max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"
        )
        score.failures.append(f"{name}: content differs ({score.content_edits} edits)")

    required: set[int] = set()
    optional: set[int] = set()
    gold_spaces: set[int] = set()
    pos = 0
    previous = ""
    for i, (kind, text) in enumerate(gold_segments(gold)):
        if i and _strip_ws(text):
            (optional if (previous, kind) in _OPTIONAL_PAIRS else required).add(pos)
        gold_spaces |= _spaces(text, pos)
        pos += len(_strip_ws(text))
        previous = kind
    optional -= required

    predicted: set[int] = set()
    out_spaces: set[int] = set()
    pos = 0
    for i, line in enumerate(out_lines):
        if i:
            predicted.add(pos)
        out_spaces |= _spaces(line, pos)
        pos += len(_strip_ws(line))
    predicted -= optional
    score.boundary_predicted = len(predicted)
    score.boundary_gold = len(required)
    score.boundary_hits = len(predicted & required)
    score.spurious_spaces = len(out_spaces - gold_spaces)
    score.lost_spaces = len(gold_spaces - out_spaces)
    return score


@dataclass(frozen=True)
class Case:
    """A corpus case: raw text and gold."""

    name: str
    raw: str
    gold: dict[str, Any]


def load_cases(directory: str | Path) -> Iterator[Case]:
    """Cases ``<id>.raw.txt`` / ``<id>.gold.json`` of a corpus folder, sorted by id."""
    for raw_path in sorted(Path(directory).glob("*.raw.txt")):
        name = raw_path.name[: -len(".raw.txt")]
        gold_path = raw_path.with_name(name + ".gold.json")
        if gold_path.exists():
            yield Case(
                name,
                raw_path.read_text(encoding="utf-8"),
                json.loads(gold_path.read_text(encoding="utf-8")),
            )


def score_cases(cases: Iterable[Case], repair: Any) -> tuple[Score, dict[str, Score]]:
    """Run ``repair`` over ``cases``; the total and the score of each case."""
    total = Score()
    each: dict[str, Score] = {}
    for case in cases:
        each[case.name] = score_output(case.raw, case.gold, repair(case.raw), name=case.name)
        total = total + each[case.name]
    return total, each
