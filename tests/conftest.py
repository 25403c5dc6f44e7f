"""Shared fixtures: a fresh database file per test; the demo county when a test wants a lived-in one."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from trainoffice.attendance import Mark
from trainoffice.idnumber import check_character
from trainoffice.office import Office
from trainoffice.projects import Project
from trainoffice.registry import School, Teacher
from trainoffice.results import Assessment


@pytest.fixture
def english(qapp, monkeypatch):
    """The English build as the app sets it up: the shipped .qm for the UI, and the core's messages through it."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from trainoffice import text
    from ui import app

    translator = QTranslator()
    assert translator.load("trainoffice_en", str(app.TRANSLATIONS))
    qapp.installTranslator(translator)
    monkeypatch.setattr(text, "_translator", QCoreApplication.translate)
    yield translator
    qapp.removeTranslator(translator)


@pytest.fixture
def office(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))  # platformdirs and the log stay inside the test
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / ".local" / "share"))
    with Office(tmp_path / "office.sqlite3") as opened:
        opened.set_identity(office_name="测试县教育局教师培训股", county_name="测试县", county_code="431028")
        yield opened


@pytest.fixture
def school_id(office) -> int:
    return office.registry.save_school(School(name="测试县第一中学", township="城关镇", stages="初中、高中"))


def make_teacher(school_id: int, **overrides) -> Teacher:
    values = dict(name="张三", id_number="11010519491231002X", school_id=school_id, stage="初中",
                  subject="数学", title="一级教师", phone="13800138000")
    values.update(overrides)
    return Teacher(**values)


_ID_SEQUENCE = itertools.count(1)


def make_teachers(office, school_id: int, names) -> list[int]:
    """Teachers saved at a school, each with a valid ID number of their own."""
    ids = []
    for name in names:
        first17 = f"43102819800101{next(_ID_SEQUENCE):03d}"
        ids.append(office.registry.save_teacher(make_teacher(school_id, name=name,
                                                             id_number=first17 + check_character(first17))))
    return ids


def make_course(office, names=("王芳", "李强", "张敏"), *, start: dt.date = dt.date(2026, 5, 6)) -> int:
    """A 2-day project from ``start`` (4 half-days of 3 学时) with these trainees, opened: 李强, 王芳, 张敏 by
    pinyin. Its number is 2026-07 (the year of ``start``)."""
    sid = office.registry.save_school(School(name="安仁县城关中学", township="永乐江镇", stages="初中"))
    ids = make_teachers(office, sid, names)
    pid = office.projects.create(Project(code=f"{start.year}-07", name="班主任培训班", year=start.year, days_local=2,
                                         places=3, start_date=start.isoformat(),
                                         end_date=(start + dt.timedelta(days=1)).isoformat()))
    office.roster.enroll(pid, ids)
    office.sessions.generate(pid)
    office.projects.open(pid)
    return pid


def make_corrected_course(office):
    """2026-07 (12 学时, 李强 王芳 张敏) closed and certified; then reopened, 李强 marked absent from two
    half-days (12 → 6 学时) and 张敏 failed. Returns the project (开班 again) and the certificates by name."""
    pid = make_course(office)
    stage = office.projects.stages(pid)[0]
    office.attendance.fill(pid, status="出勤")
    trainees = {t.name: t for t in office.roster.roster(pid)}
    office.results.set_results(pid, [Assessment(t.enrollment_id, stage.id, "合格", 80) for t in trainees.values()])
    office.projects.close(pid)
    office.certificates.issue(project_id=pid)
    before = {c.name: c for c in office.certificates.find(project_ids=[pid])}
    assert {c.hours for c in before.values()} == {12}
    office.projects.reopen(pid, reason="考勤录错")
    sessions = office.sessions.sessions(pid)
    office.attendance.set_marks(pid, [Mark(trainees["李强"].enrollment_id, s.id, "缺勤") for s in sessions[:2]])
    office.results.set_result(enrollment_id=trainees["李强"].enrollment_id, stage_id=stage.id, result="合格",
                              score=80, override_reason="补课后考核合格")  # 50% attended: passed only with a reason
    office.results.set_result(enrollment_id=trainees["张敏"].enrollment_id, stage_id=stage.id, result="不合格",
                              score=40)
    return pid, before


# ----- GUI tests (pytest-qt, offscreen) --------------------------------------------------------
class MessageBoxes:
    """Answers QMessageBox.exec instead of a person (a modal box would block the headless test run).

    ``shown`` keeps each box's text and detail; ``answer`` is the button role clicked (accept by default).
    """

    def __init__(self):
        from PySide6.QtWidgets import QMessageBox

        self.shown: list[str] = []
        self.answer = QMessageBox.ButtonRole.AcceptRole

    def exec(self, box) -> int:
        self.shown.append(f"{box.text()}\n{box.informativeText()}")
        for button in box.buttons():
            if box.buttonRole(button) == self.answer:
                button.click()
                break
        return 0

    @property
    def last(self) -> str:
        return self.shown[-1] if self.shown else ""


@pytest.fixture
def message_boxes(monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    boxes = MessageBoxes()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.exec(box))
    return boxes


@pytest.fixture
def ops(office, qapp):
    """The shared Operations over the test database, as the main window would make it."""
    from ui.operations import Operations

    operations = Operations(office)
    yield operations
    operations.wait()


def type_text(qtbot, widget, text: str) -> None:
    """Type as a user would: ASCII through key presses, Chinese as an input method commits it.

    QTest.keyClicks only knows ASCII keys; a Chinese IME delivers 张三 as a QInputMethodEvent.
    """
    import re

    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    for chunk in re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]+", text):
        if chunk.isascii():
            qtbot.keyClicks(widget, chunk)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(chunk)
            QApplication.sendEvent(widget, event)
