"""The 证书 page: issuing to passers only, printing (PDF and the system printer's page painting), revoking,
verifying a scanned QR; every file read back by an independent reader."""

from __future__ import annotations

import pytest
from pdfcheck import page_count, text_of
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog
from training_data import build_project, make_seal

from conftest import make_corrected_course
from trainoffice.certificates import read_seal
from trainoffice.idnumber import mask
from trainoffice.office import Office
from ui.certificate_render import print_pages, render_image
from ui.mainwindow import MainWindow
from ui.pages.certificates import CertificatesPage


@pytest.fixture
def finished(office):
    return build_project(office, trainees=9, fail=1, incomplete=1, withdrawn=1, excellent=2,
                         stages=(("集中培训", 72),))


@pytest.fixture
def window(office, finished, qtbot, message_boxes):
    main = MainWindow(office)
    qtbot.addWidget(main)
    main.show()
    main.page_actions[4].trigger()
    return main


@pytest.fixture
def page(window) -> CertificatesPage:
    current = window.current_page()
    assert isinstance(current, CertificatesPage)
    return current


@pytest.fixture
def issued(office, finished):
    office.certificates.issue(project_id=finished.project_id)
    return office.certificates.find(project_ids=[finished.project_id])


def names(page: CertificatesPage) -> set[str]:
    return {page.model.certificate(row).name for row in range(page.model.rowCount())}


def cell(page: CertificatesPage, row: int, column: int) -> str:
    return page.proxy.index(row, column).data()


def select_rows(page: CertificatesPage, rows: list[int]) -> None:
    page.table.clearSelection()
    for row in rows:
        page.table.selectionModel().select(
            page.proxy.index(row, 0), page.table.selectionModel().SelectionFlag.Select
            | page.table.selectionModel().SelectionFlag.Rows)


def passer_names(office: Office, finished) -> set[str]:
    conn = office.database.conn
    return {conn.execute("SELECT t.name FROM enrollments e JOIN teachers t ON t.id = e.teacher_id WHERE e.id = ?",
                         (e,)).fetchone()[0] for e in finished.passed}


def test_issuing_lists_only_the_trainees_who_passed(page, office, finished, qtbot, message_boxes, qtmodeltester):
    assert page.project_combo.currentData() == finished.project_id
    assert page.model.rowCount() == 0 and "还没有发放证书" in page.empty.text()
    assert not page.print_button.isEnabled() and page.issue_button.isEnabled()
    qtbot.mouseClick(page.issue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.ops.busy, timeout=10_000)
    assert names(page) == passer_names(office, finished) and page.model.rowCount() == len(finished.passed)
    assert "新发证书 6 本" in message_boxes.last and "未发 2 人" in message_boxes.last
    assert "考核不合格" in message_boxes.last and "考核结果未录入齐全" in message_boxes.last
    assert "有效证书 6 本" in page.summary.text() and "合格 6 人" in page.summary.text()
    cert = page.model.certificate(0)
    assert cell(page, 0, 0) == cert.number and cell(page, 0, 2) == mask(cert.id_number)  # lists mask IDs
    assert cell(page, 0, 4) == "72" and cell(page, 0, 7) == "有效" and cell(page, 0, 8) == "0"
    qtmodeltester.check(page.model)
    qtbot.mouseClick(page.issue_button, Qt.MouseButton.LeftButton)  # again: nobody gets a second one
    qtbot.waitUntil(lambda: not page.ops.busy, timeout=10_000)
    assert "新发证书 0 本，已有证书 6 人" in message_boxes.last and page.model.rowCount() == 6


def test_search_filters_the_register(page, issued):
    page.reload()
    page.search.setText(issued[2].name)
    assert page.proxy.rowCount() >= 1 and all(cell(page, r, 1) == issued[2].name for r in range(page.proxy.rowCount()))
    page.search.setText(issued[3].number)
    assert page.proxy.rowCount() == 1


def test_printing_the_selection_to_one_pdf_reads_back_and_counts_the_prints(page, office, issued, qtbot,
                                                                          message_boxes, tmp_path):
    page.reload()
    select_rows(page, [1, 3])
    dialog = page.print_certificates()
    assert dialog.selection.isChecked() and dialog.merged.isChecked()
    out = tmp_path / "证书.pdf"
    dialog.target.setText(str(out))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.ops.busy, timeout=10_000)
    chosen = [page.model.certificate(page.proxy.mapToSource(page.proxy.index(r, 0)).row()) for r in (1, 3)]
    assert page_count(out) == 2
    pages = text_of(out)
    for cert, text in zip(chosen, pages, strict=True):
        assert cert.name in text and cert.number in text
    assert "已生成 2 本证书" in message_boxes.last
    assert [cell(page, r, 8) for r in range(4)] == ["0", "1", "0", "1"]  # the prints column follows


def test_the_whole_project_one_file_per_person(page, issued, qtbot, tmp_path):
    page.reload()
    dialog = page.print_certificates()
    assert dialog.whole.isChecked()
    dialog.per_person.setChecked(True)
    folder = tmp_path / "证书"
    dialog.target.setText(str(folder))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.ops.busy, timeout=10_000)
    files = sorted(folder.glob("*.pdf"))
    assert len(files) == len(issued)
    for cert in issued:
        match = [f for f in files if f.name.startswith(cert.number)]
        assert len(match) == 1 and cert.name in text_of(match[0])[0]


def test_a_print_folder_that_does_not_exist_is_refused_in_the_dialog(page, issued, qtbot, tmp_path):
    page.reload()
    dialog = page.print_certificates()
    dialog.target.setText(str(tmp_path / "拔出的U盘" / "证书.pdf"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "不存在" in dialog.message.text() and not page.ops.busy


def test_the_font_warning_is_shown_when_the_chosen_font_cannot_be_used(page, office, issued, qtbot, message_boxes,
                                                                     tmp_path):
    office.settings.set("pdf_font_path", str(tmp_path / "gone.ttf"))
    page.hide()  # the font is chosen on 设置; the warning is there when the user comes back
    page.show()
    assert page.print_warning.isVisible() and "设置中的字体不能使用" in page.print_warning.text()
    dialog = page.print_certificates()
    dialog.target.setText(str(tmp_path / "c.pdf"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.ops.busy, timeout=10_000)
    assert "设置中的字体不能使用" in message_boxes.last  # with the result, not only on the page


def test_the_page_says_when_certificates_will_print_without_a_seal(page, office, issued, tmp_path):
    page.hide()
    page.show()
    assert page.print_warning.isVisible() and "未设置公章" in page.print_warning.text()
    office.certificates.set_seal(read_seal(make_seal(tmp_path / "seal.png")))
    page.hide()  # the seal is chosen on 设置
    page.show()
    assert not page.print_warning.isVisible()


def test_revoking_keeps_the_number_and_shows_it_as_revoked(page, office, issued, qtbot):
    page.reload()
    select_rows(page, [0])
    cert = page.selected_certificates()[0]
    dialog = page.revoke_selected()
    assert not dialog.ok_button.isEnabled()  # a reason is required
    dialog.reason.setEditText("姓名有误，重新发证")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    row = page.model.row_of(cert.id)
    assert page.model.certificate(row).number == cert.number
    assert page.model.index(row, 7).data() == "已作废"
    assert "姓名有误" in page.model.index(row, 7).data(Qt.ItemDataRole.ToolTipRole)
    assert office.certificates.get(cert.id).revoked and "作废 1 本" in page.summary.text()
    select_rows(page, [page.proxy.mapFromSource(page.model.index(row, 0)).row()])
    assert not page.revoke_button.isEnabled()


def test_the_verify_dialog_says_valid_for_a_real_code_and_invalid_for_a_changed_one(page, office, issued, tmp_path):
    page.reload()
    dialog = page.open_verify()
    assert dialog.own_key.isChecked() and "等待" in dialog.verdict.text()
    cert = issued[0]
    dialog.text.setPlainText(cert.signed_text)
    assert dialog.valid and "签名有效" in dialog.verdict.text()
    assert dialog.fields["name"].text() == cert.name and dialog.fields["number"].text() == cert.number
    assert dialog.fields["hours"].text() == "72" and dialog.fields["register"].text() == "有效"
    dialog.text.setPlainText(cert.signed_text.replace("|72|", "|80|"))
    assert not dialog.valid and "无效" in dialog.verdict.text() and "签名不符" in dialog.verdict.text()
    dialog.text.setPlainText("https://example.com/not-a-certificate")
    assert not dialog.valid and "格式不对" in dialog.verdict.text()
    with Office(tmp_path / "other.sqlite3") as other:  # the city centre checks with this office's public key
        their_key = other.signer.public_key_text
    dialog.text.setPlainText(cert.signed_text)
    dialog.key_text.setText(their_key)
    assert dialog.other_key.isChecked() and not dialog.valid
    dialog.key_text.setText(office.signer.public_key_text)
    assert dialog.valid
    dialog.key_text.setText("不是公钥")
    assert not dialog.valid and "公钥格式不对" in dialog.verdict.text()
    office.certificates.revoke(cert.id, reason="重复发证")
    dialog.own_key.setChecked(True)
    dialog.check()
    assert not dialog.valid and "已作废" in dialog.fields["register"].text()  # signed, but revoked in the register
    assert "证书已作废" in dialog.verdict.text() and "重复发证" in dialog.verdict.text()
    dialog.key_text.setText(office.signer.public_key_text)  # another reader's check: the signature alone
    assert dialog.valid and dialog.fields["register"].text() == ""


def test_direct_printing_paints_the_same_pages_into_a_printer(office, issued, qapp, tmp_path):
    """What the print preview and the system printer receive: painted into a PDF printer and read back."""
    batch = office.certificates.print_batch(certificate_ids=[c.id for c in issued[:3]])
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "direct.pdf"
    printer.setOutputFileName(str(out))
    assert print_pages(printer, map(batch.page, batch.certificates), batch.font) == 3
    assert page_count(out) == 3
    for cert, text in zip(issued[:3], text_of(out), strict=True):
        assert cert.number in text and cert.name in text.replace(" ", "")
    picture = render_image(batch.page(issued[0]), batch.font, 800)
    assert picture.width() == 800 and round(picture.height()) == round(800 * 595.27 / 841.89)
    blank = picture.copy()
    blank.fill(Qt.GlobalColor.white)
    assert picture != blank


def test_direct_print_logs_the_prints_only_when_printed(page, office, issued, qtbot):
    page.reload()
    select_rows(page, [0])
    dialog = page.print_directly()
    assert isinstance(dialog, QPrintPreviewDialog)
    dialog.done(QDialog.DialogCode.Rejected)  # closed without printing
    assert office.certificates.get(issued[0].id).prints == 0
    dialog = page.print_directly()
    dialog.done(QDialog.DialogCode.Accepted)  # the preview accepts once the pages went to the printer
    assert office.certificates.get(issued[0].id).prints == 1 and cell(page, 0, 8) == "1"


def test_the_print_preview_paints_the_pages(page, issued, qtbot):
    """The preview paints on its printer after print_directly returns: the printer must outlive the call."""
    page.reload()
    select_rows(page, [0])
    dialog = page.print_directly()
    qtbot.waitExposed(dialog)
    qtbot.wait(300)  # the preview lays out and paints its pages here
    assert not dialog.grab().isNull()
    screen = dialog.screen().availableGeometry()
    assert dialog.height() <= screen.height() and dialog.width() <= screen.width()
    dialog.done(QDialog.DialogCode.Rejected)


def test_the_register_exports_to_excel(page, office, issued, qtbot, monkeypatch, tmp_path):
    import openpyxl
    from PySide6.QtWidgets import QFileDialog

    page.reload()
    out = tmp_path / "登记表.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(out), ""))
    page.export_list()
    qtbot.waitUntil(lambda: not page.ops.busy, timeout=10_000)
    ws = openpyxl.load_workbook(out).active
    numbers = [row[1] for row in ws.iter_rows(min_row=4, values_only=True) if row[1]]
    assert numbers == [c.number for c in issued]


def test_a_project_still_running_is_not_listed(office, qtbot, message_boxes):
    build_project(office, code="2025-009", name="2025年测试县正在进行的培训", status="开班", teacher_offset=20)
    main = MainWindow(office)
    qtbot.addWidget(main)
    main.page_actions[4].trigger()
    page = main.current_page()
    assert page.project_combo.count() == 0 and "还没有已结业的项目" in page.empty.text()
    assert not page.issue_button.isEnabled()


@pytest.fixture
def corrected_page(office, qtbot, message_boxes) -> tuple[CertificatesPage, int, dict]:
    """The 证书 page on 2026-07 closed again after a correction, the clerk having chosen 稍后处理."""
    pid, before = make_corrected_course(office)
    office.projects.close(pid)
    main = MainWindow(office)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    main.page_actions[4].trigger()
    page = main.current_page()
    page.select_project(pid)
    return page, pid, before


def status_of(page: CertificatesPage, name: str) -> str:
    row = next(r for r in range(page.model.rowCount()) if page.model.certificate(r).name == name)
    return page.model.index(row, 7).data()


def test_outdated_certificates_are_named_and_never_shown_or_printed_as_valid(corrected_page, qtbot, tmp_path,
                                                                            message_boxes):
    page, pid, before = corrected_page
    assert [status_of(page, n) for n in ("李强", "王芳", "张敏")] == ["不符，待重发", "有效", "不符，待重发"]
    assert "有效证书 1 本" in page.summary.text() and "不符待重发 2 本" in page.summary.text()
    banner = page.outdated_warning.text()
    assert page.outdated_box.isVisible() and page.reissue_button.isEnabled()
    assert "李强（学时由 12 改为 6）" in banner and "张敏（考核结果由合格改为不合格）" in banner and "作废并重发" in banner

    dialog = page.print_certificates()
    assert dialog.whole.text() == "本项目全部有效证书（1 本）"
    dialog.target.setText(str(tmp_path / "证书.pdf"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.ops.busy, timeout=10_000)
    assert page_count(tmp_path / "证书.pdf") == 1 and "王芳" in text_of(tmp_path / "证书.pdf")[0]
    assert "已生成 1 本证书" in message_boxes.last and "这些证书没有打印" in message_boxes.last
    assert "李强" in message_boxes.last

    select_rows(page, [next(r for r in range(page.proxy.rowCount()) if cell(page, r, 1) == "张敏")])
    assert page.print_batch() is None and "不能打印" in message_boxes.last and "张敏" in message_boxes.last


def test_reissue_from_the_page_settles_them(corrected_page, office, qtbot, message_boxes):
    page, pid, before = corrected_page
    dialog = page.reissue_outdated()
    assert [dialog.model.index(r, 1).data() for r in range(dialog.model.rowCount())] == ["李强", "张敏"]
    assert dialog.model.index(0, 4).data() == "更正后学时由 12 改为 6"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.ops.busy, timeout=10_000)
    assert "已作废 2 本证书，重发 1 本" in message_boxes.last and "李强：证书" in message_boxes.last
    assert not page.outdated_box.isVisible() and "作废 2 本" in page.summary.text()
    statuses = [(page.model.certificate(r).name, page.model.index(r, 7).data()) for r in range(page.model.rowCount())]
    assert sorted(statuses) == [("张敏", "已作废"), ("李强", "已作废"), ("李强", "有效"), ("王芳", "有效")]
    assert office.certificates.outdated(pid) == []
    new = [c for c in office.certificates.find(project_ids=[pid]) if c.name == "李强" and not c.revoked]
    assert len(new) == 1 and new[0].hours == 6 and new[0].number != before["李强"].number


def test_an_attendance_correction_on_the_closed_project_shows_at_once(corrected_page, office):
    from trainoffice.attendance import Mark

    page, pid, before = corrected_page
    session = office.sessions.sessions(pid)[0]
    office.attendance.set_marks(pid, [Mark(before["王芳"].enrollment_id, session.id, "缺勤")])  # 12 → 9 学时
    page.ops.announce("attendance", "ledger")  # as the attendance grid announces a correction
    assert status_of(page, "王芳") == "不符，待重发" and "王芳（学时由 12 改为 9）" in page.outdated_warning.text()
