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
#: Characters that are one em wide.
WIDE_CHAR = regex.compile(rf"[{CJK}{RADICALS}{FULLWIDTH_PUNCT}\p{{Ea=F}}\p{{Ea=W}}]")
