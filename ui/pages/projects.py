"""培训项目: placeholder until the projects feature lands (annual plan, projects, stages, quotas)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.pages.base import ComingPage


class ProjectsPage(ComingPage):
    @classmethod
    def nav_title(cls) -> str:
        return QCoreApplication.translate("ProjectsPage", "培训项目")

    def plan(self) -> str:
        return self.tr(
            "这里将管理年度培训计划和培训项目：\n"
            "• 导入市里下发的年度计划表（国培、省培、市培、县培、校本研修）；\n"
            "• 每个项目的层级、形式、天数、学时和分阶段安排；\n"
            "• 向各学校分配参培指标，汇总《参培学员名单汇总表》；\n"
            "• 项目状态从计划、报名、实施到结业、归档。")
