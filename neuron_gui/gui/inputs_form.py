"""The form with one row per input (x_i and its weight w_i) and the bias."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from ..core import MAX_INPUTS, MIN_INPUTS
from ..core.formula import subscript
from .focus_ring import tab_chain
from .model import NeuronModel
from .number_field import NumberField

KEPT_IN_SIGHT = 2  # input rows the form always shows, above the bias


class _InputRow:
    """The widgets of one input; they live in the form's grid, one grid row each."""

    def __init__(self, form: InputsForm, grid: QGridLayout, index: int) -> None:
        self.index = index
        parent = grid.parentWidget()
        self.x_label = QLabel(parent)
        self.x_field = NumberField("", parent)
        self.w_label = QLabel(parent)
        self.w_field = NumberField("", parent)
        self.remove_button = QPushButton("\u2715", parent)
        self.remove_button.setFixedWidth(self.remove_button.sizeHint().height() + 8)
        row = index + 1  # grid row 0 holds the column headings
        for column, widget in enumerate(
            (self.x_label, self.x_field, self.w_label, self.w_field, self.remove_button)
        ):
            grid.addWidget(widget, row, column)
        self.x_label.setBuddy(self.x_field.spin_box)
        self.w_label.setBuddy(self.w_field.spin_box)
        self.x_field.edited.connect(lambda value: form.model.set_input(self.index, value))
        self.w_field.edited.connect(lambda value: form.model.set_weight(self.index, value))
        self.remove_button.clicked.connect(lambda: form.remove_input(self.index))
        self.x_field.finished.connect(form.model.end_edit)
        self.w_field.finished.connect(form.model.end_edit)
        self.retranslate(form)

    def retranslate(self, form: InputsForm) -> None:
        n = self.index + 1
        self.x_label.setText(f"x{subscript(n)}")
        self.w_label.setText(f"w{subscript(n)}")
        # The row is no QObject: its texts belong to the form's translation context.
        translate = QCoreApplication.translate
        for field, text in ((self.x_field, translate("InputsForm", "Input x{n}")),
                            (self.w_field, translate("InputsForm", "Weight w{n}"))):
            field.set_label(text.format(n=subscript(n)), spoken=text.format(n=n))
        self.remove_button.setAccessibleName(translate("InputsForm", "Remove input {n}").format(n=n))
        self.remove_button.setToolTip(
            translate("InputsForm", "Remove input x{n} and its weight").format(n=subscript(n)))

    def widgets(self):
        return (self.x_label, self.x_field, self.w_label, self.w_field, self.remove_button)


class InputsForm(QGroupBox):
    """Rows are made only when the number of inputs changes; otherwise values are just shown."""

    message = Signal(str)  # a short note for the status bar, e.g. why a value was refused
    message_outdated = Signal(str)  # such a note, now untrue: off the status bar if still there
    widths_changed = Signal()  # new fonts or rows: side_by_side_width may have changed

    def __init__(self, model: NeuronModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._rows: list[_InputRow] = []

        self._grid_host = QWidget()
        self._grid = QGridLayout()
        self._grid.setColumnStretch(1, 1)
        self._grid.setColumnStretch(3, 1)
        self._x_heading = QLabel()
        self._w_heading = QLabel()
        for heading in (self._x_heading, self._w_heading):
            heading.setTextFormat(Qt.TextFormat.RichText)
        self._grid.addWidget(self._x_heading, 0, 0, 1, 2)
        self._grid.addWidget(self._w_heading, 0, 2, 1, 2)
        content = QVBoxLayout(self._grid_host)
        # Never squeeze the rows: when they do not fit, the scroll area scrolls.
        content.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        content.addLayout(self._grid)
        content.addStretch(1)

        self._scroll = QScrollArea()
        self._scroll.setWidget(self._grid_host)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # The fields take the keyboard, and the area scrolls to the one that has it: the area
        # itself would only be one more Tab stop before the first of them.
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Rows scroll up and down; sideways the form is made wide enough instead, and a form
        # too narrow for a number and its slider side by side puts each slider under its number
        # (large projector fonts on a small screen).
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.installEventFilter(self)
        self._side_by_side_width = 0  # the least width that fits the sliders beside the numbers

        # The bias sits under the weights, in the row after the last input: "Bias  b [..]".
        self._bias_word = QLabel()
        self._bias_word.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._bias_label = QLabel("b")
        self.bias_field = NumberField("")
        self._bias_word.setBuddy(self.bias_field.spin_box)
        self._bias_label.setBuddy(self.bias_field.spin_box)
        self.bias_field.edited.connect(model.set_bias)
        self.bias_field.finished.connect(model.end_edit)
        self._connect_messages(self.bias_field)

        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_input)
        self._count_label = QLabel()
        self._count_label.setWordWrap(True)  # a long language in projector fonts: two lines
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self._count_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self._scroll, 1)
        layout.addLayout(buttons)

        self.retranslate()
        model.changed.connect(self._on_model_changed)
        self._on_model_changed()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Inputs and weights"))
        self._scroll.setAccessibleName(self.tr("List of inputs and their weights"))
        for heading, text in ((self._x_heading, self.tr("Input x\u1d62")),
                              (self._w_heading, self.tr("Weight w\u1d62"))):
            # The subscript letter ᵢ is a faint speck in common fonts: a small i set lower
            # reads as the index it is. Escaped by hand: importing html cost 2 ms of each start.
            plain = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            heading.setText(plain.replace("\u1d62", "<sub>i</sub>"))
            heading.setAccessibleName(text)
        self.add_button.setText(self.tr("Add &input"))
        self.add_button.setAccessibleName(self.tr("Add input"))
        self.add_button.setToolTip(
            self.tr("Add one more input x with its weight w (up to {n})").format(n=MAX_INPUTS))
        self._bias_word.setText(self.tr("&Bias"))
        self.bias_field.set_label(self.tr("Bias b"))
        for row in self._rows:
            row.retranslate(self)
        self._update_count()

    @property
    def rows(self) -> list[_InputRow]:
        return self._rows

    @Slot()
    def add_input(self) -> None:
        if self.model.neuron.size >= MAX_INPUTS:
            self.message.emit(self.tr("A neuron here takes at most {n} inputs.").format(n=MAX_INPUTS))
            return
        self.model.add_input()
        new_row = self._rows[-1]
        new_row.x_field.spin_box.setFocus()
        self._scroll.ensureWidgetVisible(new_row.x_field)

    def remove_input(self, index: int) -> None:
        if self.model.neuron.size <= MIN_INPUTS:
            self.message.emit(self.tr("A neuron needs at least one input."))
            return
        self.model.remove_input(index)
        # Keep keyboard focus in the form: on the row that moved up, or on the last row left;
        # on its number when its remove button is greyed out (one input left takes no focus).
        row = self._rows[min(index, len(self._rows) - 1)]
        (row.remove_button if row.remove_button.isEnabled() else row.x_field.spin_box).setFocus()

    def _connect_messages(self, field: NumberField) -> None:
        field.spin_box.refusals.said.connect(self.message)
        field.spin_box.refusals.outdated.connect(self.message_outdated)

    @Slot()
    def _on_model_changed(self) -> None:
        neuron = self.model.neuron
        if neuron.size != len(self._rows):
            self._match_rows(neuron.size)
        for row, x, w in zip(self._rows, neuron.inputs, neuron.weights):
            row.x_field.set_value(x)
            row.w_field.set_value(w)
        self.bias_field.set_value(neuron.bias)

    def _match_rows(self, size: int) -> None:
        """One row per input, then the bias row, the count and the width that follow from them:
        done only when the number of inputs changes, not on every edit of a value."""
        while len(self._rows) < size:
            row = _InputRow(self, self._grid, len(self._rows))
            self._connect_messages(row.x_field)
            self._connect_messages(row.w_field)
            self._rows.append(row)
        while len(self._rows) > size:
            for widget in self._rows.pop().widgets():
                self._grid.removeWidget(widget)
                widget.hide()  # gone at once: a picture taken before the deletion shows none
                widget.deleteLater()
        self._place_bias_row(size + 1)
        self._update_count()
        self._order_tabs()
        self._fit_width()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._order_tabs()  # the order set before the form joined its window does not hold

    def _order_tabs(self) -> None:
        """Tab goes down the rows as they are seen, a new row in its place: each input's number
        and slider, its weight's, its remove button; then the bias, and Add input below them."""
        chain = [widget for row in self._rows for widget in (
            row.x_field.spin_box, row.x_field.slider, row.w_field.spin_box, row.w_field.slider,
            row.remove_button)]
        chain += [self.bias_field.spin_box, self.bias_field.slider, self.add_button]
        tab_chain(chain)

    def _fields(self) -> list[NumberField]:
        return [field for row in self._rows for field in (row.x_field, row.w_field)] + [
            self.bias_field]

    def _fit_width(self) -> None:
        """The form may be as narrow as its rows with the sliders stacked; it remembers how wide
        it must be to have them side by side."""
        scroll_bar = self._scroll.verticalScrollBar().sizeHint().width()
        widths = {}
        for stacked in (True, False):
            for field in self._fields():
                field.set_stacked(stacked)
            self._grid.invalidate()
            widths[stacked] = self._grid_host.minimumSizeHint().width() + scroll_bar
        self._side_by_side_width = widths[False]
        self._scroll.setMinimumWidth(widths[True])
        self._stack_if_narrow()
        self.widths_changed.emit()

    def side_by_side_width(self) -> int:
        """How wide the form must be to have every slider beside its number."""
        margins = self.minimumSizeHint().width() - self._scroll.minimumWidth()
        return self._side_by_side_width + margins

    def _stack_if_narrow(self) -> None:
        stacked = self._scroll.width() < self._side_by_side_width
        for field in self._fields():
            field.set_stacked(stacked)
        self._keep_rows_in_sight()

    def _keep_rows_in_sight(self) -> None:
        """Keep the headings and three rows in sight whatever else the column holds (a lesson's
        task, with projector fonts): with two inputs, both and the bias. The bias follows the last
        input, so with more inputs it is scrolled to."""
        shown_rows = min(len(self._rows), KEPT_IN_SIGHT) + 1  # and the bias
        spacing = max(0, self._grid.verticalSpacing())
        row = max(self.bias_field.sizeHint().height(), self._bias_word.sizeHint().height())
        margins = self._grid_host.layout().contentsMargins()
        self._scroll.setMinimumHeight(margins.top() + margins.bottom()
                                      + self._x_heading.sizeHint().height()
                                      + shown_rows * (row + spacing))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._scroll and event.type() == QEvent.Type.Resize:
            self._stack_if_narrow()
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        # A new font (zoom, projector mode) or style (theme) changes how wide the rows are.
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            QTimer.singleShot(0, self._fit_width)  # once the rows have their new font too
        super().changeEvent(event)

    def _place_bias_row(self, row: int) -> None:
        if self._grid.getItemPosition(self._grid.indexOf(self.bias_field))[0] == row:
            return
        for column, widget in ((1, self._bias_word), (2, self._bias_label), (3, self.bias_field)):
            self._grid.removeWidget(widget)
            self._grid.addWidget(widget, row, column)

    def _update_count(self) -> None:
        size = len(self._rows)
        self.add_button.setEnabled(size < MAX_INPUTS)
        for row in self._rows:
            row.remove_button.setEnabled(size > MIN_INPUTS)
        # Short, so that it stays on one line beside the button in projector fonts: on two, in
        # German or Spanish, the window's height could not hold it and it ran over the bias.
        self._count_label.setText(self.tr("Inputs: {n} of {max}").format(n=size, max=MAX_INPUTS))
        self._count_label.setAccessibleName(
            self.tr("{n} of at most {max} inputs").format(n=size, max=MAX_INPUTS))
