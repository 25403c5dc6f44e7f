"""Regenerate the screenshots in this folder from the demo county, headless.

    .venv/bin/python resources/screenshots/make_screenshots.py

Builds the demo database in a temporary folder, opens the main window at 1280x800 on the offscreen
platform (no display needed) and saves the 教师, 学校, 学时登记 and 设置 pages, the teacher editor, and
the project widgets 考勤 (attendance grid) and 考核 (results) as PNG.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["TRAINOFFICE_LANG"] = "zh"
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from trainoffice.demo import build_demo  # noqa: E402
from trainoffice.office import Office  # noqa: E402
from ui.app import create_application, install_translators  # noqa: E402
from ui.attendance_grid import AttendanceGrid  # noqa: E402
from ui.mainwindow import MainWindow  # noqa: E402
from ui.pages.hours import HoursPage  # noqa: E402
from ui.pages.schools import SchoolsPage  # noqa: E402
from ui.pages.teachers import TeachersPage  # noqa: E402
from ui.results_view import ResultsView  # noqa: E402


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main() -> int:
    app = create_application()
    install_translators(app)
    with tempfile.TemporaryDirectory() as folder:
        office = Office(Path(folder) / "安仁县.sqlite3")
        build_demo(office, seed=2026)
        window = MainWindow(office)
        window.resize(1280, 800)
        window.show()
        settle(app)
        saved = []

        def save(widget, name: str) -> None:
            settle(app)
            widget.grab().save(str(HERE / name))
            saved.append(name)

        teachers = window.pages[0]
        assert isinstance(teachers, TeachersPage)
        teachers.search.setText("zh")
        teachers.township_filter.setCurrentIndex(teachers.township_filter.findData("永乐江镇"))
        teachers.apply_query()
        teachers.table.selectRow(2)
        save(window, "teachers.png")

        editor = teachers.open_teacher(teachers.model.teacher_id(2))
        save(editor, "teacher-editor.png")
        editor.tabs.setCurrentIndex(2)
        save(editor, "teacher-editor-history.png")
        editor.reject()

        new = teachers.open_teacher(None)
        new._inputs["name"].setText("张 三")
        new._inputs["id_number"].setText("110105199002300011")
        new._inputs["phone"].setText("1380013800a")
        new.save()  # refused: shows every problem inline, Save stays disabled
        save(new, "teacher-editor-errors.png")
        new.reject()

        window.page_actions[1].trigger()
        schools = window.current_page()
        assert isinstance(schools, SchoolsPage)
        schools.table.selectRow(0)
        save(window, "schools.png")

        window.page_actions[6].trigger()
        save(window, "settings.png")

        window.page_actions[2].trigger()
        save(window, "projects-coming.png")

        # 学时登记: a teacher's ledger over the last cycle, with one manual entry corrected (冲销 + new line).
        window.page_actions[3].trigger()
        hours = window.current_page()
        assert isinstance(hours, HoursPage)
        teacher_id = office.roster.roster(office.projects.by_code("2025-06").id)[0].teacher_id
        manual = next(r for r in office.credits.rows(teacher_id) if r.category == "校本研修")
        office.credits.correct_entry(manual.id, reason="登记表学时抄错", hours=manual.hours - 4)
        hours.open_teacher(teacher_id, None)
        hours.ledger.period.setCurrentIndex(1)  # 上一周期
        hours.ledger.table.selectRow(0)
        save(window, "hours-ledger.png")

        # 学分达标: last year, schools by share under target, the worst one drilled into.
        hours.tabs.setCurrentWidget(hours.compliance)
        compliance = hours.compliance
        compliance.year.setCurrentIndex(compliance.year.findData(2025))
        while window.ops.busy or compliance.annual is None:
            app.processEvents()
        compliance.schools_view.sortByColumn(5, Qt.SortOrder.DescendingOrder)
        compliance.schools_view.selectRow(0)
        compliance.drill_down(compliance.schools_proxy.index(0, 0))
        save(window, "hours-compliance.png")

        # 考勤 and 考核 are tabs of a project; here on their own, on the demo's running 2026 principal course
        # and its completed 2025 one.
        grid = AttendanceGrid(window.ops)
        grid.resize(1280, 720)
        grid.show()
        grid.set_project(office.projects.by_code("2026-05").id)
        grid.go_to(5, 3)
        save(grid, "attendance-grid.png")
        grid.close()
        results = ResultsView(window.ops)
        results.resize(1280, 720)
        results.show()
        results.set_project(office.projects.by_code("2025-06").id)
        save(results, "results.png")
        results.close()
        window.close()
    print("saved:", ", ".join(saved))
    return 0


if __name__ == "__main__":
    sys.exit(main())
