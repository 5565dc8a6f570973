"""Teaching the neuron from labelled points: the points, the rule and its settings, play and
pause, and the loss curve under them (loss_plot.py). learning_dock.py puts this panel under the
input space.

The maths is ``core.training.fit``. A run is fitted ahead in chunks of epochs and replayed on a
timer, one epoch (or, when fast, a few) per tick; each shown epoch's weights and bias go through
the model, so the form, the readout and the line move as the neuron learns. A whole run is one
undo step.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np
from PySide6.QtCore import (
    QCoreApplication, QLocale, QSignalBlocker, Qt, QTimer, Signal, Slot,
)
from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QPushButton, QRadioButton, QSlider, QVBoxLayout, QWidget,
)

from ..core import (
    DATASET_DESCRIPTIONS, DATASET_NAMES, Epoch, Neuron, converged, fit, format_loss,
)
from ..core.datasets import TITLES as DATASET_TITLES, separable
from ..core.formula import format_result, value_separator
from ..core.datasets import MAX_POINTS, load as load_dataset
from ..core.training import MAX_EPOCHS
from .check_box import WrappingCheckBox
from .focus_ring import FocusRing, tab_chain
from .input_space import InputSpace, axis_name
from .loss_plot import LossPlot
from .model import NamedStep, NeuronModel, StepName
from .number_field import DecimalSpinBox, WholeNumberSpinBox
from .spoken_label import SpokenLabel
from .status_note import StatusNote

OWN_POINTS = "own"
# Epochs per second the speed slider offers; a tick shows every epoch up to 25 a second.
SPEEDS = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000)
DEFAULT_SPEED = 20
_MIN_TICK_MS = 40
CHUNK = 25  # epochs fitted at a time, ahead of the replay
DEFAULT_RATE = 0.5
DEFAULT_MAX_EPOCHS = 200
MAX_EPOCHS_OFFERED = min(10_000, MAX_EPOCHS)  # a perceptron epoch over 200 points takes ~3 ms


def dataset_title(name: str) -> str:
    return QCoreApplication.translate("datasets", DATASET_TITLES[name])


class _PointsEdit(NamedStep):
    """A change of the points to learn: ``before`` and ``after`` are (dataset, own points)."""

    def __init__(self, panel: LearningPanel, before: tuple, after: tuple, name: StepName,
                 fit_view: bool) -> None:
        super().__init__(name)
        self.panel, self.before, self.after, self.fit_view = panel, before, after, fit_view
        self._done = False  # the first redo is the edit itself, made where it is seen

    def redo(self) -> None:
        self.panel._show_points(self.after, self.fit_view, reveal=self._done)
        self._done = True

    def undo(self) -> None:
        self.panel._show_points(self.before, self.fit_view, reveal=True)


class _AxesEdit(NamedStep):
    """Which inputs the plane shows, as part of an undo step that changes the inputs (and
    that takes its name, given here)."""

    def __init__(self, space: InputSpace, before: tuple[int, int], after: tuple[int, int],
                 name: StepName) -> None:
        super().__init__(name)
        self.space, self.before, self.after = space, before, after

    def redo(self) -> None:
        self.space.set_axes(*self.after)

    def undo(self) -> None:
        self.space.set_axes(*self.before)


@dataclass
class _Run:
    """One training run: what it learns from, and the epochs fitted and shown so far."""

    start: Neuron
    X: np.ndarray
    y: np.ndarray
    rule: str
    loss: str | None
    rate: float
    init: str
    seed: int
    stop_when_learned: bool = True
    epochs: list[Epoch] = field(default_factory=list)
    trained: Neuron | None = None
    shown: int = 0
    continues: bool = False  # it goes on from where a finished run ended
    ended: bool = False  # a setting changed: the next epoch starts a new run with it...
    restart: bool = False  # ...from the chosen start rather than from where this one ended

    def fit_more(self, needed: int, limit: int) -> None:
        """Fit chunks of epochs until ``needed`` are ready, the points are learned or ``limit``."""
        while len(self.epochs) < min(needed, limit) and not self.learned_for_good():
            first = not self.epochs
            count = min(CHUNK, limit - len(self.epochs))
            # Each chunk has its own seed, fixed by its place in the run, so a run is the same
            # whatever the speed it is played at.
            trained, history = fit(
                self.start if first else self.trained, self.X, self.y, rule=self.rule,
                epochs=count, learning_rate=self.rate, seed=self.seed + len(self.epochs),
                loss=self.loss, init=self.init if first else "keep",
                stop_when_learned=self.stop_when_learned)
            offset = len(self.epochs)
            self.epochs += [replace(e, epoch=e.epoch + offset) for e in history]
            self.trained = trained

    @property
    def current(self) -> Epoch | None:
        return self.epochs[self.shown - 1] if self.shown else None

    def learned(self) -> bool:
        return self.current is not None and self.current.errors == 0

    def learned_at(self) -> int:
        """The epoch from which every point shown so far has stayed on its side."""
        first = self.shown
        while first > 1 and self.epochs[first - 2].errors == 0:
            first -= 1
        return self.epochs[first - 1].epoch

    def learned_for_good(self) -> bool:
        """Every point on its side, and the run is to stop there."""
        return self.stop_when_learned and converged(self.epochs)


class LearningPanel(QWidget):
    """Points, rule, settings and controls. The points live here and are drawn by the input
    space, which also reports the clicks that add and remove them."""

    message = Signal(str)  # for the window's status bar: the panel's own text may be out of view
    message_outdated = Signal(str)  # a refused keystroke's note, now untrue (see Refusals)
    reveal = Signal()  # an undo or redo changed the points: show them, wherever the panel is

    def __init__(self, model: NeuronModel, input_space: InputSpace,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.input_space = input_space
        # What is shown: the dataset's name and the student's own points, kept while a truth
        # table is shown and back when "Your own points" is chosen again.
        self._points_state: tuple = (OWN_POINTS, ())
        # The open lesson's rules (set_lesson_rules): whether a run may start, and whether its
        # result says why it ended as it did.
        self._training_allowed = True
        self._explaining = True
        self._run: _Run | None = None
        self._run_note = StatusNote(self.message, self.message_outdated)  # what a run came to
        self._pushing = False  # the model is changing because a run pushed an epoch
        self._step_open = False  # the run's undo step is still the one new epochs join
        self._on_top = False  # the run's undo step is the last one on the stack
        self._activation = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._on_tick)
        self._create_points_box()
        self._create_training_box()
        self.loss_plot = LossPlot()
        self.loss_plot.setMinimumHeight(120)
        self._create_layout()
        self._connect()
        self.retranslate()
        self._on_model_changed()
        self._points_changed()

    # Construction -------------------------------------------------------------------------------

    def _create_points_box(self) -> None:
        self.points_box = QGroupBox()
        self.dataset_combo = QComboBox()
        self.dataset_combo.addItem("", OWN_POINTS)
        for name in DATASET_NAMES:
            self.dataset_combo.addItem("", name)
        self._dataset_label = QLabel()
        self._dataset_label.setBuddy(self.dataset_combo)
        self.class_buttons = (QRadioButton(), QRadioButton())
        self.class_group = QButtonGroup(self)
        for label, button in enumerate(self.class_buttons):
            self.class_group.addButton(button, label)
        self.class_buttons[1].setChecked(True)
        self.add_point_button = QPushButton()
        self.clear_button = QPushButton()
        self.dataset_note = QLabel()
        self.dataset_note.setWordWrap(True)
        layout = QGridLayout(self.points_box)
        chooser = QHBoxLayout()
        chooser.addWidget(self._dataset_label)
        chooser.addWidget(self.dataset_combo, 1)
        layout.addLayout(chooser, 0, 0, 1, 2)
        layout.addWidget(self.class_buttons[0], 1, 0)
        layout.addWidget(self.class_buttons[1], 1, 1)
        layout.addWidget(self.add_point_button, 2, 0)
        layout.addWidget(self.clear_button, 2, 1)
        layout.addWidget(self.dataset_note, 3, 0, 1, 2)

    def _create_training_box(self) -> None:
        self.training_box = QGroupBox()
        self.rule_combo = QComboBox()
        # Fields that read "0,25" as well as "0.25" and say why they refused a keystroke, like the
        # neuron's own: a refused comma silently made a rate of 0,25 into 25, kept as 2.
        self.rate_spin = DecimalSpinBox("", typed_decimals=3)  # labelled in retranslate
        self.rate_spin.setRange(0.001, 10.0)
        self.rate_spin.setSingleStep(0.05)
        self.rate_spin.setValue(DEFAULT_RATE)
        self.start_combo = QComboBox()
        for init in ("random", "zeros", "keep"):
            self.start_combo.addItem("", init)
        self.seed_spin = WholeNumberSpinBox("")
        self.seed_spin.setRange(0, 99_999)
        self.seed_spin.setValue(1)
        self.max_spin = WholeNumberSpinBox("")
        self.max_spin.setRange(1, MAX_EPOCHS_OFFERED)
        self.max_spin.setValue(DEFAULT_MAX_EPOCHS)
        self.stop_box = WrappingCheckBox()  # a long sentence, longer still in German
        self.stop_box.setChecked(True)
        self.step_button = QPushButton()
        self.play_button = QPushButton()
        self.play_button.setCheckable(True)
        self.reset_button = QPushButton()
        self.speed_slider = QSlider(Qt.Orientation.Horizontal)
        FocusRing(self.speed_slider)  # see NumberField; it lives as long as the slider
        self.speed_slider.setRange(0, len(SPEEDS) - 1)
        self.speed_slider.setPageStep(1)
        self.speed_slider.setValue(SPEEDS.index(DEFAULT_SPEED))
        self.speed_value = QLabel()
        self.status = SpokenLabel()
        self.status.setWordWrap(True)
        self.result = SpokenLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.two_inputs_note = QLabel()
        self.two_inputs_note.setWordWrap(True)
        self.two_inputs_button = QPushButton()

        names = ("rule", "rate", "start", "seed", "max", "speed")
        self._labels = {name: QLabel() for name in names}
        for name, widget in (("rule", self.rule_combo), ("rate", self.rate_spin),
                             ("start", self.start_combo), ("seed", self.seed_spin),
                             ("max", self.max_spin), ("speed", self.speed_slider)):
            self._labels[name].setBuddy(widget)
        for combo in (self.rule_combo, self.start_combo):
            # As narrow as a dozen letters, not its longest choice (which shows, cut short, only
            # in a dock too narrow for it): the longest rule in German is 40 letters.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        self.settings = QWidget()
        form = QFormLayout(self.settings)
        form.setContentsMargins(0, 0, 0, 0)
        # A row too narrow for its label and its field puts the field under the label: with
        # projector fonts on a small screen the dock would otherwise push the window wider.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for name, widget in (("rule", self.rule_combo), ("rate", self.rate_spin),
                             ("start", self.start_combo), ("seed", self.seed_spin),
                             ("max", self.max_spin)):
            form.addRow(self._labels[name], widget)
        form.addRow(self.stop_box)  # across both columns: its text is longer than any field
        buttons = QHBoxLayout()
        for button in (self.step_button, self.play_button, self.reset_button):
            buttons.addWidget(button)
        speed = QHBoxLayout()
        speed.addWidget(self._labels["speed"])
        speed.addWidget(self.speed_slider, 1)
        speed.addWidget(self.speed_value)
        layout = QVBoxLayout(self.training_box)
        layout.addWidget(self.two_inputs_note)
        layout.addWidget(self.two_inputs_button, 0, Qt.AlignmentFlag.AlignLeft)
        # What a run needs most comes first, its settings after: on a small screen the dock
        # shows the top of its controls, and the buttons must be there.
        layout.addLayout(buttons)
        layout.addLayout(speed)
        layout.addWidget(self.status)
        layout.addWidget(self.result)
        layout.addWidget(self.settings)

    def _create_layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.points_box)
        layout.addWidget(self.training_box)
        layout.addWidget(self.loss_plot, 1)
        # Tab goes down the controls as they are seen: the run's buttons before its settings.
        chain = (self.two_inputs_button, self.step_button, self.play_button, self.reset_button,
                 self.speed_slider, self.rule_combo, self.rate_spin, self.start_combo,
                 self.seed_spin, self.max_spin, self.stop_box)
        tab_chain(chain)

    def _connect(self) -> None:
        for box in (self.rate_spin, self.seed_spin, self.max_spin):
            box.refusals.said.connect(self.message)
            box.refusals.outdated.connect(self.message_outdated)
        self.dataset_combo.activated.connect(self._on_dataset_chosen)
        self.add_point_button.clicked.connect(self.toggle_point_at_input)
        self.clear_button.clicked.connect(self.clear_points)
        self.rule_combo.activated.connect(self._settings_changed)
        self.start_combo.activated.connect(self._start_changed)
        self.rate_spin.valueChanged.connect(self._settings_changed)
        self.seed_spin.valueChanged.connect(self._settings_changed)
        self.max_spin.valueChanged.connect(self._max_changed)
        self.stop_box.toggled.connect(self._settings_changed)
        self.step_button.clicked.connect(self.step)
        self.play_button.toggled.connect(self._on_play_toggled)
        self.reset_button.clicked.connect(self.reset)
        self.speed_slider.valueChanged.connect(self._speed_changed)
        self.two_inputs_button.clicked.connect(self._make_two_inputs)
        self.input_space.point_added.connect(self.add_point)
        self.input_space.point_removed.connect(self.remove_point)
        self.input_space.message.connect(self.message)
        self.input_space.axes_changed.connect(self._on_axes_changed)
        self.model.changed.connect(self._on_model_changed)

    def retranslate(self) -> None:
        self.points_box.setTitle(self.tr("Points to learn"))
        self._dataset_label.setText(self.tr("Point&s"))
        self.dataset_combo.setAccessibleName(self.tr("Points to learn"))
        self.dataset_combo.setToolTip(self.tr(
            "A truth table on the corners of the unit square, or points of your own"))
        self.dataset_combo.setItemText(0, self.tr("Your own points"))
        for i, name in enumerate(DATASET_NAMES, start=1):
            self.dataset_combo.setItemText(i, dataset_title(name))
        for label, button in enumerate(self.class_buttons):
            button.setText(self.tr("class &{n}").format(n=label))
            button.setToolTip(self.tr(
                "A click in the plane adds a point of class {n}; Shift+click or right-click adds "
                "one of class {other}").format(n=label, other=1 - label))
        self.add_point_button.setText(self.tr("Point at input"))
        self.add_point_button.setToolTip(self.tr(
            "Add a point of the chosen class where the input point is, or remove the point that "
            "is already there: the keyboard's way to place points (move the input with the x "
            "fields)"))
        self.clear_button.setText(self.tr("Clear points"))
        self.clear_button.setToolTip(self.tr("Remove every point of your own"))

        self.training_box.setTitle(self.tr("Learning"))
        self._labels["rule"].setText(self.tr("R&ule"))
        self.rule_combo.setAccessibleName(self.tr("Learning rule"))
        self._labels["rate"].setText(self.tr("&Learning rate"))
        self.rate_spin.setAccessibleName(self.tr("Learning rate"))
        self.rate_spin.label = self.rate_spin.accessibleName()  # as its messages name it
        self.rate_spin.setToolTip(self.tr(
            "How big a step each correction takes: too small and learning crawls, too big and "
            "the line jumps past where it should go"))
        self._labels["start"].setText(self.tr("Start &weights"))
        self.start_combo.setAccessibleName(self.tr("Starting weights"))
        self.start_combo.setToolTip(self.tr(
            "Where the weights and bias begin: small random numbers from the seed, all zero, or "
            "whatever they are now"))
        for i, text in enumerate((self.tr("random"), self.tr("zero"), self.tr("keep current"))):
            self.start_combo.setItemText(i, text)
        self._labels["seed"].setText(self.tr("See&d"))
        self.seed_spin.setAccessibleName(self.tr("Random seed"))
        self.seed_spin.label = self.seed_spin.accessibleName()
        self.seed_spin.setToolTip(self.tr(
            "The same seed gives the same random start and the same order of points, so a run "
            "can be repeated exactly"))
        self._labels["max"].setText(self.tr("&Max. epochs"))
        self.max_spin.setAccessibleName(self.tr("Maximum number of epochs"))
        self.max_spin.label = self.max_spin.accessibleName()
        self.max_spin.setToolTip(self.tr(
            "Training stops when every point is on its side of the line, or after this many "
            "epochs (passes over all the points)"))
        self.stop_box.setText(self.tr("Stop once every point is on its side"))
        self.stop_box.setToolTip(self.tr(
            "Untick to train on to the maximum number of epochs: the loss keeps falling and the "
            "outputs move away from the middle, as the neuron grows more sure of its answers. "
            "Gradient descent only: the perceptron rule changes nothing once every point is "
            "right"))
        self.step_button.setText(self.tr("&One epoch"))
        self.step_button.setToolTip(self.tr("Train for one epoch: one pass over all the points"))
        self.reset_button.setText(self.tr("&Reset"))
        self.reset_button.setToolTip(self.tr(
            "Stop, and put back the weights and bias the neuron had before this run"))
        self._labels["speed"].setText(self.tr("Speed"))
        self.speed_slider.setAccessibleName(self.tr("Training speed"))
        self.speed_slider.setToolTip(self.tr("How many epochs play shows each second"))
        self.status.setAccessibleName(self.tr("Training progress"))
        self.result.setAccessibleName(self.tr("Training result"))
        self.two_inputs_button.setAccessibleName(self.tr("Use exactly two inputs"))
        self._update_play_text()
        self._speed_changed()
        self._fill_rules(force=True)
        self._update_enabled()
        self._update_dataset_note()
        self._show_progress()

    # Points -------------------------------------------------------------------------------------

    @property
    def dataset(self) -> str:
        return self.dataset_combo.currentData()

    def set_dataset(self, name: str) -> None:
        """Learn a truth table's points (or, with OWN_POINTS, the student's own); undoable."""
        self._edit_points(name, self._own_points(),
                          lambda: self.tr("choose the points to learn"), fit_view=True)

    def points(self) -> tuple[np.ndarray, np.ndarray]:
        """The points to learn, as rows of (horizontal, vertical), and their 0/1 labels."""
        if self.dataset != OWN_POINTS:
            return load_dataset(self.dataset)
        if not self._own_points():
            return np.zeros((0, 2)), np.zeros(0)
        array = np.array(self._own_points(), dtype=float)
        return array[:, :2], array[:, 2]

    def scenario_dataset(self) -> dict | None:
        """The points as a scenario file keeps them: a truth table's name, or the points
        themselves; None when there are none to keep."""
        if self.dataset != OWN_POINTS:
            return {"name": self.dataset}
        if not self._own_points():
            return None
        return {"points": [[x, y] for x, y, _ in self._own_points()],
                "labels": [label for _, _, label in self._own_points()]}

    def show_scenario_dataset(self, dataset) -> None:
        """Learn from what a scenario file brings, a truth table by name, its own points or
        (None) no points, as part of its fresh start (not a step to undo)."""
        if dataset is None:
            self._show_points((OWN_POINTS, ()), fit_view=False)
            return
        if "name" in dataset:
            self._show_points((dataset["name"], self._own_points()), fit_view=True)
            return
        own = [(float(x), float(y), int(label))
               for (x, y), label in zip(dataset["points"], dataset["labels"])]
        self._show_points((OWN_POINTS, tuple(own)), fit_view=True)

    @property
    def chosen_class(self) -> int:
        return self.class_group.checkedId()

    @Slot(float, float, bool)
    def add_point(self, x: float, y: float, other_class: bool = False) -> None:
        own = self._shown_as_own()
        if len(own) >= MAX_POINTS:
            text = self.tr("At most {n} points can be learned at once.").format(n=MAX_POINTS)
            self.result.setText(text)
            self.message.emit(text)
            return
        own.append((x, y, self.chosen_class ^ int(other_class)))
        self._edit_points(OWN_POINTS, own, lambda: self.tr("add a point"))

    @Slot(int)
    def remove_point(self, index: int) -> None:
        own = self._shown_as_own()
        del own[index]
        self._edit_points(OWN_POINTS, own, lambda: self.tr("remove a point"))

    @Slot()
    def clear_points(self) -> None:
        self._edit_points(OWN_POINTS, [], lambda: self.tr("clear the points"), fit_view=True)

    @Slot()
    def toggle_point_at_input(self) -> None:
        neuron = self.model.neuron
        if neuron.size < 2:
            return
        a, b = self.input_space.axes()
        here = (neuron.inputs[a], neuron.inputs[b])
        points, _ = self.points()
        matches = np.flatnonzero(np.all(points == here, axis=1)) if len(points) else []
        mark = QLocale().decimalPoint()
        where = value_separator(mark).join(format_result(v, mark) for v in here)
        # Said in the status bar: from the keyboard, a point seen appearing is the only sign.
        if len(matches):
            self.remove_point(int(matches[-1]))
            self.message.emit(self.tr("Removed the point at ({where}).").format(where=where))
        else:
            self.add_point(*here)
            if len(self.points()[0]) > len(points):  # not past the most there may be
                self.message.emit(self.tr("Added a point of class {n} at ({where}).").format(
                    n=self.chosen_class, where=where))

    def _own_points(self) -> tuple[tuple[float, float, int], ...]:
        return self._points_state[1]

    def _shown_as_own(self) -> list[tuple[float, float, int]]:
        """The points shown, as the student's own: editing a truth table's points makes them
        theirs, to change freely."""
        points, labels = self.points()
        return [(float(x), float(y), int(c)) for (x, y), c in zip(points, labels)]

    @Slot()
    def _on_dataset_chosen(self) -> None:
        self.set_dataset(self.dataset)

    def _edit_points(self, dataset: str, own, name: StepName, fit_view: bool = False) -> None:
        """Show other points as one step on the window's undo stack, with the neuron's edits:
        Ctrl+Z takes back a stray click, or brings back the points a Clear removed."""
        after = (dataset, tuple(own))
        if after == self._points_state:
            return
        self.model.undo_stack.push(_PointsEdit(self, self._points_state, after, name, fit_view))
        self._on_top = False  # a run's step, if any, is no longer the last one

    def _show_points(self, state: tuple, fit_view: bool, reveal: bool = False) -> None:
        dataset, _ = state
        self._points_state = state
        with QSignalBlocker(self.dataset_combo):
            self.dataset_combo.setCurrentIndex(self.dataset_combo.findData(dataset))
        self._points_changed(fit_view)
        if reveal:
            self.reveal.emit()

    def _points_changed(self, fit_view: bool = False) -> None:
        points, labels = self.points()
        self.input_space.set_points(points, labels)
        if fit_view:
            self.input_space.fit_view()
        self._update_dataset_note()
        self._forget_run()

    def _update_dataset_note(self) -> None:
        if self.model.neuron.size < 2:
            text = self.tr("Points to learn from lie in the plane of two inputs; this neuron "
                           "has one.")
        elif self.dataset == OWN_POINTS:
            count = len(self._own_points())
            text = self.tr(
                "Click in the plane to add a point of the chosen class; Shift+click or "
                "right-click adds the other class, and a click on a point removes it.")
            if count:
                text += " " + self.tr("{n} points so far.").format(n=count)
        else:
            text = QCoreApplication.translate("datasets", DATASET_DESCRIPTIONS[self.dataset])
        self.dataset_note.setText(text)

    # Settings -----------------------------------------------------------------------------------

    def _fill_rules(self, force: bool = False) -> None:
        """Offer only the rules that can train the current activation, and say why."""
        activation = self.model.neuron.activation
        if activation == self._activation and not force:
            return
        self._activation = activation
        chosen = self.rule_combo.currentData()
        if activation == "step":
            choices = [(self.tr("Perceptron rule"), ("perceptron", None))]
            tip = self.tr(
                "Step answers only 0 or 1 and its slope is 0 wherever it has one, so gradient "
                "descent could never move its weights. The perceptron rule is used instead: for "
                "each point it gets wrong, it moves the weights and bias towards the right answer.")
        else:
            choices = [(self.tr("Gradient descent, squared error"), ("gradient", "squared"))]
            if activation == "sigmoid":
                choices.append((self.tr("Gradient descent, cross-entropy"),
                                ("gradient", "cross_entropy")))
                tip = self.tr(
                    "Gradient descent moves the weights a little downhill on the loss after each "
                    "epoch. Cross-entropy is offered because a sigmoid's output can be read as a "
                    "probability. The perceptron rule is not: it needs the yes-or-no step "
                    "function.")
            else:
                tip = self.tr(
                    "Gradient descent moves the weights a little downhill on the loss after each "
                    "epoch. The perceptron rule is not offered: it needs the yes-or-no step "
                    "function. Cross-entropy is offered only for sigmoid, whose output can be read "
                    "as a probability.")
        with QSignalBlocker(self.rule_combo):
            self.rule_combo.clear()
            for text, data in choices:
                self.rule_combo.addItem(text, data)
            index = self.rule_combo.findData(chosen)
            self.rule_combo.setCurrentIndex(max(index, 0))
        self.rule_combo.setToolTip(tip)
        # Once every point is right, the perceptron rule changes nothing more: nothing to go on to.
        self.stop_box.setEnabled(activation != "step")

    @Slot()
    def _settings_changed(self) -> None:
        """The run on screen ends but stays, with its Reset: the next epoch starts a new run with
        the new rule, rate or seed, from the weights this one ended with."""
        self._end_run(restart=False)

    @Slot()
    def _start_changed(self) -> None:
        """As another setting, but the next run starts from the start chosen."""
        self._end_run(restart=True)

    def _end_run(self, restart: bool) -> None:
        self.pause()
        self._close_step()
        if self._run is not None:
            self._run.ended = True
            self._run.restart = restart
        self._show_progress()

    def _loss_name(self) -> str:
        rule = self.rule_combo.currentData()
        if rule is not None and rule[1] == "cross_entropy":
            return self.tr("cross-entropy")
        # Said as computed, so that a student can check it by hand: with the ½, two of four
        # points off by 1 give 0.25, not the 0.5 of a plain mean squared error.
        return self.tr("mean of ½·(output − target)²")

    @Slot()
    def _max_changed(self) -> None:
        """A new maximum keeps the run: raising it lets a run that ran out go on. One below the
        epochs shown (the first digit of a larger number being typed, say) only stops it."""
        if self._run is not None and self._run.shown >= self.max_spin.value():
            self.pause()
        self._show_progress()

    @Slot()
    def _speed_changed(self) -> None:
        speed = SPEEDS[self.speed_slider.value()]
        self.speed_value.setText((self.tr("{n} epoch/s") if speed == 1 else
                                  self.tr("{n} epochs/s")).format(n=speed))
        self.timer.setInterval(max(1000 // speed, _MIN_TICK_MS))

    def epochs_per_tick(self) -> int:
        return max(1, round(SPEEDS[self.speed_slider.value()] * self.timer.interval() / 1000))

    # Two inputs, and what a run may use --------------------------------------------------------

    def _update_enabled(self) -> None:
        """The note and button for a neuron without two inputs; a run's settings usable only
        where a run can start."""
        size = self.model.neuron.size
        ready = size == 2
        self.two_inputs_note.setVisible(not ready)
        self.two_inputs_button.setVisible(not ready)
        # Settings of a run that cannot start are greyed out, out of Tab's way. Checked on every
        # edit, changed only with the inputs' count or the lesson.
        usable = ready and self._training_allowed
        if usable != self.speed_slider.isEnabled():
            for widget in (self.settings, self._labels["speed"], self.speed_slider,
                           self.speed_value):
                widget.setEnabled(usable)
        plane = size >= 2  # with one input there is no plane to put points in
        if plane != self.points_box.isEnabled():
            self.points_box.setEnabled(plane)
            self._update_dataset_note()
        if ready:
            return
        self.two_inputs_note.setText(self.tr(
            "Training here needs a neuron with exactly two inputs, one along each side of the "
            "plane: then nothing off the picture adds to z, and the line you see is the whole "
            "rule the neuron learns. This neuron has {n}.").format(n=size))
        if size < 2:
            self.two_inputs_button.setText(self.tr("Add input x₂"))
            self.two_inputs_button.setToolTip(self.tr("Give the neuron a second input, weight 0"))
        else:
            a, b = self.input_space.axes()
            self.two_inputs_button.setText(self.tr("Keep only {xa} and {xb}").format(
                xa=axis_name(min(a, b)), xb=axis_name(max(a, b))))
            self.two_inputs_button.setToolTip(self.tr(
                "Remove the inputs that are not on an axis (one undo step)"))

    @Slot()
    def _make_two_inputs(self) -> None:
        neuron = self.model.neuron
        if neuron.size < 2:
            self.model.add_input()
            return
        a, b = self.input_space.axes()
        for index in range(neuron.size - 1, -1, -1):
            if index not in (a, b):
                neuron = neuron.with_input_removed(index)
        # One undo step that also gives back the axes: the two kept inputs are renumbered 1 and
        # 2. The axes change first, so that undone last they find the inputs back.
        stack = self.model.undo_stack
        def name() -> str:
            return self.tr("keep only {xa} and {xb}").format(
                xa=axis_name(min(a, b)), xb=axis_name(max(a, b)))

        stack.beginMacro(name())
        stack.push(_AxesEdit(self.input_space, (a, b), (0, 1) if a < b else (1, 0), name))
        self.model.set_neuron(neuron)
        stack.endMacro()

    @Slot()
    def _on_axes_changed(self) -> None:
        self._update_enabled()
        self._forget_run()  # the same points now stand for other inputs

    # Training -----------------------------------------------------------------------------------

    def set_lesson_rules(self, training: bool, explaining: bool) -> None:
        """What the open lesson allows: no run at all where its student must find the weights by
        hand (not ``training``: a run would solve the task), and a run's result without the why
        while it asks a question of its own (not ``explaining``: the why is its answer, as in the
        XOR lesson)."""
        self._training_allowed, self._explaining = training, explaining
        self._update_enabled()
        self._show_progress()

    def can_train(self) -> bool:
        return (self._training_allowed and self.model.neuron.size == 2
                and len(self.points()[0]) > 0)

    def shown_epoch(self) -> int:
        return self._run.shown if self._run else 0

    @Slot()
    def step(self) -> None:
        """Train one epoch, starting a run first if there is none going; what it came to also
        goes to the status bar, where a screen reader and the back of the room notice it."""
        self.play_button.setChecked(False)
        self._advance(1)
        if not self.result.text():  # a run's outcome reaches the status bar by itself
            self._run_note.say(" ".join(self.status.text().splitlines()))

    def play(self) -> None:
        self.play_button.setChecked(True)

    def pause(self) -> None:
        self.play_button.setChecked(False)

    @Slot(bool)
    def _on_play_toggled(self, playing: bool) -> None:
        if playing:
            if self._finished() and not self._start_run():
                self.play_button.setChecked(False)
                return
            self.timer.start()
        else:
            self.timer.stop()
        self._update_play_text()

    def _update_play_text(self) -> None:
        if self.play_button.isChecked():
            self.play_button.setText(self.tr("&Pause"))
            self.play_button.setToolTip(self.tr("Stop after the epoch on screen"))
        else:
            self.play_button.setText(self.tr("&Play"))
            self.play_button.setToolTip(self.tr(
                "Train epoch after epoch at the chosen speed, until every point is on its side "
                "or the maximum is reached"))

    @Slot()
    def _on_tick(self) -> None:
        self._advance(self.epochs_per_tick())

    def _finished(self) -> bool:
        run = self._run
        return (run is None or run.ended or (run.stop_when_learned and run.learned())
                or run.shown >= self.max_spin.value())

    def _start_run(self) -> bool:
        if not self.can_train():
            self.result.setText(self._why_not())
            return False
        self._close_step()
        self._run_note.take_back()  # and after a new run had begun
        self.model.end_edit()  # its own undo step, even right after an undo and a redo
        # A finished run that is started again goes on from the weights it ended with, whatever
        # the start chosen for a new one (unless that start was just chosen); the status says
        # so, or the epoch count and the loss curve starting over would look like a reset.
        continues = (self._run is not None and self._run.shown > 0
                     and not self._run.restart)
        points, labels = self.points()
        rule, loss = self.rule_combo.currentData()
        init = "keep" if continues else self.start_combo.currentData()
        self._run = _Run(start=self.model.neuron, X=self.input_space.full_inputs(points), y=labels,
                         rule=rule, loss=loss, rate=self.rate_spin.value(), init=init,
                         seed=self.seed_spin.value(),
                         stop_when_learned=self.stop_box.isChecked() or rule == "perceptron",
                         continues=continues)
        self.loss_plot.show_losses([])
        return True

    def _why_not(self) -> str:
        """Why no run can start, as the status line and a refused run say it."""
        if not self._training_allowed:
            return self.tr(
                "Learning is off in this lesson: find the answer yourself. A ring marks a point "
                "on the wrong side of the line; once no point is ringed, you have found it.")
        if self.model.neuron.size != 2:
            return self.tr("Training needs a neuron with exactly two inputs.")
        return self.tr("No points to learn from yet: click in the plane to add some, or choose a "
                       "truth table under Points.")

    def _advance(self, count: int) -> None:
        if self._finished() and not self._start_run():
            return
        run = self._run
        limit = self.max_spin.value()
        run.fit_more(run.shown + count, limit)
        run.shown = min(run.shown + count, len(run.epochs))
        self._push(run.current)
        self._show_progress()
        if self._finished():
            self.play_button.setChecked(False)
            self._close_step()
            # In the status bar too: with projector fonts on a small screen the dock shows the
            # top of its controls, and the result below them is out of sight.
            outcome = self._outcome(run)
            if outcome:
                self._run_note.say(outcome)

    def _push(self, epoch: Epoch) -> None:
        trained = replace(self.model.neuron, weights=epoch.weights, bias=epoch.bias)
        self._pushing = True
        try:
            self.model.set_neuron(trained, lambda: self.tr("train the neuron"), ("training",))
        finally:
            self._pushing = False
        self._step_open = self._on_top = True

    def _close_step(self) -> None:
        """The run's undo step is complete: the next run, or any other edit, starts a new one."""
        if self._step_open:
            self._step_open = False
            self.model.end_edit()

    @Slot()
    def reset(self) -> None:
        """Stop, and give back the weights and bias from before the run (undoably)."""
        self.pause()
        run = self._run
        if run is not None and run.shown:
            self._pushing = True
            try:
                if self._on_top and self.model.last_step_started_from(run.start):
                    self.model.undo_stack.undo()  # the run disappears; redo brings it back
                else:
                    start = replace(self.model.neuron, weights=run.start.weights,
                                    bias=run.start.bias)
                    self.model.set_neuron(start, lambda: self.tr("reset training"))
            finally:
                self._pushing = False
        self._step_open = self._on_top = False
        self._forget_run()

    def _forget_run(self) -> None:
        self.pause()
        self._close_step()
        self._run = None
        self._run_note.take_back()  # "Stopped after 200 epochs" stayed after Reset
        self.loss_plot.show_losses([])
        self._show_progress()

    def _show_progress(self) -> None:
        run = self._run
        self.step_button.setEnabled(self.can_train())
        self.play_button.setEnabled(self.can_train())
        self.reset_button.setEnabled(run is not None and run.shown > 0)
        if run is None or not run.shown:
            # Greyed-out buttons say why (a neuron without two inputs is explained above them).
            blocked = self.model.neuron.size == 2 and not self.can_train()
            self.status.setText(self._why_not() if blocked
                                else self.tr("Epoch 0: no run under way"))
            self.result.setText("")
            return
        epoch = run.current
        mark = QLocale().decimalPoint()
        self.status.setText(self.tr(
            "Epoch {epoch} · loss {loss} ({kind}) · {wrong} of {n} points on the wrong side"
        ).format(epoch=epoch.epoch, loss=format_loss(epoch.loss, mark), kind=self._loss_name(),
                 wrong=epoch.errors, n=len(run.y)))
        if run.continues:
            self.status.setText(self.status.text() + "\n" + self.tr(
                "A new run, starting from the weights and bias the last one ended with."))
        if run.ended:
            self.status.setText(self.status.text() + "\n" + (self.tr(
                "The start changed: the next epoch starts a new run from it.") if run.restart
                else self.tr(
                "The settings changed: the next epoch starts a new run with them, from the "
                "weights and bias shown.")))
        self.loss_plot.show_losses([e.loss for e in run.epochs[:run.shown]])
        self.result.setText(self._result_text(run))

    def _epochs(self, n: int) -> str:
        return (self.tr("{n} epoch") if n == 1 else self.tr("{n} epochs")).format(n=n)

    def _points(self, n: int) -> str:
        return (self.tr("{n} point") if n == 1 else self.tr("{n} points")).format(n=n)

    def _outcome(self, run: _Run) -> str:
        """What a run came to, in a sentence: learned, or stopped at the maximum; else ""."""
        epoch = run.current
        if epoch.errors == 0:
            return self.tr(
                "Learned: after {epochs} every point is on its own side of the line.").format(
                epochs=self._epochs(run.learned_at()))
        if run.shown < self.max_spin.value():
            return ""
        return self.tr("Stopped after {epochs} with {wrong} still on the wrong side.").format(
            epochs=self._epochs(epoch.epoch), wrong=self._points(epoch.errors))

    def _result_text(self, run: _Run) -> str:
        """The outcome and, where the lesson lets it explain, why a run stopped short."""
        stopped = self._outcome(run)
        if run.current.errors == 0 or not stopped or not self._explaining:
            return stopped  # learned, still running, or the why left to the student
        points, labels = self.points()
        if not separable(points, labels):
            return stopped + " " + self.tr(
                "More epochs would not help: no straight line can split these points into their "
                "two classes. One neuron can only ever split the plane with a straight line, "
                "because its answer changes where w₁·x₁ + w₂·x₂ + b reaches one fixed value, and "
                "the points where such a sum is constant always lie on a straight line. Telling "
                "these points apart takes more than one neuron: a layer of them feeding another.")
        epoch = run.current
        if all(e.weights == epoch.weights and e.bias == epoch.bias for e in run.epochs[:run.shown]):
            return stopped + " " + self.tr(
                "The weights have not moved at all: the slope of the activation is 0 at every "
                "point, so the gradient is 0, and more epochs would not change that. For ReLU "
                "that happens when z is 0 or below at every point; a random start or a positive "
                "bias gets it going.")
        return stopped + " " + self.tr(
            "A straight line that splits these points does exist, so training can still find it: "
            "allow more epochs, or try another learning rate or start.")

    # Following the model ------------------------------------------------------------------------

    @Slot()
    def _on_model_changed(self) -> None:
        neuron = self.model.neuron
        self._fill_rules()
        self._update_enabled()
        if self._pushing:
            return
        self._on_top = False  # someone else changed the neuron: their step is on top now
        self._step_open = False  # ...and the model's open step is theirs, or none
        run = self._run
        if run is None:
            self._show_progress()
            return
        expected = run.current or run.start
        if (neuron.weights, neuron.bias) != (tuple(expected.weights), expected.bias) or (
                neuron.activation, neuron.params) != (run.start.activation, run.start.params):
            self._forget_run()  # the run no longer describes this neuron

    def hideEvent(self, event) -> None:
        self.pause()  # no training out of sight
        super().hideEvent(event)
