"""签到表 and 学时登记卡 PDFs, read back with independent readers."""

from __future__ import annotations

import datetime as dt

import pytest
from pdfcheck import fonts_of, page_count, text_of
from training_data import build_project

from trainoffice.cli import main
from trainoffice.errors import ValidationError
from trainoffice.idnumber import mask, mask_phone


def test_signin_sheets_per_session_carry_the_roster_and_repeat_the_header(office, tmp_path):
    built = build_project(office, trainees=45, withdrawn=2, days=2)
    out = tmp_path / "签到表.pdf"
    result = office.forms.print_signin(project_id=built.project_id, out=out)
    pages = text_of(out)
    assert result.pages == page_count(out) == len(pages)
    sessions = office.sessions.sessions(built.project_id)
    assert len(sessions) == 4 and len(pages) % 4 == 0 and len(pages) >= 8  # 43 people need two pages a session
    per_sheet = len(pages) // 4
    roster = office.database.conn.execute(
        "SELECT t.name, t.phone FROM enrollments e JOIN teachers t ON t.id = e.teacher_id"
        " WHERE e.project_id = ? AND e.status = '在册'", (built.project_id,)).fetchall()
    gone = office.database.conn.execute(
        "SELECT t.name FROM enrollments e JOIN teachers t ON t.id = e.teacher_id WHERE e.status = '退出'").fetchall()
    first_sheet = "\n".join(pages[:per_sheet])
    for name, phone in roster:
        assert name in first_sheet and mask_phone(phone) in first_sheet and phone not in first_sheet
    for (name,) in gone:
        assert name not in first_sheet.replace(" ", "") or any(name == n for n, _ in roster)
    for n, page in enumerate(pages[:per_sheet], start=1):
        for label in ("培训名称", "序号", "姓名", "单位", "职务", "联系电话", "签名"):
            assert label in page
        assert f"第 {n} 页 共 {per_sheet} 页" in page
    assert "上午" in pages[0] and "下午" in pages[per_sheet] and "2025年3月10日" in pages[0]
    assert f"应到 {len(roster)} 人" in pages[per_sheet - 1]
    assert all(fonts_of(out).values())


def test_signin_sheets_per_day_have_a_signature_column_per_slot(office, tmp_path):
    built = build_project(office, trainees=6, days=3)
    result = office.forms.print_signin(project_id=built.project_id, out=tmp_path / "d.pdf", per="day",
                                       masked=False)
    pages = text_of(tmp_path / "d.pdf")
    assert result.pages == 3 == len(pages)
    assert "上午签名" in pages[0] and "下午签名" in pages[0]
    phone = office.database.conn.execute(
        "SELECT t.phone FROM enrollments e JOIN teachers t ON t.id = e.teacher_id WHERE e.status = '在册'").fetchone()[0]
    assert phone in pages[0]  # unmasked on request


def test_a_long_project_name_is_printed_whole_within_the_page(office, tmp_path):
    """A 60-character name ran off the right edge of the sheet and lost 第一期 (review F): it wraps now."""
    import pdfplumber

    name = "“国培计划（2025）”湖南省测试县乡村中小学及幼儿园教师信息技术应用能力提升工程2.0整校推进示范培训班（第一期）"
    built = build_project(office, name=name, trainees=6, days=1)
    office.forms.print_signin(project_id=built.project_id, out=tmp_path / "s.pdf")  # per session: A4 portrait
    with pdfplumber.open(tmp_path / "s.pdf") as pdf:
        page = pdf.pages[0]
        assert max(ch["x1"] for ch in page.chars) <= page.width
        text = page.extract_text().replace("\n", "")
    assert f"培训名称：{name}" in text


def test_a_project_without_sessions_says_what_to_do(office, tmp_path):
    built = build_project(office, trainees=3)
    office.database.conn.execute("DELETE FROM attendance")
    office.database.conn.execute("DELETE FROM sessions")
    with pytest.raises(ValidationError, match="课程安排"):
        office.forms.print_signin(project_id=built.project_id, out=tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_the_ledger_card_totals_years_and_the_cycle_against_the_targets(office, tmp_path):
    built = build_project(office, trainees=4, fail=0, incomplete=0, withdrawn=0, stages=(("集中培训", 48),))
    teacher = built.teacher_ids[0]
    conn = office.database.conn
    conn.execute("INSERT INTO ledger (teacher_id, year, date, category, hours, credits, evidence)"
                 " VALUES (?, 2025, '2025-06-01', '校本研修', 30, 30, '校本研修记录')", (teacher,))
    conn.execute("INSERT INTO ledger (teacher_id, year, date, category, hours, credits, evidence)"
                 " VALUES (?, 2023, '2023-05-01', '网络研修', 20, 20, '平台证明')", (teacher,))
    card = office.credits.teacher_ledger(teacher, cycle_of=2025)
    assert (card.cycle_start, card.cycle_end) == (2021, 2025) and card.cycle_hours == 98
    out = tmp_path / "card.pdf"
    office.forms.print_ledger_card(teacher_id=teacher, out=out, year=2025, on=dt.date(2026, 3, 1))
    text = "\n".join(text_of(out))
    assert "2021年合计（年度目标 72 学分）" in text  # every year of the cycle, empty ones too
    number = conn.execute("SELECT id_number FROM teachers WHERE id = ?", (teacher,)).fetchone()[0]
    assert mask(number) in text and number not in text
    assert "2025年合计" in text and "达标" in text and "未达标（差 52）" in text  # 2023: 20 of 72
    assert "本周期累计 98 学时" in text and "未达标（差 262）" in text
    assert built.name in text and all(fonts_of(out).values())
    office.forms.print_ledger_card(teacher_id=teacher, out=out, year=2025, on=dt.date(2023, 3, 1))
    text = "\n".join(text_of(out))  # printed in 2023: that year is under way, the later ones not begun
    assert "进行中（尚差 52）" in text and text.count("未到") == 1 and text.count("未达标（差 72）") == 2  # 2024; 2021, 2022
    assert "周期目标 360 学时：进行中（尚差 262）" in text
    conn.execute("UPDATE teachers SET work_start_date = '2022-09-01' WHERE id = ?", (teacher,))
    office.forms.print_ledger_card(teacher_id=teacher, out=out, year=2025, on=dt.date(2026, 3, 1))
    text = "\n".join(text_of(out))  # review m: the years before the teacher started work were 未达标（差 72）
    assert text.count("未参加工作") == 1 and text.count("未达标（差 72）") == 2  # 2021; 2022 (its first) and 2024


def test_cli_prints_signin_and_ledger_card(office, tmp_path, capsys):
    built = build_project(office, trainees=3, fail=0, incomplete=0, withdrawn=0)
    number = office.database.conn.execute(
        "SELECT id_number FROM teachers WHERE id = ?", (built.teacher_ids[0],)).fetchone()[0]
    db = str(office.path)
    office.close()
    assert main(["print", "signin", "--project", built.code, "--db", db, "--out", str(tmp_path / "s.pdf"),
                 "--per", "day"]) == 0
    assert page_count(tmp_path / "s.pdf") == 2
    assert main(["print", "ledger-card", "--teacher", number, "--db", db, "--out", str(tmp_path / "c.pdf"),
                 "--year", "2025"]) == 0
    assert "学时登记卡" in text_of(tmp_path / "c.pdf")[0]
    assert main(["print", "ledger-card", "--teacher", "110105194912310029", "--db", db,
                 "--out", str(tmp_path / "n.pdf")]) == 1
    assert "不在教师信息库" in capsys.readouterr().err
