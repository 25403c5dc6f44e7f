"""结业证书: who gets one, numbering, revoking, the signed QR, the printed PDF and the register."""

from __future__ import annotations

import random
import sqlite3

import openpyxl
import pytest
from pdfcheck import (
    fonts_of,
    have_poppler,
    have_zbar,
    images_of,
    page_count,
    render_png,
    same_picture,
    text_of,
    zbar_decode,
)
from PIL import Image
from training_data import build_project, make_seal, record_packet

from conftest import make_corrected_course
from trainoffice.certificates import (
    CertificateError,
    CertificateLayout,
    ImageItem,
    QrItem,
    Seal,
    default_layout,
    qr_modules,
    qr_rectangles,
    read_seal,
    seal_warning,
    verify_text,
)
from trainoffice.cli import main
from trainoffice.errors import ValidationError
from trainoffice.idnumber import mask
from trainoffice.office import Office
from trainoffice.signing import fingerprint, key_file_text, parse_public_key

NO_SEAL = "未设置公章：证书上不印公章。如需盖章，请在“设置”→“证书版式与打印”中选择公章图片。"


@pytest.fixture
def finished(office):
    return build_project(office, trainees=9, fail=1, incomplete=1, withdrawn=1, excellent=2,
                         stages=(("集中培训", 72),))


def test_only_trainees_who_passed_every_stage_get_a_certificate(office):
    built = build_project(office, stages=(("第一阶段 集中研修", 72), ("第二阶段 返岗实践", 50), ("第三阶段 网络研修", 178)),
                          trainees=7, fail=1, incomplete=1, withdrawn=1)
    result = office.certificates.issue(project_id=built.project_id)
    certs = office.certificates.find(project_ids=[built.project_id])
    assert sorted(c.enrollment_id for c in certs) == sorted(built.passed)
    assert {s.reason for s in result.skipped} == {"考核不合格", "考核结果未录入齐全"}
    assert all(c.hours == 300 for c in certs)  # 72 + 50 + 178 posted on the ledger
    again = office.certificates.issue(project_id=built.project_id)
    assert again.issued == [] and again.already == len(built.passed)


def test_certificates_wait_for_the_project_to_close(office):
    built = build_project(office, status="开班")
    with pytest.raises(CertificateError, match="结业"):
        office.certificates.issue(project_id=built.project_id)


def test_numbers_follow_the_pattern_and_a_revoked_number_is_never_reused(office, finished):
    office.certificates.issue(project_id=finished.project_id)
    certs = office.certificates.find(project_ids=[finished.project_id])
    assert [c.number for c in certs] == [f"431028-{finished.code}-{n:04d}" for n in range(1, len(certs) + 1)]
    first = certs[0]
    with pytest.raises(ValidationError):
        office.certificates.revoke(first.id, reason=" ")
    office.certificates.revoke(first.id, reason="姓名有误")
    revoked = office.certificates.get(first.id)
    assert revoked.status == "已作废" and revoked.number == first.number
    reissued = office.certificates.issue(project_id=finished.project_id)
    assert len(reissued.issued) == 1
    new = office.certificates.get(reissued.issued[0])
    assert new.enrollment_id == first.enrollment_id and new.number == f"431028-{finished.code}-{len(certs) + 1:04d}"
    numbers = [c.number for c in office.certificates.find()]
    assert len(numbers) == len(set(numbers))
    with pytest.raises(ValidationError, match="已于"):
        office.certificates.revoke(first.id, reason="再次")


def test_an_office_that_numbered_under_the_old_default_keeps_it(tmp_path, monkeypatch):
    """Schema 5 dropped {year} from the default (a project's code starts with its year); an office that had
    issued numbers under the old default keeps that series, and a new office starts with the new one."""
    from trainoffice import db as dbmod

    path = tmp_path / "v4.sqlite3"
    with monkeypatch.context() as version_4:
        version_4.setattr(dbmod, "SCHEMA_VERSION", 4)
        with Office(path) as old:
            old.set_identity(office_name="测试县教育局教师培训股", county_name="测试县", county_code="431028")
            built = build_project(old, trainees=4, stages=(("集中培训", 72),))
            old.certificates.issue(project_id=built.project_id)
    with Office(path) as upgraded:
        assert upgraded.settings.get("certificate_number_pattern") == "{year}{county}{project}-{seq:04}"
        upgraded.certificates.revoke(upgraded.certificates.find()[0].id, reason="姓名有误")
        reissued = upgraded.certificates.issue(project_id=built.project_id).issued
        assert upgraded.certificates.get(reissued[0]).number == f"2025431028{built.code}-0002"
    with Office(tmp_path / "new.sqlite3") as new:
        assert new.settings.get("certificate_number_pattern") == "{county}-{project}-{seq:04}"


def test_a_number_pattern_without_a_sequence_is_refused(office, finished):
    office.settings.set("certificate_number_pattern", "{year}-{project}")
    with pytest.raises(ValidationError, match="seq"):
        office.certificates.issue(project_id=finished.project_id)
    assert office.certificates.find() == []


def test_the_signed_text_verifies_and_any_change_is_caught(office, finished, tmp_path):
    office.certificates.issue(project_id=finished.project_id)
    cert = office.certificates.find()[0]
    key = office.signer.public_key
    checked = verify_text(cert.signed_text, key)
    assert checked.valid and checked.payload.number == cert.number and checked.payload.hours == 72
    assert not verify_text(cert.signed_text.replace("|72|", "|80|"), key).valid
    with Office(tmp_path / "other.sqlite3") as other:  # another office's key
        assert not verify_text(cert.signed_text, other.signer.public_key).valid
    assert not verify_text(cert.signed_text, parse_public_key("A" * 43)).valid
    assert not verify_text("hello", key).valid


def test_the_office_register_makes_a_revoked_certificate_invalid(office, finished):
    office.certificates.issue(project_id=finished.project_id)
    cert = office.certificates.find()[0]
    checked = office.certificates.verify(cert.signed_text)
    assert checked.valid and checked.registered.number == cert.number
    office.certificates.revoke(cert.id, reason="重复发证")
    checked = office.certificates.verify(cert.signed_text)
    assert not checked.valid and checked.registered.revoked
    assert "证书已作废" in checked.problem and "重复发证" in checked.problem
    assert not office.certificates.verify(cert.signed_text.replace("|72|", "|80|")).valid


def test_the_key_is_created_once_and_its_fingerprint_is_grouped(office):
    assert not office.signer.exists()
    first = office.signer.public_key
    assert office.signer.exists() and office.signer.public_key == first
    assert len(fingerprint(first).split()) == 16
    assert parse_public_key(office.signer.public_key_text) == first
    assert parse_public_key(first.hex()) == first


def test_the_certificate_pdf_reads_back_with_embedded_fonts_and_a_scannable_qr(office, finished, tmp_path):
    seal = make_seal(tmp_path / "seal.png")
    office.certificates.set_seal(read_seal(seal))
    office.certificates.issue(project_id=finished.project_id)
    certs = office.certificates.find()
    out = tmp_path / "certs.pdf"
    result = office.certificates.print_pdf(out=out, project_id=finished.project_id)
    assert result.pages == page_count(out) == len(certs) and not result.warnings
    pages = text_of(out)
    for cert, page in zip(certs, pages, strict=True):
        assert "结业证书" in page.replace(" ", "")
        assert cert.name in page and cert.number in page and "72学时" in page
        assert cert.id_number in page  # the holder's own document: full ID unless the office masks it
        assert "测试县教育局教师培训股" in page
    with Image.open(seal) as chosen:
        assert all(len(found) == 1 and same_picture(found[0], chosen) for found in images_of(out))
    fonts = fonts_of(out)
    assert fonts and all(fonts.values()), fonts
    if not (have_poppler() and have_zbar()):
        pytest.skip("pdftoppm/zbarimg not installed: QR checked from the generator only")
    png = render_png(out, tmp_path / "page", dpi=200)[0]
    decoded = zbar_decode(png)
    assert decoded == [certs[0].signed_text]
    assert verify_text(decoded[0], office.signer.public_key).valid


def test_the_mask_setting_hides_the_middle_of_the_id(office, finished, tmp_path):
    office.settings.set("certificate_mask_id", True)
    office.certificates.issue(project_id=finished.project_id)
    result = office.certificates.print_pdf(out=None, project_id=finished.project_id)
    cert = office.certificates.find()[0]
    page = text_of(result.data)[0]
    assert mask(cert.id_number) in page and cert.id_number not in page


def test_reprints_are_logged_and_revoked_certificates_print_only_on_request(office, finished, tmp_path):
    office.certificates.issue(project_id=finished.project_id)
    certs = office.certificates.find()
    office.certificates.print_pdf(out=tmp_path / "a.pdf", project_id=finished.project_id)
    office.certificates.revoke(certs[1].id, reason="单位有误")
    second = office.certificates.print_pdf(out=tmp_path / "b.pdf", project_id=finished.project_id)
    assert second.pages == len(certs) - 1
    prints = office.database.conn.execute(
        "SELECT certificate_id, reprint FROM certificate_prints ORDER BY id").fetchall()
    assert prints[:len(certs)] == [(c.id, 0) for c in certs]
    assert all(reprint == 1 for _, reprint in prints[len(certs):])
    marked = office.certificates.print_pdf(out=None, certificate_ids=[certs[1].id])
    revoked_text = text_of(marked.data)[0]  # drawn turned 22°: the reader returns its characters apart
    assert all(ch in revoked_text for ch in "已作废")
    assert office.certificates.get(certs[0].id).prints == 2


def test_one_file_per_person(office, finished, tmp_path):
    office.certificates.issue(project_id=finished.project_id)
    result = office.certificates.print_pdf(out=None, project_id=finished.project_id, per_person_dir=tmp_path / "每人")
    assert len(result.files) == len(finished.passed)
    for path in result.files:
        assert path.exists() and page_count(path) == 1
        assert path.stem.split("-")[-1] in text_of(path)[0]
    assert not list((tmp_path / "每人").glob(".*part"))


def test_the_register_lists_every_certificate_with_ids_masked(office, finished, tmp_path):
    office.certificates.issue(project_id=finished.project_id)
    certs = office.certificates.find()
    office.certificates.revoke(certs[0].id, reason="重复发放")
    out = tmp_path / "登记表.xlsx"
    office.certificates.export_register(project_id=finished.project_id, out=out)
    ws = openpyxl.load_workbook(out)["证书发放登记"]
    header = [c.value for c in ws[3]]
    rows = [dict(zip(header, (c.value for c in row), strict=True)) for row in ws.iter_rows(min_row=4)]
    assert [r["证书编号"] for r in rows] == [c.number for c in certs]
    assert rows[0]["状态"] == "已作废" and rows[0]["作废原因"] == "重复发放"
    assert all(r["身份证号"] == mask(c.id_number) for r, c in zip(rows, certs, strict=True))
    assert ws.freeze_panes == "A4" and ws.page_setup.orientation == "landscape"


def test_the_preview_is_the_same_layout_the_pdf_draws(office):
    page = office.certificates.sample_page()
    assert (round(page.width), round(page.height)) == (842, 595)  # A4 landscape by default
    qr = [item for item in page.content if isinstance(item, QrItem)]
    assert len(qr) == 1 and qr[0].modules
    portrait = default_layout(portrait=True)
    office.certificates.set_layout(CertificateLayout.from_setting({**portrait.to_setting(), "body_size": 15}))
    assert office.certificates.layout().portrait and office.certificates.layout().body_size == 15
    data = office.certificates.sample_pdf()
    assert "结业证书" in text_of(data)[0].replace(" ", "") and "张三" in text_of(data)[0]
    with pytest.raises(ValidationError):
        CertificateLayout.from_setting({"body_size": "大"})


def test_the_preview_shows_settings_being_edited_before_they_are_saved(office, tmp_path):
    from trainoffice.certificates import TextItem

    seal = read_seal(make_seal(tmp_path / "seal.png"))
    page = office.certificates.sample_page(issuer="测试县教师发展中心", seal=seal.image, mask=True)
    texts = [item.text for item in page.background + page.content if isinstance(item, TextItem)]
    assert "测试县教师发展中心" in texts and any(mask("11010519491231002X") in t for t in texts)
    assert [item.image for item in page.overlay if isinstance(item, ImageItem)] == [seal.image]
    assert office.certificates.sample_page(seal=b"").overlay == ()
    office.certificates.set_seal(seal)
    assert [item.image for item in office.certificates.sample_page().overlay] == [seal.image]  # as saved


def test_the_seal_is_kept_in_the_database_replaced_and_removed(office, tmp_path):
    assert office.certificates.seal() is None and office.certificates.sample_page().overlay == ()
    first = make_seal(tmp_path / "公章.png")
    office.certificates.set_seal(read_seal(first))
    first.unlink()  # the file is not needed any more
    stored = office.certificates.seal()
    assert stored.file_name == "公章.png" and stored.image[:8] == b"\x89PNG\r\n\x1a\n" and stored.stored_at[:2] == "20"
    second = make_seal(tmp_path / "新公章.png", text="测试县教师发展中心")
    office.certificates.set_seal(read_seal(second))
    assert office.certificates.seal().file_name == "新公章.png"
    assert office.certificates.seal().image == second.read_bytes()
    office.certificates.set_seal(None)
    assert office.certificates.seal() is None
    actions = [r[0] for r in office.database.conn.execute(
        "SELECT action FROM audit_log WHERE table_name = 'certificate_seal' ORDER BY id")]
    assert actions == ["set", "set", "delete"]


def test_printing_without_a_seal_says_so(office, finished, tmp_path):
    """Review p: a backup made before the seal was kept in the database, restored where its picture is not, printed
    36 certificates without a seal and said nothing; the code before refused, so the clerk noticed."""
    office.certificates.issue(project_id=finished.project_id)
    assert office.certificates.print_pdf(out=tmp_path / "a.pdf", project_id=finished.project_id).warnings == [NO_SEAL]
    office.certificates.set_seal(read_seal(make_seal(tmp_path / "seal.png")))
    assert office.certificates.print_pdf(out=tmp_path / "b.pdf", project_id=finished.project_id).warnings == []


def test_a_seal_picture_that_cannot_be_used_is_refused_with_the_fix(tmp_path):
    with pytest.raises(CertificateError, match="无法打开"):
        read_seal(tmp_path / "gone.png")
    broken = tmp_path / "坏.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    with pytest.raises(CertificateError, match="坏.png 无法读取：请选择 PNG"):
        read_seal(broken)
    truncated = tmp_path / "半张.png"
    truncated.write_bytes(make_seal(tmp_path / "s.png").read_bytes()[:5000])
    with pytest.raises(CertificateError, match="无法读取"):
        read_seal(truncated)
    gif = tmp_path / "公章.gif"
    Image.new("RGBA", (100, 100)).save(gif)
    with pytest.raises(CertificateError, match="GIF 格式：请选择 PNG"):
        read_seal(gif)
    huge = tmp_path / "整页扫描.png"
    Image.new("L", (5000, 3000), 255).save(huge)
    with pytest.raises(CertificateError, match="5000×3000 像素，太大：请用图片软件裁剪"):
        read_seal(huge)
    photo = tmp_path / "手机拍照.png"
    Image.frombytes("RGB", (1200, 1000), random.Random(1).randbytes(3_600_000)).save(photo)  # noise: no compression
    assert photo.stat().st_size > 2 * 1024 * 1024
    with pytest.raises(CertificateError, match=r"手机拍照.png 有 \d\.\d MB，超过 2 MB：请用图片软件"):
        read_seal(photo)
    scan = tmp_path / "扫描.jpg"
    Image.new("RGB", (400, 400), "white").save(scan)
    taken = read_seal(scan)  # a scan on white paper is taken, with a warning
    assert taken == Seal(scan.read_bytes(), "扫描.jpg") and "扫描.jpg 没有透明背景" in seal_warning(taken)
    assert seal_warning(read_seal(make_seal(tmp_path / "透明.png"))) == ""


def test_an_example_number_is_shown_for_a_pattern_or_the_fix(office):
    from trainoffice.certificates import format_number

    assert format_number("{county}-{project}-{seq:04}", year=2025, county="431028", project="2025-01",
                         seq=1) == "431028-2025-01-0001"
    for bad in ("{year}-{project}", "{year}-{seq:04}-{name}", "{seq:x4}"):
        with pytest.raises(ValidationError, match="seq|占位符"):
            format_number(bad, year=2025, county="431028", project="2025-01", seq=1)


def test_the_qr_path_covers_exactly_the_dark_modules():
    modules = qr_modules("TOC1|编号|张三|项目|72|2025-03-22|sig")
    covered = set()
    for x, y, w, h in qr_rectangles(modules):
        for dx in range(w):
            for dy in range(h):
                assert (x + dx, y + dy) not in covered
                covered.add((x + dx, y + dy))
    dark = {(x, y) for y, row in enumerate(modules) for x, v in enumerate(row) if v}
    assert covered == dark


def test_cli_issues_prints_and_verifies(office, finished, tmp_path, capsys):
    db = str(office.path)
    office.close()
    out = tmp_path / "c.pdf"
    assert main(["certificates", "--project", finished.code, "--db", db, "--out", str(out),
                 "--register", str(tmp_path / "r.xlsx")]) == 0
    assert page_count(out) == len(finished.passed)
    assert main(["key", "show", "--db", db]) == 0
    shown = capsys.readouterr().out
    key = shown.split("public_key: ")[1].split()[0]
    assert f"--key={key}" in shown  # the form to type, since a base64url key may begin with -
    text = sqlite3.connect(db).execute("SELECT signed_text FROM certificates LIMIT 1").fetchone()[0]
    assert main(["certificate", "verify", text, f"--key={key}"]) == 0  # as key show says: a key may begin with -
    assert "签名有效" in capsys.readouterr().out
    assert main(["certificate", "verify", text.replace("|72|", "|720|"), f"--key={key}"]) == 1
    assert "核验失败" in capsys.readouterr().err
    with Office(db) as reopened:  # the file 导出公钥文件 writes, naming the office, is a --key too
        key_file = tmp_path / "公钥.txt"
        key_file.write_text(key_file_text(reopened.signer.public_key, reopened.settings), encoding="utf-8")
    assert "# 单位：测试县教育局教师培训股" in key_file.read_text(encoding="utf-8")
    assert main(["certificate", "verify", text, f"--key={key_file}"]) == 0
    assert "签名有效" in capsys.readouterr().out
    assert main(["certificate", "verify", text, "--db", db]) == 0  # the office's own key and register
    assert "本单位登记：有效" in capsys.readouterr().out
    number = sqlite3.connect(db).execute("SELECT number FROM certificates LIMIT 1").fetchone()[0]
    assert main(["certificate", "revoke", number, "--reason", "重复发证", "--db", db]) == 0
    assert main(["certificate", "verify", text, "--db", db]) == 1
    assert "证书已作废" in capsys.readouterr().err


# ----- a closed project reopened and corrected: certificates follow the ledger --------------------------------
@pytest.fixture
def corrected(office):
    """``make_corrected_course``, closed again: the ledger is corrected; the certificates are not yet."""
    pid, before = make_corrected_course(office)
    report = office.projects.close(pid)
    assert sorted(report.corrections) == ["张敏：12 → 0 学时", "李强：12 → 6 学时"]
    return pid, before


def test_certificates_the_ledger_no_longer_supports_are_named(office, corrected):
    pid, before = corrected
    outdated = {o.certificate.name: o for o in office.certificates.outdated(pid)}
    assert set(outdated) == {"李强", "张敏"}
    assert outdated["李强"].change == "学时由 12 改为 6" and outdated["李强"].hours == 6
    assert outdated["张敏"].change == "考核结果由合格改为不合格" and not outdated["张敏"].qualifies
    assert outdated["李强"].reason("重新结业后") == "重新结业后学时由 12 改为 6"


def test_printing_never_presents_an_outdated_certificate_as_valid(office, corrected, tmp_path):
    pid, before = corrected
    result = office.certificates.print_pdf(out=tmp_path / "all.pdf", project_id=pid)
    assert result.certificates == page_count(tmp_path / "all.pdf") == 1  # only 王芳's
    assert "王芳" in text_of(tmp_path / "all.pdf")[0]
    note = result.warnings[0]
    assert "2 本证书与考核结果或学时档案不符" in note and "李强（学时由 12 改为 6）" in note
    assert "张敏（考核结果由合格改为不合格）" in note and "--reissue" in note
    with pytest.raises(CertificateError, match="不能打印.*张敏"):
        office.certificates.print_pdf(out=None, certificate_ids=[before["张敏"].id])
    sheet = office.certificates.register_sheet([pid], masked=True, title="登记表")
    status = {row[2]: row[10] for row in sheet.rows}
    assert status == {"李强": "不符，待作废重发（学时由 12 改为 6）", "王芳": "有效",
                      "张敏": "不符，待作废重发（考核结果由合格改为不合格）"}
    assert "有效 1 本，作废 0 本，不符待重发 2 本" in sheet.subtitle


def test_verifying_an_outdated_certificate_says_it_no_longer_holds(office, corrected):
    pid, before = corrected
    checked = office.certificates.verify(before["李强"].signed_text)
    assert not checked.valid and "学时由 12 改为 6" in checked.problem and "待作废重发" in checked.problem
    assert office.certificates.verify(before["王芳"].signed_text).valid


def test_reissue_revokes_with_the_change_as_reason_and_issues_new_numbers(office, corrected, tmp_path):
    pid, before = corrected
    done = office.certificates.reissue(pid, occasion="重新结业后",
                                       reasons={before["张敏"].id: "考核不合格，证书收回"})
    assert office.certificates.outdated(pid) == []
    li, zhang = office.certificates.get(before["李强"].id), office.certificates.get(before["张敏"].id)
    assert li.revoked and li.number == before["李强"].number and li.revoke_reason == "重新结业后学时由 12 改为 6"
    assert zhang.revoked and zhang.revoke_reason == "考核不合格，证书收回"
    valid = {c.name: c for c in office.certificates.find(project_ids=[pid]) if not c.revoked}
    assert set(valid) == {"李强", "王芳"} and valid["李强"].hours == 6
    assert valid["李强"].number not in {c.number for c in before.values()}
    assert verify_text(valid["李强"].signed_text, office.signer.public_key).payload.hours == 6
    assert done.reissued == 1 and done.lines() == [
        f"李强：证书 {li.number} 已作废（重新结业后学时由 12 改为 6），新证书 {valid['李强'].number}（6 学时）",
        f"张敏：证书 {zhang.number} 已作废（考核不合格，证书收回），不再发证"]
    printed = office.certificates.print_pdf(out=tmp_path / "again.pdf", project_id=pid)
    assert printed.certificates == 2 and printed.warnings == [NO_SEAL]  # no certificate left out
    assert any("6学时" in page and "李强" in page for page in text_of(tmp_path / "again.pdf"))
    assert office.certificates.reissue(pid).revoked == []  # nothing left to settle: nothing done


def test_reissue_waits_for_the_project_to_close_and_changes_nothing_before(office, corrected):
    pid, before = corrected
    office.projects.reopen(pid, reason="再核对一次")
    with pytest.raises(CertificateError, match="结业"):
        office.certificates.reissue(pid)
    assert not any(c.revoked for c in office.certificates.find(project_ids=[pid]))


def test_cli_close_names_the_outdated_certificates_and_certificates_reissue_settles_them(office, tmp_path, capsys):
    pid, before = make_corrected_course(office)
    db = str(office.path)
    office.close()
    assert main(["project", "close", "2026-07", "--db", db]) == 0
    out = capsys.readouterr()
    assert "更正：李强：12 → 6 学时" in out.out and "更正：张敏：12 → 0 学时" in out.out
    assert "2 本证书与考核结果或学时档案不符，已不能打印，也不能放入提交包" in out.err
    assert f"{before['李强'].number} 李强（学时由 12 改为 6）" in out.err
    assert "trainoffice certificates --project 2026-07 --reissue" in out.err
    pdf = tmp_path / "c.pdf"
    assert main(["certificates", "--project", "2026-07", "--db", db, "--out", str(pdf)]) == 0
    printed = capsys.readouterr()
    assert page_count(pdf) == 1 and "这些证书没有打印" in printed.err
    assert "已持有 2 本，未发 1 人；另有 2 本证书与学时档案不符，待作废重发（--reissue）" in printed.out
    assert main(["certificates", "--project", "2026-07", "--db", db, "--reissue", "--out", str(pdf)]) == 0
    out = capsys.readouterr().out
    assert "作废并重发：作废 2 本（编号保留），重发 1 本" in out
    assert f"李强：证书 {before['李强'].number} 已作废（更正后学时由 12 改为 6），新证书" in out
    assert f"张敏：证书 {before['张敏'].number} 已作废（更正后考核结果由合格改为不合格），不再发证" in out
    assert page_count(pdf) == 2 and "已持有 2 本，未发 1 人\n" in out  # 王芳's and 李强's new one


def _packet_made_before_the_correction(office, pid):
    """A 提交包 recorded for the project at its first 结业, before the reopening (times are to the second)."""
    record_packet(office, pid, created_at="2026-05-08 09:00:00", uuid="old")


def test_archive_waits_until_outdated_certificates_are_reissued_and_a_new_packet_is_made(office, corrected):
    pid, before = corrected
    _packet_made_before_the_correction(office, pid)
    with pytest.raises(ValidationError, match="2 本证书与考核结果或学时档案不符，不能归档") as refused:
        office.projects.archive(pid)
    assert f"{before['李强'].number} 李强（学时由 12 改为 6）" in str(refused.value)
    assert "张敏（考核结果由合格改为不合格）" in str(refused.value)
    assert "作废并重发" in str(refused.value) and "certificates --project 2026-07 --reissue" in str(refused.value)
    office.certificates.reissue(pid)
    with pytest.raises(ValidationError, match="提交包生成于 2026-05-08 09:00:00，之后.*又有变动") as stale:
        office.projects.archive(pid)
    assert "请重新生成提交包" in str(stale.value) and stale.value.field == "packets"
    assert office.projects.project(pid).status == "结业"
    record_packet(office, pid, uuid="new")
    office.projects.archive(pid)
    assert office.projects.project(pid).status == "归档"


def test_cli_archive_names_the_outdated_certificates_and_archives_after_reissue_and_a_new_packet(
        office, tmp_path, capsys):
    pid, before = make_corrected_course(office)
    _packet_made_before_the_correction(office, pid)
    db = str(office.path)
    office.close()
    assert main(["project", "close", "2026-07", "--db", db]) == 0
    capsys.readouterr()
    assert main(["project", "archive", "2026-07", "--db", db]) != 0
    err = capsys.readouterr().err
    assert "2 本证书与考核结果或学时档案不符，不能归档" in err and f"{before['李强'].number} 李强" in err
    assert "trainoffice certificates --project 2026-07 --reissue" in err
    assert main(["certificates", "--project", "2026-07", "--db", db, "--reissue"]) == 0
    assert main(["project", "archive", "2026-07", "--db", db]) != 0
    assert "请重新生成提交包后再归档" in capsys.readouterr().err
    assert main(["packet", "export", "--db", db, "--project", "2026-07", "--out", str(tmp_path)]) == 0
    assert main(["project", "archive", "2026-07", "--db", db]) == 0
    assert "2026-07 班主任培训班：归档" in capsys.readouterr().out


def test_cli_close_reissues_in_one_step(office, capsys):
    pid, before = make_corrected_course(office)
    db = str(office.path)
    office.close()
    assert main(["project", "close", "2026-07", "--db", db, "--reissue"]) == 0
    out = capsys.readouterr().out
    assert f"李强：证书 {before['李强'].number} 已作废（重新结业后学时由 12 改为 6），新证书" in out
    assert "2026-07 班主任培训班：结业" in out
    with Office(db) as again:
        assert again.certificates.outdated(pid) == []
        assert again.certificates.get(before["张敏"].id).revoke_reason == "重新结业后考核结果由合格改为不合格"


def test_cli_reprints_an_archived_projects_certificates(office, finished, tmp_path, capsys):
    """Review p: `certificates` always issued first, which an archived project refuses, so a lost certificate
    could be reprinted in the GUI only."""
    office.certificates.issue(project_id=finished.project_id)
    record_packet(office, finished.project_id, year=2025)
    office.projects.archive(finished.project_id)
    db = str(office.path)
    office.close()
    out = tmp_path / "补打.pdf"
    assert main(["certificates", "--project", finished.code, "--db", db, "--out", str(out)]) == 0
    assert "项目已归档：不再发证，有效证书 6 本" in capsys.readouterr().out and page_count(out) == 6


def test_cli_certificates_without_an_output_prints_nothing_and_logs_no_print(office, finished, capsys):
    db = str(office.path)
    office.close()
    assert main(["certificates", "--project", finished.code, "--db", db]) == 0
    assert "发证：新发 6 本" in capsys.readouterr().out
    assert sqlite3.connect(db).execute("SELECT count(*) FROM certificate_prints").fetchone()[0] == 0
