"""Painting certificate pages with QPainter: the settings page's live preview and direct printing (系统打印).

The core lays a certificate out as drawing items in PDF points (``CertificatePage``); the PDF writer
draws that list with reportlab, and this module draws the same list with QPainter, on a widget, a
QImage or a QPrinter. Text uses the same font file the PDF embeds (registered with Qt once), so
the preview and a direct print look like the PDF.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPen,
)
from PySide6.QtPrintSupport import QPrinter

from trainoffice.certificates import (
    CertificatePage,
    FrameItem,
    ImageItem,
    Item,
    QrItem,
    TextItem,
    qr_rectangles,
)
from trainoffice.pdf import CjkFont

REF_PX = 100  # text is laid out at 100 px and scaled to its point size: exact on any device resolution


@functools.cache
def _family_of_file(path: str, subfont: int) -> str | None:
    """Register a font file with Qt (once) and return the family of its ``subfont``."""
    font_id = QFontDatabase.addApplicationFont(path)
    if font_id < 0:
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    if not families:
        return None
    return families[min(subfont, len(families) - 1)]


def qt_font(font: CjkFont) -> QFont:
    """The Qt font for a print font: the same file when it has one; the app's Chinese font for the
    STSong-Light fallback (which has no file: PDF readers supply it, so the preview only approximates)."""
    family = _family_of_file(font.path, font.subfont) if font.path else None
    qfont = QFont(family) if family else QFont(QGuiApplication.font())
    qfont.setPixelSize(REF_PX)
    qfont.setKerning(False)  # reportlab does not kern either
    qfont.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return qfont


class PagePainter:
    """Paints CertificatePages: 1 point = ``scale`` device units from the painter's current origin."""

    def __init__(self, font: CjkFont):
        self.font = qt_font(font)
        self._metrics = QFontMetricsF(self.font)
        self._images: dict[bytes, QImage] = {}

    def paint(self, painter: QPainter, page: CertificatePage, scale: float) -> None:
        painter.save()
        painter.scale(scale, scale)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                               | QPainter.RenderHint.SmoothPixmapTransform)
        for layer in (page.background, page.content, page.overlay):  # the seal lies over the issuer's name
            for item in layer:
                self._item(painter, page.height, item)
        painter.restore()

    def _item(self, painter: QPainter, height: float, item: Item) -> None:
        if isinstance(item, TextItem):
            self._text(painter, height, item)
        elif isinstance(item, FrameItem):
            painter.setPen(QPen(QColor.fromRgbF(*item.color), item.line_width))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(item.x, height - item.y - item.h, item.w, item.h))
        elif isinstance(item, ImageItem):
            self._image(painter, height, item)
        elif isinstance(item, QrItem):
            self._qr(painter, height, item)

    def _text(self, painter: QPainter, height: float, item: TextItem) -> None:
        k = item.size / REF_PX
        x = item.x
        if item.align != "left":  # widths as the PDF computes them: no spacing after the last character
            width = self._metrics.horizontalAdvance(item.text) * k + item.char_space * (len(item.text) - 1)
            x -= width / 2 if item.align == "center" else width
        y = height - item.y
        painter.save()
        painter.setOpacity(item.alpha)
        if item.angle:  # the PDF turns counter-clockwise about (x, y) with y up; Qt's y points down
            painter.translate(item.x, y)
            painter.rotate(-item.angle)
            painter.translate(-item.x, -y)
        painter.translate(x, y)
        painter.scale(k, k)
        color = QColor.fromRgbF(*item.color)
        painter.setFont(self.font)
        painter.setPen(color)
        # Character spacing as PDF's Tc adds it: after each character (Qt's letter spacing is not
        # scaled the same way on every paint device, so the characters are placed one by one).
        runs = [(0.0, item.text)] if not item.char_space else []
        advance = 0.0
        for ch in item.text if item.char_space else ():
            runs.append((advance, ch))
            advance += self._metrics.horizontalAdvance(ch) + item.char_space / k
        outline = QPainterPath()
        for offset, text in runs:
            painter.drawText(QPointF(offset, 0), text)
            if item.bold:
                outline.addText(QPointF(offset, 0), self.font, text)
        if item.bold:  # bold as the PDF draws it (render mode 2): the outline stroked as well as filled
            painter.strokePath(outline, QPen(color, REF_PX * 0.03))
        painter.restore()

    def _image(self, painter: QPainter, height: float, item: ImageItem) -> None:
        image = self._images.get(item.image)
        if image is None:
            image = self._images[item.image] = QImage.fromData(item.image)  # keeps the PNG's alpha channel
        if image.isNull():
            return
        box = QRectF(item.x, height - item.y - item.h, item.w, item.h)
        size = QSizeF(image.size()).scaled(box.size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRectF(QPointF(0, 0), size)
        target.moveCenter(box.center())  # reportlab's preserveAspectRatio centres the picture
        painter.drawImage(target, image)

    def _qr(self, painter: QPainter, height: float, item: QrItem) -> None:
        n = len(item.modules)
        module = item.size / n
        left, top = item.x, height - item.y - item.size
        path = QPainterPath()
        for x, y, w, h in qr_rectangles(item.modules):
            path.addRect(QRectF(left + x * module, top + y * module, w * module, h * module))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # no hairline seams between modules
        painter.fillPath(path, QColor(0, 0, 0))
        painter.restore()


def render_image(page: CertificatePage, font: CjkFont, width_px: int) -> QImage:
    """The page as a white picture ``width_px`` wide (thumbnails, tests)."""
    scale = width_px / page.width
    image = QImage(width_px, round(page.height * scale), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    PagePainter(font).paint(painter, page, scale)
    painter.end()
    return image


def prepare_printer(printer: QPrinter, page: CertificatePage) -> None:
    """A4 in the certificate's orientation, full page (the layout's positions are from the paper's edge)."""
    orientation = (QPageLayout.Orientation.Landscape if page.width > page.height
                   else QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, QMarginsF(0, 0, 0, 0)))


def print_pages(printer: QPrinter, pages: Iterable[CertificatePage], font: CjkFont) -> int:
    """Paint ``pages`` on ``printer`` (a real printer, the print preview, or a PDF file); returns the count."""
    painter = QPainter()
    drawer = PagePainter(font)
    count = 0
    for page in pages:
        if count == 0:
            prepare_printer(printer, page)
            if not painter.begin(printer):
                return 0
        elif not printer.newPage():
            break
        drawer.paint(painter, page, printer.resolution() / 72.0)
        count += 1
    if painter.isActive():
        painter.end()
    return count
