"""Inputs the fuzzers found, kept as regression tests; and the long fuzz profile.

Every check is in ``fuzz/checks.py``: ``repair`` never raises, is
idempotent, agrees with ``repair_and_explain``, whose trace replays to the
output; with the content fixes off no non-whitespace character changes;
``split_articles`` keeps every character; the decoding path round-trips.

``NEWSREPAIR_FUZZ=1 python -m pytest -q tests/test_fuzz_regressions.py``
runs the same checks as a long hypothesis profile (atheris is the faster
fuzzer: see ``docs/simulate.md``).
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsrepair.simulate import simulate

_CHECKS = Path(__file__).resolve().parent.parent / "fuzz" / "checks.py"
_spec = importlib.util.spec_from_file_location("newsrepair_fuzz_checks", _CHECKS)
assert _spec and _spec.loader
checks = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(checks)

FUZZ = bool(os.environ.get("NEWSREPAIR_FUZZ"))
LONG = settings(
    max_examples=200_000 if FUZZ else 1,
    derandomize=False,  # the long search looks for new examples on every run
    deadline=None,
    suppress_health_check=list(HealthCheck),
)


# ------------------------------------------------------------------ findings

#: (what the fuzzer found, the input).  Each stays here after it is fixed.
FINDINGS = [
    pytest.param(
        # atheris, first run: a page header glued to the body was not a fixed point
        # (repair(repair(x)) != repair(x)); fixed in join_lines since
        "2021年5月25日 星期:F一 县区新闻 第13版\n\n“把“美丽庭院”学习贯彻目\n标任务；开封领导邹英凯、汪国亮\n等出席。”\n",
        id="glued-header-idempotent",
    ),
    pytest.param(
        # atheris: U+001C is whitespace to str.isspace and a page break to
        # join_lines, but not whitespace to regex's \s (the corpus scorer's)
        "会议[\x1c[\x1c召开",
        id="file-separator-is-whitespace",
    ),
    pytest.param(
        # atheris: fullwidth digits are 1 em before fix_width and 0.5 em after, so
        # join_lines decided differently on the second pass (not idempotent); passes since
        "月月月\u2028月\n月月２０２２；。）本本",
        id="fullwidth-digits-idempotent",
    ),
    pytest.param(
        # hypothesis long profile: a radical before a line break is left alone, and
        # once the lines are joined the second pass replaces it: '⺁㐀' -> '厂㐀'
        "⺁\r㐀",
        id="radical-across-line-break-idempotent",
    ),
    pytest.param(
        # hypothesis long profile, session 2: the same across U+001E, a line break
        # for str.splitlines but not white space for the regex module's \s
        "⺁\x1e㐀",
        id="radical-across-record-separator-idempotent",
    ),
    pytest.param(
        # hypothesis long profile, session 2: a space between the sentence mark and
        # the closing quote hid the sentence end until the space was removed
        "00\u0e5c\u0e5c\u0e5c\r00000000000000ᄀ! ”",
        id="space-before-closing-quote-idempotent",
    ),
    pytest.param(
        # hypothesis long profile, session 2 (decoding path, gb18030 b"\x81@.\x1c.."):
        # full stops across U+001C became an ellipsis only once the line was rejoined
        "丂.\x1c..",
        id="ellipsis-across-file-separator-idempotent",
    ),
    pytest.param(
        # hypothesis long profile, session 2 (decoding path, b"( \xef\xbc\x89\n\xe1\x80\x80"):
        # brackets round a space read as a bracketed note until the space was removed
        "( ）\nက",
        id="brackets-round-a-space-idempotent",
    ),
    pytest.param(
        # hypothesis long profile (decoding path, gb18030 b"\x81@\n,"): a halfwidth comma
        # at the start of a line is left halfwidth, then made fullwidth on the second pass
        "工作\n,",
        id="comma-at-line-start-idempotent",
    ),
    pytest.param(
        # atheris (37 of its 137 recorded inputs shrink to this): radicals spaced apart
        "⼯\u3000⼯",
        id="spaced-radicals-idempotent",
    ),
    pytest.param(
        # atheris: a halfwidth bracket before a form feed (or U+001C) and the ideograph after it
        "：(\f作）",
        id="bracket-before-page-break-idempotent",
    ),
    pytest.param(
        # atheris, session 5: hyphens on lines of their own (between carriage
        # returns) became a dash only once join_lines had put them side by side
        "持\r-\r-\r续",
        id="hyphens-across-line-breaks-idempotent",
    ),
    pytest.param(
        # atheris, session 6 (all 9 recorded inputs shrink to this): a column
        # tag's line counted its spaces, which remove_spaces then took out, so
        # the second repair saw a tag line where the first saw none
        "！-\n刘金摄\r乾）\n金元 摄年本报讯刘金元 摄（",
        id="tag-line-with-spaces-idempotent",
    ),
    pytest.param(
        # atheris, session 6 (all 18 recorded inputs shrink to this): short
        # lines that each join reads differently, one more joined a pass, six
        # passes after the first where join_lines made four (now sixteen)
        "李泽鑫刘金元摄a第4版本,本摄！\n区\r泽乾）。\x0b--第4版金！版\r金元摄\n（牛森杰李泽乾）\n\r金\n"
        "（牛森杰泽乾）：\n金元摄",
        id="cascade-of-short-lines-idempotent",
    ),
    pytest.param(
        # atheris, session 7 (shrunk by hand): with credits left out of the
        # paragraph-form vote, space_names making 刘金元摄 摄 (a credit) of
        # 刘金元 摄摄 turned a text read as repaired into one that is not
        "会议在3时30分\n本本本报\n刘金元 摄摄\n本本本本本本本本本本本本",
        id="credit-made-by-a-later-fix-idempotent",
    ),
    pytest.param(
        # atheris, session 8 (present since session 7 at least): remove_spaces
        # closes up 第）元 摄摄 to 第）元摄摄, which ends with a credit (元摄 摄),
        # so the next reading saw a signed line and a title pair where the
        # first saw neither; signatures are now read with and without spaces
        "⼯第版\r第）元 摄摄\n摄?刘金元摄\n0",
        id="signature-made-by-removed-spaces-idempotent",
    ),
    pytest.param(
        # hypothesis long profile, session 15: a word space between two digits
        # counted half an em only as one space; repair wrote the two spaces as
        # one, and the second pass read the line wider and joined it
        "0\u0ce40  0、\u0ce4\r0000000000000000000\u0ce4",
        id="word-space-written-as-one-idempotent",
    ),
]


@pytest.mark.parametrize("text", FINDINGS)
def test_fuzz_finding_keeps_every_promise(text: str) -> None:
    checks.check_text(text)


def test_a_lead_paragraph_takes_in_its_lines_in_one_pass_over_joined_text() -> None:
    # atheris, session 5 (shrunk): each pass over joined text took one line more
    # into the lead's paragraph (又讯； + （牛森泽乾）, then + （；；；, then +
    # （李泽乾）, ...), six passes, more than join_lines made; _settle_leads
    # now takes them all in on the second pass
    checks.check_text(
        "又讯；\n\n（牛森泽乾）\n\n（；；；\n（李泽乾）\r泽乾）\n⼯刘金元摄京月29日华社北29日电）、"
        "\r新华社\r新华社29日电）、本本本本本本本本本本"
    )


def test_a_lead_cascade_as_atheris_found_it() -> None:
    # the first of the 21 inputs of that kind that a 15 min run recorded
    checks.check_text(
        '又讯⼯,第4版😀Ａ：；：；；；；\n\n（牛森杰 李泽乾）\r\n\ufeff\n\n（牛森杰 李泽乾）；；；；；；；\ufeff\n\n\n\n（牛森杰 李泽乾）\r\n\ufeff\n\n（牛森杰 李泽乾）\n\n⼯刘金元 摄,刘金元 摄,000\x0b3时30分刘金元 摄本\x0c）本\x0c本）本本本\n\n新华社北京1月29日电\r新华社北京1月29日电）、\r新华社北京1月29日电）、）、\r新华社北京1月29日电本\r\n本本本本本本本本本本本本本本本本本本'
    )


def test_trace_replays_through_a_width_fix() -> None:
    # the trace's offsets are in the input: a space removal after a fullwidth
    # digit fix must still name the space it removed
    checks.check_text("⼯作 ２０２２ (test)")


def test_decoding_path_keeps_every_promise() -> None:
    checks.check_bytes("本 报 讯\r\n书 记 吕 沛 主 持 召 开\r\n".encode("gb18030"))


# ------------------------------------------------------------------ the long profile

_tokens = st.lists(st.sampled_from(checks.TOKENS), max_size=300).map("".join)
_spliced = st.builds(
    lambda seed, cut, noise: (
        lambda page: page[: cut % (len(page) + 1)] + noise + page[cut % (len(page) + 1) :]
    )(simulate(seed=seed, articles=(1, 2), paragraphs=(1, 3)).text),
    st.integers(0, 2**20),
    st.integers(0, 10**6),
    st.text(max_size=40),
)


@pytest.mark.skipif(not FUZZ, reason="long fuzz profile: set NEWSREPAIR_FUZZ=1")
@LONG
@given(st.one_of(st.text(max_size=2000), _tokens, _spliced))
def test_fuzz_text(text: str) -> None:
    checks.check_text(text)


@pytest.mark.skipif(not FUZZ, reason="long fuzz profile: set NEWSREPAIR_FUZZ=1")
@LONG
@given(st.binary(max_size=2000) | _tokens.map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_fuzz_decoding(data: bytes) -> None:
    checks.check_bytes(data)
