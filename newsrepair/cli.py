"""The ``newsrepair`` command: repair files, directories, stdin and JSON Lines streams.

``main(argv)`` parses the options, checks that they make sense together
(usage errors exit with 2), and hands the files to :mod:`newsrepair.batch`.
Exit codes: 0 all went well; 1 a file failed (missing, undecodable,
unwritable) or ``--check`` found a file that would change; 2 usage error;
130 interrupted; 141 the reader of stdout went away (``| head``), quietly.

Every fix of :class:`newsrepair.RepairOptions` gets a switch of its own
(``--no-join-lines``), generated from the dataclass fields, so a new fix gets
its switch without touching this file.  See ``docs/cli.md``.
"""

from __future__ import annotations

import argparse
import codecs
import importlib
import inspect
import io
import os
import sys
from dataclasses import MISSING, fields, replace
from typing import Callable, Sequence

from . import batch
from .batch import AtomicWriter, FileResult, Summary, Task
from .pipeline import RepairOptions

PROG = "newsrepair"
STDIN_NAME = "<stdin>"
FORMATS = ("text", "markdown", "json", "jsonl")
#: RepairOptions fields that have a hand-written option instead of a generated one.
_EXPLICIT_FIELDS = {"convert"}
#: Exit status when stdout was closed by its reader: 128 + SIGPIPE, as a shell reports it.
EXIT_BROKEN_PIPE = 141


class UsageError(Exception):
    """Options that do not make sense together; exit status 2."""


class OutputError(Exception):
    """The ``-o`` file cannot be written; exit status 1."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command with ``argv`` (default: ``sys.argv[1:]``); return the exit status.

    >>> main(["--version"])  # doctest: +ELLIPSIS
    newsrepair ...
    0
    """
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # --help, --version, or argparse's own usage errors
        return exit_.code if isinstance(exit_.code, int) else 2
    try:
        return _run(args)
    except UsageError as error:
        parser.print_usage(sys.stderr)
        _error(str(error))
        return 2
    except OutputError as error:
        _error(str(error))
        return 1
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        _error("interrupted")
        return 130


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, with one switch per field of :class:`RepairOptions`."""
    from . import __version__

    parser = argparse.ArgumentParser(
        prog=PROG,
        description=(
            "Repair text extracted from Chinese newspaper PDFs: rejoin broken lines "
            "into paragraphs, remove extraction spaces, normalize markers and dates."
        ),
        epilog="Exit status: 0 ok, 1 a file failed or --check found changes, 2 usage error.",
    )
    parser.add_argument(
        "paths", nargs="*", metavar="FILE",
        help="files or directories to repair; '-' or nothing reads stdin",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")

    out = parser.add_argument_group("output")
    out.add_argument("-o", "--output", metavar="FILE",
                     help="write the result to FILE (atomically) instead of stdout")
    out.add_argument("-i", "--in-place", action="store_true",
                     help="rewrite each file in place (atomically, same encoding and line endings)")
    out.add_argument("--check", action="store_true",
                     help="write nothing; list the files that would change and exit 1 if any")
    out.add_argument("--diff", action="store_true",
                     help="print a unified diff of the changes instead of the text")
    out.add_argument("--explain", action="store_true",
                     help="print every edit the repair makes, with its place and fix")
    out.add_argument("--articles", action="store_true",
                     help="split each page into articles and print them")
    out.add_argument("--format", choices=FORMATS, default="text",
                     help="format of --explain (text, json) and --articles (all four); default text")
    out.add_argument("-q", "--quiet", action="store_true",
                     help="no summary line and no warnings on stderr (errors are still shown)")

    inp = parser.add_argument_group("input")
    inp.add_argument("--encoding", default="utf-8", metavar="NAME",
                     help="encoding of the input: a codec name (gb18030, big5, utf-16...) or "
                          "'auto' to recognise UTF-8, UTF-16, GB18030 and Big5; default utf-8 "
                          "(a BOM is allowed)")
    inp.add_argument("--glob", action="append", metavar="PATTERN",
                     help="files to take from directories (repeatable); "
                          "default *.txt, or *.jsonl with --jsonl-field")
    inp.add_argument("--jsonl-field", metavar="NAME",
                     help="read JSON Lines and repair the string field NAME of each record")
    inp.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                     help="worker processes for many files (0: one per CPU); default 1")

    fixes = parser.add_argument_group(
        "fixes", "Every fix is on by default; --no-NAME switches one off."
    )
    fixes.add_argument("--convert", metavar="CONFIG",
                       help="convert with OpenCC, e.g. t2s, s2t, s2twp (default: no conversion)")
    _add_fix_switches(fixes)
    return parser


def _add_fix_switches(group: argparse._ArgumentGroup) -> None:
    comments = _field_comments()
    for spec in fields(RepairOptions):
        if spec.name in _EXPLICIT_FIELDS:
            continue
        flag = "--" + spec.name.replace("_", "-")
        summary = comments.get(spec.name) or _fix_summary(spec.name)
        default = spec.default if spec.default is not MISSING else None
        try:
            if isinstance(default, bool):
                group.add_argument(
                    flag, dest=f"fix_{spec.name}", action=argparse.BooleanOptionalAction,
                    default=None, help=f"{summary} (default: {'on' if default else 'off'})",
                )
            else:
                kind = type(default) if isinstance(default, (int, float, str)) else str
                group.add_argument(
                    flag, dest=f"fix_{spec.name}", type=kind, default=None,
                    metavar=spec.name.upper(), help=f"{summary} (default: {default!r})",
                )
        except argparse.ArgumentError:  # a fix named like an existing option
            continue


def _field_comments() -> dict[str, str]:
    """The ``#:`` comment above each field of :class:`RepairOptions`, by field name."""
    try:
        source = inspect.getsource(RepairOptions)
    except (OSError, TypeError):
        return {}
    comments: dict[str, str] = {}
    pending: list[str] = []
    for line in source.splitlines():
        stripped = line.strip()
        if stripped.startswith("#:"):
            pending.append(stripped[2:].strip())
            continue
        name, colon, _ = stripped.partition(":")
        if colon and name.isidentifier() and pending:
            text = " ".join(pending).rstrip(".").replace("``", "")
            comments[name] = text.replace("%", "%%")  # argparse formats help with %
        pending = []
    return comments


def _fix_summary(name: str) -> str:
    """The first line of the docstring of the fix function ``newsrepair.<name>``."""
    import newsrepair

    doc = (getattr(getattr(newsrepair, name, None), "__doc__", None) or "").strip()
    summary = doc.splitlines()[0].rstrip(".") if doc else name.replace("_", " ")
    return summary.replace("``", "").replace("%", "%%")


# ----------------------------------------------------------------- running


def _run(args: argparse.Namespace) -> int:
    task = _task(args)
    jobs = args.jobs if args.jobs > 0 else (os.cpu_count() or 1)
    paths = list(args.paths) or ["-"]
    if paths == ["-"] and not args.paths and _stdin_is_terminal():
        raise UsageError("no input: give FILE arguments or pipe text to stdin")
    if "-" in paths and task.action == "in_place":
        raise UsageError("--in-place needs files, not stdin")
    globs = args.glob or (["*.jsonl"] if task.jsonl_field is not None else ["*.txt"])
    files = list(batch.find_files(paths, globs=globs))
    many = len(files) > 1 or any(p != "-" and os.path.isdir(p) for p in paths)
    if many and task.action == "articles" and task.fmt == "json":
        raise UsageError("--format json writes one document; for several files use --format jsonl")
    if not files:
        _error(f"no files matching {' '.join(globs)} in {' '.join(paths)}")
        return 1
    _reconfigure_stdout()

    summary = Summary()
    progress = batch.Progress(len(files), sys.stderr, summary=summary) if (
        many and batch.stderr_is_terminal()) else None
    would_change = 0
    output = _Output(args.output)

    def on_result(result: FileResult) -> None:
        nonlocal would_change
        summary.add(result)
        if progress is not None:
            progress.clear()
        if not args.quiet:
            for warning in result.warnings:
                _error(f"{result.name}: warning: {warning}")
        if result.error is not None:
            _error(f"{result.name}: {result.error}")
        elif result.changed and args.check:
            would_change += 1
            if task.action == "check":
                output.write(result.name + "\n")
        if result.output:
            output.write(result.output)
        if progress is not None:
            progress.update()

    with output:
        _process(files, task, jobs, output, on_result)
    if progress is not None:
        progress.clear()
    if many and not args.quiet:
        word = "would change" if args.check else "changed"
        _error(summary.line(changed_word=word))
    sys.stdout.flush()
    return 1 if summary.failed or (args.check and would_change) else 0


def _process(
    files: list[str], task: Task, jobs: int, output: _Output,
    on_result: Callable[[FileResult], None],
) -> None:
    """Stdin and streamed JSON Lines here; everything else through :func:`batch.run`."""
    streaming = task.jsonl_field is not None and task.action == "print" and jobs == 1
    queue: list[str] = []

    def flush() -> None:
        if queue:
            batch.run(list(queue), task, jobs=jobs, on_result=on_result)
            queue.clear()

    for path in files:
        if path == "-":
            flush()
            on_result(_from_stdin(task, output))
        elif streaming:
            on_result(batch.process_jsonl_file(path, task, output.write))
        else:
            queue.append(path)
    flush()


def _from_stdin(task: Task, output: _Output) -> FileResult:
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:  # a text-only stdin, e.g. io.StringIO
        stream = io.BytesIO(sys.stdin.read().encode("utf-8"))
    if task.jsonl_field is not None:
        return batch.stream_jsonl(STDIN_NAME, stream, task, output.write)
    return batch.process_bytes(STDIN_NAME, stream.read(), task)


class _Output:
    """Where results go: stdout, or a file written atomically when all is done.

    Several inputs are written one after another, each starting on a new line.
    """

    def __init__(self, path: str | None) -> None:
        self._path = path if path not in (None, "-") else None
        self._writer: AtomicWriter | None = None
        self._ends_line = True

    def __enter__(self) -> _Output:
        if self._path is not None:
            try:
                self._writer = AtomicWriter(self._path).__enter__()
            except OSError as failure:
                raise OutputError(f"{self._path}: {failure.strerror or failure}") from None
        return self

    def write(self, text: str) -> None:
        if not text:
            return
        if not self._ends_line:
            text = "\n" + text
        self._ends_line = text.endswith("\n")
        try:
            if self._writer is not None:
                self._writer.write(text.encode("utf-8", "surrogateescape"))
            else:
                sys.stdout.write(text)
        except BrokenPipeError:
            raise
        except OSError as failure:  # disk full, I/O error: stop, the output is incomplete
            where = self._path if self._writer is not None else "stdout"
            raise OutputError(f"{where}: {failure.strerror or failure}") from None

    def __exit__(self, kind: object, error: object, tb: object) -> None:
        if self._writer is not None:
            try:
                self._writer.__exit__(kind, error, tb)
            except OSError as failure:
                if kind is None:
                    raise OutputError(f"{self._path}: {failure.strerror or failure}") from None


# ----------------------------------------------------------------- options


def _task(args: argparse.Namespace) -> Task:
    action = _action(args)
    fmt = args.format
    if fmt == "markdown" and action != "articles":
        raise UsageError("--format markdown needs --articles")
    if fmt in ("json", "jsonl") and action not in ("explain", "articles"):
        raise UsageError(f"--format {fmt} needs --explain or --articles")
    if args.jobs < 0:
        raise UsageError(f"--jobs must be 0 or more, not {args.jobs}")
    encoding = _encoding(args)
    if args.jsonl_field is not None:
        if action in ("diff", "explain", "articles"):
            raise UsageError(f"--jsonl-field cannot be combined with --{action}")
        if encoding == "auto":
            raise UsageError("--encoding auto reads whole files; give JSON Lines a fixed "
                             "encoding (they are UTF-8 unless you say otherwise)")
        if "\n".encode(encoding) != b"\n":
            raise UsageError(f"JSON Lines in {encoding} are not supported; "
                             "use an ASCII-compatible encoding such as utf-8 or gb18030")
    options = _repair_options(args)
    if args.convert is not None:
        options = replace(options, convert=_convert_config(args.convert))
    if action == "articles" and fmt in ("text", "markdown"):
        try:
            importlib.import_module("newsrepair.render")
        except ImportError:
            raise UsageError(f"--articles --format {fmt} needs newsrepair.render, which this "
                             "version does not have; use --format json or jsonl") from None
    return Task(
        action=action, encoding=encoding, options=options, fmt=fmt, jsonl_field=args.jsonl_field
    )


def _action(args: argparse.Namespace) -> str:
    chosen = [name for name in ("in_place", "diff", "explain", "articles") if getattr(args, name)]
    if args.check and not args.diff:
        chosen.append("check")
    if len(chosen) > 1:
        flags = " and ".join("--" + name.replace("_", "-") for name in chosen)
        raise UsageError(f"{flags} cannot be used together")
    action = chosen[0] if chosen else "print"
    if args.output is not None and action in ("in_place", "check"):
        raise UsageError(f"-o/--output cannot be used with --{action.replace('_', '-')}")
    return action


def _encoding(args: argparse.Namespace) -> str:
    name = args.encoding
    if name.lower() == "auto":
        return "auto"
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise UsageError(f"unknown encoding {name!r}; try utf-8, gb18030, big5, "
                         "utf-16 or auto") from None


def _repair_options(args: argparse.Namespace) -> RepairOptions:
    chosen = {
        spec.name: getattr(args, f"fix_{spec.name}")
        for spec in fields(RepairOptions)
        if getattr(args, f"fix_{spec.name}", None) is not None
    }
    return replace(RepairOptions(), **chosen) if chosen else RepairOptions()


def _convert_config(config: str) -> str:
    from .conversion import CONFIGS

    stem = config.removesuffix(".json")
    if stem not in CONFIGS:
        raise UsageError(f"unknown OpenCC config {config!r}; choose one of {', '.join(CONFIGS)}")
    return stem


# ----------------------------------------------------------------- terminal


def _error(message: str) -> None:
    print(f"{PROG}: {message}", file=sys.stderr, flush=True)


def _stdin_is_terminal() -> bool:
    try:
        return sys.stdin is None or sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def _reconfigure_stdout() -> None:
    """Make stdout UTF-8, and let it write file names that are not UTF-8.

    Python gives such names (legacy GBK names on a Linux disk, say) lone
    surrogates; ``surrogateescape`` writes them back as the original bytes.
    """
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("_", "-")
    errors = getattr(sys.stdout, "errors", None)
    if (encoding, errors) != ("utf-8", "surrogateescape") and hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8", errors="surrogateescape")


def _silence_stdout() -> None:
    """Point stdout at /dev/null so that the interpreter's last flush cannot fail.

    This is what the Python documentation recommends for SIGPIPE
    (the "Note on SIGPIPE" in the ``signal`` module).
    """
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)
