"""newsrepair: repair text extracted from Chinese newspaper PDFs and scans.

>>> import newsrepair
>>> newsrepair.repair("书 记 吕 沛 主 持 召\\n开会议。")
'书记吕沛主持召开会议。'
"""

from importlib.metadata import PackageNotFoundError, version

from .articles import Item, split_articles
from .conversion import convert
from .etl import repair_jsonl, repair_records
from .glyphs import fix_glyphs
from .invisible import remove_invisible
from .paragraphs import join_lines
from .pipeline import FIXERS, RepairOptions, repair, repair_and_explain
from .punctuation import fix_width, normalize_punctuation
from .render import render_markdown, render_text
from .segments import Segment
from .simulate import DamageOptions, Damaged, damage, make_input
from .spacing import normalize_dates, normalize_markers, remove_spaces
from .trace import Edit, Step, apply_edits

try:
    __version__ = version("newsrepair")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

__all__ = [
    "FIXERS",
    "DamageOptions",
    "Damaged",
    "Edit",
    "Item",
    "RepairOptions",
    "Segment",
    "Step",
    "__version__",
    "apply_edits",
    "convert",
    "damage",
    "fix_glyphs",
    "fix_width",
    "join_lines",
    "make_input",
    "normalize_dates",
    "normalize_markers",
    "normalize_punctuation",
    "remove_invisible",
    "remove_spaces",
    "render_markdown",
    "render_text",
    "repair",
    "repair_and_explain",
    "repair_jsonl",
    "repair_records",
    "split_articles",
]
