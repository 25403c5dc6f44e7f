"""Small widgets shared by the pages and dialogs: the school picker, a typed date, inline field messages, Enter-moves-on,
the lists of records, column widths and spin-box units that suit either language, and sizing a window to the
screen it opens on."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from PySide6.QtCore import QAbstractItemModel, QEvent, QItemSelectionModel, QObject, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from trainoffice.errors import ValidationError
from trainoffice.registry import School, parse_date, school_key
from ui.words import VOCABULARIES, plural_n, term

CELL_PADDING = 12
"""What a table cell or a column title adds around its text (margins and grid line)."""
ERROR_STYLE = "color: #b3261e;"
TITLE_BAR_AND_FRAME = QSize(16, 40)
"""What the system adds around a window (title bar, borders), which the window's own size leaves out."""
WARNING_STYLE = "color: #8a5a00;"


def _is_enter(event: QEvent) -> bool:
    """A plain Enter or Return key press (Ctrl+Return is the editor's save shortcut)."""
    return (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)


class SchoolCombo(QComboBox):
    """Pick a school by typing part of its name (type-to-search); ``school_id()`` is None until one matches.

    Enter takes the school highlighted in the list of matches, or the only school whose name contains
    what was typed; when that leaves a choice to make, Enter stays in the field and shows the list.
    A name typed with or without the county's name in front finds the school (``school_key``).
    """

    sig_school_changed = Signal(object)
    """The matched school id (int) or None, whenever the typed text changes what matches."""

    def __init__(self, parent: QWidget | None = None, *, blank_text: str = ""):
        super().__init__(parent)
        self._blank_text = blank_text
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(20)
        self.setMinimumContentsLength(16)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self._last: int | None = None
        self._county = ""
        self.currentTextChanged.connect(self._text_changed)
        # Enter reaches the list of matches while it is open (the completer's filter on it comes second),
        # the line edit otherwise.
        completer.popup().installEventFilter(self)
        self.lineEdit().installEventFilter(self)

    def set_schools(self, schools: Iterable[School], county_name: str, *, keep: bool = True) -> None:
        """Fill the list (active schools, plus any the record already points at); keeps the choice if it can."""
        current = self.school_id() if keep else None
        self._county = county_name
        self.blockSignals(True)
        self.clear()
        if self._blank_text:
            self.addItem(self._blank_text, None)
        for school in schools:
            self.addItem(school.name, school.id)
        self.blockSignals(False)
        self.set_school_id(current)

    def school_id(self) -> int | None:
        text = self.currentText().strip()
        if not text or text == self._blank_text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:  # 测试县石门乡中心学校 typed for 石门乡中心学校, or the other way round
            key = self._key(text)
            index = next((row for row in range(self.count())
                          if self.itemData(row) is not None and self._key(self.itemText(row)) == key), -1)
        return self.itemData(index) if index >= 0 else None

    def set_school_id(self, school_id: int | None) -> None:
        index = self.findData(school_id) if school_id is not None else (0 if self._blank_text else -1)
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")
        self._text_changed()

    def _text_changed(self, _text: str = "") -> None:
        current = self.school_id()
        if current != self._last:
            self._last = current
            self.sig_school_changed.emit(current)

    def _typed(self) -> str:
        """What the user typed, when it is not (yet) a school's name."""
        text = self.currentText().strip()
        return "" if not text or text == self._blank_text or self.school_id() is not None else text

    def _key(self, text: str) -> str:
        return school_key(text, self._county).casefold()

    def _matches(self, text: str) -> list[int]:
        """Rows whose school name contains ``text`` (as the list of matches shows them), with or without the
        county's name in front."""
        folded, key = text.casefold(), self._key(text)
        return [row for row in range(self.count()) if self.itemData(row) is not None
                and (folded in self.itemText(row).casefold() or key in self._key(self.itemText(row)))]

    def typed_problem(self) -> str:
        """Why the typed text is not a school yet ('' when a school is chosen or nothing is typed)."""
        text = self._typed()
        if not text:
            return ""
        rows = self._matches(text)
        if not rows:
            return self.tr("没有名称含“{text}”的学校：请从列表中选择，或先在“学校”中新建").format(text=text)
        if len(rows) == 1:
            return self.tr("按 Enter 选择“{name}”").format(name=self.itemText(rows[0]))
        return self.tr("名称含“{text}”的学校有 %n 所：请从列表中选择", "", len(rows)).format(text=text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if _is_enter(event):
            return self._enter(in_list=watched is self.completer().popup())
        return super().eventFilter(watched, event)

    def _enter(self, *, in_list: bool) -> bool:
        """Enter: pick the highlighted or only match. True = Enter is used up here (the list closes on the
        choice, or stays for one to be made); False = it goes on (to the next field, in a form)."""
        popup = self.completer().popup()
        highlighted = popup.currentIndex() if popup.isVisible() else None
        text = self._typed()
        if highlighted is not None and highlighted.isValid():
            rows = [self.findText(highlighted.data(), Qt.MatchFlag.MatchFixedString)]
        elif text:
            rows = self._matches(text)
        else:
            return False  # a school is chosen (or nothing typed): Enter means what it always does
        if len(rows) == 1:
            popup.hide()
            self.setCurrentIndex(rows[0])
            self.setEditText(self.itemText(rows[0]))  # also when that row was current before the typing
            return in_list
        if rows:
            self.completer().complete()  # several: show them to choose from
        return True


class DateField(QLineEdit):
    """A date typed as people write it (2025-06-30, 2025-6-30, 2025.6.30, 20250630, 2025年6月30日), read as typed by
    the core's ``parse_date``: a date that is not one, or that the job refuses, is said so, never changed into
    another (a QDateEdit took 2025-06-30 typed after Tab as 2025-11-06, and moved a day out of range silently)."""

    def __init__(self, value: dt.date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("例如 2025-06-30"))
        self.set_date(value)

    def set_date(self, value: dt.date | None) -> None:
        self.setText(value.isoformat() if value else "")

    def date(self, *, field: str = "date") -> dt.date:
        """The date typed; ValidationError naming ``field`` when it is empty or not a date."""
        text = self.text().strip()
        if not text:
            raise ValidationError(self.tr("请填写日期，例如 2025-06-30"), field=field)
        if text.isdigit() and len(text) != 8:  # parse_date reads 45678 as a spreadsheet's day number; typed, it is a slip
            raise ValidationError(self.tr("无法识别的日期：{text}（请写成 2025-06-30）").format(text=text), field=field)
        try:
            return parse_date(text)
        except ValueError as exc:
            raise ValidationError(str(exc), field=field) from None


class GrowsForMessages:
    """For a dialog with messages under its fields (before QDialog in its bases): grow when one wraps, since a
    window's minimum height leaves wrapped lines out and they would be clipped by the fields around them."""

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest and self.heightForWidth(self.width()) > self.height():
            self.resize(self.width(), self.heightForWidth(self.width()))
        return handled


class FieldMessage(QLabel):
    """The line under a field that says what is wrong (red) or worth a second look (amber); hidden when all is well."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.hide()

    def show_error(self, text: str) -> None:
        self._set(text, ERROR_STYLE)

    def show_warning(self, text: str) -> None:
        self._set(text, WARNING_STYLE)

    def clear_message(self) -> None:
        self._set("", "")

    def _set(self, text: str, style: str) -> None:
        self.setText(text)
        self.setStyleSheet(style)
        self.setVisible(bool(text))

    @property
    def is_error(self) -> bool:
        return bool(self.text()) and self.styleSheet() == ERROR_STYLE


def with_message(field: QWidget, message: FieldMessage, *extra: QWidget) -> QWidget:
    """A form cell: the input (and any buttons beside it) with its message line underneath."""
    cell = QWidget()
    column = QVBoxLayout(cell)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    if extra:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(field, 1)
        for widget in extra:
            row.addWidget(widget)
        column.addLayout(row)
    else:
        column.addWidget(field)
    column.addWidget(message)
    return cell


class EnterMovesOn(QObject):
    """Enter in a form field moves to the next field, as clerks expect from paper-form data entry.

    Install it on each input of ``form`` (a dialog or page written in Python), in form order; buttons keep
    their Enter. When the next field is on another tab, Enter brings that tab up and goes on there.
    """

    def __init__(self, form: QWidget):
        super().__init__(form)
        self._form = form
        self._fields: list[QWidget] = []

    def watch(self, *widgets: QWidget) -> None:
        for widget in widgets:
            if not isinstance(widget, QPushButton):
                widget.installEventFilter(self)
                self._fields.append(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if _is_enter(event):
            following = self._fields[self._fields.index(watched) + 1:] if watched in self._fields else []
            if following and not following[0].isVisible() and _show_tab_of(following[0]):
                following[0].setFocus()
            else:
                self._form.focusNextChild()
            return True
        return super().eventFilter(watched, event)


def _show_tab_of(widget: QWidget) -> bool:
    """Bring up the tab holding ``widget``; False when it is not on a tab."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QTabWidget):
            for index in range(parent.count()):
                if parent.widget(index).isAncestorOf(widget):
                    parent.setCurrentIndex(index)
                    return True
        parent = parent.parentWidget()
    return False


class KeyedTableView(QTableView):
    """A grid filled from the keyboard: its owner reads each key, and text committed by a Chinese input
    method, before the table does (``owner.key_typed(event)``, ``owner.text_typed(text)``: True = taken).

    After a key has filled a cell the owner calls ``move_on``, so a paper list is typed in without
    pressing Enter between cells (考勤 and 考核 alike).
    """

    def __init__(self, owner: QWidget):
        super().__init__(owner)
        self._owner = owner
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)

    def go_to(self, row: int, column: int) -> None:
        """Put the cursor on one cell (and select only it), whatever modifier keys are held."""
        index = self.model().index(row, column)
        self.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.scrollTo(index)

    def move_on(self, *, down: bool = True, wrap: bool = False) -> None:
        """The cursor to the next row in the same column (``down``) or the next column in the same row; at
        the last one ``wrap`` goes on to the top of the next column (the start of the next row), else it stays."""
        current = self.currentIndex()
        if not current.isValid():
            return
        rows, columns = self.model().rowCount(), self.model().columnCount()
        r, c = current.row(), current.column()
        if down:
            r, c = (r + 1, c) if r + 1 < rows else (0, c + 1) if wrap and c + 1 < columns else (r, c)
        else:
            r, c = (r, c + 1) if c + 1 < columns else (r + 1, 0) if wrap and r + 1 < rows else (r, c)
        self.go_to(r, c)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if not self._owner.key_typed(event):
            super().keyPressEvent(event)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:  # noqa: N802 - Qt override
        if event.commitString() and self._owner.text_typed(event.commitString()):
            event.accept()
            return
        super().inputMethodEvent(event)


def fixed_rows(table: QTableView) -> None:
    """A list of records: fixed row height, no row numbers, whole rows selected, so every list looks alike.

    Tab leaves the list for what follows it (the arrows move within it); only a grid typed in cell by cell
    (考勤, 考核) keeps Tab for moving between cells."""
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
    rows.hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.horizontalHeader().setHighlightSections(False)
    table.setTabKeyNavigation(False)


def record_table(model: QAbstractItemModel, widths: Iterable[int], *, several: bool = False) -> QTableView:
    """A read-only list of records (``fixed_rows``) with the given column widths (``set_column_widths``)."""
    table = QTableView()
    table.setModel(model)
    fixed_rows(table)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if several
                           else QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    set_column_widths(table, widths)
    return table


def fit_column(view: QTableView, column: int, width: int | str | Iterable[str]) -> None:
    """Give a column ``width`` pixels, or room for the widest of the words it shows (stored words of a vocabulary,
    as ``term`` shows them, or a vocabulary named by its context when it shares a word with another), and never
    less than its title needs: titles and words run longer in English (在职教师 / Active teachers), so a width
    chosen for the Chinese is only the least a column gets."""
    if isinstance(width, str):
        width = words_width(view, VOCABULARIES[width], width)
    elif not isinstance(width, int):
        width = words_width(view, width)
    view.horizontalHeader().resizeSection(column, max(width, title_width(view, column)))


def title_width(view: QTableView, column: int) -> int:
    """The width a column's title needs: its longest line, with a cell's margins."""
    title = str(view.model().headerData(column, Qt.Orientation.Horizontal) or "")
    metrics = view.horizontalHeader().fontMetrics()
    return max(metrics.horizontalAdvance(line) for line in title.split("\n")) + CELL_PADDING


def words_width(view: QWidget, words: Iterable[str], vocabulary: str | None = None) -> int:
    """The width of a table cell that holds any of ``words`` (stored words, shown through ``term``)."""
    return max(view.fontMetrics().horizontalAdvance(term(word, vocabulary)) for word in words) + CELL_PADDING


def set_column_widths(view: QTableView, widths: Iterable[int | str | Iterable[str]]) -> None:
    """``fit_column`` for each column, from the first."""
    for column, width in enumerate(widths):
        fit_column(view, column, width)


def unit_suffix(spin: QAbstractSpinBox, suffix: Callable[[int], str]) -> None:
    """A spin box's unit after its number, singular or plural as its value asks (1 day, 1.5 days in English):
    ``suffix(n)`` is the unit's tr() for n, such as ``lambda n: self.tr(" 天", "", n)``."""
    def show(value: float) -> None:
        spin.setSuffix(suffix(plural_n(value)))

    spin.valueChanged.connect(show)
    show(spin.value())


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize a window to ``width`` × ``height``, or less where its screen is smaller: an office PC often
    has 1366 × 768 with a taskbar, and a window taller than that hides its buttons below the screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry().size() - TITLE_BAR_AND_FRAME
        width, height = min(width, room.width()), min(height, room.height())
    window.resize(width, height)


class _DownStepsIn(QObject):
    """Down pressed in the search box itself (not a shortcut, which another window's focus could take)."""

    def __init__(self, search: QLineEdit, step_in: Callable[[], None]):
        super().__init__(search)
        self._step_in = step_in
        search.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down
                and not event.modifiers()):
            self._step_in()
            return True
        return False


def search_steps_into(search: QLineEdit, view: QTableView, apply: Callable[[], None]) -> None:
    """Enter or Down in a search box searches now and moves into its list, on the first row: the keyboard
    path from typing a name to choosing the person."""
    def step_in() -> None:
        apply()
        if view.model().rowCount():
            view.setFocus()
            view.selectRow(0)

    search.returnPressed.connect(step_in)
    _DownStepsIn(search, step_in)
