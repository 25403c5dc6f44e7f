"""Reading PDFs back with independent readers: text (pdfplumber), fonts (pypdf), pages as PNG (pdftoppm)."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pdfplumber
from PIL import Image
from pypdf import PdfReader


def text_of(source: Path | bytes) -> list[str]:
    """Text of every page."""
    handle = io.BytesIO(source) if isinstance(source, bytes) else source
    with pdfplumber.open(handle) as pdf:
        return [(page.extract_text() or "") for page in pdf.pages]


def fonts_of(source: Path | bytes) -> dict[str, bool]:
    """Every font used on any page (and in forms it draws) -> whether its program is embedded as FontFile2."""
    reader = PdfReader(io.BytesIO(source) if isinstance(source, bytes) else source)
    found: dict[str, bool] = {}

    def visit(resources) -> None:
        if resources is None:
            return
        resources = resources.get_object()
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            found[str(font.get("/BaseFont"))] = embedded
        for xobject in (resources.get("/XObject") or {}).values():
            xobject = xobject.get_object()
            if xobject.get("/Subtype") == "/Form":
                visit(xobject.get("/Resources"))

    for page in reader.pages:
        visit(page.get("/Resources"))
    return found


def images_of(source: Path | bytes) -> list[list[Image.Image]]:
    """The pictures drawn on each page (forms included), decoded with their transparency (pypdf)."""
    reader = PdfReader(io.BytesIO(source) if isinstance(source, bytes) else source)
    return [[found.image for found in page.images] for page in reader.pages]


def same_picture(a: Image.Image, b: Image.Image) -> bool:
    """The same pixels, transparency included."""
    return a.size == b.size and a.convert("RGBA").tobytes() == b.convert("RGBA").tobytes()


def page_count(source: Path | bytes) -> int:
    return len(PdfReader(io.BytesIO(source) if isinstance(source, bytes) else source).pages)


def render_png(pdf: Path, out_prefix: Path, *, dpi: int = 150, first: int = 1, last: int = 1) -> list[Path]:
    """Pages as PNG through poppler's pdftoppm (what a person would see)."""
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-f", str(first), "-l", str(last), str(pdf),
                    str(out_prefix)], check=True, capture_output=True)
    return sorted(out_prefix.parent.glob(out_prefix.name + "*.png"))


def have_poppler() -> bool:
    return shutil.which("pdftoppm") is not None


def zbar_decode(png: Path) -> list[str]:
    """QR texts found in a picture by zbarimg (zbar-tools)."""
    result = subprocess.run(["zbarimg", "--raw", "-q", str(png)], capture_output=True)
    return [line for line in result.stdout.decode("utf-8").splitlines() if line]


def have_zbar() -> bool:
    return shutil.which("zbarimg") is not None
