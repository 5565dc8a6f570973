"""How the window looks: zoom, the projector mode, full screen, theme and language.

One scale factor — the zoom, times projector mode's factor (see presentation_scale) — is applied
to the application's font, so every label, field and menu grows, and to every plot's lines,
points and axis text.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject, QSignalBlocker, Qt, Slot
from PySide6.QtGui import QAction, QActionGroup, QFont, QKeySequence, QScreen
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QMenu

from .i18n import LANGUAGE_NAMES, install_language
from .plot_base import ThemedPlot
from .preferences import ZOOM_STEPS, Preferences
from .theme import THEMES, apply_theme


# Projector mode makes everything this much larger on a screen this many lines tall...
PRESENTATION_SCALE = 1.75
PRESENTATION_SCREEN_HEIGHT = 1080
# ...and in proportion on others, within these bounds.
PRESENTATION_SCALE_RANGE = (1.25, 2.5)


def presentation_scale(screen_height: int) -> float:
    """Projector mode's factor on a screen ``screen_height`` pixels tall (Qt's device-independent
    pixels). A projector throws the same picture on the wall whatever its resolution, so text
    takes the same share of that picture on each: 1.75 times on 1080 lines is 1.3 times on a
    1280×800 projector, whose pixels are already larger on the wall. At 1.75 the three columns of
    a lesson there squeezed the curve to a strip and the task to a few lines."""
    low, high = PRESENTATION_SCALE_RANGE
    return min(max(PRESENTATION_SCALE * screen_height / PRESENTATION_SCREEN_HEIGHT, low), high)


class ViewOptions(QObject):
    def __init__(self, window: QMainWindow, preferences: Preferences) -> None:
        super().__init__(window)
        self.window = window
        self.preferences = preferences
        self._base_font = QFont(QApplication.font())
        self.zoom = preferences.get("zoom")
        # The height of the screen the window is drawn for, where it is not the one it is on
        # (a screenshot of a given size); None: the window's own screen.
        self.screen_height: int | None = None
        self._watched_screen: QScreen | None = None
        self._following_screen = False
        self._applied_scale: float | None = None

        self.zoom_in_action = QAction(window)
        self.zoom_in_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.ZoomIn),
                                          QKeySequence("Ctrl+=")])
        self.zoom_in_action.triggered.connect(lambda: self.step_zoom(+1))
        self.zoom_out_action = QAction(window, shortcut=QKeySequence(QKeySequence.StandardKey.ZoomOut))
        self.zoom_out_action.triggered.connect(lambda: self.step_zoom(-1))
        self.zoom_reset_action = QAction(window, shortcut=QKeySequence("Ctrl+0"))
        self.zoom_reset_action.triggered.connect(lambda: self.set_zoom(1.0))
        self.presentation_action = QAction(window, checkable=True, shortcut=QKeySequence("F5"))
        self.presentation_action.setChecked(preferences.get("presentation"))
        self.presentation_action.toggled.connect(self._on_presentation)
        self.full_screen_action = QAction(window, checkable=True,
                                          shortcut=QKeySequence(QKeySequence.StandardKey.FullScreen))
        if self.full_screen_action.shortcut().isEmpty():
            self.full_screen_action.setShortcut(QKeySequence("F11"))
        self.full_screen_action.toggled.connect(self._on_full_screen)

        self.theme_group = QActionGroup(window)
        self.theme_actions = {t: self._choice(self.theme_group, t, self.set_theme) for t in THEMES}
        self.language_group = QActionGroup(window)
        self.language_actions = {
            code: self._choice(self.language_group, code, self.set_language)
            for code in ("", *LANGUAGE_NAMES)
        }
        self.theme_menu = QMenu(window)
        self.theme_menu.addActions(self.theme_group.actions())
        self.language_menu = QMenu(window)
        self.language_menu.addActions(self.language_group.actions())

    def _choice(self, group: QActionGroup, value: str, apply) -> QAction:
        action = QAction(group, checkable=True)
        action.triggered.connect(lambda: apply(value))
        return action

    def apply_saved(self) -> None:
        """Show the window as the preferences say (at start-up)."""
        # Only choices made in the menus are stored: a school default stays a default.
        self.set_theme(self.preferences.get("theme"), remember=False)
        self.set_language(self.preferences.get("language"), remember=False)
        self._apply_scale()

    def add_to(self, menu: QMenu) -> None:
        menu.addSeparator()
        menu.addActions([self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action,
                         self.presentation_action, self.full_screen_action])
        menu.addSeparator()
        menu.addMenu(self.theme_menu)
        menu.addMenu(self.language_menu)

    def retranslate(self) -> None:
        self.zoom_in_action.setText(self.tr("&Zoom in"))
        self.zoom_out_action.setText(self.tr("Zoom &out"))
        self.zoom_reset_action.setText(self.tr("&Normal size"))
        self.presentation_action.setText(self.tr("&Projector mode"))
        self.presentation_action.setToolTip(self.tr(
            "Make all text, lines and points much larger, for the back of the classroom (F5)"))
        self.full_screen_action.setText(self.tr("&Full screen"))
        self.theme_menu.setTitle(self.tr("&Theme"))
        names = {"system": self.tr("As the &system"), "light": self.tr("&Light"),
                 "dark": self.tr("&Dark"), "high_contrast": self.tr("&High contrast")}
        for theme, action in self.theme_actions.items():
            action.setText(names[theme])
        self.language_menu.setTitle(self.tr("&Language"))
        for code, action in self.language_actions.items():
            action.setText(LANGUAGE_NAMES.get(code) or self.tr("As the system"))
        locked = self.preferences.language_locked()
        self.language_menu.setEnabled(not locked)
        self.language_menu.setToolTip(self.tr("The language is set by your school") if locked else "")

    # Zoom and projector mode ------------------------------------------------------------------

    @property
    def scale(self) -> float:
        if not self.presentation_action.isChecked():
            return self.zoom
        return self.zoom * presentation_scale(self._screen_height())

    def _screen_height(self) -> int:
        if self.screen_height is not None:
            return self.screen_height
        screen = self.window.screen()
        return screen.size().height() if screen is not None else PRESENTATION_SCREEN_HEIGHT

    def draw_for_screen(self, height: int) -> None:
        """Size everything for a screen ``height`` pixels tall, whatever screen the window is on."""
        self.screen_height = height
        self._apply_scale()

    def follow_screen(self) -> None:
        """Size projector mode again when the window moves to another screen (from the laptop's
        onto the projector's) or its screen changes resolution (mirroring switched on)."""
        handle = self.window.windowHandle()
        if handle is None or self._following_screen:
            return
        self._following_screen = True
        handle.screenChanged.connect(self._on_screen_changed)
        self._on_screen_changed(handle.screen())

    @Slot(QScreen)
    def _on_screen_changed(self, screen: QScreen | None) -> None:
        if self._watched_screen is not None:
            self._watched_screen.geometryChanged.disconnect(self._on_screen_resized)
        self._watched_screen = screen
        if screen is not None:
            screen.geometryChanged.connect(self._on_screen_resized)
        self._on_screen_resized()

    @Slot()
    def _on_screen_resized(self) -> None:
        if self.presentation_action.isChecked() and self.scale != self._applied_scale:
            self._apply_scale()

    def step_zoom(self, direction: int) -> None:
        steps = [z for z in ZOOM_STEPS if (z > self.zoom + 1e-9 if direction > 0 else z < self.zoom - 1e-9)]
        if steps:
            self.set_zoom(steps[0] if direction > 0 else steps[-1])

    def set_zoom(self, zoom: float) -> None:
        self.zoom = zoom
        self.preferences.set("zoom", zoom)
        self._apply_scale()

    @Slot(bool)
    def _on_presentation(self, on: bool) -> None:
        self.preferences.set("presentation", on)
        self._apply_scale()

    def set_presentation(self, on: bool, remember: bool = True) -> None:
        """Projector mode on or off; ``remember=False`` for a one-off from the command line."""
        if remember:
            self.presentation_action.setChecked(on)
            return
        with QSignalBlocker(self.presentation_action):
            self.presentation_action.setChecked(on)
        self._apply_scale()

    def _apply_scale(self) -> None:
        self._applied_scale = self.scale
        font = QFont(self._base_font)
        font.setPointSizeF(self._base_font.pointSizeF() * self.scale)
        QApplication.setFont(font)
        # A dock draws its title in the font the application had when the dock was made, unless
        # the dock has a font of its own that differs from the application's. So it gets one,
        # differing only in a hint that changes nothing on screen: its title then grows too.
        titles = QFont(font)
        titles.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
        for dock in self.window.findChildren(QDockWidget):
            dock.setFont(titles)
        for plot in self.window.findChildren(ThemedPlot):
            plot.set_scale(self.scale)
        self.zoom_out_action.setEnabled(self.zoom > ZOOM_STEPS[0])
        self.zoom_in_action.setEnabled(self.zoom < ZOOM_STEPS[-1])

    @Slot(bool)
    def _on_full_screen(self, on: bool) -> None:
        state = self.window.windowState()
        if on:
            self.window.setWindowState(state | Qt.WindowState.WindowFullScreen)
        else:
            self.window.setWindowState(state & ~Qt.WindowState.WindowFullScreen)

    # Theme and language -------------------------------------------------------------------------

    def set_theme(self, theme: str, remember: bool = True) -> None:
        """Use ``theme``; ``remember=False`` for a one-off such as a command-line option."""
        apply_theme(QApplication.instance(), theme)
        self.theme_actions[theme].setChecked(True)
        if remember:
            self.preferences.set("theme", theme)

    def set_language(self, code: str, remember: bool = True) -> None:
        if self.preferences.language_locked():
            code = self.preferences.get("language")
        install_language(QApplication.instance(), code)
        # Spin boxes and plot scales take the language's decimal mark. Qt hands a locale down
        # to a window's widgets, but not into windows of their own, such as a floating dock.
        for widget in (self.window, *self.window.findChildren(QDockWidget)):
            widget.setLocale(QLocale())
        self.window.retranslate()  # numbers elsewhere too, even for a language with no texts yet
        self.language_actions[code].setChecked(True)
        if remember:
            self.preferences.set("language", code)
