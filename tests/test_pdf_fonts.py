"""Chinese fonts in printouts: TrueType embedded, CFF refused with its reason, STSong-Light only with a warning."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from pdfcheck import fonts_of, text_of

from trainoffice.pdf import (
    FALLBACK_FONT,
    Column,
    FontError,
    TableSection,
    check_font_file,
    chinese_date,
    draw_sections,
    find_cjk_font,
    wrap_text,
    write_pdf,
)


def _sfnt(version: bytes, tags: list[bytes]) -> bytes:
    head = version + struct.pack(">HHHH", len(tags), 0, 0, 0)
    return head + b"".join(tag + b"\0" * 12 for tag in tags)


def test_a_truetype_chinese_font_is_found_and_embedded(tmp_path):
    font, notes = find_cjk_font()
    assert font.embedded and font.path and not notes, "the test machine has fonts-wqy-zenhei"

    def draw(canvas):
        canvas.setFont(font.name, 14)
        canvas.drawString(72, 700, "培训签到表 张三")
        canvas.showPage()
        return 1

    out = tmp_path / "font.pdf"
    write_pdf(out, draw, title="字体", font=font)
    assert "培训签到表 张三" in text_of(out)[0]
    fonts = fonts_of(out)
    assert fonts and all(fonts.values()), fonts  # every font has its program embedded (FontFile2)


def test_cff_outline_fonts_are_refused_with_the_reason(tmp_path):
    otf = tmp_path / "NotoSansCJKsc-Regular.otf"
    otf.write_bytes(_sfnt(b"OTTO", [b"CFF ", b"cmap", b"head"]))
    with pytest.raises(FontError, match="CFF"):
        check_font_file(otf)
    ttc = tmp_path / "NotoSansCJK-Regular.ttc"
    sub = _sfnt(b"OTTO", [b"CFF ", b"cmap"])
    ttc.write_bytes(b"ttcf" + struct.pack(">HHI", 1, 0, 2) + struct.pack(">II", 20, 20 + len(sub)) + sub + sub)
    with pytest.raises(FontError, match="CFF"):
        check_font_file(ttc)


def test_a_font_without_chinese_or_not_a_font_is_refused(tmp_path):
    text = tmp_path / "readme.ttf"
    text.write_text("not a font")
    with pytest.raises(FontError, match="不是"):
        check_font_file(text)
    with pytest.raises(FontError, match="不存在"):
        check_font_file(tmp_path / "missing.ttf")


DROID = Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")  # bootstrap.py installs it on Debian


@pytest.mark.skipif(not DROID.exists(), reason="fonts-droid-fallback is installed by bootstrap.py on Debian only")
def test_a_chinese_font_without_digits_is_refused_and_skipped_in_the_search(tmp_path):
    """Review p: DroidSansFallbackFull has Chinese but no Latin digits; chosen, or found first on a new PC, it
    printed certificates with blank ID numbers, dates, hours and numbers."""
    with pytest.raises(FontError, match="缺少数字和字母"):
        check_font_file(DROID)
    font, notes = find_cjk_font(str(DROID))
    assert font.path != str(DROID) and "缺少数字和字母" in notes[0]
    (tmp_path / "droid").mkdir()
    (tmp_path / "droid" / DROID.name).write_bytes(DROID.read_bytes())
    font, _notes = find_cjk_font(search_dirs=[tmp_path])  # the only Chinese font on this PC: not used
    assert font.name == FALLBACK_FONT


def test_a_chosen_font_that_fails_falls_back_to_the_system_font_with_a_note(tmp_path):
    bad = tmp_path / "bad.ttf"
    bad.write_bytes(_sfnt(b"OTTO", [b"CFF "]))
    font, notes = find_cjk_font(str(bad))
    assert font.embedded and font.path != str(bad)
    assert any("CFF" in note for note in notes)


def test_a_chosen_font_gone_from_this_pc_names_the_font_used_instead(tmp_path):
    """A database moved to another PC keeps the path of a font that is not there."""
    gone = tmp_path / "旧电脑" / "simsun.ttc"
    font, notes = find_cjk_font(str(gone))
    assert font.embedded and notes == [f"设置中的字体不能使用：字体文件 {gone} 不存在，请重新选择。"
                                       f"现改用本机的 {font.family}（{font.path}）。"]
    font, notes = find_cjk_font(str(gone), search_dirs=[tmp_path])  # and no TrueType font here either
    assert font.name == FALLBACK_FONT and notes[0].endswith(f"现改用本机的 {FALLBACK_FONT}。") and notes[1] == font.warning


def test_without_any_truetype_font_stsong_is_used_with_a_visible_warning(tmp_path):
    font, notes = find_cjk_font(search_dirs=[tmp_path])
    assert font.name == FALLBACK_FONT and not font.embedded
    assert font.warning and "没有嵌入" in font.warning and font.warning in notes


def test_ttc_sub_font_index_is_registered():
    font, _ = find_cjk_font()
    if not font.path.lower().endswith(".ttc"):
        pytest.skip("the system font is not a collection")
    second = check_font_file(font.path, 1)
    assert second.subfont == 1 and second.name != font.name


def test_tables_repeat_their_header_and_number_pages_per_section(tmp_path):
    font, _ = find_cjk_font()
    rows = [[str(n), f"学员{n}", "测试县第一中学"] for n in range(1, 61)]
    sections = [TableSection(title="名单甲", columns=[Column("序号"), Column("姓名"), Column("单位", 3, "left")],
                             rows=rows, info=["培训名称：测试"]),
                TableSection(title="名单乙", columns=[Column("序号"), Column("姓名")], rows=[r[:2] for r in rows[:3]])]
    out = tmp_path / "t.pdf"
    result = write_pdf(out, lambda c: draw_sections(c, font, sections), title="表", font=font)
    pages = text_of(out)
    assert result.pages == len(pages) >= 3
    first_section = [p for p in pages if "名单甲" in p]
    assert len(first_section) >= 2
    for n, page in enumerate(first_section, start=1):
        assert "序号" in page and "姓名" in page and f"第 {n} 页 共 {len(first_section)} 页" in page
    assert "学员60" in first_section[-1] and "第 1 页 共 1 页" in pages[-1]


def test_long_cell_text_is_fitted_not_spilled(tmp_path):
    font, _ = find_cjk_font()
    long_name = "安仁县永乐江镇石门村完全小学附属幼儿园分园（教学点）" * 2
    section = TableSection(title="长文本", columns=[Column("序号"), Column("单位", 2, "left")], rows=[["1", long_name]])
    out = tmp_path / "long.pdf"
    write_pdf(out, lambda c: draw_sections(c, font, [section]), title="长", font=font)
    import pdfplumber

    with pdfplumber.open(out) as pdf:
        page = pdf.pages[0]
        words = [w for w in page.extract_words() if "安仁县" in w["text"]]
        assert words and max(w["x1"] for w in words) <= page.width - 15 * 72 / 25.4 + 1


def test_wrapping_keeps_punctuation_with_its_text_and_dates_read_as_on_certificates():
    font, _ = find_cjk_font()
    lines = wrap_text("参加“骨干教师培训”，完成规定的培训任务。" * 3, font.name, 12, 12 * 9)
    assert all(not line.startswith(("，", "。", "”")) and not line.endswith("“") for line in lines)
    assert chinese_date("2025-03-22") == "二〇二五年三月二十二日"
    assert chinese_date("2026-10-10") == "二〇二六年十月十日"
