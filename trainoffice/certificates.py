"""结业证书: issuing to those who passed every stage, numbering, revoking, printing and the register.

A certificate page is first laid out as a list of drawing items (text, frames, the seal, the QR
code) in PDF points; the PDF writer draws that list, and the settings page paints the same list
with QPainter for its live preview, so both always agree.

The QR code carries ``TOC1|number|name|project|hours|date|signature``: the text before the last
``|`` is signed with the office's Ed25519 key (base64url), so the city centre can check a scanned
certificate offline with the office's public key.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import segno
from PIL import Image as PILImage
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from trainoffice import audit
from trainoffice.credits import Credits
from trainoffice.db import Database
from trainoffice.errors import NotFound, TrainOfficeError, ValidationError
from trainoffice.files import atomic_output
from trainoffice.idnumber import mask as mask_id
from trainoffice.jobs import Cancel, Progress, Steps
from trainoffice.pdf import (
    CjkFont,
    PdfResult,
    chinese_date,
    date_text,
    new_canvas,
    office_font,
    wrap_text,
    write_pdf,
)
from trainoffice.projects import Project, Projects
from trainoffice.results import PASSING, Results, TraineeResults
from trainoffice.settings import Settings
from trainoffice.signing import Signer, b64url, b64url_decode, verify
from trainoffice.text import translate
from trainoffice.xlsx import SheetSpec, write_workbook

PAYLOAD_PREFIX = "TOC1"
QR_MASK = 2  # a fixed mask: segno's mask search is 80% of the QR cost (2 ms instead of 10 ms a code)
RED = (0.66, 0.1, 0.1)
GOLD = (0.72, 0.55, 0.22)
BLACK = (0.0, 0.0, 0.0)
_EPS = 1e-6
AFTER_REOPEN = "重新结业后"  # the occasion of a 作废原因 written at 结业 after a reopen: 重新结业后学时由 18 改为 12


# ----- the signed QR text ------------------------------------------------------------------------

@dataclass(frozen=True)
class CertificatePayload:
    """What the QR code states: certificate number, name, project, hours, date of issue."""

    number: str
    name: str
    project: str
    hours: float
    issued_on: str  # YYYY-MM-DD

    def message(self) -> str:
        parts = [PAYLOAD_PREFIX, self.number, self.name, self.project, f"{self.hours:g}", self.issued_on]
        return "|".join(p.replace("|", "｜") for p in parts)


@dataclass(frozen=True)
class VerifiedText:
    """A scanned QR text checked against a public key."""

    payload: CertificatePayload | None
    valid: bool
    problem: str = ""
    registered: Certificate | None = None  # this office's record of it, when checked against the register


def signed_text(payload: CertificatePayload, signer: Signer) -> str:
    message = payload.message()
    return message + "|" + b64url(signer.sign(message.encode("utf-8")))


def verify_text(text: str, public_key: bytes) -> VerifiedText:
    """Check a QR text: its form, then its signature. ``valid`` only when the signature holds."""
    text = text.strip()
    message, _, sig = text.rpartition("|")
    parts = message.split("|")
    if len(parts) != 6 or parts[0] != PAYLOAD_PREFIX:
        return VerifiedText(None, False, translate("certificates", "不是 TrainOffice 证书二维码（格式不对）。"))
    try:
        payload = CertificatePayload(parts[1], parts[2], parts[3], float(parts[4]), parts[5])
        signature = b64url_decode(sig)
    except ValueError:
        return VerifiedText(None, False, translate("certificates", "二维码内容不完整。"))
    if len(signature) != 64 or not verify(public_key, message.encode("utf-8"), signature):
        return VerifiedText(payload, False,
                            translate("certificates", "签名不符：证书内容被改动，或不是用这个公钥的单位签发的。"))
    return VerifiedText(payload, True)


def qr_modules(text: str) -> tuple[bytes, ...]:
    """The QR matrix (rows of 0/1, no quiet zone) for ``text``, UTF-8 in byte mode, level M."""
    code = segno.make(text, error="m", mode="byte", encoding="utf-8", micro=False, mask=QR_MASK,
                      boost_error=False)
    return tuple(bytes(row) for row in code.matrix)


def qr_rectangles(modules: Sequence[bytes]) -> list[tuple[int, int, int, int]]:
    """Dark modules as few rectangles (x, y, w, h in modules, y down): runs in a row, stacked when equal.

    One path of a few hundred rectangles instead of a widget of thousands of squares.
    """
    open_runs: dict[tuple[int, int], list[int]] = {}
    done: list[tuple[int, int, int, int]] = []
    for y, row in enumerate(modules):
        runs: list[tuple[int, int]] = []
        x, n = 0, len(row)
        while x < n:
            if row[x]:
                start = x
                while x < n and row[x]:
                    x += 1
                runs.append((start, x - start))
            else:
                x += 1
        current: dict[tuple[int, int], list[int]] = {}
        for run in runs:
            rect = open_runs.pop(run, None)
            if rect is not None:
                rect[3] += 1
            else:
                rect = [run[0], y, run[1], 1]
            current[run] = rect
        done.extend(tuple(r) for r in open_runs.values())  # type: ignore[misc]
        open_runs = current
    done.extend(tuple(r) for r in open_runs.values())  # type: ignore[misc]
    return done


# ----- layout ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class CertificateLayout:
    """Where things go on the certificate: millimetres from the page's top-left corner, sizes in points.

    Stored in the setting ``certificate_layout``; the settings page edits it with a live preview.
    """

    portrait: bool = False
    border: bool = True
    title_top: float = 50
    title_size: float = 46
    title_spacing: float = 18     # points between the title's characters
    body_top: float = 80
    body_left: float = 38
    body_right: float = 38
    body_size: float = 19
    line_spacing: float = 2.0     # multiples of the body size
    issuer_right: float = 75      # from the right edge to the centre of the issuer block
    issuer_top: float = 160
    issuer_size: float = 16
    seal_size: float = 40
    qr_left: float = 28
    qr_top: float = 150
    qr_size: float = 30
    number_size: float = 10.5

    @property
    def pagesize(self) -> tuple[float, float]:
        return A4 if self.portrait else landscape(A4)

    def to_setting(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_setting(cls, value: dict[str, Any] | None) -> CertificateLayout:
        value = dict(value or {})
        base = default_layout(portrait=bool(value.get("portrait", False)))
        known = {f.name: f for f in fields(cls)}
        changes: dict[str, Any] = {}
        for key, raw in value.items():
            if key not in known or key == "portrait":
                continue
            try:
                changes[key] = bool(raw) if key == "border" else float(raw)
            except (TypeError, ValueError):
                raise ValidationError(translate("certificates", "证书版式中“{key}”的值 {value} 不是数字，请在设置中改正。"
                                                ).format(key=key, value=repr(raw)), field="certificate_layout") from None
        return replace(base, **changes)


def default_layout(*, portrait: bool = False) -> CertificateLayout:
    """The standard designs: A4 landscape, or A4 portrait."""
    if not portrait:
        return CertificateLayout()
    return CertificateLayout(portrait=True, title_top=72, title_size=44, title_spacing=14, body_top=112,
                             body_left=30, body_right=30, issuer_right=62, issuer_top=222, qr_left=26,
                             qr_top=238, qr_size=28)


@dataclass(frozen=True)
class TextItem:
    """Text at baseline (x, y) in points from the bottom-left; ``align`` relative to x."""

    x: float
    y: float
    text: str
    size: float
    align: str = "left"
    bold: bool = False
    color: tuple[float, float, float] = BLACK
    char_space: float = 0.0
    angle: float = 0.0
    alpha: float = 1.0


@dataclass(frozen=True)
class FrameItem:
    """A rectangle outline (the certificate's border)."""

    x: float
    y: float
    w: float
    h: float
    line_width: float
    color: tuple[float, float, float]


@dataclass(frozen=True)
class ImageItem:
    """A picture (the seal, its bytes as stored), drawn with its transparency."""

    image: bytes
    x: float
    y: float
    w: float
    h: float


@dataclass(frozen=True)
class QrItem:
    """The QR code: bottom-left corner and side in points; ``modules`` rows of 0/1 (see qr_rectangles)."""

    x: float
    y: float
    size: float
    text: str
    modules: tuple[bytes, ...]


Item = TextItem | FrameItem | ImageItem | QrItem


@dataclass(frozen=True)
class CertificatePage:
    """One certificate laid out. ``background`` and ``overlay`` are the same on every page of a batch
    (the PDF draws them once as forms); ``content`` is this person's text and QR code.
    Painting order: background, content, overlay (the seal lies over the issuer's name)."""

    width: float
    height: float
    background: tuple[Item, ...]
    content: tuple[Item, ...]
    overlay: tuple[Item, ...]


@dataclass(frozen=True)
class Certificate:
    """A certificate as stored, with what is printed on it."""

    id: int
    number: str
    project_id: int
    project_code: str
    project_name: str
    start_date: str | None
    end_date: str | None
    enrollment_id: int
    teacher_id: int
    name: str
    gender: str
    id_number: str
    school: str
    hours: float
    result: str
    issued_on: str
    signed_text: str
    revoked_at: str | None
    revoke_reason: str
    prints: int

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None

    @property
    def status(self) -> str:
        return "已作废" if self.revoked else "有效"


@dataclass(frozen=True)
class Skipped:
    """A trainee who gets no certificate, and why."""

    name: str
    reason: str


@dataclass
class IssueResult:
    """What ``issue`` did: new certificates, those who already held one, and who did not qualify."""

    issued: list[int] = field(default_factory=list)
    already: int = 0
    skipped: list[Skipped] = field(default_factory=list)


@dataclass(frozen=True)
class Outdated:
    """A valid certificate the project's results and the ledger no longer support (不符): after a
    correction on the closed project, or a reopen, the trainee's overall result or credited hours changed.

    ``result`` and ``hours`` are what a certificate would state now; ``hours`` is None when the
    trainee no longer qualifies (不合格, a result missing, or no longer on the roster)."""

    certificate: Certificate
    result: str | None
    hours: float | None
    on_roster: bool = True

    @property
    def qualifies(self) -> bool:
        return self.hours is not None

    @property
    def recorded_change(self) -> str:
        """What changed, in the office's words, as a 作废原因 and the register record it (Chinese in either
        build): 学时由 18 改为 12 / 考核结果由合格改为不合格."""
        return self._change(lambda _context, source: source)

    @property
    def change(self) -> str:
        """What changed, as a message on screen says it, in the user's language."""
        return self._change(translate)

    def _change(self, translate: Callable[[str, str], str]) -> str:  # named so lupdate reads its calls
        """What changed, worded by ``translate``: the user's language, or the Chinese source as stored."""
        cert = self.certificate
        if not self.on_roster:
            return translate("certificates", "已不在参培名单")
        if self.result != cert.result:
            old = translate("Result", cert.result)
            new = translate("Result", self.result) if self.result else translate("certificates", "未录入齐全")
            if self.hours is None or abs(self.hours - cert.hours) < _EPS:
                return translate("certificates", "考核结果由{old}改为{new}").format(old=old, new=new)
            return translate("certificates", "考核结果由{old}改为{new}，学时由 {old_hours} 改为 {new_hours}").format(
                old=old, new=new, old_hours=f"{cert.hours:g}", new_hours=f"{self.hours:g}")
        return translate("certificates", "学时由 {old} 改为 {new}").format(old=f"{cert.hours:g}", new=f"{self.hours:g}")

    def reason(self, occasion: str = "更正后") -> str:
        """The 作废原因 filled in for the clerk: 重新结业后学时由 18 改为 12."""
        return f"{occasion}{self.recorded_change}"

    def line(self) -> str:
        return translate("certificates", "{number} {name}（{change}）").format(
            number=self.certificate.number, name=self.certificate.name, change=self.change)


@dataclass
class ReissueResult:
    """What ``reissue`` did: each outdated certificate revoked with its reason, and the new number it
    was replaced by (None: the trainee no longer qualifies, so no new certificate)."""

    revoked: list[tuple[Outdated, str, str | None]] = field(default_factory=list)
    issue: IssueResult = field(default_factory=IssueResult)

    @property
    def reissued(self) -> int:
        return sum(1 for _o, _reason, new in self.revoked if new)

    def lines(self) -> list[str]:
        """One line per certificate: 作废 … → 新证书 …, or why none was issued again."""
        return [translate("certificates", "{name}：证书 {number} 已作废（{reason}），新证书 {new}（{hours} 学时）").format(
                    name=o.certificate.name, number=o.certificate.number, reason=reason, new=new, hours=f"{o.hours:g}")
                if new else translate("certificates", "{name}：证书 {number} 已作废（{reason}），不再发证").format(
                    name=o.certificate.name, number=o.certificate.number, reason=reason)
                for o, reason, new in self.revoked]


def outdated_message(project: Project, outdated: Sequence[Outdated], *, doing: str, then: str = "") -> str:
    """Why ``doing`` is refused (or what was left out), who, and the fix: revoke and reissue once closed
    (``then``: what to do after that, e.g. 再生成提交包)."""
    shown = translate("certificates", "；").join(o.line() for o in outdated[:10])
    if len(outdated) > 10:
        shown += translate("certificates", " 等 {count} 本").format(count=len(outdated))
    if project.status == "结业":
        fix = translate("certificates", "请先作废并重新发证：在“证书”页点“作废并重发…”，"
                        "或运行 trainoffice certificates --project {code} --reissue").format(code=project.code)
    elif project.status == "归档":
        fix = translate("certificates", "项目已归档，请先重新打开（回到结业），再在“证书”页作废并重新发证")
    else:
        fix = translate("certificates", "项目目前是“{status}”状态，请先办理结业，再在“证书”页作废并重新发证").format(
            status=translate("ProjectStatus", project.status))
    if then:
        return translate("certificates", "“{project}”有 {count} 本证书与考核结果或学时档案不符，{doing}：{certificates}。"
                         "{fix}，然后{then}。").format(project=project.name, count=len(outdated), doing=doing,
                                                    certificates=shown, fix=fix, then=then)
    return translate("certificates", "“{project}”有 {count} 本证书与考核结果或学时档案不符，{doing}：{certificates}。"
                     "{fix}。").format(project=project.name, count=len(outdated), doing=doing, certificates=shown,
                                      fix=fix)


@dataclass
class PrintResult(PdfResult):
    """A print run: the merged PDF (if asked), the per-person files, and the warnings to show."""

    files: list[Path] = field(default_factory=list)
    certificates: int = 0


@dataclass(frozen=True)
class PrintBatch:
    """The certificates of one print run with what is the same for all of them; ``page`` lays one out."""

    certificates: list[Certificate]
    font: CjkFont
    warnings: list[str]
    layout: CertificateLayout
    style: _Style
    left_out: list[str] = field(default_factory=list)  # why some certificates were left out (不符)

    def page(self, cert: Certificate) -> CertificatePage:
        return layout_certificate(cert, self.layout, self.style)


class CertificateError(TrainOfficeError):
    """Certificates cannot be issued or printed as asked; the message names the fix."""


@dataclass(frozen=True)
class _Style:
    """What is the same for a whole print run: font, issuer, seal, masking."""

    font: str
    issuer: str
    seal: bytes | None
    mask: bool


def layout_certificate(cert: Certificate, layout: CertificateLayout, style: _Style) -> CertificatePage:
    """Lay out one certificate: pure geometry, shared by the PDF writer and the GUI preview."""
    width, height = layout.pagesize

    def top(mm_from_top: float) -> float:
        return height - mm_from_top * mm

    font = style.font
    background: list[Item] = []
    if layout.border:
        background += [
            FrameItem(9 * mm, 9 * mm, width - 18 * mm, height - 18 * mm, 3.2, GOLD),
            FrameItem(12.5 * mm, 12.5 * mm, width - 25 * mm, height - 25 * mm, 0.9, GOLD),
        ]
        for cx in (12.5 * mm, width - 12.5 * mm):
            for cy in (12.5 * mm, height - 12.5 * mm):
                background.append(FrameItem(cx - 3 * mm, cy - 3 * mm, 6 * mm, 6 * mm, 1.2, GOLD))
    background.append(TextItem(width / 2 + layout.title_spacing / 2, top(layout.title_top), "结业证书",
                               layout.title_size, "center", bold=True, color=RED, char_space=layout.title_spacing))
    issuer_x = width - layout.issuer_right * mm
    background.append(TextItem(issuer_x, top(layout.issuer_top), style.issuer, layout.issuer_size, "center"))

    content: list[Item] = []
    size = layout.body_size
    left, right = layout.body_left * mm, width - layout.body_right * mm
    body_width = right - left
    y = top(layout.body_top)
    step = size * layout.line_spacing
    number_shown = mask_id(cert.id_number) if style.mask else cert.id_number
    content.append(TextItem(left, y, f"{cert.name} 同志（身份证号：{number_shown}）：", size, bold=True))
    dates = ""
    if cert.start_date and cert.end_date:
        dates = f"于{date_text(cert.start_date)}至{date_text(cert.end_date)}"
    paragraph = (f"\u3000\u3000{dates}参加“{cert.project_name}”，完成规定的培训任务，"
                 f"共计{cert.hours:g}学时，考核{cert.result}，准予结业。")
    for text, last in _justified(paragraph, font, size, body_width):
        y -= step
        spacing = 0.0 if last or len(text) < 2 else max(
            0.0, (body_width - pdfmetrics.stringWidth(text, font, size)) / (len(text) - 1))
        content.append(TextItem(left, y, text, size, char_space=min(spacing, size * 0.4)))
    y -= step
    content.append(TextItem(left, y, "\u3000\u3000特发此证。", size))
    content.append(TextItem(issuer_x, top(layout.issuer_top) - layout.issuer_size * 1.9,
                            chinese_date(cert.issued_on), layout.issuer_size, "center"))
    qr_size = layout.qr_size * mm
    qr_x, qr_y = layout.qr_left * mm, top(layout.qr_top) - qr_size
    content.append(QrItem(qr_x, qr_y, qr_size, cert.signed_text, qr_modules(cert.signed_text)))
    text_x = qr_x + qr_size + 4 * mm
    content.append(TextItem(text_x, qr_y + layout.number_size * 1.6, f"证书编号：{cert.number}", layout.number_size))
    content.append(TextItem(text_x, qr_y + 2, "扫描二维码可离线核验", layout.number_size * 0.85, color=(0.35,) * 3))
    if cert.revoked:
        content.append(TextItem(width / 2, height / 2 - 20 * mm, "已作废", 110, "center", bold=True,
                                color=(0.85, 0.0, 0.0), char_space=20, angle=22, alpha=0.45))
    overlay: list[Item] = []
    if style.seal:
        seal = layout.seal_size * mm
        centre_y = top(layout.issuer_top) - layout.issuer_size * 0.6
        overlay.append(ImageItem(style.seal, issuer_x - seal / 2, centre_y - seal / 2, seal, seal))
    return CertificatePage(width, height, tuple(background), tuple(content), tuple(overlay))


def _justified(paragraph: str, font: str, size: float, width: float) -> list[tuple[str, bool]]:
    lines = wrap_text(paragraph, font, size, width)
    return [(line, i == len(lines) - 1) for i, line in enumerate(lines)]


# ----- drawing the items on a PDF canvas --------------------------------------------------------

class _PdfPainter:
    """Draws CertificatePages on one canvas; static layers become PDF forms drawn by reference."""

    def __init__(self, canvas: Canvas, font: CjkFont):
        self.canvas = canvas
        self.font = font.name
        self._forms: dict[tuple[Item, ...], str] = {}
        self._images: dict[bytes, ImageReader] = {}

    def page(self, page: CertificatePage) -> None:
        c = self.canvas
        c.setPageSize((page.width, page.height))
        self._layer(page.background)
        for item in page.content:
            self._item(item)
        self._layer(page.overlay)
        c.showPage()

    def _layer(self, items: tuple[Item, ...]) -> None:
        if not items:
            return
        name = self._forms.get(items)
        if name is None:
            name = f"certLayer{len(self._forms)}"
            self.canvas.beginForm(name)
            for item in items:
                self._item(item)
            self.canvas.endForm()
            self._forms[items] = name
        self.canvas.doForm(name)

    def _item(self, item: Item) -> None:
        c = self.canvas
        if isinstance(item, TextItem):
            self._text(item)
        elif isinstance(item, FrameItem):
            c.setStrokeColorRGB(*item.color)
            c.setLineWidth(item.line_width)
            c.rect(item.x, item.y, item.w, item.h, stroke=1, fill=0)
        elif isinstance(item, ImageItem):
            reader = self._images.get(item.image)
            if reader is None:
                reader = self._images[item.image] = ImageReader(io.BytesIO(item.image))
            c.drawImage(reader, item.x, item.y, item.w, item.h, mask="auto", preserveAspectRatio=True)
        elif isinstance(item, QrItem):
            self._qr(item)

    def _text(self, item: TextItem) -> None:
        c = self.canvas
        x = item.x
        if item.align != "left":
            width = pdfmetrics.stringWidth(item.text, self.font, item.size) + item.char_space * (len(item.text) - 1)
            x -= width / 2 if item.align == "center" else width
        plain = not (item.bold or item.angle or item.alpha < 1 or item.color != BLACK)
        if plain:
            c.setFont(self.font, item.size)
            c.drawString(x, item.y, item.text, charSpace=item.char_space)
            return
        c.saveState()
        c.setFillColorRGB(*item.color)
        c.setStrokeColorRGB(*item.color)
        if item.alpha < 1:
            c.setFillAlpha(item.alpha)
            c.setStrokeAlpha(item.alpha)
        if item.angle:
            c.translate(item.x, item.y)
            c.rotate(item.angle)
            c.translate(-item.x, -item.y)
        c.setFont(self.font, item.size)
        c.setLineWidth(item.size * 0.03)
        c.drawString(x, item.y, item.text, mode=2 if item.bold else 0, charSpace=item.char_space)
        c.restoreState()

    def _qr(self, item: QrItem) -> None:
        c = self.canvas
        n = len(item.modules)
        scale = item.size / n
        c.saveState()
        c.translate(item.x, item.y + item.size)
        c.scale(scale, -scale)
        c.setFillColorRGB(0, 0, 0)
        # One path of integer rectangles in module units, filled once. Written as operators because
        # reportlab's path.rect formats every number in pure Python (3 s per 1,000 certificates).
        c.addLiteral(" ".join(f"{x} {y} {w} {h} re" for x, y, w, h in qr_rectangles(item.modules)) + " f")
        c.restoreState()


# ----- the service ------------------------------------------------------------------------------

_CERT_SQL = (
    "SELECT c.id, c.number, c.project_id, p.code, p.name,"
    " coalesce(p.start_date, (SELECT min(start_date) FROM project_stages WHERE project_id = p.id)),"
    " coalesce(p.end_date, (SELECT max(end_date) FROM project_stages WHERE project_id = p.id)),"
    " c.enrollment_id, c.teacher_id, t.name, t.gender, t.id_number, s.name, c.hours, c.result, c.issued_on,"
    " c.signed_text, c.revoked_at, c.revoke_reason,"
    " (SELECT count(*) FROM certificate_prints WHERE certificate_id = c.id)"
    " FROM certificates c JOIN projects p ON p.id = c.project_id JOIN teachers t ON t.id = c.teacher_id"
    " JOIN enrollments e ON e.id = c.enrollment_id JOIN schools s ON s.id = e.school_id")
_FILENAME_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


class Certificates:
    """结业证书 of the office: ``office.certificates``."""

    def __init__(self, database: Database, settings: Settings, signer: Signer, projects: Projects,
                 results: Results, credits: Credits):
        self._database = database
        self._conn = database.conn
        self._settings = settings
        self._signer = signer
        self._projects = projects
        self._results = results
        self._credits = credits

    # -- settings -----------------------------------------------------------------------------
    def layout(self) -> CertificateLayout:
        return CertificateLayout.from_setting(self._settings.get("certificate_layout"))

    def set_layout(self, layout: CertificateLayout) -> None:
        self._settings.set("certificate_layout", layout.to_setting())

    def seal(self) -> Seal | None:
        """单位公章 as stored in the database (None: certificates print without one)."""
        row = self._conn.execute("SELECT image, file_name, stored_at FROM certificate_seal WHERE id = 1").fetchone()
        return Seal(bytes(row[0]), row[1], row[2]) if row else None

    def set_seal(self, seal: Seal | None) -> None:
        """Store ``seal`` (from ``read_seal``) in place of the office's seal, or remove it (None)."""
        with self._database.atomic():
            if seal is None:
                self._conn.execute("DELETE FROM certificate_seal")
                audit.record(self._conn, "delete", "certificate_seal", 1)
                return
            self._conn.execute("INSERT OR REPLACE INTO certificate_seal (id, image, file_name) VALUES (1, ?, ?)",
                               (seal.image, seal.file_name))
            audit.record(self._conn, "set", "certificate_seal", 1, file=seal.file_name, size=len(seal.image))

    def _style(self, font: CjkFont, *, issuer: str | None = None, seal: bytes | None = None,
               mask: bool | None = None) -> _Style:
        """The print run's style from settings; the arguments override them (the settings page's preview)."""
        if seal is None:
            stored = self.seal()
            seal = stored.image if stored else None
        issuer = ((self._settings.get("certificate_issuer") if issuer is None else issuer)
                  or self._settings.get("office_name") or "")
        if not issuer:
            raise CertificateError(translate("certificates", "没有发证单位名称：请在“设置”中填写单位名称或发证单位。"))
        mask = bool(self._settings.get("certificate_mask_id")) if mask is None else mask
        return _Style(font.name, issuer, seal or None, mask)

    # -- issuing ------------------------------------------------------------------------------
    def issue(self, *, project_id: int, issued_on: dt.date | None = None) -> IssueResult:
        """发证: a certificate for every trainee on the roster (在册) who passed every stage — only them.

        Run again after a late result or a revocation: those who already hold a valid certificate
        are counted, not given a second one; a revoked holder who still qualifies gets a new number.
        """
        project = self._projects.project(project_id)
        if project.status != "结业":
            raise CertificateError(translate("certificates", "项目“{name}”目前是“{status}”状态：办理结业后才能发证书。"
                                             "请先在“培训项目”页完成考核并办理结业。").format(
                name=project.name, status=translate("ProjectStatus", project.status)))
        on = (issued_on or dt.date.today()).isoformat()
        self._signer.ensure()  # made and kept on its own, never inside a transaction that may be rolled back
        holders = {r[0] for r in self._conn.execute(
            "SELECT enrollment_id FROM certificates WHERE project_id = ? AND revoked_at IS NULL", (project_id,))}
        result = IssueResult()
        with self._database.atomic():
            numbers = _NumberSource(self._conn, self._settings, project)
            for row, earned in self._entitled(project_id):
                trainee, outcome = row.trainee, row.overall
                if earned is None:
                    reason = (translate("certificates", "考核不合格") if outcome == "不合格"
                              else translate("certificates", "考核结果未录入齐全"))
                    result.skipped.append(Skipped(trainee.name, reason))
                    continue
                if trainee.enrollment_id in holders:
                    result.already += 1
                    continue
                number = numbers.next()
                payload = CertificatePayload(number, trainee.name, project.name, earned, on)
                cur = self._conn.execute(
                    "INSERT INTO certificates (number, project_id, enrollment_id, teacher_id, hours, result,"
                    " issued_on, signed_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (number, project_id, trainee.enrollment_id, trainee.teacher_id, earned, outcome, on,
                     signed_text(payload, self._signer)))
                result.issued.append(cur.lastrowid)
            if result.issued:
                audit.record(self._conn, "issue", "certificates", None, project_id=project_id,
                             count=len(result.issued), first=result.issued[0], last=result.issued[-1])
        return result

    def _entitled(self, project_id: int) -> list[tuple[TraineeResults, float | None]]:
        """Each trainee on the roster (在册) with their results, and the hours a certificate states now:
        the ledger's net hours for the project (学时档案), None when they do not pass every stage."""
        full_hours = self._projects.total_hours(project_id)
        hours = self._credits.posted_hours(project_id)
        return [(row, (hours.get(row.trainee.teacher_id) or full_hours) if row.overall in PASSING else None)
                for row in self._results.results(project_id)]

    def outdated(self, project_id: int) -> list[Outdated]:
        """Valid certificates of the project that no longer match: the holder's overall result no longer
        passes (or differs from the one printed), or the ledger now credits other hours. They must be
        revoked and, if the trainee still qualifies, issued again (``reissue``)."""
        valid = [c for c in self.find(project_ids=[project_id]) if not c.revoked]
        if not valid:
            return []
        now = {row.trainee.enrollment_id: (row.overall, earned) for row, earned in self._entitled(project_id)}
        found = []
        for cert in valid:
            if cert.enrollment_id not in now:
                found.append(Outdated(cert, None, None, on_roster=False))
                continue
            result, hours = now[cert.enrollment_id]
            if result != cert.result or hours is None or abs(hours - cert.hours) > _EPS:
                found.append(Outdated(cert, result, hours))
        return found

    def reissue(self, project_id: int, *, reasons: dict[int, str] | None = None, occasion: str = "更正后",
                issued_on: dt.date | None = None) -> ReissueResult:
        """作废并重发: revoke every outdated certificate of a closed project (keeping its number), with
        ``reasons[certificate id]`` or the change (``occasion`` + 学时由 18 改为 12), then ``issue``: those
        who still qualify get a new number with the hours the ledger credits (and anyone else qualified
        without one gets theirs). Nothing is done when no certificate is outdated. All or nothing."""
        reasons = reasons or {}
        result = ReissueResult()
        with self._database.atomic():
            outdated = self.outdated(project_id)
            if not outdated:
                return result
            for o in outdated:
                reason = (reasons.get(o.certificate.id) or "").strip() or o.reason(occasion)
                self.revoke(o.certificate.id, reason=reason)
                result.revoked.append((o, reason, None))
            result.issue = self.issue(project_id=project_id, issued_on=issued_on)
            new = {c.enrollment_id: c.number for c in self.find(certificate_ids=result.issue.issued)} \
                if result.issue.issued else {}
            result.revoked = [(o, reason, new.get(o.certificate.enrollment_id)) for o, reason, _ in result.revoked]
        return result

    def revoke(self, certificate_id: int, *, reason: str, at: dt.datetime | None = None) -> None:
        """作废: the certificate keeps its number (never given to anyone else) and shows 已作废, as of ``at``
        (default: now; the demo revokes one back in its past)."""
        reason = reason.strip()
        if not reason:
            raise ValidationError(translate("certificates", "请填写作废原因（例如：姓名有误，重新发证）。"), field="reason")
        cert = self.get(certificate_id)
        if cert.revoked:
            raise ValidationError(translate("certificates", "证书 {number} 已于 {when} 作废。").format(
                number=cert.number, when=cert.revoked_at))
        with self._database.atomic():
            self._conn.execute("UPDATE certificates SET revoked_at = coalesce(?, datetime('now', 'localtime')),"
                               " revoke_reason = ? WHERE id = ?",
                               (at and at.isoformat(sep=" ", timespec="seconds"), reason, certificate_id))
            audit.record(self._conn, "revoke", "certificates", certificate_id, number=cert.number, reason=reason)

    # -- reading ------------------------------------------------------------------------------
    def get(self, certificate_id: int) -> Certificate:
        row = self._conn.execute(_CERT_SQL + " WHERE c.id = ?", (certificate_id,)).fetchone()
        if row is None:
            raise NotFound(translate("certificates", "证书 {id} 不存在。").format(id=certificate_id))
        return Certificate(*row)

    def verify(self, text: str) -> VerifiedText:
        """A scanned QR text checked with this office's key and against its register: a certificate the
        office has revoked, or one its results and ledger no longer support (不符), is not valid, however
        true its signature."""
        checked = verify_text(text, self._signer.public_key)
        if not checked.valid:
            return checked
        row = self._conn.execute(_CERT_SQL + " WHERE c.number = ?", (checked.payload.number,)).fetchone()
        cert = Certificate(*row) if row else None
        if cert is not None and cert.revoked:
            return VerifiedText(checked.payload, False, translate(
                "certificates", "证书已作废：本单位已于 {when} 作废此证书（{reason}），签名属实但证书不再有效。").format(
                when=cert.revoked_at, reason=cert.revoke_reason), cert)
        mismatch = next((o for o in self.outdated(cert.project_id) if o.certificate.id == cert.id), None) if cert else None
        if mismatch is not None:
            return VerifiedText(checked.payload, False, translate(
                "certificates", "证书与本单位学时档案不符（{change}），待作废重发：签名属实但证书不再有效。").format(
                change=mismatch.change), cert)
        return replace(checked, registered=cert)

    def by_number(self, number: str) -> Certificate:
        row = self._conn.execute(_CERT_SQL + " WHERE c.number = ?", (number.strip(),)).fetchone()
        if row is None:
            raise NotFound(translate("certificates", "证书编号 {number} 不存在。").format(number=number))
        return Certificate(*row)

    def find(self, *, project_ids: Sequence[int] | None = None,
             certificate_ids: Sequence[int] | None = None) -> list[Certificate]:
        """Certificates in number order, of some projects or by id (revoked ones included)."""
        clauses, params = [], []
        if project_ids is not None:
            clauses.append(f"c.project_id IN ({','.join('?' * len(project_ids))})")
            params += list(project_ids)
        if certificate_ids is not None:
            clauses.append(f"c.id IN ({','.join('?' * len(certificate_ids))})")
            params += list(certificate_ids)
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        return [Certificate(*r) for r in self._conn.execute(_CERT_SQL + where + " ORDER BY c.project_id, c.id",
                                                            params)]

    # -- printing -----------------------------------------------------------------------------
    def print_pdf(self, *, out: Path | None, project_id: int | None = None,
                  certificate_ids: Sequence[int] | None = None, per_person_dir: Path | None = None,
                  include_revoked: bool = False, log_prints: bool = True,
                  progress: Progress | None = None, cancel: Cancel | None = None) -> PrintResult:
        """打印证书: one merged PDF (``out``; None = in memory, see ``PrintResult.data``) and/or one file
        per person in ``per_person_dir``. Revoked certificates are left out unless asked for by id
        (they then print marked 已作废). Certificates that no longer match the results or the ledger
        (``outdated``) are never printed: left out of a project's run with a warning naming them,
        refused when asked for by id. Each print is logged; a second print counts as a reprint.
        """
        batch = self.print_batch(project_id=project_id, certificate_ids=certificate_ids,
                                 include_revoked=include_revoked)
        certs, font, warnings = batch.certificates, batch.font, [*batch.left_out, *batch.warnings]
        layout = batch.layout
        merged = out is not None or per_person_dir is None
        tick = Steps(len(certs) * (int(merged) + int(per_person_dir is not None)), progress=progress,
                     cancel=cancel, cancelled="已取消，没有写入任何文件。", every=25)

        result = PrintResult(path=None, pages=0, warnings=warnings)
        if merged:
            def draw(canvas: Canvas) -> int:
                painter = _PdfPainter(canvas, font)
                for cert in certs:
                    painter.page(batch.page(cert))
                    tick(translate("certificates", "正在生成证书 {number}").format(number=cert.number))
                return len(certs)

            merged = write_pdf(out, draw, title="结业证书", pagesize=layout.pagesize, font=font, warnings=warnings)
            result.path, result.pages, result.data = merged.path, merged.pages, merged.data
        if per_person_dir is not None:
            folder = Path(per_person_dir)
            folder.mkdir(parents=True, exist_ok=True)
            for cert in certs:
                target = folder / f"{_FILENAME_UNSAFE.sub('_', cert.number)}-{_FILENAME_UNSAFE.sub('', cert.name)}.pdf"
                with atomic_output(target) as tmp:
                    canvas = new_canvas(str(tmp), title=f"结业证书 {cert.number}", font=font, pagesize=layout.pagesize)
                    _PdfPainter(canvas, font).page(batch.page(cert))
                    canvas.save()
                result.files.append(target)
                tick(translate("certificates", "已写入 {file}").format(file=target.name))
            result.pages = result.pages or len(certs)
        result.certificates = len(certs)
        if log_prints:
            self.log_prints(certs)
        return result

    def print_batch(self, *, project_id: int | None = None, certificate_ids: Sequence[int] | None = None,
                    include_revoked: bool = False) -> PrintBatch:
        """What a print run draws: the certificates (revoked ones only when asked for by id), the font,
        the layout and style. The PDF writer and the app's direct printing (系统打印) both use it."""
        if project_id is None and certificate_ids is None:
            raise ValueError("project_id or certificate_ids")
        certs = self.find(project_ids=None if project_id is None else [project_id], certificate_ids=certificate_ids)
        if not include_revoked and certificate_ids is None:
            certs = [c for c in certs if not c.revoked]
        wanted = {c.id for c in certs}
        left_out: set[int] = set()
        notes: list[str] = []
        for pid in sorted({c.project_id for c in certs if not c.revoked}):
            outdated = [o for o in self.outdated(pid) if o.certificate.id in wanted]
            if not outdated:
                continue
            project = self._projects.project(pid)
            if certificate_ids is not None:  # asked for by name: refuse rather than print a wrong certificate
                raise CertificateError(outdated_message(project, outdated, doing=translate("certificates", "不能打印")))
            left_out |= {o.certificate.id for o in outdated}
            notes.append(outdated_message(project, outdated, doing=translate("certificates", "这些证书没有打印")))
        certs = [c for c in certs if c.id not in left_out]
        if not certs:
            raise CertificateError("".join(notes) or translate("certificates", "没有可打印的证书：请先为已结业的项目发证。"))
        font, warnings = self.print_notes()
        return PrintBatch(certs, font, warnings, self.layout(), self._style(font), notes)

    def print_notes(self) -> tuple[CjkFont, list[str]]:
        """The font certificates print with, and what the user should know before and after printing: the
        font chosen in 设置 cannot be used on this PC, or there is no seal (a backup made before the seal was
        kept in the database, restored where its picture is not)."""
        font, notes = office_font(self._settings)
        if not self._conn.execute("SELECT 1 FROM certificate_seal WHERE id = 1").fetchone():  # not the picture itself
            notes.append(translate("certificates",
                                   "未设置公章：证书上不印公章。如需盖章，请在“设置”→“证书版式与打印”中选择公章图片。"))
        return font, notes

    def log_prints(self, certificates: Sequence[Certificate]) -> None:
        """打印记录: one row per certificate printed; a certificate printed before counts as a reprint (补打)."""
        with self._database.atomic():
            self._conn.executemany(
                "INSERT INTO certificate_prints (certificate_id, reprint) VALUES (?, ?)",
                [(c.id, int(c.prints > 0)) for c in certificates])

    def sample_number(self, pattern: str | None = None) -> str:
        """The first certificate number of this year's next project (2026-01 in a new office) under ``pattern``
        (None = as saved): what the settings page shows as the example; ValidationError if it cannot be used."""
        year = dt.date.today().year
        return format_number(self._settings.get("certificate_number_pattern") if pattern is None else pattern,
                             year=year, county=self._settings.get("county_code") or "000000",
                             project=self._projects.next_code(year), seq=1)

    def sample_page(self, layout: CertificateLayout | None = None, *, font: CjkFont | None = None,
                    issuer: str | None = None, seal: bytes | None = None, mask: bool | None = None,
                    pattern: str | None = None) -> CertificatePage:
        """A made-up certificate with this office's issuer, seal and font: the settings page's preview.

        The keyword arguments stand in for the saved settings while they are being edited
        (``seal=b""`` = no seal; None = as saved)."""
        font = font or office_font(self._settings)[0]
        style = self._style(font, issuer=issuer, seal=seal, mask=mask)
        sample = _sample_certificate(self._settings.get("county_name") or "本县", self.sample_number(pattern),
                                     self._projects.next_code(dt.date.today().year))
        payload = CertificatePayload(sample.number, sample.name, sample.project_name, sample.hours, sample.issued_on)
        sample = replace(sample, signed_text=signed_text(payload, self._signer) if self._signer.exists()
                         else payload.message() + "|" + "A" * 86)
        return layout_certificate(sample, layout or self.layout(), style)

    def sample_pdf(self, layout: CertificateLayout | None = None) -> bytes:
        """The preview as PDF bytes (for a print preview, or pdftoppm in tests)."""
        page = self.sample_page(layout)
        font, warnings = office_font(self._settings)

        def draw(canvas: Canvas) -> int:
            _PdfPainter(canvas, font).page(page)
            return 1

        data = write_pdf(None, draw, title="证书样张", pagesize=(page.width, page.height), font=font, warnings=warnings).data
        assert data is not None
        return data

    # -- the register -------------------------------------------------------------------------
    def register_sheet(self, project_ids: Sequence[int], *, masked: bool, title: str) -> SheetSpec:
        """证书发放登记表 for some projects, revoked certificates included and marked 已作废; a certificate
        the results or the ledger no longer support is marked 不符，待作废重发 with what changed."""
        certs = self.find(project_ids=project_ids)
        outdated = {o.certificate.id: o for pid in {c.project_id for c in certs} for o in self.outdated(pid)}

        def status(c: Certificate) -> str:
            return f"不符，待作废重发（{outdated[c.id].recorded_change}）" if c.id in outdated else c.status

        rows = ([n, c.number, c.name, c.gender, mask_id(c.id_number) if masked else c.id_number, c.school,
                 c.project_name, c.hours, c.result, c.issued_on, status(c), c.revoke_reason, c.prints]
                for n, c in enumerate(certs, start=1))
        revoked = sum(1 for c in certs if c.revoked)
        counts = f"有效 {len(certs) - revoked - len(outdated)} 本，作废 {revoked} 本" + (
            f"，不符待重发 {len(outdated)} 本" if outdated else "")
        return SheetSpec(
            name="证书发放登记", title=title,
            subtitle=f"发证单位：{self._settings.get('certificate_issuer') or self._settings.get('office_name')}"
                     f"    {counts}    导出日期：{dt.date.today():%Y年%m月%d日}",
            header=["序号", "证书编号", "姓名", "性别", "身份证号", "工作单位", "培训项目", "学时", "考核结果",
                    "发证日期", "状态", "作废原因", "打印次数"],
            rows=rows)

    def export_register(self, *, project_id: int, out: Path, masked: bool | None = None) -> Path:
        """证书发放登记表 of one project to a print-ready .xlsx (ID numbers masked unless asked)."""
        project = self._projects.project(project_id)
        if masked is None:
            masked = bool(self._settings.get("mask_personal_data"))
        sheet = self.register_sheet([project_id], masked=masked, title=f"{project.name}证书发放登记表")
        with atomic_output(out) as tmp:
            write_workbook(tmp, [sheet])
        return Path(out)


class _NumberSource:
    """Certificate numbers from the pattern; {seq} counts every certificate ever issued in its scope
    (revoked ones too), and a number already in use anywhere is skipped, so none is ever reused."""

    def __init__(self, conn, settings: Settings, project: Project):
        self.pattern = settings.get("certificate_number_pattern")
        self.county = settings.get("county_code")
        self.project = project
        format_number(self.pattern, year=project.year, county=self.county, project=project.code, seq=1)
        if "{project" in self.pattern:
            scope = ("SELECT count(*) FROM certificates WHERE project_id = ?", (project.id,))
        elif "{year" in self.pattern:
            scope = ("SELECT count(*) FROM certificates c JOIN projects p ON p.id = c.project_id"
                     " WHERE p.year = ?", (project.year,))
        else:
            scope = ("SELECT count(*) FROM certificates", ())
        self.seq = conn.execute(*scope).fetchone()[0]
        self.used = {r[0] for r in conn.execute("SELECT number FROM certificates")}

    def next(self) -> str:
        while True:
            self.seq += 1
            number = format_number(self.pattern, year=self.project.year, county=self.county,
                                   project=self.project.code, seq=self.seq)
            if number not in self.used:
                self.used.add(number)
                return number


def format_number(pattern: str, *, year: int, county: str, project: str, seq: int) -> str:
    """证书编号 from the pattern in settings; ValidationError (naming the placeholders) when it cannot be used.

    The settings page calls it to show an example number while the pattern is typed."""
    if "{seq" not in pattern:
        raise ValidationError(translate("certificates", "证书编号格式“{pattern}”中没有 {seq}（顺序号），"
                                        "请在设置中改为例如 {example}。").format(
            pattern=pattern, seq="{seq}", example="{county}-{project}-{seq:04}"), field="certificate_number_pattern")
    try:
        return pattern.format(year=year, county=county, project=project, seq=seq)
    except (KeyError, IndexError, ValueError, AttributeError) as exc:
        raise ValidationError(translate("certificates", "证书编号格式“{pattern}”无法使用（{error}）。"
                                        "可用的占位符：{year} 年度、{county} 县代码、{project} 项目编号、{seq} 四位顺序号。"
                                        ).format(pattern=pattern, error=exc, year="{year}", county="{county}",
                                                 project="{project}", seq="{seq:04}"),
                              field="certificate_number_pattern") from None


@dataclass(frozen=True)
class Seal:
    """单位公章: the picture kept in the database (so it travels with a backup or a copied file), the name of
    the file it was chosen from, and when it was stored ('' until it is)."""

    image: bytes
    file_name: str
    stored_at: str = ""


SEAL_MAX_BYTES = 2 * 1024 * 1024  # a seal printed 40 mm wide needs ~1,000 px: a PNG of 50-300 KB
SEAL_MAX_SIDE = 4000              # pixels: a bigger picture is a whole scanned page or a phone photo
SEAL_FORMATS = ("PNG", "JPEG")


def read_seal(path: str | Path) -> Seal:
    """The picture at ``path`` as the office's seal, checked: a PNG (or a JPEG scan) that opens in full, at most
    2 MB and 4000 pixels a side; CertificateError naming the fix otherwise. A PNG with transparency lets the
    issuer's name show through (``seal_warning``)."""
    path = Path(path)
    try:
        image = path.read_bytes()
    except OSError:
        raise CertificateError(translate("certificates", "公章图片 {path} 无法打开（文件不存在或没有读取权限）：请重新选择。"
                                         ).format(path=path)) from None
    if len(image) > SEAL_MAX_BYTES:
        raise CertificateError(translate("certificates", "公章图片 {file} 有 {size} MB，超过 {limit} MB："
                                         "请用图片软件裁剪到只剩公章、缩小到 1000×1000 像素左右，存为 PNG 后再选择。").format(
            file=path.name, size=f"{len(image) / 1024 / 1024:.1f}", limit=SEAL_MAX_BYTES // 1024 // 1024))
    try:
        with PILImage.open(io.BytesIO(image)) as picture:
            kind, (width, height) = picture.format, picture.size
            if kind in SEAL_FORMATS and max(width, height) <= SEAL_MAX_SIDE:
                picture.load()
    except Exception:  # noqa: BLE001 - PIL raises many kinds for a broken picture
        raise CertificateError(translate("certificates", "公章图片 {file} 无法读取：请选择 PNG 图片（透明背景）。").format(
            file=path.name)) from None
    if kind not in SEAL_FORMATS:
        raise CertificateError(translate("certificates", "公章图片 {file} 是 {format} 格式：请选择 PNG 图片（透明背景），"
                                         "或扫描得到的 JPEG 图片。").format(file=path.name, format=kind))
    if max(width, height) > SEAL_MAX_SIDE:
        raise CertificateError(translate("certificates", "公章图片 {file} 有 {width}×{height} 像素，太大："
                                         "请用图片软件裁剪到只剩公章、缩小到 1000×1000 像素左右后再选择。").format(
            file=path.name, width=width, height=height))
    return Seal(image, path.name)


def seal_warning(seal: Seal) -> str:
    """What to tell the clerk about a seal: '' when its background is transparent; otherwise that it will
    cover the issuer's name and the date (a scanned JPEG, a PNG on white). It can still be used."""
    with PILImage.open(io.BytesIO(seal.image)) as picture:
        lowest_alpha, _ = picture.convert("RGBA").getchannel("A").getextrema()
    if lowest_alpha < 255:
        return ""
    return translate("certificates", "公章图片 {file} 没有透明背景：印在证书上会盖住发证单位名称和日期。"
                     "请改用透明背景的 PNG 图片（可请人用图片软件去掉底色）。").format(file=seal.file_name)


def _sample_certificate(county: str, number: str, project_code: str) -> Certificate:
    today = dt.date.today()
    return Certificate(
        id=0, number=number, project_id=0, project_code=project_code,
        project_name=f"{today.year}年{county}初中数学骨干教师教学能力提升培训",
        start_date=(today - dt.timedelta(days=11)).isoformat(), end_date=today.isoformat(), enrollment_id=0,
        teacher_id=0, name="张三", gender="男", id_number="11010519491231002X", school="示例中学", hours=72,
        result="合格", issued_on=today.isoformat(), signed_text="", revoked_at=None, revoke_reason="", prints=0)
