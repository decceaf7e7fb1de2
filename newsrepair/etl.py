"""Repairing one text field of records, as a stream: for ETL jobs and JSON Lines.

A pipeline over millions of pages rarely holds plain text files; it holds
records (dicts, JSON Lines, dataframe rows) with the page text in one field.
:func:`repair_records` repairs that field record by record, and
:func:`repair_jsonl` does the same over a JSON Lines stream, one line in
memory at a time, so the memory used does not grow with the input.

What happens to a record that cannot be repaired
-------------------------------------------------
* A record without the field, or whose field is not a string (``null``, a
  number, a list): passed through **unchanged** and counted in
  :attr:`RecordStats.skipped` with its line number.  Dropping it would lose
  data; stopping the job for it would make one odd record fail millions.
  The command line prints one warning line per file that had such records.
* A JSON Lines line that is not a JSON object: copied to the output
  **verbatim** and recorded in :attr:`RecordStats.invalid` with its line
  number and the parser's message.  Nothing is lost, and the command line
  reports it as an error (exit code 1) so that a job does not pass it silently.
* Blank lines are copied as they are.

Every other field of a record is left alone.  A record whose text the repair
does not change is written back as the very line it was read from; a changed
record is written with ``json.dumps(record, ensure_ascii=False)``, keys in
their original order.

Every function here is a plain module-level function, so it pickles: it can
be shipped to Dask or Spark workers (see ``docs/etl.md``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field as dataclass_field
from typing import Any, Callable, Iterable, Iterator, Protocol

from .pipeline import RepairOptions, repair

#: How many line numbers :class:`RecordStats` keeps per kind of problem.
KEEP_LINE_NUMBERS = 20


class SupportsWrite(Protocol):
    """Anything with ``write(str)``: a text file, ``sys.stdout``, ``io.StringIO``."""

    def write(self, text: str, /) -> object: ...


@dataclass(slots=True)
class RecordStats:
    """What happened to the records of one stream.

    ``skipped_lines`` and ``invalid`` keep the first :data:`KEEP_LINE_NUMBERS`
    line numbers (1-based; record positions for :func:`repair_records`).
    """

    records: int = 0
    changed: int = 0
    skipped: int = 0
    skipped_lines: list[int] = dataclass_field(default_factory=list)
    invalid: list[tuple[int, str]] = dataclass_field(default_factory=list)
    invalid_count: int = 0

    def to_dict(self) -> dict[str, object]:
        """The counts as JSON-ready data."""
        return {
            "records": self.records,
            "changed": self.changed,
            "skipped": self.skipped,
            "skipped_lines": list(self.skipped_lines),
            "invalid": self.invalid_count,
            "invalid_lines": [line for line, _ in self.invalid],
        }


def repair_record(
    record: dict[str, Any], *, field: str, options: RepairOptions | None = None
) -> dict[str, Any]:
    """A copy of ``record`` with its ``field`` repaired; other fields untouched.

    A record without the field, or with a non-string value there, is returned
    as it is (the same object).

    >>> repair_record({"id": 7, "text": "书 记 吕\\n沛"}, field="text")
    {'id': 7, 'text': '书记吕沛'}
    >>> repair_record({"id": 8, "text": None}, field="text")
    {'id': 8, 'text': None}
    """
    value = record.get(field) if isinstance(record, dict) else None
    if not isinstance(value, str):
        return record
    fixed = repair(value, options=options)
    if fixed == value:
        return record
    out = dict(record)
    out[field] = fixed
    return out


def repair_records(
    records: Iterable[dict[str, Any]],
    *,
    field: str,
    options: RepairOptions | None = None,
    stats: RecordStats | None = None,
) -> Iterator[dict[str, Any]]:
    """Repair ``field`` in each record, lazily, one record at a time.

    Records without a string ``field`` pass through unchanged and are counted
    in ``stats.skipped`` (give a :class:`RecordStats` to see the counts).

    >>> rows = [{"text": "本 报 讯"}, {"title": "无正文"}]
    >>> stats = RecordStats()
    >>> list(repair_records(rows, field="text", stats=stats))
    [{'text': '本报讯'}, {'title': '无正文'}]
    >>> stats.records, stats.changed, stats.skipped, stats.skipped_lines
    (2, 1, 1, [2])
    """
    fix = _fixer(options)
    stats = stats if stats is not None else RecordStats()
    for number, record in enumerate(records, start=1):
        yield _repair_one(record, field, fix, stats, number)


def repair_jsonl(
    in_stream: Iterable[str],
    out_stream: SupportsWrite,
    *,
    field: str,
    options: RepairOptions | None = None,
) -> RecordStats:
    """Repair ``field`` of every JSON Lines record from ``in_stream`` into ``out_stream``.

    ``in_stream`` is any iterable of text lines (an open text file, a list);
    one line is held in memory at a time.  Returns the counts; see the module
    docstring for records without the field and lines that are not JSON.

    >>> import io
    >>> out = io.StringIO()
    >>> lines = ['{"id": 1, "text": "党 工 委"}\\n', '{"id": 2}\\n']
    >>> repair_jsonl(lines, out, field="text").to_dict()["changed"]
    1
    >>> print(out.getvalue(), end="")
    {"id": 1, "text": "党工委"}
    {"id": 2}
    """
    return repair_jsonl_lines(in_stream, out_stream.write, field=field, fix=_fixer(options))


def repair_jsonl_lines(
    lines: Iterable[str],
    write: Callable[[str], object],
    *,
    field: str,
    fix: Callable[[str], str],
) -> RecordStats:
    """:func:`repair_jsonl` with any text fix and a ``write`` callable (used by the CLI).

    >>> out: list[str] = []
    >>> repair_jsonl_lines(['{"t": "a"}\\n', 'oops\\n'], out.append, field="t", fix=str.upper).invalid
    [(2, 'Expecting value at column 1')]
    >>> out
    ['{"t": "A"}\\n', 'oops\\n']
    """
    stats = RecordStats()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            write(line)
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            _invalid(stats, number, f"{error.msg} at column {error.colno}")
            write(line)
            continue
        if not isinstance(record, dict):
            _invalid(stats, number, f"a JSON {type(record).__name__}, not an object")
            write(line)
            continue
        fixed = _repair_one(record, field, fix, stats, number)
        if fixed is record:
            write(line if line.endswith("\n") else line + "\n")
        else:
            ending = "\r\n" if line.endswith("\r\n") else "\n"
            write(json.dumps(fixed, ensure_ascii=False) + ending)
    return stats


def _repair_one(
    record: dict[str, Any],
    field: str,
    fix: Callable[[str], str],
    stats: RecordStats,
    number: int,
) -> dict[str, Any]:
    stats.records += 1
    value = record.get(field) if isinstance(record, dict) else None
    if not isinstance(value, str):
        stats.skipped += 1
        if len(stats.skipped_lines) < KEEP_LINE_NUMBERS:
            stats.skipped_lines.append(number)
        return record
    fixed = fix(value)
    if fixed == value:
        return record
    stats.changed += 1
    out = dict(record)
    out[field] = fixed
    return out


def _invalid(stats: RecordStats, number: int, message: str) -> None:
    stats.invalid_count += 1
    if len(stats.invalid) < KEEP_LINE_NUMBERS:
        stats.invalid.append((number, message))


def _fixer(options: RepairOptions | None) -> Callable[[str], str]:
    if options is None:
        return repair
    return _RepairWith(options)


@dataclass(frozen=True, slots=True)
class _RepairWith:
    """``repair`` bound to options, as a picklable callable."""

    options: RepairOptions

    def __call__(self, text: str) -> str:
        return repair(text, options=self.options)
