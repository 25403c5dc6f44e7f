"""Background operations: own connection per worker, results on the GUI thread, cancel, errors, one at a time."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt

from conftest import make_teacher
from trainoffice.errors import Cancelled, ValidationError
from ui import operations

pytestmark = pytest.mark.usefixtures("message_boxes")


def test_work_runs_on_its_own_connection_and_the_result_comes_back_on_the_gui_thread(ops, qtbot, school_id):
    seen = {}

    def work(office, progress, cancel):
        seen["thread"] = threading.get_ident()
        seen["office"] = office
        progress(0.5, "半程")
        return office.registry.save_teacher(make_teacher(school_id))

    results, changes = [], []
    ops.sig_changed.connect(changes.append)
    assert ops.run(work, label="保存", changes={"teachers"},
                   on_done=lambda result: results.append((result, threading.get_ident())))
    assert ops.busy
    qtbot.waitUntil(lambda: not ops.busy, timeout=5000)
    teacher_id, thread = results[0]
    assert thread == threading.get_ident() != seen["thread"]
    assert seen["office"] is not ops.office
    assert ops.office.registry.teacher(teacher_id).name == "张三"  # written by the worker, seen by the GUI
    assert changes == [frozenset({"teachers"})]


def test_user_errors_go_to_on_error_and_nothing_is_announced(ops, qtbot, message_boxes):
    def work(office, progress, cancel):
        raise ValidationError("第3行“身份证号”：校验位错误")

    errors, changes = [], []
    ops.sig_changed.connect(changes.append)
    ops.run(work, label="导入", changes={"teachers"}, on_error=errors.append)
    qtbot.waitUntil(lambda: not ops.busy, timeout=5000)
    assert [str(e) for e in errors] == ["第3行“身份证号”：校验位错误"] and changes == []
    ops.run(work, label="导入")  # without on_error: the message is shown as it is
    qtbot.waitUntil(lambda: not ops.busy, timeout=5000)
    assert message_boxes.last.startswith("第3行“身份证号”：校验位错误")


def test_unexpected_errors_are_logged_and_shown_briefly(ops, qtbot, message_boxes, caplog):
    def work(office, progress, cancel):
        raise ZeroDivisionError("secret 110105194912310021")

    ops.run(work, label="计算")
    qtbot.waitUntil(lambda: not ops.busy, timeout=5000)
    assert "出现意外错误（ZeroDivisionError）" in message_boxes.last
    assert "secret" not in message_boxes.last
    assert any(r.exc_info and r.exc_info[0] is ZeroDivisionError for r in caplog.records)


def test_progress_dialog_appears_late_and_escape_cancels(ops, qtbot, monkeypatch):
    monkeypatch.setattr(operations, "PROGRESS_DELAY_MS", 50)
    started = threading.Event()

    def work(office, progress, cancel):
        started.set()
        while not cancel():
            progress(0.25, "正在处理第 1 个文件")
            time.sleep(0.01)
        raise Cancelled("已取消")

    done, messages = [], []
    ops.sig_message.connect(messages.append)
    ops.run(work, label="正在导入…", on_done=done.append)
    assert started.wait(5)
    qtbot.waitUntil(lambda: ops.progress_dialog is not None and ops.progress_dialog.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: ops.progress_dialog.labelText() == "正在处理第 1 个文件", timeout=5000)
    assert ops.progress_dialog.value() == 250
    qtbot.keyClick(ops.progress_dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not ops.busy, timeout=5000)
    assert done == [] and ops.progress_dialog is None
    assert messages == ["已取消，没有写入任何内容。"]


def test_quick_work_shows_no_dialog(ops, qtbot):
    ops.run(lambda office, progress, cancel: 42, label="快")
    qtbot.waitUntil(lambda: not ops.busy, timeout=5000)
    assert ops.progress_dialog is None


def test_one_worker_at_a_time(ops, qtbot, message_boxes):
    release = threading.Event()
    ops.run(lambda office, progress, cancel: release.wait(5), label="第一项")
    assert not ops.run(lambda office, progress, cancel: None, label="第二项")
    assert "另一项任务还在进行" in message_boxes.last
    release.set()
    qtbot.waitUntil(lambda: not ops.busy, timeout=5000)
    assert ops.run(lambda office, progress, cancel: None, label="第二项")
    qtbot.waitUntil(lambda: not ops.busy, timeout=5000)
