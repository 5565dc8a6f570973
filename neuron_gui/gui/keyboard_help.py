"""A dialog listing every keyboard shortcut, read from the window's own actions so it can never
fall out of date."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QMenu, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)


def shortcut_rows(menus: list[QMenu]) -> list[tuple[str, str]]:
    """(keys, what they do) for every action in these menus and their submenus that has keys."""
    rows: list[tuple[str, str]] = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), f"{path}{_plain(action.menu().title())} › ")
            elif action.shortcuts() and action.isVisible():
                keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText)
                                 for s in action.shortcuts())
                rows.append((keys, path + _plain(action.text())))

    for menu in menus:
        walk(menu, f"{_plain(menu.title())} › ")
    return rows


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class KeyboardHelp(QDialog):
    def __init__(self, menus: list[QMenu], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        general = [
            (self.tr("Tab, Shift+Tab"), self.tr("Move to the next or previous control")),
            (self.tr("Up, Down"), self.tr("Change the number in a field by one step")),
            (self.tr("Page Up, Page Down"), self.tr("Move a slider by a big step")),
            (self.tr("Alt + underlined letter"), self.tr("Jump to that control or menu")),
            (self.tr("Enter"), self.tr("Finish typing a number (one undo step)")),
        ]
        rows = general + shortcut_rows(menus)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        for row, (keys, text) in enumerate(rows):
            for column, value in enumerate((keys, text)):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        # Tab leaves the table for the Close button, as the table's first row says it does;
        # the arrow keys move from row to row.
        self.table.setTabKeyNavigation(False)
        # A text too long for the room wraps onto more lines rather than losing its end.
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self._fit(parent)

    def _fit(self, parent: QWidget | None) -> None:
        """As large as the table in this font (projector mode's too), within the screen; where
        the screen is too narrow, the keys take at most two fifths of it and the texts wrap."""
        self.table.resizeColumnsToContents()
        keys, texts = self.table.columnWidth(0), self.table.columnWidth(1)
        margins = self.layout().contentsMargins()
        frame = (self.table.verticalScrollBar().sizeHint().width() + 2 * self.table.frameWidth()
                 + margins.left() + margins.right())
        room = (parent or self).screen().availableGeometry().size() * 0.9  # and its title bar
        width = min(keys + texts + frame, room.width())
        metrics = self.table.fontMetrics()
        longest_word = max(metrics.horizontalAdvance(word) for row in self.rows()
                           for word in row[0].split()) + 3 * self.table.frameWidth() + 8
        self.table.setColumnWidth(0, min(keys, max(round(0.4 * (width - frame)), longest_word)))
        height = round(self.fontMetrics().lineSpacing() * 30)  # a good part of the list
        self.resize(width, min(height, room.height()))

    def rows(self) -> list[tuple[str, str]]:
        return [(self.table.item(r, 0).text(), self.table.item(r, 1).text())
                for r in range(self.table.rowCount())]
