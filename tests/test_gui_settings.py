"""The 设置 page: identity and numbers saved through Office.settings; mistakes shown, nothing half-saved."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout

from conftest import type_text
from ui.mainwindow import MainWindow
from ui.pages.settings import HoursSection, IdentitySection, PrivacySection, SettingsPage

pytestmark = pytest.mark.usefixtures("message_boxes")


@pytest.fixture
def window(office, qtbot):
    main = MainWindow(office)
    qtbot.addWidget(main)
    main.show()
    main.page_actions[6].trigger()
    return main


def section(page: SettingsPage, kind):
    return next(s for s in page.sections if isinstance(s, kind))


def test_settings_are_shown_and_saved(window, office, qtbot):
    page = window.current_page()
    assert isinstance(page, SettingsPage)
    identity, hours, privacy = (section(page, k) for k in (IdentitySection, HoursSection, PrivacySection))
    assert identity.inputs["county_code"].text() == "431028" and hours.hours_per_day.value() == 6
    assert privacy.mask.isChecked()
    identity.inputs["office_name"].clear()
    type_text(qtbot, identity.inputs["office_name"], "测试县教师发展中心")
    hours.hours_per_day.setValue(8)
    hours.credits_per_hour.setValue(0.5)
    hours.annual_target.setValue(90)
    hours.cycle_start_year.setValue(2026)
    privacy.mask.setChecked(False)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    values = office.settings.all()
    assert (values["office_name"], values["hours_per_day"], values["credits_per_hour"], values["annual_target"],
            values["cycle_start_year"], values["mask_personal_data"]) == (
        "测试县教师发展中心", 8, 0.5, 90, 2026, False)
    assert window.windowTitle().startswith("测试县教师发展中心 — ")
    assert page.status.text() == "设置已保存。"


def test_the_page_opens_on_its_first_field_and_ctrl_s_saves(window, office, qtbot):
    from PySide6.QtWidgets import QApplication

    page = window.current_page()
    assert window.focusWidget() is section(page, IdentitySection).inputs["office_name"]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # shortcuts work in the active window
    hours = section(page, HoursSection)
    hours.hours_per_day.setFocus()
    hours.hours_per_day.setValue(8)
    qtbot.keyClick(hours.hours_per_day, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert office.settings.get("hours_per_day") == 8 and page.status.text() == "设置已保存。"


def test_the_cycle_year_is_named_as_the_first_year_of_any_cycle_and_shows_the_current_one(window):
    hours = section(window.current_page(), HoursSection)
    rows = (hours.form.itemAt(row, QFormLayout.ItemRole.LabelRole) for row in range(hours.form.rowCount()))
    labels = [item.widget().text() for item in rows if item]
    assert "学时周期起算年份" in labels and "本周期起始年份" not in labels  # 2021 is not "this cycle" in 2026
    this_year = dt.date.today().year
    for first in (2021, 2022, this_year):
        hours.cycle_start_year.setValue(first)
        start = first + 5 * ((this_year - first) // 5)
        assert hours.cycle_now.text() == f"五年一周期，从这一年起算：本周期为 {start}—{start + 4} 年"


def test_a_wrong_county_code_is_shown_and_nothing_is_saved(window, office, qtbot):
    page = window.current_page()
    identity, hours = section(page, IdentitySection), section(page, HoursSection)
    hours.hours_per_day.setValue(7)
    identity.inputs["county_code"].clear()
    qtbot.keyClicks(identity.inputs["county_code"], "4310")
    assert "6位数字" in identity.messages["county_code"].text()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == "有设置需要更正，未保存。"
    assert office.settings.get("hours_per_day") == 6 and office.settings.get("county_code") == "431028"
    qtbot.mouseClick(page.revert_button, Qt.MouseButton.LeftButton)
    assert identity.inputs["county_code"].text() == "431028" and hours.hours_per_day.value() == 6


def test_leaving_with_unsaved_edits_asks_save_discard_or_cancel(window, office, qtbot, message_boxes):
    from PySide6.QtWidgets import QMessageBox

    page = window.current_page()
    hours = section(page, HoursSection)
    window.page_actions[0].trigger()  # nothing edited: no question
    assert message_boxes.shown == [] and not isinstance(window.current_page(), SettingsPage)
    window.page_actions[6].trigger()
    hours.hours_per_day.setValue(8)
    message_boxes.answer = QMessageBox.ButtonRole.RejectRole  # 取消: stay and go on editing
    window.page_actions[0].trigger()
    assert message_boxes.last == "设置有未保存的修改。\n改动的部分：学时与学分"
    assert window.current_page() is page and window.nav.currentRow() == 6 and hours.hours_per_day.value() == 8
    message_boxes.answer = QMessageBox.ButtonRole.DestructiveRole  # 放弃
    window.page_actions[0].trigger()
    assert window.nav.currentRow() == 0 and office.settings.get("hours_per_day") == 6
    window.page_actions[6].trigger()
    assert hours.hours_per_day.value() == 6  # the form shows what is saved
    hours.hours_per_day.setValue(7)
    message_boxes.answer = QMessageBox.ButtonRole.AcceptRole  # 保存
    window.page_actions[1].trigger()
    assert window.nav.currentRow() == 1 and office.settings.get("hours_per_day") == 7
    assert len(message_boxes.shown) == 3


def test_saving_a_wrong_value_on_the_way_out_keeps_the_user_on_the_page(window, office, qtbot, message_boxes):
    page = window.current_page()
    identity = section(page, IdentitySection)
    identity.inputs["county_code"].clear()
    qtbot.keyClicks(identity.inputs["county_code"], "4310")
    window.page_actions[0].trigger()  # 保存 is answered
    assert window.current_page() is page and page.status.text() == "有设置需要更正，未保存。"
    assert office.settings.get("county_code") == "431028"


def test_closing_the_window_with_unsaved_settings_asks(window, office, qtbot, message_boxes):
    from PySide6.QtWidgets import QMessageBox

    section(window.current_page(), PrivacySection).mask.setChecked(False)
    message_boxes.answer = QMessageBox.ButtonRole.RejectRole
    window.close()
    assert window.isVisible() and "设置有未保存的修改" in message_boxes.last
    message_boxes.answer = QMessageBox.ButtonRole.AcceptRole
    path = office.path
    window.close()
    assert not window.isVisible()
    from trainoffice.office import Office

    with Office(path) as again:
        assert again.settings.get("mask_personal_data") is False
