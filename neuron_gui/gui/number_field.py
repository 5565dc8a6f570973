"""A number a student can type or drag: a spin box and a slider that always agree."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication, QEvent, QObject, QPoint, QSignalBlocker, Qt, Signal, Slot,
)
from PySide6.QtGui import QKeySequence, QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox, QBoxLayout, QDoubleSpinBox, QSlider, QSpinBox, QToolTip, QWidget,
)

from ..core import VALUE_LIMIT
from ..core.formula import INPUT_DECIMALS, MINUS, RESULT_DECIMALS, is_exact, shown_value
from .focus_ring import FocusRing

translate = QCoreApplication.translate

SLIDER_LIMIT = 10.0  # the slider covers the range lessons use; the spin box takes the full range
_SLIDER_STEPS = 10 ** INPUT_DECIMALS  # slider positions per unit, one per typed hundredth


class Refusals(QObject):
    """What a spin box does with a refused keystroke, for both kinds of spin box here.

    It says why at the field, where the student is looking, and in the status bar (``said``).
    It takes the message back (``outdated``) once the field's number changes and the message no
    longer holds: "1e3" refuses the e while the field keeps 1, then makes 13. And when the
    number is then entered, it says that the number is not all that was typed. A number left
    unfinished ("", "−", or 0 in a field from 0.001) goes back to the one before, and it says
    that too. A box gives it a ``label`` for its messages.
    """

    said = Signal(str)  # for the status bar
    outdated = Signal(str)  # that message again, once it no longer holds

    def __init__(self, box: QAbstractSpinBox) -> None:
        super().__init__(box)
        self._box = box
        self._shown: str | None = None  # the message out now, until it no longer holds
        self._kept_text: str | None = None  # the field's text when a key was refused
        self._kept_value: str | None = None  # the number that message said the field keeps
        self._typed_on = False  # keys added after a refused one: the number entered lacks it
        self._edited: str | None = None  # the text last typed, until it is entered
        # The text as accepted so far: while a key is being refused, the field's text already
        # holds it, and the text it keeps is this one.
        self._accepted_text = box.lineEdit().text()
        box.lineEdit().textChanged.connect(self._accept)
        box.lineEdit().textEdited.connect(self._typed)
        box.valueChanged.connect(self._value_changed)  # arrows, wheel, slider, undo, Enter
        box.editingFinished.connect(self._entered)
        box.installEventFilter(self)

    def refuse(self, why: str) -> None:
        """Say ``why``, and which number the field keeps: the keystrokes before the refused one
        stay in use (typing 5000 keeps 500)."""
        kept = self._held()
        why += " " + translate("Refusals", "The field keeps {value}.").format(value=kept)
        QToolTip.showText(self._box.mapToGlobal(QPoint(0, self._box.height())), why, self._box)
        self._say(why)
        self._kept_text, self._kept_value = self._accepted_text, kept

    @staticmethod
    def out_of_range(label: str, low: str, high: str) -> str:
        return translate("Refusals", "{label} must be between {low} and {high}.").format(
            label=label, low=low, high=high)

    def forget(self) -> None:
        """The field shows a number from elsewhere (an undo, a file): nothing typed is left,
        and what was said of the number before no longer holds."""
        self._kept_text, self._kept_value, self._typed_on, self._edited = None, None, False, None
        self._withdraw()

    def _say(self, message: str) -> None:
        self.said.emit(message)
        self._shown, self._kept_text, self._kept_value, self._typed_on = message, None, None, False

    @Slot(str)
    def _accept(self, text: str) -> None:
        self._accepted_text = text

    @Slot(str)
    def _typed(self, text: str) -> None:
        # Typed on after the refused key, rather than over it or back from it; once the student
        # goes back over the kept text or replaces it, nothing typed since lacks the key
        on = self._kept_text is not None and (
            len(text) > len(self._kept_text) and text.startswith(self._kept_text))
        if not on:
            self._kept_text = None
        self._typed_on, self._edited = on, text
        self._withdraw()

    @Slot()
    def _value_changed(self) -> None:
        # Enter after "2000" sends the 200 the message said the field keeps: it still holds.
        if self._shown is None or self._held() != self._kept_value:
            self._withdraw()

    def _withdraw(self) -> None:
        if self._shown is not None:
            QToolTip.hideText()
            self.outdated.emit(self._shown)
            self._shown = None

    @Slot()
    def _entered(self) -> None:
        edited, typed_on = self._edited, self._typed_on
        self._kept_text, self._typed_on, self._edited = None, False, None  # the next starts anew
        if typed_on:
            self._say(translate(
                "Refusals", "{label} is now {value}: a key it could not take was left out."
            ).format(label=self._box.label, value=self._held()))
        elif edited is not None and self._box.validate(edited, len(edited))[0] != (
                QValidator.State.Acceptable):
            self._say(self._why_back(edited))

    def _why_back(self, edited: str) -> str:
        """Why a number left unfinished went back to the one before, which Qt does silently."""
        label, value = self._box.label, self._held()
        if not any(c.isdigit() for c in edited):
            return translate("Refusals", "{label} is back to {value}: the field held no number."
                             ).format(label=label, value=value)
        low, high = (self._box.textFromValue(v) for v in (self._box.minimum(), self._box.maximum()))
        return translate("Refusals", "{label} is back to {value}: {typed} is not between {low} "
                         "and {high}.").format(label=label, value=value, typed=edited.strip(),
                                               low=low, high=high)

    def _held(self) -> str:
        """The number the field holds, as it writes it."""
        return self._box.textFromValue(self._box.value())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._shown = None  # left as it was: the message still holds, and stays
        return False


class WholeNumberSpinBox(QSpinBox):
    """A spin box for a count or a seed that says why it refused a keystroke, as DecimalSpinBox
    does: a refused "." in a seed otherwise turns 1.5 silently into 15."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self.setCorrectionMode(QSpinBox.CorrectionMode.CorrectToPreviousValue)
        self.refusals = Refusals(self)

    def validate(self, text: str, pos: int):
        # Qt reads "1,5" as fifteen, its "," being the thousands separator in English (and "."
        # in German); a student who types either mark means a decimal, which a count is not.
        has_mark = bool({",", ".", self.locale().groupSeparator()} & set(text))
        state = QValidator.State.Invalid if has_mark else super().validate(text, pos)[0]
        if state == QValidator.State.Invalid:
            ok = self.locale().toInt(text.strip())[1] and not has_mark  # a number, too large
            low, high = self.textFromValue(self.minimum()), self.textFromValue(self.maximum())
            why = (Refusals.out_of_range(self.label, low, high) if ok else self.tr(
                "{label} takes a whole number between {low} and {high}.").format(
                    label=self.label, low=low, high=high))
            self.refusals.refuse(why)
        return state, text, pos


class DecimalSpinBox(QDoubleSpinBox):
    """A spin box that takes either "," or "." as the decimal mark, and says why it refused a value.

    Students switch between keyboards and languages; a number typed with the other mark is still
    clearly a number, so it is read rather than silently ignored.

    A student types two decimals, but a trained weight or a teacher's file may have more: the
    field then shows up to four, as the readout does, rather than a rounded number that is not
    the one in the sum (0.05 beside a readout's 0.0462).
    """

    def __init__(self, label: str, parent: QWidget | None = None,
                 typed_decimals: int = INPUT_DECIMALS) -> None:
        super().__init__(parent)
        self.label = label
        self._typed_decimals = typed_decimals  # what a student may type; a file may have more
        self._had_focus = False
        self.refusals = Refusals(self)  # says why a key was refused
        # The value as given, when it had more than four decimals (a trained weight): the field
        # holds it rounded, and writes it as such. None once the student changes the number.
        self._given: float | None = None
        self.setDecimals(RESULT_DECIMALS)  # what it holds and shows; typing takes fewer
        self.setAccelerated(True)
        self.setCorrectionMode(QDoubleSpinBox.CorrectionMode.CorrectToPreviousValue)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        # Whatever the student types is their own number, even one that rounds to the given one.
        self.lineEdit().textEdited.connect(self.forget_given)

    def event(self, event: QEvent) -> bool:
        # The text field would keep Ctrl+Z to undo its own typing; let it reach the window, whose
        # undo takes back whole edits of the neuron. The spin box hands this event straight to
        # its text field, past any filter there, so it is answered here: left unclaimed, the
        # window's shortcut runs.
        if event.type() == QEvent.Type.ShortcutOverride and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)
                or event.keyCombination().toCombined() == QKeySequence("Ctrl+Shift+Z")[0].toCombined()):
            event.ignore()
            return True
        return super().event(event)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)  # Qt selects the number itself after Tab or Alt+letter
        # Selected too in a new row and at the window's first start: what the student types then
        # replaces the number rather than landing in front of it ("3" before "1.00" gave 31.00).
        # A click puts the cursor where it points; back from another window, the cursor stays
        # where it was.
        reason = event.reason()
        if reason == Qt.FocusReason.OtherFocusReason or (
                reason == Qt.FocusReason.ActiveWindowFocusReason and not self._had_focus):
            self.selectAll()
        self._had_focus = True

    def show_value(self, value: float) -> None:
        """Hold ``value``: rounded to four decimals when it has more, and then written with all
        four (0.0460, not 0.046, which would look exact), as the readout writes it."""
        self._given = None if is_exact(value) else value
        self.refusals.forget()
        self.setValue(value)

    def shows(self, value: float) -> bool:
        """Whether the field already holds and writes ``value`` as show_value would."""
        return self._given == value if self._given is not None else (
            self.value() == value and is_exact(value))

    def is_given(self, value: float) -> bool:
        """Whether ``value`` is the given one as the field rounded it: Enter on it changes
        nothing the student meant to change. A step is a change of the student's own: it starts
        from the number shown, and a step back gives that number (0.1235 for a file's
        0.123456789), as the student sees it."""
        return self._given is not None and abs(value - self._given) < 0.5 * 10 ** -RESULT_DECIMALS

    @Slot()
    def forget_given(self) -> None:
        self._given = None  # the student's own number now

    def _normalised(self, text: str) -> str:
        """Either decimal mark, and the real minus sign the app writes in its messages and
        readout, which a student may copy from there."""
        mark = self.locale().decimalPoint()
        other = "," if mark == "." else "."
        return text.replace(other, mark).replace(MINUS, self.locale().negativeSign())

    def textFromValue(self, value: float) -> str:
        """As the readout writes it: two decimals, up to four when the value has them ("0.50",
        "0.0462"), and all four when it had more and was rounded ("0.0460", not 0.046, which
        would look exact); with the real minus sign, as beside it in the readout."""
        if self.is_given(value):
            value = self._given  # the rounded given value, not a step away from it
        return shown_value(value, self.locale().decimalPoint())

    def _decimals(self, text: str) -> int:
        return len(text.strip().partition(self.locale().decimalPoint())[2])

    def _typed_too_many_decimals(self, text: str) -> bool:
        """More decimals than a student types, and than the value held: a trained weight keeps
        its four while its sign or its other digits are edited, and they can be deleted."""
        held = self._decimals(self.textFromValue(self.value()))
        return self._decimals(text) > max(self._typed_decimals, held)

    def validate(self, text: str, pos: int):
        # Qt reads the number as the language writes it; the field shows it as the readout does:
        # a hyphen typed becomes a real minus at once (one character for another: the cursor
        # stays where it was).
        text = self._normalised(text)
        state, text, pos = super().validate(text, pos)[:3]
        # Qt takes an exponent too, but only whole: "1e3" pasted was 1000 while typed it was
        # refused at the "e" (and "2.5e-1" said it had too many decimals). A field takes the
        # number as a student writes it.
        if state != QValidator.State.Invalid and (
                self._typed_too_many_decimals(text) or "e" in text.lower()):
            state = QValidator.State.Invalid
        if state == QValidator.State.Invalid:
            # The refused keystroke leaves another number in use (typing 2000 keeps 200).
            self.refusals.refuse(self._why_rejected(text))
        return state, text.replace(self.locale().negativeSign(), MINUS), pos

    def valueFromText(self, text: str) -> float:
        return super().valueFromText(self._normalised(text))

    def _why_rejected(self, text: str) -> str:
        number, ok = self.locale().toDouble(text.strip())
        ok = ok and "e" not in text.lower()  # not as a student writes a number
        low, high = self.textFromValue(self.minimum()), self.textFromValue(self.maximum())
        example = self.textFromValue(self._example())
        if ok and not self.minimum() <= number <= self.maximum():
            return Refusals.out_of_range(self.label, low, high)
        if ok:  # a number, with more decimals than a student types
            return self.tr("{label} takes at most {n} decimals, such as {example}.").format(
                label=self.label, n=self._typed_decimals, example=example)
        return self.tr("{label} takes a number such as {example}, between {low} and {high}."
                       ).format(label=self.label, example=example, low=low, high=high)

    def _example(self) -> float:
        """A number to show the form by: −1.5 (a minus and a decimal mark) where the field
        takes it, else 0.5 (leaky ReLU's α, a learning rate), else the middle of its range."""
        for example in (-1.5, 0.5):
            if self.minimum() <= example <= self.maximum():
                return example
        return (self.minimum() + self.maximum()) / 2


class NumberField(QWidget):
    """Spin box plus slider for one value. ``edited`` fires only for the student's own edits."""

    edited = Signal(float)
    finished = Signal()  # the slider was let go or the spin box left: one edit is complete

    def __init__(self, label: str, parent: QWidget | None = None, *,
                 minimum: float = -VALUE_LIMIT, maximum: float = VALUE_LIMIT,
                 slider_minimum: float = -SLIDER_LIMIT, slider_maximum: float = SLIDER_LIMIT,
                 step: float = 0.1) -> None:
        super().__init__(parent)
        self.spin_box = DecimalSpinBox(label, self)
        self.spin_box.setSingleStep(step)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.set_range(minimum, maximum, slider_minimum, slider_maximum)
        self.slider.setSingleStep(round(step * _SLIDER_STEPS))
        self.slider.setPageStep(round(step * _SLIDER_STEPS * 10))
        self.slider.setMinimumWidth(70)
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.spin_box)
        self._layout.addWidget(self.slider, 1)
        # Fusion shows a focused slider by a faint line along its groove, none at all at its
        # ends, and barely on the dark theme: the ring shows where the keyboard is.
        self.focus_ring = FocusRing(self.slider)
        self.set_label(label)
        self.spin_box.valueChanged.connect(self._on_spin_box)
        self.spin_box.editingFinished.connect(self.finished)
        self.slider.sliderReleased.connect(self.finished)
        self.slider.installEventFilter(self)  # moved with the keys, it is finished on leaving
        self.slider.valueChanged.connect(self._on_slider)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.slider and event.type() == QEvent.Type.FocusOut
                and not self.slider.isSliderDown()):  # a drag ends when it is let go
            self.finished.emit()  # arrow-key steps, then Tab away: one undo step
        return super().eventFilter(watched, event)

    def set_stacked(self, stacked: bool) -> None:
        """The slider under the spin box rather than beside it, so that a narrow form still fits."""
        direction = (QBoxLayout.Direction.TopToBottom if stacked
                     else QBoxLayout.Direction.LeftToRight)
        if self._layout.direction() != direction:
            self._layout.setDirection(direction)
            self.updateGeometry()

    def is_stacked(self) -> bool:
        return self._layout.direction() == QBoxLayout.Direction.TopToBottom

    def set_label(self, label: str, spoken: str | None = None) -> None:
        """``label`` names the field in messages and tooltips, as the form writes it ("Input x₁");
        ``spoken``, if given, is the name a screen reader says, where a subscript digit might be
        read out as a symbol ("Input x1")."""
        spoken = spoken or label
        self.spin_box.label = label
        self.spin_box.setAccessibleName(spoken)
        self.slider.setAccessibleName(self.tr("{label} slider").format(label=spoken))
        tip = self.tr("{label}: type a value, use the arrow keys, or drag the slider").format(
            label=label)
        self.spin_box.setToolTip(tip)
        self.slider.setToolTip(tip)

    def set_range(self, minimum: float, maximum: float, slider_minimum: float | None = None,
                  slider_maximum: float | None = None) -> None:
        """The spin box takes minimum..maximum; the slider covers its own, possibly narrower, part."""
        with QSignalBlocker(self.spin_box), QSignalBlocker(self.slider):  # clamping is no edit
            self.spin_box.setRange(minimum, maximum)
            low = minimum if slider_minimum is None else max(minimum, slider_minimum)
            high = maximum if slider_maximum is None else min(maximum, slider_maximum)
            self.slider.setRange(round(low * _SLIDER_STEPS), round(high * _SLIDER_STEPS))

    def value(self) -> float:
        return self.spin_box.value()

    def set_value(self, value: float) -> None:
        """Show ``value`` without reporting it back as an edit.

        A spin box already holding the value is left alone: rewriting its text would reformat what
        the student is still typing ("0." would become "0.00" and the next digit land after it).
        """
        if self.spin_box.shows(value):
            return
        with QSignalBlocker(self.spin_box), QSignalBlocker(self.slider):
            self.spin_box.show_value(value)
            self.slider.setValue(round(value * _SLIDER_STEPS))

    @Slot(float)
    def _on_spin_box(self, value: float) -> None:
        if self.spin_box.is_given(value):
            return  # Enter on a trained weight's field: no edit, and no rounding of the weight
        self.spin_box.forget_given()
        with QSignalBlocker(self.slider):
            self.slider.setValue(round(value * _SLIDER_STEPS))
        self.edited.emit(value)

    @Slot(int)
    def _on_slider(self, position: int) -> None:
        value = position / _SLIDER_STEPS
        self.spin_box.forget_given()
        with QSignalBlocker(self.spin_box):
            self.spin_box.setValue(value)
        self.edited.emit(self.spin_box.value())
