"""The one font every printed document uses, and the named paragraph styles built on it."""

from __future__ import annotations

from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from frontdesk_gui.core.paths import asset

# Embedded TrueType, not ReportLab's STSong-Light CID font: that one is not embedded, and viewers
# without a system CJK font (QtPdf) then draw nothing. See PLATFORM_NOTES "Chinese in PDFs".
CJK_FONT = "WenQuanYiMicroHei"


@cache
def register_fonts() -> None:
    """Register the bundled WenQuanYi Micro Hei once per process (parsing the TTC costs ~70 ms)."""
    font_file = asset("resources", "fonts", "wqy-microhei.ttc")
    pdfmetrics.registerFont(TTFont(CJK_FONT, str(font_file), subfontIndex=0))
    # The font has no bold or italic face; mapping them to itself keeps <b>/<i> markup from raising.
    pdfmetrics.registerFontFamily(CJK_FONT, normal=CJK_FONT, bold=CJK_FONT, italic=CJK_FONT, boldItalic=CJK_FONT)


def paragraph_styles() -> dict[str, ParagraphStyle]:
    """Named styles shared by all documents; a fresh set per call, so a caller may tweak its copy."""
    register_fonts()
    base = ParagraphStyle("body", fontName=CJK_FONT, fontSize=9, leading=12, wordWrap="CJK")
    grey = colors.HexColor("#555555")
    return {
        "title": ParagraphStyle("title", base, fontSize=14, leading=18, alignment=TA_CENTER, spaceAfter=4),
        "heading": ParagraphStyle("heading", base, fontSize=11, leading=14, alignment=TA_CENTER),
        "body": base,
        "label": ParagraphStyle("label", base, fontSize=7.5, leading=10, textColor=grey),
        "small": ParagraphStyle("small", base, fontSize=7, leading=9, textColor=grey),
        "small_center": ParagraphStyle("small_center", base, fontSize=7, leading=9, textColor=grey,
                                       alignment=TA_CENTER),
        "number": ParagraphStyle("number", base, fontSize=16, leading=20, alignment=TA_CENTER),
        "marker": ParagraphStyle("marker", base, fontSize=12, leading=15, alignment=TA_CENTER,
                                 borderWidth=1, borderColor=colors.black, borderPadding=3,
                                 spaceBefore=4, spaceAfter=6),
        "cell": ParagraphStyle("cell", base, fontSize=8, leading=10),
        "cell_head": ParagraphStyle("cell_head", base, fontSize=8, leading=10, textColor=colors.white),
    }
