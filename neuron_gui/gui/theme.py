"""Light, dark and high-contrast looks, the same on every system: the Fusion style with a palette
of our own."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle

THEMES = ("system", "light", "dark", "high_contrast")

_DARK = {
    QPalette.ColorRole.Window: "#2b2b2b",
    QPalette.ColorRole.WindowText: "#f0f0f0",
    QPalette.ColorRole.Base: "#1e1e1e",
    QPalette.ColorRole.AlternateBase: "#333333",
    QPalette.ColorRole.Text: "#f0f0f0",
    QPalette.ColorRole.Button: "#3a3a3a",
    QPalette.ColorRole.ButtonText: "#f0f0f0",
    QPalette.ColorRole.ToolTipBase: "#3a3a3a",
    QPalette.ColorRole.ToolTipText: "#f0f0f0",
    QPalette.ColorRole.PlaceholderText: "#a0a0a0",
    QPalette.ColorRole.Highlight: "#3d8ee0",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#7cb9f2",
    QPalette.ColorRole.BrightText: "#ff6b6b",
    QPalette.ColorRole.Light: "#4a4a4a",
    QPalette.ColorRole.Midlight: "#404040",
    QPalette.ColorRole.Mid: "#303030",
    QPalette.ColorRole.Dark: "#202020",
    QPalette.ColorRole.Shadow: "#000000",
}


# For projectors in bright rooms and for low vision: pure black and white, yellow for focus.
_HIGH_CONTRAST = {
    **_DARK,
    QPalette.ColorRole.Window: "#000000",
    QPalette.ColorRole.WindowText: "#ffffff",
    QPalette.ColorRole.Base: "#000000",
    QPalette.ColorRole.AlternateBase: "#1a1a1a",
    QPalette.ColorRole.Text: "#ffffff",
    QPalette.ColorRole.Button: "#000000",
    QPalette.ColorRole.ButtonText: "#ffffff",
    QPalette.ColorRole.Highlight: "#ffff00",
    QPalette.ColorRole.HighlightedText: "#000000",
    QPalette.ColorRole.Light: "#ffffff",
    QPalette.ColorRole.Mid: "#ffffff",
    QPalette.ColorRole.Dark: "#ffffff",
}
_PALETTES = {"dark": _DARK, "high_contrast": _HIGH_CONTRAST}
_EDGES = {"dark": QColor("#8c8c8c"), "high_contrast": QColor("#ffffff")}  # see _Fusion


class _Fusion(QProxyStyle):
    """Fusion, the same look on every system, with an edge of our own where Fusion's is lost.

    Fusion draws the edges of controls in a darker shade of the window's colour. On black (high
    contrast) that is black, so number fields, lists and their drop-downs, menus, buttons, check
    boxes, radio buttons, slider grooves and scroll bar handles get a white edge, and slider
    handles the focus yellow; on the dark theme's grey it is the very colour of a check box's or
    radio button's inside, so those two get a grey one. A style sheet would give the edge but
    replace Fusion's drawing of the whole control, a spin box's arrows included, and would keep
    the fonts of the widgets it styles from growing with the zoom and the projector mode.

    The application keeps one such style for its whole life: Qt deletes a style that another
    replaces, and a style made in Python must not be deleted under it (that crashed)."""

    def __init__(self) -> None:
        super().__init__("Fusion")
        self.edge: QColor | None = None  # drawn round indicators, and with all_edges round more
        self.all_edges = False

    def drawComplexControl(self, control, option, painter, widget=None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if not self.all_edges:
            return
        if control in (QStyle.ComplexControl.CC_SpinBox, QStyle.ComplexControl.CC_ComboBox):
            _edge(painter, option.rect, self._edge_colour(option))
        elif control == QStyle.ComplexControl.CC_ScrollBar:  # the handle: where the text is
            handle = self.subControlRect(control, option, QStyle.SubControl.SC_ScrollBarSlider,
                                         widget)
            if handle.isValid():
                _edge(painter, handle, self.edge)
        elif control == QStyle.ComplexControl.CC_Slider:
            # Black on black, a slider would show neither where it ends nor where its value is.
            groove = self.subControlRect(control, option, QStyle.SubControl.SC_SliderGroove, widget)
            _edge(painter, groove, self.edge)
            handle = self.subControlRect(control, option, QStyle.SubControl.SC_SliderHandle, widget)
            if option.state & QStyle.StateFlag.State_Enabled:  # greyed out, it invites no drag
                painter.fillRect(handle.adjusted(0, 0, -1, -1), option.palette.highlight())
            _edge(painter, handle, self.edge)

    def _edge_colour(self, option) -> QColor:
        """The edge, or the focus yellow round the control that has the keyboard: drawn over
        Fusion's own focus outline, a white edge hid it."""
        if option.state & QStyle.StateFlag.State_HasFocus:
            return option.palette.highlight().color()
        return self.edge

    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if self.edge is None:
            return
        if self.all_edges and element in (QStyle.PrimitiveElement.PE_FrameMenu,
                                          QStyle.PrimitiveElement.PE_PanelMenu):
            _edge(painter, option.rect, self.edge)  # a list or menu dropped over the window
            return
        if element == QStyle.PrimitiveElement.PE_IndicatorCheckBox:
            _edge(painter, option.rect, self.edge)
        elif self.all_edges and element == QStyle.PrimitiveElement.PE_PanelButtonCommand:
            _edge(painter, option.rect, self._edge_colour(option))
        elif element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            _edge(painter, option.rect, self.edge, round_=True)


def _edge(painter, rect, colour: QColor, round_: bool = False) -> None:
    painter.save()
    painter.setRenderHint(painter.RenderHint.Antialiasing, round_)
    painter.setPen(colour)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    edge = rect.adjusted(0, 0, -1, -1)
    if round_:
        painter.drawEllipse(edge)
    else:
        painter.drawRect(edge)
    painter.restore()


def use_fusion(app: QApplication) -> _Fusion:
    """Give the application its one Fusion style, made the first time."""
    style = app.style()
    if not isinstance(style, _Fusion):
        style = _Fusion()
        app.setStyle(style)  # Qt owns it from here, for the application's whole life
    return style


def apply_theme(app: QApplication, theme: str) -> None:
    """Set ``theme`` (one of THEMES) on the whole application."""
    if theme not in THEMES:
        raise ValueError(f"theme: unknown name {theme!r}; choose one of {', '.join(THEMES)}")
    style = use_fusion(app)
    style.edge = _EDGES.get(theme)
    style.all_edges = theme == "high_contrast"
    palette = style.standardPalette()
    if theme in _PALETTES:
        for role, colour in _PALETTES[theme].items():
            palette.setColor(role, QColor(colour))
        disabled = QColor("#808080")
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                     QPalette.ColorRole.ButtonText):
            palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    # An empty palette hands the colours back to the platform (a dark desktop stays dark).
    app.setPalette(QPalette() if theme == "system" else palette)
