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
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Iterable, Iterator, TypeVar

import regex

from .chars import ANY_SPACE

#: White space as str.isspace has it (line rejoining breaks lines at U+001C-001E too).
_WS = regex.compile(f"{ANY_SPACE}+")
_OPTIONAL_PAIRS = {("title", "title"), ("body", "byline"), ("caption", "credit")}
_HOUSE_STYLE = regex.compile(
    r"^(?:(?:本报|据?新华社)\p{Han}{0,12}?[电讯]|又讯)(?:（[^）\n]{0,40}）)?"
)


_Counts = TypeVar("_Counts", bound="_BoundaryCounts")


@dataclass
class _BoundaryCounts:
    """Counts that add up field by field, with boundary precision, recall and F1."""

    cases: int = 0
    boundary_hits: int = 0
    boundary_predicted: int = 0
    boundary_gold: int = 0

    def __add__(self: _Counts, other: _Counts) -> _Counts:
        return type(self)(
            **{f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(self)}
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


@dataclass
class Score(_BoundaryCounts):
    """Counts for one case or a sum of cases; ratios are derived."""

    spurious_spaces: int = 0
    lost_spaces: int = 0
    content_chars: int = 0
    content_edits: int = 0
    failures: list[str] = field(default_factory=list)

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


# ------------------------------------------------------------------ articles
#
# Article scoring compares items, not lines.  Every item is reduced to its
# content span (whitespace-free offsets).  The article boundaries are the
# content offsets where an item starts (the first item, which always starts
# at 0, is left out); a predicted start is a hit when a gold item starts
# there.  Title accuracy takes each gold article that has a title, finds the
# predicted item that shares most content with it, and compares all title
# text of the two items, whitespace removed.  A photo is recognised when a
# predicted ``photo`` item spans exactly the content of a gold photo.


@dataclass
class ArticleScore(_BoundaryCounts):
    """Counts of article scoring for one case or a sum of cases."""

    titled_gold: int = 0
    titles_correct: int = 0
    photos_gold: int = 0
    photos_found: int = 0
    photos_predicted: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def title_accuracy(self) -> float:
        return self.titles_correct / self.titled_gold if self.titled_gold else 1.0

    @property
    def photo_recall(self) -> float:
        return self.photos_found / self.photos_gold if self.photos_gold else 1.0

    @property
    def photo_precision(self) -> float:
        return self.photos_found / self.photos_predicted if self.photos_predicted else 1.0

    def summary(self) -> dict[str, float | int]:
        """The headline figures, rounded for printing."""
        return {
            "cases": self.cases,
            "article_precision": round(self.precision, 4),
            "article_recall": round(self.recall, 4),
            "article_f1": round(self.f1, 4),
            "title_accuracy": round(self.title_accuracy, 4),
            "photo_recall": round(self.photo_recall, 4),
            "photo_precision": round(self.photo_precision, 4),
        }


@dataclass(frozen=True)
class ItemSpan:
    """An item reduced to its kind, content span and title text."""

    kind: str
    start: int
    end: int
    title: str


def item_spans(items: Iterable[dict[str, Any]]) -> list[ItemSpan]:
    """Content spans of items in the corpus format, empty items left out.

    >>> item_spans([{"kind": "noise", "segments": [{"type": "noise", "text": "第5版"}]},
    ...             {"kind": "article", "segments": [{"type": "title", "text": "标 题"},
    ...                                              {"type": "body", "text": "正文。"}]}])
    [ItemSpan(kind='noise', start=0, end=3, title=''), ItemSpan(kind='article', start=3, end=8, title='标题')]
    """
    spans: list[ItemSpan] = []
    pos = 0
    for item in items:
        size = 0
        title = []
        for segment in item["segments"]:
            text = _strip_ws(segment["text"])
            size += len(text)
            if segment["type"] == "title":
                title.append(text)
        if size:
            spans.append(ItemSpan(item["kind"], pos, pos + size, "".join(title)))
        pos += size
    return spans


def score_items(
    raw: str, gold: dict[str, Any], items: Iterable[dict[str, Any]], *, name: str = ""
) -> ArticleScore:
    """Score predicted ``items`` (corpus format, e.g. ``Item.to_dict()``) of ``raw``."""
    items = list(items)
    score = ArticleScore(cases=1)
    content = "".join(_strip_ws(s["text"]) for item in items for s in item["segments"])
    if content != _strip_ws(raw):
        score.failures.append(f"{name}: item content differs from the raw content")
    predicted = item_spans(items)
    expected = item_spans(gold["items"])
    predicted_starts = {s.start for s in predicted} - {0}
    gold_starts = {s.start for s in expected} - {0}
    score.boundary_predicted = len(predicted_starts)
    score.boundary_gold = len(gold_starts)
    score.boundary_hits = len(predicted_starts & gold_starts)

    for want in expected:
        if want.kind == "article" and want.title:
            score.titled_gold += 1
            best = max(
                predicted,
                key=lambda s: min(s.end, want.end) - max(s.start, want.start),
                default=None,
            )
            if best is not None and best.title == want.title:
                score.titles_correct += 1
            else:
                got = best.title if best else ""
                score.failures.append(f"{name}: title {want.title!r} -> {got!r}")
    photos = {(s.start, s.end) for s in predicted if s.kind == "photo"}
    gold_photos = {(s.start, s.end) for s in expected if s.kind == "photo"}
    score.photos_gold = len(gold_photos)
    score.photos_predicted = len(photos)
    score.photos_found = len(photos & gold_photos)
    for start, end in sorted(gold_photos - photos):
        score.failures.append(f"{name}: photo at content {start}-{end} not recognised")
    return score


def score_article_cases(
    cases: Iterable[Case], split: Any
) -> tuple[ArticleScore, dict[str, ArticleScore]]:
    """Run ``split`` (text -> items in the corpus format) over ``cases``."""
    total = ArticleScore()
    each: dict[str, ArticleScore] = {}
    for case in cases:
        each[case.name] = score_items(case.raw, case.gold, split(case.raw), name=case.name)
        total = total + each[case.name]
    return total, each
