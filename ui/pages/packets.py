"""提交包: placeholder until the submission packet lands."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.pages.base import ComingPage


class PacketsPage(ComingPage):
    @classmethod
    def nav_title(cls) -> str:
        return QCoreApplication.translate("PacketsPage", "提交包")

    def plan(self) -> str:
        return self.tr(
            "这里将生成报送市教师发展中心的提交包：\n"
            "• 每个项目的学员名单、签到汇总、考核结果、学时学分确认、证书登记和经费结算；\n"
            "• 归档清单及结业后一个月的报送期限提醒；\n"
            "• 学校达标情况表和全县五年周期完成率；\n"
            "• 可供市里直接导入的数据文件，经签名可校验，用 U 盘报送。")
