"""Rendering items back to editorial text: headline first, body, byline; photos as caption and credit."""

from __future__ import annotations

from newsrepair import render_markdown, render_text, split_articles
from newsrepair.segments import content

PAGE = "\n".join(
    [
        "2020年1月8日",
        "星期三",
        "第5版",
        "本报讯（记者郭树勋）1月1日上午，吕沛主持召开示范区农村疫情防控工作会议。",
        "会议听取了各乡镇关于农村疫情防控工作的汇报。",
        "（李鑫）",
        "示范区农村疫情防控工作会议强调",
        "切实把保健康防重症强救治优服务要求落实到村村户户",
        "1月2日，焦作科瑞森重装股份有限公司的工人在检验产品质量。",
        "本报记者 刘金元 摄",
    ]
)


def test_plain_text_puts_the_headline_first() -> None:
    text = render_text(split_articles(PAGE, repaired=True))
    article, photo = text.split("\n\n")
    assert article.split("\n") == [
        "示范区农村疫情防控工作会议强调",
        "切实把保健康防重症强救治优服务要求落实到村村户户",
        "本报讯（记者郭树勋）1月1日上午，吕沛主持召开示范区农村疫情防控工作会议。",
        "会议听取了各乡镇关于农村疫情防控工作的汇报。",
        "（李鑫）",
    ]
    assert photo.split("\n") == [
        "1月2日，焦作科瑞森重装股份有限公司的工人在检验产品质量。",
        "本报记者 刘金元 摄",
    ]


def test_plain_text_leaves_page_furniture_out_unless_asked() -> None:
    items = split_articles(PAGE, repaired=True)
    assert "第5版" not in render_text(items)
    assert render_text(items, include_noise=True).startswith("2020年1月8日\n星期三\n第5版\n\n")


def test_plain_text_keeps_every_character_of_the_items_it_renders() -> None:
    items = split_articles(PAGE, repaired=True)
    assert sorted(content(render_text(items, include_noise=True))) == sorted(content(PAGE))


def test_markdown_main_title_is_a_heading_and_over_title_emphasised() -> None:
    md = render_markdown(split_articles(PAGE, repaired=True))
    blocks = md.split("\n\n")
    assert blocks[0] == "*示范区农村疫情防控工作会议强调*"
    assert blocks[1] == "## 切实把保健康防重症强救治优服务要求落实到村村户户"
    assert blocks[-1] == "*本报记者 刘金元 摄*"


def test_markdown_escapes_markup_characters() -> None:
    md = render_markdown(split_articles("本报讯 近日，*重要*会议召开。", repaired=True))
    assert md == "本报讯 近日，\\*重要\\*会议召开。"


def test_markdown_noise_becomes_a_comment_when_asked() -> None:
    md = render_markdown(split_articles(PAGE, repaired=True), include_noise=True)
    assert md.startswith("<!-- 2020年1月8日 星期三 第5版 -->")


def test_nothing_to_render_gives_empty_text() -> None:
    assert render_text([]) == "" and render_markdown([]) == ""
    assert render_text(split_articles("第5版")) == ""
