"""The dock at the window's side: the input space on top, the learning controls below it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractButton, QApplication, QDockWidget, QMainWindow, QScrollArea, QSplitter, QWidget,
)

from .input_space import InputSpace
from .learning_panel import LearningPanel
from .model import NeuronModel
from .plot_base import adopt_scale

DOCK_SHARE = 0.42  # of the window's width, when the dock is first shown
PLANE_SHARE = 0.55  # of the dock's height, for the input space, when the dock is first shown


class LearningDock(QDockWidget):
    """The input space on top, the learning controls and the loss curve below.

    Its contents are made the first time it is shown (or asked for): a lesson that never opens
    the dock does not pay for three more plots at start-up, nor redraw them on every edit.
    """

    message = Signal(str)  # the panel's, passed on
    message_outdated = Signal(str)

    def __init__(self, model: NeuronModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("learning_dock")
        self.model = model
        self._input_space: InputSpace | None = None
        self._sized = False
        self._lesson_rules = (True, True)  # see LearningPanel.set_lesson_rules
        self.retranslate()
        self.topLevelChanged.connect(self._dress_title_buttons)

    @property
    def input_space(self) -> InputSpace:
        self._build()
        return self._input_space

    @property
    def learning_panel(self) -> LearningPanel:
        self._build()
        return self._learning_panel

    @property
    def built(self) -> bool:
        """Whether the student has opened the dock (or a file has filled it) in this session."""
        return self._input_space is not None

    def _build(self) -> None:
        if self._input_space is not None:
            return
        self._input_space = InputSpace(self.model)
        self._learning_panel = LearningPanel(self.model, self._input_space)
        self._learning_panel.set_lesson_rules(*self._lesson_rules)
        self._learning_panel.message.connect(self.message)
        self._learning_panel.message_outdated.connect(self.message_outdated)
        self._learning_panel.reveal.connect(self.show)  # Ctrl+Z on points the dock hid
        # On a small screen the controls scroll rather than squeezing the plane.
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self._learning_panel)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls in it
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self._input_space)
        self.splitter.addWidget(self.scroll_area)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.setWidget(self.splitter)
        adopt_scale([self._input_space, self._learning_panel.loss_plot], self.parentWidget())
        panel = self._learning_panel
        panel.step_button.clicked.connect(self._show_run)
        panel.play_button.clicked.connect(self._show_run)
        QApplication.instance().focusChanged.connect(self._show_focused)

    @Slot(QWidget, QWidget)
    def _show_focused(self, _old: QWidget | None, new: QWidget | None) -> None:
        """The control Tab reaches below the fold is scrolled into sight whole: the scroll area
        takes no keyboard itself (Tab goes straight to the controls), and the loss curve showed
        only its top edge."""
        if new is not None and self.scroll_area.widget().isAncestorOf(new):
            # The whole widget: ensureWidgetVisible shows only the place a plot's own keyboard
            # focus is (its input method's cursor), the top of the curve.
            corner = new.mapTo(self.scroll_area.widget(), QPoint(0, 0))
            half_width, half_height = new.width() // 2, new.height() // 2
            self.scroll_area.ensureVisible(corner.x() + half_width, corner.y() + half_height,
                                           half_width, half_height)

    @Slot()
    def _show_run(self) -> None:
        """An epoch or a run the student starts brings what it says into sight: with large
        fonts on a small screen the dock shows little more than the buttons, and the epoch, the
        loss and the outcome were below them. Scrolled as little as it takes, once the new text
        is laid out, so the buttons stay in sight wherever there is room for both."""
        QTimer.singleShot(0, self, lambda: self.scroll_area.ensureWidgetVisible(
            self._learning_panel.result, 0, 0))

    def set_lesson_rules(self, training: bool, explaining: bool) -> None:
        """The open lesson's rules for the panel, now or once it is made."""
        self._lesson_rules = (training, explaining)
        if self.built:
            self._learning_panel.set_lesson_rules(training, explaining)

    def take_keyboard(self) -> None:
        """Give the keyboard to the choice of points to learn: opened by the student, the dock
        is where they mean to work next, and that choice comes first there. With a neuron that
        cannot learn here (not two inputs), to the button that gives it two."""
        panel = self.learning_panel
        for control in (panel.two_inputs_button, panel.dataset_combo):
            if control.isVisibleTo(self) and control.isEnabled():
                # By a shortcut (Ctrl+L): Qt then outlines the focus as after Tab. Given as by
                # Tab, outside a key press of Tab, the control showed none.
                control.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return

    def _fit_width(self) -> None:
        """As wide as the controls need: the scroll area scrolls them up and down, not sideways."""
        if self.built:
            width = self.scroll_area.verticalScrollBar().sizeHint().width()
            self.scroll_area.setMinimumWidth(self.learning_panel.minimumSizeHint().width() + width)

    def _first_width(self, window: QMainWindow) -> int:
        """A share of the window; where that would leave the curve only its least width (large
        fonts on a small screen), half of the room the two have beyond their least widths."""
        least = self.minimumSizeHint().width()
        spare = window.width() - window.centralWidget().minimumSizeHint().width() - least
        return min(round(window.width() * DOCK_SHARE), least + max(0, spare) // 2)

    def changeEvent(self, event: QEvent) -> None:
        # Zoom, projector mode or another language change how wide the controls are.
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange,
                            QEvent.Type.StyleChange):
            QTimer.singleShot(0, self, self._fit_width)  # once the controls have their new font
        super().changeEvent(event)  # for a new style, Qt gives the buttons its own icons again
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._dress_title_buttons()

    def retranslate(self) -> None:
        # The window retranslates every part that has texts; the dock has its title, and the
        # buttons of its title bar.
        self.setWindowTitle(self.tr("Input space and learning"))
        self._dress_title_buttons()

    def _dress_title_buttons(self) -> None:
        """Names, tips and icons of the title bar's buttons. Qt names them in the language
        before ours was set, and again (in its own words) whenever the dock is detached or put
        back; and it draws them in one grey for every theme, faint on dark grey and on black."""
        # The window gives the dock's own show/hide action its shortcut (Ctrl+L).
        keys = self.toggleViewAction().shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        colour, ratio = self.palette().windowText().color(), self.devicePixelRatioF()
        for name, text, tip, icon in (
                ("qt_dockwidget_closebutton", self.tr("Close"),
                 self.tr("Close the input space and learning ({keys} opens them again)").format(
                     keys=keys), _title_icon(colour, True, ratio)),
                ("qt_dockwidget_floatbutton", self.tr("Detach"),
                 self.tr("Put the input space and learning in a window of their own, or back"),
                 _title_icon(colour, False, ratio))):
            button = self.findChild(QAbstractButton, name)
            if button is not None:
                button.setAccessibleName(text)
                button.setAccessibleDescription(tip)
                button.setToolTip(tip)
                button.setIcon(icon)

    def setVisible(self, visible: bool) -> None:
        if visible:
            self._build()
        super().setVisible(visible)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        window = self.parentWidget()
        if not self._sized and isinstance(window, QMainWindow) and not self.isFloating():
            self._sized = True  # the first time only: later the student's own width stays
            self._fit_width()
            window.resizeDocks([self], [self._first_width(window)], Qt.Orientation.Horizontal)
            height = self.splitter.height()
            self.splitter.setSizes([round(height * PLANE_SHARE), round(height * (1 - PLANE_SHARE))])


def _title_icon(colour: QColor, close: bool, ratio: float) -> QIcon:
    """A dock title button's sign in ``colour``, for a screen of ``ratio`` device pixels per
    pixel: a cross, or two overlapping frames (detach)."""
    side = 10
    image = QPixmap(round(side * ratio), round(side * ratio))
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour, 1.5))
    if close:
        painter.drawLine(QPointF(1.5, 1.5), QPointF(side - 1.5, side - 1.5))
        painter.drawLine(QPointF(side - 1.5, 1.5), QPointF(1.5, side - 1.5))
    else:
        painter.drawRect(QRectF(3.5, 0.75, side - 4.25, side - 4.25))
        painter.drawRect(QRectF(0.75, 3.5, side - 4.25, side - 4.25))
    painter.end()
    return QIcon(image)
