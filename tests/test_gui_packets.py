"""The 提交包 page: a packet made into a folder and verified, the history, verification of a changed copy,
a read-only destination that leaves nothing, and the office key for the city centre."""

from __future__ import annotations

import builtins
import datetime as dt
import errno
import io
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from training_data import build_project

from trainoffice.packet import verify_packet
from trainoffice.signing import parse_public_key
from ui.mainwindow import MainWindow
from ui.pages.packets import PacketsPage


@pytest.fixture
def built(office):
    project = build_project(office, trainees=8)
    office.certificates.issue(project_id=project.project_id)
    return project


@pytest.fixture
def page(office, built, qtbot, message_boxes) -> PacketsPage:
    main = MainWindow(office)
    qtbot.addWidget(main)
    main.show()
    main.page_actions[5].trigger()
    current = main.current_page()
    assert isinstance(current, PacketsPage)
    return current


def generate(page: PacketsPage, qtbot, folder: Path) -> None:
    page.folder.setText(str(folder))
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.ops.busy, timeout=30_000)


def test_a_packet_is_made_verified_listed_and_its_folder_remembered(page, office, built, qtbot, tmp_path,
                                                                   message_boxes, qtmodeltester):
    assert page.model.rowCount() == 0
    folder = tmp_path / "U盘"
    folder.mkdir()
    assert page.project_combo.currentData() == built.project_id and page.project_scope.isChecked()
    generate(page, qtbot, folder)
    packets = list(folder.glob("*.zip"))
    assert len(packets) == 1 and verify_packet(packets[0], public_key=office.signer.public_key).ok
    text = page.result_label.text()
    assert "已生成并核验通过" in text and packets[0].name in text and office.signer.fingerprint in text
    assert "证书 5 本" in text and "名单 8 人次" in text
    assert page.model.rowCount() == 1
    assert page.model.index(0, 2).data() == packets[0].name and page.model.index(0, 3).data() == str(folder)
    assert page.model.index(0, 1).data() == built.name
    assert office.settings.get("packet_folder") == str(folder)
    assert "指纹：" + office.signer.fingerprint == page.key_label.text()
    qtmodeltester.check(page.model)
    message_boxes.shown.clear()
    page.table.selectRow(0)
    assert page.open_folder_button.isEnabled()
    page.verify_file(packets[0])
    qtbot.waitUntil(lambda: not page.ops.busy, timeout=30_000)
    assert "全部通过" in message_boxes.last and "Ed25519 签名" in message_boxes.last


def test_a_year_packet(page, office, built, qtbot, tmp_path):
    page.year_scope.setChecked(True)
    assert page.scope() == {"year": 2025}
    generate(page, qtbot, tmp_path)
    assert page.model.index(0, 1).data() == "2025年度"
    assert "年度" in next(tmp_path.glob("*.zip")).name


def test_full_numbers_are_chosen_for_one_packet(page, office, built, qtbot, tmp_path):
    import io
    import zipfile

    import openpyxl

    assert page.full_numbers.isEnabled() and not page.full_numbers.isChecked()  # masked by default
    page.full_numbers.setChecked(True)
    generate(page, qtbot, tmp_path)
    assert not page.full_numbers.isChecked()  # the next packet starts masked again
    with zipfile.ZipFile(next(tmp_path.glob("*.zip"))) as zf:
        workbook = next(n for n in zf.namelist() if n.endswith("汇总表.xlsx"))
        sheet = openpyxl.load_workbook(io.BytesIO(zf.read(workbook)))["参培学员名单汇总表"]
    numbers = {row[7] for row in sheet.iter_rows(min_row=4, values_only=True)}
    assert numbers and not any("*" in n for n in numbers)


def test_a_changed_packet_fails_verification_with_its_problems(page, office, qtbot, tmp_path, message_boxes):
    generate(page, qtbot, tmp_path)
    good = next(tmp_path.glob("*.zip"))
    bad = tmp_path / "改过的.zip"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.endswith("data/certificates.json"):
                data = data.replace(b'"hours": 12', b'"hours": 99', 1)
            dst.writestr(info.filename, data)
    page.verify_file(bad)
    qtbot.waitUntil(lambda: not page.ops.busy, timeout=30_000)
    assert "核验未通过" in message_boxes.last and "SHA-256 不符：data/certificates.json" in message_boxes.last


def test_an_existing_name_is_refused_with_the_message(page, office, qtbot, tmp_path, message_boxes):
    generate(page, qtbot, tmp_path)
    content = next(tmp_path.glob("*.zip")).read_bytes()
    generate(page, qtbot, tmp_path)
    assert "提交包没有生成" in message_boxes.last and "已存在" in message_boxes.last
    assert next(tmp_path.glob("*.zip")).read_bytes() == content and page.model.rowCount() == 1
    assert "✘" in page.result_label.text()


def test_a_read_only_destination_shows_the_message_and_leaves_nothing(page, office, qtbot, tmp_path, monkeypatch,
                                                                    message_boxes):
    folder = tmp_path / "只读U盘"
    folder.mkdir()
    real_open = builtins.open

    def read_only(file, mode="r", *args, **kwargs):  # the drive refuses every write, as a locked stick does
        if isinstance(file, (str, Path)) and Path(file).parent == folder and any(m in mode for m in "wax+"):
            raise PermissionError(errno.EACCES, "Permission denied", str(file))
        return real_open(file, mode, *args, **kwargs)

    with monkeypatch.context() as patched:  # undo only these: undo() would also drop the fixtures' HOME
        patched.setattr(builtins, "open", read_only)
        patched.setattr(io, "open", read_only)
        generate(page, qtbot, folder)
    assert "提交包没有生成" in message_boxes.last and "没有权限" in message_boxes.last
    assert "没有留下任何文件" in message_boxes.last
    assert list(folder.iterdir()) == [] and office.packets.history() == [] and page.model.rowCount() == 0
    assert office.settings.get("packet_folder") == ""


def test_no_folder_chosen_is_said_inline(page, qtbot):
    page.folder.clear()
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    assert not page.ops.busy and "请选择" in page.folder_message.text()


def test_the_public_key_is_copied_and_exported_for_the_city_centre(office, qtbot, tmp_path):
    main = MainWindow(office)  # a new database: no certificate signed yet, so no key
    qtbot.addWidget(main)
    main.page_actions[5].trigger()
    page = main.current_page()
    assert "尚未生成" in page.key_label.text() and not office.signer.exists()
    page.copy_public_key()
    copied = QGuiApplication.clipboard().text()
    assert "public_key:" in copied and office.signer.fingerprint in copied
    assert parse_public_key(copied.split("public_key:")[1].splitlines()[0]) == office.signer.public_key
    assert office.signer.fingerprint in page.key_label.text()  # the key now exists and is shown
    out = tmp_path / "公钥.txt"
    page.save_public_key(out)
    assert parse_public_key(str(out)) == office.signer.public_key
    saved = out.read_text(encoding="utf-8")  # whose key it is, for a city centre holding every county's
    assert "# 单位：测试县教育局教师培训股\n# 县区：测试县（县区代码 431028）\n" in saved


def test_a_packet_without_the_certificates_says_so(page, office, qtbot, tmp_path, message_boxes):
    other = build_project(office, code="2025-002", name="2025年测试县新教师岗前培训", trainees=5, fail=0, incomplete=0,
                          withdrawn=0, teacher_offset=8)
    page.ops.announce("projects")
    page.project_combo.setCurrentIndex(page.project_combo.findData(other.project_id))
    generate(page, qtbot, tmp_path)
    text = page.result_label.text()
    assert "已生成并核验通过" in text and "5 名合格学员尚未发证" in text
    assert "8a5a00" in page.result_label.styleSheet()  # a warning, not a plain green success
    assert "5 名合格学员尚未发证" in message_boxes.last


def test_the_page_starts_on_a_finished_project_and_a_planned_one_is_refused(office, built, qtbot, tmp_path,
                                                                             message_boxes):
    from trainoffice.projects import Project

    planned = office.projects.create(Project(code="2027-01", name="2027年测试县新教师培训", year=2027, days_local=2))
    main = MainWindow(office)
    qtbot.addWidget(main)
    main.show()
    main.page_actions[5].trigger()
    page = main.current_page()
    assert page.project_combo.itemData(0) == planned  # newest year first in the list
    assert page.project_combo.currentData() == built.project_id and page.year_combo.currentData() == 2025
    page.project_combo.setCurrentIndex(0)
    generate(page, qtbot, tmp_path)
    assert "提交包没有生成" in message_boxes.last and "还在计划中（未开班）" in message_boxes.last
    assert "✘" in page.result_label.text() and list(tmp_path.glob("*.zip")) == []
    page.year_combo.setCurrentIndex(page.year_combo.findData(2027))
    page.year_scope.setChecked(True)
    generate(page, qtbot, tmp_path)
    assert "2027 年的 1 个培训项目都还没有结业（计划 1 个）" in message_boxes.last and office.packets.history() == []


def test_the_year_starts_on_one_with_finished_training_and_its_packet_names_what_it_leaves_out(
        office, built, qtbot, tmp_path, message_boxes):
    """Review j: on 2027-03-15 the year choice started on 2027, still under way; a year packet made before the
    year's end said nothing of the courses it could not hold."""
    from trainoffice.projects import Project

    build_project(office, code="2026-01", name="2026年测试县班主任培训", year=2026, status="开班", trainees=3,
                  fail=0, incomplete=0, withdrawn=0, teacher_offset=8, start=dt.date(2026, 3, 10))
    office.projects.create(Project(code="2025-002", name="2025年测试县幼儿教师培训", year=2025, days_local=3))
    main = MainWindow(office)
    qtbot.addWidget(main)
    main.show()
    main.page_actions[5].trigger()
    page = main.current_page()
    assert page.year_combo.itemData(0) == 2026 and page.year_combo.currentData() == 2025
    assert "该年已结业的项目" in page.year_scope.text()
    page.year_scope.setChecked(True)
    generate(page, qtbot, tmp_path)
    text = page.result_label.text()
    assert "已生成并核验通过" in text and "年度包只含 2025 年已结业的 1 个项目。未纳入：2025-002（计划）" in text
    assert "8a5a00" in page.result_label.styleSheet() and "未纳入：2025-002（计划）" in message_boxes.last
