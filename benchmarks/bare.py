"""Baselines written with the bare libraries, as a competent programmer would for exactly one job.

They are what a TrainOffice figure is divided by: the cost of the library work itself, with none of
our validation, bookkeeping or safety (audit, signing, atomic writes, verification).
"""

from __future__ import annotations

import datetime as dt
import json
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
    """What one certificate page shows (结业证书), as trainoffice.certificates prints it."""

    name: str
    id_shown: str  # masked or full, as the setting certificate_mask_id says
    project: str
    start: str
    end: str
    hours: str
    result: str
    issuer: str
    issued_on: str
    number: str
    qr_text: str


def certificate_contents(db: Path, count: int) -> list[CertificateContent]:
    """The first ``count`` certificates issued in the database, as their pages show them (the signed QR
    text included); preparing the strings is data work, not timed."""
    from trainoffice.idnumber import mask
    from trainoffice.pdf import chinese_date, date_text
    from trainoffice.settings import DEFAULTS

    conn = sqlite3.connect(db)
    try:
        settings = {k: json.loads(v) for k, v in conn.execute("SELECT key, value FROM settings")}
        issuer = settings["office_name"]
        masked = settings.get("certificate_mask_id", DEFAULTS["certificate_mask_id"])  # as ours prints it
        rows = conn.execute(
            "SELECT t.name, t.id_number, p.name, p.start_date, p.end_date, c.hours, c.result, c.issued_on, c.number,"
            " c.signed_text FROM certificates c JOIN projects p ON p.id = c.project_id"
            " JOIN teachers t ON t.id = c.teacher_id WHERE c.revoked_at IS NULL ORDER BY c.project_id, c.id LIMIT ?",
            (count,)).fetchall()
    finally:
        conn.close()
    return [CertificateContent(name=name, id_shown=mask(number) if masked else number, project=project, start=date_text(start),
                               end=date_text(end), hours=f"{hours:g}", result=result, issuer=issuer,
                               issued_on=chinese_date(issued), number=cert_no, qr_text=signed)
            for name, number, project, start, end, hours, result, issued, cert_no, signed in rows]


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines, line, used = [], "", 0.0
    for ch in text:
        w = stringWidth(ch, font, size)
        if line and used + w > width:
            lines.append(line)
            line, used = "", 0.0
        line, used = line + ch, used + w
    return lines + [line]


def draw_certificates(out: Path, contents: list[CertificateContent], *, font_name: str, seal: Path,
                      qr_mask: int | None = 2) -> None:
    """Every certificate on its own A4 landscape page of one PDF, in the design of
    trainoffice.certificates (double gold border, red spaced title, justified body, issuer and date
    under the seal, QR code as one path of row runs with the same fixed mask), drawn directly."""
    import segno
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    width, height = landscape(A4)
    c = canvas.Canvas(str(out), pagesize=(width, height))
    seal_image = ImageReader(str(seal))
    gold, red = (0.72, 0.55, 0.22), (0.66, 0.1, 0.1)
    left, right = 38 * mm, width - 38 * mm
    issuer_x, issuer_y = width - 75 * mm, height - 160 * mm
    for cert in contents:
        c.setStrokeColorRGB(*gold)
        c.setLineWidth(3.2)
        c.rect(9 * mm, 9 * mm, width - 18 * mm, height - 18 * mm)
        c.setLineWidth(0.9)
        c.rect(12.5 * mm, 12.5 * mm, width - 25 * mm, height - 25 * mm)
        c.setLineWidth(1.2)
        for cx in (12.5 * mm, width - 12.5 * mm):
            for cy in (12.5 * mm, height - 12.5 * mm):
                c.rect(cx - 3 * mm, cy - 3 * mm, 6 * mm, 6 * mm)
        c.saveState()
        c.setFillColorRGB(*red)
        c.setStrokeColorRGB(*red)
        c.setFont(font_name, 46)
        title_w = stringWidth("结业证书", font_name, 46) + 18 * 3
        c.drawString(width / 2 + 9 - title_w / 2, height - 50 * mm, "结业证书", mode=2, charSpace=18)
        c.restoreState()
        c.setFont(font_name, 16)
        c.drawCentredString(issuer_x, issuer_y, cert.issuer)
        c.drawCentredString(issuer_x, issuer_y - 16 * 1.9, cert.issued_on)
        y = height - 80 * mm
        c.saveState()
        c.setFont(font_name, 19)
        c.drawString(left, y, f"{cert.name} 同志（身份证号：{cert.id_shown}）：", mode=2)
        c.restoreState()
        c.setFont(font_name, 19)
        paragraph = (f"\u3000\u3000于{cert.start}至{cert.end}参加“{cert.project}”，完成规定的培训任务，"
                     f"共计{cert.hours}学时，考核{cert.result}，准予结业。")
        lines = _wrap(paragraph, font_name, 19, right - left)
        for i, line in enumerate(lines):
            y -= 38
            spacing = 0.0 if i == len(lines) - 1 else max(
                0.0, (right - left - stringWidth(line, font_name, 19)) / (len(line) - 1))
            c.drawString(left, y, line, charSpace=spacing)
        c.drawString(left, y - 38, "\u3000\u3000特发此证。")
        qr = segno.make(cert.qr_text, error="m", mode="byte", encoding="utf-8", micro=False, mask=qr_mask,
                        boost_error=False)
        matrix = qr.matrix
        module = 30 * mm / len(matrix)
        x0, top = 28 * mm, height - 150 * mm
        c.saveState()
        c.translate(x0, top)
        c.scale(module, -module)  # draw in module units: rows down, integer coordinates
        path = c.beginPath()
        for r, row in enumerate(matrix):  # one rectangle per horizontal run of dark modules
            col = 0
            while col < len(row):
                if row[col]:
                    start = col
                    while col < len(row) and row[col]:
                        col += 1
                    path.rect(start, r, col - start, 1)
                col += 1
        c.setFillColorRGB(0, 0, 0)
        c.drawPath(path, stroke=0, fill=1)
        c.restoreState()
        c.setFont(font_name, 10.5)
        c.drawString(x0 + 34 * mm, top - 30 * mm + 10.5 * 1.6, f"证书编号：{cert.number}")
        c.setFont(font_name, 10.5 * 0.85)
        c.drawString(x0 + 34 * mm, top - 30 * mm + 2, "扫描二维码可离线核验")
        c.drawImage(seal_image, issuer_x - 20 * mm, issuer_y - 16 * 0.6 - 20 * mm, 40 * mm, 40 * mm, mask="auto",
                    preserveAspectRatio=True)
        c.showPage()
    c.save()


def write_roster(conn: sqlite3.Connection, *, project_id: int, known: list[tuple[int, int]],
                 new: list[dict], today: str) -> None:
    """A roster's rows stored with bare sqlite3, nothing checked: the new people (with pinyin search keys from
    pypinyin, and their postings), one enrollment each, an undo record each, one commit.

    ``known`` is (teacher id, school id) of people already in the registry; ``new`` the teachers' columns.
    This is the floor of writing an import, whatever its checks cost."""
    from pypinyin import Style, lazy_pinyin

    conn.execute("BEGIN")
    first = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM teachers").fetchone()[0]
    columns = list(new[0]) if new else []
    rows = []
    for n, teacher in enumerate(new):
        syllables = lazy_pinyin(teacher["name"], style=Style.NORMAL)
        rows.append((first + n, *teacher.values(), "".join(syllables), "".join(s[0] for s in syllables)))
    conn.executemany(f"INSERT INTO teachers (id, {', '.join(columns)}, name_pinyin, name_initials)"
                     f" VALUES ({', '.join('?' * (len(columns) + 3))})", rows)
    conn.executemany("INSERT INTO teacher_postings (teacher_id, school_id, from_date) VALUES (?, ?, ?)",
                     [(first + n, t["school_id"], today) for n, t in enumerate(new)])
    people = known + [(first + n, t["school_id"]) for n, t in enumerate(new)]
    enrolment = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM enrollments").fetchone()[0]
    conn.executemany("INSERT INTO enrollments (id, project_id, teacher_id, school_id) VALUES (?, ?, ?, ?)",
                     [(enrolment + n, project_id, tid, sid) for n, (tid, sid) in enumerate(people)])
    batch = conn.execute("INSERT INTO import_batches (kind, file_name) VALUES ('roster', 'bare')").lastrowid
    conn.executemany("INSERT INTO import_changes (batch_id, table_name, row_id, action) VALUES (?, ?, ?, 'insert')",
                     [(batch, "teachers", first + n) for n in range(len(new))]
                     + [(batch, "enrollments", enrolment + n) for n in range(len(people))])
    conn.execute("COMMIT")


COMPLIANCE_SQL = """
WITH earned AS (SELECT teacher_id, sum(credits) AS credits FROM ledger WHERE year = :year GROUP BY teacher_id),
first AS (SELECT teacher_id, min(id) AS id FROM teacher_postings GROUP BY teacher_id),
serving AS (SELECT p.teacher_id, p.school_id FROM teacher_postings p JOIN first f ON f.teacher_id = p.teacher_id
            WHERE (p.from_date <= :day OR p.id = f.id) AND (p.to_date IS NULL OR p.to_date > :day))
SELECT s.id, s.name, count(*) AS teachers, sum(coalesce(e.credits, 0) < :target) AS under
FROM serving v JOIN teachers t ON t.id = v.teacher_id JOIN schools s ON s.id = v.school_id
LEFT JOIN earned e ON e.teacher_id = t.id
WHERE t.work_start_date = '' OR t.work_start_date <= :day
GROUP BY s.id ORDER BY s.id
"""


def compliance_aggregate(conn: sqlite3.Connection, *, year: int, target: float) -> list[tuple]:
    """学分达标 for a year in one hand-written aggregate: per school, teachers and how many are under target.

    The same job as the app's: the teachers in service at the year's end (or today, while it runs), at the
    school of the posting that covers that day (the first posting reaching back indefinitely), work started
    by then. Reversal rows in the ledger carry negative credits, so a plain sum nets corrections out.
    """
    day = min(dt.date(year, 12, 31), dt.date.today()).isoformat()
    return conn.execute(COMPLIANCE_SQL, {"year": year, "target": target, "day": day}).fetchall()


def draw_tables(out: Path, sections: list, *, font_name: str) -> int:
    """Ruled tables (sign-in sheets), header repeated on every page, with bare reportlab; returns pages.

    ``sections`` are trainoffice.pdf.TableSection values used only as data: title, info lines, columns
    (label, width share), rows, row height, font size, orientation, blank rows.
    """
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(out), pagesize=A4)
    pages = 0
    for section in sections:
        width, height = landscape(A4) if section.landscape else A4
        c.setPageSize((width, height))
        left, usable = 15 * mm, width - 30 * mm
        total = sum(col.width for col in section.columns)
        xs = [left]
        for col in section.columns:
            xs.append(xs[-1] + usable * col.width / total)
        rows = [*section.rows, *([()] * section.blank_rows)]
        per_page = max(1, int((height - 60 * mm) // section.row_height))
        for first in range(0, max(len(rows), 1), per_page):
            c.setFont(font_name, 16)
            c.drawCentredString(width / 2, height - 18 * mm, section.title)
            c.setFont(font_name, 9)
            for n, line in enumerate(section.info):
                c.drawString(left, height - 26 * mm - n * 5 * mm, line)
            top = height - 26 * mm - len(section.info) * 5 * mm
            chunk = [tuple(col.label for col in section.columns), *rows[first:first + per_page]]
            c.setFont(font_name, section.font_size)
            for r, row in enumerate(chunk):
                y = top - (r + 1) * section.row_height
                for i, value in enumerate(row):
                    if value not in (None, ""):
                        c.drawCentredString((xs[i] + xs[i + 1]) / 2, y + section.row_height / 3, str(value))
            bottom = top - len(chunk) * section.row_height
            c.grid(xs, [top - r * section.row_height for r in range(len(chunk) + 1)])
            c.setFont(font_name, 9)
            c.drawCentredString(width / 2, bottom - 8 * mm, f"第 {pages + 1} 页")
            c.showPage()
            pages += 1
    c.save()
    return pages


def write_rows_xlsx(out: Path, sheets: list[tuple[str, list[str], list]]) -> int:
    """The same rows with bare openpyxl in write-only mode: a header row, then the values, no styling."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    written = 0
    for name, header, rows in sheets:
        ws = wb.create_sheet(name)
        ws.append(header)
        for row in rows:
            ws.append(row)
            written += 1
    wb.save(out)
    return written
