"""join_lines: hard-wrapped columns back into one paragraph per line."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsrepair import join_lines
from newsrepair import paragraphs as P
from newsrepair.paragraphs import line_width, split_lines
from newsrepair.simulate import simulate

COLUMN = (
    "会议指出，中央经济工作会\n"
    "议是在深入贯彻党的二十大\n"
    "精神开局时召开。\n"
    "会议强调，要切实加强党对\n"
    "“三农”工作的领导，推动\n"
    "农业农村工作再上新台阶。"
)


#: pdftotext -raw style: printed lines of 12-14 em cut where a quote or a
#: comma starts a new text run (``总体平稳，`` + ``发展质量稳步提升。`` is one
#: full printed line).
FRAGMENTS = (
    "今年以来，全县上下紧紧围\n绕\n“稳增长、惠民生”\n目标，扎\n"
    "实推进各项重点工作，经济运行\n总体平稳，\n发展质量稳步提升。\n"
    "前三季度，全县完成地区生产总\n值一百二十亿元。\n"
    "全县农业生产形势良好，粮\n食播种面积稳中有增，\n“菜篮\n"
    "子”产品供应充足，农民收入持\n续增加。\n"
    "下一步，该县将继续加大项\n目建设力度，\n确保全年目标任务\n圆满完成。"
)


def _lines_where(rule: Callable[[list[P.Line], list[float], int], bool], page: str) -> list[str]:
    """The lines of ``page`` before which a rule of ``_breaks``, ``rule(lines, columns, i)``, holds."""
    lines = P.split_lines(page)
    columns = P.prepare(lines)
    return [lines[i].text for i in range(1, len(lines)) if rule(lines, columns, i)]


def _decided(page: str) -> list[bool | None]:
    """What :func:`P.decided` says of each break of ``page``."""
    lines = P.split_lines(page)
    return P.decided(lines, P.prepare(lines))


def test_lines_of_one_paragraph_are_joined() -> None:
    assert join_lines(COLUMN).split("\n")[0] == "会议指出，中央经济工作会议是在深入贯彻党的二十大精神开局时召开。"


def test_a_short_line_after_a_sentence_end_ends_the_paragraph() -> None:
    assert join_lines(COLUMN).count("\n") == 1


def test_a_blank_line_mid_sentence_is_not_a_paragraph_break() -> None:
    page = COLUMN.replace("加强党对\n", "加强党对\n\n")
    assert join_lines(page) == join_lines(COLUMN)


def test_a_piece_of_a_full_printed_line_does_not_end_the_paragraph() -> None:
    # 发展质量稳步提升。 is short and ends a sentence, but it completes the
    # printed line that 总体平稳， began
    assert "稳步提升。前三季度" in join_lines(FRAGMENTS)


def test_a_short_printed_line_on_a_page_of_pieces_ends_the_paragraph() -> None:
    assert "一百二十亿元。\n全县农业" in join_lines(FRAGMENTS)



def test_a_column_among_pieces_is_measured_by_its_printed_lines() -> None:
    # the pieces around 近年来 are all narrow; read by their own widths the
    # column would be 12 em and the 2-em-short first line a full one
    page = (
        "县里把人居环境整治作为乡村振兴\n的重要抓手。只有持续不断地清理\n"
        "垃圾、改善村容村貌、打击乱搭乱\n建、补齐基础设施短板，\n才能建好\n"
        "让群众满意的美丽乡村。\n近年来，全县农村面貌焕然\n一新，\n群众的获得感不断增强，\n"
        "村民们说，现在的日子越过越有奔\n头。下一步，县里将继续加大力度\n"
        "投入，完善长效管护机制，让乡村\n既有颜值又有气质。"
    )
    assert "美丽乡村。\n近年来" in join_lines(page)


def test_a_column_of_short_paragraphs_is_as_wide_as_its_full_lines() -> None:
    # around 县委书记出席会议。 the only full line within three is the one
    # after it; a full line farther up confirms it, so the one-line
    # paragraphs are short lines of a 19-em column, not full ones of 8.5 em
    page = (
        "会议指出，中央经济工作会议是在深入贯彻\n党的二十大精神开局之年召开的重要会议。\n"
        "会议要求抓好春耕备耕。\n要做好防汛准备。\n各乡镇要压实责任。\n要加强督导检查。\n"
        "县委书记出席会议。\n会议强调，要切实加强党对“三农”工作的\n领导。"
    )
    columns = P.prepare(split_lines(page))
    assert columns[6] >= 18.5 and columns[8] >= 18.5


#: A report in a 25-em column closed by its byline, then the next one, under
#: its headline, in a column of 12 em.
AFTER_A_BYLINE = (
    "会议强调，要切实加强党对“三农”工作的全面领导，坚持\n"
    "农业农村优先发展，扎实推进乡村振兴战略落地见效，确\n"
    "保粮食安全和重要农产品稳定安全供给，为全年工作开好\n"
    "局。\n（李鑫）\n柳林镇春耕备耕\n全镇上下抓好农资供应\n和技术服务，确保种子化肥\n"
    "及时到位，农技人员分片包\n村，深入田间地头指导农户\n科学备耕，不误农时。"
)


def test_a_column_is_read_within_its_report() -> None:
    # the lines above the byline are of another article: read with them,
    # the headline's column would be 25 em and the headline a short line
    columns = P.prepare(split_lines(AFTER_A_BYLINE))
    assert columns[5:] == [12.0] * 6


def test_a_headline_after_a_byline_over_a_narrower_column_stands_alone() -> None:
    assert join_lines(AFTER_A_BYLINE).split("\n")[2:] == [
        "柳林镇春耕备耕",
        "全镇上下抓好农资供应和技术服务，确保种子化肥及时到位，农技人员分片包村，深入田间地头指导农户科学备耕，不误农时。",
    ]


def test_a_report_ends_with_a_byline_glued_to_its_last_line() -> None:
    lines = split_lines("为全年工作开好局。 （李鑫）\n柳林镇春耕备耕\n全镇上下抓好农资供应")
    P.prepare(lines)  # classifies the lines
    assert P._report_spans(lines) == [(0, 1), (1, 3)]


def test_a_report_of_one_line_is_read_with_the_lines_around() -> None:
    # alone, the line would show no second width to read a column from
    page = AFTER_A_BYLINE.split("柳林镇")[0] + "柳林镇春耕备耕工作会议召开"
    lines = split_lines(page)
    columns = P.prepare(lines)
    assert P._report_spans(lines)[-1] == (5, 6)
    assert columns[5] == 25.0


def test_a_piece_opening_with_an_ideograph_after_a_sentence_end_starts_a_printed_line() -> None:
    # 务会议。 and 高新区领导徐亮鹏、何鑫等出 would fit one printed line, but a
    # text run changes font at a quote, a digit or Latin, not before 高
    page = (
        "高新区区委召开医\n疗服务会议\n企业要积极探索医疗服务、全面\n加强重点医疗服务，共积极探索年度\n"
        "困难群众帮扶 719.6条！\n执法人员抓好便民服务，走在前\n列；同比增长 63.7%，走在前列； 9 月\n"
        "6 日，高新区发展改革委召开便民服\n务会议。\n高新区领导徐亮鹏、何鑫等出\n"
        "席，山东 （高新区）区委抓好医疗服\n务， 2019 年 3 月 2 日下午 5时45分，执\n"
        "法人员打造困难群众帮扶。村民全面\n加强iPhone 14困难群众帮扶。执法\n人员要全面加强精准便民服务、抓好\n"
        "重点医疗服务。"
    )
    assert "务会议。\n高新区领导" in join_lines(page)


def test_a_piece_after_a_full_stop_starts_a_printed_line() -> None:
    # 产稳中有增。 and 2023年以来， would fit one printed line, but the
    # extractor cuts printed lines into pieces after commas, rarely after a
    # full stop: the second piece starts a line that 《关于 continues
    page = FRAGMENTS + (
        "\n全县农业生产形势良好，粮食生\n产稳中有增。\n2023年以来，\n《关于\n"
        "推进乡村振兴的意见》全面\n落实，各乡镇扎实推进各项工作"
    )
    lines = P.split_lines(page)
    P.prepare(lines)
    piece, after = lines[-4], lines[-3]
    assert (piece.text, piece.fill) == ("2023年以来，", piece.width)
    assert after.fill == piece.width + after.width


#: A page that keeps its 2-em indents as ideographic spaces (``-ideo``).
INDENTED = (
    "\u3000\u3000会议指出，中央经济工作会议是在深\n入贯彻党的二十大精神开局之年召开的\n"
    "一次重要会议，意义重大，影响深远。\n与会人员一致认为，会议部署的各项\n任务符合实际，必须抓好落实。\n"
    "\u3000\u3000会议强调，要切实加强党对三农工\n作的全面领导，推动农业农村工作再\n上新台阶，为全年工作开好局。"
)


def test_a_page_with_indents_is_marked_as_one() -> None:
    marked = P.split_lines(INDENTED)
    P.prepare(marked)
    plain = P.split_lines(INDENTED.replace("\u3000", ""))
    P.prepare(plain)
    assert [marked[0].indented_page, plain[0].indented_page] == [True, False]


def test_a_sentence_end_before_an_unindented_line_weighs_towards_a_join_where_indents_are_kept() -> None:
    # 影响深远。 / 与会人员: the next paragraph would open with an indent
    def weight(text: str) -> float:
        lines = P.split_lines(text)
        return P._score(lines, P.prepare(lines), 3)

    assert weight(INDENTED) < weight(INDENTED.replace("\u3000", "")) - 1.0


#: The third line was justified to the full column by letter-spacing: it
#: measures 10 em of 15 but was printed full.
JUSTIFIED = (
    "会议指出，中央经济工作会议是在\n"
    "深入贯彻党的二十大精神开局之年\n"
    "召 开 的 一 次 重 要 会 议 。\n"
    "2023 年全县粮食产量达到了\n"
    "12.6 万吨，同比增长 3.1% 。\n"
    "会议强调，要切实加强党对“三农”\n"
    "工作的领导，推动农业农村工作再\n"
    "上新台阶。"
)



def test_a_date_cut_at_the_line_end_is_no_titles_last_line() -> None:
    # 2022 年 12 月 27 is bare and short under a title, as a title's last line
    # would be; but a number before 日 ends neither a title nor a paragraph
    page = "县委召开党风廉政建设会议\n2022 年 12 月 27\n日，县委书记王建平主持召开党风\n廉政建设工作会议。"
    assert _decided(page)[1] is True  # what the title rules alone say
    assert P._breaks(split_lines(page))[1] is False


def test_a_date_cut_at_the_line_end_is_closed_up_in_text_of_paragraphs() -> None:
    text = (
        "会议指出，今年以来，全区上下早谋划、早部署，农资储备充足。\n"
        "会议要求，各乡镇要压实属地责任，抓好小麦春季管理。\n"
        "会议于 2022 年 12 月 27\n日召开，县委书记王建平主持会议。\n"
        "会议强调，要切实加强党对三农工作的全面领导。"
    )
    assert "会议于 2022 年 12 月 27日召开，县委书记王建平主持会议。" in join_lines(text).split("\n")


def test_a_date_cut_by_a_page_break_is_joined() -> None:
    # the joined text keeps no form feed: both readings must agree
    assert join_lines("会议于 2022 年 12 月 27\f日召开，县委书记王建平主持会议。") == (
        "会议于 2022 年 12 月 27日召开，县委书记王建平主持会议。"
    )


def test_a_number_cut_from_its_unit_is_joined_without_asking_the_model() -> None:
    # 本次大会应到代表200 is short and 人，… might open a paragraph, but a
    # digit before an ideograph is a number and its unit (the seed page)
    page = (
        "会议指出，今年全县共接待游客超过百万\n人次，旅游收入同比增长百分之十二。本次\n"
        "大会应到代表200\n人，因事因病请假代表23人，实到会代\n表177人，符合法定人数。会议强调，要切\n"
        "实加强党对“三农”工作的领导。"
    )
    lines = split_lines(page)
    assert P._score(lines, P.prepare(lines), 3) > 0  # what the weighed evidence says
    assert "本次大会应到代表200人，因事因病" in join_lines(page)


def test_a_line_wider_than_the_column_after_a_sentence_end_starts_a_paragraph() -> None:
    # a headline printed after its body (pd2020-p053): 21 em against a 17-em
    # column, so no line of the paragraph above; the model alone would join
    page = (
        "会议指出，今年以来，全县上下早谋划\n早部署，农资储备充足，春耕生产有序\n"
        "推进。会议要求，各乡镇要压实属地责\n任，切实做好春节期间各项工作部署。\n"
        "郭声琨主持召开中央政法委员会全体会议时强调\n坚定不移把政法机关全面从严治党\n向纵深推进"
    )
    lines = split_lines(page)
    assert P._score(lines, P.prepare(lines), 4) < 0  # what the weighed evidence says
    assert "工作部署。\n郭声琨主持" in join_lines(page)


#: The end of one article in a 26-em column, then a headline over a report
#: in an 11-em column: the column read at the report's first lines takes in
#: the wider lines above.
AFTER_A_WIDER_COLUMN = (
    "会议强调，要切实加强党对“三农”工作的全面领导，推动\n"
    "农业农村工作再上新台阶，确保全年目标任务圆满完成。\n"
    "县税务局召开减税降费推进会\n"
)


def test_a_headline_over_a_narrower_column_ends_before_the_report() -> None:
    page = AFTER_A_WIDER_COLUMN + (
        "会议要求，全局干部\n职工要切实把减税降费\n政策落实到位，确保各\n项措施见到实效。"
    )
    assert join_lines(page).split("\n")[1:] == [
        "县税务局召开减税降费推进会",
        "会议要求，全局干部职工要切实把减税降费政策落实到位，确保各项措施见到实效。",
    ]


def test_a_reports_first_line_without_punctuation_is_no_headlines_last() -> None:
    # 县税务局党组书记王 is bare and short, as a wrapped headline's last line
    # is; but it is 2 em in from the lines after it: a first line
    page = AFTER_A_WIDER_COLUMN + (
        "县税务局党组书记王\n建平主持会议，要求全局\n干部职工切实把减税降费\n政策落实到位。"
    )
    assert join_lines(page).split("\n")[1:] == [
        "县税务局召开减税降费推进会",
        "县税务局党组书记王建平主持会议，要求全局干部职工切实把减税降费政策落实到位。",
    ]


def test_a_short_bare_line_after_page_furniture_is_a_title() -> None:
    # a new article starts under the page header; its text's first line
    # would be at most 2 em short (a dropped indent), not 9 em
    page = (
        "第3版\n责任编辑：李明\n临州市召开春耕生产推进会\n"
        "3月12日，临州市召开春耕生产推进会，部署全\n"
        "市春耕备耕工作。会议要求，各乡镇要压实属地责任，\n"
        "组织农技人员深入田间地头，抓好小麦春季管理，\n"
        "确保全年粮食生产目标任务圆满完成。"
    )
    assert join_lines(page).split("\n")[2:4] == [
        "临州市召开春耕生产推进会",
        "3月12日，临州市召开春耕生产推进会，部署全市春耕备耕工作。会议要求，各乡镇要压实属地"
        "责任，组织农技人员深入田间地头，抓好小麦春季管理，确保全年粮食生产目标任务圆满完成。",
    ]


def test_a_headline_may_end_in_a_number() -> None:
    # only a date cut from its unit overrules the title rules
    page = "新春走基层\n你好2020\n新年的钟声即将敲响，全县干部群众\n喜气洋洋迎接新年的到来。"
    assert _decided(page)[1] is True
    assert P._breaks(split_lines(page))[1] is True


def test_a_letter_spaced_line_does_not_end_its_paragraph() -> None:
    assert "会 议 。2023 年全县" in join_lines(JUSTIFIED)


def test_spaces_around_numbers_are_not_letter_spacing() -> None:
    assert "3.1% 。\n会议强调" in join_lines(JUSTIFIED)


def test_a_form_feed_is_a_page_break() -> None:
    page = "要加强基层医疗机构建设，保障群众就医需求。\f各地要统筹做好疫情防控工作，确保平稳。"
    assert join_lines(page) == "要加强基层医疗机构建设，保障群众就医需求。\n各地要统筹做好疫情防控工作，确保平稳。"


def test_the_result_is_a_fixed_point(seed_text: str) -> None:
    once = join_lines(seed_text)
    assert join_lines(once) == once


def test_a_lead_starts_a_paragraph() -> None:
    page = "作，确保工作平稳有序。全区上\n下要统筹抓好各项工作。\n本报讯（记者付凯明） 2022\n年12月30日下午，示范区召开"
    assert join_lines(page).split("\n")[-1].startswith("本报讯")


def test_a_letter_spaced_lead_is_found() -> None:
    page = "作，确保工作平稳有序。全区上\n下要统筹抓好各项工作。\n本 报 讯 2022 年 12 月 27\n日，河南省疫情防控电视电话"
    assert join_lines(page).split("\n")[-1].startswith("本 报 讯")


def test_a_closing_byline_stays_on_its_own_line() -> None:
    page = "全市人民温暖过冬，平安过节。\n\n（牛森杰 李泽乾）\n\n孟州市部署新阶段疫情防控工作"
    assert "（牛森杰 李泽乾）" in join_lines(page).split("\n")


def test_a_column_tag_after_a_title_ending_in_a_quote_is_no_byline() -> None:
    # a bare line that ends with a closing quote is a title, not a report's
    # end: the bracket after it is the title's column tag
    page = (
        "扎紧乡村监察监督的“篱\n笆”\n（一线思考）\n本报讯（记者白芳\n晓）党的十九届四中全\n"
        "会强调，\n加强系统治理、\n依法治理、综合治理、\n源头治理，把我国制度\n优势更好转化为国家治\n理效能。"
    )
    assert join_lines(page).split("\n")[0] == "扎紧乡村监察监督的“篱笆”（一线思考）"


def test_a_title_runs_on_into_the_line_that_opens_its_column_tag() -> None:
    # a headline wrapped in a narrow column (PyMuPDF): the tag opens on its
    # last line and closes on the next
    page = "同志一级英雄模范称号。\n王光生：\n赤胆忠心\n疾恶如仇（为了民\n族复兴·英雄烈士谱）\n本报讯"
    assert _decided(page)[2] is False


def test_a_bracket_that_quotes_is_no_column_tag() -> None:
    # （以下简称“农业局”） opens the report under the headline: a column tag
    # never quotes, so the title rules do not run the headline on into it
    page = "县农业农村局召开春耕备耕推进会\n县农业农村局（以下简称“农\n业局”）近日召开春耕备耕工作推进会。"
    assert _decided(page)[0] is not False


def test_a_line_that_leaves_a_bracket_open_runs_on_into_the_line_that_closes_it() -> None:
    page = "（叶志曹鹏）\n库区老竹林\n长出新产业（新春\n走基层·算算农家增收账）\n本报讯（记者叶成林）"
    assert _decided(page)[2] is False


def test_a_closed_bracket_does_not_hold_the_next_line() -> None:
    a, b = P.split_lines("全市共有党员（含预备党员）三万人。\n另据统计）")
    assert not P._closes_bracket(a, b)


def test_a_closing_quote_alone_is_no_title_before_a_tagged_headline() -> None:
    page = "“我把新年祝福和生产安全带到岛\n上！\n”\n小岛上的又一个春节（新春走基层）\n本报讯"
    lines = P.split_lines(page)
    assert not P._tag_follows(lines, 2)


def test_a_lead_line_that_ends_inside_a_sentence_runs_on() -> None:
    page = "大红灯笼，供应节日市场。 徐宏星 摄\n本报讯 2022年12月29日下\n午，温县第十五届人民代表大会\n第二次会议闭幕。"
    assert _decided(page)[1] is False


def test_a_photo_credit_stays_on_its_own_line() -> None:
    page = "计总产值达 2 亿\n元。\n赵春营 摄\n本报讯 为推动政务服务"
    assert "赵春营 摄" in join_lines(page).split("\n")


def test_a_page_header_is_split_into_its_tokens() -> None:
    page = "2020年1月21日　星期二　要闻　第4版\n法治阳光 温暖人心"
    assert join_lines(page).split("\n")[:4] == ["2020年1月21日", "星期二", "要闻", "第4版"]



def test_page_furniture_does_not_make_a_short_page_look_repaired() -> None:
    # five header lines, a headline and a byline would outvote the two
    # printed lines of the report if they counted as units that end
    page = (
        "2022年12月28日\n\n星期三\n\n要闻\n\n第2版\n\n责任编辑：付凯明\n\n"
        "示范区召开党政联席会议\n\n"
        "12月27日，示范区党工委书记吕沛主持召开党政联\n"
        "席会议，研究部署近期重点工作。\n\n（李鑫）"
    )
    assert "12月27日，示范区党工委书记吕沛主持召开党政联席会议，研究部署近期重点工作。" in join_lines(page).split("\n")

#: A two-line title between a paragraph and a lead: on width and punctuation
#: alone, its second line looks like a title of its own.
WRAPPED_TITLE = (
    "会议要求，各部门要做好值班值守和应急\n"
    "处突工作，领导干部要在岗带班，及时回\n"
    "应群众关切，保证各项工作有序运转。\n"
    "临州市召开党政联席会议暨\n"
    "党工委理论学习中心组集体学习会议\n"
    "本报讯（记者孙悦）3月13日上午，临州市党工\n"
    "委书记王建平主持召开党政联席会议，传达学\n"
    "习全国两会精神，研究部署一季度重点工作。"
)


def test_a_title_wrapped_between_a_paragraph_and_a_lead_is_one_line() -> None:
    assert join_lines(WRAPPED_TITLE).split("\n")[1] == "临州市召开党政联席会议暨党工委理论学习中心组集体学习会议"


def test_an_over_title_in_a_block_of_its_own_keeps_its_line() -> None:
    page = WRAPPED_TITLE.replace("会议暨\n", "会议暨\n\n")
    assert join_lines(page).split("\n")[1:3] == ["临州市召开党政联席会议暨", "党工委理论学习中心组集体学习会议"]


def test_a_wrapped_title_ends_before_the_next_headline_block() -> None:
    # two headlines set in columns of their own, a block each: the short last
    # line of the first ends it, though the next block opens without punctuation
    page = (
        "具有十分重要的指导意义。\n\n国家主席习\n近平发表二\n〇二〇年新\n年贺词\n\n"
        "用好无息贷款和扶\n贫政策，四川昭觉\n县日哈乡觉呷村\n好日子加了"
    )
    assert join_lines(page).split("\n")[1] == "国家主席习近平发表二〇二〇年新年贺词"


def test_a_bracketed_note_after_the_last_sentence_ends_the_article() -> None:
    page = (
        "在更多领域实现发展对接，拓展务实合作，\n深化人文交流，续写中芬友谊新篇章。\n"
        "（作者为中国驻芬兰大使）\n“冰雪奇缘”\n续写中芬友\n谊新篇章"
    )
    assert join_lines(page).split("\n")[1:] == ["（作者为中国驻芬兰大使）", "“冰雪奇缘”续写中芬友谊新篇章"]


def test_a_bracketed_aside_inside_a_sentence_is_running_text() -> None:
    page = "会议强调，要切实加强党对“三农”工作的领导，\n推动农业农村工作再上新台阶，\n（以下简称“中心”）\n要抓好落实。"
    assert join_lines(page).count("\n") == 0


def test_a_bracketed_note_is_not_joined_to_the_title_after_it() -> None:
    page = "续写中芬友谊新篇章。\n（作者为中国驻芬兰大使）\n“冰雪奇缘”\n本报讯 中芬两国冬季运动合作成果丰硕。"
    assert "（作者为中国驻芬兰大使）\n“冰雪奇缘”" in join_lines(page)


def test_a_stray_fragment_set_off_by_a_space_stands_alone() -> None:
    page = "全面完成年度目标任务。\n 北\n“温州卫生健康委开展精准应急管理，同比\n增长56.2%，取得明显成效。”"
    assert join_lines(page).split("\n")[1] == "北"


def test_a_short_line_without_the_space_is_no_stray_fragment() -> None:
    page = "全面完成年度目标任务。\n北\n“温州卫生健康委开展精准应急管理，同比\n增长56.2%，取得明显成效。”"
    assert "\n北\n" not in join_lines(page)


def test_a_title_wider_than_the_column_after_it_stands_alone() -> None:
    page = (
        "会议还研究了其他事项。\n（张红梅）\n临州市召开党工委（扩大）会议\n\n"
        "3月15日，青河区\n柳林镇种粮大户李\n长青在麦田里操作\n植保无人机喷洒农\n药。"
    )
    assert join_lines(page).split("\n")[2:] == [
        "临州市召开党工委（扩大）会议",
        "3月15日，青河区柳林镇种粮大户李长青在麦田里操作植保无人机喷洒农药。",
    ]


def test_a_wide_title_stands_alone_over_a_first_line_without_punctuation() -> None:
    page = (
        "会议还研究了其他事项。\n（张红梅）\n临州市召开党工委全体扩大会议\n全体党员干部认真学习\n"
        "贯彻会议精神，推动各项\n工作落到实处，确保全年\n目标任务圆满完成。"
    )
    assert join_lines(page).split("\n")[2:] == [
        "临州市召开党工委全体扩大会议",
        "全体党员干部认真学习贯彻会议精神，推动各项工作落到实处，确保全年目标任务圆满完成。",
    ]


#: A paragraph of seven lines in a column of 12 em, ending a sentence.
PARAGRAPH = (
    "会议强调，要切实加强党对\n“三农”工作的领导，推动\n农业农村工作再上新台阶，\n"
    "确保全年粮食总产量稳定在\n一百万吨以上，农民收入持\n续较快增长，农村基础设施\n"
    "和公共服务水平明显提升。"
)


def test_a_title_wrapped_over_two_bare_lines_ends_before_the_text() -> None:
    page = PARAGRAPH + (
        "\n临州市柳林镇召开\n春耕生产推进会\n"
        "3月12日，柳林镇召开春耕生\n产推进会，部署全镇春耕备耕\n工作，要求各村抓好农资供应\n"
        "和技术服务，确保不误农时。"
    )
    assert join_lines(page).split("\n")[1:] == [
        "临州市柳林镇召开春耕生产推进会",
        "3月12日，柳林镇召开春耕生产推进会，部署全镇春耕备耕工作，要求各村抓好农资供应和技术服务，确保不误农时。",
    ]


def test_a_title_wrapped_over_short_bare_lines_starts_after_a_sentence_end() -> None:
    # the last line before it runs past the column (compressed digits): the
    # model alone would read the title as that paragraph's next line
    page = (
        "会议强调，要切实加强党对\n“三农”工作的领导，推动\n农业农村工作再上新台阶，\n"
        "确保全年粮食总产量稳定在\n一百万吨以上，农民收入持\n续较快增长，同比增长13.8%。\n"
        "全国主要道\n路交通安全\n顺畅\n"
        "春运期间，全国主要道路\n交通安全顺畅，各地未发生\n重大道路交通事故。"
    )
    assert join_lines(page).split("\n")[1] == "全国主要道路交通安全顺畅"


def test_a_paragraph_opening_with_two_bare_lines_is_no_title() -> None:
    page = (
        "会议强调，要切实加强党对\n“三农”工作的领导，推动\n农业农村工作再上新台阶。\n"
        "全镇各村要抓紧抓好春\n耕备耕各项工作的组织落\n实确保不误农时要求各村\n抓好农资供应和技术服务。"
    )
    assert join_lines(page).split("\n")[1] == "全镇各村要抓紧抓好春耕备耕各项工作的组织落实确保不误农时要求各村抓好农资供应和技术服务。"


def test_a_short_bare_block_between_blank_lines_is_a_title() -> None:
    page = PARAGRAPH + (
        "\n\n临州春耕全面展开\n\n"
        "3月12日，柳林镇召开春耕\n生产推进会，部署全镇春耕\n备耕工作，要求各村抓好农\n"
        "资供应和技术服务，确保不\n误农时。"
    )
    assert join_lines(page).split("\n")[1] == "临州春耕全面展开"


def test_a_short_bare_line_after_a_byline_is_the_next_title() -> None:
    page = PARAGRAPH + (
        "\n（王立新）\n临州春耕全面展开\n"
        "3月12日，柳林镇召开春耕生\n产推进会，部署全镇春耕\n备耕工作，要求各村抓好农\n"
        "资供应和技术服务，确保不\n误农时。"
    )
    assert join_lines(page).split("\n")[2] == "临州春耕全面展开"


def test_a_bare_line_as_wide_as_the_column_after_a_byline_is_the_next_title() -> None:
    # the next article's first line would be 2 em short (its indent dropped)
    page = PARAGRAPH + (
        "\n（王立新）\n临州市全面推进春耕生产工作\n"
        "3月12日，柳林镇召开春耕生产推\n进会，部署全镇春耕备耕工作，\n要求各村抓好农资供应和技术服\n"
        "务，确保不误农时。"
    )
    assert join_lines(page).split("\n")[2] == "临州市全面推进春耕生产工作"


def test_a_title_block_wider_than_the_column_after_it_is_a_title() -> None:
    page = PARAGRAPH + (
        "\n\n临州市春耕生产全面展开\n\n"
        "据悉，柳林镇召\n开春耕生产推进会，\n部署全镇春耕备耕工\n作，要求各村抓好农\n资供应和技术服务。"
    )
    assert join_lines(page).split("\n")[1] == "临州市春耕生产全面展开"


def test_a_justified_line_after_a_full_sentence_end_continues_the_paragraph() -> None:
    # set 2 em in, as a first line is, it would fill its width and show no
    # letter-spacing: it was set to the full column, in the same paragraph
    page = (
        "会议指出，中央经济工作会\n议是在深入贯彻党的二十大\n精神的关键时刻召开的会议。\n"
        "这 次 会 议 意 义 重 大 ， 为\n明年经济工作指明了方向，\n要认真学习领会抓好落实。"
    )
    assert join_lines(page).count("\n") == 0


#: The end of an article in a column of 12 em, before a photo and its caption.
ARTICLE_END = (
    "会议强调，要切实加强党对\n“三农”工作的领导，推动\n农业农村工作再上新台阶，\n"
    "确保全年粮食总产量稳定在\n一百万吨以上。\n（王立新）\n"
)


def test_a_title_over_a_wider_photo_caption_stands_alone() -> None:
    page = ARTICLE_END + (
        "青河区春耕生产全面展开\n3月12日，青河区柳林镇农民在田间驾驶播种\n"
        "机抢抓农时播种春玉米，田间一派繁忙景象。\n本报记者 周明 摄"
    )
    assert join_lines(page).split("\n")[2:4] == [
        "青河区春耕生产全面展开",
        "3月12日，青河区柳林镇农民在田间驾驶播种机抢抓农时播种春玉米，田间一派繁忙景象。",
    ]


def test_a_wide_first_line_of_a_photo_caption_is_no_title() -> None:
    # wider than the column, without punctuation: a title's shape, but a
    # credit follows closely, and a caption's last line is short
    page = ARTICLE_END + (
        "城乡一体化示范区青河区柳林镇农民正在田间驾驶播种机\n抢抓农时。\n本报记者 周明 摄\n"
        "本报讯（记者李明）近日，温县召开\n人代会，审议政府工作报告。"
    )
    assert join_lines(page).split("\n")[2] == "城乡一体化示范区青河区柳林镇农民正在田间驾驶播种机抢抓农时。"


def test_a_title_stands_alone_over_a_caption_whose_first_line_has_no_punctuation() -> None:
    page = ARTICLE_END + (
        "青河区春耕生产全面展开\n青河区柳林镇农民在田间驾驶播种机抢\n"
        "抓农时播种春玉米，田间一派繁忙景象。\n本报记者 周明 摄"
    )
    assert join_lines(page).split("\n")[2] == "青河区春耕生产全面展开"


def test_a_bare_first_line_of_a_photo_caption_runs_on() -> None:
    page = ARTICLE_END + "青河区柳林镇农民在田间驾驶播种机抢抓农\n时播种春玉米，田间一派繁忙景象。\n本报记者 周明 摄"
    assert join_lines(page).split("\n")[2] == "青河区柳林镇农民在田间驾驶播种机抢抓农时播种春玉米，田间一派繁忙景象。"


def test_a_lone_date_that_opens_the_page_is_furniture() -> None:
    page = "2020年1月15日\n坚定信心打\n赢疫情防控\n阻击战\n星期三"
    assert join_lines(page).split("\n")[0] == "2020年1月15日"


def test_a_lone_date_after_a_weekday_is_furniture() -> None:
    page = "民生\n第4版\n星期二\n2020年1月14日\n郭声琨主持召开中央政法\n委员会全体会议"
    assert "2020年1月14日\n郭声琨" in join_lines(page)


def test_a_lone_page_name_next_to_furniture_is_furniture() -> None:
    page = "全国主要道\n路交通安全\n顺畅\n\n国际\n\n第15版"
    assert join_lines(page).split("\n")[-2:] == ["国际", "第15版"]


def test_a_page_name_inside_running_text_is_not_furniture() -> None:
    page = "会议指出，要扩大对外开放，深化\n国际\n合作。\n第15版"
    assert join_lines(page).split("\n")[0] == "会议指出，要扩大对外开放，深化国际合作。"


def test_a_lead_that_wraps_before_the_reporters_runs_on_into_the_paragraph() -> None:
    # the paragraph after the lead is indented (2 em short): still one segment
    page = (
        "习近平抵达内比都\n本报内比都1月17日电（记者孙悦、\n王慧）\n"
        "当地时间1月17日下午，国家主席\n习近平乘专机抵达内比都，开始对缅\n"
        "甸联邦共和国进行国事访问。缅甸总\n统温敏夫妇在机场迎接。"
    )
    assert join_lines(page).split("\n")[-1].startswith("本报内比都1月17日电（记者孙悦、王慧）当地时间")


@pytest.mark.parametrize(
    "closing",
    [
        pytest.param("。”\n", id="closing-quote-on-its-line"),
        pytest.param("。\n”\n", id="closing-quote-alone"),  # as pdftotext -raw writes it
    ],
)
def test_a_quoted_subheading_between_paragraphs_is_a_paragraph_of_its_own(closing: str) -> None:
    page = (
        f"企业得到一系列政策制\n度的支持与保障{closing}“日子越过越有奔头”\n"
        "“新的一年，我们要决胜\n全面小康、决战脱贫攻\n坚，实现奋斗目标。”"
    )
    assert join_lines(page).split("\n") == [
        "企业得到一系列政策制度的支持与保障。”",
        "“日子越过越有奔头”",
        "“新的一年，我们要决胜全面小康、决战脱贫攻坚，实现奋斗目标。”",
    ]


def test_a_quotation_left_open_runs_on_to_the_line_that_closes_it() -> None:
    # a sentence end inside the quotation, then a line that looks like a
    # paragraph's first line whose indent was dropped
    page = (
        "会议指出，今年以来，全区上下早谋划早部\n署。“各乡镇要压实属地责任；\n"
        "组织农技人员深入田间地头，抓好\n小麦春季管理，确保粮食安全。”\n"
        "会议要求，各乡镇要压实属地责任，组织农\n技人员深入田间地头。\n"
    )
    assert join_lines(page).split("\n")[0] == (
        "会议指出，今年以来，全区上下早谋划早部署。“各乡镇要压实属地责任；"
        "组织农技人员深入田间地头，抓好小麦春季管理，确保粮食安全。”"
    )


def test_a_title_wrapped_inside_its_book_title_marks_is_one_line() -> None:
    page = (
        "贸易中的比重从8.7%攀升至11%左右。\n\n《习近平关于中国特色大国外\n\n交论述摘编》出版发行\n\n"
        "新华社北京1月5日电中共中央党\n史和文献研究院编辑的《习近平关于中\n国特色大国外交论述摘编》一书，近日\n"
        "由中央文献出版社出版。\n"
    )
    assert join_lines(page).split("\n")[1] == "《习近平关于中国特色大国外交论述摘编》出版发行"


def test_a_quotation_over_two_paragraphs_opens_each_and_keeps_the_break() -> None:
    page = "“今年全区要压实属地责任，抓好春耕。\n“明年要组织农技人员深入田间地头。”\n"
    assert join_lines(page).split("\n") == [
        "“今年全区要压实属地责任，抓好春耕。",
        "“明年要组织农技人员深入田间地头。”",
    ]


def test_a_short_tail_after_a_line_that_ends_no_sentence_joins_it() -> None:
    # a headline wrapped in a narrow column of a simulated pdftotext -raw page,
    # cut before its last three characters; the weighed evidence broke it there
    damaged = simulate(seed=533, options="pdftotext-raw").text
    assert "\n安徽深化环\n境整治\n" in damaged
    lines = join_lines(damaged).split("\n")
    assert "安徽深化环" not in lines
    assert any(line.startswith("安徽深化环境整治") for line in lines)


#: Simulated pages where a headline stands over a paragraph's first line and
#: the weighed evidence joined them: (seed, extractor, an excerpt of the
#: damaged text, the headline, how its paragraph's line starts).
HEADLINES_OVER_FIRST_LINES = [
    pytest.param(
        # pdfminer sets each box apart with a blank line: a headline as wide
        # as the first line of its article (2 em short, ending no sentence)
        16, "pdfminer", "\n\n温县节日市场供应圆满完成\n\n贵州领导闫旭、苏峰春、朱\n",
        "温县节日市场供应圆满完成", "贵州领导闫旭、苏峰春、朱颖秀等出席。",
        id="set-apart",
    ),
    pytest.param(
        # after a byline, a 10-em headline over a first line 2 em short of
        # its 12-em column that the line after it fills
        333, "pdftotext-raw", "\n（段峰颖）\n河南县委提升信访稳定\n会议强调，各乡镇优化\n社会保障，各乡镇安排精准\n",
        "河南县委提升信访稳定", "会议强调，各乡镇优化社会保障，",
        id="after-a-byline",
    ),
    pytest.param(
        # an 8-em column whose first line (6 em) has no punctuation: the two
        # were read as one headline
        747, "pdftotext", "\n\n让重点工作稳中有进\n4月28日上午 5\n时45分，我们部署\n消防安全，医务人\n",
        "让重点工作稳中有进", "4月28日上午 5时45分，我们部署消防安全，",
        id="bare-first-line",
    ),
    pytest.param(
        # after a byline, a headline wrapped over two bare lines, the last
        # 9 em, 1 em short of the 10-em column whose first line is 2 em short:
        # a line only 1 em short is no first line, so the headline ends there
        288, "pdftotext-raw", "\n（蔡志思）\n便民服务站实施服务体系\n让公共服务圆满完成\n与此同时，各乡镇\n安排服务体系，江苏领\n",
        "便民服务站实施服务体系让公共服务圆满完成", "与此同时，各乡镇安排服务体系，",
        id="wrapped-headline",
    ),
    pytest.param(
        # an over-title wrapped over 5 and 2 em over a report whose first line
        # fills its 17.5-em column: ``行动`` was joined to it
        484, "pymupdf", "\n数字乡村在\n行动\n共落实重点工作 664.9 件，相关部门认真\n",
        "数字乡村在行动", "共落实重点工作 664.9 件，",
        id="two-short-lines",
    ),
    pytest.param(
        # a headline wrapped over 7 and 7 em over a 13-em first line without
        # punctuation
        1304, "pymupdf", "\n黄河街道举行人\n才培养签约仪式\n黄河街道养老服务中心局长蒋\n建桂培育人才培养。\n",
        "黄河街道举行人才培养签约仪式", "黄河街道养老服务中心局长蒋建桂培育人才培养。",
        id="two-short-lines-bare-first",
    ),
    pytest.param(
        # a 13.5-em headline over a 9-em column whose letter-spaced first line
        # measures 5 em of characters
        838, "pdftotext-raw", "\n文昌街道抓好人才培养 33076 条\n该 街 道 安 排\nApple Watch 项 目 建\n",
        "文昌街道抓好人才培养 33076 条", "该 街 道 安 排Apple Watch 项 目 建设；",
        id="letter-spaced-first-line",
    ),
]


@pytest.mark.parametrize("seed, preset, excerpt, headline, opening", HEADLINES_OVER_FIRST_LINES)
def test_a_headline_over_a_paragraphs_first_line_stands_alone(
    seed: int, preset: str, excerpt: str, headline: str, opening: str
) -> None:
    damaged = simulate(seed=seed, options=preset).text
    assert excerpt in damaged
    lines = join_lines(damaged).split("\n")
    assert headline in lines
    assert any(line.startswith(opening) for line in lines)


def test_a_headline_that_opens_the_text_ends_before_a_first_line() -> None:
    # a simulated PyMuPDF page that opens with a headline (15 em) over the
    # first line of its report, 2 em short of the 18-em column that the
    # next line fills; the weighed evidence joined them
    damaged = simulate(seed=1004, options="pymupdf").text
    assert damaged.startswith("大连产业集聚区召开医疗服务会议\n去年以来，全县持续推进农村教育事\n业；")
    lines = join_lines(damaged).split("\n")
    assert lines[0] == "大连产业集聚区召开医疗服务会议"
    assert lines[1].startswith("去年以来，全县持续推进农村教育事业；")


#: Two reports in a 16-em column; the second one's headline is wrapped over
#: two short bare lines.
SHORT_HEADLINE = (
    "会议强调，要切实加强党对三农\n工作的领导，推动农业农村工作再上\n新台阶。各级各部门要压实各自责\n"
    "任，抓好春耕备耕、农资供应和农田\n水利建设，确保粮食播种面积稳中有\n增，确保各项任务落到实处。\n"
    "会议要求，各乡镇要组织农技人\n员深入田间地头，开展一对一技术指\n导服务，抓好小麦春季管理。\n"
    "青河区千名农技人员\n下田把脉\n"
    "全区组织农技人员深入田间，抓\n好小麦春季管理，确保春耕生产有序\n推进。\n"
)


def test_two_short_bare_lines_over_running_text_end_a_headline() -> None:
    assert _lines_where(P._short_headline_over_text, SHORT_HEADLINE) == ["全区组织农技人员深入田间，抓"]
    assert join_lines(SHORT_HEADLINE).split("\n")[-2:] == [
        "青河区千名农技人员下田把脉",
        "全区组织农技人员深入田间，抓好小麦春季管理，确保春耕生产有序推进。",
    ]


def test_one_short_bare_line_over_running_text_is_left_to_the_model() -> None:
    # a lone short bare line is also how extractors cut a printed line
    # (``1月`` / ``14日，最高人民检察院发布…``)
    page = SHORT_HEADLINE.replace("青河区千名农技人员\n", "")
    assert _lines_where(P._short_headline_over_text, page) == []


def test_a_short_headline_over_running_text_needs_a_units_start() -> None:
    # after a line that ends inside a sentence the bare lines may be the
    # short last pieces of a paragraph's printed lines
    page = SHORT_HEADLINE.replace("春季管理。\n青河区", "春季管理，\n青河区")
    assert _lines_where(P._short_headline_over_text, page) == []


def test_a_short_headline_stands_over_a_wider_line_without_punctuation() -> None:
    # a narrow column's first line may have none (``黄河街道养老服务中心局长蒋``)
    page = SHORT_HEADLINE.replace("全区组织农技人员深入田间，抓", "全区组织农技人员深入田间地头")
    assert _lines_where(P._short_headline_over_text, page) == ["全区组织农技人员深入田间地头"]


def test_a_short_headline_goes_on_into_a_line_that_leaves_a_bracket_open() -> None:
    # the rest of the headline and its column tag: 贵州紫云硐口村 / 昔日荒坡 /
    # 今朝果园（新春走基 / 层·脱贫攻坚一线见闻）
    page = SHORT_HEADLINE.replace(
        "青河区千名农技人员\n下田把脉\n", "青河区千名农技\n人员下田\n春耕备耕正当时（新春走基\n层·一线见闻）\n"
    )
    assert _lines_where(P._short_headline_over_text, page) == ["全区组织农技人员深入田间，抓"]


#: A report, then a headline over an 8-em column whose first line is
#: letter-spaced: its characters measure 4 em, its line the full 6.
OVER_A_SPACED_FIRST_LINE = (
    "会议要求，各乡镇要压实属地责\n任，抓好小麦春季管理。区领导钱\n志刚、吴敏出席会议。\n"
    "高新区举行项目签约仪式\n同 比 增 长\n62.3%，形成良好\n势头，全区签约项\n目12个。\n"
)


def test_a_letter_spaced_line_that_ends_no_sentence_runs_on() -> None:
    assert _decided(OVER_A_SPACED_FIRST_LINE)[4] is False
    assert "同 比 增 长62.3%，形成良好势头，全区签约项目12个。" in join_lines(OVER_A_SPACED_FIRST_LINE).split("\n")


def test_a_letter_spaced_line_that_ends_a_sentence_is_left_to_the_model() -> None:
    page = "全区共签约项目12个，总投资\n达 到 三 十 亿 元 。\n会议要求，各乡镇要压实属地\n责任。\n"
    lines = split_lines(page)
    P.prepare(lines)
    assert lines[1].spaced
    assert not P._justified_runs_on(lines[1], lines[2])


def test_a_headline_over_a_letter_spaced_first_line_stands_alone() -> None:
    assert _decided(OVER_A_SPACED_FIRST_LINE)[3] is True
    assert "高新区举行项目签约仪式" in join_lines(OVER_A_SPACED_FIRST_LINE).split("\n")


def test_a_bare_line_before_a_break_after_a_sentence_end_stands_alone() -> None:
    # a simulated PyMuPDF page that ends with the headline of its last
    # article, printed after the body: the weighed evidence joined it to
    # the sentence before, a paragraph that would end without punctuation
    damaged = simulate(seed=924, options="pymupdf").text
    assert damaged.endswith("他表示，社区完善重点应急管理。\n山西召开食品安全推进会\n")
    assert join_lines(damaged).split("\n")[-2:] == ["他表示，社区完善重点应急管理。", "山西召开食品安全推进会"]


def test_a_short_bare_line_before_a_headline_block_stands_alone() -> None:
    # a simulated page with ideographic spaces: after a sentence end an
    # over-title (6 em of a 20-em column), a blank line, then its headline;
    # the weighed evidence joined the over-title to the sentence before
    damaged = simulate(seed=510, options="ideo").text
    assert "马桂等出席！\n米袋子在行动\n\n有力营商环境在开封落到实处\n" in damaged
    lines = join_lines(damaged).split("\n")
    assert "米袋子在行动" in lines
    assert any(line.endswith("马桂等出席！") for line in lines)


#: pdftotext -raw writes a closing quote in another font as a line of its own.
LONE_QUOTES = (
    "会议要求，各乡镇要压实属地责任，组\n织农技人员深入田间地头，抓好小麦春\n季管理，“确保春耕生产有序推进。\n”\n"
    "现场聆听县委书记讲话的农技人员\n深入田间地头，抓好小麦。“今年的麦\n子长得好！\n”\n全区春耕生产备耕工作有序推进\n"
)


def test_a_lone_closing_quote_ends_its_sentence_for_the_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    # with a model that joins everything, the rules alone must place both
    # breaks: before a first line 2 em short of its column (bare here), and
    # before the headline that ends the text
    monkeypatch.setattr(P, "_score", lambda *args: -10.0)
    assert join_lines(LONE_QUOTES).split("\n") == [
        "会议要求，各乡镇要压实属地责任，组织农技人员深入田间地头，抓好小麦春季管理，“确保春耕生产有序推进。”",
        "现场聆听县委书记讲话的农技人员深入田间地头，抓好小麦。“今年的麦子长得好！”",
        "全区春耕生产备耕工作有序推进",
    ]


#: pdftotext -raw cuts printed lines of a 12-em column into pieces where the
#: font changes: after a sentence end before a digit too.
PIECES_OF_PRINTED_LINES = (
    "会议要求，各乡镇压实属地\n责任，抓好小麦春季管理。\n王建国，\n1935年3月生\n于河北保定。1952年7月参\n"
    "加革命工作，同年9月加入\n中国共产党。\n1958年10月起\n先后任河北省委组织部干部\n"
    "处秘书，省财贸政治部秘书\n等。1979年3月任省委组织\n部副部长。\n"
)


def test_a_piece_that_completes_a_printed_line_runs_on(monkeypatch: pytest.MonkeyPatch) -> None:
    # 中国共产党。(5.5 em) and 1958年10月起 (6 em) fill one printed line;
    # the piece fills no first line (10 em), alone or with the next line,
    # which fills the column on its own
    assert _lines_where(P._completes_printed_line, PIECES_OF_PRINTED_LINES) == ["1958年10月起"]
    # so a model that breaks everywhere does not break there
    monkeypatch.setattr(P, "_score", lambda *args: 10.0)
    assert "中国共产党。1958年10月起" in join_lines(PIECES_OF_PRINTED_LINES)


def test_a_piece_as_wide_as_a_first_line_is_left_to_the_model() -> None:
    # 党员。(2.5 em) and 1958年10月起先后任 (9 em) would fill a printed
    # line, but the piece fills a first line of the column too, to 1 em:
    # it may open a paragraph
    page = PIECES_OF_PRINTED_LINES.replace(
        "同年9月加入\n中国共产党。\n1958年10月起\n先后任河北省委组织部干部\n",
        "9月成为中共\n党员。\n1958年10月起先后任\n河北省委组织部干部处长、\n",
    )
    assert _lines_where(P._completes_printed_line, page) == []


def test_a_headline_after_a_piece_is_no_piece_of_its_printed_line() -> None:
    # 部副部长。(4.5 em) and 春耕生产推进会 (7 em) would fill a printed line,
    # and so would the headline and 会议要求，(4.5 em), a first line's piece;
    # but a headline fills no column: a bare piece goes on only before a
    # full line, and nothing goes on with a bare line that opens a unit
    page = PIECES_OF_PRINTED_LINES + "春耕生产推进会\n会议要求，\n各乡镇压实属地\n责任，抓好春季管理工作，\n确保春耕生产有序推进。\n"
    assert _lines_where(P._completes_printed_line, page) == ["1958年10月起"]


def test_a_piece_that_opens_a_first_line_starts_a_paragraph(monkeypatch: pytest.MonkeyPatch) -> None:
    # after 部副部长。(4.5 em), 1985年，(3.5 em) and 调任省府秘书 (6 em) fill a
    # first line of the 12-em column, 2 em in, but overrun the printed line
    # they would go on with; so do 王建国，and 1935年3月生 after 管理。
    page = PIECES_OF_PRINTED_LINES + "1985年，\n调任省府秘书\n长。1993年起任河北省副\n省长，分管农业农村工作。\n"
    openers = _lines_where(P._opens_printed_line, page)
    assert openers == ["王建国，", "1985年，"]
    # so a model that joins everything breaks there
    monkeypatch.setattr(P, "_score", lambda *args: -10.0)
    assert "1985年，调任省府秘书长。1993年起任河北省副省长，分管农业农村工作。" in join_lines(page).split("\n")


def test_a_piece_that_may_go_on_is_left_to_the_model() -> None:
    # 部副部长。1985年，调任 would be 2 em short of the column: loosely read
    # (numbers and Latin print wider than they count), the pieces may go on
    # with that printed line as well as open a first line; and after the
    # full line 省长，分管农业农村工作。同时，他 and 兼任扶贫办主 may fill
    # the paragraph's next printed line (10 em, 1.5 em short) as well as a
    # first line
    page = PIECES_OF_PRINTED_LINES + (
        "1985年，\n调任\n省府秘书\n长。1993年起任河北省副\n省长，分管农业农村工作。\n"
        "同时，他\n兼任扶贫办主\n任，负责全省扶贫开发工作。\n"
    )
    openers = _lines_where(P._opens_printed_line, page)
    assert "1985年，" not in openers
    assert "同时，他" not in openers


@pytest.mark.parametrize(
    "last",
    [
        pytest.param("农技人员早已下田，", id="running-on"),
        pytest.param("农技人员早已下田。", id="ending-its-paragraph"),
    ],
)
def test_a_bare_first_line_under_a_headline_is_read_by_the_column_after_it(last: str) -> None:
    # 清晨的阳光洒在 (7 em) is 2 em narrower than the 9-em column the two
    # lines after it show, whether or not the second ends the paragraph
    lines = P.split_lines(f"有序推进\n清晨的阳光洒在\n青河区万亩麦田之上\n{last}\n")
    P.prepare(lines)
    assert P._bare_first_line(lines, 1)


def _runs_past_column(lines: list[P.Line], columns: list[float], i: int) -> bool:
    return P._runs_past_column(lines[i - 1], lines[i], columns[i - 1], columns[i])


#: A 19-em column: the third line runs half an em past it (its last comma
#: compressed) after a full line that ends a sentence.
PAST_THE_COLUMN = (
    "会议要求，各乡镇要压实属地责任，组织农\n技人员深入田间地头，抓好小麦春季管理。\n"
    "各乡镇要做好农资储备，种子、化肥、农药，\n确保春耕生产有序推进，小麦长势良好。\n"
)


def test_a_line_past_its_column_is_no_first_line(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _lines_where(_runs_past_column, PAST_THE_COLUMN) == ["各乡镇要做好农资储备，种子、化肥、农药，"]
    # a model that breaks everywhere does not break before it
    monkeypatch.setattr(P, "_score", lambda *args: 10.0)
    assert "抓好小麦春季管理。各乡镇要做好农资储备" in join_lines(PAST_THE_COLUMN)


def test_a_bare_line_past_its_column_may_be_a_headline() -> None:
    page = PAST_THE_COLUMN.replace("各乡镇要做好农资储备，种子、化肥、农药，", "全区春耕生产备耕工作会议在青河区隆重召开")
    assert _lines_where(_runs_past_column, page) == []


#: An 18.5-em column: a paragraph that ends without a mark, 6.5 em short,
#: then a first line 1.5 em in and a full line.
UNMARKED_END = (
    "从拉动内需、消费升级的角度看，体育产业\n有责任、有条件为经济转型升级增添新动\n能，为群众生活创造新价值\n"
    "春节临近，人们开始着手采买年货，随\n着“拜年送烟酒，不如送健康”理念走红，\n运动手表、球拍、跑步鞋等成为送礼新宠。\n"
)


def test_a_paragraph_may_end_without_a_mark(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _lines_where(P._ends_unmarked, UNMARKED_END) == ["春节临近，人们开始着手采买年货，随"]
    monkeypatch.setattr(P, "_score", lambda *args: -10.0)
    assert "能，为群众生活创造新价值\n春节临近" in join_lines(UNMARKED_END)


def test_a_short_line_with_digits_is_left_to_the_model() -> None:
    # 2020 prints wider than it counts: the line may be no shorter than its neighbours
    page = UNMARKED_END.replace("能，为群众生活创造新价值", "能，为2020年创造新价值")
    assert _lines_where(P._ends_unmarked, page) == []


def test_each_page_of_a_text_is_read_for_pieces_apart() -> None:
    # pdftotext writes a multi-page PDF with form feeds: a page of pieces
    # before a page of whole lines (32 of them) keeps its printed lines,
    # though the pieces are too few a share of the text's lines
    whole = "会议要求，各乡镇要压实属\n地责任，抓好小麦春季管\n理，确保春耕生产有序推\n进，农资储备充足有序。\n" * 8
    lines = P.split_lines(PIECES_OF_PRINTED_LINES + "\f" + whole)
    P.prepare(lines)
    pieces = len(P.split_lines(PIECES_OF_PRINTED_LINES))
    assert all(line.fill for line in lines[:pieces])
    assert not any(line.fill for line in lines[pieces:])


#: Simulated pages where a paragraph break falls between two lines that the
#: weighed evidence joined: (seed, extractor, an excerpt of the damaged text,
#: how the line before the break ends, how the line after it starts).
BREAKS_THE_MODEL_MISSED = [
    pytest.param(
        # two headline lines, the second 14 em wide, over an 8-em column whose
        # first line is 2 em short: the column read there took in the headline
        554, "pymupdf", "\n湖南“项目为王”优化安全生产\n学校抓好综合\n生态保护，圆满完\n",
        "湖南“项目为王”优化安全生产", "学校抓好综合生态保护，圆满完成，",
        id="wrapped-headline-over-a-narrower-column",
    ),
    pytest.param(
        # a subtitle wrapped in a narrow column right after the last sentence
        # of the article before
        644, "pymupdf", "效产业发展会议！\n——陕西完善有\n效产业发展纪实\n",
        "有效产业发展会议！", "——陕西完善有效产业发展纪实",
        id="dash-after-a-sentence-end",
    ),
]


@pytest.mark.parametrize("seed, preset, excerpt, before, after", BREAKS_THE_MODEL_MISSED)
def test_a_break_the_rules_place_without_the_model(
    seed: int, preset: str, excerpt: str, before: str, after: str
) -> None:
    damaged = simulate(seed=seed, options=preset).text
    assert excerpt in damaged
    lines = join_lines(damaged).split("\n")
    assert any(line.endswith(before) for line in lines)
    assert any(line.startswith(after) for line in lines)


def test_a_full_line_ending_in_a_semicolon_runs_on() -> None:
    # a simulated pdfminer page: the line fills its 16-em column and ends
    # with a semicolon; the weighed evidence broke the paragraph after it
    damaged = simulate(seed=911, options="pdfminer").text
    assert "\n领导郝华文、程波、叶辉佳等出席；\n广大党员干部做好 COVID 19医疗服\n" in damaged
    joined = join_lines(damaged)
    assert "叶辉佳等出席；广大党员干部做好 COVID 19医疗服务。" in joined


def test_a_short_line_after_a_sentence_end_is_no_tail() -> None:
    page = "会议要求，各乡镇要压实属地责任，抓好小麦春季管理。\n春耕忙\n全区上下早谋划、早部署，种子、化肥、农药等农资储备充足。"
    assert join_lines(page).split("\n")[1] == "春耕忙"


def test_a_lead_line_with_a_date_is_not_a_page_header() -> None:
    page = "胜利闭幕。\n本报讯 2022 年 12 月 27 日\n至29日，孟州市第六届人民代表"
    assert "本报讯 2022 年 12 月 27 日" in join_lines(page)


def test_an_ideographic_indent_starts_a_paragraph() -> None:
    page = "　　会议听取了各乡镇汇报，与会\n区领导进行点评和发言。\n　　吕沛在讲话中对全区医务工"
    assert join_lines(page).split("\n") == [
        "会议听取了各乡镇汇报，与会区领导进行点评和发言。",
        "吕沛在讲话中对全区医务工",
    ]


def test_a_line_starting_with_a_closing_quote_continues_the_paragraph() -> None:
    page = "作为当前最重要的工作来抓。\n”习近平强调，要加强领导。"
    assert "\n" not in join_lines(page)


def test_latin_words_split_by_a_line_break_get_a_space() -> None:
    assert join_lines("全新的智能手表Apple\nWatch 已经上市，销量") == "全新的智能手表Apple Watch 已经上市，销量"


def test_text_already_one_paragraph_per_line_keeps_its_breaks() -> None:
    done = "会议指出，中央经济工作会议十分重要。\n会议强调，要切实加强党对“三农”工作的领导。"
    assert join_lines(done) == done


def test_an_undated_agency_dateline_starts_a_paragraph() -> None:
    page = (
        "普京签署总统令，任命米\n舒斯京为新一任联邦政府\n总理。\n俄罗斯组建新一届政府\n"
        "据新华社电（记者陈凯姿）海南\n省海口市秀英港至海关钟楼，现在是整\n个城市最繁忙的路线之一。"
    )
    assert join_lines(page).split("\n")[-1].startswith("据新华社电（记者陈凯姿）")


def test_a_bracketed_note_over_several_lines_ends_its_report() -> None:
    page = (
        "当地官员对媒体说，将依照世界卫生组织建议进行为期14天的监测。\n"
        "（参与记者：赵旭、袁梦晨、\n郑昕、苏小坡、华义、李晓渝、林昊、\n郁玮、陈晨、郝亚琳、郭阳）\n"
        "多国首次报告新型冠状病毒感染病例\n日前，我国第一艘自主运营的豪华邮轮\n在厦门成功启航。"
    )
    note = "（参与记者：赵旭、袁梦晨、郑昕、苏小坡、华义、李晓渝、林昊、郁玮、陈晨、郝亚琳、郭阳）"
    assert join_lines(page).split("\n")[1] == note


def test_titles_over_a_wider_paragraph_keep_their_breaks() -> None:
    # a title line followed by a much wider line ends its unit in either
    # form, so it counts towards one paragraph per line
    done = (
        "让民生保障迈上新台阶\n宁郭镇安排民生保障\n"
        "共加强城市民生保障13085条，把“三农”加强民生保障；今年以来，全县守护具体防汛抗旱。"
    )
    assert join_lines(done) == done


def test_only_whitespace_changes(seed_text: str) -> None:
    assert "".join(join_lines(seed_text).split()) == "".join(seed_text.split())


def test_blank_and_whitespace_input() -> None:
    assert join_lines("") == ""
    assert join_lines(" \n\u3000\n\f ") == ""


@pytest.mark.parametrize(
    ("text", "width"),
    [("工作会议", 4.0), ("2022年", 3.0), ("书 记 吕 沛", 4.0), ("增长8.1%", 4.5),
     ("2022 年 12 月", 5.0), ("实施 Apple Watch 服务", 9.5), ("COVID 19", 4.0),
     ("COVID  19", 4.0), ("Apple\u3000Watch", 5.5)],
)
def test_line_width_counts_em(text: str, width: float) -> None:
    assert line_width(text) == width


@pytest.mark.parametrize(
    ("line", "width"),
    [("会议强调，要切实加强党对", 12.0), ("会议强调，要切实加强党。", 11.5), ("加强党对“三农”，", 8.5)],
)
def test_a_last_punctuation_mark_is_set_half_width(line: str, width: float) -> None:
    # compressed at the line end, so a full line ending in 。 is as wide as its column
    assert split_lines(line)[0].width == width
