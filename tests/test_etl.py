"""Repairing one field of records: dicts, JSON Lines streams, pickling, the Dask recipe."""

from __future__ import annotations

import functools
import io
import itertools
import json
import pickle
import re
from pathlib import Path
from typing import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsrepair
from newsrepair import RepairOptions, repair, repair_jsonl, repair_records
from newsrepair.etl import RecordStats, repair_record

DOCS = Path(__file__).resolve().parent.parent / "docs"

BROKEN = "本报讯（记者付凯明） 2022\n年12月30日下午，示范区 （高新\n区） 党工委 书 记 吕 沛"
FIXED = repair(BROKEN)


# ------------------------------------------------------------------ records


def test_record_field_is_repaired():
    assert repair_record({"text": BROKEN}, field="text") == {"text": FIXED}


def test_other_fields_are_untouched_and_keep_their_order():
    record = {"id": 3, "text": BROKEN, "meta": {"page": "A1", "tags": ["要闻"]}, "score": 1.0}
    fixed = repair_record(record, field="text")
    assert list(fixed) == ["id", "text", "meta", "score"]
    assert {k: v for k, v in fixed.items() if k != "text"} == {
        "id": 3, "meta": {"page": "A1", "tags": ["要闻"]}, "score": 1.0,
    }


def test_input_record_is_not_mutated():
    record = {"text": BROKEN}
    repair_record(record, field="text")
    assert record == {"text": BROKEN}


@pytest.mark.parametrize(
    "record",
    [{"title": "无正文"}, {"text": None}, {"text": 42}, {"text": ["书 记"]}],
    ids=["missing", "null", "number", "list"],
)
def test_record_without_a_string_field_passes_through(record: dict):
    assert repair_record(record, field="text") is record


def test_already_repaired_record_is_returned_as_it_is():
    record = {"text": FIXED}
    assert repair_record(record, field="text") is record


def test_options_are_respected():
    record = {"text": "书 记\n吕 沛"}
    fixed = repair_record(record, field="text", options=RepairOptions(join_lines=False))
    assert fixed["text"] == "书记\n吕沛"


def test_records_are_counted():
    stats = RecordStats()
    rows = [{"text": BROKEN}, {"text": FIXED}, {"id": 1}, {"text": None}]
    list(repair_records(rows, field="text", stats=stats))
    assert (stats.records, stats.changed, stats.skipped, stats.skipped_lines) == (4, 1, 2, [3, 4])


def test_records_are_repaired_lazily():
    endless = ({"n": n, "text": "书 记"} for n in itertools.count())
    first = list(itertools.islice(repair_records(endless, field="text"), 3))
    assert first == [{"n": n, "text": "书记"} for n in range(3)]


# ------------------------------------------------------------------ JSON Lines


def _jsonl(lines: list[str], **kwargs) -> tuple[list[str], RecordStats]:
    out = io.StringIO()
    stats = repair_jsonl(lines, out, field="text", **kwargs)
    # JSON Lines end at "\n" only: str.splitlines would also cut at U+0085 and U+2028
    return re.findall(r"[^\n]*\n|[^\n]+$", out.getvalue()), stats


def test_jsonl_changed_record_is_written_without_ascii_escapes():
    lines, _ = _jsonl([json.dumps({"id": 1, "text": BROKEN}) + "\n"])
    assert lines == [f'{{"id": 1, "text": "{FIXED}"}}\n']


def test_jsonl_unchanged_record_is_copied_byte_for_byte():
    line = '{"id":1,  "text":"\\u4e66\\u8bb0", "x": 1e5}\n'
    assert _jsonl([line])[0] == [line]


def test_jsonl_record_without_the_field_is_copied_and_counted():
    lines, stats = _jsonl(['{"id": 2}\n', '{"id": 3, "text": null}\n'])
    assert lines == ['{"id": 2}\n', '{"id": 3, "text": null}\n']
    assert (stats.skipped, stats.skipped_lines) == (2, [1, 2])


def test_jsonl_invalid_line_is_copied_and_reported_with_its_number():
    lines, stats = _jsonl(['{"text": "书 记"}\n', '{"text": \n', "[1, 2]\n"])
    assert lines == ['{"text": "书记"}\n', '{"text": \n', "[1, 2]\n"]
    assert [number for number, _ in stats.invalid] == [2, 3]
    assert stats.invalid_count == 2


def test_jsonl_blank_lines_are_kept():
    assert _jsonl(["\n", '{"text": "书 记"}\n', "  \n"])[0] == ["\n", '{"text": "书记"}\n', "  \n"]


def test_jsonl_crlf_ending_is_kept_on_changed_records():
    assert _jsonl(['{"text": "书 记"}\r\n'])[0] == ['{"text": "书记"}\r\n']


def test_jsonl_last_line_without_newline_gets_one():
    assert _jsonl(['{"text": "书记"}'])[0] == ['{"text": "书记"}\n']


def test_jsonl_streams_one_line_at_a_time():
    """Each record is written before the next line is read: memory does not grow."""
    read = 0
    written: list[int] = []

    def lines() -> Iterator[str]:
        nonlocal read
        for n in range(50):
            read += 1
            yield json.dumps({"n": n, "text": "书 记"}) + "\n"

    class Sink:
        def write(self, text: str) -> None:
            written.append(read)

    repair_jsonl(lines(), Sink(), field="text")
    assert written == list(range(1, 51))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.dictionaries(st.sampled_from(["id", "text", "title"]),
                                st.one_of(st.none(), st.integers(), st.text(max_size=30)),
                                max_size=3), max_size=8))
def test_jsonl_keeps_every_record_and_every_other_field(records: list[dict]):
    lines, stats = _jsonl([json.dumps(r, ensure_ascii=False) + "\n" for r in records])
    back = [json.loads(line) for line in lines]
    assert len(back) == len(records) == stats.records
    for old, new in zip(records, back):
        assert list(new) == list(old)
        assert {k: v for k, v in new.items() if k != "text"} == {
            k: v for k, v in old.items() if k != "text"
        }
        if isinstance(old.get("text"), str):
            assert new["text"] == repair(old["text"])


# ------------------------------------------------------------------ pickling


@pytest.mark.parametrize(
    "function",
    [repair, repair_record, repair_records, repair_jsonl, newsrepair.repair_and_explain],
    ids=lambda f: f.__name__,
)
def test_functions_pickle_by_reference(function):
    assert pickle.loads(pickle.dumps(function)) is function


def test_pickled_partial_repair_repairs_the_same():
    fix = functools.partial(repair, options=RepairOptions(remove_spaces=False))
    assert pickle.loads(pickle.dumps(fix))(BROKEN) == fix(BROKEN)


def test_pickled_partial_record_repair_repairs_the_same():
    fix = functools.partial(repair_record, field="body")
    assert pickle.loads(pickle.dumps(fix))({"body": BROKEN}) == {"body": FIXED}


def test_repair_options_pickle():
    options = RepairOptions(join_lines=False)
    assert pickle.loads(pickle.dumps(options)) == options


# ------------------------------------------------------------------ Dask recipe


def _doc_block(name: str) -> str:
    """The Python code block after ``<!-- tested: NAME ... -->`` in docs/etl.md."""
    text = (DOCS / "etl.md").read_text(encoding="utf-8")
    match = re.search(rf"<!-- tested: {name}\b.*?-->\s*```python\n(.*?)```", text, re.S)
    assert match, f"docs/etl.md has no tested block {name!r}"
    return match.group(1)


@pytest.mark.parametrize("scheduler", ["sync", "threads"])
def test_dask_bag_recipe_from_the_docs(scheduler: str):
    db = pytest.importorskip("dask.bag")
    namespace: dict = {}
    exec(compile(_doc_block("dask-bag"), "docs/etl.md", "exec"), namespace)
    records = [{"id": n, "text": BROKEN} for n in range(6)] + [{"id": 6}]
    pages = db.from_sequence(records, npartitions=3)
    result = namespace["repair_bag"](pages).compute(scheduler=scheduler)
    assert result == [{"id": n, "text": FIXED} for n in range(6)] + [{"id": 6}]
