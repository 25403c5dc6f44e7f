"""Baselines written with the bare libraries, as a competent programmer would for exactly one job.

They are what a TrainOffice figure is divided by: the cost of the library work itself, with none of
our validation, bookkeeping or safety (audit, signing, atomic writes, verification).
"""

from __future__ import annotations

import base64
import hashlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

CJK_FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "C:/Windows/Fonts/simhei.ttf",
    "C:/Windows/Fonts/simsun.ttc",
)


def cjk_font() -> Path:
    """A TrueType CJK font reportlab can embed (not CFF/OTF: reportlab cannot use those)."""
    for candidate in CJK_FONT_CANDIDATES:
        if Path(candidate).exists():
            return Path(candidate)
    raise FileNotFoundError("no TrueType CJK font found (install fonts-wqy-zenhei)")


def make_seal_png(path: Path) -> None:
    """An office seal (公章) as a red ring, star and arc of text on a transparent background."""
    from PIL import Image, ImageDraw, ImageFont

    size = 400
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    red = (215, 25, 32, 230)
    draw.ellipse((10, 10, size - 10, size - 10), outline=red, width=14)
    cx = cy = size / 2
    import math

    star = [(cx + r * math.sin(math.pi * k / 5), cy - r * math.cos(math.pi * k / 5))
            for k, r in zip(range(10), [60, 24] * 5, strict=True)]
    draw.polygon(star, fill=red)
    font = ImageFont.truetype(str(cjk_font()), 38)
    text = "安仁县教育局教师培训股"
    for i, ch in enumerate(text):
        angle = math.radians(-150 + 300 * i / (len(text) - 1))
        x, y = cx + 140 * math.sin(angle), cy - 140 * math.cos(angle)
        glyph = Image.new("RGBA", (48, 48), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((5, 2), ch, font=font, fill=red)
        glyph = glyph.rotate(-math.degrees(angle), resample=Image.BICUBIC)
        image.alpha_composite(glyph, (int(x - 24), int(y - 24)))
    image.save(path)


@dataclass(frozen=True)
class CertificateContent:
    """What one certificate page shows (结业证书)."""

    name: str
    id_masked: str
    project: str
    dates: str
    hours: str
    result: str
    issuer: str
    issued_on: str
    number: str
    qr_text: str


def certificate_contents(db: Path, count: int) -> list[CertificateContent]:
    """``count`` certificates for teachers of the county database, with a signature-sized QR text."""
    from trainoffice.idnumber import mask

    conn = sqlite3.connect(db)
    try:
        people = conn.execute("SELECT name, id_number FROM teachers ORDER BY id LIMIT ?", (count,)).fetchall()
    finally:
        conn.close()
    project, issuer = "2026年安仁县初中数学骨干教师能力提升培训", "安仁县教育局教师培训股"
    contents = []
    for seq, (name, number) in enumerate(people, start=1):
        cert_no = f"2026431028P07-{seq:04d}"
        signature = base64.b64encode(hashlib.sha512(cert_no.encode()).digest()).decode()  # Ed25519-sized
        contents.append(CertificateContent(
            name=name, id_masked=mask(number), project=project, dates="2026年7月6日至2026年7月17日",
            hours="72学时", result="合格", issuer=issuer, issued_on="2026年7月20日", number=cert_no,
            qr_text=f"TO1|{cert_no}|{name}|{project}|72|2026-07-20|{signature}"))
    return contents


def draw_certificates(out: Path, contents: list[CertificateContent], *, font_name: str, seal: Path) -> None:
    """Every certificate on its own A4 landscape page of one PDF, QR code drawn as one path."""
    import segno
    from reportlab.lib.colors import Color, black
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas

    width, height = landscape(A4)
    c = canvas.Canvas(str(out), pagesize=(width, height))
    gold = Color(0.65, 0.5, 0.15)
    for cert in contents:
        c.setStrokeColor(gold)
        c.setLineWidth(4)
        c.rect(12 * mm, 12 * mm, width - 24 * mm, height - 24 * mm)
        c.setLineWidth(1)
        c.rect(16 * mm, 16 * mm, width - 32 * mm, height - 32 * mm)
        c.setFillColor(black)
        c.setFont(font_name, 40)
        c.drawCentredString(width / 2, height - 50 * mm, "结 业 证 书")
        c.setFont(font_name, 18)
        y = height - 80 * mm
        c.drawString(40 * mm, y, f"{cert.name} 同志（身份证号 {cert.id_masked}）：")
        c.drawString(48 * mm, y - 14 * mm, f"于 {cert.dates} 参加 {cert.project}，")
        c.drawString(40 * mm, y - 28 * mm, f"完成规定的全部培训内容，共 {cert.hours}，考核{cert.result}，准予结业。")
        c.setFont(font_name, 16)
        c.drawRightString(width - 45 * mm, 52 * mm, cert.issuer)
        c.drawRightString(width - 45 * mm, 42 * mm, cert.issued_on)
        c.drawImage(str(seal), width - 100 * mm, 28 * mm, 45 * mm, 45 * mm, mask="auto")
        c.setFont(font_name, 10)
        c.drawString(30 * mm, 24 * mm, f"证书编号：{cert.number}")
        qr = segno.make(cert.qr_text, error="m")
        matrix = qr.matrix
        module = 32 * mm / len(matrix)
        x0, y0 = 30 * mm, 30 * mm
        path = c.beginPath()
        for r, row in enumerate(matrix):  # one rectangle per horizontal run of dark modules
            y = y0 + (len(matrix) - 1 - r) * module
            col = 0
            while col < len(row):
                if row[col]:
                    start = col
                    while col < len(row) and row[col]:
                        col += 1
                    path.rect(x0 + start * module, y, (col - start) * module, module)
                col += 1
        c.drawPath(path, stroke=0, fill=1)
        c.showPage()
    c.save()


COMPLIANCE_SQL = """
WITH earned AS (SELECT teacher_id, sum(credits) AS credits FROM ledger WHERE year = :year GROUP BY teacher_id)
SELECT s.id, s.name, count(*) AS teachers, sum(coalesce(e.credits, 0) < :target) AS under
FROM teachers t JOIN schools s ON s.id = t.school_id LEFT JOIN earned e ON e.teacher_id = t.id
WHERE t.status = '在职'
GROUP BY s.id ORDER BY s.id
"""


def compliance_aggregate(conn: sqlite3.Connection, *, year: int, target: float) -> list[tuple]:
    """学分达标 for a year in one hand-written aggregate: per school, teachers and how many are under target.

    Reversal rows in the ledger carry negative credits, so a plain sum nets corrections out.
    """
    return conn.execute(COMPLIANCE_SQL, {"year": year, "target": target}).fetchall()
