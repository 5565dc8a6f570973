"""The main window: the inputs form on the left; readout, activation and plot on the right."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, QSignalBlocker, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QMainWindow, QMenu, QMessageBox, QSplitter, QToolBar, QToolButton, QVBoxLayout, QWidget,
)

from .. import __version__
from ..core import ACTIVATIONS
from ..resources import icon
from .activation_panel import ActivationPanel, activation_name
from .activation_plot import ActivationPlot
from .contribution_bars import ContributionBars
from .export import Exports
from .inputs_form import InputsForm
from .keyboard_help import KeyboardHelp
from .learning_dock import LearningDock
from .model import NeuronModel
from .plot_base import adopt_scale
from .preferences import Preferences
from .readout import Readout
from .scenario_files import ScenarioFiles
from .task_panel import TaskPanel
from .view_options import ViewOptions

STATUS_MESSAGE_MS = 6000


class MainWindow(QMainWindow):
    def __init__(self, model: NeuronModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.preferences = Preferences()
        self.keyboard_help: KeyboardHelp | None = None  # the dialog, while it is open
        self._create_widgets()
        self._create_actions()
        self._create_menus()
        self.retranslate()
        self._read_settings()

    def _create_widgets(self) -> None:
        self.inputs_form = InputsForm(self.model)
        self.readout = Readout(self.model)
        self.activation_panel = ActivationPanel(self.model)
        self.activation_plot = ActivationPlot(self.model)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.task_panel = TaskPanel(self.model)  # hidden until a scenario with a task is opened
        left_layout.addWidget(self.task_panel)
        left_layout.addWidget(self.inputs_form, 1)
        left_layout.addWidget(self.activation_panel)
        self._contribution_bars: ContributionBars | None = None  # made when first wanted
        self._bars_sized = False
        self._form_fonts: str | None = None  # the fonts the form's column was last fitted to
        self.plots = QSplitter(Qt.Orientation.Vertical)
        self.plots.addWidget(self.activation_plot)
        self.plots.setChildrenCollapsible(False)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.readout)
        right_layout.addWidget(self.plots, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.learning_dock = LearningDock(self.model, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.learning_dock)
        self.learning_dock.hide()
        for part in (self.inputs_form, self.activation_panel, self.learning_dock,
                     self.task_panel):
            part.message.connect(self.show_message)
            part.message_outdated.connect(self.withdraw_message)
        self.inputs_form.widths_changed.connect(self._fit_form_column)
        self.resize(1280, 800)

    def _create_actions(self) -> None:
        self.view_options = ViewOptions(self, self.preferences)
        self.scenario_files = ScenarioFiles(self, self.model, self.task_panel, self.activation_plot)
        self.exports = Exports(self, self.activation_plot, self.readout, self.scenario_files)
        self.keyboard_help_action = QAction(
            self, shortcut=QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.keyboard_help_action.triggered.connect(self.show_keyboard_help)
        # Our own actions, not the stack's ready-made ones: those fix the words "Undo %1" in the
        # language of the moment they are made, before any language is chosen.
        stack = self.model.undo_stack
        self.undo_action = QAction(self, shortcut=QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.triggered.connect(stack.undo)
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.redo_action = QAction(self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(stack.redo)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        # Named from the signals' own values: while the stack is being destroyed it still
        # signals, but can no longer be asked.
        stack.undoTextChanged.connect(self._name_undo)
        stack.redoTextChanged.connect(self._name_redo)
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self.reset_action = QAction(self, shortcut=QKeySequence("Ctrl+R"))
        self.reset_action.triggered.connect(self.model.reset)
        self.add_input_action = QAction(self, shortcut=QKeySequence("Ctrl+I"))
        self.add_input_action.triggered.connect(self.inputs_form.add_input)
        self.remove_input_action = QAction(self, shortcut=QKeySequence("Ctrl+Shift+I"))
        self.remove_input_action.triggered.connect(
            lambda: self.inputs_form.remove_input(self.model.neuron.size - 1))
        self.reset_view_action = QAction(self, shortcut=QKeySequence("Ctrl+Home"))
        self.reset_view_action.triggered.connect(self.reset_views)
        self.slope_action = QAction(self, checkable=True, shortcut=QKeySequence("Ctrl+D"))
        self.slope_action.toggled.connect(self._show_slope)
        self.bars_action = QAction(self, checkable=True, shortcut=QKeySequence("Ctrl+B"))
        self.bars_action.toggled.connect(self._show_bars)
        self.learning_action = self.learning_dock.toggleViewAction()
        self.learning_action.setShortcut(QKeySequence("Ctrl+L"))
        self.learning_action.triggered.connect(self._keyboard_to_dock)
        self.learning_action.triggered.connect(self.scenario_files.dock_chosen_by_student)
        self.compare_actions: dict[str, QAction] = {}
        for key in ACTIVATIONS:
            action = QAction(self, checkable=True)
            action.toggled.connect(self._compare_changed)
            self.compare_actions[key] = action
        self.compare_all_action = QAction(self, shortcut=QKeySequence("Ctrl+Shift+A"))
        self.compare_all_action.triggered.connect(lambda: self._set_compared(ACTIVATIONS))
        self.compare_none_action = QAction(self, shortcut=QKeySequence("Ctrl+Shift+N"))
        self.compare_none_action.triggered.connect(lambda: self._set_compared(()))
        self.quit_action = QAction(self, shortcut=QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.triggered.connect(self.close)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)

        self.activation_group = QActionGroup(self)
        self.activation_actions: dict[str, QAction] = {}
        for number, key in enumerate(ACTIVATIONS, start=1):
            action = QAction(self, checkable=True)
            if number <= 9:
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked, k=key: self.model.set_activation(k))
            self.activation_group.addAction(action)
            self.activation_actions[key] = action
        self.model.changed.connect(self._check_activation_action)
        self._check_activation_action()

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.scenario_files.add_to(self.file_menu)
        self.file_menu.addSeparator()
        self.exports.add_to(self.file_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.neuron_menu = bar.addMenu("")
        for action in (self.add_input_action, self.remove_input_action, self.reset_action):
            self.neuron_menu.addAction(action)
        self.activation_menu = bar.addMenu("")
        self.activation_menu.addActions(self.activation_group.actions())
        self.compare_menu = QMenu(self)
        self.compare_menu.addActions(list(self.compare_actions.values()))
        self.compare_menu.addSeparator()
        self.compare_menu.addActions([self.compare_all_action, self.compare_none_action])
        self.activation_menu.addSeparator()
        self.activation_menu.addMenu(self.compare_menu)
        self.view_menu = bar.addMenu("")
        self.view_menu.addActions([self.slope_action, self.bars_action, self.reset_view_action])
        self.view_menu.addAction(self.learning_action)

        # The same actions as buttons above the plot: one click for what a lesson uses most.
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("view_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addActions([self.slope_action, self.bars_action, self.learning_action])
        self.compare_button = QToolButton(self)
        self.compare_button.setMenu(self.compare_menu)
        self.compare_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.toolbar.addWidget(self.compare_button)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.reset_view_action)
        self.addToolBar(self.toolbar)
        self.view_options.add_to(self.view_menu)
        self.help_menu = bar.addMenu("")
        self.help_menu.addActions([self.keyboard_help_action, self.about_action])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.view_options.follow_screen()  # on the screen it is shown on, projector mode's size
        self._fit_form_column()  # before the first paint: the rows are never seen stacked

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.windowIcon().isNull():
            # Once the first frame is drawn: reading the icon's seven sizes takes about 10 ms, a
            # fiftieth of the start-up, and nothing in the window waits for it.
            QTimer.singleShot(0, self, lambda: self.setWindowIcon(icon("neuron-gui")))

    @Slot()
    def _fit_form_column(self) -> None:
        """Give the form's column the width that keeps its sliders beside their numbers, and no
        more, but never more than half the room: the plot matters more than where the sliders
        sit. Done when the window is first shown, and when new fonts (projector mode, zoom)
        change that width, either way. The splitter would otherwise share the window by its own
        proportions, and keep them as the fonts grow or shrink. Other changes, more inputs
        among them, leave the student's own split alone."""
        # The form's own fonts, not the application's: a widget takes new fonts a moment later,
        # and measures its rows in them then, which brings the column here again.
        fonts = self.inputs_form.font().key()
        if not self.isVisible() or fonts == self._form_fonts:
            return  # more or fewer inputs: the rows stack or unstack in the split as it is
        self._form_fonts = fonts
        wanted = self.inputs_form.side_by_side_width()
        left, right = self.splitter.sizes()
        least_right = self.splitter.widget(1).minimumSizeHint().width()
        left_now = min(wanted, left + right - max(least_right, (left + right) // 2))
        if left_now != left:
            self.splitter.setSizes([left_now, left + right - left_now])

    @Slot()
    def reset_views(self) -> None:
        """The curve around zero; and, while it is open, the input space fitted to its points."""
        self.activation_plot.reset_view()
        if self.learning_dock.built and self.learning_dock.isVisible():
            self.learning_dock.input_space.fit_view()

    @Slot(str)
    def _name_undo(self, step: str) -> None:
        """Undo says which step it takes back."""
        self.undo_action.setText(self.tr("&Undo {step}").format(step=step) if step
                                 else self.tr("&Undo"))

    @Slot(str)
    def _name_redo(self, step: str) -> None:
        self.redo_action.setText(self.tr("&Redo {step}").format(step=step) if step
                                 else self.tr("&Redo"))

    def retranslate(self) -> None:
        """Set every text again, here and in every part that has texts (after a language change)."""
        for part in self.findChildren(QObject):
            if part is not self and hasattr(part, "retranslate"):
                part.retranslate()
        self.model.retranslate()  # the undo steps' names, which Undo and Redo then show
        self._name_undo(self.model.undo_stack.undoText())
        self._name_redo(self.model.undo_stack.redoText())
        # The window title names the open file: scenario_files sets it in its retranslate above.
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.neuron_menu.setTitle(self.tr("&Neuron"))
        self.activation_menu.setTitle(self.tr("&Activation"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.keyboard_help_action.setText(self.tr("&Keyboard shortcuts"))
        self.quit_action.setText(self.tr("&Quit"))
        self.add_input_action.setText(self.tr("&Add input"))
        self.remove_input_action.setText(self.tr("&Remove last input"))
        self.reset_action.setText(self.tr("Reset a&ll"))
        self.reset_action.setToolTip(self.tr("Put back the starting inputs, weights, bias and activation"))
        self.reset_view_action.setText(self.tr("Reset plot &view"))
        self.reset_view_action.setToolTip(self.tr(
            "Show the curve around zero again, and the whole input space with its points "
            "(Ctrl+Home)"))
        self.slope_action.setText(self.tr("&Slope and tangent"))
        self.slope_action.setToolTip(self.tr(
            "Show the derivative f′(z) as a dotted curve and the tangent line at the point (Ctrl+D)"))
        self.bars_action.setText(self.tr("&Contribution bars"))
        self.bars_action.setToolTip(self.tr(
            "Show how much each input and the bias add to the weighted sum (Ctrl+B)"))
        self.learning_action.setText(self.tr("&Input space and learning"))
        self.learning_action.setToolTip(self.tr(
            "Show the output over the plane of two inputs, and teach the neuron to split "
            "labelled points (Ctrl+L)"))
        self.compare_menu.setTitle(self.tr("C&ompare with"))
        self.compare_button.setText(self.tr("Compare with"))
        self.compare_button.setAccessibleName(self.tr("Compare with other activation functions"))
        self.compare_button.setToolTip(self.tr(
            "Draw other activation functions on the same axes, each with its own point"))
        self.compare_all_action.setText(self.tr("Compare with &all"))
        self.compare_none_action.setText(self.tr("Compare with &none"))
        self.toolbar.setWindowTitle(self.tr("View"))
        self.about_action.setText(self.tr("&About Neuron GUI"))
        for key, action in self.activation_actions.items():
            action.setText(activation_name(key))
        for key, action in self.compare_actions.items():
            action.setText(activation_name(key))

    @property
    def contribution_bars(self) -> ContributionBars:
        """The bars, made the first time they are shown or asked for: most lessons never show
        them, and a window without them opens sooner (the benchmark's start-up)."""
        if self._contribution_bars is None:
            bars = ContributionBars(self.model)
            bars.setVisible(False)
            self.plots.addWidget(bars)
            # Reached by Tab right after the curve above it, not after everything made before it.
            QWidget.setTabOrder(self.activation_plot.plot_widget, bars.plot_widget)
            adopt_scale([bars], self)
            self._contribution_bars = bars
        return self._contribution_bars

    @Slot(bool)
    def _keyboard_to_dock(self, shown: bool) -> None:
        if shown:  # opened by the student (Ctrl+L, the menu or the toolbar), not by a lesson
            self.learning_dock.take_keyboard()

    @Slot(bool)
    def _show_bars(self, visible: bool) -> None:
        if not visible and self._contribution_bars is None:
            return
        self.contribution_bars.setVisible(visible)
        # The first time, the curve keeps the larger share; later the student's own split stays.
        if visible and not self._bars_sized:
            self._bars_sized = True
            height = self.plots.height()
            self.plots.setSizes([height * 3 // 5, height - height * 3 // 5])

    @Slot(bool)
    def _show_slope(self, visible: bool) -> None:
        self.activation_plot.set_slope_visible(visible)
        self.readout.set_slope_visible(visible)

    def _set_compared(self, keys) -> None:
        for key, action in self.compare_actions.items():
            with QSignalBlocker(action):  # one redraw for the whole set, not one per function
                action.setChecked(key in keys)
        self._compare_changed()

    @Slot()
    def _compare_changed(self) -> None:
        self.activation_plot.set_compared(
            [key for key, action in self.compare_actions.items() if action.isChecked()])

    @Slot()
    def _check_activation_action(self) -> None:
        self.activation_actions[self.model.neuron.activation].setChecked(True)

    @Slot(str)
    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    @Slot(str)
    def withdraw_message(self, text: str) -> None:
        """Take ``text`` off the status bar, unless another message has replaced it."""
        if self.statusBar().currentMessage() == text:
            self.statusBar().clearMessage()

    @Slot()
    def show_keyboard_help(self) -> None:
        # The menus the bar shows, in its order; its hidden menu for what does not fit on it
        # holds the same actions again.
        menus = [action.menu() for action in self.menuBar().actions() if action.menu()]
        dialog = KeyboardHelp(menus, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        # The dialog while it is open (it takes the keyboard, so F1 cannot open a second one);
        # None once it is closed and gone.
        self.keyboard_help = dialog
        dialog.finished.connect(lambda: self._forget_keyboard_help(dialog))

    def _forget_keyboard_help(self, dialog: KeyboardHelp) -> None:
        if self.keyboard_help is dialog:  # not a later one, opened before this one was gone
            self.keyboard_help = None

    @Slot()
    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Neuron GUI"), self.tr(
            "<p><b>Neuron GUI {version}</b></p>"
            "<p>Change the inputs, the weights and the bias of one artificial neuron, pick its "
            "activation function, and watch the weighted sum and the output follow.</p>"
        ).format(version=__version__))

    # Settings. A school profile may be read-only or wiped at logoff: a missing or unwritable
    # settings file must never stop the window from opening or closing.

    def _read_settings(self) -> None:
        geometry = QSettings().value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        self.view_options.apply_saved()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.scenario_files.close_allowed():  # asks Save / Discard / Cancel first
            event.ignore()
            return
        QSettings().setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)
