"""Regenerate the screenshots in this folder from the demo county, headless.

    .venv/bin/python resources/screenshots/make_screenshots.py

Builds the demo database in a temporary folder, opens the main window at 1280x800 on the offscreen
platform (no display needed) and saves the 教师, 学校, 证书, 提交包 and 设置 pages (with the certificate
design's live preview), the teacher editor and the certificate verify dialog as PNG.
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

from PySide6.QtWidgets import QApplication, QScrollArea  # noqa: E402

from trainoffice.demo import build_demo  # noqa: E402
from trainoffice.office import Office  # noqa: E402
from ui.app import create_application, install_translators  # noqa: E402
from ui.certificate_settings import CertificateSection  # noqa: E402
from ui.mainwindow import MainWindow  # noqa: E402
from ui.pages.certificates import CertificatesPage  # noqa: E402
from ui.pages.packets import PacketsPage  # noqa: E402
from ui.pages.schools import SchoolsPage  # noqa: E402
from ui.pages.teachers import TeachersPage  # noqa: E402


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
        settings = window.current_page()
        design = next(s for s in settings.sections if isinstance(s, CertificateSection))
        scroll = settings.findChild(QScrollArea)
        settle(app)
        scroll.verticalScrollBar().setValue(design.parentWidget().mapTo(scroll.widget(), design.pos()).y() - 8)
        save(window, "settings-certificate.png")

        window.page_actions[4].trigger()
        certificates = window.current_page()
        assert isinstance(certificates, CertificatesPage)
        certificates.year_filter.setCurrentIndex(certificates.year_filter.findData(2025))
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
        save(window, "projects-coming.png")
        window.close()
    print("saved:", ", ".join(saved))
    return 0


if __name__ == "__main__":
    sys.exit(main())
