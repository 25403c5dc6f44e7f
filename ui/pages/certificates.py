"""证书: placeholder until certificates land."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.pages.base import ComingPage


class CertificatesPage(ComingPage):
    @classmethod
    def nav_title(cls) -> str:
        return QCoreApplication.translate("CertificatesPage", "证书")

    def plan(self) -> str:
        return self.tr(
            "这里将制作结业证书：\n"
            "• 为考核合格的学员编号并批量打印证书（姓名、身份证号、项目、学时、编号、日期）；\n"
            "• 分阶段项目在各阶段均合格后才发证；\n"
            "• 证书登记册导出 Excel，证书上的二维码可离线核验真伪。")
