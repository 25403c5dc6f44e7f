"""Regenerate the screenshots in this folder from the demo county, headless.

    .venv/bin/python resources/screenshots/make_screenshots.py

Builds the demo database in a temporary folder, opens the main window at 1280x800 on the offscreen
platform (no display needed) and saves every page — 教师, 学校, 培训项目 with its tabs (考勤, 考核 ...),
学时登记, 证书, 提交包, 设置 with the certificate design's live preview — and the main dialogs as PNG.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["TRAINOFFICE_LANG"] = "zh"
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp()  # the backup kept on closing, the window's place: not the user's
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QScrollArea  # noqa: E402

from trainoffice.demo import build_demo  # noqa: E402
from trainoffice.office import Office  # noqa: E402
from trainoffice.roster import target_group_from_text  # noqa: E402
from ui.app import create_application, install_translators  # noqa: E402
from ui.certificate_settings import CertificateSection  # noqa: E402
from ui.mainwindow import MainWindow  # noqa: E402
from ui.pages.certificates import CertificatesPage  # noqa: E402
from ui.pages.hours import HoursPage  # noqa: E402
from ui.pages.packets import PacketsPage  # noqa: E402
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
        today = dt.date.today()  # the demo as of today: the app's own clock (deadlines, sessions due) agrees
        year = today.year
        build_demo(office, seed=2026, today=today)
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
        QDialog.reject(new)  # close without the 放弃未保存的修改？ question a person would be asked

        window.page_actions[1].trigger()
        schools = window.current_page()
        assert isinstance(schools, SchoolsPage)
        schools.table.selectRow(0)
        save(window, "schools.png")

        window.page_actions[6].trigger()
        save(window, "settings.png")
        settings = window.current_page()
        design = next(s for s in settings.sections if isinstance(s, CertificateSection))
        scroll = settings.findChild(QScrollArea)
        settle(app)
        scroll.verticalScrollBar().setValue(design.parentWidget().mapTo(scroll.widget(), design.pos()).y() - 8)
        save(window, "settings-certificate.png")

        window.page_actions[4].trigger()
        certificates = window.current_page()
        assert isinstance(certificates, CertificatesPage)
        certificates.year_filter.setCurrentIndex(certificates.year_filter.findData(year - 1))
        certificates.table.selectRow(3)
        save(window, "certificates.png")
        verify = certificates.open_verify()
        verify.text.setPlainText(certificates.model.certificate(3).signed_text)
        save(verify, "certificate-verify.png")
        verify.reject()

        window.page_actions[5].trigger()
        packets = window.current_page()
        assert isinstance(packets, PacketsPage)
        packets.table.selectRow(0)
        save(window, "packets.png")

        window.page_actions[2].trigger()
        projects = window.current_page()
        assert isinstance(projects, ProjectsPage)
        projects.table.selectRow(4)
        save(window, "projects.png")
        this_year = [r.project for r in office.projects.rows(year=year)]
        principal = next(p for p in this_year if "校长任职资格" in p.name)  # three stages, 返岗实践 among them
        detail = projects.open_project(principal.id)
        save(window, "project-info.png")
        detail.show_tab("课程安排")
        save(window, "project-sessions.png")
        detail.show_tab("经费与记录")
        save(window, "project-budget.png")
        planned = next(p for p in this_year if p.status == "计划")  # township quotas, part of the roster in
        quota = max(office.roster.quotas(planned.id), key=lambda q: q.enrolled)
        group = target_group_from_text(planned.target_group, subjects=())
        full = office.roster.candidates(planned.id, replace(group, townships=(quota.township,)))
        office.roster.enroll(planned.id, full[:quota.places - quota.enrolled + 2])  # two over the quota: flagged
        planned = planned.id
        window.ops.announce("enrollments")
        detail.set_project(planned)
        roster = detail.show_tab("指标与名单")
        roster.roster_view.selectRow(10)
        save(window, "project-roster.png")
        picker = roster.pick_from_registry()  # starts from 培训对象: 年龄在45岁以上中小学教师
        picker.view.selectRow(0)
        save(picker, "project-enroll.png")
        picker.reject()
        projects.show_list()

        new = projects.create_item()
        new.form.inputs["name"].setText("乡村学校班主任能力提升培训班")
        new.form.inputs["start_date"].setText(f"{year}-09-14")
        new.form.inputs["end_date"].setText(f"{year}-09-11")
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

        # 学时登记: a teacher's ledger over the last cycle, with one manual entry corrected (冲销 + new line).
        window.page_actions[3].trigger()
        hours = window.current_page()
        assert isinstance(hours, HoursPage)
        last_principal = next(r.project for r in office.projects.rows(year=year - 1) if "校长任职资格" in r.project.name)
        teacher_id = office.roster.roster(last_principal.id)[0].teacher_id
        manual = next(r for r in office.credits.rows(teacher_id) if r.category == "校本研修")
        office.credits.correct_entry(manual.id, reason="登记表学时抄错", hours=manual.hours - 4)
        hours.open_teacher(teacher_id, None)
        hours.ledger.period.setCurrentIndex(1)  # 上一周期
        hours.ledger.table.selectRow(0)
        save(window, "hours-ledger.png")

        # 学分达标: last year, schools by share under target, the worst one drilled into.
        hours.tabs.setCurrentWidget(hours.compliance)
        compliance = hours.compliance
        compliance.year.setCurrentIndex(compliance.year.findData(year - 1))
        while window.ops.busy or compliance.annual is None:
            app.processEvents()
        compliance.schools_view.sortByColumn(5, Qt.SortOrder.DescendingOrder)
        compliance.schools_view.selectRow(0)
        compliance.drill_down(compliance.schools_proxy.index(0, 0))
        save(window, "hours-compliance.png")

        # 考勤 and 考核: the course running today (its later sessions not yet due), last year's principal course.
        window.page_actions[2].trigger()
        running = next(p for p in this_year if p.status == "开班")
        grid = projects.open_project(running.id).show_tab("考勤")
        grid.go_to(5, 0)
        save(window, "attendance-grid.png")
        projects.show_list()
        projects.open_project(last_principal.id).show_tab("考核")
        save(window, "results.png")
        window.close()
    print("saved:", ", ".join(saved))
    return 0


if __name__ == "__main__":
    sys.exit(main())
