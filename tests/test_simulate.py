"""The damage simulator: what it does to a page, its gold, and its ambiguity marks."""

from __future__ import annotations

import random

import pytest
import regex
from hypothesis import given, settings

from newsrepair.simulate import (
    PRESETS,
    Article,
    DamageOptions,
    Header,
    Page,
    Photo,
    damage,
    generate_article,
    generate_page,
    generate_paragraph,
    make_input,
    simulate,
)
from newsrepair.strategies import clean_paragraphs, damaged_pages

SEGMENT_TYPES = {"title", "body", "byline", "caption", "credit", "noise", "other"}
ITEM_KINDS = {"article", "photo", "noise", "other"}
LETTER_SPACED = regex.compile(r"\p{Han} \p{Han} \p{Han}")
NO_START = set("）】》〉」』〕”’］｝。，、；：？！…%")


def strip(text: str) -> str:
    return "".join(c for c in text if not c.isspace())


def body_lines(text: str) -> list[str]:
    return [line for line in text.replace("\f", "\n").split("\n") if line.strip()]


# ------------------------------------------------------------------ reproducible


def test_same_seed_same_damage() -> None:
    assert simulate(seed=11).text == simulate(seed=11).text
    assert simulate(seed=11).gold == simulate(seed=11).gold


def test_other_seed_other_damage() -> None:
    assert simulate(seed=11).text != simulate(seed=12).text


def test_a_random_generator_can_be_passed() -> None:
    page = generate_page(random.Random(4))
    assert damage(page, seed=random.Random(9)).text == damage(page, seed=random.Random(9)).text


# ------------------------------------------------------------------ gold


@settings(max_examples=60, deadline=None)
@given(damaged_pages(pages=(1, 2)))
def test_gold_has_the_content_of_the_damaged_text(damaged) -> None:
    assert strip("".join(text for _, text in damaged.segments())) == strip(damaged.text)


@settings(max_examples=40, deadline=None)
@given(damaged_pages())
def test_gold_is_in_the_corpus_format(damaged) -> None:
    gold = damaged.gold
    assert set(gold) == {"id", "source", "items"}
    for item in gold["items"]:
        assert item["kind"] in ITEM_KINDS
        assert item["segments"]
        for segment in item["segments"]:
            assert set(segment) == {"type", "text"}
            assert segment["type"] in SEGMENT_TYPES
            assert segment["text"] == segment["text"].strip() and "\n" not in segment["text"]


@settings(max_examples=40, deadline=None)
@given(damaged_pages())
def test_gold_keeps_only_legitimate_spaces(damaged) -> None:
    for kind, text in damaged.segments():
        if kind in ("byline", "credit"):
            continue
        for latin in ("Apple Watch", "COVID 19", "iPhone 14"):
            text = text.replace(latin, "")
        assert " " not in text and "\u3000" not in text, (kind, text)


def test_gold_segments_follow_the_reading_order_of_the_damaged_text() -> None:
    damaged = simulate(seed=5, pages=2)
    flat = strip(damaged.text)
    position = 0
    for _, text in damaged.segments():
        found = flat.find(strip(text), position)
        assert found == position
        position += len(strip(text))
    assert position == len(flat)


# ------------------------------------------------------------------ layout


def test_closing_punctuation_never_starts_a_line() -> None:
    for seed in range(30):
        for line in body_lines(simulate(seed=seed).text):
            assert line.strip()[0] not in NO_START, line


def test_numbers_are_not_broken_inside() -> None:
    for seed in range(30):
        lines = body_lines(simulate(seed=seed).text)
        for a, b in zip(lines, lines[1:]):
            assert not (a.rstrip()[-1].isdigit() and b.lstrip()[0].isdigit()), (a, b)


def test_dates_break_between_number_and_unit() -> None:
    texts = [simulate(seed=seed).text for seed in range(40)]
    assert any(
        a.rstrip()[-1].isdigit() and b.lstrip()[0] in "年月日时分"
        for text in texts
        for a, b in zip(body_lines(text), body_lines(text)[1:])
    )


def test_narrow_justified_lines_are_letter_spaced() -> None:
    options = DamageOptions(
        widths=(8, 12), space_threshold=(0.05, 0.05), bracket_spaces=0.0, digit_spaces=0.0
    )
    text = "".join(simulate(seed=seed, options=options).text for seed in range(10))
    assert any(LETTER_SPACED.search(line) for line in body_lines(text))


def test_no_letter_spacing_when_switched_off() -> None:
    options = DamageOptions(letter_spacing=False, bracket_spaces=0.0, digit_spaces=0.0)
    for seed in range(10):
        for line in body_lines(simulate(seed=seed, options=options).text):
            assert not LETTER_SPACED.search(line), line


def test_spaces_around_fullwidth_brackets() -> None:
    options = DamageOptions(bracket_spaces=1.0)
    text = "".join(simulate(seed=seed, options=options).text for seed in range(10))
    assert " （" in text or "） " in text


def test_dropped_indents_leave_no_indent() -> None:
    text = simulate(seed=3, options=DamageOptions(indent="drop")).text
    assert "\u3000" not in text


def test_kept_indents_are_two_ideographic_spaces() -> None:
    text = simulate(seed=3, options=PRESETS["ideo"]).text
    assert any(line.startswith("\u3000\u3000") and line[2] != "\u3000" for line in text.split("\n"))


def test_ideographic_preset_writes_no_ascii_space_but_legitimate_ones() -> None:
    damaged = simulate(seed=3, options=PRESETS["ideo"])
    assert "\u3000" in damaged.text


def test_titles_after_the_body() -> None:
    page = Page(
        items=(Article(paragraphs=("会议指出，要抓好当前工作。",), title="示范区召开会议"),)
    )
    damaged = damage(page, seed=1, options=DamageOptions(titles="after"))
    assert [kind for kind, _ in damaged.segments()] == ["body", "title"]
    assert damaged.text.rstrip().endswith("示范区召开会议")


def test_titles_before_the_body() -> None:
    page = Page(
        items=(
            Article(
                paragraphs=("会议指出，要抓好当前工作。",),
                title="示范区召开会议",
                over_title="聚焦民生保障",
            ),
        )
    )
    damaged = damage(page, seed=1, options=DamageOptions(titles="before"))
    assert [kind for kind, _ in damaged.segments()] == ["title", "title", "body"]


def test_byline_and_credit_keep_their_spaces_in_the_gold() -> None:
    page = Page(
        items=(
            Article(paragraphs=("要做好民生保障工作。",), byline="（牛森杰 李泽乾）"),
            Photo(caption="1月2日，工人在检验产品质量。", credit="本报记者 刘金元 摄"),
        )
    )
    damaged = damage(page, seed=2)
    assert ("byline", "（牛森杰 李泽乾）") in damaged.segments()
    assert ("credit", "本报记者 刘金元 摄") in damaged.segments()
    assert [item["kind"] for item in damaged.gold["items"]] == ["article", "photo"]


def test_header_glued_on_one_line_is_one_segment_per_token() -> None:
    page = Page(items=(Article(paragraphs=("要做好民生保障工作。",)),), header=Header())
    damaged = damage(page, seed=1, options=DamageOptions(header=1.0, glue_header=1.0))
    assert damaged.text.startswith("2020年1月21日 星期二 要闻 第4版\n")
    assert damaged.gold["items"][0] == {
        "kind": "noise",
        "segments": [
            {"type": "noise", "text": t} for t in ("2020年1月21日", "星期二", "要闻", "第4版")
        ],
    }


def test_stray_fragments_are_noise_items() -> None:
    damaged = simulate(seed=1, options=DamageOptions(stray_fragments=1.0))
    noise = [i for i in damaged.gold["items"][1:] if i["kind"] == "noise"]
    assert noise and all(len(i["segments"][0]["text"]) <= 2 for i in noise)
    assert any(line.startswith(" ") and len(line.strip()) <= 2 for line in damaged.text.split("\n"))


def test_column_breaks_put_blank_lines_mid_sentence() -> None:
    options = DamageOptions(
        column_lines=(5, 5), blank_at_column_break=1.0, blank_between_paragraphs=0.0
    )
    text = simulate(seed=2, options=options).text
    assert any(
        before.strip()
        and not before.rstrip().endswith(("。", "！", "？", "”"))
        and not blank
        and after
        for before, blank, after in zip(
            text.split("\n"), text.split("\n")[1:], text.split("\n")[2:]
        )
    )


def test_pages_are_joined_with_form_feeds() -> None:
    damaged = simulate(seed=1, pages=3)
    assert damaged.text.count("\f") == 3
    assert len(damaged.page_ambiguities) == 3


def test_columns_give_each_line_the_width_it_was_set_in() -> None:
    title = "示范区召开会议"
    page = Page(items=(Article(paragraphs=("会议指出，要切实加强党对“三农”工作的领导，确保粮食安全。",), title=title),))
    damaged = damage(page, seed=1, options=DamageOptions(widths=(12, 12), titles="before"))
    rows = damaged.text.split("\n")[:-1]
    assert len(damaged.columns) == len(rows)
    for row, column in zip(rows, damaged.columns):
        # the title's lines (and blank lines) were set in no column, body lines 12 em wide
        assert column == (0.0 if strip(row) in title else 12.0), row


def test_columns_are_zero_on_blank_lines_and_follow_the_pages() -> None:
    options = DamageOptions(header=0.0, titles="after", stray_fragments=0.0)
    damaged = simulate(seed=1, pages=3, options=options)
    rows = damaged.text.split("\n")[:-1]
    assert len(damaged.columns) == len(rows)
    assert all(c == 0.0 for row, c in zip(rows, damaged.columns) if not row.strip())
    # each page opens with a line of its first item's body or caption
    firsts = [0] + [k for k, row in enumerate(rows) if row.startswith("\f")]
    assert len(firsts) == 3 and all(damaged.columns[k] > 0.0 for k in firsts)


# ------------------------------------------------------------------ ambiguity


def _flush_page(second: str, indent: str = "drop") -> Page:
    # column 10: the first paragraph's first line takes 8 em, its last line exactly 10
    first = "一二三四五六七八" + "九十一二三四五六七。"
    return Page(items=(Article(paragraphs=(first, second)),))


FLUSH = DamageOptions(widths=(10, 10), letter_spacing=False, bracket_spaces=0.0, digit_spaces=0.0)


def test_full_last_line_then_unindented_one_line_paragraph_is_ambiguous() -> None:
    damaged = damage(_flush_page("好的。"), seed=1, options=FLUSH)
    assert body_lines(damaged.text) == ["一二三四五六七八", "九十一二三四五六七。", "好的。"]
    assert damaged.ambiguous
    (ambiguity,) = damaged.ambiguities
    assert damaged.text.split("\n")[ambiguity.line - 1] == "好的。"


def test_full_last_line_then_two_em_short_first_line_is_not_ambiguous() -> None:
    damaged = damage(_flush_page("甲乙丙丁戊己庚辛壬癸甲乙丙丁。"), seed=1, options=FLUSH)
    assert not damaged.ambiguous


def test_kept_indent_settles_the_flush_boundary() -> None:
    options = DamageOptions(
        **{**{k: getattr(FLUSH, k) for k in FLUSH.__dataclass_fields__}, "indent": "keep"}
    )
    damaged = damage(_flush_page("好的。"), seed=1, options=options)
    assert not damaged.ambiguous


def test_flush_paragraphs_without_indent_are_ambiguous_at_full_lines() -> None:
    options = DamageOptions(
        **{**{k: getattr(FLUSH, k) for k in FLUSH.__dataclass_fields__}, "indent": "none"}
    )
    first = "一二三四五六七八九十" + "一二三四五六七八九。"
    page = Page(items=(Article(paragraphs=(first, "甲乙丙丁戊己庚辛壬癸甲乙丙丁。")),))
    assert damage(page, seed=1, options=options).ambiguous


def test_short_last_line_is_not_ambiguous() -> None:
    page = Page(items=(Article(paragraphs=("一二三四五六七八九十一二。", "好的。")),))
    assert not damage(page, seed=1, options=FLUSH).ambiguous


@settings(max_examples=80, deadline=None)
@given(damaged_pages(pages=(1, 2)))
def test_the_true_reading_is_always_one_the_model_allows(damaged) -> None:
    assert not any("outside" in a.reason for a in damaged.ambiguities)


def test_most_generated_pages_are_unambiguous() -> None:
    ambiguous = sum(simulate(seed=seed).ambiguous for seed in range(60))
    assert ambiguous < 20


# ------------------------------------------------------------------ clean text


@settings(max_examples=50, deadline=None)
@given(clean_paragraphs())
def test_paragraphs_end_with_sentence_punctuation(paragraph: str) -> None:
    assert paragraph[-1] in "。！？”"


def test_articles_have_leads_titles_and_bylines_sometimes() -> None:
    articles = [generate_article(random.Random(seed)) for seed in range(60)]
    assert any(a.paragraphs[0].startswith(("本报讯", "本报", "新华社")) for a in articles)
    assert any(a.byline for a in articles) and any(a.title for a in articles)
    assert any(not a.title for a in articles)


def test_generated_paragraph_has_no_line_break() -> None:
    assert "\n" not in generate_paragraph(random.Random(2))


# ------------------------------------------------------------------ options and inputs


def test_make_input_reaches_the_size() -> None:
    assert len(make_input(20_000, seed=3)) >= 20_000


def test_make_input_rejects_negative_size() -> None:
    with pytest.raises(ValueError, match="invalid size"):
        make_input(-1)


def test_invalid_widths_are_refused() -> None:
    with pytest.raises(ValueError, match="invalid widths"):
        DamageOptions(widths=(3, 2))


def test_unknown_preset_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown preset"):
        simulate(options="ocr")


@pytest.mark.parametrize("preset", sorted(PRESETS))
def test_every_preset_keeps_the_content(preset: str) -> None:
    damaged = simulate(seed=9, options=preset)
    assert strip("".join(t for _, t in damaged.segments())) == strip(damaged.text)
