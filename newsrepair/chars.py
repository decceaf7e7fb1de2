"""Character classes of Chinese newspaper text, defined once.

Every other module takes its character classes from here, so that a change
of what counts as (say) "CJK" is made in one place.  The classes are regex
fragments (for composing into patterns) and compiled patterns built from
them.  Ranges use Unicode properties wherever the standard has one.
"""

from __future__ import annotations

import regex

#: Ideographs, kana and Hangul: characters that take one em and never take
#: spaces between them in Chinese text.
CJK = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\u3007\u3005"

#: Kangxi radicals (U+2F00 block) and CJK Radicals Supplement (U+2E80 block):
#: glyph stand-ins that PDF fonts emit for common ideographs.
RADICALS = r"\u2E80-\u2EFF\u2F00-\u2FDF"

#: Fullwidth punctuation and brackets of Chinese text (CJK Symbols and
#: Punctuation block, Halfwidth and Fullwidth Forms punctuation, and the
#: curly quotes, dashes and ellipsis used in Chinese typesetting).
FULLWIDTH_PUNCT = (
    r"\u3001-\u3003\u3008-\u3011\u3014-\u301F"  # 、。〃 〈〉《》「」『』【】 〔〕…〟
    r"\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65"  # ！＂…／ ：…＠ ［…｀ ｛…･
    r"\u2018\u2019\u201C\u201D"  # ‘ ’ “ ”
    r"\u2014\u2015\u2026\u2025\u00B7\u30FB\u2022"  # — ― … ‥ · ・ •
)

#: Opening brackets and quotes: a paragraph may start with them.
OPENING = r"（【《〈「『〔“‘［｛"

#: Closing brackets and quotes.
CLOSING = r"）】》〉」』〕”’］｝"

#: Sentence-final punctuation: a paragraph may end after one of these
#: (optionally followed by closing quotes or brackets).
SENTENCE_END = r"。！？；…!?"

#: Whitespace that extraction leaves inside a line: every Unicode space
#: separator (ASCII space, U+3000 ideographic space, NBSP, thin and other
#: spaces) and tabs.  Line breaks and form feeds are not in this class.
INLINE_SPACE = r"[\p{Zs}\t]"

#: Characters next to which a space is never legitimate in Chinese text.
TIGHT = CJK + RADICALS + FULLWIDTH_PUNCT

# ---------------------------------------------------------------- compiled

#: Any CJK ideograph, kana or Hangul.
ANY_CJK = regex.compile(f"[{CJK}]")
#: A run of inline extraction spaces.
SPACE_RUN = regex.compile(f"{INLINE_SPACE}+")
#: Three CJK characters with spaces between them: a printed line that the
#: typesetter justified by letter-spacing (``书 记 吕 沛``), so not the last
#: line of its paragraph.
LETTER_SPACED = regex.compile(rf"[{CJK}]{INLINE_SPACE}++[{CJK}]{INLINE_SPACE}++[{CJK}]")
#: Characters that are one em wide.
WIDE_CHAR = regex.compile(rf"[{CJK}{RADICALS}{FULLWIDTH_PUNCT}\p{{Ea=F}}\p{{Ea=W}}]")

# ------------------------------------------------ character repair classes

#: Fullwidth digits and Latin letters (Halfwidth and Fullwidth Forms block):
#: ０-９ U+FF10-FF19, Ａ-Ｚ U+FF21-FF3A, ａ-ｚ U+FF41-FF5A.  Each is its ASCII
#: counterpart plus U+FEE0.
FULLWIDTH_ALNUM = r"\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A"

#: Characters that print nothing and carry nothing in Chinese text: zero
#: width space U+200B, word joiner U+2060, byte order mark / zero width
#: no-break space U+FEFF, soft hyphen U+00AD.
INVISIBLE = r"\u200B\u2060\uFEFF\u00AD"

#: Zero width non-joiner U+200C and joiner U+200D: invisible in Chinese
#: text, but they shape emoji sequences and some scripts (Arabic, Indic).
JOINERS = r"\u200C\u200D"

#: The separators ``str.splitlines`` (and so line rejoining) breaks lines at
#: that are not Unicode white space, so not in ``\s``: U+001C-001E.
LINE_SEPARATORS = r"\x1c-\x1e"

#: Every character ``str.isspace`` calls white space: ``\s`` and U+001C-001F.
ANY_SPACE = r"[\s\x1c-\x1f]"

#: C0 and C1 control characters and DEL, except the ones that lay out text:
#: tab, line feed, vertical tab, form feed, carriage return (U+0009-000D),
#: the file/group/record separators U+001C-001E and NEL U+0085, which
#: Python's ``str.splitlines`` and our line splitter treat as line breaks.
CONTROLS = r"\x00-\x08\x0E-\x1B\x1F\x7F-\x84\x86-\x9F"

#: Emoji pieces a joiner U+200D may stand between in an emoji sequence:
#: pictographs, skin tone modifiers, variation selector 16 and keycap.
EMOJI_PART = r"\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\u20E3"

#: Letters and marks of scripts that use the joiners U+200C/U+200D for
#: shaping (Arabic, Indic, ...): every letter or mark that is not Latin,
#: Greek, Cyrillic, CJK, or shared between scripts.  A set difference: use
#: in patterns compiled with ``regex.V1``.
JOINING_LETTER = (
    r"[[\p{L}\p{M}]--[\p{Latin}\p{Greek}\p{Cyrillic}\p{Han}\p{Hiragana}"
    r"\p{Katakana}\p{Hangul}\p{Bopomofo}\p{Common}\p{Inherited}]]"
)

#: A CJK character of running text: :data:`CJK` without the radical code
#: points, which have Script=Han too.  A set difference: use with ``regex.V1``.
CJK_NOT_RADICAL = rf"[[{CJK}]--[{RADICALS}]]"
#: Text that ends a sentence: a sentence-final mark, then only closing quotes
#: or brackets.  Searched from the end, so linear on any line.
ENDS_SENTENCE = regex.compile(rf"(?r)[{SENTENCE_END}][{CLOSING}]*+$")

#: Line breaks that also end a page: the form feed, and the file and group
#: separators U+001C-001D that some tools write between pages.
PAGE_BREAK = "\f\x1c\x1d"

#: A line that is one quotation and nothing else (quotations may nest one
#: level): ``“不辜负这个伟大的时代”``, ``“让更多医护人员尽快穿上‘战袍’”``.
WHOLE_QUOTATION = regex.compile(r"“[^“”]*+(?:“[^“”]*+”[^“”]*+)*+”")

#: Marks that open a quotation or a book title, each with the mark that closes it.
QUOTE_PAIRS = (("“", "”"), ("‘", "’"), ("《", "》"))
#: Brackets, fullwidth and ASCII, each with the one that closes it.
BRACKET_PAIRS = (("（", "）"), ("(", ")"))
