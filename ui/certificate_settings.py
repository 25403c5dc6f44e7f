"""设置 → 证书版式: the certificate's design with a live preview, the seal, issuer, numbering and print font;
and the packet cover's contact person.

The preview paints ``office.certificates.sample_page`` for the values being edited (layout, seal,
issuer, font, masking) with the same painter that prints, so what is shown is what will print.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import fields
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from trainoffice.certificates import (
    CertificateError,
    CertificateLayout,
    CertificatePage,
    Seal,
    default_layout,
    read_seal,
    seal_warning,
)
from trainoffice.errors import TrainOfficeError
from trainoffice.office import Office
from trainoffice.pdf import CjkFont, FontError, check_font_file, find_cjk_font
from ui.certificate_render import PagePainter
from ui.operations import Operations
from ui.settings_section import SettingsSection
from ui.widgets import WARNING_STYLE, FieldMessage, with_message

FONT_FILTER = "*.ttf *.ttc *.otf *.TTF *.TTC *.OTF"


class CertificatePreview(QWidget):
    """A page drawn to fit the widget, on a grey desk with a shadow; or a message saying why it cannot be."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.page: CertificatePage | None = None
        self._painter: PagePainter | None = None
        self._font: CjkFont | None = None
        self.message = ""
        self.setMinimumSize(420, 300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(640, 460)

    def set_page(self, page: CertificatePage, font: CjkFont) -> None:
        if font != self._font:
            self._font, self._painter = font, PagePainter(font)
        self.page, self.message = page, ""
        self.update()

    def set_message(self, text: str) -> None:
        self.page, self.message = None, text
        self.update()

    def page_rect(self) -> QRectF:
        """Where the page sits in the widget (fitted, centred, with a margin for the shadow)."""
        if self.page is None:
            return QRectF()
        margin = 12
        scale = min((self.width() - 2 * margin) / self.page.width, (self.height() - 2 * margin) / self.page.height)
        w, h = self.page.width * scale, self.page.height * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#d9dce1"))
        if self.page is None or self._painter is None:
            painter.setPen(QColor("#b3261e"))
            painter.drawText(self.rect().adjusted(24, 24, -24, -24),
                             int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), self.message)
            return
        rect = self.page_rect()
        painter.fillRect(rect.translated(3, 4), QColor(0, 0, 0, 60))
        painter.fillRect(rect, QColor("white"))
        painter.translate(rect.topLeft())
        self._painter.paint(painter, self.page, rect.width() / self.page.width)
        painter.end()


class CertificateSection(SettingsSection):
    """证书版式与打印: A4 landscape or portrait, positions (mm from the top-left) and sizes (pt), with a
    live preview; the seal (PNG with transparency, kept in the database), issuer, number pattern, print font,
    ID masking."""

    MAX_WIDTH = 1200  # the preview needs the room

    def __init__(self, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("CertificateSection", "证书版式与打印"), parent)
        self.ops: Operations | None = None
        self._settings: dict[str, Any] = {}
        self._loading = False
        self.spins: dict[str, QDoubleSpinBox] = {}

        self.orientation = QComboBox()
        self.orientation.addItem(self.tr("A4 横向"), False)
        self.orientation.addItem(self.tr("A4 纵向"), True)
        self.border = QCheckBox(self.tr("金色边框"))
        self.reset_button = QPushButton(self.tr("恢复默认版式"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("纸张")))
        top.addWidget(self.orientation)
        top.addWidget(self.border)
        top.addStretch(1)
        top.addWidget(self.reset_button)

        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        mm, pt = self.tr(" 毫米"), self.tr(" 磅")
        rows = (
            (self.tr("标题"), (("title_top", self.tr("距顶 "), mm), ("title_size", self.tr("字号 "), pt),
                              ("title_spacing", self.tr("字距 "), pt))),
            (self.tr("正文"), (("body_top", self.tr("距顶 "), mm), ("body_size", self.tr("字号 "), pt),
                              ("line_spacing", self.tr("行距 "), self.tr(" 倍")))),
            (self.tr("正文边距"), (("body_left", self.tr("左 "), mm), ("body_right", self.tr("右 "), mm))),
            (self.tr("落款"), (("issuer_top", self.tr("距顶 "), mm), ("issuer_right", self.tr("中心距右 "), mm),
                              ("issuer_size", self.tr("字号 "), pt))),
            (self.tr("公章"), (("seal_size", self.tr("直径 "), mm),)),
            (self.tr("二维码"), (("qr_top", self.tr("距顶 "), mm), ("qr_left", self.tr("距左 "), mm),
                               ("qr_size", self.tr("边长 "), mm))),
            (self.tr("证书编号"), (("number_size", self.tr("字号 "), pt),)),
        )
        for row, (label, spins) in enumerate(rows):
            grid.addWidget(QLabel(label), row, 0)
            for column, (key, prefix, suffix) in enumerate(spins, start=1):
                spin = QDoubleSpinBox()
                spin.setRange(0.5 if key == "line_spacing" else 1, 4 if key == "line_spacing" else 400)
                spin.setDecimals(1)
                spin.setSingleStep(0.1 if key == "line_spacing" else 1)
                spin.setPrefix(prefix)
                spin.setSuffix(suffix)
                spin.setKeyboardTracking(False)  # typing 46 redraws once, not for 4 and then 46
                spin.valueChanged.connect(self._changed)
                self.spins[key] = spin
                grid.addWidget(spin, row, column)
        note = QLabel(self.tr("位置以毫米计，从纸张左上角量起；字号以磅计。预览与打印效果一致。"))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555555;")
        controls = QVBoxLayout()
        controls.addLayout(top)
        controls.addLayout(grid)
        controls.addWidget(note)
        controls.addStretch(1)
        self.preview = CertificatePreview()
        design = QHBoxLayout()
        design.addLayout(controls)
        design.addWidget(self.preview, 1)
        self.form.addRow(design)

        self.seal: Seal | None = None  # as edited; stored in the database by 保存设置
        self.seal_file = QLineEdit()
        self.seal_file.setReadOnly(True)
        self.seal_file.setPlaceholderText(self.tr("未设置公章：证书上不印公章"))
        self.seal_file.setToolTip(self.tr("公章图片保存在数据库里，随备份和数据库文件一起带到别的电脑。"))
        self.seal_button = QPushButton(self.tr("选择…"))
        self.seal_remove = QPushButton(self.tr("移除"))
        self.seal_message = FieldMessage()
        self.form.addRow(self.tr("公章图片"), with_message(self.seal_file, self.seal_message, self.seal_button,
                                                          self.seal_remove))
        self.issuer = QLineEdit()
        self.form.addRow(self.tr("发证单位"), self.issuer)
        self.pattern = QLineEdit()
        self.pattern_message = FieldMessage()
        self.form.addRow(self.tr("证书编号格式"), with_message(self.pattern, self.pattern_message))
        self.font_path = QLineEdit()
        self.font_path.setReadOnly(True)
        self.font_path.setPlaceholderText(self.tr("自动：使用本机的中文 TrueType 字体"))
        self.font_button = QPushButton(self.tr("选择…"))
        self.font_auto = QPushButton(self.tr("自动"))
        self.font_message = FieldMessage()
        self.font_status = QLabel()
        self.font_status.setWordWrap(True)
        font_cell = with_message(self.font_path, self.font_message, self.font_button, self.font_auto)
        font_cell.layout().addWidget(self.font_status)
        self.form.addRow(self.tr("打印字体"), font_cell)
        self.mask = QCheckBox(self.tr("证书上遮盖身份证号（默认印完整号码：证书是持证人本人的凭证）"))
        self.form.addRow(self.mask)

        self.orientation.currentIndexChanged.connect(self._orientation_changed)
        self.border.toggled.connect(self._changed)
        self.reset_button.clicked.connect(self.reset_layout)
        self.seal_button.clicked.connect(self.choose_seal)
        self.seal_remove.clicked.connect(self.remove_seal)
        self.issuer.textChanged.connect(self._changed)
        self.pattern.textChanged.connect(self._pattern_changed)
        self.font_button.clicked.connect(self.choose_font)
        self.font_auto.clicked.connect(lambda: self.set_font_file(""))
        self.mask.toggled.connect(self._changed)

    def attach(self, ops: Operations) -> None:
        self.ops = ops

    # ----- the layout in the spin boxes ---------------------------------------------------
    def layout_value(self) -> CertificateLayout:
        """The layout as edited (what the preview shows and Save stores)."""
        values: dict[str, Any] = {key: spin.value() for key, spin in self.spins.items()}
        values.update(portrait=bool(self.orientation.currentData()), border=self.border.isChecked())
        return CertificateLayout.from_setting(values)

    def _show_layout(self, layout: CertificateLayout) -> None:
        loading, self._loading = self._loading, True
        self.orientation.setCurrentIndex(1 if layout.portrait else 0)
        self.border.setChecked(layout.border)
        for f in fields(CertificateLayout):
            if f.name in self.spins:
                self.spins[f.name].setValue(float(getattr(layout, f.name)))
        self._loading = loading

    def reset_layout(self) -> None:
        """恢复默认: the standard design for the orientation chosen."""
        self._show_layout(default_layout(portrait=bool(self.orientation.currentData())))
        self._changed()

    def _orientation_changed(self) -> None:
        if self._loading:
            return
        # Positions are measured from the paper's edges: the other orientation starts from its own design.
        self.reset_layout()

    # ----- files --------------------------------------------------------------------------
    def choose_seal(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(self, self.tr("选择公章图片"), str(Path.home()),
                                                    self.tr("PNG 图片（透明背景） (*.png);;图片 (*.png *.jpg *.jpeg)"))
        if name:
            self.set_seal_file(name)

    def set_seal_file(self, path: str) -> bool:
        """Take the picture at ``path`` as the seal (保存设置 stores it in the database). One that cannot be
        used (unreadable, not PNG/JPEG, too big) is refused with the reason and the previous seal stays; one
        without a transparent background is taken with a warning (the clerk may have nothing better)."""
        try:
            seal = read_seal(path)
        except CertificateError as exc:
            self.seal_message.show_error(str(exc))
            return False
        self._show_seal(seal)
        self._changed()
        return True

    def remove_seal(self) -> None:
        """No seal: certificates print without one (once 保存设置 is pressed)."""
        self._show_seal(None)
        self._changed()

    def _show_seal(self, seal: Seal | None) -> None:
        """The seal's file and when it was stored, the buttons that fit, and beside it whether the picture will
        cover the issuer's name and date."""
        self.seal = seal
        if seal is None:
            self.seal_file.clear()
        elif seal.stored_at:
            self.seal_file.setText(self.tr("{file}（{at} 存入数据库）").format(file=seal.file_name,
                                                                          at=seal.stored_at[:16]))
        else:
            self.seal_file.setText(self.tr("{file}（保存设置后存入数据库）").format(file=seal.file_name))
        self.seal_button.setText(self.tr("更换…") if seal else self.tr("选择…"))
        self.seal_remove.setEnabled(seal is not None)
        warning = seal_warning(seal) if seal else ""
        if warning:
            self.seal_message.show_warning(warning)
        else:
            self.seal_message.clear_message()

    def choose_font(self) -> None:
        start = str(Path(self.font_path.text()).parent) if self.font_path.text() else ""
        name, _filter = QFileDialog.getOpenFileName(self, self.tr("选择中文字体文件"), start,
                                                    self.tr("TrueType 字体") + f" ({FONT_FILTER})")
        if name:
            self.set_font_file(name)

    def set_font_file(self, path: str) -> bool:
        """Use the font file ``path`` ('' = find one on this PC). CFF fonts (Noto CJK), fonts without
        Chinese and non-fonts are refused with the core's reason, and the previous choice stays."""
        if path:
            try:
                check_font_file(path)
            except FontError as exc:
                self.font_message.show_error(str(exc))
                return False
        self.font_message.clear_message()
        self.font_path.setText(path)
        self._changed()
        return True

    def print_font(self) -> tuple[CjkFont, list[str]]:
        """The font printouts will use with the file chosen here (or the one found on this PC)."""
        return find_cjk_font(self.font_path.text() or None)

    def _show_font(self, font: CjkFont, notes: list[str]) -> None:
        """The font printouts use, and in the warning colour why it is not the one chosen (a file gone on
        this PC, a font that cannot be embedded) or that it is not embedded."""
        notes = [n for n in notes if n]
        if font.embedded:
            used = self.tr("正在使用：{family}（{path}），嵌入 PDF。").format(family=font.family, path=font.path)
        else:
            used = self.tr("正在使用：{family}（未嵌入）。").format(family=font.family)
        self.font_status.setText("\n".join([used, *notes]))
        self.font_status.setStyleSheet(WARNING_STYLE if notes or not font.embedded else "color: #555555;")

    # ----- number pattern -----------------------------------------------------------------
    def example_number(self) -> str:
        """The first number of this year's next project under the pattern typed; ValidationError if unusable."""
        return self.ops.office.certificates.sample_number(self.pattern.text().strip())

    def _pattern_changed(self) -> None:
        try:
            example = self.example_number()
        except TrainOfficeError as exc:
            self.pattern_message.show_error(str(exc))
        else:
            code = self.ops.office.projects.next_code(dt.date.today().year)
            self.pattern_message.setText(self.tr("示例：{number}（下一个项目 {code} 的第一本）").format(
                number=example, code=code))
            self.pattern_message.setStyleSheet("color: #555555;")
            self.pattern_message.show()
        self._changed()

    # ----- the preview --------------------------------------------------------------------
    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self.refresh_preview()

    def refresh_preview(self) -> None:
        """Lay out the sample certificate with the values being edited and paint it. Not while the page is
        out of sight: finding the print font registers a TrueType CJK font (~0.2 s of every start)."""
        if self.ops is None or not self.isVisible():
            return
        font, notes = self.print_font()
        self._show_font(font, notes)
        try:
            page = self.ops.office.certificates.sample_page(
                self.layout_value(), font=font, issuer=self.issuer.text().strip(),
                seal=self.seal.image if self.seal else b"",
                mask=self.mask.isChecked(), pattern=self.pattern.text().strip())
        except TrainOfficeError as exc:
            self.preview.set_message(str(exc))
            return
        self.preview.set_page(page, font)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.refresh_preview()

    # ----- SettingsSection ----------------------------------------------------------------
    def load(self, settings: dict[str, Any]) -> None:
        self._settings = settings
        self._loading = True
        self._show_layout(CertificateLayout.from_setting(settings.get("certificate_layout")))
        self._show_seal(self.ops.office.certificates.seal() if self.ops else None)
        self.issuer.setText(settings.get("certificate_issuer") or "")
        self.issuer.setPlaceholderText(self.tr("留空则印单位名称：{name}").format(name=settings.get("office_name") or ""))
        self.pattern.setText(settings.get("certificate_number_pattern") or "")
        self.font_path.setText(settings.get("pdf_font_path") or "")
        self.font_message.clear_message()
        self.mask.setChecked(bool(settings.get("certificate_mask_id")))
        self._loading = False
        self._pattern_changed()
        self.refresh_preview()

    def values(self) -> dict[str, Any]:
        """The settings as edited, and the seal (``certificate_seal``, not a setting: see ``save``)."""
        return {"certificate_layout": self.layout_value().to_setting(),
                "certificate_seal": self.seal,
                "certificate_issuer": self.issuer.text().strip(),
                "certificate_number_pattern": self.pattern.text().strip(),
                "pdf_font_path": self.font_path.text(),
                "certificate_mask_id": self.mask.isChecked()}

    def check(self) -> bool:
        ok = True
        try:
            self.example_number()
        except TrainOfficeError as exc:
            self.pattern_message.show_error(str(exc))
            ok = False
        return ok  # a font or seal file refused when chosen was not taken: the previous choice stays, nothing to correct

    def save(self, office: Office) -> None:
        """The settings, and the seal into its own table when it was chosen, replaced or removed."""
        values = self.values()
        seal = values.pop("certificate_seal")
        office.settings.update(values)
        if seal != office.certificates.seal():
            office.certificates.set_seal(seal)


class ContactSection(SettingsSection):
    """提交包联系人: printed on the packet report's cover, so the city centre knows whom to call."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("ContactSection", "提交包联系人"), parent)
        self.person = QLineEdit()
        self.phone = QLineEdit()
        self.form.addRow(self.tr("联系人"), self.person)
        self.form.addRow(self.tr("联系电话"), self.phone)

    def load(self, settings: dict[str, Any]) -> None:
        self.person.setText(settings.get("contact_person") or "")
        self.phone.setText(settings.get("contact_phone") or "")

    def values(self) -> dict[str, Any]:
        return {"contact_person": self.person.text().strip(), "contact_phone": self.phone.text().strip()}

