"""指标与名单: quotas (参培指标) per school or township, the roster, picking from the registry, 退出 and 替换.

Nobody is deleted from a roster: a withdrawal or a substitution keeps the line with its reason and
date. Over-quota trainees are enrolled and flagged (the core decides), and shown in red.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from trainoffice.errors import NotFound, TrainOfficeError, ValidationError
from trainoffice.projects import Project
from trainoffice.registry import BACKBONE_LEVELS, GENDERS, POSTS, PUTONGHUA_LEVELS, STAGES, TITLES
from trainoffice.roster import (
    EnrollReport,
    Quota,
    QuotaBelowEnrolled,
    TargetGroup,
    Trainee,
    target_group_from_text,
)
from ui.import_wizard import ImportHistoryDialog, open_import_wizard
from ui.messages import confirm, inform, warn
from ui.operations import Operations
from ui.project_dialogs import ReasonDialog, save_file_name
from ui.project_models import CandidateTableModel, QuotaTableModel, RosterTableModel
from ui.project_tab import ProjectTab
from ui.widgets import (
    ERROR_STYLE,
    FieldMessage,
    SchoolCombo,
    fit_column,
    fit_to_screen,
    fixed_rows,
    search_steps_into,
    set_column_widths,
    title_width,
    unit_suffix,
    with_message,
)
from ui.words import VOCABULARIES, term

FILTER_DELAY_MS = 200
ROSTER_WIDTHS = (70, GENDERS, 190, 80, VOCABULARIES["EnrollmentStatus"], 70, STAGES, 60, TITLES, POSTS, 100)
CANDIDATE_WIDTHS = (70, GENDERS, 40, 200, 80, STAGES, 60, TITLES, POSTS)
ROSTER_TABLES = frozenset({"enrollments", "quotas", "teachers", "schools", "projects", "settings"})


def age_on(project: Project) -> dt.date:
    """The day ages are counted on in the target group: the project's start, else 1 January of its year."""
    return dt.date.fromisoformat(project.start_date) if project.start_date else dt.date(project.year, 1, 1)


def set_widths(view: QTableView, widths: tuple) -> None:
    set_column_widths(view, widths)
    view.horizontalHeader().setStretchLastSection(True)


class RosterTab(ProjectTab):
    """指标与名单 of the open project: quotas on the left, the roster and its actions on the right."""

    TABLES = ROSTER_TABLES

    def __init__(self, ops: Operations, project_id: int, parent: QWidget | None = None):
        super().__init__(ops, project_id, parent)
        self.enroll_dialog: EnrollDialog | None = None
        self.reason_dialog: ReasonDialog | None = None
        self.substitute_dialog: SubstituteDialog | None = None
        self.quota_dialog: QuotaDialog | None = None

        # quotas
        self.quotas = QuotaTableModel(self)
        self.quota_view = QTableView()
        self.quota_view.setModel(self.quotas)
        fixed_rows(self.quota_view)
        self.quota_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.quota_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.quota_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 40), (2, 50), (3, 50), (4, 40)):
            fit_column(self.quota_view, column, width)
        # the stretched 学校或乡镇 column keeps room for its title: the splitter gives the quotas that much
        self.quota_view.setMinimumWidth(title_width(self.quota_view, 0)
                                        + sum(header.sectionSize(column) for column in range(1, 5))
                                        + self.quota_view.verticalScrollBar().sizeHint().width()
                                        + 2 * self.quota_view.frameWidth())
        self.add_quota_button = QPushButton(self.tr("添加…"))
        self.add_quota_button.setToolTip(self.tr("为一所学校或一个乡镇分配参培指标"))
        self.edit_quota_button = QPushButton(self.tr("修改…"))
        self.edit_quota_button.setToolTip(self.tr("修改选中的指标：学校或乡镇、人数（双击、Enter 或 F2）"))
        self.remove_quota_button = QPushButton(self.tr("删除"))
        self.quota_message = FieldMessage()
        self.quota_summary = QLabel()
        self.quota_summary.setWordWrap(True)
        quota_buttons = QHBoxLayout()
        for button in (self.add_quota_button, self.edit_quota_button, self.remove_quota_button):
            quota_buttons.addWidget(button)
        quota_buttons.addStretch(1)
        quota_box = QGroupBox(self.tr("参培指标"))
        quota_layout = QVBoxLayout(quota_box)
        quota_layout.addLayout(quota_buttons)
        quota_layout.addWidget(self.quota_view, 1)
        quota_layout.addWidget(self.quota_summary)
        quota_layout.addWidget(self.quota_message)

        # roster
        self.roster = RosterTableModel(self)
        self.roster_view = QTableView()
        self.roster_view.setModel(self.roster)
        fixed_rows(self.roster_view)
        self.roster_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.roster_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        set_widths(self.roster_view, ROSTER_WIDTHS)
        self.pick_button = QPushButton(self.tr("从教师库选人…"))
        self.pick_button.setToolTip(self.tr("按培训对象条件从教师信息库挑选学员（Ctrl+Shift+N）"))
        self.import_button = QPushButton(self.tr("导入名单…"))
        self.import_button.setToolTip(self.tr("导入学校报来的参培学员名单（Excel、WPS、CSV），也可以把文件拖到窗口上"))
        self.history_button = QPushButton(self.tr("导入记录…"))
        self.withdraw_button = QPushButton(self.tr("退出…"))
        self.substitute_button = QPushButton(self.tr("替换…"))
        self.restore_button = QPushButton(self.tr("恢复在册"))
        self.export_button = QPushButton(self.tr("导出名单…"))
        self.export_button.setToolTip(self.tr("参培学员名单汇总表（Excel，按乡镇、学校分组，Ctrl+E）"))
        self.full_numbers = QCheckBox(self.tr("导出完整身份证号、电话（报送承办单位用）"))
        self.full_numbers.setToolTip(self.tr("只用于“导出名单”；屏幕上和打印的名单仍按设置遮盖"))
        self.show_left = QCheckBox(self.tr("显示已退出、替换的学员"))
        self.count_label = QLabel()
        self.roster_message = FieldMessage()
        actions = QHBoxLayout()
        for button in (self.pick_button, self.import_button, self.history_button):
            actions.addWidget(button)
        actions.addSpacing(12)
        for button in (self.withdraw_button, self.substitute_button, self.restore_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.export_button)
        status_row = QHBoxLayout()
        status_row.addWidget(self.count_label, 1)
        status_row.addWidget(self.show_left)
        status_row.addWidget(self.full_numbers)
        roster_box = QWidget()
        roster_layout = QVBoxLayout(roster_box)
        roster_layout.setContentsMargins(0, 0, 0, 0)
        roster_layout.addLayout(actions)
        roster_layout.addLayout(status_row)
        roster_layout.addWidget(self.roster_message)
        roster_layout.addWidget(self.roster_view, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(quota_box)
        splitter.addWidget(roster_box)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 860])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.add_quota_button.clicked.connect(self.add_quota)
        self.edit_quota_button.clicked.connect(self.edit_quota)
        self.remove_quota_button.clicked.connect(self.remove_quota)
        self.quota_view.activated.connect(lambda _index: self.edit_quota())  # double-click or Enter
        QShortcut(QKeySequence(Qt.Key.Key_F2), self.quota_view, activated=self.edit_quota,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.quota_view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.pick_button.clicked.connect(self.pick_from_registry)
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, activated=self.pick_from_registry,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.import_button.clicked.connect(lambda: self.import_roster())
        self.history_button.clicked.connect(self.show_import_history)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.substitute_button.clicked.connect(self.substitute)
        self.restore_button.clicked.connect(self.restore)
        self.export_button.clicked.connect(self.export_list)
        self.show_left.toggled.connect(lambda _on: self.refresh())
        self.roster_view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    # ----- reading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        office = self.ops.office
        try:
            project = self.project()
        except NotFound:
            return
        self._project = project
        selected = self.selected_trainee()
        index = self.quota_view.currentIndex()
        chosen = self.quotas.item(index.row()) if index.isValid() else None
        self.quotas.set_items(office.roster.quotas(self.project_id))
        for row, quota in enumerate(self.quotas.items()):
            if chosen is not None and (quota.school_id, quota.township) == (chosen.school_id, chosen.township):
                self.quota_view.selectRow(row)
        self.roster.masked = bool(office.settings.get("mask_personal_data"))
        if not self.full_numbers.isEnabled() or not self.roster.masked:
            self.full_numbers.setChecked(not self.roster.masked)  # the office's default, until the user chooses
        self.full_numbers.setEnabled(self.roster.masked)
        self.roster.set_items(office.roster.roster(self.project_id, include_left=self.show_left.isChecked()))
        if selected is not None:
            self.select_trainee(selected.enrollment_id)
        open_ = project.status in ("计划", "开班")
        for widget in (self.add_quota_button, self.pick_button, self.import_button):
            widget.setEnabled(open_)
        self._update_counts()
        self._update_buttons()

    def _update_counts(self) -> None:
        p = self._project
        trainees = [t for t in self.roster.items() if t.status == "在册"]
        over = sum(1 for t in trainees if t.over_quota)
        text = self.tr("在册 {count} 人（培训人数 %n 人）", "", p.places).format(count=len(trainees))
        problems = []
        if p.places and len(trainees) > p.places:
            problems.append(self.tr("超出培训人数 {n} 人").format(n=len(trainees) - p.places))
        if over:
            problems.append(self.tr("超出指标 {n} 人").format(n=over))
        self.count_label.setText(text + ("　" + self.tr("，").join(problems) if problems else ""))
        self.count_label.setStyleSheet(ERROR_STYLE if problems else "")
        quotas = self.quotas.items()
        total = sum(q.places for q in quotas)
        summary = self.tr("指标合计 {total} 人，已报名 {enrolled} 人").format(
            total=total, enrolled=sum(q.enrolled for q in quotas)) if quotas else self.tr(
            "尚未分配指标：报名不受学校名额限制。")
        if quotas and p.places and total != p.places:
            summary += self.tr("；与培训人数 %n 人不一致", "", p.places)
        self.quota_summary.setText(summary)

    def selected_trainee(self) -> Trainee | None:
        index = self.roster_view.currentIndex()
        return self.roster.trainee(index.row()) if index.isValid() else None

    def select_trainee(self, enrollment_id: int) -> None:
        row = self.roster.row_of(enrollment_id)
        if row is not None:
            self.roster_view.selectRow(row)

    def _update_buttons(self) -> None:
        trainee = self.selected_trainee()
        open_ = getattr(self, "_project", None) is not None and self._project.status in ("计划", "开班")
        self.withdraw_button.setEnabled(open_ and trainee is not None and trainee.status == "在册")
        self.substitute_button.setEnabled(open_ and trainee is not None and trainee.status == "在册")
        self.restore_button.setEnabled(open_ and trainee is not None and trainee.status == "退出")
        quota = self.quota_view.currentIndex().isValid()
        self.edit_quota_button.setEnabled(open_ and quota)
        self.remove_quota_button.setEnabled(open_ and quota)

    # ----- quotas ----------------------------------------------------------------------------
    def add_quota(self) -> QuotaDialog | None:
        return self._open_quota(None) if self.add_quota_button.isEnabled() else None

    def edit_quota(self) -> QuotaDialog | None:
        index = self.quota_view.currentIndex()
        return self._open_quota(index.row()) if index.isValid() and self.edit_quota_button.isEnabled() else None

    def _open_quota(self, row: int | None) -> QuotaDialog:
        self.quota_message.clear_message()
        dialog = QuotaDialog(self.ops, self.project_id, self.quotas.quotas(), row, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.quota_dialog = dialog
        dialog.open()
        return dialog

    def remove_quota(self) -> bool:
        index = self.quota_view.currentIndex()
        if not index.isValid():
            return False
        quotas = self.quotas.quotas()
        del quotas[index.row()]
        try:
            self.ops.office.roster.set_quotas(self.project_id, quotas)
        except TrainOfficeError as exc:
            self.quota_message.show_error(str(exc))
            return False
        self.quota_message.clear_message()
        self.ops.announce("quotas")
        return True

    # ----- enrolment -------------------------------------------------------------------------
    def pick_from_registry(self) -> EnrollDialog | None:
        if not self.pick_button.isEnabled():
            return None
        dialog = EnrollDialog(self.ops, self.project_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self.roster_view.setFocus())
        self.enroll_dialog = dialog
        dialog.open()
        return dialog

    def import_roster(self, path: str | None = None) -> None:
        """导入名单: the import wizard for this project's roster (a dropped file starts it at once).

        A dropped file arrives here even while 导入名单 is greyed out: the core says why it cannot be taken."""
        try:
            self.ops.office.imports.require_open_project(self.project_id)
        except TrainOfficeError as exc:
            warn(self, str(exc))
            return
        wizard = open_import_wizard(self, self.ops.office.path, kind="roster", project_id=self.project_id, path=path)
        wizard.sig_imported.connect(self._imported)
        wizard.sig_undone.connect(self._import_undone)
        self.import_wizard = wizard

    def _imported(self, batch_id: int) -> None:
        self.ops.announce("enrollments", "quotas", "teachers", "schools", "teacher_postings")
        self.ops.say(self.tr("名单已导入（批次 #{batch}）").format(batch=batch_id))  # not the last enrolment's count

    def show_import_history(self) -> None:
        dialog = ImportHistoryDialog(self, self.ops.office.path, kind="roster", project_id=self.project_id)
        dialog.sig_undone.connect(self._import_undone)
        dialog.open()

    def _import_undone(self, _batch: int) -> None:
        self.ops.announce("enrollments", "teachers", "schools")

    def withdraw(self) -> ReasonDialog | None:
        trainee = self.selected_trainee()
        if trainee is None or not self.withdraw_button.isEnabled():
            return None

        def submit(reason: str, on: str) -> None:
            self.ops.office.roster.withdraw(trainee.enrollment_id, reason=reason, on=on or None)
            self.ops.announce("enrollments")
            self.ops.say(self.tr("{name} 已退出：{reason}").format(name=trainee.name, reason=reason))

        dialog = ReasonDialog(self, title=self.tr("学员退出"), ok_text=self.tr("确认退出"), submit=submit,
                              prompt=self.tr("{name}（{school}）退出本项目。名单中保留这一行，并记下原因和日期。").format(
                                  name=trainee.name, school=trainee.school))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.reason_dialog = dialog
        dialog.open()
        return dialog

    def substitute(self) -> SubstituteDialog | None:
        trainee = self.selected_trainee()
        if trainee is None or not self.substitute_button.isEnabled():
            return None
        dialog = SubstituteDialog(self.ops, self.project_id, trainee, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.substitute_dialog = dialog
        dialog.open()
        return dialog

    def restore(self) -> bool:
        trainee = self.selected_trainee()
        if trainee is None or trainee.status != "退出":
            return False
        try:
            self.ops.office.roster.restore(trainee.enrollment_id)
        except TrainOfficeError as exc:
            self.roster_message.show_error(str(exc))
            return False
        self.ops.announce("enrollments")
        self.ops.say(self.tr("{name} 已恢复在册。").format(name=trainee.name))
        return True

    # ----- export ----------------------------------------------------------------------------
    def export_list(self) -> bool:
        """导出名单: 参培学员名单汇总表 on a worker; ID numbers and phones masked as the office setting says,
        unless the user ticked 完整 for this export (the host needs them to register the trainees)."""
        project = self.project()
        out = save_file_name(self, self.tr("导出参培学员名单汇总表"),
                             self.tr("{name}参培学员名单.xlsx").format(name=project.name))
        if out is None:
            return False
        return self.export_to(out)

    def export_to(self, out: Path) -> bool:
        project_id = self.project_id
        masked = self.roster.masked and not self.full_numbers.isChecked()
        count = sum(1 for t in self.roster.items() if t.status == "在册")

        def done(path: Path) -> None:
            note = self.tr("（身份证号、电话已部分遮盖）") if masked else ""
            self.ops.say(self.tr("已导出参培学员名单 {count} 人：{path}{note}").format(count=count, path=path, note=note))

        return self.ops.run(lambda office, _progress, _cancel: office.roster.export(project_id, out, masked=masked),
                            label=self.tr("正在导出参培学员名单…"), on_done=done, parent=self)


class QuotaDialog(QDialog):
    """添加 or 修改 one 参培指标: a school or a township and its places, saved through Roster.set_quotas.

    ``row`` None adds a quota to ``quotas``; a row number opens on that quota and saving replaces it.
    Fewer places than the trainees already enrolled under it are saved only after the user agrees.
    """

    def __init__(self, ops: Operations, project_id: int, quotas: list[Quota], row: int | None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.project_id = project_id
        self._quotas = quotas
        self._row = row
        quota = quotas[row] if row is not None else Quota(1)
        self.setWindowTitle(self.tr("修改参培指标") if row is not None else self.tr("添加参培指标"))
        self.setMinimumWidth(420)
        registry = ops.office.registry
        self.kind = QComboBox()
        self.kind.addItem(self.tr("学校"), "school")
        self.kind.addItem(self.tr("乡镇"), "township")
        self.school = SchoolCombo()
        self.school.lineEdit().setPlaceholderText(self.tr("输入学校名称的一部分"))
        self.school.set_schools(registry.schools(), registry.county_name)
        self.township = QComboBox()
        self.township.addItems(registry.townships())
        if quota.township and self.township.findText(quota.township) < 0:
            self.township.addItem(quota.township)  # a township whose schools have all gone keeps its quota
        self.target = QStackedWidget()
        self.target.addWidget(self.school)
        self.target.addWidget(self.township)
        self.places = QSpinBox()
        self.places.setRange(0, 10_000)
        unit_suffix(self.places, lambda n: self.tr(" 人", "", n))
        self.message = FieldMessage()
        form = QFormLayout()
        form.addRow(self.tr("指标对应"), self.kind)
        form.addRow(self.tr("学校或乡镇"), self.target)
        form.addRow(self.tr("指标人数"), self.places)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("保存"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

        self.kind.currentIndexChanged.connect(self.target.setCurrentIndex)
        self.kind.setCurrentIndex(1 if quota.township else 0)
        self.school.set_school_id(quota.school_id)
        if quota.township:
            self.township.setCurrentText(quota.township)
        self.places.setValue(quota.places)
        self.places.setFocus()
        self.places.selectAll()

    def quota(self) -> Quota | None:
        """The quota as filled in; None (with the reason shown) while no school or township is chosen."""
        if self.kind.currentData() == "school":
            school_id = self.school.school_id()
            if school_id is None:
                self.message.show_error(self.tr("请先选择学校（输入学校名称的一部分）"))
                return None
            return Quota(self.places.value(), school_id=school_id)
        township = self.township.currentText().strip()
        if not township:
            self.message.show_error(self.tr("请先选择乡镇"))
            return None
        return Quota(self.places.value(), township=township)

    def save(self) -> bool:
        quota = self.quota()
        if quota is None:
            return False
        quotas = list(self._quotas)
        if self._row is None:
            quotas.append(quota)
        else:
            quotas[self._row] = quota
        roster = self.ops.office.roster
        try:
            try:
                roster.set_quotas(self.project_id, quotas)
            except QuotaBelowEnrolled as exc:
                if not confirm(self, self.tr("指标少于已报名人数，仍然保存？"), ok_text=self.tr("仍然保存"),
                               detail=self.tr("{reason}。已报名的学员留在名单上，超出的人数在指标表中标红。").format(
                                   reason=exc)):
                    return False
                roster.set_quotas(self.project_id, quotas, below_enrolled=True)
        except TrainOfficeError as exc:
            self.message.show_error(str(exc))
            return False
        self.ops.announce("quotas")
        self.accept()
        return True


class TargetGroupFilters(QWidget):
    """培训对象 as filters: 学段, 学科, 职称, 职务, 普通话等级, 骨干级别, 年龄, 乡镇, 学校, 乡村, 民办, 新教师,
    and a name search."""

    sig_changed = Signal()
    """Any filter changed."""

    def __init__(self, ops: Operations, parent: QWidget | None = None, *, on: dt.date):
        super().__init__(parent)
        registry = ops.office.registry
        self.on = on
        self.stage_boxes = self._boxes(STAGES)
        self.title_boxes = self._boxes(TITLES)
        self.post_boxes = self._boxes(POSTS)
        self.putonghua_boxes = self._boxes(PUTONGHUA_LEVELS)
        self.backbone_boxes = self._boxes(BACKBONE_LEVELS)
        self.subjects = self._checklist(registry.distinct("subject"))
        self.townships = self._checklist(registry.townships())
        self.min_age = QSpinBox()
        self.max_age = QSpinBox()
        for spin in (self.min_age, self.max_age):
            spin.setRange(0, 70)
            spin.setSpecialValueText(self.tr("不限"))
            unit_suffix(spin, lambda n: self.tr(" 岁", "", n))
        self.school = SchoolCombo(blank_text=self.tr("全部学校"))
        self.school.set_schools(registry.schools(), registry.county_name)
        self.rural = QComboBox()
        self.rural.addItem(self.tr("城乡不限"), None)
        self.rural.addItem(self.tr("仅乡村学校"), True)
        self.rural.addItem(self.tr("仅城镇学校"), False)
        self.include_private = QCheckBox(self.tr("包括民办学校"))
        self.include_private.setChecked(True)
        self.new_only = QCheckBox(self.tr("仅新教师"))
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("姓名或学校名称中包含…"))
        self.text.setClearButtonEnabled(True)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("学段"), self._row(self.stage_boxes))
        form.addRow(self.tr("学科"), self.subjects)
        form.addRow(self.tr("职称"), self._row(self.title_boxes))
        form.addRow(self.tr("职务"), self._row(self.post_boxes))
        form.addRow(self.tr("普通话等级"), self._row(self.putonghua_boxes))
        form.addRow(self.tr("骨干级别"), self._row(self.backbone_boxes))
        ages = QHBoxLayout()
        ages.addWidget(QLabel(self.tr("不小于")))
        ages.addWidget(self.min_age)
        ages.addWidget(QLabel(self.tr("不大于")))
        ages.addWidget(self.max_age)
        ages.addWidget(QLabel(self.tr("（按 {date} 计算）").format(date=on.isoformat())))
        ages.addStretch(1)
        form.addRow(self.tr("年龄"), ages)
        form.addRow(self.tr("乡镇"), self.townships)
        places = QHBoxLayout()
        places.addWidget(self.school, 1)
        places.addWidget(self.rural)
        places.addWidget(self.include_private)
        places.addWidget(self.new_only)
        form.addRow(self.tr("范围"), places)
        form.addRow(self.tr("搜索(&S)"), self.text)

        for box in (*self.stage_boxes.values(), *self.title_boxes.values(), *self.post_boxes.values(),
                    *self.putonghua_boxes.values(), *self.backbone_boxes.values(), self.include_private, self.new_only):
            box.toggled.connect(lambda _on: self.sig_changed.emit())
        for checklist in (self.subjects, self.townships):
            checklist.itemChanged.connect(lambda _item: self.sig_changed.emit())
        for spin in (self.min_age, self.max_age):
            spin.valueChanged.connect(lambda _v: self.sig_changed.emit())
        self.rural.currentIndexChanged.connect(lambda _i: self.sig_changed.emit())
        self.school.sig_school_changed.connect(lambda _id: self.sig_changed.emit())
        self.text.textChanged.connect(lambda _t: self.sig_changed.emit())

    def set_group(self, group: TargetGroup) -> None:
        """Show what 培训对象 can say: 学段, 学科, 职称, 职务, 普通话等级, 骨干级别, 年龄, 乡镇, 乡村 and 新教师
        (the other filters stay)."""
        for boxes, values in ((self.stage_boxes, group.stages), (self.title_boxes, group.titles),
                              (self.post_boxes, group.posts), (self.putonghua_boxes, group.putonghua_levels),
                              (self.backbone_boxes, group.backbone_levels)):
            for value, box in boxes.items():
                box.setChecked(value in values)
        for checklist, values in ((self.subjects, group.subjects), (self.townships, group.townships)):
            for row in range(checklist.count()):
                item = checklist.item(row)
                item.setCheckState(Qt.CheckState.Checked if item.text() in values else Qt.CheckState.Unchecked)
                if item.text() == next(iter(values), None):
                    checklist.scrollToItem(item)
        self.min_age.setValue(group.min_age or 0)
        self.max_age.setValue(group.max_age or 0)
        self.rural.setCurrentIndex(self.rural.findData(group.rural) if group.rural is not None else 0)
        self.new_only.setChecked(group.new_teachers_only)

    def describe(self, group: TargetGroup) -> str:
        """What ``set_group`` sets from a group, in the filters' own words: '' when it sets nothing."""
        def named(label: str, values: tuple[str, ...]) -> list[str]:
            return [label + " " + self.tr("、").join(term(value) for value in values)] if values else []

        parts = [*named(self.tr("学段"), group.stages), *named(self.tr("学科"), group.subjects),
                 *named(self.tr("职称"), group.titles), *named(self.tr("职务"), group.posts),
                 *named(self.tr("普通话等级"), group.putonghua_levels), *named(self.tr("骨干级别"), group.backbone_levels)]
        if group.min_age:
            parts.append(self.tr("{age} 岁以上").format(age=group.min_age))
        if group.max_age:
            parts.append(self.tr("{age} 岁以下").format(age=group.max_age))
        parts += named(self.tr("乡镇"), group.townships)
        if group.rural is not None:
            parts.append(self.rural.itemText(self.rural.findData(group.rural)))
        if group.new_teachers_only:
            parts.append(self.new_only.text())
        return self.tr("；").join(parts)

    @staticmethod
    def _checklist(values) -> QListWidget:
        """A check box for each value of a vocabulary that grows with the registry (学科, 乡镇), in wrapped lines."""
        checklist = QListWidget()
        checklist.setFlow(QListWidget.Flow.LeftToRight)
        checklist.setWrapping(True)
        checklist.setResizeMode(QListWidget.ResizeMode.Adjust)
        checklist.setMaximumHeight(56)
        for value in values:
            item = QListWidgetItem(value, checklist)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        return checklist

    @staticmethod
    def _checked_items(checklist: QListWidget) -> tuple[str, ...]:
        return tuple(checklist.item(row).text() for row in range(checklist.count())
                     if checklist.item(row).checkState() == Qt.CheckState.Checked)

    @staticmethod
    def _boxes(values) -> dict[str, QCheckBox]:
        return {value: QCheckBox(term(value)) for value in values}

    @staticmethod
    def _row(boxes: dict[str, QCheckBox]) -> QHBoxLayout:
        row = QHBoxLayout()
        for box in boxes.values():
            row.addWidget(box)
        row.addStretch(1)
        return row

    @staticmethod
    def _checked(boxes: dict[str, QCheckBox]) -> tuple[str, ...]:
        return tuple(value for value, box in boxes.items() if box.isChecked())

    def group(self) -> TargetGroup:
        school_id = self.school.school_id()
        return TargetGroup(
            stages=self._checked(self.stage_boxes), subjects=self._checked_items(self.subjects),
            titles=self._checked(self.title_boxes), posts=self._checked(self.post_boxes),
            putonghua_levels=self._checked(self.putonghua_boxes), backbone_levels=self._checked(self.backbone_boxes),
            min_age=self.min_age.value() or None, max_age=self.max_age.value() or None, age_on=self.on, rural=self.rural.currentData(),
            include_private=self.include_private.isChecked(), school_ids=(school_id,) if school_id else (),
            townships=self._checked_items(self.townships),
            new_teachers_only=self.new_only.isChecked(), text=self.text.text().strip())


class EnrollDialog(QDialog):
    """从教师库选人: the target group as filters, a live count and the list; the chosen ones are enrolled."""

    sig_enrolled = Signal(object)
    """The EnrollReport of an enrolment."""

    def __init__(self, ops: Operations, project_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.project_id = project_id
        self.last_report: EnrollReport | None = None
        project = ops.office.projects.project(project_id)
        self.setWindowTitle(self.tr("从教师库选人：{name}").format(name=project.name))
        fit_to_screen(self, 1040, 720)
        on = age_on(project)
        target = QLabel(self.tr("计划中的培训对象：{target}").format(target=project.target_group or self.tr("（未填写）")))
        target.setWordWrap(True)
        target.setStyleSheet("color: #444444;")
        self.filters = TargetGroupFilters(ops, self, on=on)
        registry = ops.office.registry
        preset = target_group_from_text(project.target_group, subjects=registry.distinct("subject"),
                                        townships=registry.townships())
        self.filters.set_group(preset)
        taken = self.filters.describe(preset)
        self.preset_label = QLabel(
            self.tr("已按培训对象预设：{filters}。可在下面调整。").format(filters=taken) if taken else
            self.tr("培训对象中没有可预设的条件，请在下面选择。"))
        self.preset_label.setWordWrap(True)
        self.preset_label.setVisible(bool(project.target_group))
        self.count_label = QLabel()
        font = self.count_label.font()
        font.setBold(True)
        self.count_label.setFont(font)
        self.candidates = CandidateTableModel(ops.office.registry, self, age_on=on)
        self.view = QTableView()
        self.view.setModel(self.candidates)
        fixed_rows(self.view)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        set_widths(self.view, CANDIDATE_WIDTHS)
        self.select_all_button = QPushButton(self.tr("全选"))
        self.select_all_button.setToolTip(self.tr("选中列表中的全部教师（Ctrl+A）"))
        self.enroll_button = QPushButton()
        self.enroll_button.setDefault(True)
        close = QPushButton(self.tr("关闭"))
        close.setAutoDefault(False)
        self.message = FieldMessage()
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.select_all_button)
        buttons.addWidget(self.enroll_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(target)
        layout.addWidget(self.preset_label)
        box = QGroupBox(self.tr("培训对象条件"))
        QVBoxLayout(box).addWidget(self.filters)
        layout.addWidget(box)
        layout.addWidget(self.count_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        self._timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._timer.timeout.connect(self.apply_filters)
        self.filters.sig_changed.connect(self._timer.start)
        self.select_all_button.clicked.connect(self.view.selectAll)
        self.enroll_button.clicked.connect(self.enroll_selected)
        close.clicked.connect(self.accept)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_button())
        self.apply_filters()
        self.filters.text.setFocus()  # a name typed is the quickest way to the teachers meant (Alt+S comes back here)

    def apply_filters(self) -> None:
        self._timer.stop()
        ids = self.ops.office.roster.candidates(self.project_id, self.filters.group())
        self.candidates.set_ids(ids)
        self.count_label.setText(self.tr("符合条件、尚未在名单上的教师：%n 人", "", len(ids)))
        self._update_button()

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [self.candidates.teacher_id(row) for row in rows]

    def _update_button(self) -> None:
        count = len(self.view.selectionModel().selectedRows())
        self.enroll_button.setText(self.tr("报名选中的 %n 人", "", count))
        self.enroll_button.setEnabled(count > 0)

    def enroll_selected(self) -> EnrollReport | None:
        ids = self.selected_ids()
        if not ids:
            return None
        try:
            report = self.ops.office.roster.enroll(self.project_id, ids)
        except TrainOfficeError as exc:
            self.message.show_error(str(exc))
            return None
        self.last_report = report
        self.ops.announce("enrollments")
        lines = [self.tr("已报名 {count} 人。").format(count=len(report.added))]
        if report.already:
            lines.append(self.tr("%n 人已在名单上，未重复报名。", "", len(report.already)))
        if report.over_quota:
            lines.append(self.tr("超出学校或乡镇指标（已列入名单并标记为超额）：{names}").format(
                names=self.tr("、").join(report.over_quota)))
        if report.over_places:
            lines.append(self.tr("名单人数已超出项目培训人数 {count} 人。").format(count=report.over_places))
        self.ops.say(lines[0])
        if len(lines) > 1:
            inform(self, lines[0], "\n".join(lines[1:]))
        self.sig_enrolled.emit(report)
        self.apply_filters()
        return report


class SubstituteDialog(QDialog):
    """替换: pick the teacher who takes the place (same school by default), with the reason and the date."""

    def __init__(self, ops: Operations, project_id: int, trainee: Trainee, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.project_id = project_id
        self.trainee = trainee
        project = ops.office.projects.project(project_id)
        self.setWindowTitle(self.tr("替换学员"))
        self.resize(820, 560)
        heading = QLabel(self.tr("由谁替换 {name}（{school}）参加“{project}”？").format(
            name=trainee.name, school=trainee.school, project=project.name))
        heading.setWordWrap(True)
        self.same_school = QCheckBox(self.tr("只看{school}的教师").format(school=trainee.school))
        self.same_school.setChecked(True)
        self.same_stage = QCheckBox(self.tr("只看同学段（{stage}）").format(stage=term(trainee.stage) or self.tr("未填")))
        self.same_stage.setChecked(bool(trainee.stage))
        self.same_stage.setEnabled(bool(trainee.stage))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("姓名或学校名称中包含…"))
        self.search.setClearButtonEnabled(True)
        self.candidates = CandidateTableModel(ops.office.registry, self, age_on=age_on(project))
        self.view = QTableView()
        self.view.setModel(self.candidates)
        fixed_rows(self.view)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        set_widths(self.view, CANDIDATE_WIDTHS)
        self.teacher_message = FieldMessage()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("必填，例如 工作调动、生病"))
        self.reason_message = FieldMessage()
        self.date = QLineEdit(dt.date.today().isoformat())
        self.date_message = FieldMessage()
        self.message = FieldMessage()
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.same_school)
        filters.addWidget(self.same_stage)
        form = QFormLayout()
        form.addRow(self.tr("原因"), with_message(self.reason, self.reason_message))
        form.addRow(self.tr("日期"), with_message(self.date, self.date_message))
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(self.tr("确认替换"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.clicked.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.teacher_message)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

        self._timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        search_steps_into(self.search, self.view, self.apply_filters)
        self.same_school.toggled.connect(lambda _on: self.apply_filters())
        self.same_stage.toggled.connect(lambda _on: self.apply_filters())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_button())
        self.reason.textChanged.connect(lambda _t: self._update_button())
        self.apply_filters()
        self.search.setFocus()

    def apply_filters(self) -> None:
        self._timer.stop()
        group = TargetGroup(school_ids=(self.trainee.school_id,) if self.same_school.isChecked() else (),
                            stages=(self.trainee.stage,) if self.same_stage.isChecked() else (),
                            text=self.search.text().strip())
        self.candidates.set_ids(self.ops.office.roster.candidates(self.project_id, group))
        self._update_button()

    def selected_teacher(self) -> int | None:
        index = self.view.currentIndex()
        return self.candidates.teacher_id(index.row()) if index.isValid() else None

    def _update_button(self) -> None:
        self.ok_button.setEnabled(self.selected_teacher() is not None and bool(self.reason.text().strip()))

    def submit(self) -> int | None:
        teacher_id = self.selected_teacher()
        if teacher_id is None:
            self.teacher_message.show_error(self.tr("请在列表中选择替换的教师"))
            return None
        for message in (self.teacher_message, self.reason_message, self.date_message, self.message):
            message.clear_message()
        try:
            new_id = self.ops.office.roster.substitute(self.trainee.enrollment_id, teacher_id=teacher_id,
                                                       reason=self.reason.text().strip(),
                                                       on=self.date.text().strip() or None)
        except ValidationError as exc:
            target = {"reason": self.reason_message, "date": self.date_message,
                      "teacher_id": self.teacher_message}.get(exc.field or "", self.message)
            target.show_error(str(exc))
            return None
        except TrainOfficeError as exc:
            self.message.show_error(str(exc))
            return None
        self.ops.announce("enrollments")
        self.ops.say(self.tr("已替换：{old} → {new}").format(
            old=self.trainee.name, new=self.ops.office.registry.teacher(teacher_id).name))
        self.accept()
        return new_id
