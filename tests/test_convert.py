"""convert: OpenCC conversion with every standard configuration, traced and thread-safe."""

from __future__ import annotations

import importlib
import threading
import time
from pathlib import Path

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsrepair.conversion import CONFIGS, convert, convert_edits
from newsrepair.trace import apply_edits

#: The module itself.
convert_module = importlib.import_module("newsrepair.conversion")

SIMPLIFIED = "我们的国家发展得很快，人民生活水平不断提高。经济、文化、教育事业全面进步。"
TRADITIONAL = "我們的國家發展得很快，人民生活水平不斷提高。經濟、文化、教育事業全面進步。"

# ------------------------------------------------------------------ configs


def test_every_standard_configuration_is_offered() -> None:
    assert set(CONFIGS) == {
        "s2t", "t2s", "s2tw", "tw2s", "s2hk", "hk2s", "s2twp", "tw2sp", "t2tw", "t2hk", "t2jp", "jp2t",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("config", "source", "target"),
    [
        ("s2t", "汉字转换，头发", "漢字轉換，頭髮"),
        ("t2s", "漢字轉換，頭髮", "汉字转换，头发"),
        ("s2tw", "着", "著"),
        ("tw2s", "著", "着"),
        ("s2hk", "后面", "後面"),
        ("hk2s", "後面", "后面"),
        ("s2twp", "鼠标和软件", "滑鼠和軟體"),
        ("tw2sp", "滑鼠和軟體", "鼠标和软件"),
        ("t2tw", "裏面", "裡面"),
        ("t2hk", "裏面", "裏面"),
        ("t2jp", "國際經濟", "国際経済"),
        ("jp2t", "国際経済", "國際經濟"),
    ],
)
def test_each_configuration_converts(config: str, source: str, target: str) -> None:
    assert convert(source, config) == target


def test_unknown_configuration_raises_value_error_listing_the_valid_ones() -> None:
    with pytest.raises(ValueError, match=r"'zh2en'.*s2t, t2s, s2tw"):
        convert("汉字", "zh2en")


def test_unknown_configuration_raises_even_on_empty_text() -> None:
    with pytest.raises(ValueError, match="valid configs"):
        convert_edits("", "s2x")


def test_json_suffix_of_a_configuration_name_is_accepted() -> None:
    assert convert("头发", "s2t.json") == "頭髮"


def test_empty_text_stays_empty() -> None:
    assert convert("", "s2t") == ""


# -------------------------------------------------------------- round trips


@pytest.mark.parametrize(("there", "back"), [("s2t", "t2s"), ("s2tw", "tw2s"), ("s2hk", "hk2s"), ("s2twp", "tw2sp")])
def test_simplified_text_survives_a_round_trip(there: str, back: str) -> None:
    assert convert(convert(SIMPLIFIED, there), back) == SIMPLIFIED


@pytest.mark.parametrize(("regional", "back"), [("t2tw", "tw2s"), ("t2hk", "hk2s")])
def test_traditional_text_survives_a_regional_round_trip(regional: str, back: str) -> None:
    assert convert(convert(TRADITIONAL, regional), back) == SIMPLIFIED


def test_traditional_text_survives_a_japanese_round_trip() -> None:
    assert convert(convert(TRADITIONAL, "t2jp"), "jp2t") == TRADITIONAL


@pytest.mark.parametrize(("there", "back", "floor"), [("s2t", "t2s", 0.999), ("s2twp", "tw2sp", 0.99)])
def test_dev_pages_survive_a_round_trip_almost_everywhere(dev_corpus: Path, there: str, back: str, floor: float) -> None:
    kept = total = 0
    for path in sorted(dev_corpus.glob("*.raw.txt"))[::20]:
        text = path.read_text(encoding="utf-8")
        again = convert(convert(text, there), back)
        assert len(again) == len(text)
        kept += sum(a == b for a, b in zip(text, again))
        total += len(text)
    assert kept / total >= floor


def test_simplified_text_is_a_fixed_point_of_t2s() -> None:
    assert convert(SIMPLIFIED, "t2s") == SIMPLIFIED


# -------------------------------------------------------------------- trace


def test_edits_name_each_changed_run() -> None:
    assert [(e.start, e.end, e.old, e.new) for e in convert_edits("头发和后面", "s2t")] == [
        (0, 2, "头发", "頭髮"),
        (3, 4, "后", "後"),
    ]


def test_a_phrase_that_changes_length_is_one_edit() -> None:
    assert [(e.old, e.new) for e in convert_edits("插上U盘。", "s2twp")] == [("U盘", "隨身碟")]


@pytest.mark.parametrize("config", CONFIGS)
def test_edits_reproduce_opencc_on_dev_pages(dev_corpus: Path, config: str) -> None:
    converter = opencc.OpenCC(f"{config}.json")
    for path in sorted(dev_corpus.glob("*.raw.txt"))[::40]:
        text = path.read_text(encoding="utf-8")
        assert apply_edits(text, convert_edits(text, config)) == converter.convert(text)


CHINESE = st.lists(
    st.sampled_from(list("头发后面着干台里面软件鼠标U盘汉字國際經濟，。 \n\t-·a1") + ["\ud800", "\x00", "😀"]),
    max_size=40,
).map("".join)


@settings(max_examples=150, deadline=None)
@given(CHINESE, st.sampled_from(CONFIGS))
def test_edits_replay_to_the_output_and_quote_the_input(text: str, config: str) -> None:
    edits = convert_edits(text, config)
    assert apply_edits(text, edits) == convert(text, config)
    assert all(text[e.start : e.end] == e.old and e.old != e.new for e in edits)
    assert all(a.end <= b.start for a, b in zip(edits, edits[1:]))


@settings(max_examples=150, deadline=None)
@given(CHINESE)
def test_t2s_is_idempotent(text: str) -> None:
    once = convert(text, "t2s")
    assert convert(once, "t2s") == once


@settings(max_examples=100, deadline=None)
@given(st.text())
def test_never_raises_on_any_text(text: str) -> None:
    convert(text, "s2t")


def test_lone_surrogates_and_nul_pass_through() -> None:
    assert convert("头\ud800发\x00后", "s2t") == "頭\ud800發\x00後"


# ------------------------------------------------------------------ threads


def test_converter_is_built_once_when_many_threads_ask_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[str] = []
    real = opencc.OpenCC
    start = threading.Barrier(8)

    def counting(config: str) -> object:
        built.append(config)
        time.sleep(0.05)  # a slow build widens the window for a race
        return real(config)

    monkeypatch.setattr(convert_module, "_converters", {})
    monkeypatch.setattr(convert_module.opencc, "OpenCC", counting)
    results: list[str] = []

    def work() -> None:
        start.wait()
        results.append(convert(SIMPLIFIED, "s2hk"))

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert built == ["s2hk.json"]
    assert results == [TRADITIONAL] * 8


def test_one_shared_converter_gives_the_same_results_from_many_threads() -> None:
    texts = [SIMPLIFIED * (i + 1) for i in range(6)]
    expected = [convert(t, "s2twp") for t in texts]
    got: dict[int, list[str]] = {}

    def work(n: int) -> None:
        got[n] = [convert(t, "s2twp") for t in texts for _ in range(20)][::20]

    threads = [threading.Thread(target=work, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(got[n] == expected for n in range(6))
