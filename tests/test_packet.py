"""提交包: contents read back, verification, tampering refused, and failed writes that leave nothing."""

from __future__ import annotations

import builtins
import datetime as dt
import errno
import io
import json
import os
import zipfile
from pathlib import Path

import openpyxl
import pytest
from pdfcheck import fonts_of, text_of
from training_data import build_project

from trainoffice.cli import main
from trainoffice.errors import Cancelled, TrainOfficeError, ValidationError
from trainoffice.files import WriteError
from trainoffice.idnumber import mask
from trainoffice.office import Office
from trainoffice.packet import DATA_TABLES, verify_packet

DAY = dt.date(2025, 4, 1)


@pytest.fixture
def packet_office(office):
    built = build_project(office, trainees=10, fail=1, incomplete=1, withdrawn=1)
    build_project(office, code="2025-002", name="2025年测试县新教师岗前培训", trainees=5, fail=0, incomplete=0,
                  withdrawn=0, teacher_offset=10, stages=(("集中培训", 30), ("跟岗实践", 18)))
    office.certificates.issue(project_id=built.project_id)
    office.settings.update({"contact_person": "王老师", "contact_phone": "0735-1234567"})
    return office, built


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {name.split("/", 1)[1]: zf.read(name) for name in zf.namelist()}


def _more_enrolled(name: str, data: bytes) -> bytes:
    """A manifest that claims 99 enrollments: a packet changed after it was signed."""
    if name == "manifest.json":
        doc = json.loads(data)
        doc["counts"]["enrollments"] = 99
        return json.dumps(doc, ensure_ascii=False, indent=2).encode()
    return data


def _rewrite(path: Path, out: Path, change) -> Path:
    """Copy a packet, letting ``change(name, data)`` return new bytes or None to drop the file."""
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = change(info.filename.split("/", 1)[1], src.read(info))
            if data is not None:
                dst.writestr(info.filename, data)
    return out


def _dump(office: Office) -> str:
    return "\n".join(office.database.conn.iterdump())


def test_a_project_packet_holds_everything_and_verifies(packet_office, tmp_path):
    office, built = packet_office
    result = office.packets.export(out_dir=tmp_path, project_id=built.project_id, on=DAY)
    assert built.name.startswith("2025年") and result.path.name == f"测试县-{built.name}-提交包-20250401.zip"
    report = verify_packet(result.path)
    assert report.ok, report.problems
    assert report.fingerprint == office.signer.fingerprint
    files = _members(result.path)
    manifest = json.loads(files["manifest.json"])
    assert manifest["county"] == {"name": "测试县", "code": "431028"} and manifest["period"]["kind"] == "project"
    assert manifest["counts"]["enrollments"] == 10 and manifest["counts"]["certificates"] == len(built.passed)
    assert {"提交报告.pdf", "data/schema.json", "data/README.txt", "public_key.txt", "manifest.sig"} <= set(files)
    assert any(name.startswith("签到表/") for name in files) and any(name.startswith("证书/") for name in files)

    book = openpyxl.load_workbook(io.BytesIO(files[manifest["workbook"]]))
    assert book.sheetnames == ["参培学员名单汇总表", "考勤汇总", "考核结果", "学时认定", "证书发放登记", "经费结算",
                              "归档清单"]
    roster = book["参培学员名单汇总表"]
    assert roster.freeze_panes == "A4" and roster.page_setup.orientation == "landscape"
    assert roster.oddFooter.center.text == "第 &P 页 共 &N 页" and roster.print_title_rows == "$3:$3"
    teachers = json.loads(files["data/teachers.json"])
    assert teachers["count"] == 10 and teachers["version"] == 1
    full = {t["id_number"] for t in teachers["rows"]}
    printed = {row[7] for row in roster.iter_rows(min_row=4, values_only=True)}
    assert printed == {mask(n) for n in full}  # masked in print, full in data/
    rates = [row[-1] for row in book["考勤汇总"].iter_rows(min_row=4, values_only=True)]
    assert rates == [1, 1, 0.5, 1, 1, 1, 1, 1, 1]  # numbers the city can sort and sum, not text
    assert book["考勤汇总"].cell(4, book["考勤汇总"].max_column).number_format == "0.0%"
    cost = [row for row in book["经费结算"].iter_rows(min_row=4, values_only=True)]
    assert cost[0][4:6] == (10, 9)  # planned places, the roster
    # planned 10 × 2 local days; actual 17 person-days attended (one trainee missed two half-days) × 400 元 [HS]
    assert cost[0][8:12] == (20, 17, 8000, 6800)
    schema = json.loads(files["data/schema.json"])
    assert set(schema["tables"]) == {t.name for t in DATA_TABLES}

    report_pages = text_of(files["提交报告.pdf"])
    assert "测试县教师培训" in report_pages[0] and "王老师" in report_pages[0]
    summary = report_pages[1]
    assert "参培率" in summary and "合格率" in summary and "优秀率" in summary
    assert "经办人" in summary and "审核人" in summary and "单位（盖章）" in summary
    assert built.name in "".join(report_pages[2:])
    assert all(fonts_of(files["提交报告.pdf"]).values())
    assert office.packets.history()[0].path == str(result.path)


def test_full_numbers_on_request_for_the_city_but_the_signin_sheets_stay_masked(packet_office, tmp_path):
    office, built = packet_office
    result = office.packets.export(out_dir=tmp_path, project_id=built.project_id, on=DAY, masked=False)
    assert verify_packet(result.path).ok
    files = _members(result.path)
    full = {t["id_number"] for t in json.loads(files["data/teachers.json"])["rows"]}
    book = openpyxl.load_workbook(io.BytesIO(files[json.loads(files["manifest.json"])["workbook"]]))
    assert {row[7] for row in book["参培学员名单汇总表"].iter_rows(min_row=4, values_only=True)} == full
    phones = {t["phone"] for t in json.loads(files["data/teachers.json"])["rows"] if t["phone"]}
    signin = "".join(page for name, data in files.items() if name.startswith("签到表/") for page in text_of(data))
    assert phones and "****" in signin and not any(phone in signin for phone in phones)


def test_a_year_packet_adds_the_school_compliance_sheet(packet_office, tmp_path):
    office, _ = packet_office
    result = office.packets.export(out_dir=tmp_path, year=2025, on=DAY)
    assert result.path.name == "测试县-2025-年度-提交包-20250401.zip"
    assert verify_packet(result.path).ok
    files = _members(result.path)
    book = openpyxl.load_workbook(io.BytesIO(files["年度汇总表.xlsx"]), read_only=True)
    assert "学校学分达标情况" in book.sheetnames
    rows = list(book["学校学分达标情况"].iter_rows(min_row=4, values_only=True))
    assert rows and all(r[-1] in ("符合", "不得评为先进（未达标≥20%）") for r in rows)
    assert json.loads(files["data/projects.json"])["count"] == 2


def test_a_year_packet_lets_the_city_count_a_past_year_as_it_stood(packet_office, tmp_path):
    """teachers.json holds today's school and status; postings.json holds where each teacher was and until
    when, so the city can count 2025 as the packet's 学分达标 sheet does after a 2026 transfer and retirement."""
    office, built = packet_office
    moved, retired = built.teacher_ids[:2]
    elsewhere = next(s.id for s in office.registry.schools() if s.id != office.registry.teacher(moved).school_id)
    office.registry.transfer(moved, school_id=elsewhere, on=dt.date(2026, 3, 1))
    office.registry.set_status(retired, "退休", on=dt.date(2026, 5, 1))
    files = _members(office.packets.export(out_dir=tmp_path, year=2025, on=DAY).path)

    def rows(table: str) -> list[dict]:
        return json.loads(files[f"data/{table}.json"])["rows"]

    day, schools = "2025-12-31", {s["id"]: s["name"] for s in rows("schools")}
    first = {}
    for posting in rows("postings"):
        first.setdefault(posting["teacher_id"], posting["id"])
    started = {t["id"]: t["work_start_date"] <= day for t in rows("teachers")}
    counted: dict[str, int] = {}
    for posting in rows("postings"):
        if started[posting["teacher_id"]] and (posting["from_date"] <= day or posting["id"] == first[posting["teacher_id"]]) \
                and (posting["to_date"] is None or posting["to_date"] > day):
            counted[schools[posting["school_id"]]] = counted.get(schools[posting["school_id"]], 0) + 1
    book = openpyxl.load_workbook(io.BytesIO(files["年度汇总表.xlsx"]), read_only=True)
    sheet = {r[2]: r[3] for r in book["学校学分达标情况"].iter_rows(min_row=4, values_only=True) if r[2]}
    assert counted == sheet
    assert {t["id"]: t["status"] for t in rows("teachers")}[retired] == "退休"


def test_a_packet_made_before_postings_were_added_still_verifies(packet_office, tmp_path, monkeypatch):
    from trainoffice import packet

    office, built = packet_office
    monkeypatch.setattr(packet, "DATA_TABLES", tuple(t for t in packet.DATA_TABLES if t.name != "postings"))
    older = office.packets.export(out_dir=tmp_path, project_id=built.project_id, on=DAY).path
    monkeypatch.undo()
    assert "data/postings.json" not in _members(older)
    report = verify_packet(older)
    assert report.ok, report.problems


def test_homework_reads_unfinished_only_in_a_stage_that_has_homework(packet_office, tmp_path):
    """Review s: a course without homework had 作业 未完成 for every trainee, which the city reads as missing work."""
    office, built = packet_office
    conn = office.database.conn

    def homework() -> list:
        folder = tmp_path / str(len(list(tmp_path.iterdir())))
        folder.mkdir()
        path = office.packets.export(out_dir=folder, project_id=built.project_id, on=DAY).path
        book = openpyxl.load_workbook(io.BytesIO(_members(path)[json.loads(_members(path)["manifest.json"])["workbook"]]))
        return sorted({row[8] for row in book["考核结果"].iter_rows(min_row=4, values_only=True) if row[0]}, key=str)

    enrolled = f"SELECT id FROM enrollments WHERE project_id = {built.project_id}"
    conn.execute(f"UPDATE assessments SET homework_done = 0 WHERE id = (SELECT min(id) FROM assessments"
                 f" WHERE enrollment_id IN ({enrolled}))")
    assert homework() == ["已完成", "未完成"]
    conn.execute(f"UPDATE assessments SET homework_done = 0 WHERE enrollment_id IN ({enrolled})")
    assert homework() == [None]  # no homework in this course: the cell is empty


def test_the_office_key_is_kept_even_when_its_first_packet_is_not(office, tmp_path, monkeypatch):
    """Review u: the key was made inside the packet's transaction; a power cut after the zip got its name and before
    the record was saved left a packet signed with a key the office no longer had."""
    from trainoffice import packet
    from trainoffice.packet import VerifyReport

    built = build_project(office, trainees=3)  # no certificate issued: the office has no key yet
    assert not office.signer.exists()
    monkeypatch.setattr(packet, "verify_packet", lambda path, **_: VerifyReport(path=str(path), problems=["断电"]))
    with pytest.raises(TrainOfficeError, match="核验失败"):
        office.packets.export(out_dir=tmp_path, project_id=built.project_id, on=DAY)
    assert office.signer.exists() and office.packets.history() == []
    kept = office.signer.fingerprint
    monkeypatch.undo()
    assert office.packets.export(out_dir=tmp_path, project_id=built.project_id, on=DAY).fingerprint == kept


def test_tampering_is_refused(packet_office, tmp_path):
    office, built = packet_office
    good = office.packets.export(out_dir=tmp_path, project_id=built.project_id, on=DAY).path

    def flip_byte(name, data):
        if name == "data/enrollments.json":
            return data.replace(b'"status": "\xe5\x9c\xa8\xe5\x86\x8c"', b'"status": "\xe9\x80\x80\xe5\x87\xba"', 1)
        return data

    changed = verify_packet(_rewrite(good, tmp_path / "changed.zip", flip_byte))
    assert not changed.ok and any("data/enrollments.json" in p for p in changed.problems)

    removed = verify_packet(_rewrite(good, tmp_path / "removed.zip",
                                     lambda name, data: None if name == "提交报告.pdf" else data))
    assert not removed.ok and any("缺少文件：提交报告.pdf" in p for p in removed.problems)

    with Office(tmp_path / "other.sqlite3") as other:
        manifest = _members(good)["manifest.json"]
        forged = other.signer.sign(manifest)
        from trainoffice.signing import b64url

        swapped = verify_packet(_rewrite(good, tmp_path / "swapped.zip",
                                         lambda name, data: (b64url(forged) + "\n").encode() if name == "manifest.sig"
                                         else data))
        assert not swapped.ok and any("签名无效" in p for p in swapped.problems)

        assert not verify_packet(_rewrite(good, tmp_path / "m.zip", _more_enrolled)).ok
        pinned = verify_packet(good, public_key=other.signer.public_key)
        assert not pinned.ok and any("公钥" in p for p in pinned.problems)

    truncated = tmp_path / "truncated.zip"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    assert not verify_packet(truncated).ok
    assert verify_packet(good).ok  # the original still holds


def test_an_existing_name_is_refused_and_nothing_changes(packet_office, tmp_path):
    office, built = packet_office
    first = office.packets.export(out_dir=tmp_path, project_id=built.project_id, on=DAY)
    before, content = _dump(office), first.path.read_bytes()
    with pytest.raises(WriteError, match="已存在：同一天的提交包已经生成过"):
        office.packets.export(out_dir=tmp_path, project_id=built.project_id, on=DAY)
    assert _dump(office) == before and first.path.read_bytes() == content


def test_a_packet_is_recorded_before_it_takes_its_name_and_a_stray_one_is_named_so(packet_office, tmp_path,
                                                                                   monkeypatch):
    office, built = packet_office
    target = tmp_path / office.packets.file_name(office.packets.scope(project_id=built.project_id), DAY)
    seen = []
    real_replace = os.replace

    def replace(src, dst):  # the rename is the last step: by then the packet is verified and recorded
        seen.append(office.database.conn.execute("SELECT path FROM packets").fetchall())
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    office.packets.export(out_dir=tmp_path, project_id=built.project_id, on=DAY)
    assert seen == [[(str(target),)]]
    stray = tmp_path / "other"
    stray.mkdir()
    (stray / target.name).write_bytes(target.read_bytes())  # left by an export killed between rename and commit
    with pytest.raises(WriteError, match="不在本程序的提交包记录中"):
        office.packets.export(out_dir=stray, project_id=built.project_id, on=DAY)


def _failing_open(monkeypatch, folder: Path, error: OSError, after: int = 0):
    """Files opened for writing in ``folder`` fail once ``after`` bytes are written (a full or read-only disk)."""
    real_open = builtins.open

    class Failing(io.FileIO):
        written = 0

        def write(self, data):
            if Failing.written + len(data) > after:
                raise error
            Failing.written += len(data)
            return super().write(data)

    def fake(file, mode="r", *args, **kwargs):
        if isinstance(file, (str, Path)) and Path(file).parent == folder and any(m in mode for m in "wax+"):
            if after == 0 and isinstance(error, PermissionError):
                raise error
            raw = Failing(str(file), "w+" if "w" in mode else "x+" if "x" in mode else "r+")
            return io.BufferedRandom(raw)
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", fake)
    monkeypatch.setattr(io, "open", fake)


@pytest.mark.parametrize("error, after", [
    (OSError(errno.ENOSPC, "No space left on device"), 60_000),
    (PermissionError(errno.EACCES, "Permission denied"), 0),
    (OSError(errno.EIO, "Input/output error"), 5_000),  # the stick pulled out
])
def test_a_failed_write_leaves_nothing_and_the_database_untouched(office, tmp_path, monkeypatch, error, after):
    built = build_project(office, trainees=30, days=3)  # no certificates yet: the export would create the key
    folder = tmp_path / "U盘"
    folder.mkdir()
    assert not office.signer.exists()
    before = _dump(office)
    _failing_open(monkeypatch, folder, error, after)
    with pytest.raises(WriteError) as caught:
        office.packets.export(out_dir=folder, project_id=built.project_id, on=DAY)
    monkeypatch.undo()
    assert ("没有权限" in str(caught.value)) == isinstance(error, PermissionError)
    assert ("已满" in str(caught.value)) == (error.errno in (errno.ENOSPC, errno.EIO))
    assert list(folder.iterdir()) == []  # no packet, no temporary file
    # untouched but for the office key, which is made and kept before the packet is written (review u)
    def but_the_key(dump: str) -> list[str]:
        return [line for line in dump.splitlines() if not line.startswith(('INSERT INTO "signing_keys"',
                                                                            'INSERT INTO "audit_log"'))]

    assert but_the_key(_dump(office)) == but_the_key(before)
    assert office.signer.exists() and office.packets.history() == []
    ok = office.packets.export(out_dir=folder, project_id=built.project_id, on=DAY)  # and it works afterwards
    assert verify_packet(ok.path, public_key=office.signer.public_key).ok


def test_a_missing_folder_and_cancel_are_reported(packet_office, tmp_path):
    office, built = packet_office
    with pytest.raises(WriteError, match="不存在"):
        office.packets.export(out_dir=tmp_path / "拔出的U盘", project_id=built.project_id)
    seen = []
    with pytest.raises(Cancelled):
        office.packets.export(out_dir=tmp_path, project_id=built.project_id, progress=lambda f, m: seen.append(f),
                              cancel=lambda: len(seen) >= 3)
    assert list(tmp_path.glob("*.zip")) == [] and list(tmp_path.glob(".*part")) == []


def test_cli_exports_and_verifies(packet_office, tmp_path, capsys):
    office, built = packet_office
    db = str(office.path)
    office.close()
    assert main(["packet", "export", "--db", db, "--project", built.code, "--out", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "已生成并核验" in out
    packet = next(tmp_path.glob("*.zip"))
    assert main(["packet", "verify", str(packet), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["ok"] is True
    key_file = tmp_path / "公钥.txt"  # the packet's key file, as 导出公钥文件 writes it: it says whose key it is
    key_file.write_bytes(_members(packet)["public_key.txt"])
    assert "# 单位：测试县教育局教师培训股\n# 县区：测试县（县区代码 431028）\n" in key_file.read_text(encoding="utf-8")
    assert main(["packet", "verify", str(packet), f"--key={key_file}"]) == 0
    assert "（与提交包的一致）\n核验通过。" in capsys.readouterr().out
    bad = _rewrite(packet, tmp_path / "bad.zip", lambda name, data: None if name.startswith("证书/") else data)
    assert main(["packet", "verify", str(bad)]) == 1
    assert "缺少文件" in capsys.readouterr().out


def test_from_a_new_project_to_a_verified_packet_through_the_services(office, tmp_path):
    """The way the office works: create, enrol, schedule, mark, assess, close; then certificates and packet."""
    from training_data import ensure_teachers

    from trainoffice.projects import Project
    from trainoffice.results import Assessment

    teachers = ensure_teachers(office, 6)
    pid = office.projects.create(Project(code="2026-007", name="2026年测试县班主任能力提升培训", year=2026,
                                         form="本地集中", start_date="2026-04-13", end_date="2026-04-14",
                                         days_local=2, places=6))
    office.roster.enroll(pid, teachers)
    office.sessions.generate(pid)
    office.projects.open(pid)
    office.attendance.fill(pid, status="出勤")
    stage = office.projects.stages(pid)[0]
    trainees = office.roster.roster(pid)
    office.results.set_results(pid, [Assessment(t.enrollment_id, stage.id, "不合格" if n == 0 else "合格", 80)
                                     for n, t in enumerate(trainees)])
    office.projects.close(pid)
    issued = office.certificates.issue(project_id=pid)
    assert len(issued.issued) == 5 and issued.skipped[0].name == trainees[0].name
    assert {c.hours for c in office.certificates.find(project_ids=[pid])} == {12}  # posted at 结业
    packet = office.packets.export(out_dir=tmp_path, project_id=pid)
    assert verify_packet(packet.path, public_key=office.signer.public_key).ok
    office.projects.archive(pid)  # the 归档 gate sees the certificates and the recorded packet
    assert office.projects.project(pid).status == "归档"


def test_a_packet_says_when_qualified_trainees_have_no_certificate_yet(packet_office, tmp_path):
    office, built = packet_office
    other = office.projects.by_code("2025-002")  # closed, 5 passed, no certificate issued
    result = office.packets.export(out_dir=tmp_path, project_id=other.id, on=DAY)
    assert verify_packet(result.path).ok
    assert result.warnings[0].startswith(f"“{other.name}”：5 名合格学员尚未发证")
    assert "发放证书" in result.warnings[0]
    certified = office.packets.export(out_dir=tmp_path, project_id=built.project_id, on=DAY)
    assert not any("尚未发证" in w for w in certified.warnings)


def test_a_packet_is_refused_while_a_certificate_no_longer_matches_the_ledger(packet_office, tmp_path):
    office, built = packet_office
    usb = tmp_path / "U盘"
    usb.mkdir()
    holder = office.certificates.find(project_ids=[built.project_id])[0]
    stage = office.projects.stages(built.project_id)[0]
    office.results.set_result(enrollment_id=holder.enrollment_id, stage_id=stage.id, result="不合格")  # on 结业
    before = _dump(office)
    with pytest.raises(TrainOfficeError, match=f"不能放入提交包：{holder.number} {holder.name}（考核结果由{holder.result}改为不合格）"
                                               ".*--reissue，然后再生成提交包"):
        office.packets.export(out_dir=usb, project_id=built.project_id, on=DAY)
    with pytest.raises(TrainOfficeError, match=holder.name):
        office.packets.export(out_dir=usb, year=2025, on=DAY)
    assert list(usb.iterdir()) == [] and _dump(office) == before
    office.certificates.reissue(built.project_id)
    result = office.packets.export(out_dir=usb, project_id=built.project_id, on=DAY)
    certs = json.loads(_members(result.path)["data/certificates.json"])["rows"]
    revoked = next(c for c in certs if c["number"] == holder.number)
    assert revoked["revoked_at"] and revoked["revoke_reason"] == f"更正后考核结果由{holder.result}改为不合格"


def test_the_year_packet_counts_for_archiving_each_project_it_holds(packet_office, tmp_path):
    office, built = packet_office
    with pytest.raises(ValidationError, match="还没有生成含它的提交包（本项目的提交包，或 2025 年度包）"):
        office.projects.archive(built.project_id)
    office.packets.export(out_dir=tmp_path, year=2025, on=DAY)
    later = build_project(office, code="2025-003", name="2025年测试县班主任培训", trainees=3, fail=0, incomplete=0,
                          withdrawn=0, teacher_offset=20)  # added after the year packet: not in it
    office.certificates.issue(project_id=later.project_id)
    office.projects.archive(built.project_id)
    assert office.projects.project(built.project_id).status == "归档"
    with pytest.raises(ValidationError, match="还没有生成含它的提交包"):
        office.projects.archive(later.project_id)
    # a year packet older than the project's last change does not count either
    office.projects.reopen(built.project_id, reason="补正考勤")
    office.database.conn.execute("UPDATE packets SET created_at = '2000-01-01 00:00:00'")
    with pytest.raises(ValidationError, match="提交包生成于 2000-01-01 00:00:00，之后.*又有变动"):
        office.projects.archive(built.project_id)


def test_a_year_packet_states_the_county_figures_the_cycle_and_the_archive_deadlines(packet_office, tmp_path):
    office, _ = packet_office
    on = dt.date(2025, 5, 1)  # both courses ended 2025-03-11: 归档截止 2025-04-11, 20 days ago
    files = _members(office.packets.export(out_dir=tmp_path, year=2025, on=on).path)
    book = openpyxl.load_workbook(io.BytesIO(files["年度汇总表.xlsx"]))
    annual = office.compliance.annual(2025)
    county = f"在职教师 {annual.teachers} 人，达标 {annual.met} 人，达标率 {annual.rate:.1%}（目标 90%，未达到）"
    assert annual.teachers == 15 and county in book["学校学分达标情况"]["A2"].value
    exported = openpyxl.load_workbook(office.compliance.export(2025, tmp_path / "达标.xlsx"))["五年周期完成情况"]
    assert [[c.value for c in r] for r in book["五年周期完成情况"].iter_rows()] == \
        [[c.value for c in r] for r in exported.iter_rows()]  # the compliance export's own sheet
    assert "2021—2025 年周期（要求 360 学时）：在职教师 15 人，已完成 0 人" in book["五年周期完成情况"]["A2"].value
    archive = list(book["归档清单"].iter_rows(min_row=4, values_only=True))
    assert [row[1:7] for row in archive] == [
        ("2025-001", "2025年测试县初中数学骨干教师能力提升培训", "结业", "2025-03-11", "2025-04-11", "已逾期 20 天"),
        ("2025-002", "2025年测试县新教师岗前培训", "结业", "2025-03-11", "2025-04-11", "已逾期 20 天")]
    assert "□开班通知" in archive[0][8] and "□满意度调查" in archive[0][8]
    assert "一个月内" in book["归档清单"]["A2"].value

    pages = text_of(files["提交报告.pdf"])
    total = next(line for line in pages[1].splitlines() if line.startswith("合计"))
    assert total == "合计 2 个项目 15 14 12 93.3% 85.7% 28.6% 10,800"  # no sum of the courses' 学时 (12 + 48)
    archive_page = next(p for p in pages if "归档清单" in p)
    assert "2025-04-11" in archive_page and "已逾期 20 天" in archive_page
    schools = next(p for p in pages if "学校学分达标情况" in p)
    assert f"达标 {annual.met} 人，达标率 {annual.rate:.1%}（目标 90%，未达到）" in schools
    assert "2021—2025 年周期（要求 360 学时）：在职教师 15 人，已完成 0 人，完成率 0.0%" in schools


def test_a_packet_with_nothing_to_submit_is_refused(office, tmp_path, capsys):
    from trainoffice.projects import Project

    office.settings.update({"office_name": "测试县教育局"})
    pid = office.projects.create(Project(code="2027-01", name="2027年测试县新教师培训", year=2027, days_local=2))
    usb = tmp_path / "U盘"
    usb.mkdir()
    before = _dump(office)
    with pytest.raises(TrainOfficeError, match="还在计划中（未开班），没有名单、考勤和学时可以提交。请选择已结业的项目"):
        office.packets.export(out_dir=usb, project_id=pid)
    with pytest.raises(TrainOfficeError, match="2027 年的 1 个培训项目都还没有结业（计划 1 个），没有可以提交的培训。"
                                               "年度包只含已结业的项目：请在项目结业后再生成，或选择其他年度"):
        office.packets.export(out_dir=usb, year=2027)
    running = build_project(office, code="2027-02", name="2027年测试县班主任培训", year=2027, status="开班",
                            start=dt.date(2027, 3, 10))
    with pytest.raises(TrainOfficeError, match="2027 年的 2 个培训项目都还没有结业（开班 1 个、计划 1 个）"):
        office.packets.export(out_dir=usb, year=2027)
    with pytest.raises(TrainOfficeError, match="“2027年测试县班主任培训”尚未结业（2027-03-11 结束），考勤、考核结果和学时"
                                               "还没有定下来，不能生成提交包。请选择已结业的项目"):
        office.packets.export(out_dir=usb, project_id=running.project_id)
    assert list(usb.iterdir()) == []
    before = _dump(office)  # nothing written by a refusal
    db = str(office.path)
    office.close()
    for scope, said in ((["--project", "2027-01"], "还在计划中（未开班）"), (["--project", "2027-02"], "尚未结业"),
                        (["--year", "2027"], "都还没有结业")):
        assert main(["packet", "export", "--db", db, *scope, "--out", str(usb)]) == 1
        assert said in capsys.readouterr().err
    assert list(usb.iterdir()) == []
    with Office(db) as reopened:
        assert _dump(reopened) == before


def test_a_year_packet_holds_the_finished_projects_and_names_the_others(packet_office, tmp_path):
    """Review j: made in November, the 2026 year packet signed a course still running (合格率 0%) and one not yet
    held (结算 16,800 元) into its figures. It holds the 结业/归档 projects and names the rest, everywhere."""
    from trainoffice.projects import Project

    office, built = packet_office
    running = build_project(office, code="2025-003", name="2025年测试县班主任培训", trainees=3, fail=0, incomplete=0,
                            withdrawn=0, teacher_offset=20, start=dt.date(2025, 3, 24))
    office.projects.reopen(running.project_id, reason="补录考勤")  # 开班 again, its hours still posted
    planned = office.projects.create(Project(code="2025-004", name="2025年测试县幼儿教师培训", year=2025, days_local=3,
                                             places=14))
    office.roster.enroll(planned, running.teacher_ids)
    result = office.packets.export(out_dir=tmp_path, year=2025, on=DAY)
    left_out = "未纳入：2025-003（开班，03-25 结束）、2025-004（计划）"
    assert result.warnings[0] == (f"年度包只含 2025 年已结业的 2 个项目。{left_out}，尚未结业，不计入本包的名单、合计和"
                                  "结算；它们结业后请重新生成年度包。")
    assert verify_packet(result.path, public_key=office.signer.public_key).ok
    files = _members(result.path)
    projects = json.loads(files["data/projects.json"])["rows"]
    assert [p["code"] for p in projects] == ["2025-001", "2025-002"]
    assert {e["project_id"] for e in json.loads(files["data/enrollments.json"])["rows"]} == {p["id"] for p in projects}
    assert [p["code"] for p in json.loads(files["manifest.json"])["period"]["not_included"]] == ["2025-003", "2025-004"]

    book = openpyxl.load_workbook(io.BytesIO(files["年度汇总表.xlsx"]))
    for sheet in ("参培学员名单汇总表", "考勤汇总", "经费结算", "归档清单"):
        assert f"{left_out}，尚未结业，不计入本表" in book[sheet]["A2"].value
        assert {row[1] for row in book[sheet].iter_rows(min_row=4, values_only=True)} == {"2025-001", "2025-002"}
    assert "未纳入" not in book["学校学分达标情况"]["A2"].value  # the ledger of the year, not its projects
    summary = text_of(files["提交报告.pdf"])[1]
    assert f"本表只含已结业的项目；{left_out}，尚未结业，不计入本表和合计。" in summary
    assert "2025-003" not in summary.replace(left_out, "") and "2025-004" not in summary.replace(left_out, "")
    total = next(line for line in summary.splitlines() if line.startswith("合计"))
    assert total == "合计 2 个项目 15 14 12 93.3% 85.7% 28.6% 10,800"  # as when the year held only these two

    # 归档 counts the packet for the projects it holds only
    office.projects.archive(built.project_id)
    office.projects.close(running.project_id, today=DAY)
    office.certificates.issue(project_id=running.project_id)
    with pytest.raises(ValidationError, match="“2025年测试县班主任培训”还没有生成含它的提交包"):
        office.projects.archive(running.project_id)
    usb = tmp_path / "U盘"
    usb.mkdir()
    again = office.packets.export(out_dir=usb, year=2025, on=DAY)
    assert again.warnings[0] == ("年度包只含 2025 年已结业的 3 个项目。未纳入：2025-004（计划），尚未结业，不计入本包的名单、"
                                 "合计和结算；它们结业后请重新生成年度包。")
    office.projects.archive(running.project_id)


def test_a_packet_made_into_a_relative_folder_is_recorded_where_it_is(packet_office, tmp_path, monkeypatch, capsys):
    office, built = packet_office
    db = str(office.path)
    office.close()
    (tmp_path / "usb").mkdir()
    monkeypatch.chdir(tmp_path)
    assert main(["packet", "export", "--db", db, "--project", built.code, "--out", "usb"]) == 0
    with Office(db) as reopened:
        recorded = Path(reopened.packets.history()[0].path)
    assert recorded.is_absolute() and recorded.parent == tmp_path / "usb" and recorded.is_file()
    assert str(recorded) in capsys.readouterr().out


def test_verify_with_another_key_names_both_fingerprints(packet_office, tmp_path, capsys):
    from trainoffice.signing import b64url, fingerprint

    office, built = packet_office
    packet = office.packets.export(out_dir=tmp_path, project_id=built.project_id, on=DAY).path
    own = office.signer.fingerprint
    with Office(tmp_path / "other.sqlite3") as other:
        wrong = other.signer.public_key
    report = verify_packet(packet, public_key=wrong)
    assert not report.ok and report.fingerprint == own and report.given_fingerprint == fingerprint(wrong)
    # review j: intact, only signed by another office, it read as tampered with
    assert report.problems == [f"提交包是用另一把密钥签名的，不是被改动过：包内公钥指纹 {own}，指定的公钥指纹 "
                               f"{fingerprint(wrong)}。它不是指定公钥的单位签发的；请确认发出单位，或改用它报备的公钥核验。"]
    assert main(["packet", "verify", str(packet), f"--key={b64url(wrong)}"]) == 1
    out = capsys.readouterr().out
    assert f"提交包的公钥指纹：{own}\n" in out and f"指定的公钥指纹：{fingerprint(wrong)}（与提交包的不一致）" in out
    assert "问题：提交包是用另一把密钥签名的" in out and "被改动，或" not in out

    changed = verify_packet(_rewrite(packet, tmp_path / "changed.zip", _more_enrolled), public_key=wrong)
    assert changed.problems == [f"提交包的公钥（指纹 {own}）与指定的公钥（指纹 {fingerprint(wrong)}）不符：不是该单位签发的",
                                "签名无效：manifest.json 被改动，或签名不是该单位的"]
    assert main(["packet", "verify", str(packet)]) == 0
    assert f"提交包的公钥指纹：{own}（请与发出单位报备的指纹核对）" in capsys.readouterr().out
