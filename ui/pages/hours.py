"""学时登记: placeholder until attendance and the credit ledger land."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.pages.base import ComingPage


class HoursPage(ComingPage):
    @classmethod
    def nav_title(cls) -> str:
        return QCoreApplication.translate("HoursPage", "学时登记")

    def plan(self) -> str:
        return self.tr(
            "这里将登记签到和学时学分：\n"
            "• 打印签到表，按半天时段录入或导入签到记录；\n"
            "• 按设置（每天 6 学时、每时段 3 学时）折算学时和学分；\n"
            "• 录入考核结果（合格、优秀、不合格），统计参培率、合格率、优秀率；\n"
            "• 每位教师的年度学分和五年周期学时，列出未达标的教师和学校。")
