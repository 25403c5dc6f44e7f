"""设置 → 证书版式与打印: the live preview follows every change; bad fonts, seals and number patterns are refused."""

from __future__ import annotations

import datetime as dt
import json
import struct

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from training_data import make_seal

from trainoffice.certificates import ImageItem, TextItem
from trainoffice.idnumber import mask
from trainoffice.office import Office
from trainoffice.pdf import find_cjk_font
from trainoffice.projects import Project
from ui.certificate_settings import CertificateSection, ContactSection
from ui.mainwindow import MainWindow
from ui.pages.settings import SettingsPage
from ui.widgets import WARNING_STYLE

pytestmark = pytest.mark.usefixtures("message_boxes")


@pytest.fixture
def page(office, qtbot) -> SettingsPage:
    main = MainWindow(office)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    main.page_actions[6].trigger()
    current = main.current_page()
    assert isinstance(current, SettingsPage)
    return current


@pytest.fixture
def section(page) -> CertificateSection:
    found = next(s for s in page.sections if isinstance(s, CertificateSection))
    found.preview.resize(640, 460)
    return found


def texts(section: CertificateSection) -> list[TextItem]:
    page = section.preview.page
    return [item for item in page.background + page.content if isinstance(item, TextItem)]


def title(section: CertificateSection) -> TextItem:
    return next(t for t in texts(section) if t.text == "结业证书")


def test_changing_a_font_size_repaints_the_preview_and_saves(page, section, office, qtbot):
    assert section.preview.page is not None and title(section).size == 46
    before = section.preview.grab().toImage()
    section.spins["title_size"].setValue(60)
    assert section.layout_value().title_size == 60 and title(section).size == 60
    assert section.preview.grab().toImage() != before
    section.spins["body_left"].setValue(50)
    name_line = next(t for t in texts(section) if "同志" in t.text)
    assert name_line.x == pytest.approx(50 * 72 / 25.4)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    saved = office.certificates.layout()
    assert (saved.title_size, saved.body_left) == (60, 50)


def test_portrait_starts_from_the_portrait_design(section):
    section.orientation.setCurrentIndex(1)
    layout = section.layout_value()
    assert layout.portrait and section.spins["title_top"].value() == 72
    assert section.preview.page.width < section.preview.page.height
    rect = section.preview.page_rect()
    assert rect.width() < rect.height()
    section.reset_layout()
    assert section.layout_value().portrait


def _sfnt(version: bytes, tags: list[bytes]) -> bytes:
    head = version + struct.pack(">HHHH", len(tags), 0, 0, 0)
    return head + b"".join(tag + b"\0" * 12 for tag in tags)


def test_cff_fonts_and_non_fonts_are_refused_with_the_reason(page, section, office, tmp_path, qtbot):
    assert "嵌入 PDF" in section.font_status.text()  # the machine's WenQuanYi is found and embedded
    noto = tmp_path / "NotoSansCJKsc-Regular.otf"
    noto.write_bytes(_sfnt(b"OTTO", [b"CFF ", b"cmap", b"head"]))
    assert not section.set_font_file(str(noto))
    assert "CFF" in section.font_message.text() and "simsun.ttc" in section.font_message.text()
    assert section.font_path.text() == ""  # the previous choice stays
    readme = tmp_path / "readme.ttf"
    readme.write_text("not a font")
    assert not section.set_font_file(str(readme))
    assert "不是" in section.font_message.text() and section.font_message.isVisible()
    section.issuer.setText("安仁县教师发展中心")  # review r: the refused font was not taken, so 设置 still saves
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert office.settings.get("certificate_issuer") == "安仁县教师发展中心" and office.settings.get("pdf_font_path") == ""
    font, _ = section.print_font()
    assert section.set_font_file(font.path)
    assert not section.font_message.isVisible() and section.font_path.text() == font.path
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert office.settings.get("pdf_font_path") == font.path


def test_the_fallback_font_is_shown_with_its_warning(section, office, monkeypatch):
    from trainoffice import pdf

    monkeypatch.setattr(pdf, "font_dirs", lambda: [])  # a PC without any Chinese TrueType font
    section.refresh_preview()
    assert "STSong-Light" in section.font_status.text() and "没有嵌入" in section.font_status.text()


def test_the_fallback_for_a_font_gone_from_this_pc_is_named_on_the_settings_page(page, section, office, tmp_path):
    """A database brought from another PC names a font file that is not here: printing uses one found on this
    PC, and 设置 says so beside the font, in the warning colour."""
    office.settings.set("pdf_font_path", str(tmp_path / "旧电脑" / "simsun.ttc"))
    page.load()
    status = section.font_status.text()
    found, _ = find_cjk_font()
    assert f"正在使用：{found.family}（{found.path}），嵌入 PDF。" in status
    assert f"字体文件 {tmp_path / '旧电脑' / 'simsun.ttc'} 不存在" in status
    assert f"现改用本机的 {found.family}（{found.path}）" in status
    assert section.font_status.styleSheet() == WARNING_STYLE
    section.set_font_file("")  # 自动: the note goes
    assert "不能使用" not in section.font_status.text() and section.font_status.styleSheet() != WARNING_STYLE


def test_choosing_replacing_and_removing_the_seal(page, section, office, tmp_path, qtbot, monkeypatch):
    assert section.seal_file.text() == "" and section.seal_file.placeholderText() == "未设置公章：证书上不印公章"
    assert section.seal_button.text() == "选择…" and not section.seal_remove.isEnabled()
    first = make_seal(tmp_path / "县局公章.png")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(first), ""))
    qtbot.mouseClick(section.seal_button, Qt.MouseButton.LeftButton)
    assert section.seal_file.text() == "县局公章.png（保存设置后存入数据库）"
    assert section.preview.page.overlay[0].image == first.read_bytes()
    assert section in page.changed_sections() and office.certificates.seal() is None  # not before 保存
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    stored = office.certificates.seal()
    assert stored.image == first.read_bytes() and stored.file_name == "县局公章.png"
    assert section.seal_file.text() == f"县局公章.png（{stored.stored_at[:16]} 存入数据库）"
    assert section.seal_button.text() == "更换…" and section.seal_remove.isEnabled()
    assert not page.changed_sections()
    first.unlink()  # the file can go: the database has the picture
    page.load()
    assert section.preview.page.overlay[0].image == stored.image

    second = make_seal(tmp_path / "新公章.png", text="测试县教师发展中心")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(second), ""))
    qtbot.mouseClick(section.seal_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert office.certificates.seal().image == second.read_bytes()
    assert section.seal_file.text().startswith("新公章.png（")

    qtbot.mouseClick(section.seal_remove, Qt.MouseButton.LeftButton)
    assert section.preview.page.overlay == () and section.seal_file.text() == ""
    assert office.certificates.seal() is not None  # until 保存
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert office.certificates.seal() is None and not section.seal_remove.isEnabled()
    assert section.seal_button.text() == "选择…"


def test_a_seal_too_big_is_refused_and_the_seal_kept(page, section, office, tmp_path, qtbot):
    kept = make_seal(tmp_path / "公章.png")
    assert section.set_seal_file(str(kept))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    scan = tmp_path / "整页扫描.png"
    Image.new("L", (6000, 8000), 255).save(scan)
    assert not section.set_seal_file(str(scan))
    assert section.seal_message.is_error and section.seal_message.isVisible()
    assert "整页扫描.png 有 6000×8000 像素，太大" in section.seal_message.text()
    assert section.seal_file.text().startswith("公章.png（") and not page.changed_sections()
    assert office.certificates.seal().image == kept.read_bytes()


def test_a_seal_file_gone_when_upgrading_shows_no_seal(tmp_path, qtbot, monkeypatch):
    """A database whose seal was a path to a file no longer there opens, and 设置 says no seal is set."""
    from trainoffice import db as dbmod

    path = tmp_path / "old.sqlite3"
    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", 5)
    with Office(path) as old:
        old.set_identity(office_name="测试县教育局教师培训股", county_name="测试县", county_code="431028")
        old.database.conn.execute("INSERT INTO settings (key, value) VALUES ('certificate_seal_path', ?)",
                                  (json.dumps(str(tmp_path / "拔掉的U盘" / "公章.png")),))
    monkeypatch.undo()
    with Office(path) as office:
        main = MainWindow(office)
        qtbot.addWidget(main)
        main.show()
        main.page_actions[6].trigger()
        section = next(s for s in main.current_page().sections if isinstance(s, CertificateSection))
        assert section.seal_file.text() == "" and section.seal_file.placeholderText() == "未设置公章：证书上不印公章"
        assert section.preview.page is not None and section.preview.page.overlay == ()
        main.close()


def test_the_seal_keeps_its_transparency_in_the_preview(page, section, office, tmp_path, qtbot):
    seal = tmp_path / "公章.png"
    make_seal(seal)
    without = section.preview.grab().toImage()
    assert section.set_seal_file(str(seal))
    images = [item for item in section.preview.page.overlay if isinstance(item, ImageItem)]
    assert [i.image for i in images] == [seal.read_bytes()]
    with_seal = section.preview.grab().toImage()
    assert with_seal != without
    # The issuer's name under the seal still shows: the seal's transparent parts let it through.
    box = section.preview.page_rect()
    scale = box.width() / section.preview.page.width
    seal_item = images[0]
    corner_x = int(box.x() + (seal_item.x + 2) * scale)
    corner_y = int(box.y() + (section.preview.page.height - seal_item.y - seal_item.h + 2) * scale)
    assert with_seal.pixelColor(corner_x, corner_y).name() == "#ffffff"  # a transparent corner shows the paper
    broken = tmp_path / "坏.png"
    broken.write_text("not a picture")
    assert not section.set_seal_file(str(broken))
    assert "无法读取" in section.seal_message.text() and section.seal_file.text().startswith("公章.png（")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert office.certificates.seal().image == seal.read_bytes()


def test_a_seal_without_a_transparent_background_is_taken_with_a_warning(page, section, office, tmp_path, qtbot):
    seal = tmp_path / "公章.png"
    make_seal(seal)
    assert section.set_seal_file(str(seal)) and not section.seal_message.isVisible()
    scanned = tmp_path / "扫描公章.jpg"  # what a scanner gives: the seal on white paper
    with Image.open(seal) as picture:
        Image.alpha_composite(Image.new("RGBA", picture.size, "white"), picture.convert("RGBA")).convert(
            "RGB").save(scanned)
    assert section.set_seal_file(str(scanned))  # kept: the clerk may have nothing better
    warning = "公章图片 扫描公章.jpg 没有透明背景：印在证书上会盖住发证单位名称和日期。请改用透明背景的 PNG 图片"
    assert section.seal_file.text().startswith("扫描公章.jpg（") and not section.seal_message.is_error
    assert section.seal_message.isVisible() and section.seal_message.text().startswith(warning)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert office.certificates.seal().image == scanned.read_bytes()
    section.load(office.settings.all())  # 设置 opened again: still said where the seal is previewed
    assert section.seal_message.text().startswith(warning)


def test_issuer_and_masking_show_in_the_preview(section):
    section.issuer.setText("测试县教师发展中心")
    assert any(t.text == "测试县教师发展中心" for t in texts(section))
    section.mask.setChecked(True)
    assert any(mask("11010519491231002X") in t.text for t in texts(section))


def test_a_number_pattern_shows_an_example_or_is_refused(page, section, office, qtbot):
    assert "示例：" in section.pattern_message.text() and "431028" in section.pattern_message.text()
    section.pattern.setText("{year}-{project}")
    assert section.pattern_message.is_error and "seq" in section.pattern_message.text()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == "有设置需要更正，未保存。"
    assert office.settings.get("certificate_number_pattern") == "{county}-{project}-{seq:04}"
    section.pattern.setText("ZS{year}-{seq:05}")
    assert not section.pattern_message.is_error and "ZS" in section.pattern_message.text()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert office.settings.get("certificate_number_pattern") == "ZS{year}-{seq:05}"


def test_the_preview_numbers_the_sample_as_the_next_project_will_be(page, section, office):
    year = dt.date.today().year
    first = f"431028-{year}-01-0001"  # a new office's first project is {year}-01, as 新建项目 proposes
    assert section.pattern_message.text() == f"示例：{first}（下一个项目 {year}-01 的第一本）"
    assert any(t.text.endswith(first) for t in texts(section))
    office.projects.create(Project(code=f"{year}-01", name="班主任培训班", year=year))
    section.pattern.setText("ZS{project}-{seq:03}")  # the preview follows the pattern as it is typed
    assert section.pattern_message.text() == f"示例：ZS{year}-02-001（下一个项目 {year}-02 的第一本）"
    assert any(t.text.endswith(f"ZS{year}-02-001") for t in texts(section))


def test_the_packet_contact_is_saved(page, office, qtbot):
    contact = next(s for s in page.sections if isinstance(s, ContactSection))
    contact.person.setText("王老师")
    contact.phone.setText("0735-1234567")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert (office.settings.get("contact_person"), office.settings.get("contact_phone")) == ("王老师", "0735-1234567")
