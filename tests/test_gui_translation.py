"""The English translation: every string in ui/ and every message of the core (trainoffice.text) is translated,
the shipped .qm is current, and it loads."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ui import app
from ui.mainwindow import MainWindow
from ui.teacher_editor import TeacherEditor

ROOT = Path(__file__).resolve().parents[1]
LUPDATE = Path(sys.executable).parent / ("pyside6-lupdate.exe" if sys.platform == "win32" else "pyside6-lupdate")


def messages(ts: Path) -> list[tuple[str, str, bool]]:
    root = ET.parse(ts).getroot()
    return [(ctx.findtext("name"), m.findtext("source"), m.get("numerus") == "yes")
            for ctx in root.iter("context") for m in ctx.iter("message")]


def test_every_string_has_an_english_translation_in_the_shipped_qm(tmp_path, english):
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p.relative_to(ROOT)) for folder in ("ui", "trainoffice") for p in (ROOT / folder).rglob("*.py"))
    subprocess.run([str(LUPDATE), *sources, "-locations", "none", "-ts", str(fresh)], cwd=ROOT, check=True,
                   capture_output=True)
    found = messages(fresh)
    assert len(found) > 150
    untranslated = [(context, source) for context, source, numerus in found
                    if not english.translate(context, source, None, 2 if numerus else -1)]
    assert not untranslated, ("strings without English; see resources/translations/README.md", untranslated)


def test_the_app_speaks_english_when_asked(english, office, qtbot, monkeypatch):
    monkeypatch.setenv("TRAINOFFICE_LANG", "en")
    assert app.wants_english()
    window = MainWindow(office)
    qtbot.addWidget(window)
    titles = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert titles == ["Teachers", "Schools", "Projects", "Hours", "Certificates", "Packets", "Settings"]
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Edit", "&View", "&Help"]
    projects = window.pages[2]
    assert projects.new_button.text().replace("&", "") == "New project" and projects.status.itemText(2) == "Running"
    assert window.pages[0].count_label.text() == "0 teachers"
    editor = TeacherEditor(window.ops)
    qtbot.addWidget(editor)
    assert editor.tabs.tabText(0) == "Personal" and editor.save_button.text() == "Save"


def test_chinese_is_the_default(monkeypatch):
    monkeypatch.setenv("TRAINOFFICE_LANG", "zh")
    assert not app.wants_english()
    assert QApplication.translate("MainWindow", "教师") == "教师"


def test_the_cores_messages_follow_the_language(english, monkeypatch):
    """A refusal composed by the core reads in English in the English build, its vocabulary words too; the
    CLI and the Chinese build (no translator, or no English) keep the Chinese source."""
    from PySide6.QtCore import QCoreApplication

    from trainoffice import text
    from trainoffice.errors import ValidationError
    from trainoffice.projects import Project, require_status

    planned = Project(code="2026-01", name="班主任培训班", year=2026, status="计划")
    monkeypatch.setattr(text, "_translator", QCoreApplication.translate)
    with pytest.raises(ValidationError) as refused:
        require_status(planned, ("开班",), text.translate("sessions", "安排课程"))
    assert str(refused.value) == "Project “班主任培训班” is Planned: cannot schedule sessions. Open it first."
    monkeypatch.setattr(text, "_translator", None)
    with pytest.raises(ValidationError) as chinese:
        require_status(planned, ("开班",), text.translate("sessions", "安排课程"))
    assert str(chinese.value) == "项目“班主任培训班”当前状态为计划，不能安排课程。请先开班。"
