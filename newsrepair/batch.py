"""Repairing many files: finding them, worker processes, safe writes, progress, summary.

The command line (:mod:`newsrepair.cli`) turns its options into a
:class:`Task` and hands file names to :func:`run`.  Each file is one unit of
work, done by :func:`process_file` in this process (``jobs=1``) or in a pool
of worker processes.  A worker reads, repairs and, with ``--in-place``, writes
its file itself, so the main process only collects small results; at most a
few files per worker are in flight at any time, so memory stays bounded
whatever the number of files.  Results come back in the order of the input.

A file that fails (missing, undecodable, unwritable) gives a
:class:`FileResult` with an ``error``; it never stops the batch.

Writes are atomic (:class:`AtomicWriter`): the new content goes to a
temporary file in the same directory, is flushed to disk, gets the
permissions of the original and then replaces it with ``os.replace``.  If
anything fails before the rename, the original is untouched and the
temporary file is removed.
"""

from __future__ import annotations

import codecs
import contextlib
import difflib
import fnmatch
import json
import os
import stat
import sys
import tempfile
import time
from bisect import bisect_right
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import IO, Callable, Iterable, Iterator, TextIO

from .decoding import UndecodableError, decode, encode
from .etl import RecordStats, repair_jsonl_lines
from .pipeline import RepairOptions, repair, repair_and_explain
from .trace import Edit, Step

#: What :func:`process_file` does with each file.
ACTIONS = ("print", "in_place", "check", "diff", "explain", "articles")

#: Files per worker kept in flight: enough to keep workers busy, few enough
#: to bound memory.
IN_FLIGHT_PER_WORKER = 4

_TMP_SUFFIX = ".newsrepair-tmp"


@dataclass(frozen=True, slots=True)
class Task:
    """What to do with every file of a batch; picklable, sent to workers."""

    action: str = "print"
    encoding: str = "utf-8"
    options: RepairOptions = RepairOptions()
    fmt: str = "text"
    jsonl_field: str | None = None


@dataclass(slots=True)
class FileResult:
    """What happened to one file.  ``output`` is text for stdout, if any."""

    name: str
    size: int = 0
    changed: bool = False
    output: str = ""
    error: str | None = None
    warnings: list[str] = field(default_factory=list)


# ----------------------------------------------------------------- finding


def find_files(paths: Iterable[str], *, globs: Iterable[str]) -> Iterator[str]:
    """Each path as given, and for a directory every file under it matching ``globs``.

    Directories are walked recursively in sorted order.  A glob without ``/``
    matches file names (like ``find -name``); one with ``/`` matches the path
    relative to the directory given.  ``-`` (stdin) passes through.
    """
    patterns = tuple(globs)
    for path in paths:
        if path != "-" and os.path.isdir(path):
            yield from _walk(path, patterns)
        else:
            yield path


def _walk(top: str, patterns: tuple[str, ...]) -> Iterator[str]:
    for directory, subdirs, names in os.walk(top):
        subdirs.sort()
        for name in sorted(names):
            if name.endswith(_TMP_SUFFIX):
                continue
            full = os.path.join(directory, name)
            relative = os.path.relpath(full, top).replace(os.sep, "/")
            if any(
                fnmatch.fnmatch(relative if "/" in p else name, p) for p in patterns
            ):
                yield full


# ----------------------------------------------------------------- one file


def fix_text(text: str, task: Task) -> str:
    """The repaired text, as the command line writes it.

    Runs :func:`newsrepair.repair` with the task's options on the text
    before its final line break, and puts that line break back: a text file
    ends with one, and the repair would take it for a broken line.

    >>> fix_text("本 报 讯\\n", Task())
    '本报讯\\n'
    """
    body, end = _final_break(text)
    fixed = repair(body, options=task.options)
    return fixed if fixed.endswith("\n") else fixed + end


def _final_break(text: str) -> tuple[str, str]:
    return (text[:-1], "\n") if text.endswith("\n") else (text, "")


def process_file(path: str, task: Task) -> FileResult:
    """Do ``task`` to the file at ``path``; never raises for a bad file."""
    result = FileResult(path)
    try:
        if task.jsonl_field is not None:
            # Called in a worker: the output of a printed file comes back
            # whole.  The command line streams instead when it runs alone.
            parts: list[str] = []
            _process_jsonl(path, task, result, parts.append if task.action == "print" else None)
            result.output = "".join(parts) if task.action == "print" else ""
        else:
            with open(path, "rb") as handle:
                data = handle.read()
            result.size = len(data)
            _process_text(path, data, task, result)
    except Exception as error:  # noqa: BLE001 - one bad file must not stop a batch
        result.error = describe_error(error)
    return result


def process_bytes(name: str, data: bytes, task: Task) -> FileResult:
    """Do ``task`` (not ``in_place``) to ``data`` read from ``name`` (e.g. stdin)."""
    result = FileResult(name, size=len(data))
    try:
        _process_text(name, data, task, result)
    except Exception as error:  # noqa: BLE001
        result.error = describe_error(error)
    return result


def stream_jsonl(
    name: str, stream: IO[bytes], task: Task, write: Callable[[str], object]
) -> FileResult:
    """Repair the JSON Lines of ``stream`` into ``write`` as they come (constant memory)."""
    result = FileResult(name)
    try:
        _repair_jsonl_stream(stream, task, write, result)
    except Exception as error:  # noqa: BLE001
        result.error = describe_error(error)
    return result


def process_jsonl_file(path: str, task: Task, write: Callable[[str], object]) -> FileResult:
    """Like :func:`stream_jsonl` for the file at ``path``."""
    result = FileResult(path)
    try:
        _process_jsonl(path, task, result, write)
    except Exception as error:  # noqa: BLE001
        result.error = describe_error(error)
    return result


def describe_error(error: BaseException) -> str:
    """A one-line message for a failed file, saying what to do where it can."""
    if isinstance(error, UndecodableError):
        hint = "; try --encoding auto" if error.encoding == "utf-8" else ""
        return f"{error}{hint}"
    if isinstance(error, UnicodeEncodeError):
        char = error.object[error.start]
        return (
            f"cannot write back as {error.encoding}: {char!r} (U+{ord(char):04X}) "
            "is not in that encoding; the file is left unchanged"
        )
    if isinstance(error, OSError):
        return error.strerror or str(error)
    return f"internal error ({type(error).__name__}: {error}); please report it"


def _process_text(name: str, data: bytes, task: Task, result: FileResult) -> None:
    decoded = decode(data, encoding=task.encoding)
    text = decoded.text
    if task.action == "explain":
        body, end = _final_break(text)
        fixed, steps = repair_and_explain(body, options=task.options)
        result.changed = (fixed if fixed.endswith("\n") else fixed + end) != text
        result.output = render_trace(name, text, steps, fmt=task.fmt)
        return
    if task.action == "articles":
        result.output = render_articles(name, text, fmt=task.fmt, options=task.options)
        return
    fixed = fix_text(text, task)
    result.changed = fixed != text
    if task.action == "print":
        result.output = fixed
    elif task.action == "diff":
        result.output = render_diff(name, text, fixed)
    elif task.action == "in_place" and result.changed:
        new_data = encode(decoded, fixed)
        with AtomicWriter(name) as out:
            out.write(new_data)


def _process_jsonl(
    path: str, task: Task, result: FileResult, write: Callable[[str], object] | None
) -> None:
    with open(path, "rb") as stream:
        if task.action == "in_place":
            with AtomicWriter(path) as out:
                encoding = task.encoding
                _repair_jsonl_stream(
                    stream, task, lambda s: out.write(s.encode(encoding)), result,
                    on_bom=lambda: out.write(codecs.BOM_UTF8),
                )
                if not result.changed or result.error:
                    out.discard()
        else:
            _repair_jsonl_stream(stream, task, write or (lambda s: None), result)


def _repair_jsonl_stream(
    stream: IO[bytes],
    task: Task,
    write: Callable[[str], object],
    result: FileResult,
    on_bom: Callable[[], object] | None = None,
) -> None:
    assert task.jsonl_field is not None
    counted = _CountingLines(stream, task.encoding, on_bom)
    stats = repair_jsonl_lines(
        counted, write, field=task.jsonl_field, fix=lambda text: repair(text, options=task.options)
    )
    result.size = counted.size
    result.changed = stats.changed > 0
    _report_records(stats, task.jsonl_field, result)


class _CountingLines:
    """Lines of a binary stream decoded one by one, with byte offsets for errors."""

    def __init__(
        self, stream: IO[bytes], encoding: str, on_bom: Callable[[], object] | None
    ) -> None:
        self._stream = stream
        self._encoding = encoding
        self._on_bom = on_bom
        self.size = 0

    def __iter__(self) -> Iterator[str]:
        for number, raw in enumerate(self._stream, start=1):
            skip = 0
            if number == 1 and raw.startswith(codecs.BOM_UTF8) and self._is_utf8():
                skip = len(codecs.BOM_UTF8)
                if self._on_bom is not None:
                    self._on_bom()
            try:
                line = raw[skip:].decode(self._encoding)
            except UnicodeDecodeError as error:
                raise UndecodableError(
                    self._encoding, self.size + skip + error.start, error.reason, line=number
                ) from None
            self.size += len(raw)
            yield line

    def _is_utf8(self) -> bool:
        return codecs.lookup(self._encoding).name in ("utf-8", "utf-8-sig")


def _report_records(stats: RecordStats, field_name: str, result: FileResult) -> None:
    if stats.skipped:
        lines = ", ".join(map(str, stats.skipped_lines))
        more = ", ..." if stats.skipped > len(stats.skipped_lines) else ""
        result.warnings.append(
            f"{stats.skipped} record(s) without a string {field_name!r} field "
            f"passed through unchanged (line {lines}{more})"
        )
    if stats.invalid_count:
        first_line, first_message = stats.invalid[0]
        result.error = (
            f"{stats.invalid_count} line(s) are not JSON objects and were copied "
            f"unchanged (first: line {first_line}: {first_message})"
        )


# ----------------------------------------------------------------- rendering


def render_diff(name: str, old: str, new: str) -> str:
    """A unified diff of the repair, line by line; empty if nothing changed.

    >>> diff = render_diff("a.txt", "本 报\\n讯\\n", "本报讯\\n")
    >>> print(diff.replace("\\t", " "), end="")
    --- a.txt (original)
    +++ a.txt (repaired)
    @@ -1,2 +1 @@
    -本 报
    -讯
    +本报讯
    """
    if old == new:
        return ""
    lines = difflib.unified_diff(
        old.splitlines(keepends=True),
        new.splitlines(keepends=True),
        fromfile=name,
        tofile=name,
        fromfiledate="(original)",
        tofiledate="(repaired)",
    )
    out: list[str] = []
    for line in lines:
        if line.endswith("\n"):
            out.append(line)
        else:
            out.append(line + "\n\\ No newline at end of file\n")
    return "".join(out)


def render_trace(name: str, text: str, steps: list[Step], *, fmt: str = "text") -> str:
    """The trace of a repair: one line per edit, ``file:line:col: fix: change``.

    With ``fmt="json"`` (or ``"jsonl"``), one JSON object on one line:
    ``{"file": name, "steps": [...]}``, offsets in characters of the input.

    >>> from newsrepair import repair_and_explain
    >>> text = "书 记\\n"
    >>> print(render_trace("a.txt", text, repair_and_explain(text)[1]), end="")
    a.txt:1:2: remove_spaces: delete ' '   «书⟦ ⟧记⏎»
    a.txt:1:4: join_lines: delete '\\n'   «书 记⟦⏎⟧»
    a.txt: 2 edits by 2 fixes
    """
    if fmt in ("json", "jsonl"):
        record = {"file": name, "steps": [step.to_dict() for step in steps]}
        return json.dumps(record, ensure_ascii=False) + "\n"
    if not steps:
        return f"{name}: no changes\n"
    starts = [0]
    starts.extend(i + 1 for i, char in enumerate(text) if char == "\n")
    rows: list[tuple[int, int, str]] = []
    for step in steps:
        for edit in step.edits:
            rows.append((edit.start, len(rows), _trace_line(name, text, starts, step.fix, edit)))
    rows.sort()
    total = len(rows)
    out = [row for _, _, row in rows]
    out.append(f"{name}: {total} edit{'s' if total != 1 else ''} by {len(steps)} fix"
               f"{'es' if len(steps) != 1 else ''}")
    return "\n".join(out) + "\n"


def _trace_line(name: str, text: str, starts: list[int], fix: str, edit: Edit) -> str:
    line = bisect_right(starts, edit.start)
    column = edit.start - starts[line - 1] + 1
    if not edit.new:
        change = f"delete {edit.old!r}"
    elif not edit.old:
        change = f"insert {edit.new!r}"
    else:
        change = f"{edit.old!r} -> {edit.new!r}"
    before = text[max(0, edit.start - 8) : edit.start]
    inside = text[edit.start : edit.end]
    after = text[edit.end : edit.end + 8]
    context = _visible(before) + "⟦" + _visible(inside) + "⟧" + _visible(after)
    return f"{name}:{line}:{column}: {fix}: {change}   «{context}»"


def _visible(text: str) -> str:
    return text.replace("\n", "⏎").replace("\t", "⇥").replace("\f", "␌")


def render_articles(
    name: str, text: str, *, fmt: str = "text", options: RepairOptions | None = None
) -> str:
    """The page split into articles, rendered in ``fmt``.

    ``jsonl`` writes one item per line with a ``"file"`` key added first;
    ``json`` writes one array for the input.  ``text`` and ``markdown`` come
    from :mod:`newsrepair.render`.
    """
    from .articles import split_articles

    items = split_articles(text, options=options)
    if fmt == "jsonl":
        return "".join(
            json.dumps({"file": name, **item.to_dict()}, ensure_ascii=False) + "\n"
            for item in items
        )
    if fmt == "json":
        return json.dumps([item.to_dict() for item in items], ensure_ascii=False, indent=2) + "\n"
    from newsrepair import render  # type: ignore[attr-defined]

    renderer = getattr(render, f"render_{fmt}")
    out = renderer(items)
    return out if out.endswith("\n") or not out else out + "\n"


# ----------------------------------------------------------------- writing


class AtomicWriter:
    """Write a file all at once or not at all.

    >>> import os, tempfile
    >>> path = os.path.join(tempfile.mkdtemp(), "page.txt")
    >>> with AtomicWriter(path) as out:
    ...     _ = out.write("本报讯".encode())
    >>> open(path, encoding="utf-8").read()
    '本报讯'
    """

    def __init__(self, path: str) -> None:
        self.target = os.path.realpath(path)
        self._keep = True
        self._file: IO[bytes] | None = None
        self._tmp = ""

    def __enter__(self) -> AtomicWriter:
        directory, base = os.path.split(self.target)
        fd, self._tmp = tempfile.mkstemp(prefix=f".{base}.", suffix=_TMP_SUFFIX, dir=directory)
        self._file = os.fdopen(fd, "wb")
        return self

    def write(self, data: bytes) -> int:
        """Write ``data`` to the temporary file."""
        assert self._file is not None
        return self._file.write(data)

    def discard(self) -> None:
        """Leave the target as it is on exit."""
        self._keep = False

    def __exit__(self, kind: object, error: object, tb: object) -> None:
        assert self._file is not None
        try:
            if kind is None and self._keep:
                self._file.flush()
                os.fsync(self._file.fileno())
                self._file.close()
                os.chmod(self._tmp, _mode_for(self.target))
                os.replace(self._tmp, self.target)
                return
        except BaseException:
            self._cleanup()
            raise
        self._cleanup()

    def _cleanup(self) -> None:
        assert self._file is not None
        with contextlib.suppress(OSError):
            self._file.close()
        with contextlib.suppress(OSError):
            os.unlink(self._tmp)


def _mode_for(target: str) -> int:
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


# ----------------------------------------------------------------- running


def run(
    paths: Iterable[str],
    task: Task,
    *,
    jobs: int,
    on_result: Callable[[FileResult], None],
) -> None:
    """Process ``paths`` with ``jobs`` workers, calling ``on_result`` in input order."""
    if jobs <= 1:
        for path in paths:
            on_result(process_file(path, task))
        return
    pool = ProcessPoolExecutor(max_workers=jobs)
    pending: deque[tuple[str, Future[FileResult]]] = deque()
    limit = jobs * IN_FLIGHT_PER_WORKER
    try:
        for path in paths:
            pending.append((path, pool.submit(process_file, path, task)))
            if len(pending) >= limit:
                on_result(_collect(*pending.popleft()))
        while pending:
            on_result(_collect(*pending.popleft()))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _collect(path: str, future: Future[FileResult]) -> FileResult:
    try:
        return future.result()
    except Exception as error:  # noqa: BLE001 - e.g. a worker killed by the system
        return FileResult(path, error=f"worker failed: {type(error).__name__}: {error}")


@dataclass(slots=True)
class Summary:
    """Counts of a batch, and the closing line the command prints.

    >>> s = Summary(started=0.0)
    >>> s.add(FileResult("a.txt", size=2_000_000, changed=True))
    >>> s.add(FileResult("b.txt", size=500_000, error="missing"))
    >>> s.line(now=2.0)
    '2 files, 2.5 MB in 2.0 s (1.2 MB/s): 1 changed, 1 failed'
    """

    started: float = field(default_factory=time.perf_counter)
    files: int = 0
    size: int = 0
    changed: int = 0
    failed: int = 0

    def add(self, result: FileResult) -> None:
        """Count one file."""
        self.files += 1
        self.size += result.size
        if result.error is not None:
            self.failed += 1
        elif result.changed:
            self.changed += 1

    def line(self, *, now: float | None = None, changed_word: str = "changed") -> str:
        """``files, MB in s (MB/s): changed, failed`` (1 MB = 10⁶ bytes)."""
        elapsed = max((time.perf_counter() if now is None else now) - self.started, 1e-9)
        mb = self.size / 1e6
        return (
            f"{self.files} file{'s' if self.files != 1 else ''}, {mb:.1f} MB in "
            f"{elapsed:.1f} s ({mb / elapsed:.1f} MB/s): {self.changed} {changed_word}, "
            f"{self.failed} failed"
        )


class Progress:
    """A one-line progress bar on a terminal: ``[#####-----] 50/100 files  1.2 MB/s``.

    Redraws at most ten times a second; :meth:`clear` erases it so that
    messages can be printed, and the next update draws it again.
    """

    WIDTH = 24

    def __init__(self, total: int, stream: TextIO, *, summary: Summary) -> None:
        self.total = total
        self.stream = stream
        self.summary = summary
        self._last = 0.0
        self._shown = False

    def update(self, *, force: bool = False) -> None:
        """Redraw if a tenth of a second has passed (or ``force``)."""
        now = time.perf_counter()
        if not force and now - self._last < 0.1:
            return
        self._last = now
        done = self.summary.files
        filled = self.WIDTH * done // self.total if self.total else self.WIDTH
        elapsed = max(now - self.summary.started, 1e-9)
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        failed = f", {self.summary.failed} failed" if self.summary.failed else ""
        self.stream.write(
            f"\r[{bar}] {done}/{self.total} files  "
            f"{self.summary.size / 1e6 / elapsed:.1f} MB/s{failed}\x1b[K"
        )
        self.stream.flush()
        self._shown = True

    def clear(self) -> None:
        """Erase the bar from the terminal line."""
        if self._shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._shown = False
            self._last = 0.0


def stderr_is_terminal() -> bool:
    """Whether ``sys.stderr`` is a terminal (the progress bar is only drawn there)."""
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False
