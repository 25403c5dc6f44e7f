"""Shared PDF pieces: the Chinese font every printout embeds, and ruled tables drawn straight on the canvas.

Fonts: reportlab embeds TrueType (glyf) fonts only; CFF-outline OpenType (Noto CJK, Source Han) is
refused by it, so such files are detected from their table directory and skipped. A TrueType
collection (.ttc) is registered by its sub-font index. When no usable font exists the built-in
STSong-Light is used, and the caller gets a warning to show: that font is not embedded, so another
PC may print it differently.

Tables are drawn on the canvas directly, not through platypus: rows have a fixed height (people sign
in them), so the page count is known before drawing, every page repeats the title and the header,
and 第x页 共y页 needs no second pass. Thousands of pages stay fast.
"""

from __future__ import annotations

import functools
import hashlib
import io
import os
import struct
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from trainoffice import __version__
from trainoffice.errors import Cancelled, TrainOfficeError
from trainoffice.files import atomic_output
from trainoffice.jobs import Cancel, Progress
from trainoffice.text import translate

# Binary Flate streams, not ASCII85 on top: smaller files, and no pure-Python encoding pass on save.
rl_config.useA85 = 0


FALLBACK_FONT = "STSong-Light"
_PROBE = "中国教师培训结业证书"  # characters every printout needs
# ID numbers, dates, hours and certificate numbers: a fallback font such as DroidSansFallback has Chinese but
# no Latin digits, and printed them blank.
_PROBE_DIGITS = "0123456789X-"

# Preferred files, best first: (file name, sub-font index). SimSun prints like official documents.
_PREFERRED: tuple[tuple[str, int], ...] = (
    ("simsun.ttc", 0), ("simsun.ttf", 0), ("simhei.ttf", 0), ("msyh.ttc", 0), ("msyh.ttf", 0),
    ("simkai.ttf", 0), ("simfang.ttf", 0), ("uming.ttc", 0), ("ukai.ttc", 0),
    ("wqy-zenhei.ttc", 0), ("wqy-microhei.ttc", 0), ("wqy-zenhei.ttf", 0), ("wqy-microhei.ttf", 0),
    ("NotoSansSC-Regular.ttf", 0),
)


class FontError(TrainOfficeError):
    """A font file cannot be used for Chinese printouts; the message says why and what to choose."""


@dataclass(frozen=True)
class CjkFont:
    """The font registered with reportlab for Chinese text, and whether it is embedded in the PDF."""

    name: str                 # reportlab font name to pass to setFont
    path: str | None          # the file, or None for the built-in fallback
    subfont: int = 0          # index inside a .ttc collection
    family: str = ""          # the font's own name, e.g. SimSun, WenQuanYiZenHei
    embedded: bool = True

    @property
    def warning(self) -> str | None:
        if self.embedded:
            return None
        return translate("pdf", "未找到可嵌入的中文 TrueType 字体，已改用 PDF 阅读器内置的 STSong-Light："
                         "字体没有嵌入文件，换一台电脑或打印店打开时字形可能不同。"
                         "请在“设置”中选择字体文件，例如 C:\\Windows\\Fonts\\simsun.ttc（宋体）。")


# ----- fonts ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Subfont:
    index: int
    outlines: str  # 'glyf' (TrueType, usable) or 'cff' (refused by reportlab) or '?'


def _sfnt_subfonts(path: Path) -> list[_Subfont]:
    """Read the table directory of a .ttf/.otf/.ttc to tell TrueType outlines from CFF ones."""
    with open(path, "rb") as f:
        head = f.read(12)
        if len(head) < 12:
            raise FontError(translate("pdf", "{path} 不是字体文件（文件太短）。").format(path=path))
        if head[:4] == b"ttcf":
            count = struct.unpack(">I", head[8:12])[0]
            if not 0 < count < 256:
                raise FontError(translate("pdf", "{path} 字体集合已损坏。").format(path=path))
            offsets = struct.unpack(f">{count}I", f.read(4 * count))
        elif head[:4] in (b"\x00\x01\x00\x00", b"true", b"OTTO"):
            offsets = (0,)
        else:
            raise FontError(translate("pdf", "{path} 不是 TrueType/OpenType 字体文件。").format(path=path))
        subfonts = []
        for index, offset in enumerate(offsets):
            f.seek(offset)
            version, num_tables = struct.unpack(">4sH", f.read(6))
            f.seek(offset + 12)
            table_dir = f.read(16 * num_tables)
            tags = {table_dir[i:i + 4] for i in range(0, len(table_dir), 16)}
            if version == b"OTTO" or b"CFF " in tags or b"CFF2" in tags:
                outlines = "cff"
            elif b"glyf" in tags:
                outlines = "glyf"
            else:
                outlines = "?"
            subfonts.append(_Subfont(index, outlines))
    return subfonts


def check_font_file(path: str | os.PathLike[str], subfont: int | None = None) -> CjkFont:
    """Check that a file is an embeddable Chinese TrueType font and register it; raises FontError.

    The settings page calls this when the user picks a font file, so a wrong choice is refused with
    its reason (CFF outlines, no Chinese characters, not a font) before anything is printed with it.
    """
    path = Path(path).expanduser()
    if not path.is_file():
        raise FontError(translate("pdf", "字体文件 {path} 不存在，请重新选择。").format(path=path))
    try:
        subfonts = _sfnt_subfonts(path)
    except (OSError, struct.error) as exc:
        raise FontError(translate("pdf", "无法读取字体文件 {path}：{error}").format(path=path, error=exc)) from None
    usable = [s for s in subfonts if s.outlines == "glyf" and (subfont is None or s.index == subfont)]
    if not usable:
        if any(s.outlines == "cff" for s in subfonts):
            raise FontError(translate(
                "pdf", "{file} 是 CFF 轮廓的 OpenType 字体（如思源/Noto CJK），无法嵌入 PDF。"
                "请改选 TrueType 字体，例如 simsun.ttc（宋体）、simhei.ttf（黑体）或 msyh.ttc（微软雅黑）。").format(file=path.name))
        raise FontError(translate("pdf", "{file} 中没有可用的 TrueType 字体。").format(file=path.name))
    return _register(str(path.resolve()), usable[0].index)


@functools.cache
def _register(path: str, subfont: int) -> CjkFont:
    name = "CJK-" + hashlib.sha1(f"{path}#{subfont}".encode()).hexdigest()[:10]
    try:
        font = TTFont(name, path, subfontIndex=subfont)
    except Exception as exc:  # noqa: BLE001 - reportlab raises bare TTFError/ValueError/struct errors alike
        raise FontError(translate("pdf", "reportlab 无法读取字体 {file}：{error}").format(file=Path(path).name,
                                                                                   error=exc)) from None
    missing = [ch for ch in _PROBE if ord(ch) not in font.face.charToGlyph]
    if missing:
        raise FontError(translate("pdf", "{file} 不含中文字符（缺少“{missing}”），请选择中文字体。").format(
            file=Path(path).name, missing="".join(missing[:4])))
    missing = [ch for ch in _PROBE_DIGITS if ord(ch) not in font.face.charToGlyph]
    if missing:
        raise FontError(translate("pdf", "{file} 缺少数字和字母（“{missing}”等），打印的身份证号、日期和学时会是空白。"
                                         "请选择 simsun.ttc（宋体）、simhei.ttf（黑体）或 msyh.ttc（微软雅黑）等中文字体。").format(
            file=Path(path).name, missing="".join(missing[:4])))
    pdfmetrics.registerFont(font)
    family = font.face.name.decode("latin-1") if isinstance(font.face.name, bytes) else str(font.face.name)
    return CjkFont(name=name, path=path, subfont=subfont, family=family)


def font_dirs() -> list[Path]:
    """Where fonts live on this system (Windows, then user folders, then the Linux/macOS system ones)."""
    dirs: list[Path] = []
    if sys.platform == "win32":
        dirs.append(Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    home = Path.home()
    dirs += [home / ".local" / "share" / "fonts", home / ".fonts", Path("/usr/local/share/fonts"),
             Path("/usr/share/fonts"), Path("/Library/Fonts"), Path("/System/Library/Fonts")]
    return [d for d in dirs if d.is_dir()]


@functools.cache
def _candidates(folders: tuple[Path, ...]) -> tuple[tuple[Path, int], ...]:
    wanted = {name.lower(): (rank, index) for rank, (name, index) in enumerate(_PREFERRED)}
    found: list[tuple[int, Path, int]] = []
    for folder in folders:
        for root, _dirs, files in os.walk(folder):
            for file in files:
                hit = wanted.get(file.lower())
                if hit:
                    found.append((hit[0], Path(root) / file, hit[1]))
    found.sort(key=lambda item: item[0])
    return tuple((path, index) for _, path, index in found)


def find_cjk_font(preferred_path: str | None = None, *,
                  search_dirs: Sequence[Path] | None = None) -> tuple[CjkFont, list[str]]:
    """The font to print with, and notes for the user (a chosen font that failed, the fallback).

    Order: the font chosen in settings, then the Chinese TrueType fonts in ``search_dirs`` (default:
    this system's font folders) by preference, then STSong-Light (not embedded; warning in the notes).
    """
    if preferred_path:
        try:
            return check_font_file(preferred_path), []
        except FontError as exc:
            font, notes = find_cjk_font(search_dirs=search_dirs)
            instead = (translate("pdf", "{family}（{path}）").format(family=font.family, path=font.path) if font.path
                       else font.family)
            # A path chosen on another PC (a restored backup, a database on a USB stick) is gone here.
            return font, [translate("pdf", "设置中的字体不能使用：{error}现改用本机的 {font}。").format(
                error=exc, font=instead), *notes]
    folders = tuple(font_dirs() if search_dirs is None else search_dirs)
    for path, index in _candidates(folders):
        try:
            return check_font_file(path, index), []
        except FontError:
            continue
    if FALLBACK_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FALLBACK_FONT))
    font = CjkFont(name=FALLBACK_FONT, path=None, family=FALLBACK_FONT, embedded=False)
    return font, [font.warning or ""]


def office_font(settings) -> tuple[CjkFont, list[str]]:
    """The font for this office's printouts (settings key ``pdf_font_path``)."""
    return find_cjk_font(settings.get("pdf_font_path") or None)


# ----- documents --------------------------------------------------------------------------------

@dataclass
class PdfResult:
    """A PDF written: where, how many pages, and warnings to show the user (font not embedded ...)."""

    path: Path | None
    pages: int
    warnings: list[str] = field(default_factory=list)
    data: bytes | None = None  # when written to memory (packets, previews)


def new_canvas(target: Any, *, title: str, font: CjkFont, pagesize: tuple[float, float] = A4) -> Canvas:
    """A canvas with the document info every TrainOffice PDF carries; page streams compressed.

    The Chinese font is the canvas's initial font too, so no page refers to a non-embedded Helvetica.
    """
    c = Canvas(target, pagesize=pagesize, pageCompression=1, initialFontName=font.name)
    c.setTitle(title)
    c.setAuthor("TrainOffice")
    c.setCreator(f"TrainOffice {__version__}")
    return c


def write_pdf(out: Path | None, draw: Callable[[Canvas], int], *, title: str, font: CjkFont,
              pagesize: tuple[float, float] = A4, warnings: Iterable[str] = ()) -> PdfResult:
    """Run ``draw`` (returns its page count) on a fresh canvas, then save to ``out`` safely or to memory."""
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, title=title, font=font, pagesize=pagesize)
    pages = draw(canvas)
    canvas.save()
    data = buffer.getvalue()
    if out is None:
        return PdfResult(None, pages, list(warnings), data)
    with atomic_output(out) as tmp, open(tmp, "wb") as f:
        f.write(data)
    return PdfResult(Path(out), pages, list(warnings))


def bold_text(canvas: Canvas, x: float, y: float, text: str, *, font: str, size: float,
              align: str = "left", char_space: float = 0.0, weight: float | None = None) -> None:
    """Text drawn filled and stroked (render mode 2): bold from a font that has no bold face."""
    width = pdfmetrics.stringWidth(text, font, size) + char_space * max(len(text) - 1, 0)
    if align == "center":
        x -= width / 2
    elif align == "right":
        x -= width
    t = canvas.beginText(x, y)
    t.setFont(font, size)
    t.setCharSpace(char_space)
    t.setTextRenderMode(2)
    canvas.saveState()
    canvas.setLineWidth(weight if weight is not None else size * 0.035)
    t.textOut(text)
    canvas.drawText(t)
    canvas.restoreState()


def wrap_text(text: str, font: str, size: float, width: float) -> list[str]:
    """Break Chinese text into lines that fit ``width`` (character by character; ASCII words kept whole)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        tokens = _tokens(paragraph)
        for token in tokens:
            trial = line + token
            if line and pdfmetrics.stringWidth(trial, font, size) > width:
                lines.append(line)
                line = token.lstrip(" ")
            else:
                line = trial
        lines.append(line)
    return lines


def _tokens(text: str) -> list[str]:
    """Units a line may not be broken inside: ASCII words, a character with its closing punctuation
    (no line starts with ，。）”) and an opening mark with the character after it (no line ends with “（)."""
    tokens: list[str] = []
    word = ""
    opening = ""
    for ch in text:
        if ch.isascii() and not ch.isspace():
            word += ch
            continue
        if word:
            tokens.append(opening + word)
            word = opening = ""
        if tokens and ch in "，。、；：？！）》”’":
            tokens[-1] += ch
        elif ch in "“‘（《":
            opening += ch
        else:
            tokens.append(opening + ch)
            opening = ""
    if word or opening:
        tokens.append(opening + word)
    return tokens


# ----- ruled tables -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Column:
    """One column of a printed table: its label, its share of the width, its alignment."""

    label: str
    width: float = 1.0
    align: str = "center"  # left / center / right


@dataclass
class TableSection:
    """One printed table (a sign-in sheet for a session, a detail list): starts on a new page.

    ``info`` lines print under the title on every page; ``note`` prints under the table on the last
    page (totals, 经办人签字). Rows have a fixed height so the page count is known in advance.
    """

    title: str
    columns: Sequence[Column]
    rows: Sequence[Sequence[Any]]
    info: Sequence[str] = ()
    note: Sequence[str] = ()
    row_height: float = 7 * mm
    font_size: float = 10
    landscape: bool = False
    blank_rows: int = 0        # extra empty rows at the end (sign-in sheets: people added on the day)
    footer: str = ""           # left footer, e.g. the office name

    @property
    def pagesize(self) -> tuple[float, float]:
        return landscape(A4) if self.landscape else A4


_MARGIN = 15 * mm
_TITLE_SIZE = 16


def _info_lines(section: TableSection, font: str) -> list[str]:
    """The info lines as printed: a long one (a 60-character project name) wraps within the margins."""
    room = section.pagesize[0] - 2 * _MARGIN
    return [part for line in section.info for part in wrap_text(line, font, section.font_size, room)]


def _layout(section: TableSection, info_lines: int) -> tuple[float, float, int, int]:
    """(table top y, table bottom y, rows per page, pages) for a section whose info takes ``info_lines``."""
    _, height = section.pagesize
    top = height - _MARGIN - _TITLE_SIZE - 4 * mm - info_lines * (section.font_size + 5) - 2 * mm
    note_height = len(section.note) * (section.font_size + 6) + (3 * mm if section.note else 0)
    bottom = _MARGIN + 6 * mm + note_height
    per_page = max(1, int((top - bottom) // section.row_height) - 1)  # one row for the header
    total = len(section.rows) + section.blank_rows
    pages = max(1, -(-total // per_page))
    return top, bottom, per_page, pages


def section_pages(section: TableSection, font: str) -> int:
    return _layout(section, len(_info_lines(section, font)))[3]


def draw_sections(canvas: Canvas, font: CjkFont, sections: Sequence[TableSection], *,
                  progress: Progress | None = None, cancel: Cancel | None = None) -> int:
    """Draw each section from a new page; returns the number of pages drawn.

    Page numbers count within a section (第x页 共y页 of that sign-in sheet). ``cancel`` is checked
    between pages and raises Cancelled.
    """
    total_pages = sum(section_pages(s, font.name) for s in sections) or 1
    done = 0
    forms: dict[tuple, str] = {}
    for section in sections:
        info = _info_lines(section, font.name)
        top, _bottom, per_page, pages = _layout(section, len(info))
        width, height = section.pagesize
        canvas.setPageSize(section.pagesize)
        shares = sum(c.width for c in section.columns)
        widths = [(width - 2 * _MARGIN) * c.width / shares for c in section.columns]
        xs = [_MARGIN]
        for w in widths:
            xs.append(xs[-1] + w)
        cells: list[Sequence[Any]] = list(section.rows) + [()] * section.blank_rows
        aligns = tuple(c.align for c in section.columns)
        labels = tuple(c.label for c in section.columns)
        for page in range(pages):
            if cancel and cancel():
                raise Cancelled("已取消，没有写入任何文件。")
            chunk = cells[page * per_page:(page + 1) * per_page]
            # The ruled body of a page is a form: a roster printed for 24 sessions is drawn once.
            key = (tuple(widths), labels, aligns, section.font_size, section.row_height, top,
                   tuple(tuple("" if v is None else str(v) for v in row) for row in chunk))
            form = forms.get(key)
            if form is None:
                form = forms[key] = f"tableBody{id(forms):x}_{len(forms)}"  # unique if called again on a canvas
                canvas.beginForm(form)
                _draw_body(canvas, font.name, section, key[-1], xs, widths, top)
                canvas.endForm()
            _draw_page_head(canvas, font, section, info, width, height)
            canvas.doForm(form)
            bottom_y = top - section.row_height * (len(chunk) + 1)
            if page == pages - 1 and section.note:
                ny = bottom_y - 3 * mm - section.font_size
                canvas.setFont(font.name, section.font_size)
                for line in section.note:
                    canvas.drawString(_MARGIN, ny, line)
                    ny -= section.font_size + 6
            canvas.setFont(font.name, 9)
            canvas.drawCentredString(width / 2, _MARGIN - 2 * mm, f"第 {page + 1} 页  共 {pages} 页")
            if section.footer:
                canvas.drawString(_MARGIN, _MARGIN - 2 * mm, section.footer)
            canvas.showPage()
            done += 1
            if progress and (done % 20 == 0 or done == total_pages):
                progress(done / total_pages,
                         translate("pdf", "已生成 {done}/{total} 页").format(done=done, total=total_pages))
    return done


def _draw_body(canvas: Canvas, font: str, section: TableSection, rows: Sequence[Sequence[str]],
               xs: Sequence[float], widths: Sequence[float], top: float) -> None:
    """Header row, cells and rules of one page of a table."""
    rh, y = section.row_height, top
    table_width = xs[-1] - xs[0]
    canvas.setFillGray(0.9)
    canvas.rect(xs[0], y - rh, table_width, rh, stroke=0, fill=1)
    canvas.setFillGray(0)
    for col, (x0, w) in enumerate(zip(xs, widths, strict=False)):
        _cell(canvas, font, section.font_size, section.columns[col].label, x0, y - rh, w, rh, "center")
    for r, row in enumerate(rows):
        ry = y - rh * (r + 2)
        for col, value in enumerate(row):
            if value:
                _cell(canvas, font, section.font_size, value, xs[col], ry, widths[col], rh, section.columns[col].align)
    bottom_y = y - rh * (len(rows) + 1)
    canvas.setLineWidth(0.6)
    lines = [(xs[0], y - rh * i, xs[-1], y - rh * i) for i in range(len(rows) + 2)]
    lines += [(x, y, x, bottom_y) for x in xs]
    canvas.lines(lines)


def _draw_page_head(canvas: Canvas, font: CjkFont, section: TableSection, info: Sequence[str], width: float,
                    height: float) -> None:
    y = height - _MARGIN - _TITLE_SIZE
    bold_text(canvas, width / 2, y, section.title, font=font.name, size=_TITLE_SIZE, align="center")
    y -= 4 * mm
    canvas.setFont(font.name, section.font_size)
    for line in info:
        y -= section.font_size + 5
        canvas.drawString(_MARGIN, y + 5, line)


def _cell(canvas: Canvas, font: str, size: float, text: str, x: float, y: float, w: float, h: float,
          align: str) -> None:
    """Text in a cell: shrunk to fit, then on two lines, then cut with an ellipsis."""
    pad = 1.5 * mm
    room = w - 2 * pad
    if len(text) * size > room:  # every glyph is at most 1 em wide: only long texts need measuring
        fitted = size
        while fitted > 6.5 and pdfmetrics.stringWidth(text, font, fitted) > room:
            fitted -= 0.5
        if pdfmetrics.stringWidth(text, font, fitted) > room:
            small = max(6.5, size - 2)
            lines = wrap_text(text, font, small, room)
            if len(lines) >= 2 and h >= 2.3 * small:
                first, rest = lines[0], "".join(lines[1:])
                while rest and pdfmetrics.stringWidth(rest, font, small) > room:
                    rest = rest[:-2] + "…"
                canvas.setFont(font, small)
                _aligned(canvas, first, x, pad, w, y + h / 2 + 0.15 * small, align)
                _aligned(canvas, rest, x, pad, w, y + h / 2 - 0.95 * small, align)
                return
            while text and pdfmetrics.stringWidth(text, font, fitted) > room:
                text = text[:-2] + "…"
        size = fitted
    canvas.setFont(font, size)
    _aligned(canvas, text, x, pad, w, y + (h - size * 0.7) / 2, align)


def _aligned(canvas: Canvas, text: str, x: float, pad: float, w: float, y: float, align: str) -> None:
    if align == "left":
        canvas.drawString(x + pad, y, text)
    elif align == "right":
        canvas.drawRightString(x + w - pad, y, text)
    else:
        canvas.drawCentredString(x + w / 2, y, text)


# ----- dates as printed ----------------------------------------------------------------------------

_CN_DIGITS = "〇一二三四五六七八九"


def chinese_date(iso: str) -> str:
    """2025-03-22 → 二〇二五年三月二十二日, as dates are written on certificates and seals."""
    year, month, day = (int(p) for p in iso[:10].split("-"))

    def small(n: int) -> str:
        if n < 10:
            return _CN_DIGITS[n]
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + (_CN_DIGITS[ones] if ones else "")

    return "".join(_CN_DIGITS[int(d)] for d in str(year)) + f"年{small(month)}月{small(day)}日"


def date_text(iso: str | None) -> str:
    """2025-03-22 → 2025年3月22日; '' when unknown."""
    if not iso:
        return ""
    year, month, day = (int(p) for p in iso[:10].split("-"))
    return f"{year}年{month}月{day}日"
