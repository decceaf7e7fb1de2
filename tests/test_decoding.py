"""Reading bytes as text: UTF-8 with or without BOM, GB18030, Big5, UTF-16, and the auto rule."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsrepair.decoding import (
    Decoded,
    UndecodableError,
    decode,
    detect_encoding,
    encode,
    frequent_share,
)

SIMPLIFIED = "本报讯（记者付凯明）2022年12月30日下午，示范区（高新区）党工委书记吕沛主持召开会议。\n"
TRADITIONAL = "本報訊（記者付凱明）2022年12月30日下午，示範區（高新區）黨工委書記呂沛主持召開會議。\n"

# ------------------------------------------------------------------ default UTF-8


def test_utf8_is_the_default():
    assert decode(SIMPLIFIED.encode("utf-8")) == Decoded(SIMPLIFIED, "utf-8")


def test_utf8_bom_is_dropped_and_remembered():
    decoded = decode(codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"))
    assert decoded.text == SIMPLIFIED
    assert decoded.bom is True


def test_encode_writes_the_bom_back():
    data = codecs.BOM_UTF8 + "会议指出".encode("utf-8")
    assert encode(decode(data)) == data


def test_crlf_becomes_lf_and_is_written_back():
    data = "会议指出，\r\n中央经济工作会议\r\n".encode("gb18030")
    decoded = decode(data, encoding="gb18030")
    assert decoded.text == "会议指出，\n中央经济工作会议\n"
    assert decoded.newline == "\r\n"
    assert encode(decoded) == data


def test_lone_cr_becomes_lf():
    assert decode(b"a\rb").text == "a\nb"


def test_lf_text_keeps_lf():
    assert decode("会议\n指出\n".encode()).newline == "\n"


def test_named_encoding_is_used():
    decoded = decode(TRADITIONAL.encode("big5"), encoding="big5")
    assert (decoded.text, decoded.encoding) == (TRADITIONAL, "big5")


def test_unknown_encoding_is_a_lookup_error():
    with pytest.raises(LookupError):
        decode(b"abc", encoding="no-such-codec")


def test_text_instead_of_bytes_is_a_type_error():
    with pytest.raises(TypeError, match="already decoded"):
        decode("会议")  # type: ignore[arg-type]


def test_encode_raises_for_a_character_the_encoding_lacks():
    decoded = decode(TRADITIONAL.encode("cp950"), encoding="cp950")
    with pytest.raises(UnicodeEncodeError):
        encode(decoded, "书记")  # simplified 书 is not in Big5


# ------------------------------------------------------------------ undecodable


def test_error_names_the_byte_offset():
    with pytest.raises(UndecodableError) as caught:
        decode("会议".encode() + b"\xff")
    assert caught.value.offset == 6
    assert "byte offset 6" in str(caught.value)


def test_error_offset_counts_the_bom():
    with pytest.raises(UndecodableError) as caught:
        decode(codecs.BOM_UTF8 + b"ab\xff")
    assert caught.value.offset == 5


def test_truncated_gb18030_names_the_last_byte():
    data = "会议".encode("gb18030")[:-1]
    with pytest.raises(UndecodableError) as caught:
        decode(data, encoding="gb18030")
    assert caught.value.offset == 2


def test_auto_reports_the_furthest_candidate():
    data = "会议指出".encode("gb18030") + b"\xff\xff"
    with pytest.raises(UndecodableError) as caught:
        decode(data, encoding="auto")
    assert caught.value.offset == 8
    assert "GB18030" in str(caught.value)


# ------------------------------------------------------------------ auto


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (SIMPLIFIED.encode("utf-8"), "utf-8"),
        (b"plain ASCII", "utf-8"),
        (codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"), "utf-8"),
        (SIMPLIFIED.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + SIMPLIFIED.encode("utf-16-be"), "utf-16"),
        (SIMPLIFIED.encode("gb18030"), "gb18030"),
        (TRADITIONAL.encode("cp950"), "cp950"),
        (TRADITIONAL.encode("big5"), "cp950"),
    ],
    ids=["utf8", "ascii", "utf8-bom", "utf16-le-bom", "utf16-be-bom", "gb18030", "cp950", "big5"],
)
def test_auto_recognises(data: bytes, expected: str):
    assert detect_encoding(data) == expected


@pytest.mark.parametrize(
    "phrase", ["会议指出", "党工委书记", "经济工作会议精神", "本报讯（记者付凯明）"]
)
def test_auto_recognises_short_simplified_gb18030(phrase: str):
    assert decode(phrase.encode("gb18030"), encoding="auto").text == phrase


@pytest.mark.parametrize(
    "phrase", ["會議指出", "黨工委書記", "經濟工作會議精神", "本報訊（記者付凱明）"]
)
def test_auto_recognises_short_traditional_big5(phrase: str):
    assert decode(phrase.encode("cp950"), encoding="auto").text == phrase


def test_auto_reads_the_seed_page_in_gb18030(seed_text: str):
    decoded = decode(seed_text.encode("gb18030"), encoding="auto")
    assert decoded.encoding == "gb18030"
    assert decoded.text == seed_text.replace("\r\n", "\n")


def test_auto_reads_the_seed_page_in_big5(seed_text: str):
    opencc = pytest.importorskip("opencc")
    traditional = opencc.OpenCC("s2t").convert(seed_text)
    data = traditional.encode("cp950", errors="ignore")
    decoded = decode(data, encoding="auto")
    assert decoded.encoding == "cp950"
    assert decoded.text == data.decode("cp950")


def test_frequent_share_separates_right_and_wrong_table():
    data = TRADITIONAL.encode("cp950")
    right = frequent_share(data.decode("cp950"))
    wrong = frequent_share(data.decode("gb18030"))
    assert right > 0.9 > 0.6 > wrong


def test_frequent_share_of_ascii_is_one():
    assert frequent_share("COVID 19") == 1.0


# ------------------------------------------------------------------ properties

_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\ufeff"),
    max_size=60,
)


@settings(max_examples=150, deadline=None)
@given(_TEXT, st.sampled_from(["utf-8", "utf-16", "gb18030"]), st.booleans())
def test_encode_then_decode_round_trips(text: str, encoding: str, crlf: bool):
    original = Decoded(text, encoding, bom=encoding == "utf-16", newline="\r\n" if crlf else "\n")
    decoded = decode(encode(original), encoding=encoding)
    assert decoded.text == text


@settings(max_examples=150, deadline=None)
@given(_TEXT)
def test_auto_reads_any_utf8_text_as_utf8(text: str):
    assert decode(text.encode("utf-8"), encoding="auto").text == text


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=80))
def test_auto_either_decodes_or_raises_undecodable(data: bytes):
    try:
        decoded = decode(data, encoding="auto")
    except UndecodableError as error:
        assert 0 <= error.offset <= len(data)
    else:
        assert isinstance(decoded.text, str)
