"""The ``newsrepair`` command, run in-process through ``main([...])``.

One subprocess test runs the installed script; one more closes a real pipe.
"""

from __future__ import annotations

import codecs
import io
import json
import os
import re
import runpy
import shutil
import subprocess
import sys
from dataclasses import fields
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import newsrepair
from newsrepair import RepairOptions, batch, repair
from newsrepair.cli import EXIT_BROKEN_PIPE, build_parser, main

BROKEN = "本 报 讯（记者付凯明） 2022\n年12月30日下午，示范区 （高新\n区） 党工委 书 记 吕 沛\n"
FIXED = repair(BROKEN) + "\n"
CLEAN = "会议指出，中央经济工作会议十分重要。\n"
TRADITIONAL = "本報訊（記者付凱明） 2022\n年12月30日下午，示範區 （高新\n區） 黨工委 書 記 呂 沛\n"


class FakeStdin:
    """A stdin that is a pipe (or a terminal) holding ``data``."""

    def __init__(self, data: bytes, *, tty: bool = False) -> None:
        self.buffer = io.BytesIO(data)
        self._tty = tty

    def isatty(self) -> bool:
        return self._tty


class TerminalStderr(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def cli(capsys):
    """Run ``main(args)``; return (exit status, stdout, stderr)."""

    def run(*args: str | Path) -> tuple[int, str, str]:
        code = main([str(a) for a in args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def stdin(monkeypatch):
    def feed(data: bytes, *, tty: bool = False) -> None:
        monkeypatch.setattr(sys, "stdin", FakeStdin(data, tty=tty))

    return feed


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "page.txt"
    path.write_text(BROKEN, encoding="utf-8")
    return path


def _pages(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"p{n:02d}.txt"
        path.write_text(f"第{n}版 " + BROKEN, encoding="utf-8")
        paths.append(path)
    return paths


# ------------------------------------------------------------------ input and output


def test_file_is_repaired_to_stdout(cli, page):
    assert cli(page) == (0, FIXED, "")


def test_final_line_break_is_kept(cli, page):
    assert cli(page)[1].endswith("吕沛\n")


def test_dash_reads_stdin(cli, stdin):
    stdin(BROKEN.encode())
    assert cli("-") == (0, FIXED, "")


def test_piped_stdin_is_read_without_arguments(cli, stdin):
    stdin(BROKEN.encode())
    assert cli()[:2] == (0, FIXED)


def test_terminal_stdin_without_arguments_is_a_usage_error(cli, stdin):
    stdin(b"", tty=True)
    code, out, err = cli()
    assert (code, out) == (2, "")
    assert "no input" in err and "usage:" in err


def test_output_file(cli, page, tmp_path):
    target = tmp_path / "fixed.txt"
    assert cli(page, "-o", target) == (0, "", "")
    assert target.read_text(encoding="utf-8") == FIXED


def test_output_in_a_missing_directory_fails_with_one_line(cli, page, tmp_path):
    code, out, err = cli(page, "-o", tmp_path / "nowhere" / "fixed.txt")
    assert code == 1
    assert err.count("\n") == 1 and "nowhere" in err and "Traceback" not in err


def test_several_files_are_written_in_order(cli, tmp_path):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("书 记", encoding="utf-8")  # no final line break
    second.write_text(BROKEN, encoding="utf-8")
    code, out, _ = cli(first, second, "--quiet")
    assert (code, out) == (0, "书记\n" + FIXED)


def test_python_dash_m_runs_the_command(monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["newsrepair", "--version"])
    with pytest.raises(SystemExit) as exited:
        runpy.run_module("newsrepair", run_name="__main__")
    assert exited.value.code == 0
    assert capsys.readouterr().out.startswith("newsrepair ")


# ------------------------------------------------------------------ in place


def test_in_place_rewrites_the_file(cli, page):
    assert cli("--in-place", page) == (0, "", "")
    assert page.read_text(encoding="utf-8") == FIXED


def test_in_place_keeps_permissions(cli, page):
    page.chmod(0o640)
    cli("-i", page)
    assert page.stat().st_mode & 0o777 == 0o640


def test_in_place_keeps_encoding_and_crlf(cli, tmp_path):
    path = tmp_path / "gb.txt"
    path.write_bytes(BROKEN.replace("\n", "\r\n").encode("gb18030"))
    assert cli("-i", "--encoding", "auto", path)[0] == 0
    assert path.read_bytes() == FIXED.replace("\n", "\r\n").encode("gb18030")


def test_in_place_keeps_the_utf8_bom(cli, tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + BROKEN.encode())
    cli("-i", path)
    assert path.read_bytes() == codecs.BOM_UTF8 + FIXED.encode()


def test_in_place_does_not_touch_a_clean_file(cli, tmp_path):
    path = tmp_path / "clean.txt"
    path.write_text(CLEAN, encoding="utf-8")
    before = path.stat()
    assert cli("-i", path)[0] == 0
    after = path.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_in_place_original_is_intact_when_the_rename_fails(cli, page, monkeypatch):
    def refuse(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(batch.os, "replace", refuse)
    code, _, err = cli("-i", page)
    assert code == 1
    assert page.read_text(encoding="utf-8") == BROKEN
    assert os.listdir(page.parent) == ["page.txt"]  # no temporary file left
    assert f"{page}: Permission denied" in err


def test_in_place_original_is_intact_when_writing_fails(cli, page, monkeypatch):
    def disk_full(self, data):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(batch.AtomicWriter, "write", disk_full)
    code, _, err = cli("-i", page)
    assert code == 1
    assert page.read_text(encoding="utf-8") == BROKEN
    assert os.listdir(page.parent) == ["page.txt"]
    assert "No space left on device" in err


def test_in_place_refuses_text_the_encoding_cannot_hold(cli, tmp_path):
    path = tmp_path / "big5.txt"
    data = TRADITIONAL.encode("cp950")
    path.write_bytes(data)
    code, _, err = cli("-i", "--encoding", "auto", "--convert", "t2s", path)
    assert code == 1
    assert path.read_bytes() == data
    assert "cannot write back as cp950" in err and "left unchanged" in err


def test_in_place_writes_through_a_symlink(cli, page, tmp_path):
    link = tmp_path / "link.txt"
    link.symlink_to(page)
    cli("-i", link)
    assert link.is_symlink()
    assert page.read_text(encoding="utf-8") == FIXED


def test_in_place_on_stdin_is_a_usage_error(cli, stdin):
    stdin(BROKEN.encode())
    assert cli("-i", "-")[0] == 2


# ------------------------------------------------------------------ check and diff


def test_check_lists_files_that_would_change_and_exits_1(cli, page, tmp_path):
    clean = tmp_path / "clean.txt"
    clean.write_text(CLEAN, encoding="utf-8")
    code, out, _ = cli("--check", page, clean)
    assert (code, out) == (1, f"{page}\n")


def test_check_changes_no_file(cli, page):
    cli("--check", page)
    assert page.read_text(encoding="utf-8") == BROKEN


def test_check_passes_on_repaired_output(cli, page, tmp_path):
    fixed = tmp_path / "fixed.txt"
    cli(page, "-o", fixed)
    assert cli("--check", fixed) == (0, "", "")


def test_diff_is_a_unified_diff(cli, page):
    code, out, _ = cli("--diff", page)
    assert code == 0
    assert out.startswith(f"--- {page}\t(original)\n+++ {page}\t(repaired)\n@@ ")
    assert "-区） 党工委 书 记 吕 沛\n" in out and "+" + FIXED in out


def test_diff_of_a_clean_file_is_empty(cli, tmp_path):
    clean = tmp_path / "clean.txt"
    clean.write_text(CLEAN, encoding="utf-8")
    assert cli("--diff", clean) == (0, "", "")


def test_check_with_diff_exits_1(cli, page):
    code, out, _ = cli("--check", "--diff", page)
    assert code == 1 and out.startswith("---")


# ------------------------------------------------------------------ explain


def test_explain_names_place_and_fix_of_each_edit(cli, page):
    code, out, _ = cli("--explain", page)
    assert code == 0
    assert f"{page}:3:7: remove_spaces: delete ' '" in out
    assert re.search(rf"^{re.escape(str(page))}: \d+ edits by \d+ fixes$", out, re.M)


def test_explain_json_offsets_point_into_the_input(cli, page):
    code, out, _ = cli("--explain", "--format", "json", page)
    record = json.loads(out)
    assert record["file"] == str(page)
    edits = [edit for step in record["steps"] for edit in step["edits"]]
    assert edits and all(BROKEN[e["start"] : e["end"]] == e["old"] for e in edits)


def test_explain_of_clean_text(cli, tmp_path):
    clean = tmp_path / "clean.txt"
    clean.write_text(CLEAN, encoding="utf-8")
    assert cli("--explain", clean)[1] == f"{clean}: no changes\n"


# ------------------------------------------------------------------ articles

ARTICLE_PAGE = "本报讯（记者郭树勋、付凯明）1月1日上午，会议召开。\n示范区召开会议\n"


def test_articles_jsonl_is_one_item_per_line(cli, tmp_path):
    pytest.importorskip("newsrepair.articles")
    path = tmp_path / "page.txt"
    path.write_text(ARTICLE_PAGE, encoding="utf-8")
    code, out, _ = cli("--articles", "--format", "jsonl", path)
    items = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and items
    assert all(item["file"] == str(path) for item in items)
    assert "郭树勋" in out  # not escaped: ensure_ascii=False


def test_articles_json_is_one_array(cli, tmp_path):
    pytest.importorskip("newsrepair.articles")
    path = tmp_path / "page.txt"
    path.write_text(ARTICLE_PAGE, encoding="utf-8")
    code, out, _ = cli("--articles", "--format", "json", path)
    assert code == 0 and isinstance(json.loads(out), list)


def test_articles_json_of_several_files_is_a_usage_error(cli, tmp_path):
    paths = _pages(tmp_path / "d", 2)
    assert cli("--articles", "--format", "json", *paths)[0] == 2


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_articles_rendered(cli, tmp_path, fmt):
    pytest.importorskip("newsrepair.render")
    path = tmp_path / "page.txt"
    path.write_text(ARTICLE_PAGE, encoding="utf-8")
    code, out, _ = cli("--articles", "--format", fmt, path)
    assert code == 0 and "示范区召开会议" in out


def test_articles_text_without_the_render_module_is_a_usage_error(cli, page, monkeypatch):
    monkeypatch.setitem(sys.modules, "newsrepair.render", None)
    code, _, err = cli("--articles", page)
    assert code == 2 and "--format json or jsonl" in err


# ------------------------------------------------------------------ usage errors


@pytest.mark.parametrize(
    "args",
    [
        ["--in-place", "--diff"],
        ["--check", "--explain"],
        ["--explain", "--articles"],
        ["--in-place", "--check"],
        ["--in-place", "-o", "out.txt"],
        ["--check", "-o", "out.txt"],
        ["--format", "json"],
        ["--format", "markdown", "--explain"],
        ["--encoding", "klingon"],
        ["--jobs", "-1"],
        ["--convert", "x2y"],
        ["--jsonl-field", "text", "--diff"],
        ["--jsonl-field", "text", "--encoding", "auto"],
        ["--jsonl-field", "text", "--encoding", "utf-16"],
        ["--no-such-option"],
        ["--jobs", "many"],
    ],
    ids=lambda args: " ".join(args),
)
def test_usage_error_exits_2(cli, page, args):
    code, out, err = cli(*args, page)
    assert code == 2
    assert "usage:" in err and "Traceback" not in err


# ------------------------------------------------------------------ fixes


@pytest.mark.parametrize(
    "name", [f.name for f in fields(RepairOptions) if isinstance(f.default, bool)]
)
def test_every_fix_has_a_switch(name):
    from newsrepair.cli import _repair_options

    flag = name.replace("_", "-")
    off = _repair_options(build_parser().parse_args([f"--no-{flag}"]))
    on = _repair_options(build_parser().parse_args([f"--{flag}"]))
    assert getattr(off, name) is False and getattr(on, name) is True


def test_no_join_lines_keeps_the_line_breaks(cli, tmp_path):
    path = tmp_path / "p.txt"
    path.write_text("党工委 书 记\n吕 沛\n", encoding="utf-8")
    assert cli("--no-join-lines", path)[1] == "党工委书记\n吕沛\n"


def test_convert_switch(cli, tmp_path):
    path = tmp_path / "p.txt"
    path.write_text("汉字 转换\n", encoding="utf-8")
    assert cli("--convert", "s2t", path)[1] == "漢字轉換\n"


# ------------------------------------------------------------------ encodings


def test_named_encoding(cli, tmp_path):
    path = tmp_path / "gb.txt"
    path.write_bytes(BROKEN.encode("gb18030"))
    assert cli("--encoding", "gb18030", path)[1] == FIXED


def test_auto_encoding_reads_big5_and_writes_utf8(cli, tmp_path):
    path = tmp_path / "big5.txt"
    path.write_bytes(TRADITIONAL.encode("cp950"))
    code, out, _ = cli("--encoding", "auto", path)
    assert (code, out) == (0, repair(TRADITIONAL) + "\n")


def test_undecodable_file_is_one_line_with_name_and_offset(cli, tmp_path):
    path = tmp_path / "gb.txt"
    path.write_bytes("本报讯".encode("utf-8") + "会议".encode("gb18030"))
    code, out, err = cli(path)
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith(f"newsrepair: {path}: cannot decode as utf-8")
    assert "byte offset 9" in err and "--encoding auto" in err


# ------------------------------------------------------------------ batches


def test_directory_is_walked_recursively_for_txt_files(cli, tmp_path):
    top = tmp_path / "pages"
    first = _pages(top / "a", 1)[0]
    second = _pages(top / "b" / "c", 1)[0]
    (top / "notes.md").write_text(BROKEN, encoding="utf-8")
    code, out, _ = cli("--check", top)
    assert (code, out.splitlines()) == (1, [str(first), str(second)])


def test_glob_chooses_the_files(cli, tmp_path):
    top = tmp_path / "pages"
    _pages(top, 2)
    (top / "notes.md").write_text(BROKEN, encoding="utf-8")
    code, out, _ = cli("--check", "--glob", "*.md", top)
    assert out.splitlines() == [str(top / "notes.md")]


def test_empty_directory_is_an_error(cli, tmp_path):
    code, _, err = cli(tmp_path)
    assert code == 1 and "no files matching *.txt" in err


def test_missing_file_is_reported_and_the_batch_goes_on(cli, page, tmp_path):
    missing = tmp_path / "missing.txt"
    code, out, err = cli(missing, page)
    assert (code, out) == (1, FIXED)
    assert f"newsrepair: {missing}: No such file or directory" in err


def test_bad_file_is_counted_and_the_others_are_repaired(cli, tmp_path):
    paths = _pages(tmp_path / "d", 3)
    paths[1].write_bytes(b"\xff\xfe\xfa")
    code, _, err = cli("-i", tmp_path / "d")
    assert code == 1
    assert [p.read_text(encoding="utf-8").count("\n") for p in (paths[0], paths[2])] == [1, 1]
    assert re.search(r"3 files, [\d.]+ MB in [\d.]+ s \([\d.]+ MB/s\): 2 changed, 1 failed", err)


def test_summary_only_for_batches(cli, page):
    assert cli(page)[2] == ""


def test_quiet_drops_the_summary(cli, tmp_path):
    _pages(tmp_path / "d", 2)
    assert cli("--quiet", tmp_path / "d")[2] == ""


def test_jobs_give_the_same_output_in_the_same_order(cli, tmp_path):
    _pages(tmp_path / "d", 7)
    one = cli("-q", "--jobs", "1", tmp_path / "d")
    two = cli("-q", "--jobs", "2", tmp_path / "d")
    assert one == two and one[1].count("\n") == 7


def test_jobs_rewrite_in_place(cli, tmp_path):
    paths = _pages(tmp_path / "d", 5)
    assert cli("-q", "-i", "--jobs", "2", tmp_path / "d")[0] == 0
    assert all(p.read_text(encoding="utf-8").endswith("吕沛\n") for p in paths)
    assert all(p.read_text(encoding="utf-8").count("\n") == 1 for p in paths)


def test_progress_bar_when_stderr_is_a_terminal(cli, tmp_path, monkeypatch):
    terminal = TerminalStderr()
    monkeypatch.setattr(sys, "stderr", terminal)
    _pages(tmp_path / "d", 3)
    cli("--check", tmp_path / "d")
    shown = terminal.getvalue()
    assert "\r[" in shown and "3/3 files" in shown
    assert shown.rstrip().endswith("3 would change, 0 failed")


def test_no_progress_bar_when_stderr_is_not_a_terminal(cli, tmp_path):
    _pages(tmp_path / "d", 3)
    assert "\r" not in cli("--check", tmp_path / "d")[2]


# ------------------------------------------------------------------ signals


class ClosedPipe(io.StringIO):
    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_closed_stdout_exits_quietly(page, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    assert main([str(page)]) == EXIT_BROKEN_PIPE
    assert capsys.readouterr().err == ""


def test_interrupt_exits_130_without_traceback(cli, page, monkeypatch):
    def interrupted(path, task):
        raise KeyboardInterrupt

    monkeypatch.setattr(batch, "process_file", interrupted)
    code, _, err = cli(page)
    assert code == 130 and err == "newsrepair: interrupted\n"


# ------------------------------------------------------------------ JSON Lines


@pytest.fixture
def records(tmp_path) -> Path:
    path = tmp_path / "pages.jsonl"
    rows = [{"id": 1, "text": BROKEN, "tags": ["要闻"]}, {"id": 2, "text": CLEAN.strip()}]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


def test_jsonl_field_is_repaired_and_the_rest_kept(cli, records):
    code, out, _ = cli("--jsonl-field", "text", records)
    lines = out.splitlines()
    assert code == 0
    assert json.loads(lines[0]) == {"id": 1, "text": repair(BROKEN), "tags": ["要闻"]}
    assert lines[1] == json.dumps({"id": 2, "text": CLEAN.strip()}, ensure_ascii=False)


def test_jsonl_from_stdin(cli, stdin):
    stdin(json.dumps({"text": "书 记"}).encode() + b"\n")
    assert cli("--jsonl-field", "text") == (0, '{"text": "书记"}\n', "")


def test_jsonl_record_without_the_field_warns_and_passes(cli, stdin):
    stdin(b'{"id": 1}\n{"id": 2, "text": 3}\n')
    code, out, err = cli("--jsonl-field", "text")
    assert (code, out) == (0, '{"id": 1}\n{"id": 2, "text": 3}\n')
    assert "2 record(s) without a string 'text' field passed through unchanged (line 1, 2)" in err


def test_jsonl_invalid_line_is_kept_and_fails_with_its_number(cli, stdin):
    stdin(b'{"text": "\xe4\xb9\xa6 \xe8\xae\xb0"}\n{oops\n')
    code, out, err = cli("--jsonl-field", "text")
    assert (code, out) == (1, '{"text": "书记"}\n{oops\n')
    assert "line 2" in err


def test_jsonl_undecodable_line_names_offset_and_line(cli, stdin):
    stdin(b'{"text": "ok"}\n{"text": "\xff"}\n')
    code, _, err = cli("--jsonl-field", "text")
    assert code == 1
    assert "byte offset 25 (line 2)" in err


def test_jsonl_in_place(cli, records):
    assert cli("-i", "--jsonl-field", "text", records)[0] == 0
    assert json.loads(records.read_text("utf-8").splitlines()[0])["text"] == repair(BROKEN)


def test_jsonl_check(cli, records):
    assert cli("--check", "--jsonl-field", "text", records) == (1, f"{records}\n", "")


def test_jsonl_jobs_match_single_worker(cli, records, tmp_path):
    other = tmp_path / "more.jsonl"
    shutil.copy(records, other)
    one = cli("-q", "--jsonl-field", "text", records, other)
    two = cli("-q", "--jsonl-field", "text", "--jobs", "2", records, other)
    assert one == two


# ------------------------------------------------------------------ the installed script


def _script() -> str:
    found = shutil.which("newsrepair", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.skip("the newsrepair script is not installed next to this Python")
    return found


def test_installed_script_smoke(page):
    done = subprocess.run(
        [_script(), str(page)], capture_output=True, timeout=60, check=False
    )
    assert (done.returncode, done.stdout.decode("utf-8"), done.stderr) == (0, FIXED, b"")


def test_installed_script_exits_quietly_on_a_closed_pipe(page):
    process = subprocess.Popen(
        [_script(), str(page)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # the reader is gone before the first write, as with `| head`
    assert process.wait(timeout=60) == EXIT_BROKEN_PIPE
    assert process.stderr.read() == b""


# ------------------------------------------------------------------ more edges


def test_jsonl_lines_end_at_newline_only(cli, stdin):
    line = json.dumps({"text": "书 记\u2028吕\x85沛"}, ensure_ascii=False) + "\n"
    stdin(line.encode("utf-8"))
    code, out, _ = cli("--jsonl-field", "text")
    assert code == 0 and out.count("\n") == 1


def test_explain_jsonl_is_one_line_per_file(cli, tmp_path):
    paths = _pages(tmp_path / "d", 3)
    code, out, _ = cli("-q", "--explain", "--format", "jsonl", *paths)
    assert [json.loads(line)["file"] for line in out.splitlines()] == [str(p) for p in paths]


def test_auto_encoding_names_the_offset_when_nothing_fits(cli, tmp_path):
    path = tmp_path / "junk.txt"
    path.write_bytes("会议".encode("gb18030") + b"\xff\xff")
    code, _, err = cli("--encoding", "auto", path)
    assert code == 1
    assert "cannot decode as UTF-8, GB18030 or Big5" in err and "byte offset 4" in err


def test_internal_error_is_one_line_and_the_batch_goes_on(cli, tmp_path, monkeypatch):
    paths = _pages(tmp_path / "d", 2)
    real = batch.repair

    def flaky(text, *, options=None):
        if text.startswith("第0版"):
            raise ValueError("boom")
        return real(text, options=options)

    monkeypatch.setattr(batch, "repair", flaky)
    code, out, err = cli("-q", *paths)
    assert code == 1 and out.startswith("第1版")
    assert f"{paths[0]}: internal error (ValueError: boom); please report it\n" in err
    assert "Traceback" not in err


def test_file_name_that_is_not_utf8_is_listed_as_its_bytes(tmp_path, capsysbinary):
    folder = os.fsencode(tmp_path)
    name = os.path.join(folder, "会议".encode("gbk") + b".txt")
    with open(name, "wb") as handle:
        handle.write(BROKEN.encode("utf-8"))
    assert main(["--check", str(tmp_path)]) == 1
    out, err = capsysbinary.readouterr()
    assert out == name + b"\n"
    assert b"Traceback" not in err


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="本报讯书记 　\n，。（）2022年ab", max_size=60))
def test_cli_repair_is_idempotent_and_keeps_the_final_break(text):
    """Idempotent wherever the library's repair is (that one has its own tests)."""
    body = text[:-1] if text.endswith("\n") else text
    assume(repair(repair(body)) == repair(body))
    once = batch.fix_text(text, batch.Task())
    assert batch.fix_text(once, batch.Task()) == once
    assert once.endswith("\n") == text.endswith("\n") or once == ""


class FullDisk(io.StringIO):
    def write(self, text: str) -> int:
        raise OSError(28, "No space left on device")


def test_stdout_on_a_full_disk_is_one_line_and_exit_1(page, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdout", FullDisk())
    assert main([str(page)]) == 1
    assert capsys.readouterr().err == "newsrepair: stdout: No space left on device\n"


def test_output_file_on_a_full_disk_leaves_no_file(page, tmp_path, monkeypatch, cli):
    def disk_full(self, data):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(batch.AtomicWriter, "write", disk_full)
    target = tmp_path / "out" / "fixed.txt"
    target.parent.mkdir()
    code, _, err = cli(page, "-o", target)
    assert code == 1 and "No space left on device" in err
    assert list(target.parent.iterdir()) == []
