"""Regenerate the screenshots in this folder from the demo county, headless.

    .venv/bin/python resources/screenshots/make_screenshots.py

Builds the demo database in a temporary folder, opens the main window at 1280x800 on the offscreen
platform (no display needed) and saves the 教师, 学校 and 设置 pages and the teacher editor as PNG.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["TRAINOFFICE_LANG"] = "zh"
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from trainoffice.demo import build_demo  # noqa: E402
from trainoffice.office import Office  # noqa: E402
from trainoffice.roster import TargetGroup  # noqa: E402
from ui.app import create_application, install_translators  # noqa: E402
from ui.mainwindow import MainWindow  # noqa: E402
from ui.pages.projects import ProjectsPage  # noqa: E402
from ui.pages.schools import SchoolsPage  # noqa: E402
from ui.pages.teachers import TeachersPage  # noqa: E402


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def wait_for_job(app: QApplication, window: MainWindow) -> None:
    """Background jobs (the plan check) finish before the picture is taken."""
    while window.ops.busy:
        app.processEvents()
        time.sleep(0.01)
    settle(app)


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
        projects = window.current_page()
        assert isinstance(projects, ProjectsPage)
        projects.table.selectRow(4)
        save(window, "projects.png")
        by_code = {projects.model.item(row).project.code: projects.model.project_id(row)
                   for row in range(projects.model.rowCount())}
        detail = projects.open_project(by_code["2026-05"])  # the principal course, running
        save(window, "project-info.png")
        detail.show_tab("课程安排")
        save(window, "project-sessions.png")
        detail.show_tab("经费与记录")
        save(window, "project-budget.png")
        planned = by_code["2026-07"]  # planned: township quotas, part of the roster in
        full = office.roster.candidates(planned, TargetGroup(townships=("永乐江镇",), stages=("初中",)))
        office.roster.enroll(planned, full[:2])  # 永乐江镇's 3 places are taken: these two are flagged
        window.ops.announce("enrollments")
        detail.set_project(planned)
        roster = detail.show_tab("指标与名单")
        roster.roster_view.selectRow(10)
        save(window, "project-roster.png")
        picker = roster.pick_from_registry()
        picker.filters.stage_boxes["初中"].setChecked(True)
        picker.filters.min_age.setValue(45)
        picker.apply_filters()
        picker.view.selectRow(0)
        save(picker, "project-enroll.png")
        picker.reject()
        projects.show_list()

        new = projects.create_item()
        new.form.inputs["code"].setText("2026-11")
        new.form.inputs["name"].setText("乡村学校班主任能力提升培训班")
        new.form.inputs["start_date"].setText("2026-09-14")
        new.form.inputs["end_date"].setText("2026-09-11")
        new.form.days_local.setValue(4)
        new.form.places.setValue(60)
        new.create()  # refused: the core names the field, the form shows why under it
        save(new, "project-new-error.png")
        new.reject()

        sys.path.insert(0, str(HERE.parents[1] / "tests"))
        import chenzhou_plan
        from openpyxl import load_workbook

        plan = chenzhou_plan.write_xlsx(Path(folder) / "2018年全市教师培训计划.xlsx")
        book = load_workbook(plan)
        book.active["J5"] = "七十"  # two rows the import cannot place, as real tables have
        book.active["G6"], book.active["H6"], book.active["I6"] = 6, 6, 13
        book.save(plan)
        dialog = projects.import_plan()
        dialog.path.setText(str(plan))
        dialog.year.setValue(2018)
        dialog.check()
        wait_for_job(app, window)
        save(dialog, "plan-import.png")
        dialog.reject()
        window.close()
    print("saved:", ", ".join(saved))
    return 0


if __name__ == "__main__":
    sys.exit(main())
